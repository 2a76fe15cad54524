"""Figures read as the interface language groups their digits everywhere: the second keying's
column and the history showed 3431510 where the first keying's column shows 3 431 510."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tallyapp.domain.election import Names
from tallyapp.domain.errors import TallyError
from tallyapp.gui.dialogs import HistoryDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.gui.protocol_model import ProtocolTableModel
from tallyapp.services.history import CopyEntry, LineChange, VersionEntry
from tallyapp.services.setup import open_engine
from tests.gui.languages import speaking
from tests.gui.test_protocol_entry import (
    GOOD,
    compare_entries,
    start_double_entry,
    start_second_entry,
    type_figures,
)
from tests.sessions import member_of

LANGS = ["kk", "ru"]
VOTERS = Names("Тізімдегі сайлаушылар", "Избиратели в списке", "Voters on the list")


def grouped(value: int) -> str:
    """`value` as the language spoken groups its digits (a space in Kazakh and Russian)."""
    text = QLocale().toString(value)
    assert text != str(value)  # the language does group digits
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_the_second_keying_groups_digits_like_the_first(
    qtbot: QtBot, gui_url: str, lang: str
) -> None:
    with speaking(lang):
        engine = open_engine(gui_url)
        window = MainWindow(
            engine, member_of(engine, "PEC-101", workstation="PEC-101-laptop"), lang
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(window.completeness.text()), timeout=10_000)
        editor = start_double_entry(qtbot, window)
        type_figures(qtbot, GOOD)
        start_second_entry(qtbot, window, editor)
        type_figures(qtbot, GOOD)
        compare_entries(qtbot, editor)
        model = editor.model
        assert model is not None and model.compared
        for row, value in enumerate(GOOD[:3]):  # 1500, 1500, 900
            first = model.data(model.index(row, ProtocolTableModel.COL_FIGURE))
            second = model.data(model.index(row, ProtocolTableModel.COL_SECOND))
            assert first == second == QLocale().toString(value)
        assert model.data(model.index(0, ProtocolTableModel.COL_SECOND)) == grouped(1500)
        engine.dispose()


@pytest.mark.parametrize("lang", LANGS)
def test_the_history_groups_digits(qtbot: QtBot, lang: str) -> None:
    version = VersionEntry(
        number=2,
        kind="repeated",
        reason="recounted",
        saved_at=datetime(2026, 3, 19, 22, 0, tzinfo=UTC),
        saved_by="Operator",
        workstation="TEC-laptop",
        fingerprint="ab" * 32,
        changes=(LineChange("voters_on_list", VOTERS, 3431510, 3431610),),
    )
    copy = CopyEntry(
        received_at=datetime(2026, 3, 19, 23, 0, tzinfo=UTC),
        source="observer.json",
        provenance="observer",
        fingerprint="cd" * 32,
        differences=(LineChange("voters_on_list", VOTERS, 3431610, 3431710),),
        why_not_official=TallyError("official.observer-copy"),
    )
    with speaking(lang):
        dialog = HistoryDialog("PEC 101", [version], lang=lang, copies=[copy])
        qtbot.addWidget(dialog)
        dialog.show()
        version_item, copy_item = (dialog.tree.topLevelItem(i) for i in range(2))
        assert version_item is not None and copy_item is not None
        shown = [
            (item.child(0).text(1), item.child(0).text(2)) for item in (version_item, copy_item)
        ]
        assert shown == [
            (grouped(3431510), grouped(3431610)),
            (grouped(3431610), grouped(3431710)),
        ]
