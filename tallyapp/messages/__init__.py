"""Words at the edge: error codes turned into Kazakh, Russian or English sentences.

Only the command line and the desktop app import this package. Domain, storage and services
raise `TallyError(code, **params)`; `say(error, lang)` chooses the sentence from `CATALOGUE`
and fills in the parameters. A parameter that is a `Names` is shown in the reader's language.
"""

from __future__ import annotations

import re

from tallyapp.domain.election import Names
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.messages.catalogue import CATALOGUE, VALUE_WORDS

__all__ = ["CATALOGUE", "say", "say_all"]


# Where a problem is in a file ("line 4, column voters"), in the reader's words.
PLACE = re.compile(r"\bline (\d+)(?:, column (\S+))?")
PLACE_WORDS = {
    "kk": ("{line}-жол", "{line}-жол, {column} бағаны"),
    "ru": ("строка {line}", "строка {line}, столбец {column}"),
}


def _place(text: str, lang: str) -> str:
    if lang not in PLACE_WORDS:
        return text
    line_only, with_column = PLACE_WORDS[lang]

    def words(m: re.Match[str]) -> str:
        if m.group(2):
            return with_column.format(line=m.group(1), column=m.group(2))
        return line_only.format(line=m.group(1))

    return PLACE.sub(words, text)


def _param(name: str, value: object, lang: str) -> object:
    if name == "where" and isinstance(value, str):
        return _place(value, lang)
    words = VALUE_WORDS.get(name, {})
    if isinstance(value, str) and ", " in value and name in VALUE_WORDS:
        return ", ".join(str(_param(name, v, lang)) for v in value.split(", "))
    if isinstance(value, str) and value in words:
        return words[value].get(lang)
    if isinstance(value, Names):
        return value.get(lang)
    if isinstance(value, TallyError):
        return say(value, lang)
    return value


def say(error: TallyError, lang: str = "en") -> str:
    """One error as a sentence in `lang` (kk, ru or en); several reasons joined by "; "."""
    if isinstance(error, Problems):
        return "; ".join(say(p, lang) for p in error.problems)
    templates = CATALOGUE.get(error.code)
    params = {k: _param(k, v, lang) for k, v in error.params.items()}
    if templates is None:  # a code without words yet: still say what is known
        detail = ", ".join(f"{k} {v}" for k, v in params.items())
        return f"{error.code}: {detail}" if detail else error.code
    template = templates.get(lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return f"{template} ({', '.join(f'{k}={v}' for k, v in params.items())})"


def say_all(error: TallyError, lang: str = "en") -> list[str]:
    """Each reason as its own sentence, for a list on screen."""
    if isinstance(error, Problems):
        return [say(p, lang) for p in error.problems]
    return [say(error, lang)]
