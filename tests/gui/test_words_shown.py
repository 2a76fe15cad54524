"""Words a commission member reads that came from outside our own sentences: Qt's file dialog,
and a figure not keyed yet in a double entry's tooltip. None of them English in Kazakh or
Russian, none of them Python's None."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.protocol_model import ProtocolTableModel
from tests.gui.languages import speaking

KINDS = ("Folder", "Drive")


def _dialog_words(qtbot: QtBot, mode: QFileDialog.AcceptMode) -> list[str]:
    dialog = QFileDialog(None, "", "/")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own widgets
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    words = [
        w.text()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.text().strip()
    ]
    words += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
    dialog.close()
    return words


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_qts_file_dialog_speaks_the_interface_language(
    qtbot: QtBot, lang: str, mode: QFileDialog.AcceptMode
) -> None:
    english = _dialog_words(qtbot, mode)
    assert "&Look in:" in english and "Files of &type:" in english  # the words looked at
    with speaking(lang):
        shown = _dialog_words(qtbot, mode)
    assert len(shown) == len(english)
    assert [w for w in shown if w in english] == []
    with speaking(lang):  # the kind of each file in the dialog's list
        kinds = [QCoreApplication.translate("QAbstractFileIconProvider", k) for k in KINDS]
    assert [k for k in kinds if k in KINDS] == []


@pytest.mark.parametrize(("lang", "empty"), [("en", "(empty)"), ("kk", "(бос)"), ("ru", "(пусто)")])
def test_a_line_keyed_once_says_empty_not_none(
    qtbot: QtBot, window: MainWindow, lang: str, empty: str
) -> None:
    window.open_precinct("101")
    model = window.editor().model
    assert model is not None
    key = model.sheet.lines[0].key
    model.double_entry, model.compared = True, True
    model.values[key], model.second[key] = 600, None
    with speaking(lang):
        tip = model.data(model.index(0, ProtocolTableModel.COL_FIGURE), Qt.ItemDataRole.ToolTipRole)
    assert "None" not in tip
    assert "600" in tip
    assert empty in tip
