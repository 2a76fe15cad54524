"""A count reads with the plural form of its number in every language: the history said
"1 lines differ", a search "1 of 1 matches", the import "1 files: …"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from tallyapp.domain.election import Names
from tallyapp.domain.errors import TallyError
from tallyapp.gui.dialogs import HistoryDialog
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.history import CopyEntry, LineChange
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import PrecinctRow
from tests.gui.languages import speaking
from tests.gui.test_protocol_entry import find_precinct
from tests.sessions import member_of

VOTERS = Names("Тізімдегі сайлаушылар", "Избиратели в списке", "Voters on the list")


def _copy(lines: int) -> CopyEntry:
    return CopyEntry(
        received_at=datetime(2026, 3, 19, 23, 0, tzinfo=UTC),
        source="observer.json",
        provenance="observer",
        fingerprint="cd" * 32,
        differences=tuple(
            LineChange(f"line-{i}", VOTERS, 1500 + i, 1510 + i) for i in range(lines)
        ),
        why_not_official=TallyError("official.observer-copy"),
    )


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        ("en", 1, "; 1 line differs"),
        ("en", 3, "; 3 lines differ"),
        ("ru", 1, "; различается 1 строка"),
        ("ru", 3, "; различаются 3 строки"),
        ("ru", 5, "; различаются 5 строк"),
        ("kk", 1, "; 1 жол өзгеше"),
    ],
)
def test_the_history_counts_the_lines_of_a_copy(
    qtbot: QtBot, lang: str, lines: int, said: str
) -> None:
    with speaking(lang):
        dialog = HistoryDialog("PEC 101", [], lang=lang, copies=[_copy(lines)])
        qtbot.addWidget(dialog)
        dialog.show()
        item = dialog.tree.topLevelItem(0)
        assert item is not None
        assert item.text(3).endswith(said), item.text(3)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Precinct {0} (1 of 1 match)"),
        ("ru", "Участок {0} (1 из 1 совпадения)"),
    ],
)
def test_the_status_bar_counts_one_match(qtbot: QtBot, gui_url: str, lang: str, said: str) -> None:
    engine = open_engine(gui_url)
    with speaking(lang):
        window = MainWindow(engine, member_of(engine, "PEC-101"), lang=lang)
        qtbot.addWidget(window)
        window.show()
        # The last precinct: no other number begins as its number does.
        with engine.connect() as conn:
            numbers = conn.execute(select(col(PrecinctRow.number))).scalars().all()
        last = str(max(int(n) for n in numbers if n.isdigit()))
        assert window.tree_model.tree.find(last) == [last]
        find_precinct(qtbot, window, last)
        assert window.statusBar().currentMessage() == said.format(last)
        window.close()
    engine.dispose()


@pytest.mark.parametrize(
    ("context", "source", "lang", "forms"),
    [
        (
            "MainWindow",
            "{0}: {1} of %Ln expected accepted",
            "ru",
            ("из 1 ожидаемого", "из 3 ожидаемых", "из 5 ожидаемых"),
        ),
        (
            "MissingDialog",
            "%n protocol(s) not accepted yet.",
            "en",
            ("1 protocol is not", "3 protocols are not", "5 protocols are not"),
        ),
        (
            "MissingDialog",
            "%n protocol(s) not accepted yet.",
            "ru",
            ("Не принят 1 протокол.", "Не приняты 3 протокола.", "Не принято 5 протоколов."),
        ),
        (
            "CommissionTreeModel",
            "{0} of %n protocol(s) accepted ({1}%), {2} received",
            "en",
            ("{0} of 1 protocol accepted", "of 3 protocols", "of 5 protocols"),
        ),
        (
            "ImportDialog",
            "%n protocol(s) in conflict with stored protocols — open to compare",
            "ru",
            ("1 протокол в", "3 протокола в", "5 протоколов в"),
        ),
        (
            "Start",
            "%n precinct(s)",
            "ru",
            ("1 участок", "3 участка", "5 участков"),
        ),
        (
            "Start",
            "%n commission member(s) from the members file.",
            "en",
            ("1 commission member from", "3 commission members", "5 commission members"),
        ),
        (
            "ElectionSetupDialog",
            "in %n district(s)",
            "ru",
            ("в 1 округе", "в 3 округах", "в 5 округах"),
        ),
        (
            "ElectionSetupDialog",
            "%n candidate(s) {0} stored.",
            "en",
            ("1 candidate {0} stored.", "3 candidates {0}", "5 candidates {0}"),
        ),
        (
            "RecoveryDialog",
            "{0}: %n figure(s), kept {1}",
            "en",
            ("{0}: 1 figure, kept", "{0}: 3 figures", "{0}: 5 figures"),
        ),
    ],
)
def test_counts_in_the_status_bar_missing_list_tree_and_import(
    context: str, source: str, lang: str, forms: tuple[str, str, str]
) -> None:
    with speaking(lang):
        said = [QCoreApplication.translate(context, source, "", n) for n in (1, 3, 5)]
    assert [f in s for f, s in zip(forms, said, strict=True)] == [True] * 3, said
