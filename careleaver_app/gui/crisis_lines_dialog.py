"""Where to get help: the crisis lines printed in every health passport (a local setting)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .managed_list_dialog import ManagedListDialog


class CrisisLinesDialog(ManagedListDialog):
    def __init__(self, health, me, parent: QWidget | None = None):
        super().__init__(me, title="Health passport: where to get help",
                         intro="These lines are printed in every young person's health passport.", who_may_change="them",
                         headers=["Who", "How to reach them", "When to use it"], widths={0: 160, 1: 180}, name="Crisis lines",
                         minimum=(760, 380), parent=parent)
        self.health = health
        for row in health.crisis_lines():
            self.add_row(*row)
        self.restore_geometry()

    def lines(self) -> list[tuple[str, str, str]]:
        return [(self.cell(r, 0), self.cell(r, 1), self.cell(r, 2)) for r in range(self.table.rowCount())]

    def save(self) -> None:
        self.health.save_crisis_lines(self.lines())
