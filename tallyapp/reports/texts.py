"""The words of the printed forms in the form's language (kk+ru: both, Kazakh first), from the
gettext files `resources/i18n/forms-<lang>.po` (keyed by the word's id; see
`tallyapp.translations`). Kazakh and Russian wording has not been reviewed by a native speaker
yet.
"""

from __future__ import annotations

from tallyapp import translations

KIND = "forms"


def _word(key: str, lang: str, context: str | None = None) -> str:
    found = translations.text(KIND, context, key, lang)
    if found is None:
        raise KeyError(f"no printed words for {key!r} (resources/i18n/forms-en.po)")
    return found


def languages() -> list[str]:
    """Every language the forms can be printed in (a forms-<lang>.po file each), English first."""
    return translations.languages(KIND)


def has(key: str, context: str | None = None) -> bool:
    """Whether the forms have words for `key` (a code without words is printed as it is)."""
    return translations.text(KIND, context, key, translations.FALLBACK) is not None


def words(key: str) -> tuple[str, str, str]:
    """A printed word in Kazakh, Russian and English, as a page is read back whatever its
    language."""
    return _word(key, "kk"), _word(key, "ru"), _word(key, "en")


def text(key: str, lang: str, context: str | None = None) -> str:
    """The word in `lang`; the audit's documents name their context ("audit-report",
    "recount-schedule"), the protocols' words have none."""
    if lang == "kk+ru":
        kk, ru = _word(key, "kk", context), _word(key, "ru", context)
        return kk if kk == ru else f"{kk} / {ru}"
    return _word(key, lang, context)
