"""The commission tree (region → territorial commission → precinct) with each protocol's state.

Regions and territorial commissions load at once (a few hundred rows), each with its progress
from the running totals; a commission's precincts and their states load when it is first
expanded (`canFetchMore` / `fetchMore`), so 100,000 precincts cost nothing until they are
looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QResizeEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTreeView

from tallyapp.domain.commission_tree import precinct_of
from tallyapp.domain.precinct_status import PrecinctStatus
from tallyapp.gui.database import Database
from tallyapp.services.changes import Changes
from tallyapp.services.navigation import (
    NavigationTree,
    PrecinctEntry,
    Progress,
    precinct_statuses,
)

Index = QModelIndex | QPersistentModelIndex

# One word a state, short enough for two columns of them beside a precinct's number on a
# 1024-pixel screen in every language: the checks panel says what fails.
STATUS_WORDS = {  # marked for lupdate, translated when shown
    PrecinctStatus.MISSING: QT_TRANSLATE_NOOP("CommissionTreeModel", "missing"),
    PrecinctStatus.DRAFT: QT_TRANSLATE_NOOP("CommissionTreeModel", "draft"),
    PrecinctStatus.FAILING: QT_TRANSLATE_NOOP("CommissionTreeModel", "failing"),
    PrecinctStatus.CHECKED: QT_TRANSLATE_NOOP("CommissionTreeModel", "checked"),
    PrecinctStatus.FINALISED: QT_TRANSLATE_NOOP("CommissionTreeModel", "finalised"),
    PrecinctStatus.TRANSMITTED: QT_TRANSLATE_NOOP("CommissionTreeModel", "transmitted"),
    PrecinctStatus.ACCEPTED: QT_TRANSLATE_NOOP("CommissionTreeModel", "accepted"),
    PrecinctStatus.REJECTED: QT_TRANSLATE_NOOP("CommissionTreeModel", "rejected"),
    PrecinctStatus.NONE: "—",
}


def status_icon(status: PrecinctStatus) -> QIcon:
    style = QApplication.style()
    pixmap = {
        PrecinctStatus.MISSING: QStyle.StandardPixmap.SP_FileIcon,
        PrecinctStatus.DRAFT: QStyle.StandardPixmap.SP_FileDialogDetailedView,
        PrecinctStatus.FAILING: QStyle.StandardPixmap.SP_MessageBoxCritical,
        PrecinctStatus.CHECKED: QStyle.StandardPixmap.SP_FileDialogInfoView,
        PrecinctStatus.FINALISED: QStyle.StandardPixmap.SP_DialogSaveButton,
        PrecinctStatus.TRANSMITTED: QStyle.StandardPixmap.SP_ArrowUp,
        PrecinctStatus.ACCEPTED: QStyle.StandardPixmap.SP_DialogApplyButton,
        PrecinctStatus.REJECTED: QStyle.StandardPixmap.SP_DialogCancelButton,
        PrecinctStatus.NONE: QStyle.StandardPixmap.SP_CustomBase,
    }[status]
    return style.standardIcon(pixmap) if status is not PrecinctStatus.NONE else QIcon()


def short_name(code: str, kind: str | None = None, name: str = "") -> str:
    """A commission as the tree names it, in the interface language: "Участок №102" for
    a precinct's commission (`PEC-102`), "ТИК №3" for a territorial one, "Округ №12" for a
    district's, a region by its name. Where a person reads a sentence, never the code: the
    code is left for an identifier (a file name, an argument). `kind`: the tree's level
    (cec, region, dec, tec), if known; `name`: the commission's name in that language."""
    precinct = precinct_of(code)
    if precinct is not None:
        return QCoreApplication.translate("CommissionTreeModel", "Precinct No. {0}").format(
            precinct
        )
    # "Abai Region: territorial commission No. 3" sits under Abai Region already;
    # a region's "Territorial election commission: Abai Region" is its region.
    short = (name.split(": ", 1)[-1] if kind in ("tec", "region") else name) or code
    if kind == "dec" and code.removeprefix("DEC-").isdigit():
        # "District election commission No. 12" cut to its first words would
        # leave every district alike on a narrow tree: the number first.
        short = QCoreApplication.translate("CommissionTreeModel", "District No. {0}").format(
            int(code.removeprefix("DEC-"))
        )
    number = code.rpartition("-")[2]
    if kind == "tec" and number.isdigit():
        # So with "Территориальная избирательная ко…": the commission's
        # abbreviation and number; its full name is under the tree.
        short = QCoreApplication.translate("CommissionTreeModel", "TEC No. {0}").format(int(number))
    return short[:1].upper() + short[1:]


# A commission's precincts and their states by ballot, as read on the database thread.
PrecinctsRead = tuple[list[PrecinctEntry], dict[str, dict[str, PrecinctStatus]]]


@dataclass
class Node:
    kind: str  # "cec", "region", "dec", "tec" or "precinct"
    code: str
    name: str
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list, repr=False)
    fetched: bool = True
    loading: bool = False  # its precincts are being read on the database thread
    row: int = 0


class CommissionTreeModel(QAbstractItemModel):
    COL_NAME, COL_BLUE, COL_GREEN = range(3)
    fetched = Signal(str)  # a commission's precincts were read in

    def __init__(self, tree: NavigationTree, database: Database | None = None) -> None:
        super().__init__()
        self.tree = tree
        # The window's database thread: a commission's precincts are read there when it is
        # expanded, never on the GUI thread (None: read here, for a model on its own).
        self.database = database
        # The states of the precincts shown (their commissions expanded), by ballot.
        self.statuses: dict[str, dict[str, PrecinctStatus]] = {}
        self.abroad: set[str] = set()  # of the precincts shown: no green ballot there
        self.precincts_of_tec: dict[str, list[str]] = {}  # of the commissions expanded
        # Each territorial commission's progress by ballot, from the running totals, moved
        # as states change here; and the sums above, counted once until a state changes.
        self.counts: dict[tuple[str, str], Progress] = dict(tree.progress)
        self._progress: dict[tuple[str, str], tuple[int, int, int]] = {}
        self.root = Node("root", "", "")
        # The CEC first, a row of its own above the regions: selecting it (Home) brings back
        # the national results and totals whatever was selected before.
        first = 0
        if tree.top is not None:
            self.root.children.append(Node("cec", tree.top.code, tree.top.name, self.root))
            first = 1
        for r, region in enumerate(tree.regions, first):
            node = Node("region", region.code, region.name, self.root, row=r)
            for t, tec in enumerate(region.tecs):
                node.children.append(Node("tec", tec.code, tec.name, node, fetched=False, row=t))
            self.root.children.append(node)
        # The district commissions after the regions, for the green ballot: each holds the
        # territorial commissions of its district.
        for district in tree.districts:
            node = Node("dec", district.code, district.name, self.root, row=len(self.root.children))
            for t, tec in enumerate(district.tecs):
                node.children.append(Node("tec", tec.code, tec.name, node, fetched=False, row=t))
            self.root.children.append(node)

    def short_name(self, code: str) -> str:
        """A commission of this tree, or a precinct's commission, as the tree names it."""
        for node in self.root.children:
            for found in (node, *node.children):
                if found.code == code and found.kind != "precinct":
                    return short_name(code, found.kind, found.name)
        return short_name(code)

    # --- updates -----------------------------------------------------------------------------

    def replace_statuses(
        self,
        statuses: dict[str, dict[str, PrecinctStatus]],
        counts: dict[tuple[str, str], Progress],
    ) -> None:
        """The shown precincts' states and every commission's progress, read again (F5, and
        after an import)."""
        self.statuses = statuses
        self.counts = dict(counts)
        self._progress.clear()
        self.layoutChanged.emit()

    def set_status(self, precinct: str, ballot: str, status: PrecinctStatus) -> None:
        """A precinct's state as its editor has it (figures typed are checked in memory): its
        row alone is repainted. The counts above move only by what a write reports
        (`apply`): a keystroke never moves them."""
        if self.statuses.get(precinct, {}).get(ballot, PrecinctStatus.MISSING) == status:
            return
        self.statuses.setdefault(precinct, {})[ballot] = status
        index = self.index_of_precinct(precinct, fetch=False)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))

    def apply(self, changes: Changes) -> None:
        """What a write changed: the progress of the territorial commissions it names, as the
        running totals stood after it; their rows and the rows above them (region, district,
        the national row) are repainted, no other. Nothing is counted here: a precinct whose
        state was not read yet was counted twice when its state moved the counts."""
        if not changes.progress:
            return
        self.counts.update(changes.progress)
        self._progress.clear()
        named = changes.commissions
        above: list[Node] = []
        for parent in self.root.children:  # the regions and the district commissions
            tecs = [t for t in parent.children if t.kind == "tec" and t.code in named]
            for tec in tecs:
                self._counts_changed(tec)
            if tecs:
                above.append(parent)
        if self.root.children and self.root.children[0].kind == "cec":  # the national row
            above.append(self.root.children[0])
        for node in above:
            self._counts_changed(node)

    def _counts_changed(self, node: Node) -> None:
        first = self.createIndex(node.row, self.COL_BLUE, node)
        self.dataChanged.emit(first, first.siblingAtColumn(self.COL_GREEN))

    def progress(self, node: Node, ballot: str) -> tuple[int, int, int]:
        """(accepted, received, expected) protocols of one ballot under a commission; summed
        once until a state changes."""
        known = self._progress.get((node.code, ballot))
        if known is not None:
            return known
        if node.kind == "cec":
            tecs = [tec.code for region in self.tree.regions for tec in region.tecs]
        elif node.kind == "tec":
            tecs = [node.code]
        else:
            tecs = [c.code for c in node.children]
        total = Progress()
        for tec in tecs:
            total += self.counts.get((tec, ballot), Progress())
        self._progress[(node.code, ballot)] = (total.accepted, total.received, total.expected)
        return total.accepted, total.received, total.expected

    def _tec_of(self, number: str) -> str | None:
        if self.database is None or self.tree.knows(number):
            return self.tree.tec_of(number)
        tree = self.tree
        found: str | None = self.database.wait_for(lambda: tree.tec_of(number))
        return found

    def read_around(self, number: str, tec_code: str) -> PrecinctsRead | None:
        """Database thread, inside the read of an opened precinct: its commission remembered
        and, if the tree has not read them yet, that commission's precincts and their states;
        so the precinct is opened and found in the tree in one round trip (`place` them)."""
        self.tree.remember(number, tec_code)
        node = self._tec_node(tec_code)
        return None if node is None or node.fetched else self._read_precincts(tec_code)

    def place(
        self,
        tec_code: str,
        found: PrecinctsRead | None,
    ) -> None:
        """The precincts `read_around` read, shown under their commission."""
        node = self._tec_node(tec_code)
        if node is not None and found is not None:
            self._fill(node, found)

    def _tec_node(self, tec_code: str) -> Node | None:
        for region in self.root.children:
            if region.kind == "region":  # a precinct's place is under its region
                for tec in region.children:
                    if tec.code == tec_code:
                        return tec
        return None

    def index_of_precinct(self, number: str, fetch: bool = True) -> QModelIndex:
        tec_code = self._tec_of(number)
        tec = self._tec_node(tec_code) if tec_code is not None else None
        if tec is None:
            return QModelIndex()
        if not tec.fetched:
            if not fetch:
                return QModelIndex()
            self._fill(tec, self._wait_for_precincts(tec.code))
        for child in tec.children:
            if child.code == number:
                return self.createIndex(child.row, 0, child)
        return QModelIndex()

    # --- Qt ------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if node is not None and 0 <= row < len(node.children) and 0 <= column < 3:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def _node(self, index: Index) -> Node | None:
        """The node behind an index of the first column; None for other columns."""
        if not index.isValid():
            return self.root
        if index.column() != 0:
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        return (
            node is not None
            and node.kind != "precinct"
            and (bool(node.children) or not node.fetched)
        )

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node is not None and not node.fetched and not node.loading

    def shown_commissions(self) -> list[str]:
        """The territorial commissions expanded so far (their precincts' states are shown)."""
        return list(self.precincts_of_tec)

    def _read_precincts(self, code: str) -> PrecinctsRead:
        """A commission's precincts and their states: a few dozen rows (database thread)."""
        statuses = precinct_statuses(self.tree.engine, [code], self.tree.election)
        return self.tree.precincts_of(code), statuses

    def _wait_for_precincts(self, code: str) -> PrecinctsRead:
        if self.database is None:
            return self._read_precincts(code)
        found: PrecinctsRead = self.database.wait_for(lambda: self._read_precincts(code))
        return found

    def fetchMore(self, parent: Index) -> None:
        """A commission expanded: its precincts are read on the database thread and appear
        when they are back (the window goes on painting meanwhile)."""
        node = self._node(parent)
        if node is None or node.fetched or node.loading:
            return
        if self.database is None:
            self._fill(node, self._read_precincts(node.code))
            return
        node.loading = True
        code = node.code
        self.database.submit(
            lambda: self._read_precincts(code),
            lambda found: self._fill(node, found),
            lambda _error: setattr(node, "loading", False),  # expanded again, read again
        )

    def _fill(
        self,
        node: Node,
        found: PrecinctsRead,
    ) -> None:
        node.loading = False
        if node.fetched:  # read twice (expanded, then found by number): the first one stays
            return
        precincts, statuses = found
        self.statuses.update(statuses)
        self.abroad.update(p.number for p in precincts if p.abroad)
        self.precincts_of_tec[node.code] = [p.number for p in precincts]
        parent = self.createIndex(node.row, 0, node)
        self.beginInsertRows(parent, 0, max(0, len(precincts) - 1))
        node.children = [
            Node("precinct", p.number, p.name, node, row=i) for i, p in enumerate(precincts)
        ]
        node.fetched = True
        self.endInsertRows()
        self.fetched.emit(node.code)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Commission / precinct"), self.tr("Blue"), self.tr("Green")][section]
        return None

    def _status(self, node: Node, ballot: str) -> PrecinctStatus:
        if ballot == "constituency" and node.code in self.abroad:
            return PrecinctStatus.NONE
        return self.statuses.get(node.code, {}).get(ballot, PrecinctStatus.MISSING)

    compact = False  # state columns too narrow for an icon beside the word: the word alone

    def set_compact(self, compact: bool) -> bool:
        """Icons shown or not; whether that changed (the view lays its rows out again: no
        signal of the model's, which would tell its other users that the rows moved)."""
        changed = compact != self.compact
        self.compact = compact
        return changed

    def widest_state(self) -> list[str]:
        """Every text a state column may show in the interface language (a state's word,
        its heading), to size the columns by."""
        words = [self.tr(str(w)) for w in STATUS_WORDS.values()]
        return [*words, self.tr("Blue"), self.tr("Green")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        col = index.column()
        if node.kind != "precinct":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and (
                col == self.COL_NAME
            ):
                text = short_name(node.code, node.kind, node.name)
                return text if role == Qt.ItemDataRole.DisplayRole else node.name
            if node.kind == "dec" and col == self.COL_BLUE:
                return None  # a district commission counts the green ballots only
            if col != self.COL_NAME and role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                # How far the commission is: accepted protocols of those expected.
                ballot = "party-list" if col == self.COL_BLUE else "constituency"
                accepted, received, expected = self.progress(node, ballot)
                if role == Qt.ItemDataRole.DisplayRole:
                    if self.compact:  # a narrow screen: the share, the counts in the tooltip
                        return f"{100 * accepted // expected if expected else 0}%"
                    return f"{accepted}/{expected}"
                share = QLocale().toString(100 * accepted / expected if expected else 0.0, "f", 1)
                return self.tr(
                    "{0} of %n protocol(s) accepted ({1}%), {2} received", "", expected
                ).format(accepted, share, received)
            if col != self.COL_NAME and role == Qt.ItemDataRole.DecorationRole:
                if self.compact:  # the room of the icon goes to the figure
                    return None
                accepted, _received, expected = self.progress(
                    node, "party-list" if col == 1 else "constituency"
                )
                done = (
                    PrecinctStatus.ACCEPTED
                    if expected and accepted == expected
                    else PrecinctStatus.MISSING
                )
                return status_icon(done)
            return None
        ballot = "party-list" if col == self.COL_BLUE else "constituency"
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                if self.compact:  # a narrow screen: the number, under its commission's row
                    return node.code
                number = self.tr("No. {0}").format(node.code)
                if not node.name:
                    return number
                return node.name if node.code in node.name.split() else f"{number} — {node.name}"
            return self.tr(str(STATUS_WORDS[self._status(node, ballot)]))
        if role == Qt.ItemDataRole.ToolTipRole and col != self.COL_NAME:
            return self.tr(str(STATUS_WORDS[self._status(node, ballot)]))
        if role == Qt.ItemDataRole.ForegroundRole and col != self.COL_NAME:
            # What needs the commission's hand stands out (its word says it; the colour helps
            # the eye down a long list, the more so without the icons on a narrow screen).
            if self._status(node, ballot) in (PrecinctStatus.FAILING, PrecinctStatus.REJECTED):
                return QBrush(QColor(180, 0, 0))
            return None
        if role == Qt.ItemDataRole.DecorationRole and col != self.COL_NAME and not self.compact:
            return status_icon(self._status(node, ballot))  # a narrow screen: the word alone
        if role == Qt.ItemDataRole.UserRole:
            return node.code
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_NAME:
            blue = self.tr(str(STATUS_WORDS[self._status(node, "party-list")]))
            green = self.tr(str(STATUS_WORDS[self._status(node, "constituency")]))
            return self.tr("Precinct {0}: blue {1}, green {2}").format(node.code, blue, green)
        return None


class CommissionTreeView(QTreeView):
    squeezed = Signal(int)  # narrower than its least width (least_width), by this width

    """The commission tree, its state columns as wide as their widest word and the name column
    taking the rest (a long name is cut, never a state): no state is out of sight beyond a
    sideways scroll. Where two words with their icons leave a precinct's number no room (a
    1024-pixel screen), the icons go and the words stay, and a precinct is named by its bare
    number (the checks beside keep their width: Kazakh state words are long)."""

    def __init__(self, model: CommissionTreeModel) -> None:
        super().__init__()
        self.setUniformRowHeights(True)
        self.setModel(model)
        self.tree_model = model
        self.setIndentation(12)  # three levels down, a precinct's number keeps its room
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (model.COL_BLUE, model.COL_GREEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.fit_columns()

    def _widths(self) -> tuple[int, int, int, int]:
        """(a state column with its icon, one with its word alone, the name column's least:
        a precinct's number three levels in (bare, as a narrow tree shows it), the frame and
        a vertical scroll bar)."""
        metrics = self.fontMetrics()
        style = self.style()
        # A cell's text margins, as the item delegate draws them, and a little air.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        margin += 2
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + 4
        words = max(metrics.horizontalAdvance(w) for w in self.tree_model.widest_state())
        full = max(words, metrics.horizontalAdvance("00000/00000")) + icon + margin
        narrow = max(words, metrics.horizontalAdvance("100%")) + margin
        number = 3 * self.indentation() + metrics.horizontalAdvance("0000") + margin
        # A vertical scroll bar always counted: it comes and goes as commissions open, and
        # the columns should not jump when it does.
        scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return full, narrow, number, 2 * self.frameWidth() + scroll

    def least_width(self) -> int:
        """The narrowest the tree can be with every state's word and a precinct's number whole:
        the window gives it at least this on a narrow screen."""
        _full, narrow, number, frame = self._widths()
        return number + 2 * narrow + frame

    def fit_columns(self) -> None:
        """The state columns' width for the words of the interface language and the room
        there is; called on every resize and change of language."""
        full, narrow, number, frame = self._widths()
        compact = self.width() - frame - 2 * full < number
        state = narrow if compact else full
        for column in (self.tree_model.COL_BLUE, self.tree_model.COL_GREEN):
            self.header().resizeSection(column, state)
        if self.tree_model.set_compact(compact):
            self.scheduleDelayedItemsLayout()  # the rows' height, with or without icons
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        if event.size().width() < self.least_width():
            self.squeezed.emit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_columns()
