"""`tallyapp rla window`: the audit's screens on their own, after a CEC member logs in."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tallyapp import __version__
from tallyapp.gui.app import load_fonts
from tallyapp.gui.i18n import chosen_language, install_language
from tallyapp.services.setup import app_database, migrate


def run_audit(url: str | None, out_folder: Path, lang: str | None = None) -> int:
    from tallyapp.gui.login_dialog import LoginDialog
    from tallyapp.gui.rla_window import RlaWindow
    from tallyapp.services.sessions import actor_of

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("tallyapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tallyapp")
    load_fonts(app)
    lang = install_language(app, lang or chosen_language())
    database = app_database(url)
    migrate(database.engine)
    login = LoginDialog(database.engine, lang)
    if not login.exec() or login.session is None:
        return 1
    window = RlaWindow(database.engine, actor_of(login.session), out_folder)
    window.resize(1366, 768)
    window.show()
    return app.exec()
