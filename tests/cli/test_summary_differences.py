"""A summary protocol that differs from the sum of the protocols accepted here: the command
line named each differing line by its key ("vote:AMANAT", "voters_on_list") and the ballot by
its marker ("party-list"), in no order a commission reads. Now as the import dialog says it:
each line by its number on the paper form and its name in the reader's language, line 1 to
the last, as on the form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.services.setup import open_engine
from tests.databases import initialised_sqlite
from tests.packages import conflicting_package


@pytest.fixture(scope="module")
def differing(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """Abai's third territorial commission's database with precinct 101 finalised, and a
    package of that commission whose summary of the blue ballot differs from the sum here in
    every line. Returns the database, the package and the trusted authority."""
    tmp_path = tmp_path_factory.mktemp("summary")
    url = initialised_sqlite(tmp_path / "s.sqlite3")
    engine = open_engine(url)
    package, authority = conflicting_package(engine, tmp_path, summaries=True)
    engine.dispose()
    return url, package, authority


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
