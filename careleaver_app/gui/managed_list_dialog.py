"""A list a team manager keeps (a local setting): a table with Add and Remove, saved whole.

Everyone can read it; only a manager can change it (others see it read-only, not greyed out,
with a Close button). A list that cannot be saved says why under the table and stays open, unchanged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.people import Role
from .dialogs import RememberingDialog, save_or_close
from .widgets import error_label


class ManagedListDialog(RememberingDialog):
    """Subclasses fill the table (``add_row``) and save it (``save``, raising ValidationError)."""

    def __init__(self, me, *, title: str, intro: str, who_may_change: str, headers: list[str], widths: dict[int, int],
                 name: str, minimum: tuple[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(*minimum)
        self.can_edit = me.role == Role.MANAGER
        label = QLabel(intro + ("" if self.can_edit else f" Only a team manager can change {who_may_change}."))
        label.setWordWrap(True)
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        self.add_button, self.remove_button = QPushButton("&Add"), QPushButton("&Remove")
        self.add_button.clicked.connect(self.add_blank)
        self.remove_button.clicked.connect(self._remove_current)
        self.error_label = error_label()
        buttons = save_or_close(self, self.can_edit)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        for w in (self.add_button, self.remove_button):
            w.setEnabled(self.can_edit)
        if not self.can_edit:  # readable (not greyed out), but not editable
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- the table --------------------------------------------------------------------------------
    def add_row(self, *texts: str) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for col, text in enumerate(texts):
            self.table.setItem(r, col, QTableWidgetItem(text))
        return r

    def add_blank(self) -> None:
        self.add_row(*[""] * self.table.columnCount())

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""

    def can_remove(self, row: int) -> bool:
        return True

    def remove_row(self, row: int) -> None:
        self.table.removeRow(row)

    def _remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0 and self.can_remove(r):
            self.remove_row(r)

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.can_edit:
            return self.reject()
        try:
            self.save()
        except ValidationError as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        super().accept()
