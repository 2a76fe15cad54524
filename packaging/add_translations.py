"""Add interface strings to the three Qt Linguist files (or change their translations) and
recompile them.

    python packaging/add_translations.py CONTEXT "source" "kk" "ru" ["en"]
    python packaging/add_translations.py --numerus CONTEXT "%n lines" "kk|kk" "ru|ru|ru" "en|en"
    python packaging/add_translations.py --remove CONTEXT "source"

--numerus adds a string with a count (`self.tr("... %n ...", "", n)` in the code): each
language gives its plural forms separated by "|" (Kazakh and English: one, other; Russian:
one, few, many). --remove drops a string the code no longer has from every file.
Kazakh and Russian entries are marked for review by a native speaker, as the others are.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
NOTE = "<translatorcomment>Needs review by a native speaker.</translatorcomment>"


def add(context: str, source: str, words: dict[str, str], numerus: bool = False) -> None:
    for lang, text in words.items():
        path = I18N / f"tallyapp_{lang}.ts"
        ts = path.read_text("utf-8")
        entry = f"<source>{escape(source)}</source>"
        head = f"<name>{context}</name>"
        if head not in ts:
            ts = ts.replace("</TS>", f"<context>\n    {head}\n</context>\n</TS>")
        start = ts.index(head)
        end = ts.index("</context>", start)
        at = ts.find(entry, start, end)
        body = (
            "".join(f"<numerusform>{escape(f)}</numerusform>" for f in text.split("|"))
            if numerus
            else escape(text)
        )
        if at >= 0:  # known already: its translation is replaced
            opening = ts.index("<translation", at)
            text_start = ts.index(">", opening) + 1
            text_end = ts.index("</translation>", text_start)
            ts = ts[:text_start] + body + ts[text_end:]
            path.write_text(ts, "utf-8")
            continue
        kind = "" if lang == "en" else ' type="unfinished"'
        note = "" if lang == "en" else NOTE
        opening = '<message numerus="yes">' if numerus else "<message>"
        message = (
            f"    {opening}\n        {entry}\n        {note}<translation{kind}>{body}"
            "</translation>\n    </message>\n"
        )
        ts = ts[:end] + message + ts[end:]
        path.write_text(ts, "utf-8")


def remove(context: str, source: str) -> None:
    for lang in ("kk", "ru", "en"):
        path = I18N / f"tallyapp_{lang}.ts"
        ts = path.read_text("utf-8")
        start = ts.index(f"<name>{context}</name>")
        end = ts.index("</context>", start)
        at = ts.find(f"<source>{escape(source)}</source>", start, end)
        if at < 0:
            continue
        begin = ts.rindex("    <message", start, at)
        finish = ts.index("</message>\n", at) + len("</message>\n")
        path.write_text(ts[:begin] + ts[finish:], "utf-8")


def compile_all() -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("kk", "ru", "en"):
        ts = I18N / f"tallyapp_{lang}.ts"
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--remove"]:
        remove(arguments[1], arguments[2])
    else:
        numerus = arguments[:1] == ["--numerus"]
        context, source, kk, ru, *rest = arguments[1:] if numerus else arguments
        add(context, source, {"kk": kk, "ru": ru, "en": rest[0] if rest else source}, numerus)
    compile_all()
