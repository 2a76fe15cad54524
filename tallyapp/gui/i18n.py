"""The interface language: Kazakh, Russian, English or any language whose Qt Linguist file
(tallyapp_<lang>.ts or .qm) is found in resources/i18n or a folder named by $TALLYAPP_I18N;
chosen in the settings (QSettings), following the system locale by default."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tallyapp.messages.files import folders

# The names of the shipped languages as their speakers write them; another language is named
# by Qt's locale data.
NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
SETTING = "interface/language"
PREFIX = "tallyapp_"


def available_languages() -> dict[str, str]:
    """Every interface language with its own name: English, then each language that has a
    translation file in the translation folders."""
    found = {
        p.stem[len(PREFIX) :]
        for folder in folders()
        if folder.is_dir()
        for p in (*folder.glob(f"{PREFIX}*.ts"), *folder.glob(f"{PREFIX}*.qm"))
    }
    codes = ["en", *sorted(found - {"en"})]
    return {code: NAMES.get(code) or _native_name(code) for code in codes}


def _native_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def settings() -> QSettings:
    return QSettings("tallyapp", "tallyapp")


def chosen_language() -> str:
    """The language set by the user, else the system's if we have it, else English."""
    value = settings().value(SETTING, "")
    offered = available_languages()
    if isinstance(value, str) and value in offered:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in offered else "en"


def remember_language(lang: str) -> None:
    """'' follows the system again."""
    settings().setValue(SETTING, lang if lang in available_languages() else "")


def qt_tool(name: str) -> Path | None:
    """lrelease and lupdate ship inside the PySide6 package."""
    folder = Path(next(iter(PySide6.__path__)))
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def compiled_translation(lang: str) -> Path | None:
    """The .qm file of a language: shipped next to the .ts (an installed build), or compiled
    here once from the .ts (a source checkout). The first translation folder holding either wins."""
    where = next(
        (
            f
            for f in folders()
            if (f / f"{PREFIX}{lang}.ts").exists() or (f / f"{PREFIX}{lang}.qm").exists()
        ),
        None,
    )
    if where is None:
        return None
    source = where / f"{PREFIX}{lang}.ts"
    shipped = source.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a packaged app: compiled at build time
    if shipped.exists() and (
        frozen or not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    cache = Path(user_cache_dir("tallyapp", appauthor=False)) / "i18n"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = qt_tool("lrelease")
    if tool is None:
        return shipped if shipped.exists() else None
    # Compiled beside it under a name of this process's own, then put in its place at once:
    # another app starting meanwhile (or a second test worker) finds the old file whole or
    # the new one whole, never one half written, which it could not load (the plural forms
    # went missing).
    partial = target.with_name(f"{target.stem}.{os.getpid()}.{threading.get_ident()}.part")
    import subprocess  # only when a translation changed: not on the way to the first window

    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        print(f"tallyapp: cannot compile {source.name}: {result.stderr.strip()}", file=sys.stderr)
        return None
    os.replace(partial, target)
    return target


_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language the interface is shown in (kk, ru or en)."""
    return _current[0]


def install_language(app: QCoreApplication, lang: str) -> str:
    """Translate the interface and format numbers and dates for `lang`; returns the language
    in effect (English when no translation can be loaded)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(lang, lang)))
    _current[0] = "en"
    # English has a file too, installed first: the plural forms of strings with a count, and
    # what a new language has not translated yet falls back to it rather than to the source.
    for each in dict.fromkeys(("en", lang)):
        qm = compiled_translation(each)
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            if each != "en":
                return install_language(app, "en")
            continue  # the sources are English: only their plural forms are missed
        app.installTranslator(translator)
        _installed.append(translator)
    if lang == "en":
        return "en"
    # Qt's own words (Cancel, Close, Yes, No in standard buttons and dialogs), shipped with Qt.
    qt_words = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    _current[0] = lang
    return lang
