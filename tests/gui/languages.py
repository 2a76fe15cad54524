"""Running a GUI test in Kazakh or Russian, and back to English whatever happens."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLocale

from tallyapp.gui.i18n import install_language


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        install_language(app, lang)
        yield
    finally:
        install_language(app, "en")
        QLocale.setDefault(QLocale("en_GB"))
