"""gettext .po files read and written: the sentences a translator edits with Poedit, Weblate
or Qt Linguist's cousins, keyed by message id, with the language's own plural rule."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

# A key: (context, message id). Error codes have no context; other words name theirs
# ("state", "place", "label", ...).
Key = tuple[str | None, str]

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_ESCAPE = re.compile(r"\\(.)")
_PLURAL = re.compile(r"plural\s*=\s*(.+?);?\s*$")
_FORM = re.compile(r"msgstr\[(\d+)\]")


@dataclass(frozen=True)
class Entry:
    """One message: its id, the parameter choosing the plural form ("{count}") if it has
    forms, and its translations (one, or one per plural form; '' when not translated)."""

    context: str | None
    msgid: str
    plural: str | None
    forms: tuple[str, ...]
    fuzzy: bool = False
    comments: tuple[str, ...] = ()

    @property
    def translated(self) -> bool:
        return not self.fuzzy and bool(self.forms) and all(self.forms)


@dataclass
class Catalogue:
    """The entries of one .po file and its plural rule."""

    headers: dict[str, str]
    entries: dict[Key, Entry] = field(default_factory=dict)

    def plural_index(self, n: int) -> int:
        return _plural_rule(self.headers.get("Plural-Forms", ""))(n)


def _plural_rule(header: str) -> Callable[[int], int]:
    found = _PLURAL.search(header)
    if found is None:
        return lambda n: int(n != 1)
    try:
        return gettext.c2py(found.group(1))
    except (ValueError, SyntaxError):
        return lambda n: int(n != 1)


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text[:40]}")
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def read_po(path: Path) -> Catalogue:
    """A .po file's entries (obsolete `#~` entries are skipped). Raises ValueError on a
    line it cannot read, naming the line."""
    catalogue = Catalogue(headers={})
    fields: dict[str, str] = {}
    flags: set[str] = set()
    comments: list[str] = []
    current: str | None = None

    def finish() -> None:
        nonlocal current
        if "msgid" in fields:
            forms = sorted((int(k[7:-1]), v) for k, v in fields.items() if k.startswith("msgstr["))
            entry = Entry(
                context=fields.get("msgctxt"),
                msgid=fields["msgid"],
                plural=fields.get("msgid_plural"),
                forms=tuple(v for _, v in forms) if forms else (fields.get("msgstr", ""),),
                fuzzy="fuzzy" in flags,
                comments=tuple(comments),
            )
            if entry.msgid == "" and entry.context is None:
                for line in entry.forms[0].splitlines():
                    name, _, value = line.partition(":")
                    if name.strip():
                        catalogue.headers[name.strip()] = value.strip()
            else:
                catalogue.entries[(entry.context, entry.msgid)] = entry
        fields.clear()
        flags.clear()
        comments.clear()
        current = None

    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        try:
            if not line:
                finish()
            elif line.startswith("#~"):
                continue
            elif line.startswith("#,"):
                if "msgid" in fields:
                    finish()
                flags.update(f.strip() for f in line[2:].split(","))
            elif line.startswith("#"):
                if "msgid" in fields:
                    finish()
                comments.append(line)
            elif line.startswith('"'):
                if current is None:
                    raise ValueError("a continued string outside an entry")
                fields[current] += _unquote(line)
            else:
                keyword, _, rest = line.partition(" ")
                if keyword == "msgctxt" and "msgid" in fields:
                    finish()
                if keyword == "msgid" and "msgid" in fields:
                    finish()
                if keyword not in ("msgctxt", "msgid", "msgid_plural", "msgstr") and not (
                    _FORM.fullmatch(keyword)
                ):
                    raise ValueError(f"unknown keyword {keyword}")
                fields[keyword] = _unquote(rest)
                current = keyword
        except ValueError as exc:
            raise ValueError(f"{path.name}, line {number}: {exc}") from None
    finish()
    return catalogue


def _lines(keyword: str, text: str) -> list[str]:
    """A field, wrapped at its newlines as msgmerge would."""
    if "\n" not in text.rstrip("\n"):
        return [f"{keyword} {_quote(text)}"]
    parts = text.splitlines(keepends=True)
    return [f'{keyword} ""', *(_quote(p) for p in parts)]


def write_po(path: Path, headers: dict[str, str], entries: Iterable[Entry]) -> None:
    """Write a .po file: the header entry, then each entry in the order given."""
    out = ['msgid ""', 'msgstr ""', *(_quote(f"{k}: {v}\n") for k, v in headers.items()), ""]
    for entry in entries:
        out += list(entry.comments)
        if entry.fuzzy:
            out.append("#, fuzzy")
        if entry.context is not None:
            out.append(f"msgctxt {_quote(entry.context)}")
        out += _lines("msgid", entry.msgid)
        if entry.plural is not None:
            out += _lines("msgid_plural", entry.plural)
            for i, form in enumerate(entry.forms):
                out += _lines(f"msgstr[{i}]", form)
        else:
            out += _lines("msgstr", entry.forms[0] if entry.forms else "")
        out.append("")
    path.write_text("\n".join(out), "utf-8")
