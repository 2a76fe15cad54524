"""Signed PDF protocols, read back: text, QR code, attached data, signature, tampering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp

from tallyapp.cli import main
from tallyapp.domain.actor import Actor
from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import spoken_fingerprint
from tallyapp.messages import say
from tallyapp.reports import payload as qr
from tallyapp.reports.pdf_file import read_attachments
from tallyapp.reports.signing import load_trust_roots, sign_pdf, verify_pdf
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_export import export_protocol, export_results, export_summary
from tallyapp.services.setup import open_engine
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.databases import initialised_sqlite
from tests.sessions import chair_iin, chair_key, member_of

KAZAKH_LETTERS = "әғқңөұүі"


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [page.get_textpage().get_text_range() for page in document]


def qr_codes(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    found = []
    for page in document:
        image = page.render(scale=3).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(image)]
    return found


@pytest.fixture(scope="module")
def signed_setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A fresh database with precinct 101's blue protocol finalised by its commission."""
    folder = tmp_path_factory.mktemp("pdf")
    url = initialised_sqlite(folder / "pdf.sqlite3")
    engine = open_engine(url)
    service = EntryService(engine, member_of(engine, "PEC-101"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "against_all": 20,
        **{f"vote:{k}": v for k, v in GOOD_VOTES.items()},
    }
    values["voters_on_list"] = 940  # turnout 95.7%: a warning with an explanation
    members = [
        Member("Nurlan Omarov", "chair"),
        Member("Aigül Seitova", "secretary"),
        Member("Dana Bekova", "member"),
        Member("Marat Esenov", "member", False),
    ]
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST),
        values,
        Signing(
            members,
            "Nurlan Omarov",
            "Aigül Seitova",
            {"P1": "a military unit votes here"},
            [("Dana Bekova", "the count started late")],
        ),
    )
    keys = make_keys(engine, folder / "keys", b"test-passphrase", only=["ABAI-03", "ABAI-04"])
    return {"engine": engine, "keys": keys, "folder": folder, "url": url}


def test_the_printed_protocol_reads_back(signed_setup: dict[str, object]) -> None:
    exported = export_protocol(signed_setup["engine"], "101", BallotKind.PARTY_LIST, "kk+ru")
    texts = page_texts(exported.data)
    text = "\n".join(texts)
    flat = " ".join(text.split())
    for letter in KAZAKH_LETTERS:
        assert letter in text, f"Kazakh letter {letter} missing from the PDF text"
    assert "ХАТТАМА / ПРОТОКОЛ" in text
    assert "тоғыз жүз қырық / девятьсот сорок" in flat
    assert "Nurlan Omarov" in text and "Marat Esenov" in text
    assert "қатыспады / отсутствовал" in flat  # Marat was absent
    assert "М.О. / М.П." in text
    assert "a military unit votes here" in flat and "the count started late" in flat
    assert spoken_fingerprint(exported.fingerprint) in flat
    assert f"1-бет, барлығы {len(texts)} / Страница 1 из {len(texts)}" in flat
    assert "Дана № / Экземпляр № 1" in flat


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_each_language(signed_setup: dict[str, object], lang: str) -> None:
    text = " ".join(
        "\n".join(
            page_texts(
                export_protocol(signed_setup["engine"], "101", BallotKind.PARTY_LIST, lang).data
            )
        ).split()
    )
    expected = {"kk": "ХАТТАМА", "ru": "ПРОТОКОЛ", "en": "PROTOCOL"}[lang]
    assert expected in text
    words = {"kk": "тоғыз жүз қырық", "ru": "девятьсот сорок", "en": "nine hundred forty"}[lang]
    assert words in text


def test_the_qr_code_decodes_to_the_same_protocol(signed_setup: dict[str, object]) -> None:
    engine = signed_setup["engine"]
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST)
    codes = qr_codes(exported.data)
    assert codes == [exported.payload]
    service = EntryService(engine, Actor("x", "y"))
    decoded = qr.decode(codes[0], service.election)
    stored = service.open("101", BallotKind.PARTY_LIST).stored
    assert stored is not None
    assert decoded.protocol.fields == stored.protocol.fields
    assert decoded.protocol.votes == stored.protocol.votes
    assert decoded.fingerprint == exported.fingerprint and decoded.fingerprint_matches
    assert (decoded.version, decoded.kind, decoded.state) == (1, "original", "finalised")


def test_the_attached_json_carries_the_same_data(signed_setup: dict[str, object]) -> None:
    exported = export_protocol(signed_setup["engine"], "101", BallotKind.PARTY_LIST)
    data = json.loads(read_attachments(exported.data)["protocol.json"])
    assert data["fingerprint"] == exported.fingerprint
    assert data["fields"]["voters_on_list"] == 940
    assert data["votes"]["AMANAT"] == 500
    assert data["signing"]["chair"] == "Nurlan Omarov"
    assert [line["key"] for line in data["lines"]][:2] == ["voters_on_list", "ballots_received"]


def _keys_of(setup: dict[str, object], algorithm: str) -> Any:
    """The setup's EC keys, or RSA keys (as the national authority issues) made once."""
    if algorithm == "ec":
        return setup["keys"]
    if "keys-rsa" not in setup:
        folder = Path(str(setup["folder"])) / "keys-rsa"
        setup["keys-rsa"] = make_keys(
            setup["engine"],  # type: ignore[arg-type]
            folder,
            b"test-passphrase",
            only=["ABAI-03", "ABAI-04"],
            algorithm="rsa",
        )
    return setup["keys-rsa"]


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_signed_pdf_verifies_and_tampering_fails(
    signed_setup: dict[str, object], algorithm: str
) -> None:
    keys = _keys_of(signed_setup, algorithm)
    exported = export_protocol(signed_setup["engine"], "101", BallotKind.PARTY_LIST)
    engine = signed_setup["engine"]
    key = chair_key(engine, keys.folder, "ABAI-03")  # the territorial commission keyed it
    signed = sign_pdf(exported.data, key, b"test-passphrase")
    roots = load_trust_roots([keys.authority])
    good = verify_pdf(signed, roots)
    assert good.ok, good.problems
    assert good.intact and good.trusted and good.whole_file
    # The signer is read from the certificate's attributes: a person, by IIN.
    assert good.identity is not None and good.identity.iin == chair_iin(engine, "ABAI-03")
    # One flipped byte inside the signed range.
    at = signed.find(b"/Title")
    flipped = signed[: at + 8] + bytes([signed[at + 8] ^ 1]) + signed[at + 9 :]
    assert (
        "the signature: the signed data was altered, it does not match"
        in verify_pdf(flipped, roots).problems
    )
    # An update appended after signing (new figures attached).
    from tallyapp.reports.pdf_file import attach_json

    data = json.loads(read_attachments(signed)["protocol.json"])
    data["votes"]["AMANAT"] = 900
    appended = attach_json(signed, data, "protocol.json")
    problems = verify_pdf(appended, roots).problems
    assert any(
        p.startswith("the signature: the document was changed after it was signed")
        for p in problems
    ), problems
    # Not signed at all, or by an authority nobody trusts.
    assert "the PDF carries no digital signature" in verify_pdf(exported.data, roots).problems
    assert any("not issued by a trusted authority" in p for p in verify_pdf(signed, []).problems)


def test_cli_keygen_export_sign_verify(
    signed_setup: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(signed_setup["url"])
    keys = tmp_path / "keys"
    assert main(["keygen", "--db", url, "--out", str(keys), "--precincts-under", "ABAI-03"]) == 0
    engine = signed_setup["engine"]
    chair = chair_key(engine, keys, "PEC-101")  # the precinct commission's chair, by IIN
    assert chair.exists() and (keys / "passphrase.txt").exists()
    # keygen again: no key is overwritten, every key made before stays valid; only the
    # revocation list is issued afresh, so that it stays current.
    before = {p: p.read_bytes() for p in keys.rglob("*") if p.is_file() and p.name != "ca.crl"}
    assert main(["keygen", "--db", url, "--out", str(keys), "--precincts-under", "ABAI-03"]) == 0
    after = {p: p.read_bytes() for p in keys.rglob("*") if p.is_file() and p.name != "ca.crl"}
    assert after == before and (keys / "ca.crl").exists()
    assert "0 keys issued" in capsys.readouterr().out
    out = tmp_path / "101.pdf"
    assert (
        main(
            [
                "export-pdf",
                "--db",
                url,
                "--commission",
                "101",
                "--sign",
                str(chair),
                "--passphrase-file",
                str(keys / "passphrase.txt"),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["verify", str(out), "--trust", str(keys / "ca.pem"), "--db", url]) == 0
    report = capsys.readouterr().out
    assert chair_iin(engine, "PEC-101") in report and "VERIFIED" in report
    assert "for:         PEC-101, with the authority to sign" in report
    # Without the election's rosters the signer cannot be bound to the protocol.
    assert main(["verify", str(out), "--trust", str(keys / "ca.pem"), "--db", "none.db"]) == 1
    assert "the signer's authority was not checked" in capsys.readouterr().out
    # Signed by the chair of another precinct commission: a valid key, and no authority.
    other = tmp_path / "other.pdf"
    stranger = chair_key(engine, keys, "PEC-102")
    sign = ["--sign", str(stranger), "--passphrase-file", str(keys / "passphrase.txt")]
    export = ["export-pdf", "--db", url, "--commission", "101", "--out", str(other)]
    # The app does not sign what the commission above would refuse; nothing is written.
    assert main([*export, *sign]) == 2
    assert "not a member of commission PEC No. 101" in capsys.readouterr().err
    assert not other.exists()
    # Signed all the same, outside the app: verify refuses it.
    passphrase = (keys / "passphrase.txt").read_bytes().strip()
    unsigned = export_protocol(engine, "101", BallotKind.PARTY_LIST).data
    other.write_bytes(sign_pdf(unsigned, stranger, passphrase))
    assert main(["verify", str(other), "--trust", str(keys / "ca.pem"), "--db", url]) == 1
    words = capsys.readouterr().out
    assert "who is not a member of commission PEC No. 101" in words and "NOT VERIFIED" in words
    tampered = tmp_path / "tampered.pdf"
    data = out.read_bytes()
    at = data.find(b"/Title")
    tampered.write_bytes(data[: at + 8] + bytes([data[at + 8] ^ 1]) + data[at + 9 :])
    assert main(["verify", str(tampered), "--trust", str(keys / "ca.pem")]) == 1
    assert "NOT VERIFIED" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "none.pdf")]) == 2
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert main(["verify", str(corrupt), "--trust", str(keys / "ca.pem")]) == 2
    assert (
        main(
            [
                "export-pdf",
                "--db",
                url,
                "--commission",
                "101",
                "--sign",
                str(chair),
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert "--sign needs --passphrase-file" in capsys.readouterr().err


def test_summary_and_results(demo_url: str) -> None:
    engine = open_engine(demo_url)
    tec = " ".join(
        "\n".join(page_texts(export_summary(engine, "ABAI-03", BallotKind.PARTY_LIST))).split()
    )
    assert "сводный протокол" in tec and "УИК №101" in tec and "Polling" not in tec
    cec = " ".join(
        "\n".join(page_texts(export_summary(engine, "CEC", BallotKind.PARTY_LIST))).split()
    )
    assert "12 035 578".replace(" ", "\u202f") in cec or "12 035 578" in cec
    assert "Abai Region election commission" in cec
    results = " ".join("\n".join(page_texts(export_results(engine, "en"))).split())
    assert "RESULTS OF THE ELECTION" in results
    assert "3\u202f431\u202f510" in results or "3 431 510" in results
    assert "Däulet Turlyhanov" in results and "Luqbek Tumaşinov" in results
    engine.dispose()


def _annotated(pdf: bytes, text: str = "9 412") -> bytes:
    """An incremental update putting a FreeText box on page 1, as an attacker would."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (400, 600, 480, 620)]
            ),
            generic.NameObject("/Contents"): generic.TextStringObject(text),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }
    )
    annots = page.get("/Annots")
    annots = generic.ArrayObject(list(annots) if annots else [])
    annots.append(writer.add_object(annot))
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pyhanko_sign(pdf: bytes, key: Path, passphrase: bytes, field: str) -> bytes:
    """Signing with pyHanko directly: the attacker's own tool, not the app's checks."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(key), passphrase=passphrase)
    meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256")
    return signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer
    ).getvalue()


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_overlays_and_countersignatures_do_not_pass(
    signed_setup: dict[str, object], algorithm: str
) -> None:
    from tallyapp.reports.signing import SigningError

    engine = signed_setup["engine"]
    keys = _keys_of(signed_setup, algorithm)
    passphrase = b"test-passphrase"
    key = chair_key(engine, keys.folder, "ABAI-03")
    roots = load_trust_roots([keys.authority])
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST).data
    signed = sign_pdf(exported, key, passphrase)
    assert verify_pdf(signed, roots).ok
    # 1. An annotation added after signing: the signature itself still verifies, the change
    #    after it does not pass.
    overlaid = _annotated(signed)
    result = verify_pdf(overlaid, roots)
    assert not result.ok
    assert any("changed after it was signed (" in p for p in result.problems)
    assert any("annotation (FreeText)" in p for p in result.problems)
    # 2. ... and then countersigned with another valid key: every signature is checked.
    other = chair_key(engine, keys.folder, "ABAI-04")
    countersigned = _pyhanko_sign(overlaid, other, passphrase, "Second")
    result = verify_pdf(countersigned, roots)
    assert not result.ok and result.intact and result.trusted
    assert any(p.startswith("signature 1 of 2: the document was changed") for p in result.problems)
    # 3. The annotation made first, then signed: the app refuses to sign it, and a file
    #    signed so with another tool does not verify.
    with pytest.raises(SigningError, match="annotation"):
        sign_pdf(_annotated(exported), key, passphrase)
    sneaky = _pyhanko_sign(_annotated(exported), key, passphrase, "CommissionSignature")
    result = verify_pdf(sneaky, roots)
    assert not result.ok
    assert result.problems == ["a page carries an annotation (FreeText) over the printed protocol"]


def test_each_printed_row_is_read_back_whole(signed_setup: dict[str, object]) -> None:
    """The attached data says AMANAT has 5 votes where the page prints 500: an in-order
    substring search finds a "5" somewhere; the row check does not."""
    from tallyapp.domain.protocol import fingerprint
    from tallyapp.reports.pdf_file import attach_json
    from tallyapp.reports.signing import protocol_from_attachment

    exported = export_protocol(signed_setup["engine"], "101", BallotKind.PARTY_LIST, "ru")
    assert verify_pdf(exported.data, [], require_signature=False).problems == []
    data = json.loads(read_attachments(exported.data)["protocol.json"])
    data["votes"]["AMANAT"], data["votes"]["AUYL"] = 5, 595
    for line in data["lines"]:
        if line["key"] in ("vote:AMANAT", "vote:AUYL"):
            line["value"] = data["votes"][line["key"][5:]]
    data["fingerprint"] = fingerprint(protocol_from_attachment(data), data["version"], data["kind"])
    lying = attach_json(exported.data, data, "protocol.json")
    problems = verify_pdf(lying, [], require_signature=False).problems
    assert any(p.startswith("line 8: the printed row does not read") for p in problems), problems


def test_import_refuses_what_verify_refuses(
    signed_setup: dict[str, object], tmp_path: Path
) -> None:
    """Every attack on a signed PDF is refused by the import too, with its reason, and
    nothing is written."""
    from tallyapp.reports.detached import load_roots
    from tallyapp.services.exchange import import_files
    from tests.snapshot import database_rows

    engine = signed_setup["engine"]
    keys = signed_setup["keys"]
    key = chair_key(engine, keys.folder, "ABAI-03")
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST).data
    good = sign_pdf(exported, key, b"test-passphrase")
    attacks = {
        "overlay after signing": _annotated(good),
        "overlay, countersigned": _pyhanko_sign(
            _annotated(good), chair_key(engine, keys.folder, "ABAI-04"), b"test-passphrase", "X"
        ),
        "overlay before signing": _pyhanko_sign(
            _annotated(exported), key, b"test-passphrase", "CommissionSignature"
        ),
        "signed by another commission": sign_pdf(
            exported, chair_key(engine, keys.folder, "ABAI-04"), b"test-passphrase"
        ),
    }
    url = initialised_sqlite(tmp_path / "cec.sqlite3")
    cec = open_engine(url)
    roots = load_roots([keys.authority])
    for name, data in attacks.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        before = database_rows(url)
        [outcome] = import_files(cec, [path], roots)
        assert outcome.outcome == "rejected", name
        assert outcome.reason is not None and say(outcome.reason), name
        assert database_rows(url) == before, name
    (tmp_path / "good.pdf").write_bytes(good)
    assert import_files(cec, [tmp_path / "good.pdf"], roots)[0].outcome == "accepted"


def _phone_photo(page_image: Any, angle: float, seed: int) -> Any:
    """A page as a phone at a territorial commission gives it: 72 dpi, tilted, blurred by
    0.8 px, with sensor noise."""
    import numpy as np
    from PIL import ImageFilter

    tilted = page_image.convert("L").rotate(angle, resample=3, fillcolor=255, expand=True)
    blurred = np.asarray(tilted.filter(ImageFilter.GaussianBlur(0.8)), dtype=float)
    noisy = blurred + np.random.default_rng(seed).normal(0, 12, blurred.shape)
    from PIL import Image

    return Image.fromarray(np.clip(noisy, 0, 255).astype("uint8"))


@pytest.mark.parametrize(("lang", "ballot"), [("kk+ru", "party-list"), ("ru", "constituency")])
def test_the_qr_code_survives_a_phone_photo_at_72_dpi(
    signed_setup: dict[str, object], lang: str, ballot: str
) -> None:
    engine = signed_setup["engine"]
    if ballot == "constituency":
        _finalise_green(engine)
    exported = export_protocol(engine, "101", BallotKind(ballot), lang)
    document = pdfium.PdfDocument(exported.data)
    pages = [page.render(scale=1).to_pil() for page in document]  # 72 dpi
    found = 0
    for angle, seed in [(5, 1), (-5, 2), (3, 3), (0, 4)]:
        for page in pages:
            for result in zxingcpp.read_barcodes(_phone_photo(page, angle, seed)):
                assert result.text == exported.payload
                assert result.ec_level == "Q"
                found += 1
    assert found == 4, f"decoded {found} of 4 degraded photos"
    service = EntryService(engine, member_of(engine, "PEC-101"))
    codes = [code for code, _name, _by in service.candidates(8)]
    decoded = qr.decode(exported.payload, service.election, {8: codes})
    assert decoded.fingerprint_matches and decoded.fingerprint == exported.fingerprint


def _finalise_green(engine: Any) -> None:
    """Precinct 101's green protocol, finalised once for the module."""
    service = EntryService(engine, member_of(engine, "PEC-101"))
    sheet = service.open("101", BallotKind.CONSTITUENCY)
    if sheet.stored is not None:
        return
    values: dict[str, int | None] = {**GOOD_FIELDS, "voters_on_list": 940, "against_all": 20}
    candidates = [key for key in sheet.values if key.startswith("vote:")]
    for i, key in enumerate(candidates):  # 870 valid votes for candidates
        values[key] = 870 - 10 * (len(candidates) - 1) if i == 0 else 10
    service.finalise(
        sheet,
        values,
        Signing(
            [Member("Nurlan Omarov", "chair"), Member("Aigül Seitova", "secretary")],
            "Nurlan Omarov",
            "Aigül Seitova",
            {"P1": "a military unit votes here"},
            [],
        ),
    )


PAGE_MARKS = {
    "kk": ("Сайлау учаскесі № 101", "-бет, барлығы", "Қолдар: Төраға", "М.О."),
    "ru": ("Избирательный участок № 101", "Страница", "Подписи: Председатель", "М.П."),
    "en": ("Polling station No. 101", "Page", "Initials: Chair", "Seal"),
    "kk+ru": ("Избирательный участок № 101", "Страница", "Подписи: Төраға", "М.О. / М.П."),
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en", "kk+ru"])
def test_signatures_stand_on_a_page_with_figures_and_every_page_is_marked(
    signed_setup: dict[str, object], lang: str
) -> None:
    """Every page names the precinct, says "page X of Y" and has places for the chair's and
    secretary's initials; the signatures and the seal share a page with figure rows; every
    member present at the signing is listed with role, and the dissent is noted."""
    engine = signed_setup["engine"]
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST, lang)
    pages = [" ".join(t.split()) for t in page_texts(exported.data)]
    precinct, page_word, initials, seal = PAGE_MARKS[lang]
    for page in pages:
        assert precinct in page and page_word in page and initials in page, page[-300:]
    [signed_page] = [p for p in pages if seal in p]
    against = {"kk": "Барлығына қарсы", "ru": "Против всех", "en": "Against all"}
    assert against[lang.split("+")[-1]] in signed_page  # the last line of the figures
    assert "20" in signed_page.split(against[lang.split("+")[-1]])[1][:10]
    # The members recorded at the signing, chair first, secretary next.
    names = ["Nurlan Omarov", "Aigül Seitova", "Dana Bekova", "Marat Esenov"]
    assert all(name in signed_page for name in names)
    assert [signed_page.index(n) for n in names] == sorted(signed_page.index(n) for n in names)
    dissent = {"kk": "ерекше пікірі", "ru": "особое мнение", "en": "dissenting opinion"}
    assert dissent[lang.split("+")[-1]] in signed_page


def _font_problems(pdf: bytes) -> list[str]:
    """Every font a page uses must carry its font file (embedded), none merely named."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    problems = []
    for number in range(len(reader.root["/Pages"]["/Kids"])):
        page = reader.root["/Pages"]["/Kids"][number].get_object()
        resources = page["/Resources"]
        fonts = resources["/Font"] if "/Font" in resources else {}  # noqa: SIM401 (get() would not dereference)
        for name, font in fonts.items():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor is None or not any(f in descriptor.get_object() for f in files):
                problems.append(f"page {number + 1}: {name} {font.get('/BaseFont')} not embedded")
    return problems


def test_every_font_is_embedded(signed_setup: dict[str, object], demo_url: str) -> None:
    engine = signed_setup["engine"]
    for lang in ("kk", "kk+ru"):
        assert (
            _font_problems(export_protocol(engine, "101", BallotKind.PARTY_LIST, lang).data) == []
        )
    demo = open_engine(demo_url)
    assert _font_problems(export_summary(demo, "ABAI", BallotKind.PARTY_LIST, "ru")) == []
    assert _font_problems(export_results(demo, "kk")) == []


def test_a_signed_pdf_shows_its_stamp_and_an_unsigned_one_says_so(
    signed_setup: dict[str, object],
) -> None:
    from tallyapp.services.signatures import key_holder_may_sign
    from tallyapp.services.signed_documents import signed_protocol

    engine, keys = signed_setup["engine"], signed_setup["keys"]
    roots = load_trust_roots([keys.authority])
    unsigned = " ".join(
        page_texts(export_protocol(engine, "101", BallotKind.PARTY_LIST, "ru").data)
    )
    assert "Электронной подписи нет" in unsigned and "Подписан электронной" not in unsigned
    key = chair_key(engine, keys.folder, "ABAI-03")  # the territorial commission keyed it
    signed = signed_protocol(engine, "101", BallotKind.PARTY_LIST, "ru", key, b"test-passphrase")
    text = " ".join(" ".join(page_texts(signed.data)).split())
    iin = chair_iin(engine, "ABAI-03")
    stamp = text.split("Подписан электронной цифровой подписью")[1][:300]
    assert f"ИИН {iin} — Председатель, Абайская область: территориальная" in stamp, stamp
    assert "UTC+" in stamp and spoken_fingerprint(signed.fingerprint) in stamp
    assert verify_pdf(signed.data, roots).ok
    # A page drawn with one member's stamp and signed with another's key does not verify.
    other = chair_key(engine, keys.folder, "ABAI-04")
    lying = sign_pdf(
        export_protocol(
            engine,
            "101",
            BallotKind.PARTY_LIST,
            "ru",
            stamp=key_holder_may_sign(engine, key, b"test-passphrase", ["PEC-101"]),
        ).data,
        other,
        b"test-passphrase",
    )
    assert any("stamp does not name the signer" in p for p in verify_pdf(lying, roots).problems)
    # An unsigned file whose page claims a digital signature does not verify either.
    claims = export_protocol(
        engine,
        "101",
        BallotKind.PARTY_LIST,
        "ru",
        stamp=key_holder_may_sign(engine, key, b"test-passphrase", ["PEC-101"]),
    ).data
    problems = verify_pdf(claims, roots, require_signature=False).problems
    assert "the page says it is digitally signed, but the file carries no signature" in problems


@pytest.mark.parametrize("lang", ["kk", "ru", "kk+ru"])
def test_no_word_code_or_fingerprint_is_broken(demo_url: str, lang: str) -> None:
    """The words once broken across lines ("ожида/ется", "қабылд/анған") and fingerprints
    stand whole in the text read back; commissions are numbered by row and named in the
    form's language, never by a Latin code such as "WEST_KAZAKHSTAN" broken in two."""
    engine = open_engine(demo_url)
    words: set[str] = set()
    for pdf in (
        export_summary(engine, "ABAI", BallotKind.PARTY_LIST, lang),
        export_summary(engine, "CEC", BallotKind.PARTY_LIST, lang),
        export_protocol(engine, "4312", BallotKind.PARTY_LIST, lang).data,
        export_results(engine, lang),
    ):
        words |= set(" ".join(page_texts(pdf)).replace("/", " ").split())
    expected = {
        "kk": ["қабылданған", "Жәшіктердегі", "бюллетеньдер", "күтілген", "қатысты"],
        "ru": ["принято", "ожидается", "Бюллетеней", "присутствовал"],
    }
    for word in [w for part in lang.split("+") for w in expected[part]]:
        assert word in words, word
    for code in ["ABAI-04", "KARAGANDA", "WEST_KAZAKHSTAN", "KAZAK", "HSTAN"]:
        assert code not in words, code
    spoken = [w for w in words if len(w) == 19 and w.count("-") == 3 and w[:4].isdigit()]
    assert len(spoken) >= 3  # a fingerprint on each document, never split
    engine.dispose()


@pytest.mark.parametrize("lang", ["kk+ru", "ru", "en"])
def test_page_one_says_where_the_code_is_and_a_photo_of_it_is_told_what_to_photograph(
    signed_setup: dict[str, object], lang: str
) -> None:
    """A photo of page 1 of a two-page protocol was refused with "no QR found" and nothing
    more: the code stood on page 2. Page 1 now names the page of the code, and the refusal
    of a photo without a code says to photograph that page; a photo of it is read."""
    import io

    from tallyapp.services.exchange.format import Rejected
    from tallyapp.services.exchange.readers import read_photo
    from tallyapp.services.exchange.register import Register

    engine = signed_setup["engine"]
    exported = export_protocol(engine, "101", BallotKind.PARTY_LIST, lang)
    document = pdfium.PdfDocument(exported.data)
    images = [page.render(scale=2).to_pil() for page in document]
    on = [i + 1 for i, image in enumerate(images) if zxingcpp.read_barcodes(image)]
    assert len(on) == 1, on
    first = " ".join(page_texts(exported.data)[0].split())
    sentence = {
        "kk+ru": f"QR коды мен саусақ ізі {on[0]}-бетте",
        "ru": f"QR-код и отпечаток протокола — на странице {on[0]}",
        "en": f"The QR code and the fingerprint are on page {on[0]}",
    }[lang]
    if lang == "en":  # shorter words: the code stays on page 1, which says nothing of pages
        assert on == [1] and "photograph that page" not in first
        return
    assert len(images) == 2 and on == [2]  # the case of the report: the code on page 2
    assert sentence in first, first[:600]
    if lang == "kk+ru":
        assert f"на странице {on[0]}: для ввода протокола по фотографии" in first
    later = " ".join(" ".join(page_texts(exported.data)[1:]).split())
    assert sentence not in later  # said once, where a photographer starts

    with engine.connect() as conn:  # type: ignore[attr-defined]
        register = Register.load(conn, with_heads=False)

    def photo(image: Any) -> bytes:
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    with pytest.raises(Rejected) as refused:
        read_photo(photo(images[0]), register, "CEC", [])
    assert refused.value.code == "photo.no-code"
    assert "photograph the protocol's page with the QR code" in say(refused.value, "en")
    assert "снимите страницу протокола с QR-кодом" in say(refused.value, "ru")
    _sender, [record], _summaries = read_photo(photo(images[-1]), register, "CEC", [])
    assert record.protocol.precinct == "101" and record.fingerprint == exported.fingerprint


def test_a_protocol_whose_code_fits_page_one_says_nothing_of_pages() -> None:
    """A short protocol keeps its code on page 1 and prints no sentence about another page."""
    from tallyapp.domain.election import Names
    from tallyapp.reports.protocol_pdf import ProtocolDocument, ProtocolLine, render_protocol

    name = Names("Жол", "Строка", "Line")
    doc = ProtocolDocument(
        election=Names("Сайлау", "Выборы", "Election"),
        ballot=name,
        precinct="101",
        precinct_name="",
        commission=Names("ТСК", "ТИК", "TEC"),
        district=None,
        lines=tuple(ProtocolLine(n, name, 10 * n) for n in range(1, 4)),
        version=1,
        kind="original",
        reason="",
        state="finalised",
        signed_at=None,
        signers=(),
        fingerprint="ab" * 32,
        payload="TALLY2 TEST",
    )
    pdf = render_protocol(doc, "en")
    assert len(page_texts(pdf)) == 1 and len(qr_codes(pdf)) == 1
    assert "photograph that page" not in " ".join(page_texts(pdf)[0].split())
