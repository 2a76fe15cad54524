"""The risk-limiting audit's tables at the command line in the reader's language: the headings
of the plan's and the draw's columns, the contests' statuses and a tie's full count. The
audit's own symbols (u, U, k, sha256, r, P) and --json's keys and values stay as they are."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.messages.labels import label
from tests.databases import Templates
from tests.services.test_rla_workflow import _recount_file

SEED = "08772473296991897540"


def _run(
    argv: list[str], lang: str, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch
) -> tuple[int, str]:
    mp.setenv("TALLYAPP_LANG", lang)
    code = main(argv)
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "heading", "english"),
    [
        ("ru", ["вид утверждения", "субъект", "с кем сравнение", "разрыв, голоса",
                "смена исхода", "u", "U", "выборки"], False),
        ("kk", ["тұжырым түрі", "субъект", "кіммен салыстыру", "айырма, дауыс",
                "нәтиже өзгеруі", "u", "U", "таңдаулар"], False),
        ("en", ["kind", "subject", "other", "margin_votes", "flips", "u", "U", "draws"], True),
    ],
)  # fmt: skip
def test_the_plans_columns_are_headed_in_the_readers_words(
    templates: Templates,
    tmp_path: Path,
    lang: str,
    heading: list[str],
    english: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = templates.sqlite_copy("demo-2023", tmp_path / "audit.sqlite3")
    code, out = _run(["rla", "plan", "--db", db], lang, capsys, monkeypatch)
    lines = out.splitlines()
    head = next(line for line in lines if " u " in line)
    assert code == 0 and head.split() == " ".join(heading).split()
    if english:  # the English table as it was printed before
        assert head == (
            f"  {'kind':<20} {'subject':<14} {'other':<14} {'margin_votes':>14} "
            f"{'flips':>9} {'u':>8} {'U':>10} {'draws':>7}"
        )
    # Every figure of a row sits under its heading: the columns end where the headings end.
    row = lines[lines.index(head) + 1]
    assert row.startswith("  HAMILTON_PAIR") and len(row) == len(head)
    code, out = _run(["rla", "plan", "--db", db, "--json"], lang, capsys, monkeypatch)
    assert set(json.loads(out)["contests"][0]["assertions"][0]) >= {"kind", "margin_votes"}


@pytest.mark.parametrize(
    ("lang", "stream", "precinct", "status"),
    [
        ("ru", f"поток {SEED}/ALL  раунд 1  общий вес ", "участок", "продолжается"),
        ("kk", f"ағын {SEED}/ALL  раунд 1  жалпы салмақ ", "учаске", "жалғасуда"),
        ("en", f"stream {SEED}/ALL  round 1  total_weight ", "precinct", "continue"),
    ],
)
def test_the_draw_and_the_status_in_the_readers_words(
    templates: Templates,
    tmp_path: Path,
    lang: str,
    stream: str,
    precinct: str,
    status: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = ["--db", templates.sqlite_copy("demo-2023", tmp_path / "audit.sqlite3")]
    manifest = ["--out", str(tmp_path / "manifest.csv")]
    assert _run(["rla", "manifest", *db, *manifest], lang, capsys, monkeypatch)[0] == 0
    seed = ["--seed", SEED, "--seed-again", SEED, "--count", "3"]
    code, out = _run(["rla", "draw", *db, *seed], lang, capsys, monkeypatch)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(stream)
    assert lines[1] == f"{'k':>6}  {'sha256':<64}  {'r':>14}  {precinct}"
    # A recount of the first precinct drawn: recorded, and the contest's status in words.
    first = next(line.split()[-1] for line in lines[2:])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "manifest.csv").read_text("utf-8"))))
    sheet = _recount_file(rows, first, "PL", tmp_path / "pl.json")
    argv = ["rla", "recount", *db, "--precinct", first, "--ballot", "party-list", str(sheet)]
    code, out = _run(argv, lang, capsys, monkeypatch)
    assert code == 0 and f"PL {status}, P = " in out
    code, out = _run(["rla", "status", *db], lang, capsys, monkeypatch)
    pl = next(line for line in out.splitlines() if line.startswith("  PL "))
    assert code == 0 and pl.split()[1:][: len(status.split())] == status.split()
    code, out = _run(["rla", "status", *db, "--json"], lang, capsys, monkeypatch)
    assert json.loads(out)["contests"][0]["status"] == "continue"


def test_a_tie_goes_to_a_full_count_in_the_readers_words() -> None:
    said = {lang: label("cli.rla-full-count", lang, reason="tie:X") for lang in ("kk", "ru", "en")}
    assert said == {
        "kk": "ТОЛЫҚ ҚАЙТА САНАУ: tie:X",
        "ru": "ПОЛНЫЙ ПЕРЕСЧЁТ: tie:X",
        "en": "FULL COUNT: tie:X",
    }
    statuses = [label(f"rla-status.{s}", "ru") for s in ("full-count", "next-round", "confirmed")]
    assert statuses == ["полный пересчёт", "следующий раунд", "подтверждён"]


@pytest.mark.parametrize(
    ("lang", "fraction", "limit", "bet"),
    [
        ("ru", "нужна дробь, например 0.05 или 5%, найдено: 'пять'",
         "нужен предел риска больше 0 и меньше 1, найдено: '2'",
         "нужна ставка больше 0 и не больше 1, найдено: '3'"),
        ("kk", "бөлшек сан керек, мысалы 0.05 немесе 5%, берілгені: 'пять'",
         "тәуекел шегі 0 мен 1 аралығында болуы керек, берілгені: '2'",
         "бәс мөлшері 0-ден үлкен және 1-ден аспауы керек, берілгені: '3'"),
        ("en", "expected a fraction such as 0.05 or 5%, found 'пять'",
         "expected a risk limit between 0 and 1, found '2'",
         "expected a bet above 0 and at most 1, found '3'"),
    ],
)  # fmt: skip
def test_a_risk_limit_or_a_bet_out_of_range_is_refused_in_the_readers_words(
    lang: str,
    fraction: str,
    limit: str,
    bet: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    for argv, said in (
        (["rla", "plan", "--risk-limit", "пять"], fraction),
        (["rla", "plan", "--risk-limit", "2"], limit),
        (["rla", "manifest", "--out", "m.csv", "--bet", "3"], bet),
    ):
        with pytest.raises(SystemExit) as refused:
            main(argv)
        assert refused.value.code == 2 and said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ru", "стандартный ввод"), ("kk", "стандартты енгізу"), ("en", "standard input")],
)
def test_a_recount_read_from_standard_input_is_named_in_the_readers_words(
    lang: str,
    said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"[1, 2]")))
    db = ["--db", f"sqlite:///{tmp_path / 'none.sqlite3'}"]
    argv = ["rla", "recount", *db, "--precinct", "1", "--ballot", "party-list", "-"]
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    code = main(argv)
    assert code == 2 and said in capsys.readouterr().err
