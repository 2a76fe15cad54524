"""The words of the printed forms in the form's language (kk+ru: both, Kazakh first), from the
gettext files `resources/i18n/forms-<lang>.po` (keyed by the word's id; see
`tallyapp.translations`). Kazakh and Russian wording has not been reviewed by a native speaker
yet.
"""

from __future__ import annotations

from tallyapp import translations

KIND = "forms"


def _word(key: str, lang: str) -> str:
    found = translations.text(KIND, None, key, lang)
    if found is None:
        raise KeyError(f"no printed words for {key!r} (resources/i18n/forms-en.po)")
    return found


def words(key: str) -> tuple[str, str, str]:
    """A printed word in Kazakh, Russian and English, as a page is read back whatever its
    language."""
    return _word(key, "kk"), _word(key, "ru"), _word(key, "en")


def text(key: str, lang: str) -> str:
    if lang == "kk+ru":
        kk, ru = _word(key, "kk"), _word(key, "ru")
        return kk if kk == ru else f"{kk} / {ru}"
    return _word(key, lang)
