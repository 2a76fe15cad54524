"""A broken election definition refused in the reader's language: `tallyapp definition check`
lists its problems and `tallyapp init --election FILE` refuses it, each naming the file, the
place in it and what was expected and found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.resources import resource_path


def _broken(tmp_path: Path) -> Path:
    """The 2023 definition with a relation whose formula names a figure no protocol has: the
    schema allows it, the definition's own rules do not."""
    data = json.loads(resource_path("elections", "kz-majilis-2023.json").read_text("utf-8"))
    data["protocol"]["relations"][1]["right"] = "ballots_issued + nope"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


SAID = {
    "ru": "protocol.relations[1].right: неизвестный показатель 'nope' в 'ballots_issued + nope'",
    "kk": "protocol.relations[1].right: 'ballots_issued + nope' ішінде белгісіз көрсеткіш 'nope'",
    "en": "protocol.relations[1].right: unknown figure 'nope' in 'ballots_issued + nope'",
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_definition_check_says_what_is_wrong_in_the_readers_words(
    lang: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _broken(tmp_path)
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    main(["definition", "check", str(path)])
    assert capsys.readouterr().out.strip() == f"{path}: {SAID[lang]}"
    main(["definition", "check", str(path), "--json"])
    problem = json.loads(capsys.readouterr().out)["problems"][0]
    assert problem["code"] == "definition.formula"
    assert problem["where"] == "protocol.relations[1].right"
    assert problem["message"] == SAID[lang]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_init_refuses_a_broken_definition_in_the_readers_words(
    lang: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _broken(tmp_path)
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    db = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    code = main(["init", "--db", db, "--election", str(path)])
    err = capsys.readouterr().err
    error = {"ru": "ошибка", "kk": "қате", "en": "error"}[lang]
    assert code == 2 and err.strip() == f"tallyapp init: {error}: {path}: {SAID[lang]}"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "kz-majilis-1999: (top): таких выборов нет; в поставке есть: "),
        ("kk", "kz-majilis-1999: (top): мұндай сайлау жоқ; бағдарламамен бірге берілгендері: "),
        ("en", "kz-majilis-1999: (top): no such election; shipped ones are: "),
    ],
)
def test_init_says_an_election_it_does_not_know_in_the_readers_words(
    lang: str,
    said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALLYAPP_LANG", lang)
    db = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert main(["init", "--db", db, "--election", "kz-majilis-1999"]) == 2
    assert said in capsys.readouterr().err
