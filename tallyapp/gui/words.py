"""Errors in the reader's language: the desktop app's side of `tallyapp.messages`."""

from __future__ import annotations

from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import current_language
from tallyapp.messages import say, say_all


def error_text(error: BaseException, lang: str | None = None) -> str:
    """One sentence for any error that reaches a person."""
    if isinstance(error, TallyError):
        return say(error, lang or current_language())
    return str(error)


def error_lines(error: BaseException, lang: str | None = None) -> list[str]:
    """Each reason as its own line, for a list in a dialog."""
    if isinstance(error, TallyError):
        return say_all(error, lang or current_language())
    return [str(error)]
