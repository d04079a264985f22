"""The team view for managers: how many young people each PA holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.people import Worker
from ..services.workers import CaseloadCount, WorkerService
from .models import Column, RowsModel, RowsProxy


class TeamPage(QWidget):
    """Caseload counts per PA; double-click a PA to see their caseload."""

    # The tables it shows: after a change to none of them it is not read again (gui/ops.py;
    # tests/gui/test_ops_gui.py checks what its refresh reads is all here).
    SHOWS = frozenset({"teams", "workers", "young_people"})

    open_worker_caseload = Signal(str)

    def __init__(self, workers: WorkerService, me: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team_page")
        self.workers = workers
        self.me = me
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName("Which team")
        self.team_combo.addItem("All teams", None)
        for t in workers.teams():
            self.team_combo.addItem(t.name, t.id)
        i = self.team_combo.findData(me.team_id)
        self.team_combo.setCurrentIndex(max(i, 0))
        self.model = RowsModel([
            Column("Personal adviser", lambda c: c.worker.name),
            Column("Team", lambda c: c.worker.team_name),
            Column("Young people", lambda c: str(c.count), sort=lambda c: c.count, numeric=True),
        ], self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("team_table")
        self.table.setAccessibleName("Caseload per personal adviser")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 200)
        self.table.activated.connect(self._open)
        self.summary = QLabel()
        self.summary.setObjectName("team_summary")
        top = QHBoxLayout()
        top.addWidget(QLabel("Team:"))
        top.addWidget(self.team_combo)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        self.team_combo.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        counts: list[CaseloadCount] = self.workers.caseload_counts(self.team_combo.currentData())
        self.model.set_rows(counts)
        total = sum(c.count for c in counts)
        avg = total / len(counts) if counts else 0
        unallocated = self.workers.unallocated_count()
        self.summary.setText(f"{len(counts)} PAs holding {total} young people (average {avg:.1f}). "
                             f"Unallocated across the service: {unallocated}. Double-click a PA to see their caseload.")

    def _open(self, index) -> None:
        if index.isValid():
            self.open_worker_caseload.emit(self.proxy.row_at(index.row()).worker.id)
