"""The printed forms' words come from resources/i18n/forms-<lang>.po: every word in Kazakh,
Russian and English, and a new language's file speaks on the form, English standing in for
what it lacks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tallyapp.po import read_po
from tallyapp.reports.texts import precinct_title, text, words
from tallyapp.resources import resource_path
from tallyapp.translations import ENVIRONMENT


def test_every_word_of_the_forms_is_in_three_languages() -> None:
    english = read_po(resource_path("i18n", "forms-en.po")).entries
    assert len(english) > 60
    for lang in ("kk", "ru"):
        translated = read_po(resource_path("i18n", f"forms-{lang}.po")).entries
        assert sorted(k for k in english if not translated.get(k, None)) == [], lang
        assert all(translated[k].translated for k in english), lang


def test_bilingual_forms_print_both_words() -> None:
    assert text("protocol", "kk+ru") == "ХАТТАМА / ПРОТОКОЛ"
    assert text("ballot", "kk+ru") == "Бюллетень"  # the same word is printed once
    assert words("IIN") == ("ЖСН", "ИИН", "IIN")


def test_a_new_language_of_the_forms_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "forms-de.po").write_text(
        textwrap.dedent(
            """\
            msgid ""
            msgstr ""
            "Language: de\\n"

            msgid "protocol"
            msgstr "PROTOKOLL"
            """
        ),
        "utf-8",
    )
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path))
    assert text("protocol", "de") == "PROTOKOLL"
    assert text("turnout", "de") == "Turnout"  # not translated yet: English


def test_a_precinct_is_named_in_the_readers_language() -> None:
    assert precinct_title("101", "", "", "en") == "Polling station No. 101"
    assert precinct_title("101", "", "", "kk") == "№101 сайлау учаскесі"
    assert precinct_title("101", "Мектеп", "Школа", "ru") == "Избирательный участок №101: Школа"
    assert precinct_title("101", "Мектеп", "", "ru") == "Избирательный участок №101: Мектеп"
