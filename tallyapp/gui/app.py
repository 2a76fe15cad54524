"""Starting the desktop app: fonts, the database (created on first launch), the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from tallyapp import __version__
from tallyapp.domain.errors import TallyError
from tallyapp.gui.i18n import chosen_language, install_language
from tallyapp.resources import resource_path
from tallyapp.services.demo import build_demo
from tallyapp.services.setup import app_database, init_database, migrate


def tr(text: str) -> str:
    return QCoreApplication.translate("tallyapp", text)


def load_fonts(app: QApplication) -> None:
    """The bundled DejaVu Sans carries every Kazakh letter (ә ғ қ ң ө ұ ү һ і)."""
    families = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)


def run(url: str | None = None, lang: str | None = None) -> int:
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.gui.tasks import run_task

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("tallyapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tallyapp")
    load_fonts(app)
    lang = install_language(app, lang or chosen_language())
    try:
        database = app_database(url)
    except TallyError as refusal:  # another app holds it, or its journal is left without it
        from tallyapp.messages import say

        QMessageBox.critical(None, tr("tallyapp"), say(refusal, lang))
        return 2
    url, engine = database.url, database.engine
    holder: dict[str, MainWindow] = {}

    def show_window(_result: object = None) -> None:
        from tallyapp.gui.login_dialog import LoginDialog
        from tallyapp.services.sessions import actor_of

        migrate(engine)
        login = LoginDialog(engine, lang)
        if not login.exec() or login.session is None:
            QTimer.singleShot(0, app.quit)  # works before and after the event loop starts
            return
        window = MainWindow(engine, actor_of(login.session), lang)
        holder["window"] = window
        window.show()

    def failed(message: str) -> None:
        QMessageBox.critical(None, tr("tallyapp"), message)
        app.exit(2)

    if database.initialised:
        show_window()
    else:
        # First start: the election, and the CEC's register and members if there are files;
        # the demo only on request (never by default: it would mislead in a real database).
        from tallyapp.gui.setup_dialog import ElectionSetupDialog

        setup = ElectionSetupDialog(url, lang=lang)
        if not setup.exec() or setup.created is None:
            return 0
        if setup.wants_demo():
            run_task(
                None,
                tr("Loading the national demo"),
                lambda progress: build_demo(url, progress=progress),
                show_window,
                failed,
            )
        else:
            show_window()
    return app.exec()


def smoke_test() -> int:
    """What a built app must manage: fonts, translations, a database, the main window, a
    protocol keyed and checked. Prints what it did; exit code 0 when all of it worked."""
    import tempfile

    from tallyapp.domain.election import BallotKind
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import open_engine

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    load_fonts(app)
    lang = install_language(app, "kk")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/smoke.sqlite3"
        init_database(url)
        engine = open_engine(url)
        from tallyapp.domain.authority import WorkSession
        from tallyapp.services.sessions import actor_of, roster_of

        chair = roster_of(engine, "PEC-101").chair  # the precinct's chair keys its protocol
        assert chair is not None
        window = MainWindow(engine, actor_of(WorkSession("PEC-101", chair, "smoke-test")), lang)
        window.show()
        window.open_precinct("101")
        editor = window.editors[BallotKind.PARTY_LIST]
        assert editor.model is not None
        for row, value in enumerate(
            [1500, 1500, 900, 20, 600, 900, 10, 500, 100, 80, 60, 20, 70, 40, 20]
        ):
            editor.model.setData(editor.model.index(row, 2), str(value))
        app.processEvents()
        ok = editor.report is not None and editor.report.hard_relations_hold
        menus = [a.text() for a in window.menuBar().actions()]
        print(
            f"tallyapp {__version__}: language {lang}, menus {menus}, "
            f"protocol checks {'hold' if ok else 'FAIL'}"
        )
        window.close()
        engine.dispose()
    return 0 if ok and lang == "kk" else 1
