"""Write resources/i18n/messages-{kk,ru,en}.po from the Python message catalogue (run once,
to move the sentences of tallyapp/messages into files a translator's tool opens).

    python packaging/messages_from_catalogue.py

Error codes are message ids without context; the words of parameter values carry their
parameter as context ("state", "ballot", "role", ...), the places in a file "place", and the
command line's printed words "label". Sentences with a count get plural forms: their
msgid_plural names the parameter that chooses the form ("{count}").
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tallyapp.messages.po import Entry, write_po  # noqa: E402

PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}

# code: (parameter, [(English text, one, other)], [(Russian text, one, few, many)])
PLURALS: dict[str, tuple[str, list[tuple[str, str, str]], list[tuple[str, str, str, str]]]] = {
    "problems": (
        "count",
        [("reason(s)", "reason", "reasons")],
        [("причин(ы)", "причина", "причины", "причин")],
    ),
    "export.chain-broken": (
        "count",
        [("broken link(s)", "broken link", "broken links")],
        [
            (
                "разорванных звеньев",
                "разорванное звено",
                "разорванных звена",
                "разорванных звеньев",
            )
        ],
    ),
    "seats.too-few-for-minimum": (
        "seats",
        [("seat(s) cannot", "seat cannot", "seats cannot")],
        [("мест не хватает", "места не хватает", "мест не хватает", "мест не хватает")],
    ),
    "audit.seal-not-enrolled": (
        "seals",
        [("seal(s) prove", "seal proves", "seals prove")],
        [],
    ),
    "audit.protocol-unsealed": (
        "entries",
        [
            (
                "event(s) from entry {first} bear",
                "event from entry {first} bears",
                "events from entry {first} bear",
            )
        ],
        [("событий", "событие", "события", "событий")],
    ),
    "anomaly.round-percentages": (
        "count",
        [
            (
                "percentage(s) exactly round at {round_to} decimal(s)",
                "percentage whose decimals past place {round_to} are all zero",
                "percentages whose decimals past place {round_to} are all zero",
            )
        ],
        [
            (
                "процент(ов) ровно круглые до {round_to} знака",
                "процент, ровно круглый до {round_to}-го знака",
                "процента, ровно круглые до {round_to}-го знака",
                "процентов, ровно круглые до {round_to}-го знака",
            )
        ],
    ),
    "anomaly.round-percentages.detail": (
        "zeros",
        [("zero(s)", "zero", "zeros")],
        [("нулём (нулями)", "нулём", "нулями", "нулями")],
    ),
    "anomaly.turnout-share": (
        "count",
        [("precinct(s)", "precinct", "precincts")],
        [("участок(ов)", "участок", "участка", "участков")],
    ),
    "anomaly.high-turnout": (
        "count",
        [("precinct(s)", "precinct", "precincts")],
        [("участок(ов)", "участок", "участка", "участков")],
    ),
    "session.locked": ("minutes", [("minute(s)", "minute", "minutes")], []),
    "publication.record-broken": (
        "count",
        [("broken link(s)", "broken link", "broken links")],
        [],
    ),
    "publication.no-signing-despite": (
        "count",
        [("broken link(s)", "broken link", "broken links")],
        [],
    ),
    "rla.not-accepted": (
        "count",
        [("protocol(s) not", "protocol not", "protocols not")],
        [
            (
                "протокол(ов) не приняты",
                "протокол не принят",
                "протокола не приняты",
                "протоколов не приняты",
            )
        ],
    ),
    "rla.round-open": (
        "count",
        [("contest(s) await", "contest await", "contests await")],
        [("голосованиях", "голосовании", "голосованиях", "голосованиях")],
    ),
    "label:check.failures": (
        "count",
        [("control relation(s) fail", "control relation fails", "control relations fail")],
        [],
    ),
    "label:check.warnings": (
        "count",
        [
            (
                "plausibility warning(s) need",
                "plausibility warning needs",
                "plausibility warnings need",
            )
        ],
        [],
    ),
}

PLACES = {
    "line": {"kk": "{line}-жол", "ru": "строка {line}", "en": "line {line}"},
    "line-column": {
        "kk": "{line}-жол, {column} бағаны",
        "ru": "строка {line}, столбец {column}",
        "en": "line {line}, column {column}",
    },
}


def _forms(key: str, lang: str, text: str) -> tuple[str | None, tuple[str, ...]]:
    if key not in PLURALS:
        return None, (text,)
    param, english, russian = PLURALS[key]
    if lang == "kk":
        return f"{{{param}}}", (text, text)
    if lang == "en":
        one = other = text
        for old, a, b in english:
            assert old in text, (key, old)
            one, other = one.replace(old, a), other.replace(old, b)
        return f"{{{param}}}", (one, other)
    forms = [text, text, text]
    for old, *new in russian:
        assert old in text, (key, old)
        forms = [f.replace(old, n) for f, n in zip(forms, new, strict=True)]
    return f"{{{param}}}", tuple(forms)


def main() -> None:
    from tallyapp.messages.catalogue import CATALOGUE, VALUE_WORDS
    from tallyapp.messages.labels import LABELS

    for lang in ("kk", "ru", "en"):
        entries: list[Entry] = []
        for code, names in CATALOGUE.items():
            plural, forms = _forms(code, lang, getattr(names, lang))
            note = (f"#. The form follows {plural}.",) if plural else ()
            entries.append(Entry(None, code, plural, forms, comments=note))
        done: set[int] = set()
        for kind, words in VALUE_WORDS.items():
            if id(words) in done:  # "current", "new", ... share the words of "state"
                continue
            done.add(id(words))
            for value, names in words.items():
                entries.append(Entry(kind, value, None, (getattr(names, lang),)))
        for place, words in PLACES.items():
            entries.append(Entry("place", place, None, (words[lang],)))
        for key, names in LABELS.items():
            plural, forms = _forms(f"label:{key}", lang, getattr(names, lang))
            note = (f"#. The form follows {plural}.",) if plural else ()
            entries.append(Entry("label", key, plural, forms, comments=note))
        headers = {
            "Project-Id-Version": "tallyapp",
            "Language": lang,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": PLURAL_FORMS[lang],
        }
        write_po(ROOT / "resources" / "i18n" / f"messages-{lang}.po", headers, entries)


if __name__ == "__main__":
    main()
