"""Starting the desktop app: fonts, the language, then the way in (gui/start.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from tallyapp import __version__
from tallyapp.gui.i18n import chosen_language, install_language
from tallyapp.resources import resource_path


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
    """The first window (the sign-in, or the setup at first start) is drawn before the
    database layer is imported; see gui/start.py."""
    from tallyapp.gui.start import Start
    from tallyapp.gui.tasks import favour_the_gui_thread

    favour_the_gui_thread()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("tallyapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tallyapp")
    load_fonts(app)
    lang = install_language(app, lang or chosen_language())
    start = Start(url, lang)
    # One quit however often the start gives up (a refusal said, then its dialog closed): a
    # second quit arriving after `exec` returned would end every event loop the process runs
    # later at once (Qt then returns from each at its start).
    quitting = QTimer(app)
    quitting.setSingleShot(True)
    quitting.setInterval(0)
    quitting.timeout.connect(app.quit)
    start.gave_up.connect(quitting.start)
    start.begin()
    code = app.exec()
    start.gave_up.disconnect(quitting.start)
    quitting.stop()
    quitting.deleteLater()
    # The last window closing posts a Quit of its own; left queued, it would do the same.
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    if start.window is not None:
        start.window.close()
    return code


def smoke_test() -> int:
    """What a built app must manage: fonts, translations, a database, the main window, a
    protocol keyed and checked. Prints what it did; exit code 0 when all of it worked."""
    import tempfile

    from tallyapp.domain.election import BallotKind
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import init_database, open_engine

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
