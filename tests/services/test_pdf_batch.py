"""A territorial commission prints every precinct protocol: in a pool of processes, signed,
with progress and cancel; every file whole and verifiable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tallyapp.domain.election import BallotKind
from tallyapp.domain.errors import TallyError
from tallyapp.reports.pdf_file import read_attachments
from tallyapp.reports.signing import load_trust_roots, verify_pdf
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_batch import export_protocols_under
from tallyapp.services.pdf_export import precincts_under
from tallyapp.services.setup import open_engine
from tests.sessions import chair_key

pytestmark = pytest.mark.parametrize("demo_url", ["sqlite"], indirect=True)


def test_a_batch_is_signed_in_a_pool_with_progress(demo_url: str, tmp_path: Path) -> None:
    engine = open_engine(demo_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    key = chair_key(engine, keys.folder, "ABAI-03")
    numbers = precincts_under(engine, "ABAI-03", BallotKind.PARTY_LIST)
    seen: list[tuple[int, int, str]] = []
    outcome = export_protocols_under(
        engine,
        "ABAI-03",
        BallotKind.PARTY_LIST,
        "ru",
        tmp_path / "out",
        key,
        b"pw",
        progress=lambda done, total, number: seen.append((done, total, number)),
        workers=2,
    )
    assert outcome.written == numbers and not outcome.cancelled
    assert [d for d, _t, _n in seen] == list(range(1, len(numbers) + 1))
    assert {n for _d, _t, n in seen} == set(numbers)
    roots = load_trust_roots([keys.authority])
    for number in numbers[:: max(1, len(numbers) // 6)]:
        pdf = (tmp_path / "out" / f"{number}-party-list.pdf").read_bytes()
        result = verify_pdf(pdf, roots)
        assert result.ok, (number, result.problems)
        assert result.payload["precinct"] == number
        assert "protocol.json" in read_attachments(pdf)
    engine.dispose()


def test_a_cancelled_batch_stops_and_leaves_only_whole_files(demo_url: str, tmp_path: Path) -> None:
    engine = open_engine(demo_url)
    numbers = precincts_under(engine, "ABAI-03", BallotKind.PARTY_LIST)
    seen: list[str] = []
    outcome = export_protocols_under(
        engine,
        "ABAI-03",
        BallotKind.PARTY_LIST,
        "kk",
        tmp_path / "out",
        progress=lambda _d, _t, number: seen.append(number),
        cancelled=lambda: len(seen) >= 5,
        workers=2,
    )
    assert outcome.cancelled and 5 <= len(outcome.written) < len(numbers)
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) >= len(outcome.written)  # those in flight finish, whole
    for path in files:
        assert verify_pdf(path.read_bytes(), [], require_signature=False).problems == []
    assert not list((tmp_path / "out").glob("*.part"))  # nothing half-written
    engine.dispose()


def test_a_key_without_authority_writes_nothing(demo_url: str, tmp_path: Path) -> None:
    engine = open_engine(demo_url)
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-04"])
    stranger = chair_key(engine, keys.folder, "ABAI-04")  # another territorial commission
    with pytest.raises(TallyError):
        export_protocols_under(
            engine, "ABAI-03", BallotKind.PARTY_LIST, "ru", tmp_path / "out", stranger, b"pw"
        )
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    engine.dispose()
