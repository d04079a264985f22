"""Bank holidays: the days that are not working days when a deadline counts working days (the
notification of a care leaver's death, domain.duties). A local setting a team manager keeps;
England and Wales 2025-2028 are shipped."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..domain.dates import format_uk
from .managed_list_dialog import ManagedListDialog


class BankHolidaysDialog(ManagedListDialog):
    def __init__(self, duties, me, parent: QWidget | None = None):
        super().__init__(me, title="Working days: bank holidays",
                         intro="Deadlines counted in working days (telling the DfE and Ofsted of a care leaver's death: 5 working "
                               "days) leave out weekends and these days. England and Wales bank holidays 2025 to 2028 are "
                               "filled in: add later years as gov.uk publishes them, and any extra day the council closes.",
                         who_may_change="them", headers=["Date (dd/mm/yyyy)"], widths={}, name="Bank holidays",
                         minimum=(460, 420), parent=parent)
        self.duties = duties
        for d in duties.bank_holidays():
            self.add_row(format_uk(d))
        self.restore_geometry()

    def days(self) -> list[str]:
        return [self.cell(r, 0) for r in range(self.table.rowCount())]

    def save(self) -> None:
        self.duties.save_bank_holidays(self.days())
