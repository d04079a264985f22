"""The work tray: the PA's home screen. Everything due or overdue, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.people import Role, Worker
from ..domain.worktray import ItemKind, WorkItem
from ..services.people import Scope, ScopeKind
from .models import Column, RowsModel, RowsProxy
from .colours import ERROR
from .widgets import counted, set_role

KIND_GROUPS = {
    "Keeping in touch": {ItemKind.LOST_TOUCH, ItemKind.STATUTORY_VISIT, ItemKind.CONTACT, ItemKind.FOLLOW_UP},
    "Pathway plans": {ItemKind.NO_PLAN, ItemKind.DRAFT_PLAN, ItemKind.REVIEW, ItemKind.ACTION, ItemKind.CONTINGENCY_CHECK},
}


class WorkTrayPage(QWidget):
    open_item = Signal(object)  # a WorkItem

    def __init__(self, services, me: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("worktray_page")
        self.services, self.me = services, me
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName("Whose work")
        self.scope_combo.addItem("My work", Scope(ScopeKind.MINE, me.id))
        self.scope_combo.addItem("My team", Scope(ScopeKind.TEAM, me.id))
        self.scope_combo.addItem("Everyone", Scope(ScopeKind.ALL))
        self.scope_combo.insertSeparator(3)
        for w in services.workers.workers():
            if w.role == Role.PA and w.id != me.id:
                self.scope_combo.addItem(f"{w.name}'s work", Scope(ScopeKind.WORKER, w.id))
        self.scope_combo.setCurrentIndex(1 if me.role == Role.MANAGER else 0)  # a duty worker's own: whom they cover
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName("Which kind of work")
        self.group_combo.addItem("Everything", None)
        for g in KIND_GROUPS:
            self.group_combo.addItem(g, g)
        self.extra_groups: dict[str, set] = {}
        self.summary = QLabel()
        self.summary.setObjectName("worktray_summary")
        top = QHBoxLayout()
        top.addWidget(QLabel("Showing:"))
        top.addWidget(self.scope_combo)
        top.addWidget(self.group_combo)
        top.addWidget(self.summary, 1)
        self.model = RowsModel([
            Column("When", lambda i: i.when, sort=lambda i: self._order.get(id(i), 0),
                   colour=lambda i: ERROR if i.overdue or i.due is None else None),
            Column("Young person", lambda i: i.person_name),
            Column("What", lambda i: i.kind.label),
            Column("Why", lambda i: i.reason),
            Column("PA", lambda i: i.pa_name),
        ], self)
        self._order: dict[int, int] = {}
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("worktray_table")
        self.table.setAccessibleName("Work tray")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((130, 180, 150, 560)):
            self.table.setColumnWidth(i, w)
        self.table.activated.connect(self._open)
        hint = QLabel("Double-click or press Enter to go to where it is dealt with.")
        set_role(hint, "subtle")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(hint)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.group_combo.currentIndexChanged.connect(self._filter)

    def add_group(self, name: str, kinds: set) -> None:
        KIND_GROUPS[name] = kinds
        if self.group_combo.findData(name) < 0:
            self.group_combo.addItem(name, name)

    def refresh(self) -> None:
        items = self.services.worktray.items(self.scope_combo.currentData())
        self._order = {id(item): i for i, item in enumerate(items)}
        self.model.set_rows(items)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._filter()

    def _filter(self) -> None:
        group = self.group_combo.currentData()
        kinds = KIND_GROUPS.get(group) if group else None
        self.proxy.set_predicate((lambda i: i.kind in kinds) if kinds else None)
        rows = [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]
        overdue = sum(1 for i in rows if i.overdue or i.due is None)
        people = len({i.person_id for i in rows})
        self.summary.setText(f"{overdue} overdue or needing action now, {len(rows) - overdue} due soon, for "
                             f"{counted(people, 'young person', 'young people')}.")

    def visible_items(self) -> list[WorkItem]:
        return [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]

    def _open(self, index) -> None:
        if index.isValid():
            self.open_item.emit(self.proxy.row_at(index.row()))
