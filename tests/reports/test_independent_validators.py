"""Independent validators agree with `verify` on good and bad files: poppler's pdfsig (a
different PDF and signature implementation) and pyHanko's own validation API."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from tallyapp.domain.election import BallotKind
from tallyapp.reports.signing import load_trust_roots, sign_pdf, verify_pdf
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_protocol
from tallyapp.services.setup import open_engine
from tests.reports.test_protocol_pdf import _annotated, _pyhanko_sign
from tests.sessions import chair_key


def _pdfsig(path: Path) -> tuple[bool, bool]:
    """(the signature is cryptographically valid, it covers the whole document)."""
    out = subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    return "Signature is Valid." in out, "Total document signed" in out and "Not total" not in out


@pytest.mark.parametrize("initialised_url", ["sqlite"], indirect=True)
def test_pdfsig_and_pyhanko_agree_with_verify(initialised_url: str, tmp_path: Path) -> None:
    if shutil.which("pdfsig") is None:
        if os.environ.get("CI"):
            pytest.fail("pdfsig (poppler-utils) is missing; .ci/run installs it")
        pytest.skip("pdfsig (poppler-utils) is not installed")
    engine = open_engine(initialised_url)
    from tallyapp.services.entry import EntryService
    from tests.services.test_authority_services import signing_for, values
    from tests.sessions import member_of

    service = EntryService(engine, member_of(engine, "PEC-101"))
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST), values(), signing_for(engine, "101")
    )
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["PEC-101", "ABAI-04"])
    key = chair_key(engine, keys.folder, "PEC-101")
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST).data
    good = sign_pdf(exported, key, b"pw")
    flipped = bytearray(good)
    at = good.find(b"/Title")
    flipped[at + 8] ^= 1
    overlaid = _annotated(good)
    countersigned = _pyhanko_sign(overlaid, chair_key(engine, keys.folder, "ABAI-04"), b"pw", "X")
    roots = load_trust_roots([keys.authority])
    files = {
        "good": good,
        "flipped": bytes(flipped),
        "overlay": overlaid,
        "overlay, countersigned": countersigned,
    }
    for name, data in files.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        ours = verify_pdf(data, roots)
        valid, whole = _pdfsig(path)
        first = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures[0]
        anchors = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in roots]
        status = validate_pdf_signature(first, ValidationContext(trust_roots=anchors))
        # Cryptographic validity of the document's own signature: all three agree.
        assert ours.intact == valid == bool(status.intact and status.valid), name
        # Verified only when pdfsig also finds the signature valid over the whole document.
        assert ours.ok == (valid and whole), (name, ours.problems)
        if name == "good":
            assert ours.ok and status.trusted
