"""Trusted time: an RFC 3161 timestamp authority reached over HTTP."""

from __future__ import annotations

from asn1crypto import tsp
from pyhanko.sign.timestamps import TimeStamper


class UrllibTimeStamper(TimeStamper):
    """An RFC 3161 timestamp authority over HTTP, with the standard library only."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # pyHanko's is untyped
        self.url = url
        self.timeout = timeout

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        import urllib.request

        request = urllib.request.Request(
            self.url,
            data=req.dump(),
            headers={"Content-Type": "application/timestamp-query"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as answer:
            return tsp.TimeStampResp.load(answer.read())
