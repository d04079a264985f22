"""The LA's list of entitlements (local offer), edited by a team manager."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from ..domain.entitlements import ALLOWANCE_CODES, parse_pounds, pounds
from ..domain.errors import Collector
from .managed_list_dialog import ManagedListDialog


class EntitlementTypesDialog(ManagedListDialog):
    def __init__(self, living, me, parent: QWidget | None = None):
        super().__init__(me, title="Local offer: entitlements",
                         intro="The entitlements in your local offer. Amounts are the standard award (leave blank if none).",
                         who_may_change="this list", headers=["Entitlement", "Standard amount (£)", "Note"], widths={0: 240, 1: 160},
                         name="Entitlements", minimum=(720, 420), parent=parent)
        self.living = living
        self.codes: list[str] = []  # each row's code ("" for a new one: made from its name)
        for code, name, amount, note in living.entitlement_types():
            self._add(code, name, pounds(amount).replace("£", "").replace(",", ""), note)
        self.restore_geometry()

    def _add(self, code: str, name: str, amount: str, note: str) -> None:
        self.add_row(name, amount, note)
        self.codes.append(code)

    def add_blank(self) -> None:
        self._add("", "", "", "")

    def can_remove(self, row: int) -> bool:
        return self.codes[row] not in ALLOWANCE_CODES  # the allowances the law sets stay

    def remove_row(self, row: int) -> None:
        super().remove_row(row)
        self.codes.pop(row)

    def types(self) -> list[tuple[str, str, int | None, str]]:
        c = Collector()
        out = []
        for r in range(self.table.rowCount()):
            name, amount_text, note = (self.cell(r, col).strip() for col in range(3))
            amount = None
            if amount_text:
                try:
                    amount = parse_pounds(amount_text)
                except ValueError as exc:
                    c.add("types", "Entitlements", f"row {r + 1}: {exc}")
            code = self.codes[r] or re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
            out.append((code, name, amount, note))
        c.raise_if_any()
        return out

    def save(self) -> None:
        self.living.save_entitlement_types(self.types())
