"""A summary protocol that differs from the sum of the protocols accepted here: the command
line named each differing line by its key ("vote:AMANAT", "voters_on_list") and the ballot by
its marker ("party-list"), in no order a commission reads. Now as the import dialog says it:
each line by its number on the paper form and its name in the reader's language, line 1 to
the last, as on the form."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import fingerprint
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import protocol_from_attachment
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.exchange import export_package
from tallyapp.services.keys import make_keys
from tallyapp.services.setup import open_engine
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.databases import initialised_sqlite
from tests.sessions import chair_key, member_of


@pytest.fixture(scope="module")
def differing(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """Abai's third territorial commission's database with precinct 101 finalised, and a
    package of that commission whose summary of the blue ballot differs from the sum here in
    every line. Returns the database, the package and the trusted authority."""
    tmp_path = tmp_path_factory.mktemp("summary")
    url = initialised_sqlite(tmp_path / "s.sqlite3")
    engine = open_engine(url)
    service = EntryService(engine, member_of(engine, "PEC-101"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "against_all": 20,
        **{f"vote:{k}": v for k, v in GOOD_VOTES.items()},
    }
    chair = "Nurlan Omarov"
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST),
        values,
        Signing([Member(chair, "chair")], chair, chair),
    )
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    signer = RecordSigner.from_pkcs12(chair_key(engine, keys.folder, "ABAI-03"), b"pw")
    package = tmp_path / "ABAI-03.json"
    export_package(engine, "ABAI-03", signer, package)
    engine.dispose()
    data = json.loads(package.read_text("utf-8"))
    record = data["protocols"][0]
    record["votes"]["AMANAT"], record["votes"]["AUYL"] = 499, 101
    record["fields"]["voters_on_list"] += 1000
    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    data["protocols"] = [record]
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
    ]
    other = tmp_path / "other.json"
    other.write_text(json.dumps(signer.sign_package(data)), encoding="utf-8")
    return url, other, keys.authority


@pytest.mark.parametrize(
    ("lang", "line", "first", "party", "ballot"),
    [
        (
            "kk",
            r"(\d+)-жол — ",
            "1-жол — Дауыс беру аяқталған сәтте тізімге енгізілген",
            "8-жол — «AMANAT» партиясы",
            "көк бюллетень",
        ),
        (
            "ru",
            r"строка (\d+) — ",
            "строка 1 — Число избирателей, включённых в список",
            "строка 8 — Партия «AMANAT»",
            "синий бюллетень",
        ),
        (
            "en",
            r"line (\d+) — ",
            "line 1 — Voters on the list at the close of voting",
            "line 8 — Amanat",
            "party-list ballot",
        ),
    ],
)
def test_the_command_line_names_each_differing_line_as_the_paper_form_does(
    differing: tuple[str, Path, Path],
    lang: str,
    line: str,
    first: str,
    party: str,
    ballot: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, package, authority = differing
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    main(["import", "--db", url, "--trust", str(authority), str(package)])
    out = capsys.readouterr().out
    rows = [row for row in out.splitlines() if re.search(line, row) and "ABAI-03" in row]
    numbers = [int(re.search(line, row).group(1)) for row in rows]  # type: ignore[union-attr]
    # Every line of the form, in its order: line 1, 2, 3 … against all.
    assert numbers == list(range(1, 16)), out
    assert first in rows[0] and all(ballot in row for row in rows), out
    assert party in rows[7], out  # the first party, after the seven lines of figures
    said = "\n".join(rows).replace("party-list ballot", "")
    for key in ("vote:", "voters_on_list", "against_all", "party-list"):
        assert key not in said, said
