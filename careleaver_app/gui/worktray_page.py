"""The work tray: the PA's home screen. Everything due or overdue, most urgent first.

For a team (a manager's default) it opens with a summary: a line per PA, a column per kind of
work, each cell "pressing of all"; choosing a cell shows just those items underneath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.people import Role, Worker
from ..domain.worktray import WorkItem
from ..services.people import Scope, ScopeKind
from ..services.worktray import KIND_GROUPS, PaSummary, pressing, summarise
from .colours import ERROR
from .models import Column, RowsModel, rows_table
from .widgets import counted, set_role

if TYPE_CHECKING:
    from ..services.workers import WorkerService
    from ..services.worktray import WorkTrayService


def _cell(counts: tuple[int, int]) -> str:
    urgent, total = counts
    if not total:
        return ""
    return f"{urgent} of {total}" if urgent else str(total)


def summary_columns() -> list[Column]:
    """PA, then one column per kind of work, then all of it. Cells: "pressing of all"."""
    columns = [Column("PA", lambda s: s.pa_name), Column("Young people", lambda s: str(s.people), sort=lambda s: s.people,
                                                         numeric=True)]
    for group in [*KIND_GROUPS, None]:
        columns.append(Column(group or "All", lambda s, g=group: _cell(s.count(g)), key=group or "",
                              sort=lambda s, g=group: s.count(g)[0] * 100_000 + s.count(g)[1], numeric=True,
                              colour=lambda s, g=group: ERROR if s.count(g)[0] else None,
                              tooltip=lambda s, g=group: f"{s.count(g)[0]} overdue or to do now, of {s.count(g)[1]}"))
    return columns


SUMMARY_GROUP_COLUMN = 2  # the first of the kinds' columns


class WorkTrayPage(QWidget):
    open_item = Signal(object)  # a WorkItem

    def __init__(self, workers: WorkerService, worktray: WorkTrayService, me: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.workers, self.worktray = workers, worktray
        self.setObjectName("worktray_page")
        self.me = me
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName("Whose work")
        self.scope_combo.addItem("My work", Scope(ScopeKind.MINE, me.id))
        self.scope_combo.addItem("My team", Scope(ScopeKind.TEAM, me.id))
        self.scope_combo.addItem("Everyone", Scope(ScopeKind.ALL))
        self.scope_combo.insertSeparator(3)
        for w in self.workers.workers():
            if w.role == Role.PA and w.id != me.id:
                self.scope_combo.addItem(f"{w.name}'s work", Scope(ScopeKind.WORKER, w.id))
        self.scope_combo.setCurrentIndex(1 if me.role == Role.MANAGER else 0)  # a duty worker's own: whom they cover
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName("Which kind of work")
        self.group_combo.addItem("Everything", None)
        for g in KIND_GROUPS:
            self.group_combo.addItem(g, g)
        self.summary = QLabel()
        self.summary.setObjectName("worktray_summary")
        top = QHBoxLayout()
        top.addWidget(QLabel("Showing:"))
        top.addWidget(self.scope_combo)
        top.addWidget(self.group_combo)
        top.addWidget(self.summary, 1)

        # A team's tray, by PA and by kind (shown when the scope holds more than one PA).
        self.pa_model = RowsModel(summary_columns(), self)
        self.pa_table = rows_table(self.pa_model, "worktray_by_pa", sortable=True,
                                   accessible_name="Work by PA and by kind: choose a number to see those items")
        self.pa_proxy = self.pa_table.model()
        self.pa_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)  # a cell: a PA and a kind
        self.pa_table.setMinimumHeight(0)
        header = self.pa_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pa_table.sortByColumn(self.pa_model.columnCount() - 1, Qt.SortOrder.DescendingOrder)  # most pressing first
        self.pa_table.activated.connect(self._summary_chosen)  # Enter, or a double-click
        self.pa_table.clicked.connect(self._summary_chosen)
        self.pa_filter: str | None = None  # the PA whose items are shown, if one was chosen
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("worktray_chosen")
        self.show_all_button = QPushButton("Show everyone's")
        self.show_all_button.setObjectName("worktray_show_all")
        self.show_all_button.clicked.connect(self.show_all)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen_label, 1)
        chosen.addWidget(self.show_all_button)
        self.by_pa = QWidget()
        self.by_pa.setObjectName("worktray_by_pa_box")
        bl = QVBoxLayout(self.by_pa)
        bl.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("By PA and kind of work (overdue or to do now, of all). Choose a number to see those items.")
        set_role(heading, "subtle")
        heading.setWordWrap(True)
        bl.addWidget(heading)
        bl.addWidget(self.pa_table, 1)
        bl.addLayout(chosen)

        self.model = RowsModel([
            Column("When", lambda i: i.when, sort=lambda i: self._order.get(id(i), 0),
                   colour=lambda i: ERROR if i.overdue or i.due is None else None),
            Column("Young person", lambda i: i.person_name),
            Column("What", lambda i: i.kind.label),
            Column("Why", lambda i: i.reason),
            Column("PA", lambda i: i.pa_name),
        ], self)
        self._order: dict[int, int] = {}
        self.table = rows_table(self.model, "worktray_table", (130, 180, 150, 560), accessible_name="Work tray", sortable=True)
        self.proxy = self.table.model()
        self.table.activated.connect(self._open)
        hint = QLabel("Double-click or press Enter to go to where it is dealt with.")
        set_role(hint, "subtle")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("worktray_split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.by_pa)
        split.addWidget(self.table)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(hint)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.group_combo.currentIndexChanged.connect(self._filter)

    def refresh(self) -> None:
        scope = self.scope_combo.currentData()
        items = self.worktray.items(scope)
        self._order = {id(item): i for i, item in enumerate(items)}
        self.model.set_rows(items)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        team = scope.kind in (ScopeKind.TEAM, ScopeKind.ALL)
        self.by_pa.setVisible(team)
        self.pa_model.set_rows(summarise(items) if team else [])
        if team:  # as tall as its rows (up to a dozen PAs), the rest for the items
            rows = min(self.pa_proxy.rowCount(), 12)
            self.pa_table.setMaximumHeight(self.pa_table.horizontalHeader().sizeHint().height()
                                           + rows * self.pa_table.verticalHeader().defaultSectionSize()
                                           + 2 * self.pa_table.frameWidth() + 2)
        if not team or self.pa_filter not in {s.pa_name for s in self.pa_model.rows}:
            self.pa_filter = None
        self._filter()

    def _summary_chosen(self, index) -> None:
        """A cell of the summary: that PA's items of that kind (the PA's name or count: all of theirs)."""
        if not index.isValid():
            return
        row: PaSummary = self.pa_proxy.row_at(index.row())
        col = index.column()
        groups = list(KIND_GROUPS)
        group = groups[col - SUMMARY_GROUP_COLUMN] if SUMMARY_GROUP_COLUMN <= col < SUMMARY_GROUP_COLUMN + len(groups) else None
        self.pa_filter = row.pa_name
        self.group_combo.blockSignals(True)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group)))
        self.group_combo.blockSignals(False)
        self._filter()

    def show_all(self) -> None:
        self.pa_filter = None
        self.group_combo.setCurrentIndex(0)
        self._filter()

    def _filter(self) -> None:
        group = self.group_combo.currentData()
        kinds = KIND_GROUPS.get(group) if group else None
        pa = self.pa_filter
        if kinds or pa:
            self.proxy.set_predicate(lambda i: (kinds is None or i.kind in kinds) and (pa is None or i.pa_name == pa))
        else:
            self.proxy.set_predicate(None)
        rows = [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]
        urgent = sum(1 for i in rows if pressing(i))
        people = len({i.person_id for i in rows})
        self.summary.setText(f"{urgent} overdue or needing action now, {len(rows) - urgent} due soon, for "
                             f"{counted(people, 'young person', 'young people')}.")
        if pa is not None:
            self.chosen_label.setText(f"Showing {pa}'s items" + (f": {group.lower()}" if group else "") + ".")
        else:
            self.chosen_label.setText("Showing everyone's items" + (f": {group.lower()}" if group else "") + ".")
        self.show_all_button.setEnabled(pa is not None or group is not None)

    def visible_items(self) -> list[WorkItem]:
        return [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]

    def _open(self, index) -> None:
        if index.isValid():
            self.open_item.emit(self.proxy.row_at(index.row()))
