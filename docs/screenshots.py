"""Renders the screenshots the README and docs show, from the real app signed in as a member.

    python docs/screenshots.py [--sizes 1366x768,1024x768] [--langs kk,ru,en] [--out DIR]

Every screen (main window, a failing protocol, finalising, a finalised protocol, double
entry, print preview, history, import, results) in each language at each screen size, as
DIR/<screen>-<lang>-<width>x<height>.png (DIR: a temporary folder unless given). Each size
runs in its own process on an offscreen screen of exactly that size, so windows open as they
would on that laptop. Then the docs' own images are copied from the English 1366x768 set,
the Kazakh and Russian 1366x768 set is kept in docs/screens/, and the printed forms are
rendered page by page (docs/form-*.png). Databases are built in a temporary folder: the
national demo (`tallyapp demo`) and a fresh 2023 election for keying.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

# The docs' images: which screen of the English 1366x768 set each one is.
DOC_IMAGES = {
    "main-window-demo.png": "main",
    "protocol-failing.png": "failing",
    "protocol-finalised.png": "finalised",
    "import-dialog.png": "import",
    "results-national.png": "results",
    "results-anomalies.png": "anomalies",
}
GOOD = [1500, 1500, 900, 20, 600, 900, 10, 500, 100, 80, 60, 20, 70, 40, 20]
SECOND_PIN = "482913"


# --- the parent: databases, one process per screen size, the docs' images ----------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1366x768,1024x768")
    parser.add_argument("--langs", default="kk,ru,en")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--no-forms", action="store_true", help="skip the printed forms")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # WxH: one screen size
    parser.add_argument("--work", type=Path, help="the databases' folder (kept for another run)")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.langs.split(","), args.out, args.work)
        return
    out = args.out or Path(tempfile.mkdtemp(prefix="tallyapp-screens-"))
    out.mkdir(parents=True, exist_ok=True)
    work = args.work or Path(tempfile.mkdtemp(prefix="tallyapp-docs-"))
    if not (work / "authority.txt").exists():  # a folder of an earlier run is used again
        work.mkdir(parents=True, exist_ok=True)
        prepare(work)
    for size in args.sizes.split(","):
        width, height = (int(v) for v in size.split("x"))
        config = work / f"screen-{size}.json"
        config.write_text(
            json.dumps(
                {
                    "screens": [
                        {
                            "name": "laptop",
                            "x": 0,
                            "y": 0,
                            "width": width,
                            "height": height,
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                            "dpr": 1,
                        }
                    ]
                }
            )
        )
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "PYTHONPATH": str(ROOT),
            # Keys and settings of the run's own, never the user's.
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CONFIG_HOME": str(work / "config"),
        }
        command = [sys.executable, __file__, "--child", size, "--langs", args.langs]
        subprocess.run([*command, "--out", str(out), "--work", str(work)], env=env, check=True)
    if "1366x768" in args.sizes:
        for name, screen in DOC_IMAGES.items():
            shot = out / f"{screen}-en-1366x768.png"
            if shot.exists():
                shutil.copyfile(shot, DOCS / name)
        kept = DOCS / "screens"
        kept.mkdir(exist_ok=True)
        for shot in sorted(out.glob("*-1366x768.png")):
            if "-kk-" in shot.name or "-ru-" in shot.name:
                shutil.copyfile(shot, kept / shot.name)
    if not args.no_forms:
        pdf_renders(work)
    print(f"screens in {out}")


def prepare(work: Path) -> None:
    """The national demo and a fresh election, once; each language keys on a copy."""
    from tallyapp.services.demo import build_demo
    from tallyapp.services.setup import init_database

    os.environ["XDG_DATA_HOME"] = str(work / "data")
    init_database(f"sqlite:///{work / 'demo.sqlite3'}")
    build_demo(f"sqlite:///{work / 'demo.sqlite3'}")
    init_database(f"sqlite:///{work / 'fresh.sqlite3'}")
    packages(work)


def packages(work: Path) -> None:
    """What a CEC's import finds on a stick: two territorial commissions' signed packages,
    one of them sent again with a figure changed (a conflict), and a cut-off file."""
    from tallyapp.domain.protocol import fingerprint
    from tallyapp.reports.detached import RecordSigner
    from tallyapp.reports.signing import protocol_from_attachment
    from tallyapp.services.exchange import export_package
    from tallyapp.services.keys import make_keys, personal_key_path
    from tallyapp.services.sessions import roster_of
    from tallyapp.services.setup import open_engine

    engine = open_engine(f"sqlite:///{work / 'demo.sqlite3'}")
    keys = make_keys(engine, work / "keys", b"docs", only=["ABAI-01", "ABAI-02"])

    def chair_signer(code: str) -> RecordSigner:
        chair = roster_of(engine, code).chair  # the territorial chair signs its package
        assert chair is not None
        return RecordSigner.from_pkcs12(personal_key_path(keys.folder, code, chair.iin), b"docs")

    inbox = work / "usb"
    for code in ("ABAI-01", "ABAI-02"):
        export_package(engine, code, chair_signer(code), inbox / f"{code}.json")
    data = json.loads((inbox / "ABAI-02.json").read_text("utf-8"))
    record = next(r for r in data["protocols"] if r["ballot"] == "party-list")
    record["votes"]["AMANAT"] += 7
    record["fields"]["ballots_in_boxes"] += 7
    record["fields"]["ballots_issued"] += 7
    record["fields"]["ballots_cancelled"] -= 7
    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    data["protocols"], data["summaries"] = [record], []
    (inbox / "ABAI-02-resent.json").write_text(
        json.dumps(chair_signer("ABAI-02").sign_package(data)), encoding="utf-8"
    )
    (inbox / "ABAI-03.json").write_bytes((inbox / "ABAI-01.json").read_bytes()[:4000])
    (work / "authority.txt").write_text(str(keys.authority), encoding="utf-8")
    engine.dispose()


def pdf_renders(work: Path) -> None:
    """Every page of the printed forms at 80 dpi: a blue protocol in kk+ru, a green one in
    Russian, a summary protocol in Kazakh and the final results in Russian, from the demo."""
    import pypdfium2 as pdfium

    from tallyapp.domain.election import BallotKind
    from tallyapp.services.pdf_export import export_protocol, export_results, export_summary
    from tallyapp.services.setup import open_engine

    engine = open_engine(f"sqlite:///{work / 'demo.sqlite3'}")
    for old in DOCS.glob("form-*.png"):
        old.unlink()

    def save_pages(pdf: bytes, name: str) -> None:
        document = pdfium.PdfDocument(pdf)
        for i, page in enumerate(document, 1):
            page.render(scale=80 / 72).to_pil().save(DOCS / f"form-{name}-page{i}.png")
        document.close()

    blue = export_protocol(engine, "4312", BallotKind.PARTY_LIST, "kk+ru").data
    save_pages(blue, "protocol-blue-kk+ru")
    green = export_protocol(engine, "4312", BallotKind.CONSTITUENCY, "ru").data
    save_pages(green, "protocol-green-ru")
    save_pages(export_summary(engine, "ABAI", BallotKind.PARTY_LIST, "kk"), "summary-abai-kk")
    save_pages(export_results(engine, "ru"), "results-ru")
    engine.dispose()


# --- a child: one screen size, every language -----------------------------------------------


def child(size: str, langs: list[str], out: Path, work: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from tallyapp.gui.app import load_fonts
    from tallyapp.gui.i18n import install_language

    app = QApplication([])
    load_fonts(app)
    for lang in langs:
        install_language(app, lang)
        folder = Path(tempfile.mkdtemp(prefix=f"tallyapp-{lang}-", dir=work))
        shoot = Shooter(out, lang, size)
        demo_screens(shoot, work, folder, lang)
        keying_screens(shoot, work, folder, lang)
        import_screen(shoot, work, folder, lang)
    install_language(app, "en")


class Shooter:
    """Saves a widget as <screen>-<lang>-<size>.png once the app has settled."""

    def __init__(self, out: Path, lang: str, size: str) -> None:
        self.out, self.lang, self.size = out, lang, size

    def __call__(self, widget: object, screen: str) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(300)  # the last layout pass and paint
        path = self.out / f"{screen}-{self.lang}-{self.size}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print("written:", path.name)


def wait(condition: Callable[[], object], seconds: float = 60) -> None:
    from PySide6.QtTest import QTest

    for _ in range(int(seconds * 20)):
        if condition():
            return
        QTest.qWait(50)
    raise RuntimeError("the app did not get there in time")


def session_of(engine: object, commission: str, role: str = "chair") -> object:
    from tallyapp.domain.authority import WorkSession
    from tallyapp.services.sessions import actor_of, roster_of

    member = next(m for m in roster_of(engine, commission).members if m.role.value == role)  # type: ignore[arg-type]
    return actor_of(WorkSession(commission, member, f"{commission}-laptop"))


def on_next_modal(callback: Callable[[object], None]) -> None:
    """Run `callback` on the next modal dialog once it is shown (a dialog's exec blocks)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, attempt)
        else:
            QTimer.singleShot(400, lambda: callback(dialog))

    QTimer.singleShot(0, attempt)


def copy_of(work: Path, folder: Path, name: str) -> str:
    target = folder / name
    shutil.copyfile(work / name, target)
    return f"sqlite:///{target}"


def open_window(url: str, commission: str, lang: str, role: str = "chair") -> object:
    from tallyapp.gui.main_window import MainWindow
    from tallyapp.services.setup import open_engine

    engine = open_engine(url)
    window = MainWindow(engine, session_of(engine, commission, role), lang)  # type: ignore[arg-type]
    window.show()
    window.activateWindow()
    # The completeness line says "being computed…" until its counts are in.
    wait(lambda: window.completeness.text() and "…" not in window.completeness.text())
    return window


def type_figures(figures: list[int]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for figure in figures:
        widget = QApplication.focusWidget()
        widget.selectAll()  # type: ignore[union-attr]
        QTest.keyClicks(widget, str(figure))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def key(window: object, sequence: str) -> None:
    """A shortcut pressed in the main window."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()  # type: ignore[attr-defined]
    QTest.keySequence(QApplication.focusWidget() or window, QKeySequence(sequence))


def demo_screens(shoot: Shooter, work: Path, folder: Path, lang: str) -> None:
    """The national demo: a precinct chair's main window, and the CEC's results."""
    from tallyapp.gui.results_view import ResultsView

    window = open_window(copy_of(work, folder, "demo.sqlite3"), "PEC-4312", lang)
    window.open_precinct("4312")  # type: ignore[attr-defined]
    wait(lambda: window.editor().sheet is not None)  # type: ignore[attr-defined]
    shoot(window, "main")
    view = ResultsView(window.engine, "CEC", lang)  # type: ignore[attr-defined]
    view.show()
    wait(lambda: view.data is not None)
    shoot(view, "results")
    view.tabs.setCurrentIndex(view.anomaly_index)  # the findings are computed on opening
    wait(lambda: view.anomaly_report is not None, 300)
    shoot(view, "anomalies")
    view.close()
    window.close()  # type: ignore[attr-defined]


def keying_screens(shoot: Shooter, work: Path, folder: Path, lang: str) -> None:
    """A fresh election, precinct 101's chair at the keyboard: a failing protocol, the
    finalise dialog, the finalised protocol, its print preview and history; then double
    entry on precinct 102's protocol, the secretary keying the second entry."""
    from PySide6.QtWidgets import QApplication

    from tallyapp.services.sessions import roster_of, set_pin

    url = copy_of(work, folder, "fresh.sqlite3")
    window = open_window(url, "PEC-101", lang)
    window.open_precinct("101")  # type: ignore[attr-defined]
    wait(lambda: window.editor().sheet is not None)  # type: ignore[attr-defined]
    window.editor().focus_figures()  # type: ignore[attr-defined]
    failing = list(GOOD)
    failing[1] = 1510  # ballots received keyed as 1510: relation C2 fails by 10
    type_figures(failing)
    shoot(window, "failing")
    window.editor().focus_figures()  # type: ignore[attr-defined]
    type_figures(GOOD)

    def finalise_dialog(dialog: object) -> None:
        shoot(dialog, "finalise")
        dialog.accept()  # type: ignore[attr-defined]

    on_next_modal(finalise_dialog)
    key(window, "Ctrl+Return")
    wait(lambda: window.editor().sheet.stored is not None)  # type: ignore[attr-defined]
    shoot(window, "finalised")
    preview = window.editor().preview()  # type: ignore[attr-defined]
    if preview is not None:
        shoot(preview, "preview")
        preview.reject()

    def history(dialog: object) -> None:
        shoot(dialog, "history")
        dialog.reject()  # type: ignore[attr-defined]

    on_next_modal(history)
    window.editor().show_history()  # type: ignore[attr-defined]
    # Double entry: the chair keys precinct 102 first, the secretary again, blind.
    engine = window.engine  # type: ignore[attr-defined]
    secretary = next(m for m in roster_of(engine, "PEC-102").members if m.role.value == "secretary")
    cec = session_of(engine, "CEC").session  # type: ignore[attr-defined]
    window.database.wait_for(lambda: set_pin(engine, cec, "PEC-102", secretary.iin, SECOND_PIN))  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    window = open_window(url, "PEC-102", lang)
    window.open_precinct("102")  # type: ignore[attr-defined]
    wait(lambda: window.editor().sheet is not None)  # type: ignore[attr-defined]
    window.double_action.trigger()  # type: ignore[attr-defined]
    editor = window.editor()  # type: ignore[attr-defined]
    editor.focus_figures()
    type_figures(GOOD)

    def second_keyer(dialog: object) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        dialog.member.setCurrentIndex(dialog.member.findData(secretary.iin))  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.pin, SECOND_PIN)  # type: ignore[attr-defined]
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    on_next_modal(second_keyer)
    editor.second_button.click()
    wait(lambda: editor.second_keyer is not None)
    window.activateWindow()  # type: ignore[attr-defined]
    wait(lambda: QApplication.focusWidget() is not None)
    editor.focus_figures()
    second = list(GOOD)
    second[7] = 590  # Amanat keyed differently the second time
    type_figures(second)
    shoot(window, "second-entry")
    editor.second_button.click()  # the two entries side by side
    shoot(window, "compare")
    window.close()  # type: ignore[attr-defined]


def import_screen(shoot: Shooter, work: Path, folder: Path, lang: str) -> None:
    """The CEC's secretary imports the stick's files: accepted, a conflict, a refusal."""
    window = open_window(copy_of(work, folder, "fresh.sqlite3"), "CEC", lang, "secretary")
    dialog = window.open_import()  # type: ignore[attr-defined]
    dialog.trust = Path((work / "authority.txt").read_text("utf-8"))
    dialog._show_trust()
    dialog.add_paths([work / "usb"])
    wait(lambda: dialog.import_button.isEnabled())
    dialog.import_button.click()
    wait(lambda: dialog.results.rowCount() >= 4, 300)
    shoot(dialog, "import")
    dialog.close()
    window.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
