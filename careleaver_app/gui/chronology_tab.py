"""A young person's chronology: significant events, filterable by kind, printable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..domain.dates import format_uk
from ..domain.errors import Collector
from ..services.chronology import KINDS
from .dialogs import FormDialog
from .forms.event_dialog_ui import Ui_EventDialog
from .models import Column, RowsModel, RowsProxy
from .widgets import counted, typed_dates

if TYPE_CHECKING:
    from ..app import Store
    from ..services.chronology import ChronologyService
    from ..services.context import Clock


class EventDialog(FormDialog):
    def __init__(self, chronology: ChronologyService, clock: Clock, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chronology, self.clock = chronology, clock
        ui = Ui_EventDialog()
        ui.setupUi(self)
        self.person_id = person_id
        ui.on_edit.setDate(self.clock.today())
        self.setup(ui, {"on": (ui.on_edit, ui.on_error), "title": (ui.title_edit, ui.title_error)})

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.ui.on_edit, "on", "Date"))
        c.raise_if_any()
        self.chronology.add_event(self.person_id, on, self.ui.title_edit.text(), self.ui.detail_edit.toPlainText())


class ChronologyTab(QWidget):
    changed = Signal()

    def __init__(self, chronology: ChronologyService, store: Store, clock: Clock, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chronology, self.store, self.clock = chronology, store, clock
        self.setObjectName("chronology_tab")
        self.person_id = person_id
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Which events to show")
        self.kind_combo.addItem("All events", None)
        for k, label in KINDS.items():
            self.kind_combo.addItem(label, k)
        self.order_combo = QComboBox()
        self.order_combo.addItems(["Newest first", "Oldest first"])
        self.order_combo.setAccessibleName("Order")
        self.add_button = QPushButton("&Add event…")
        self.pdf_button = QPushButton("P&rint / PDF…")
        top = QHBoxLayout()
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.kind_combo)
        top.addWidget(self.order_combo)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.pdf_button)
        self.model = RowsModel([
            Column("Date", lambda e: format_uk(e.on), sort=lambda e: e.on),
            Column("Kind", lambda e: e.kind_label),
            Column("What happened", lambda e: e.title),
            Column("Detail", lambda e: " ".join(e.detail.split())),
        ], self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("chronology_table")
        self.table.setAccessibleName("Chronology")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((90, 170, 330)):
            self.table.setColumnWidth(i, w)
        self.count_label = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.order_combo.currentIndexChanged.connect(self._sort)
        self.add_button.clicked.connect(self.add_event)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.reload()

    def kinds(self) -> set[str] | None:
        k = self.kind_combo.currentData()
        return {k} if k else None

    def reload(self) -> None:
        events = self.chronology.events(self.person_id, self.kinds())
        self.model.set_rows(events)
        self._sort()
        self.count_label.setText(counted(len(events), "event"))

    def _sort(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.order_combo.currentIndex() == 0 else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(0, order)

    def add_event(self) -> None:
        if EventDialog(self.chronology, self.clock, self.person_id, self).exec():
            self.reload()
            self.changed.emit()

    def show_pdf(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        pdf = self.chronology.pdf(self.person_id, self.kinds())
        PdfPreviewDialog(pdf, "Chronology", "chronology.pdf", self, on_output=lambda kind: self.store.audit(
            kind, "young_people", self.person_id, [], "chronology PDF")).exec()
