"""Words and numbers of the command line's printed results in the reader's language: the
words come from the messages files (context "label"), the numbers are written here."""

from __future__ import annotations

from tallyapp.messages.files import plural_parameter, text


def label(key: str, lang: str, **params: object) -> str:
    """A printed word or line of the command line (context "label" in the messages files)."""
    counter = plural_parameter("label", key)
    count = params.get(counter) if counter else None
    words = text("label", key, lang, count if isinstance(count, int) else None)
    if words is None:
        raise KeyError(f"no words for the label {key}")
    return words.format(**params)


def number(value: int, lang: str) -> str:
    """Thousands grouped as the language writes them: 1,234,567 or 1 234 567."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def decimal(value: float, lang: str, places: int = 2) -> str:
    """A decimal as the language writes it: 8.59 in English, 8,59 in Kazakh and Russian."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def progress_text(step: str, lang: str) -> str:
    """A step of long work in the reader's language (file names and codes are shown as
    they are)."""
    return text("label", step, lang) or step
