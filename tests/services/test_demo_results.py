"""The national demo through `tallyapp results --json`: the official 2023 figures, exactly."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tallyapp.cli import main
from tallyapp.resources import resource_path

OFFICIAL = json.loads(resource_path("demo", "kz-majilis-2023-official.json").read_text("utf-8"))


def _results(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["results", *args, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_national_party_list(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _results(capsys, "--db", demo_url)
    national = OFFICIAL["party_list"]["national"]
    assert data["commission"]["code"] == "CEC" and data["ballot"] == "party-list"
    assert data["precincts"]["expected"] == data["precincts"]["reported"] == 10_223
    assert data["voters_on_list"] == national["registered_voters"] == 12_035_578
    assert data["ballots_in_boxes"] == national["total"] == 6_524_487
    assert data["invalid"] == national["invalid"]
    assert data["against_all"] == national["against_all"]
    assert data["votes"] == national["votes"]
    assert data["seats"] == OFFICIAL["party_list"]["seats"]
    assert data["percent"]["AMANAT"] == 53.90
    # Every region, exactly as the official table.
    by_code = {c["commission"]["code"]: c for c in data["children"]}
    assert len(by_code) == 20
    for row in OFFICIAL["party_list"]["regions"]:
        region = by_code[row["region"]]
        assert region["voters_on_list"] == row["registered_voters"]
        assert region["votes"] == row["votes"]
        assert region["against_all"] == row["against_all"]
        assert region["invalid"] == row["invalid"]
        assert region["ballots_in_boxes"] == row["total"]
        assert region["name"]
        assert (
            sum(t["precincts"]["expected"] for t in region["children"])
            == (region["precincts"]["expected"])
        )
    # About 200 territorial commissions, and the 77 stations abroad inside Astana.
    tecs = [t for r in data["children"] for t in r["children"]]
    assert 180 <= len(tecs) <= 230
    abroad = by_code["ASTANA"]["children"][-1]
    assert abroad["commission"]["code"] == "ASTANA-ABROAD"
    assert abroad["precincts"]["expected"] == 77


def test_national_constituency(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = _results(capsys, "--db", demo_url, "--ballot", "constituency")
    national = OFFICIAL["constituency"]["national"]
    assert data["voters_on_list"] == national["registered_voters"] == 12_023_562
    assert data["invalid"] == national["invalid"] == 60_227
    assert data["against_all"] == national["against_all"] == 248_283
    assert data["ballots_in_boxes"] == national["total"] == 6_380_224
    assert data["precincts"]["expected"] == 10_146  # no green ballot abroad
    assert len(data["districts"]) == 29
    for official, got in zip(OFFICIAL["constituency"]["districts"], data["districts"], strict=True):
        assert got["number"] == official["number"]
        assert got["outcome"] == "elected"
        assert got["winner"]["name"] == official["winner"]["name"]
        assert got["winner"]["votes"] == official["winner"]["votes"]
        assert got["winner"]["party"] == official["winner"]["nomination"]
        assert got["runner_up"]["name"] == official["runner_up"]["name"]
        assert got["runner_up"]["votes"] == official["runner_up"]["votes"]
        assert got["margin"] == official["winner"]["votes"] - official["runner_up"]["votes"]


def test_a_region_a_tec_and_a_district(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    region = _results(capsys, "--db", demo_url, "--commission", "SHYMKENT")
    assert region["votes"]["AMANAT"] == 187_747 and "seats" not in region
    tec = _results(
        capsys, "--db", demo_url, "--commission", region["children"][0]["commission"]["code"]
    )
    assert tec["precincts"]["expected"] == len(tec["children"]) > 0
    assert {c["commission"]["level"] for c in tec["children"]} == {"precinct"}
    dec = _results(capsys, "--db", demo_url, "--commission", "DEC-07", "--ballot", "constituency")
    assert [d["number"] for d in dec["districts"]] == [7]
    assert dec["districts"][0]["winner"]["name"] == "Bolatbek Najmetdinuly"
    shymkent_green = _results(
        capsys, "--db", demo_url, "--commission", "SHYMKENT", "--ballot", "constituency"
    )
    assert [c["commission"]["code"] for c in shymkent_green["children"]] == ["DEC-06", "DEC-07"]


def test_human_readable_results(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", "--db", demo_url]) == 0
    out = capsys.readouterr().out
    assert "10,223 expected, 10,223 received, 10,223 accepted, 0 missing" in out
    assert "AMANAT             3,431,510   53.90     40" in out
    assert main(["results", "--db", demo_url, "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "синий бюллетень (партийные списки)" in out
    assert "Участки: ожидается 10\u00a0223, получено 10\u00a0223, принято 10\u00a0223, нет 0" in out
    amanat = next(line for line in out.splitlines() if line.startswith("AMANAT"))
    assert amanat.replace("\u00a0", "_").split() == ["AMANAT", "3_431_510", "53,90", "40"]
    assert main(["results", "--db", demo_url, "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "Тізімдегі сайлаушылар" in out and re.search(r"келу \d+,\d\d%", out)
    assert not any(word in out for word in ("Precincts", "Voters", "turnout", "ballot"))


def test_unknown_commission_and_missing_database(
    demo_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    assert main(["results", "--db", demo_url, "--commission", "MARS"]) == 2
    assert "no commission with code MARS" in capsys.readouterr().err
    assert main(["results", "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}"]) == 2
    assert "run `tallyapp init` first" in capsys.readouterr().err


def test_the_demo_progress_never_passes_100_percent(monkeypatch: pytest.MonkeyPatch) -> None:
    """`tallyapp demo` printed "[107%]": the last chunk of protocols was counted whole."""
    from types import SimpleNamespace

    from tallyapp.services import demo

    monkeypatch.setattr(demo, "append_versions", lambda *_args, **_kw: None)
    seen: list[int] = []
    protocols = [SimpleNamespace(precinct="101")] * 12_000  # two full chunks and a short one
    demo._write_protocols(  # type: ignore[arg-type]
        None, "kz-majilis-2023", {"101": 1}, protocols, lambda _t, p: seen.append(p)
    )
    assert max(seen) <= 100 and seen[-1] == 95
    assert seen == sorted(seen)
