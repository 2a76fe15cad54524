"""The messages files, `messages-<lang>.po`: the sentences of errors (keyed by error code) and
the command line's printed words; found, read once and cached by `tallyapp.translations`."""

from __future__ import annotations

from tallyapp import translations
from tallyapp.translations import ENVIRONMENT, FALLBACK, folders

__all__ = [
    "ENVIRONMENT",
    "FALLBACK",
    "folders",
    "languages",
    "message_ids",
    "plural_parameter",
    "text",
]

KIND = "messages"


def languages() -> list[str]:
    """Every language with a messages file, English first."""
    return translations.languages(KIND)


def text(context: str | None, msgid: str, lang: str, count: int | None = None) -> str | None:
    """A message in `lang`, else in English, else None (see `translations.text`)."""
    return translations.text(KIND, context, msgid, lang, count)


def plural_parameter(context: str | None, msgid: str) -> str | None:
    return translations.plural_parameter(KIND, context, msgid)


def message_ids(lang: str = FALLBACK, context: str | None = None) -> set[str]:
    return translations.message_ids(KIND, lang, context)
