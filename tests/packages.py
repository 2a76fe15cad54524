"""Packages from a lower commission made for a test: signed as the commission's chair signs
them, with figures that differ from what the receiving database holds."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine

from tallyapp.domain.protocol import fingerprint
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import protocol_from_attachment
from tallyapp.services.exchange import export_package
from tallyapp.services.keys import make_keys
from tests.observer_files import finalise_101
from tests.sessions import chair_key


def conflicting_package(
    engine: Engine, tmp_path: Path, summaries: bool = False
) -> tuple[Path, Path]:
    """A territorial commission's database: precinct 101 finalised and packaged; then the same
    precinct with other figures, signed again (it conflicts with what is stored), with the
    commission's summaries if asked. Returns the package and the trusted authority."""
    finalise_101(engine)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    signer = RecordSigner.from_pkcs12(chair_key(engine, keys.folder, "ABAI-03"), b"pw")
    package = tmp_path / "ABAI-03.json"
    export_package(engine, "ABAI-03", signer, package)
    data = json.loads(package.read_text("utf-8"))
    record = data["protocols"][0]
    record["votes"]["AMANAT"], record["votes"]["AUYL"] = 499, 101
    record["fields"]["voters_on_list"] += 1000
    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    data["protocols"] = [record]
    # The commission's summary, if asked, of figures that the sum of the protocols accepted
    # here (none) is not.
    data["summaries"] = [
        {
            "election": data["election"],
            "commission": "ABAI-03",
            "ballot": "party-list",
            "fields": {**record["fields"], "ballots_in_boxes": 1500},
            "votes": record["votes"],
            "against_all": record["against_all"],
            "precincts": 1,
            "record_root": "0" * 64,
        }
    ][: int(summaries)]
    other = tmp_path / "other.json"
    other.write_text(json.dumps(signer.sign_package(data)), encoding="utf-8")
    return other, keys.authority
