"""Add or change a sentence in the messages files (resources/i18n/messages-<lang>.po) or, with
--kind forms, a word of the printed forms (forms-<lang>.po), or start the files of a new
language for a translator.

    python packaging/add_messages.py CODE "kk" "ru" "en"
    python packaging/add_messages.py --context label KEY "kk" "ru" "en"
    python packaging/add_messages.py --plural count CODE "kk|kk" "ru|ru|ru" "en one|en other"
    python packaging/add_messages.py --kind forms KEY "kk" "ru" "en"
    python packaging/add_messages.py --new-language uz

CODE is the error code a `TallyError` carries. With --plural, each language gives its plural
forms separated by "|" in the order of its Plural-Forms header. A new language's file lists
every message with an empty translation and the English sentence as a note: open it in Poedit
or Weblate, translate, and the app offers the language (English stands in for what is missing).
Kazakh and Russian sentences await review by a native speaker, as the interface's do.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tallyapp.po import Entry, read_po, write_po  # noqa: E402

I18N = ROOT / "resources" / "i18n"


def set_message(
    context: str | None,
    msgid: str,
    words: dict[str, str],
    plural: str | None,
    kind: str = "messages",
) -> None:
    for lang, text in words.items():
        path = I18N / f"{kind}-{lang}.po"
        catalogue = read_po(path)
        forms = tuple(text.split("|")) if plural else (text,)
        entry = catalogue.entries.get((context, msgid))
        note = (f"#. The form follows {{{plural}}}.",) if plural else ()
        new = Entry(context, msgid, f"{{{plural}}}" if plural else None, forms, comments=note)
        catalogue.entries[(context, msgid)] = new if entry is None else replace(entry, forms=forms)
        write_po(path, catalogue.headers, catalogue.entries.values())


def new_language(lang: str, kind: str = "messages") -> Path:
    english = read_po(I18N / f"{kind}-en.po")
    path = I18N / f"{kind}-{lang}.po"
    if path.exists():
        raise SystemExit(f"{path} exists already")
    headers = {**english.headers, "Language": lang, "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    entries = [
        replace(
            e,
            forms=tuple("" for _ in e.forms),
            comments=(*e.comments, *(f"#. en: {f}" for f in e.forms)),
        )
        for e in english.entries.values()
    ]
    write_po(path, headers, entries)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--new-language", metavar="LANG")
    parser.add_argument("--context", default=None, help="label, state, ballot, ...; none for codes")
    parser.add_argument("--plural", metavar="PARAMETER", default=None)
    parser.add_argument("--kind", choices=("messages", "forms"), default="messages")
    parser.add_argument("words", nargs="*", metavar="CODE KK RU EN")
    args = parser.parse_args()
    if args.new_language:
        for kind in ("messages", "forms"):
            print(new_language(args.new_language, kind))
        return
    if len(args.words) != 4:
        parser.error("give CODE and its sentence in kk, ru and en")
    code, kk, ru, en = args.words
    set_message(args.context, code, {"kk": kk, "ru": ru, "en": en}, args.plural, args.kind)


if __name__ == "__main__":
    main()
