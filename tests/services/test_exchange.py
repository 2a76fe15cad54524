"""Exchanging protocols: the national round trip, duplicates, conflicts, corrections, signed
PDFs, photos of printed protocols, open data, and every kind of bad file rejected cleanly."""

from __future__ import annotations

import base64
import copy
import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.messages import say
from tallyapp.reports.detached import RecordSigner, load_roots
from tallyapp.services.cdf import export_cdf
from tallyapp.services.exchange import build_package, export_each_tec, import_files
from tallyapp.services.exchange.readers import FileRead, files_in
from tallyapp.services.exchange.reading_pool import POOL_FROM, read_files, read_safely
from tallyapp.services.exchange.register import Register
from tallyapp.services.keys import make_keys
from tallyapp.services.open_data import export_csv
from tallyapp.services.results import compute_results, results_to_json
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import AuditRow, ProtocolRow, ProtocolVersionRow, ReceivedRow
from tests.conftest import BACKENDS, copied
from tests.databases import Templates, initialised_sqlite
from tests.sessions import chair_iin, chair_key

PASS = b"exchange-test"

# The packages come from the SQLite demo; the importing databases are of both backends.
pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


def _export(demo_url: str, folder: Path, under: list[str]) -> dict[str, Any]:
    """Keys, and one signed package per territorial commission under `under`."""
    engine = open_engine(demo_url)
    keys = make_keys(engine, folder / "keys", PASS)
    written = [
        package
        for commission in under
        for package in export_each_tec(
            engine,
            commission,
            PASS,
            folder / "packages",
            keys=lambda code: chair_key(engine, keys.folder, code),
        )
    ]
    engine.dispose()
    return {
        "keys": keys,
        "folder": folder / "packages",
        "written": written,
        "roots": load_roots([keys.authority]),
        "source": demo_url,
    }


@pytest.fixture(scope="module")
def packages(demo_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The packages of two regions' territorial commissions (Abai's eight, Ulytau's): what
    every test but the national round trip reads."""
    return _export(demo_url, tmp_path_factory.mktemp("exchange"), ["ABAI", "ULYTAU"])


@pytest.fixture(scope="module")
def national_packages(demo_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One signed package per territorial commission of the national demo."""
    return _export(demo_url, tmp_path_factory.mktemp("national"), ["CEC"])


def _counts(url: str) -> tuple[int, int, int, int]:
    engine = open_engine(url)
    with Session(engine) as s:
        result = tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (ProtocolRow, ProtocolVersionRow, ReceivedRow, AuditRow)
        )
    engine.dispose()
    return result  # type: ignore[return-value]


@pytest.mark.slow  # the whole country: 203 packages, 20,369 protocols (minutes)
@pytest.mark.xdist_group("national")  # the slow run: beside the fuzzing, on another worker
def test_national_round_trip(national_packages: dict[str, Any], initialised_url: str) -> None:
    packages = national_packages
    assert len(packages["written"]) == 203
    assert sum(p.protocols for p in packages["written"]) == 20_369
    engine = open_engine(initialised_url)
    outcomes = import_files(engine, [packages["folder"]], packages["roots"])
    assert [o.outcome for o in outcomes] == ["accepted"] * 203, [
        (o.path, o.reason) for o in outcomes if o.outcome != "accepted"
    ][:3]
    assert not any(o.differences for o in outcomes)  # every summary equals the recomputed sum
    source = open_engine(packages["source"])
    for ballot in (BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY):
        assert results_to_json(compute_results(engine, None, ballot)) == results_to_json(
            compute_results(source, None, ballot)
        )
    # Importing the same files again changes nothing.
    before = _counts(initialised_url)
    again = import_files(engine, [packages["folder"]], packages["roots"])
    assert {o.outcome for o in again} == {"duplicate"}
    after = _counts(initialised_url)
    assert after[:2] == before[:2]
    engine.dispose()
    source.dispose()


def _package(packages: dict[str, Any], code: str = "ABAI-03") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((packages["folder"] / f"{code}.json").read_text("utf-8"))
    return data


def _signer(packages: dict[str, Any], code: str = "ABAI-03") -> RecordSigner:
    engine = open_engine(packages["source"])
    key = chair_key(engine, packages["keys"].folder, code)
    engine.dispose()
    return RecordSigner.from_pkcs12(key, PASS)


def _chair_key(packages: dict[str, Any], code: str) -> Path:
    engine = open_engine(packages["source"])
    key = chair_key(engine, packages["keys"].folder, code)
    engine.dispose()
    return key


def _write(folder: Path, name: str, package: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(package), encoding="utf-8")
    return path


def test_conflict_and_correction(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    engine = open_engine(initialised_url)
    roots = packages["roots"]
    original = packages["folder"] / "ABAI-03.json"
    assert import_files(engine, [original], roots)[0].outcome == "accepted"
    signer = _signer(packages)
    # A different protocol for a precinct that has one, same version: a conflict.
    changed = _package(packages)
    record = next(r for r in changed["protocols"] if r["ballot"] == "party-list")
    record["votes"]["AMANAT"] += 1
    record["fields"]["ballots_in_boxes"] += 1
    record["fields"]["ballots_issued"] += 1
    record["fields"]["ballots_cancelled"] -= 1
    from tallyapp.domain.protocol import fingerprint
    from tallyapp.reports.signing import protocol_from_attachment

    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    changed["protocols"] = [record]
    changed = signer.sign_package(changed)  # the sender's own key, over the changed package
    outcome = import_files(engine, [_write(tmp_path, "changed.json", changed)], roots)[0]
    assert outcome.outcome == "conflict", outcome.line()
    conflict = outcome.conflicts[0]
    assert conflict.precinct == record["precinct"]
    assert ("vote:AMANAT", record["votes"]["AMANAT"] - 1, record["votes"]["AMANAT"]) in (
        conflict.differences
    )
    with Session(engine) as s:  # kept in the inbox, never overwriting
        assert s.scalar(select(func.count()).where(ReceivedRow.outcome == "conflict")) == 1
        versions = s.scalar(select(func.count()).select_from(ProtocolVersionRow))
    # The same figures relabelled "repeated, version 2" under the old fingerprint: the
    # fingerprint covers the version and the kind, so the record is refused.
    record = {**record, "kind": "repeated", "version": 2, "reason": "recount"}
    changed["protocols"] = [record]
    changed = signer.sign_package(changed)
    outcome = import_files(engine, [_write(tmp_path, "relabelled.json", changed)], roots)[0]
    assert outcome.outcome == "rejected" and outcome.reason is not None
    assert outcome.reason.code == "record.fingerprint", outcome.reason
    # As a repeated protocol (a correction) with its own fingerprint: accepted.
    record["fingerprint"] = fingerprint(protocol_from_attachment(record), 2, "repeated")
    changed["protocols"] = [record]
    changed = signer.sign_package(changed)
    outcome = import_files(engine, [_write(tmp_path, "repeated.json", changed)], roots)[0]
    assert outcome.outcome == "accepted" and outcome.accepted == 1
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ProtocolVersionRow)) == versions + 1
    engine.dispose()


def _mutations() -> list[tuple[str, Any, str]]:
    """(name, mutate(package) -> bytes, the reason expected in the rejection)."""

    def edit(change: Any, resign: bool = False) -> Any:
        """The package changed; `resign`: signed again by its own key, so that what is
        refused is the change itself and not the signature it breaks."""

        def apply(package: dict[str, Any], signer: RecordSigner | None = None) -> bytes:
            change(package)
            if resign and signer is not None:
                package = signer.sign_package(package)
            return json.dumps(package).encode()

        return apply

    def figures_keep_old_signature(p: dict[str, Any]) -> None:
        blue = next(r for r in p["protocols"] if r["ballot"] == "party-list")
        blue["votes"]["AMANAT"] += 5  # the signature no longer covers it

    return [
        ("truncated", lambda p, _s=None: json.dumps(p).encode()[:5000], "not valid JSON"),
        (
            "wrong type",
            edit(lambda p: p["protocols"][0]["fields"].__setitem__("invalid", "ten")),
            "must be integer",
        ),
        (
            "huge number",
            edit(lambda p: p["protocols"][0]["votes"].__setitem__("AMANAT", 10**12)),
            "must be smaller than or equal to 100000000",
        ),
        (
            "negative",
            edit(lambda p: p["protocols"][0]["fields"].__setitem__("invalid", -3)),
            "must be bigger than or equal to 0",
        ),
        (
            "unknown field",
            edit(lambda p: p["protocols"][0].__setitem__("bonus", 1)),
            "must not contain",
        ),
        (
            "wrong election",
            edit(lambda p: p.__setitem__("election", "kz-majilis-2021")),
            "the package is for kz-majilis-2021",
        ),
        ("tampered figures", edit(figures_keep_old_signature), "it does not match the signature"),
        (
            "duplicate protocol",
            edit(lambda p: p["protocols"].append(p["protocols"][0]), resign=True),
            "two protocols for the same precinct and ballot",
        ),
        ("not a package", lambda p, _s=None: b"\x89PNG not really", "not"),
    ]


@pytest.mark.parametrize(
    ("name", "mutate", "reason"), _mutations(), ids=[m[0] for m in _mutations()]
)
def test_bad_files_are_rejected_and_nothing_is_written(
    packages: dict[str, Any],
    initialised_url: str,
    tmp_path: Path,
    name: str,
    mutate: Any,
    reason: str,
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(mutate(copy.deepcopy(_package(packages)), _signer(packages)))
    before = _counts(initialised_url)
    engine = open_engine(initialised_url)
    outcome = import_files(engine, [path], packages["roots"])[0]
    engine.dispose()
    assert outcome.outcome == "rejected"
    assert outcome.reason is not None
    assert reason in say(outcome.reason), say(outcome.reason)
    assert _counts(initialised_url) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_packages_never_leave_partial_data(
    packages: dict[str, Any], tmp_path: Path, data: st.DataObject
) -> None:
    url = f"sqlite:///{tmp_path / 'fuzz.sqlite3'}"
    if not (tmp_path / "fuzz.sqlite3").exists():
        initialised_sqlite(tmp_path / "fuzz.sqlite3")
    package = _package(packages, "ULYTAU-01")
    raw = bytearray(json.dumps(package).encode())
    # Flip, cut or overwrite bytes somewhere in the file.
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        how = data.draw(st.sampled_from(["flip", "cut", "digit"]))
        if how == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif how == "cut":
            del raw[at:]
            if not raw:
                raw += b"{"
        else:
            raw[at] = ord(str(data.draw(st.integers(0, 9))))
    path = tmp_path / "fuzzed.json"
    path.write_bytes(bytes(raw))
    before = _counts(url)
    engine = open_engine(url)
    outcome = import_files(engine, [path], packages["roots"])[0]
    engine.dispose()
    if outcome.outcome == "rejected":
        assert outcome.reason
        assert _counts(url) == before
    else:  # a change the signatures do not cover (spaces, key order) is still the same data
        assert outcome.outcome in ("accepted", "duplicate")


def test_signed_pdf_and_photo_import(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    from tallyapp.reports.signing import sign_pdf
    from tallyapp.services.pdf_export import export_protocol

    source = open_engine(packages["source"])
    exported = export_protocol(source, "101", BallotKind.PARTY_LIST)
    signed = sign_pdf(exported.data, _chair_key(packages, "ABAI-03"), PASS)
    (tmp_path / "101.pdf").write_bytes(signed)
    # A photo (here: a rendering) of the green protocol of precinct 102.
    green = export_protocol(source, "102", BallotKind.CONSTITUENCY).data
    document = pdfium.PdfDocument(green)
    pages = [page.render(scale=2.5).to_pil() for page in document]
    pages[-1].save(tmp_path / "102-photo.png")
    engine = open_engine(initialised_url)
    outcomes = {Path(o.path).name: o for o in import_files(engine, [tmp_path], packages["roots"])}
    assert outcomes["101.pdf"].outcome == "accepted", outcomes["101.pdf"].reason
    # A photo is unsigned: kept and compared, never a protocol of this commission.
    assert outcomes["102-photo.png"].outcome == "unsigned copy", outcomes["102-photo.png"].reason
    data = results_to_json(compute_results(engine, "ABAI-03", BallotKind.CONSTITUENCY))
    assert data["precincts"]["received"] == 0 and data["precincts"]["accepted"] == 0
    tampered = signed.replace(b"/Title", b"/Titlf", 1)
    (tmp_path / "tampered.pdf").write_bytes(tampered)
    (tmp_path / "101.pdf").unlink()
    (tmp_path / "102-photo.png").unlink()
    rejected = import_files(engine, [tmp_path / "tampered.pdf"], packages["roots"])[0]
    assert rejected.outcome == "rejected" and rejected.reason is not None
    assert "altered" in say(rejected.reason)
    engine.dispose()
    source.dispose()


def test_cli_import_exit_codes(
    packages: dict[str, Any],
    initialised_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ca = str(packages["keys"].authority)
    good = packages["folder"] / "ULYTAU-01.json"
    assert main(["import", "--db", initialised_url, "--trust", ca, str(good)]) == 0
    assert "ACCEPTED" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["import", "--db", initialised_url, "--trust", ca, str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "DUPLICATE" in out and "REJECTED" in out and "line 1, column 2: not valid JSON" in out
    # The sender must be under the importing commission.
    assert (
        main(["import", "--db", initialised_url, "--trust", ca, "--as", "ASTANA", str(good)]) == 1
    )
    assert "is not under this commission (ASTANA)" in capsys.readouterr().out


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_untrusted_signer_is_rejected(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path, algorithm: str
) -> None:
    from tallyapp.reports.certificates import cms_certificates
    from tallyapp.reports.signing import make_authority, personal_key

    impostor_ca = make_authority(algorithm=algorithm)
    key = tmp_path / "impostor.p12"
    engine = open_engine(packages["source"])
    iin = chair_iin(engine, "ABAI-03")  # the real chair's IIN, on a key the impostor made
    engine.dispose()
    key.write_bytes(personal_key(impostor_ca, iin, "IMPOSTOR", "CHAIR", PASS, algorithm=algorithm))
    signer = RecordSigner.from_pkcs12(key, PASS)
    engine = open_engine(packages["source"])
    package, _ = build_package(engine, "ABAI-03", signer)
    engine.dispose()
    path = _write(tmp_path, "impostor.json", package)
    engine = open_engine(initialised_url)
    outcome = import_files(engine, [path], packages["roots"])[0]
    engine.dispose()
    assert outcome.outcome == "rejected"
    assert outcome.reason is not None
    assert "not issued by a trusted authority" in say(outcome.reason)
    # The certificate travels in the package, and it is the impostor's: issued by another CA.
    from cryptography.exceptions import InvalidSignature

    carried = cms_certificates(base64.b64decode(package["signature"]["cms"]))
    [travelling] = [c for c in carried if f"IIN{iin}" in c.subject.rfc4514_string()]
    travelling.verify_directly_issued_by(impostor_ca.certificate)
    with pytest.raises((InvalidSignature, ValueError)):  # ValueError: another key type
        travelling.verify_directly_issued_by(packages["roots"][0])


def test_open_data_exports(demo_url: str) -> None:
    engine = open_engine(demo_url)
    rows = list(csv.DictReader(io.StringIO(export_csv(engine, "CEC", BallotKind.PARTY_LIST))))
    assert len(rows) == 10_223
    assert sum(int(r["AMANAT"]) for r in rows) == 3_431_510
    assert sum(int(r["voters_on_list"]) for r in rows) == 12_035_578
    green = list(csv.DictReader(io.StringIO(export_csv(engine, "ABAI", BallotKind.CONSTITUENCY))))
    assert all(r["district"] == "8" for r in green) and "candidate_1" in green[0]
    codes = [green[0][f"candidate_{i}"] for i in range(1, 12)]
    assert codes[:3] == ["D08-1", "D08-2", "D08-3"] and codes[9] == "D08-10"  # not D08-1, D08-10
    from tallyapp.storage.tables import CandidateRow

    with Session(engine) as s:  # the columns follow the ballot's order, as the register has it
        ballot_order = [
            c.code
            for c in s.scalars(
                select(CandidateRow)
                .where(CandidateRow.district_number == 8)
                .order_by(CandidateRow.ballot_position)
            )
        ]
    width = sum(1 for k in green[0] if k.startswith("candidate_") and k[10:].isdigit())
    assert [green[0][f"candidate_{i}"] for i in range(1, width + 1)] == ballot_order
    report = export_cdf(engine)
    assert report["@type"] == "ElectionResults.ElectionReport"
    contests = report["Election"][0]["Contest"]
    party_list = contests[0]
    amanat = next(s for s in party_list["ContestSelection"] if s["@id"] == "sel-AMANAT")
    assert amanat["VoteCounts"][0] == {
        "@type": "ElectionResults.VoteCounts",
        "GpUnitId": "gp-CEC",
        "Count": 3_431_510,
        "Type": "total",
    }
    assert len(contests) == 1 + 29
    d01 = next(c for c in report["Election"][0]["Candidate"] if c["@id"] == "cand-D01-1")
    assert d01["PostElectionStatus"] == "winner"
    engine.dispose()


IMPORT_STEPS = [
    ("tallyapp.services.exchange.importing", "add_received_file", 1),
    ("tallyapp.services.exchange.importing", "append_versions", 1),
    ("tallyapp.services.exchange.importing", "add_received", 1),
    ("tallyapp.services.exchange.importing", "audit", 1),
    ("tallyapp.storage.protocols", "insert_rows", 1),  # the protocol heads
    ("tallyapp.storage.protocols", "insert_rows", 2),  # their versions
    ("tallyapp.storage.protocols", "insert_rows", 3),  # their lines
]


@pytest.mark.parametrize(("module", "name", "at"), IMPORT_STEPS)
def test_a_failing_step_of_an_import_leaves_no_trace(
    packages: dict[str, Any],
    initialised_url: str,
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    name: str,
    at: int,
) -> None:
    import importlib

    from tests.snapshot import database_rows

    target = importlib.import_module(module)
    real = getattr(target, name)
    calls = [0]

    def step(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls[0] += 1
        if calls[0] == at:
            raise OSError(f"injected after {name}")
        return result

    engine = open_engine(initialised_url)
    before = database_rows(initialised_url)
    monkeypatch.setattr(target, name, step)
    with pytest.raises(OSError, match="injected"):
        import_files(engine, [packages["folder"] / "ABAI-03.json"], packages["roots"])
    assert calls[0] >= at
    assert database_rows(initialised_url) == before
    monkeypatch.undo()
    # The same file, with the fault gone, is imported whole.
    outcome = import_files(engine, [packages["folder"] / "ABAI-03.json"], packages["roots"])[0]
    assert outcome.outcome == "accepted" and outcome.accepted > 0
    engine.dispose()


def test_a_file_that_could_not_be_stored_leaves_the_next_to_be_judged_afresh(
    packages: dict[str, Any],
    initialised_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The same package twice in one import, the first failing in the database: nothing of
    it was stored, so the second is accepted whole, not taken for its duplicate."""
    from sqlalchemy.exc import OperationalError

    from tallyapp.services.exchange import importing

    folder = tmp_path / "twice"
    folder.mkdir()
    data = (packages["folder"] / "ABAI-03.json").read_bytes()
    (folder / "a.json").write_bytes(data)
    (folder / "b.json").write_bytes(data)
    real = importing.audit
    calls = [0]

    def audit_once_failing(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 1:
            raise OperationalError("INSERT INTO audit_log", {}, Exception("disk I/O error"))
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "audit", audit_once_failing)
    engine = open_engine(initialised_url)
    first, second = import_files(engine, [folder], packages["roots"])
    assert first.outcome == "rejected" and first.reason is not None
    assert first.reason.code == "import.database"
    assert second.outcome == "accepted" and second.duplicates == 0
    assert second.accepted == len(json.loads(data)["protocols"])
    engine.dispose()


def _photo_of(tmp_path: Path, name: str, code: str) -> Path:
    """A photographed QR code: what a phone at a territorial commission produces."""
    import segno

    path = tmp_path / name
    segno.make(code, error="m").save(path, scale=6, border=4)
    return path


def test_a_lying_photo_never_replaces_or_blocks_the_signed_protocol(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    """An unsigned photo whose code claims "repeated, version 99" and moves votes (up to 300)
    from the runner-up to the leader, imported before and after the signed package: the
    official figures are the signed ones, and the photo's differences are listed line by line.
    """
    import dataclasses

    from tallyapp.reports.payload import encode
    from tallyapp.services.setup import election_of

    engine = open_engine(initialised_url)
    source = open_engine(packages["source"])
    with Session(source) as s:
        election = election_of(s)
    genuine = next(r for r in _package(packages)["protocols"] if r["ballot"] == "party-list")
    number = genuine["precinct"]
    keys = election.ballot(BallotKind.PARTY_LIST).field_keys
    from tallyapp.domain.protocol import Protocol

    honest = Protocol(
        election.id,
        BallotKind.PARTY_LIST,
        number,
        {k: genuine["fields"][k] for k in keys},
        dict(genuine["votes"]),
        genuine["against_all"],
    )
    moved = dict(honest.votes)
    leader = max(moved, key=lambda k: moved[k])
    loser = sorted(moved, key=lambda k: -moved[k])[1]
    amount = min(300, moved[loser])
    assert amount > 0
    moved[leader] += amount
    moved[loser] -= amount
    lie = dataclasses.replace(honest, votes=moved)
    lying_photo = _photo_of(
        tmp_path, "lie.png", encode(lie, election, version=99, kind="repeated", state="accepted")
    )
    faithful_photo = _photo_of(
        tmp_path,
        "faithful.png",
        encode(honest, election, version=1, kind="original", state="accepted"),
    )
    package = packages["folder"] / "ABAI-03.json"

    # Photos first: they pre-empt nothing.
    first = import_files(engine, [faithful_photo, lying_photo], packages["roots"])
    assert [o.outcome for o in first] == ["unsigned copy", "unsigned copy"]
    assert _counts(initialised_url)[:2] == (0, 0)  # no protocol, no version
    signed = import_files(engine, [package], packages["roots"])[0]
    assert signed.outcome == "accepted" and signed.accepted > 0

    # Photos after: the lie is listed against the official protocol and changes nothing.
    before = results_to_json(compute_results(engine, None, BallotKind.PARTY_LIST))
    after_photo = import_files(engine, [lying_photo, faithful_photo], packages["roots"])
    assert [o.outcome for o in after_photo] == ["unsigned copy", "unsigned copy"]
    [difference] = after_photo[0].compared
    assert difference.precinct == number and difference.incoming_version == 99
    assert {
        (k, b - a) for k, a, b in difference.differences if a is not None and b is not None
    } == {
        (f"vote:{leader}", amount),
        (f"vote:{loser}", -amount),
    }
    assert after_photo[1].compared == []  # the faithful photo agrees with the official one
    assert results_to_json(compute_results(engine, None, BallotKind.PARTY_LIST)) == before
    engine.dispose()
    source.dispose()


# --- fuzzing every kind of received file, at length (pytest -m slow) ----------------------------


def _mutate(raw: bytearray, data: st.DataObject) -> bytes:
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, max(len(raw) - 1, 0)))
        how = data.draw(st.sampled_from(["flip", "cut", "digit", "insert"]))
        if not raw:
            raw += b"{"
        if how == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif how == "cut":
            del raw[at:]
        elif how == "digit":
            raw[at] = ord(str(data.draw(st.integers(0, 9))))
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    return bytes(raw)


def _structural(package: dict[str, Any], data: st.DataObject) -> bytes:
    """A package whose JSON is valid but whose values are replaced by anything."""
    hostile = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**30), 10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.lists(st.integers(), max_size=3),
    )
    record = data.draw(st.sampled_from(package["protocols"]))
    where = data.draw(st.sampled_from(["record", "fields", "votes", "package"]))
    target = {"record": record, "fields": record["fields"], "votes": record["votes"]}.get(
        where, package
    )
    key = data.draw(st.sampled_from([*target.keys(), "extra"]))
    target[key] = data.draw(hostile)
    return json.dumps(package).encode()


def _fuzz_import(packages: dict[str, Any], url: str, path: Path) -> None:
    from tests.snapshot import WRITTEN, database_rows

    before = database_rows(url, WRITTEN)
    engine = open_engine(url)
    try:
        outcome = import_files(engine, [path], packages["roots"])[0]
    finally:
        engine.dispose()
    assert outcome.outcome in ("rejected", "accepted", "duplicate", "unsigned copy", "summary")
    if outcome.outcome == "rejected":
        assert outcome.reason is not None and say(outcome.reason)
        assert database_rows(url, WRITTEN) == before


@pytest.fixture(scope="module")
def signed_pdf(packages: dict[str, Any]) -> bytes:
    from tallyapp.reports.signing import sign_pdf
    from tallyapp.services.pdf_export import export_protocol

    source = open_engine(packages["source"])
    exported = export_protocol(source, "101", BallotKind.PARTY_LIST)
    source.dispose()
    return sign_pdf(exported.data, _chair_key(packages, "ABAI-03"), PASS)


SLOW_FUZZ = settings(
    max_examples=700, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module", params=BACKENDS)
def fuzz_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, templates: Templates
) -> Iterator[str]:
    """One database per backend for a whole fuzzing run: each case compares every row of every
    table before and after."""
    with copied(templates, request.param, "init-2023", tmp_path_factory.mktemp("fuzzdb")) as url:
        yield url


@pytest.mark.slow
@pytest.mark.xdist_group("fuzz")
@SLOW_FUZZ
@given(data=st.data())
def test_fuzz_import_packages_at_length(
    packages: dict[str, Any],
    fuzz_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    url = fuzz_url
    package = _package(packages, "ULYTAU-01")
    if data.draw(st.booleans()):
        raw = _mutate(bytearray(json.dumps(package).encode()), data)
    else:
        raw = _structural(package, data)
    (folder / "fuzzed.json").write_bytes(raw)
    _fuzz_import(packages, url, folder / "fuzzed.json")


@pytest.mark.slow
@pytest.mark.xdist_group("fuzz")
@SLOW_FUZZ
@given(data=st.data())
def test_fuzz_verify_and_import_pdfs_at_length(
    packages: dict[str, Any],
    signed_pdf: bytes,
    fuzz_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzzed.pdf"
    path.write_bytes(_mutate(bytearray(signed_pdf), data))
    # The rosters are not read here (the import below checks the signer's authority): each
    # case stays a fraction of a second.
    trust = str(packages["keys"].authority)
    code = main(["verify", str(path), "--trust", trust, "--db", str(folder / "absent.db")])
    assert code in (0, 1, 2)
    assert "Traceback" not in capsys.readouterr().err
    _fuzz_import(packages, fuzz_url, path)


@pytest.mark.slow
@pytest.mark.xdist_group("fuzz")
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzz_import_images_at_length(
    packages: dict[str, Any],
    fuzz_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    import io

    from PIL import Image

    folder = tmp_path_factory.mktemp("fuzz")
    width = data.draw(st.integers(1, 64))
    height = data.draw(st.integers(1, 64))
    image = Image.new("L", (width, height), color=data.draw(st.integers(0, 255)))
    out = io.BytesIO()
    image.save(out, format=data.draw(st.sampled_from(["PNG", "BMP", "TIFF"])))
    raw = bytearray(out.getvalue())
    if data.draw(st.booleans()):
        raw = bytearray(_mutate(raw, data))
    path = folder / "photo.png"
    path.write_bytes(bytes(raw))
    _fuzz_import(packages, fuzz_url, path)


def test_an_image_too_large_is_refused_before_decoding(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    """A 20000×20000 image (a decompression bomb) is refused from its header, quickly and
    without decoding it; the good package beside it is imported."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 0, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    (tmp_path / "bomb.png").write_bytes(bomb)
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_bytes((packages["folder"] / "ULYTAU-01.json").read_bytes())
    engine = open_engine(initialised_url)
    outcomes = {Path(o.path).name: o for o in import_files(engine, [tmp_path], packages["roots"])}
    engine.dispose()
    assert outcomes["bomb.png"].outcome == "rejected"
    assert outcomes["bomb.png"].reason is not None
    assert "it was not decoded" in say(outcomes["bomb.png"].reason)
    assert outcomes["deep.json"].outcome == "rejected"
    assert outcomes["deep.json"].reason is not None
    assert "nested more than 64 deep" in say(outcomes["deep.json"].reason)
    assert outcomes["good.json"].outcome == "accepted"


def test_a_float_figure_in_a_signed_record_is_refused(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    package = _package(packages)
    record = package["protocols"][0]
    record["fields"]["invalid"] = float(record["fields"]["invalid"])  # 4.0: signed as it is
    signer = _signer(packages)
    path = _write(tmp_path, "float.json", signer.sign_package(package))
    engine = open_engine(initialised_url)
    outcome = import_files(engine, [path], packages["roots"])[0]
    engine.dispose()
    assert outcome.outcome == "rejected" and outcome.reason is not None
    assert "line invalid: expected a whole number" in say(outcome.reason)


def test_files_read_in_worker_processes_are_read_as_here(
    packages: dict[str, Any], initialised_url: str, tmp_path: Path
) -> None:
    """An import reads files ahead in worker processes: each file, good or hostile, comes
    back in its order exactly as reading it here gives it (refusals with their code and
    place), and the import goes on past the bad ones."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in sorted(packages["folder"].glob("*.json"))[:8]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.json").write_bytes(b'{"format": ')
    (folder / "deep.json").write_text("[" * 100 + "]" * 100, encoding="utf-8")
    tampered = _package(packages, "ABAI-03")
    tampered["protocols"][0]["fields"]["invalid"] += 1  # the signature no longer holds
    (folder / "tampered.json").write_text(json.dumps(tampered), encoding="utf-8")
    files = files_in([folder])
    assert len(files) >= POOL_FROM
    engine = open_engine(initialised_url)
    with engine.connect() as conn:
        register = Register.load(conn, with_heads=False)

    def seen(read: FileRead) -> tuple[object, ...]:
        refusal = read.rejected
        return (
            read.kind,
            read.digest,
            read.sender,
            len(read.items),
            len(read.summaries),
            (refusal.code, dict(refusal.params)) if refusal else None,
        )

    here = [seen(read_safely(p, register, packages["roots"], "CEC")) for p in files]
    # Each precinct's roster is read for its file and dropped after: memory stays flat.
    assert register.rosters and not any(code.startswith("PEC-") for code in register.rosters)
    pooled = [seen(r) for r in read_files(engine, files, register, packages["roots"], "CEC", 1)]
    assert pooled == here
    refused = {Path(p).name: r[5] for p, r in zip(files, here, strict=True) if r[5] is not None}
    assert set(refused) == {"broken.json", "deep.json", "tampered.json"}, refused
    outcomes = import_files(engine, [folder], packages["roots"])
    assert [o.outcome for o in outcomes].count("accepted") == 8
    assert {Path(o.path).name for o in outcomes if o.outcome == "rejected"} == set(refused)
    engine.dispose()
