"""The words of the printed forms in the form's language (kk+ru: both, Kazakh first), from the
gettext files `resources/i18n/forms-<lang>.po` (keyed by the word's id; see
`tallyapp.translations`). Kazakh and Russian wording has not been reviewed by a native speaker
yet.
"""

from __future__ import annotations

from tallyapp import translations
from tallyapp.domain.election import Names
from tallyapp.domain.tabulation import LineWords

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


def names(key: str) -> Names:
    """A printed word as a name in the three languages, for the domain to place."""
    return Names(*words(key))


def named(key: str, **values: object) -> Names:
    """A name made from a printed word with {placeholders}, in the three languages; a value
    that is a `Names` is put in each language as that language says it."""

    def filled(lang: str) -> str:
        given = {k: v.get(lang) if isinstance(v, Names) else v for k, v in values.items()}
        return _word(key, lang).format(**given)

    return Names(filled("kk"), filled("ru"), filled("en"))


def line_words() -> LineWords:
    """The words of the lines a form adds to the election definition's."""
    return LineWords(names("against_all"), names("self_nominated"))


def precinct_title(number: str, name_kk: str, name_ru: str, lang: str) -> str:
    """ "Polling station No. 101" in the reader's language, with the register's name if any
    (the Russian name in Russian, else the name as given)."""
    name = (name_ru or name_kk) if lang == "ru" else (name_kk or name_ru)
    title = text("polling_station", lang).format(number=number)
    return f"{title}: {name}" if name and name != title else title
