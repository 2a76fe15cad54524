"""Where the words live: gettext files `<kind>-<lang>.po` in resources/i18n (`messages` for the
sentences of errors and printed results, `forms` for the printed forms), and first in the folders
named by $TALLYAPP_I18N (a new or corrected language dropped in by a translator). Each file is
read once, when its language is first asked for; a missing entry falls back to English."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from tallyapp.po import Catalogue, read_po
from tallyapp.resources import resource_path

ENVIRONMENT = "TALLYAPP_I18N"
FALLBACK = "en"


def folders() -> tuple[Path, ...]:
    """The folders searched for translation files, the environment's first."""
    extra = os.environ.get(ENVIRONMENT, "")
    return (*(Path(p) for p in extra.split(os.pathsep) if p), resource_path("i18n"))


@lru_cache(maxsize=64)
def _catalogue(kind: str, lang: str, where: tuple[Path, ...]) -> Catalogue | None:
    for folder in where:
        path = folder / f"{kind}-{lang}.po"
        if not path.is_file():
            continue
        try:
            return read_po(path)
        except (OSError, UnicodeDecodeError, ValueError) as exc:  # a broken file: English words
            print(f"tallyapp: cannot read {path}: {exc}", file=sys.stderr)
    return None


def catalogue(kind: str, lang: str) -> Catalogue | None:
    return _catalogue(kind, lang, folders())


def languages(kind: str) -> list[str]:
    """Every language with a file of this kind, English first."""
    prefix = f"{kind}-"
    found = {
        p.name[len(prefix) : -3]
        for folder in folders()
        if folder.is_dir()
        for p in folder.glob(f"{prefix}*.po")
    }
    return [FALLBACK, *sorted(found - {FALLBACK})]


def text(
    kind: str, context: str | None, msgid: str, lang: str, count: int | None = None
) -> str | None:
    """The translation of one message in `lang`, else in English, else None; `count` chooses
    the plural form of a message that has forms."""
    for each in dict.fromkeys((lang, FALLBACK)):
        found = catalogue(kind, each)
        entry = found.entries.get((context, msgid)) if found is not None else None
        if found is None or entry is None or not entry.translated:
            continue
        if entry.plural is None:
            return entry.forms[0]
        index = found.plural_index(5 if count is None else count)
        return entry.forms[min(max(index, 0), len(entry.forms) - 1)]
    return None


def plural_parameter(kind: str, context: str | None, msgid: str) -> str | None:
    """The parameter whose number chooses a message's plural form, as its English entry says."""
    found = catalogue(kind, FALLBACK)
    entry = found.entries.get((context, msgid)) if found is not None else None
    if entry is None or entry.plural is None:
        return None
    return entry.plural.strip().strip("{}") or None


def message_ids(kind: str, lang: str = FALLBACK, context: str | None = None) -> set[str]:
    """The ids of a language's translated messages in one context (no context by default)."""
    found = catalogue(kind, lang)
    if found is None:
        return set()
    return {k[1] for k, e in found.entries.items() if k[0] == context and e.translated}
