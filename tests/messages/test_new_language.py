"""A language is added by files alone: a messages-<lang>.po in a folder named by $TALLYAPP_I18N
speaks in the command line at once, English standing in for the sentences it lacks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tallyapp.cli import main
from tallyapp.domain.errors import TallyError
from tallyapp.messages import say
from tallyapp.messages.files import ENVIRONMENT, languages

GERMAN = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Language: de\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    msgid "input.missing"
    msgstr "{where}: Feld fehlt"

    msgid "problems"
    msgid_plural "{count}"
    msgstr[0] "{count} Grund"
    msgstr[1] "{count} Gründe"

    msgctxt "state"
    msgid "accepted"
    msgstr "angenommen"

    msgctxt "place"
    msgid "line"
    msgstr "Zeile {line}"

    msgctxt "label"
    msgid "error"
    msgstr "Fehler"
    """
)


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "messages-de.po").write_text(GERMAN, "utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path))
    return tmp_path


def test_without_the_file_there_is_no_such_language() -> None:
    assert "de" not in languages()
    assert languages()[0] == "en" and {"kk", "ru"} <= set(languages())


def test_a_new_file_is_a_new_language(german: Path) -> None:
    assert "de" in languages()
    assert say(TallyError("input.missing", where="line 4"), "de") == "Zeile 4: Feld fehlt"
    assert say(TallyError("problems", count=1), "de") == "1 Grund"
    assert say(TallyError("problems", count=3), "de") == "3 Gründe"
    # A sentence the translator has not written yet is said in English.
    assert say(TallyError("not-found", what="X"), "de") == "X not found"
    moved = TallyError("lifecycle.transition", current="accepted", new="draft")
    assert "angenommen" in say(moved, "de") and "accepted" not in say(moved, "de")


def test_the_command_line_speaks_the_new_language(
    german: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    protocol = tmp_path / "protocol.json"
    protocol.write_text("{}", "utf-8")
    assert main(["check", str(protocol), "--lang", "de"]) == 2
    said = capsys.readouterr().err
    assert "tallyapp check: Fehler:" in said and "election: Feld fehlt" in said


def test_an_unknown_language_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "x.json", "--lang", "de"])
    assert "no messages in 'de'" in capsys.readouterr().err


def test_plural_forms_follow_each_language() -> None:
    assert say(TallyError("problems", count=1), "en") == "1 reason"
    assert say(TallyError("problems", count=2), "en") == "2 reasons"
    assert say(TallyError("problems", count=1), "ru") == "1 причина"
    assert say(TallyError("problems", count=3), "ru") == "3 причины"
    assert say(TallyError("problems", count=11), "ru") == "11 причин"
    assert say(TallyError("problems", count=21), "ru") == "21 причина"
