"""Words at the edge: error codes turned into sentences in the reader's language.

Only the command line and the desktop app import this package. Domain, storage and services
raise `TallyError(code, **params)`; `say(error, lang)` takes the sentence of the code from the
language's gettext file (resources/i18n/messages-<lang>.po, see `files`) and fills in the
parameters. A parameter that is a `Names` is shown in the reader's language, a check's verdict
by its explanation (see `checks`); a state, ballot, role, action, provenance or self-nomination
by its word in the file (its kind is the context).
"""

from __future__ import annotations

import re

from tallyapp.domain.checks import CheckName, Verdict
from tallyapp.domain.commission_tree import precinct_of
from tallyapp.domain.election import Names
from tallyapp.domain.errors import Problems, TallyError
from tallyapp.messages.checks import check_name, explain
from tallyapp.messages.files import languages, message_ids, plural_parameter, text

__all__ = [
    "codes",
    "languages",
    "person",
    "role_title",
    "say",
    "say_all",
    "sentence",
    "value_word",
]

# Parameters whose values are words of a fixed set, by the context of their words in the files.
VALUE_KINDS = {
    "state": "state",
    "current": "state",
    "new": "state",
    "allowed": "state",
    "recorded_state": "state",
    "ballot": "ballot",
    "role": "role",
    "action": "action",
    "provenance": "provenance",
    "nomination": "nomination",
    "party": "nomination",  # a candidate's party code, or "independent"
    "stored_kind": "protocol-kind",  # original or repeated
    "signed_kind": "protocol-kind",
    "json_problem": "json-problem",  # what the JSON parser found wrong
}

# Where a problem is in a file ("line 4, column voters"), in the reader's words.
PLACE = re.compile(r"\bline (\d+)(?:, column (\S+))?")
# How the record names a person or an organisation: "Name (IIN 900101400123)".
NUMBER = re.compile(r"\b(IIN|BIN) ?(\d{12})\b")


def codes(lang: str = "en") -> set[str]:
    """The error codes that have a sentence in `lang`."""
    return message_ids(lang)


def sentence(code: str, lang: str) -> str | None:
    """The sentence of a code in `lang` (its template, unfilled), English if `lang` lacks it."""
    return text(None, code, lang)


def value_word(name: str, value: object, lang: str) -> str | None:
    """The word of a parameter's value (a state, a ballot ...) in `lang`, or None."""
    kind = VALUE_KINDS.get(name)
    return text(kind, str(value), lang) if kind is not None else None


def role_title(role: str, lang: str) -> str:
    """A member's role as a title beside their name ("Chair", "Deputy chair"), in `lang`."""
    return text("role-title", role, lang) or role


def person(label: str, lang: str) -> str:
    """A person as the record names them ("Name (IIN …)"), with the number's abbreviation in
    the reader's language (ЖСН, ИИН; БСН, БИН for an organisation)."""
    if "IN" not in label:
        return label
    return NUMBER.sub(lambda m: f"{text('id', m.group(1), lang) or m.group(1)} {m.group(2)}", label)


def _place(where: str, lang: str) -> str:
    def words(m: re.Match[str]) -> str:
        if m.group(2):
            template = text("place", "line-column", lang) or m.group(0)
            return template.format(line=m.group(1), column=m.group(2))
        return (text("place", "line", lang) or m.group(0)).format(line=m.group(1))

    return PLACE.sub(words, where)


# Parameters that name a commission by its code: a precinct's commission (`PEC-101`) is said
# as a person reads it ("УИК №101"); other codes (ABAI-03, CEC) are the commissions' own.
COMMISSION_PARAMS = ("commission", "document")


def _precinct_commission(code: str, lang: str) -> str | None:
    """A precinct's commission as a sentence names it, in `lang`; None for another code."""
    number = precinct_of(code)
    if number is None:
        return None
    return (text("commission", "precinct", lang) or "PEC No. {number}").format(number=number)


def _param(name: str, value: object, lang: str) -> object:
    if name == "where" and isinstance(value, str):
        return _place(value, lang)
    if name in COMMISSION_PARAMS and isinstance(value, str):
        said = _precinct_commission(value, lang)
        if said is not None:
            return said
    if isinstance(value, str) and name in VALUE_KINDS:
        if ", " in value:
            return ", ".join(str(_param(name, v, lang)) for v in value.split(", "))
        word = value_word(name, value, lang)
        return value if word is None else word
    if isinstance(value, str):
        return person(value, lang)
    if isinstance(value, Names):
        return value.get(lang)
    if isinstance(value, Verdict):  # a check's verdict: its explanation with its numbers
        return explain(value, lang)
    if isinstance(value, CheckName):
        return check_name(value, lang)
    if isinstance(value, TallyError):
        return say(value, lang)
    return value


def say(error: TallyError, lang: str = "en") -> str:
    """One error as a sentence in `lang` (kk, ru, en or any language with a file; English for
    a sentence the language lacks); several reasons joined by "; "."""
    if isinstance(error, Problems):
        return "; ".join(say(p, lang) for p in error.problems)
    params = {k: _param(k, v, lang) for k, v in error.params.items()}
    counter = plural_parameter(None, error.code)
    count = error.params.get(counter) if counter else None
    template = text(None, error.code, lang, count if isinstance(count, int) else None)
    if template is None:  # a code without words yet: still say what is known
        detail = ", ".join(f"{k} {v}" for k, v in params.items())
        return f"{error.code}: {detail}" if detail else error.code
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} ({', '.join(f'{k}={v}' for k, v in params.items())})"


def say_all(error: TallyError, lang: str = "en") -> list[str]:
    """Each reason as its own sentence, for a list on screen."""
    if isinstance(error, Problems):
        return [say(p, lang) for p in error.problems]
    return [say(error, lang)]
