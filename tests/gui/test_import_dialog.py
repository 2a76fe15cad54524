"""The import dialog: files in, progress, a result per file, conflicts side by side."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tallyapp.domain.election import BallotKind
from tallyapp.domain.protocol import fingerprint
from tallyapp.gui.import_dialog import ConflictView
from tallyapp.gui.main_window import MainWindow
from tallyapp.reports.detached import RecordSigner
from tallyapp.reports.signing import protocol_from_attachment
from tallyapp.services.entry import EntryService, Member, Signing
from tallyapp.services.exchange import export_package
from tallyapp.services.keys import make_keys
from tests.conftest import GOOD_FIELDS, GOOD_VOTES
from tests.sessions import chair_key, member_of


def test_import_with_a_conflict(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    engine = window.engine
    # A territorial commission's database: precinct 101 finalised and packaged.
    service = EntryService(engine, member_of(engine, "PEC-101"))
    values: dict[str, int | None] = {
        **GOOD_FIELDS,
        "against_all": 20,
        **{f"vote:{k}": v for k, v in GOOD_VOTES.items()},
    }
    service.finalise(
        service.open("101", BallotKind.PARTY_LIST),
        values,
        Signing([Member("Nurlan Omarov", "chair")], "Nurlan Omarov", "Nurlan Omarov"),
    )
    keys = make_keys(engine, tmp_path / "keys", b"pw", only=["ABAI-03"])
    signer = RecordSigner.from_pkcs12(chair_key(engine, keys.folder, "ABAI-03"), b"pw")
    package = tmp_path / "ABAI-03.json"
    export_package(engine, "ABAI-03", signer, package)
    # The same precinct, other figures, signed again: it will conflict with what is stored.
    data = json.loads(package.read_text("utf-8"))
    record = data["protocols"][0]
    record["votes"]["AMANAT"], record["votes"]["AUYL"] = 499, 101
    record["fingerprint"] = fingerprint(
        protocol_from_attachment(record), record["version"], record["kind"]
    )
    data["protocols"] = [signer.sign(record)]
    data["summaries"] = []
    (tmp_path / "other.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")

    dialog = window.open_import()
    qtbot.addWidget(dialog)
    dialog.trust = keys.authority
    dialog.add_paths([tmp_path / "other.json", tmp_path / "broken.json"])
    assert dialog.queue.count() == 2
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 2, timeout=20_000)
    assert dialog.results.item(0, 2).text() == "conflict", dialog.results.item(0, 5).text()
    assert dialog.results.item(1, 2).text() == "rejected"
    assert "not valid JSON" in dialog.results.item(1, 5).text()
    # The reason is read whole under the table (not only in a mouse tooltip) for the row
    # chosen by keyboard.
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    assert dialog.details.isVisible()
    assert dialog.results.item(1, 5).text() in dialog.details.toPlainText()
    assert "broken.json" in dialog.details.toPlainText()
    assert "1 with conflicts, 1 rejected" in dialog.summary.text()
    view = dialog._show_conflicts(0)
    assert isinstance(view, ConflictView)
    qtbot.addWidget(view)
    cells = [
        [view.table.item(r, c).text() if view.table.item(r, c) else "" for c in range(4)]
        for r in range(view.table.rowCount())
    ]
    assert ["    vote:AMANAT", "500", "499", "-1"] in cells
    assert ["    vote:AUYL", "100", "101", "+1"] in cells
