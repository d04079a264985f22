"""Where to get help: the crisis lines printed in every health passport (a local setting)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
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
from .dialogs import RememberingDialog
from .widgets import ERROR_COLOUR


class CrisisLinesDialog(RememberingDialog):
    def __init__(self, health, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Health passport: where to get help")
        self.setMinimumSize(760, 380)
        self.health = health
        self.can_edit = me.role == Role.MANAGER
        intro = QLabel("These lines are printed in every young person's health passport."
                       + ("" if self.can_edit else " Only a team manager can change them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("Crisis lines")
        self.table.setHorizontalHeaderLabels(["Who", "How to reach them", "When to use it"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 180)
        for row in health.crisis_lines():
            self._add(*row)
        add, remove = QPushButton("&Add"), QPushButton("&Remove")
        add.clicked.connect(lambda: self._add("", "", ""))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()) if self.table.currentRow() >= 0 else None)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                   if self.can_edit else QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        for w in (add, remove, self.table):
            w.setEnabled(self.can_edit)
        self.restore_geometry()

    def _add(self, who: str, how: str, when: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for col, text in enumerate((who, how, when)):
            self.table.setItem(r, col, QTableWidgetItem(text))

    def lines(self) -> list[tuple[str, str, str]]:
        cell = lambda r, c: (self.table.item(r, c).text() if self.table.item(r, c) else "")  # noqa: E731
        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())]

    def accept(self) -> None:
        if not self.can_edit:
            return self.reject()
        try:
            self.health.save_crisis_lines(self.lines())
        except ValidationError as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        super().accept()
