"""The LA's list of entitlements (local offer), edited by a team manager."""

from __future__ import annotations

import re

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

from ..domain.entitlements import ALLOWANCE_CODES, parse_pounds, pounds
from ..domain.errors import Collector, ValidationError
from ..domain.people import Role
from .dialogs import RememberingDialog
from .widgets import ERROR_COLOUR


class EntitlementTypesDialog(RememberingDialog):
    def __init__(self, living, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Local offer: entitlements")
        self.setMinimumSize(720, 420)
        self.living = living
        self.can_edit = me.role == Role.MANAGER
        intro = QLabel("The entitlements in your local offer. Amounts are the standard award (leave blank if none)."
                       + ("" if self.can_edit else " Only a team manager can change this list."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Entitlement", "Standard amount (£)", "Note"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setAccessibleName("Entitlements")
        self.codes: list[str] = []
        for code, name, amount, note in living.entitlement_types():
            self._add(code, name, pounds(amount).replace("£", "").replace(",", ""), note)
        self.add_button = QPushButton("&Add")
        self.remove_button = QPushButton("&Remove")
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                   if self.can_edit else QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        for w in (self.add_button, self.remove_button, self.table):
            w.setEnabled(self.can_edit)
        self.add_button.clicked.connect(lambda: self._add("", "", "", ""))
        self.remove_button.clicked.connect(self._remove)
        self.restore_geometry()

    def _add(self, code: str, name: str, amount: str, note: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for col, text in enumerate((name, amount, note)):
            self.table.setItem(r, col, QTableWidgetItem(text))
        self.codes.append(code)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0 and self.codes[r] not in ALLOWANCE_CODES:
            self.table.removeRow(r)
            self.codes.pop(r)

    def types(self) -> list[tuple[str, str, int | None, str]]:
        c = Collector()
        out = []
        for r in range(self.table.rowCount()):
            cell = lambda col: (self.table.item(r, col).text() if self.table.item(r, col) else "").strip()  # noqa: E731
            amount = None
            if cell(1):
                try:
                    amount = parse_pounds(cell(1))
                except ValueError as exc:
                    c.add("types", "Entitlements", f"row {r + 1}: {exc}")
            code = self.codes[r] or re.sub(r"[^a-z0-9]+", "_", cell(0).lower()).strip("_")
            out.append((code, cell(0), amount, cell(2)))
        c.raise_if_any()
        return out

    def accept(self) -> None:
        if not self.can_edit:
            return self.reject()
        try:
            self.living.save_entitlement_types(self.types())
        except ValidationError as exc:
            self.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        super().accept()
