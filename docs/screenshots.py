"""Renders the README screenshots from the real main window (offscreen).

Run: python docs/screenshots.py   (writes docs/*.png; builds temporary databases)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tallyapp.domain.actor import Actor
from tallyapp.gui.app import load_fonts
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.demo import build_demo
from tallyapp.services.entry import Member, Signing
from tallyapp.services.setup import init_database, open_engine

DOCS = Path(__file__).resolve().parent
ACTOR = Actor("Aigül Seitova", "PEC-101-laptop")


def settle(app: QApplication, window: MainWindow) -> None:
    while "expected" not in window.completeness.text():
        QTest.qWait(50)
    QTest.qWait(200)


def type_figures(figures: list[int]) -> None:
    for figure in figures:
        widget = QApplication.focusWidget()
        QTest.keyClicks(widget, str(figure))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def main() -> None:
    app = QApplication([])
    load_fonts(app)
    folder = Path(tempfile.mkdtemp(prefix="tallyapp-docs-"))

    demo = f"sqlite:///{folder / 'demo.sqlite3'}"
    build_demo(demo)
    window = MainWindow(open_engine(demo), ACTOR)
    window.show()
    window.open_precinct("4312")
    settle(app, window)
    window.grab().save(str(DOCS / "main-window-demo.png"))
    window.close()

    fresh = f"sqlite:///{folder / 'fresh.sqlite3'}"
    init_database(fresh)
    engine = open_engine(fresh)
    window = MainWindow(engine, ACTOR)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    settle(app, window)
    window.open_precinct("101")
    window.editor().focus_figures()
    # Ballots received keyed as 1510: relation C2 fails by 10.
    type_figures([1500, 1510, 900, 20, 600, 900, 10, 500, 100, 80, 60, 20, 70, 40, 20])
    settle(app, window)
    window.grab().save(str(DOCS / "protocol-failing.png"))

    editor = window.editor()
    assert editor.model is not None and editor.sheet is not None
    values = dict(editor.model.values)
    values["ballots_received"] = 1500
    members = [
        Member("Nurlan Omarov", "chair"),
        Member("Aigül Seitova", "secretary"),
        Member("Dana Bekova", "member"),
        Member("Marat Esenov", "member", False),
    ]
    window.service.set_members("101", members)
    editor.sheet = window.service.finalise(
        editor.sheet, values, Signing(members, "Nurlan Omarov", "Aigül Seitova")
    )
    editor._show_sheet()
    window.tree_model.set_status("101", "party-list", editor.status())
    window.refresh_completeness()
    QTest.qWait(300)
    settle(app, window)
    window.grab().save(str(DOCS / "protocol-finalised.png"))
    window.close()
    print("written:", ", ".join(p.name for p in sorted(DOCS.glob("*.png"))))


if __name__ == "__main__":
    main()


def pdf_renders() -> None:
    """Every page of the printed forms at 80 dpi, as a reader checks them: a blue protocol in
    kk+ru, a green one in Russian, a summary protocol in Kazakh and the final results in
    Russian, from the national demo (the commission's roster signs)."""
    import pypdfium2 as pdfium

    from tallyapp.domain.election import BallotKind
    from tallyapp.services.pdf_export import export_protocol, export_results, export_summary

    folder = Path(tempfile.mkdtemp(prefix="tallyapp-docs-"))
    url = f"sqlite:///{folder / 'pdf.sqlite3'}"
    build_demo(url)
    engine = open_engine(url)
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


if __name__ == "__main__" and os.environ.get("TALLYAPP_DOCS_PDF", "1") == "1":
    pdf_renders()


def import_render() -> None:
    """The import dialog after a folder with an accepted package, a conflict and a bad file."""
    import json as _json

    from tallyapp.domain.protocol import fingerprint
    from tallyapp.reports.detached import RecordSigner
    from tallyapp.reports.signing import protocol_from_attachment
    from tallyapp.services.exchange import export_package
    from tallyapp.services.keys import make_keys

    app = QApplication.instance() or QApplication([])
    load_fonts(app)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="tallyapp-docs-"))
    source = f"sqlite:///{folder / 'tec.sqlite3'}"
    build_demo(source)
    engine = open_engine(source)
    keys = make_keys(engine, folder / "keys", b"docs")
    inbox = folder / "usb"
    for code in ("ABAI-01", "ABAI-02"):
        signer = RecordSigner.from_pkcs12(keys.folder / "keys" / f"{code}.p12", b"docs")
        export_package(engine, code, signer, inbox / f"{code}.json")
    data = _json.loads((inbox / "ABAI-02.json").read_text("utf-8"))
    record = next(r for r in data["protocols"] if r["ballot"] == "party-list")
    record["votes"]["AMANAT"] += 7
    record["fields"]["ballots_in_boxes"] += 7
    record["fields"]["ballots_issued"] += 7
    record["fields"]["ballots_cancelled"] -= 7
    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    signer = RecordSigner.from_pkcs12(keys.folder / "keys" / "ABAI-02.p12", b"docs")
    data["protocols"], data["summaries"] = [record], []
    resent = signer.sign_package(data)
    (inbox / "ABAI-02-resent.json").write_text(_json.dumps(resent), encoding="utf-8")
    (inbox / "ABAI-03.json").write_bytes((inbox / "ABAI-01.json").read_bytes()[:4000])
    cec = f"sqlite:///{folder / 'cec.sqlite3'}"
    init_database(cec)
    window = MainWindow(open_engine(cec), ACTOR)
    window.show()
    dialog = window.open_import()
    dialog.trust = keys.authority
    dialog._show_trust()
    dialog.add_paths([inbox])
    dialog.import_button.click()
    while dialog.results.rowCount() < 4:
        QTest.qWait(100)
    QTest.qWait(200)
    dialog.grab().save(str(DOCS / "import-dialog.png"))
    view = dialog._show_conflicts(1)
    if view is not None:
        QTest.qWait(200)
        view.grab().save(str(DOCS / "import-conflict.png"))
    window.close()


def results_render() -> None:
    """The national results view on the demo: party list, seats, and the anomaly report."""
    from tallyapp.gui.results_view import ResultsView

    app = QApplication.instance() or QApplication([])
    load_fonts(app)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="tallyapp-docs-"))
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    build_demo(url)
    view = ResultsView(open_engine(url), "CEC")
    view.resize(1500, 820)
    view.show()
    while view.data is None:
        QTest.qWait(100)
    QTest.qWait(400)
    view.grab().save(str(DOCS / "results-national.png"))
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    view.findings.setCurrentRow(0)
    QTest.qWait(300)
    view.grab().save(str(DOCS / "results-anomalies.png"))
    view.close()
