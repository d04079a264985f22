"""Returns: the 903 care-leaver files (OC3 and Header) with the DfE pre-flight checks, the
birthdays coming up, and Ofsted Annex A List 9. The checks and exports run off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..domain.errors import ExportRefused, ValidationError
from ..domain.returns import SEVERITY_ORDER, collection_year
from ..services.returns import year_label
from .ask import ask
from .colours import ERROR, OK, hex_colour
from .models import Column, RowsModel, rows_table, selected_row
from .ops import Cancelled
from .widgets import DateEdit, error_label, set_role

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.returns import ReturnsService
    from .ops import Operations

YEARS_SHOWN = 6


class ReturnsPage(QWidget):
    """Statutory returns for managers and the data team; any PA can check their young people."""

    open_target = Signal(str, str)  # person id, record target ("details", "eet", "living", ...)

    def __init__(self, returns: ReturnsService, clock: Clock, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.returns, self.clock, self.ops = returns, clock, ops
        self.setObjectName("returns_page")
        self.result = None
        self.task = None
        today = self.clock.today()

        # -- 903 ------------------------------------------------------------------------------
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_combo")
        self.year_combo.setAccessibleName("Collection year")
        current = today.year + 1 if today >= date(today.year, 4, 1) else today.year
        for y in range(current, current - YEARS_SHOWN, -1):
            start, end = collection_year(y)
            so_far = " (so far)" if end >= today else ""
            self.year_combo.addItem(f"{year_label(y)}: {format_uk(start)} to {format_uk(end)}{so_far}", y)
        # The last complete year is the one returned; the current one is for checking early.
        self.year_combo.setCurrentIndex(1 if self.year_combo.count() > 1 else 0)
        year_label_widget = QLabel("Collection &year:")
        year_label_widget.setBuddy(self.year_combo)
        self.check_button = QPushButton("&Check")
        self.check_button.setObjectName("check_button")
        self.export_button = QPushButton("E&xport OC3 and Header…")
        self.export_button.setObjectName("export_oc3_button")
        self.anyway_button = QPushButton("Write the file any&way…")
        self.anyway_button.setObjectName("export_anyway_button")
        self.anyway_button.setToolTip("Write every row that passes the DfE checks, and a list of the failing rows "
                                      "(rule, problem, fix) beside the files, to put right and add")
        self.anyway_button.setEnabled(False)
        self.summary = QLabel("Choose a year and press Check.")
        self.summary.setObjectName("oc3_summary")
        self.summary.setWordWrap(True)

        self.fail_model = RowsModel([
            Column("Young person", lambda f: f.name),
            Column("LA ID", lambda f: self._la_id(f.person_id)),
            Column("Rule", lambda f: f.rule),
            Column("Problem", lambda f: f.problem),
            Column("Put it right", lambda f: f.fix),
            Column("In the file?", lambda f: f.effect, colour=lambda f: ERROR if f.blocking else None,
                   sort=lambda f: (SEVERITY_ORDER.index(f.severity), f.name, f.rule)),
        ], self)
        self.fail_table = rows_table(self.fail_model, "failures_table", (170, 90, 60, 380, 300),
                                     accessible_name="Records that fail the DfE checks", sortable=True)
        self.fail_table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # what stops a row first
        self.fail_table.setWordWrap(True)
        self.rows_model = RowsModel([
            Column("Young person", lambda r: r.name),
            Column("CHILD", lambda r: r.child),
            Column("Reported as on", lambda r: format_uk(r.reported_on), sort=lambda r: r.reported_on),
            Column("Age", lambda r: str(r.age), sort=lambda r: r.age, numeric=True),
            Column("IN_TOUCH", lambda r: r.in_touch),
            Column("ACTIV", lambda r: r.activ or "—", colour=lambda r: None if r.activ else ERROR),
            Column("ACCOM", lambda r: r.accom or "—", colour=lambda r: None if r.accom else ERROR),
        ], self)
        self.rows_table = rows_table(self.rows_model, "oc3_rows_table", (170, 90, 110, 50, 80, 70),
                                     accessible_name="Rows in the OC3 file", sortable=True)
        self.excluded_model = RowsModel([
            Column("Young person", lambda e: e[0].name),
            Column("LA ID", lambda e: e[0].la_id),
            Column("Why not in the file", lambda e: e[1]),
        ], self)
        self.excluded_table = rows_table(self.excluded_model, "excluded_table", (170, 90),
                                         accessible_name="Young people not in the file", sortable=True)
        self.coming_model = RowsModel([
            Column("Young person", lambda c: c.name),
            Column("Birthday", lambda c: format_uk(c.birthday), sort=lambda c: c.birthday),
            Column("Age", lambda c: str(c.age), sort=lambda c: c.age, numeric=True),
            Column("Window", lambda c: c.window.capitalize()),
            Column("Missing", lambda c: "; ".join(c.missing) or "Nothing: ready",
                   colour=lambda c: ERROR if c.missing else OK),
        ], self)
        self.coming_table = rows_table(self.coming_model, "coming_up_table", (170, 90, 50, 140),
                                       accessible_name="Birthdays coming up", sortable=True)
        self.coming_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.lists = QTabWidget()
        self.lists.setObjectName("returns_lists")
        self.lists.addTab(self.fail_table, "DfE checks")
        self.lists.addTab(self.rows_table, "In the file")
        self.lists.addTab(self.excluded_table, "Not in the file")
        self.lists.addTab(self.coming_table, "Birthdays coming up")
        for t in (self.fail_table, self.rows_table, self.excluded_table, self.coming_table):
            t.activated.connect(lambda _i, table=t: self._open(table))
        self.open_hint = QLabel("Double-click or press Enter on a young person to open their record where it is put right.")
        set_role(self.open_hint, "subtle")

        oc3_box = QGroupBox("903 return: care leavers (OC3)")
        top = QHBoxLayout()
        top.addWidget(year_label_widget)
        top.addWidget(self.year_combo)
        top.addWidget(self.check_button)
        top.addWidget(self.export_button)
        top.addWidget(self.anyway_button)
        top.addStretch(1)
        oc3_lay = QVBoxLayout(oc3_box)
        oc3_lay.addLayout(top)
        oc3_lay.addWidget(self.summary)
        oc3_lay.addWidget(self.lists, 1)
        oc3_lay.addWidget(self.open_hint)

        # -- Annex A ----------------------------------------------------------------------------
        self.as_at_edit = DateEdit()
        self.as_at_edit.setObjectName("annex_as_at_edit")
        self.as_at_edit.setAccessibleName("Annex A as at")
        self.as_at_edit.setDate(today)
        as_at_label = QLabel("&As at:")
        as_at_label.setBuddy(self.as_at_edit)
        self.annex_button = QPushButton("Export Annex A &List 9…")
        self.annex_button.setObjectName("export_annex_button")
        self.annex_error = error_label()
        self.annex_error.setObjectName("annex_error")
        self.annex_error.setVisible(False)
        annex_box = QGroupBox("Ofsted Annex A, List 9: care leavers")
        annex_lay = QHBoxLayout(annex_box)
        annex_lay.addWidget(as_at_label)
        annex_lay.addWidget(self.as_at_edit)
        annex_lay.addWidget(self.annex_button)
        annex_lay.addWidget(QLabel("Excel workbook (.xlsx) or CSV: choose when saving."))
        annex_lay.addWidget(self.annex_error)
        annex_lay.addStretch(1)

        lay = QVBoxLayout(self)
        lay.addWidget(oc3_box, 1)
        lay.addWidget(annex_box)

        self.check_button.clicked.connect(lambda: self.check())
        self.export_button.clicked.connect(self.export_oc3)
        self.anyway_button.clicked.connect(self.export_anyway)
        self.annex_button.clicked.connect(self.export_annex_a)
        self.year_combo.currentIndexChanged.connect(self._year_changed)

    # -- helpers ---------------------------------------------------------------------------------
    def year(self) -> int:
        return self.year_combo.currentData()

    def _la_id(self, person_id: str) -> str:
        f = self.result.facts.get(person_id) if self.result else None
        return f.la_id if f else ""

    def _busy(self, busy: bool) -> None:
        for b in (self.check_button, self.export_button, self.annex_button, self.year_combo):
            b.setEnabled(not busy)
        self.anyway_button.setEnabled(not busy and bool(self.result and self.result.rows and self.result.blocking))

    def _year_changed(self) -> None:
        self.result = None
        self.anyway_button.setEnabled(False)
        for m in (self.fail_model, self.rows_model, self.excluded_model):
            m.set_rows([])
        self.summary.setText("Press Check to run the DfE checks for this year.")

    def _open(self, table) -> None:
        row = selected_row(table)
        if row is None:
            return
        if table is self.fail_table:
            self.open_target.emit(row.person_id, row.target)
        elif table is self.excluded_table:
            self.open_target.emit(row[0].id, "details")
        elif table is self.coming_table:
            self.open_target.emit(row.person_id, row.target)
        else:
            self.open_target.emit(row.person_id, "contacts")

    def clear_for_lock(self) -> None:
        self._year_changed()
        self.coming_model.set_rows([])

    def refresh(self) -> None:
        """Called when the page is shown or records change: the coming-up list is cheap."""
        self.coming_model.set_rows(self.returns.coming_up())

    # -- 903 -------------------------------------------------------------------------------------
    def check(self, then=None) -> None:
        year = self.year()
        self._busy(True)
        self.summary.setText(f"Checking {year_label(year)}…")

        def done(result) -> None:
            self._busy(False)
            self._show(result)
            if then is not None:
                then(result)

        self.task = self.ops.read(self, f"Checking the {year_label(year)} return…",
                                          lambda s: s.returns.oc3(year), done, self._failed)

    def _show(self, result) -> None:
        self.result = result
        self.fail_model.set_rows(result.failures)
        self.rows_model.set_rows(result.rows)
        self.excluded_model.set_rows(result.excluded)
        n_fail = len(result.failing_ids)
        if not result.rows:
            text = (f"{year_label(result.year)}: nobody is in the OC3 cohort (nobody turned 17 to 21 in the year, or there is "
                    "no data for it). There is nothing to export.")
        elif n_fail:
            text = (f"{year_label(result.year)}: {len(result.rows)} young people in the file. {n_fail} record"
                    f"{'s fail' if n_fail != 1 else ' fails'} the DfE checks: put {'them' if n_fail != 1 else 'it'} right, "
                    "then check again (or write the file anyway without them).")
        else:
            text = f"{year_label(result.year)}: {len(result.rows)} young people in the file. Every row passes the DfE checks."
        queries = len([f for f in result.failures if f.severity == "query"])
        if queries:
            text += f" {queries} DfE quer{'ies' if queries != 1 else 'y'} to answer (in the file)."
        if result.excluded:
            text += f" {len(result.excluded)} not in the file (see why)."
        if result.rows:
            text += " " + " ".join(result.notes)
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {hex_colour(ERROR)};" if n_fail or not result.rows else "")
        self.lists.setCurrentWidget(self.fail_table if result.failures else self.rows_table)
        self.anyway_button.setEnabled(bool(result.rows and result.blocking))

    def _failed(self, exc) -> None:
        self._busy(False)
        if isinstance(exc, (ValidationError, ExportRefused, Cancelled)):
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(f"color: {hex_colour(ERROR)};")
            ask.warn(self, "Not done", str(exc))
        else:
            raise exc

    def export_oc3(self) -> None:
        """Check first; write both files only if nothing fails."""
        def after_check(result) -> None:
            if result.blocking or not result.rows:
                ask.warn(self, "Not exported", self.summary.text() + " Nothing was written.")
                return
            self._write(result.year, include_failing=False)

        self.check(then=after_check)

    def export_anyway(self) -> None:
        """Check again, then write every row that passes and the list of failing rows beside them."""
        def after_check(result) -> None:
            if not result.rows:
                ask.warn(self, "Not exported", self.summary.text() + " Nothing was written.")
                return
            self._write(result.year, include_failing=True)

        self.check(then=after_check)

    def _write(self, year: int, *, include_failing: bool) -> None:
        folder = ask.folder(self, "Choose the folder for the OC3 and Header files")
        if not folder:
            return
        self._busy(True)

        def written(paths) -> None:
            self._busy(False)
            text = f"Wrote {', '.join(p.name for p in paths)} to {Path(folder)}."
            left = len(self.result.failing_ids) if self.result else 0
            if include_failing and left:
                text += (f" {left} young {'people' if left != 1 else 'person'} failing the DfE checks "
                         f"{'were' if left != 1 else 'was'} left out: put them right, then export again, or add them in the DfE portal.")
            ask.inform(self, "Exported", text)

        self.task = self.ops.read(self, f"Writing the {year_label(year)} return…",
                                          lambda s: s.returns.write_oc3(year, folder, include_failing=include_failing),
                                          written, self._failed)

    # -- Annex A -----------------------------------------------------------------------------------
    def export_annex_a(self) -> None:
        self.annex_error.setVisible(False)
        problem = self.as_at_edit.problem()
        as_at = self.as_at_edit.value()
        if problem or as_at is None:
            self._annex_problem(f"As at: {problem or 'enter a date (dd/mm/yyyy)'}")
            return
        if as_at > self.clock.today():
            self._annex_problem("As at: is in the future: choose today or a day in the past")
            return
        path = ask.save_path(self, "Save Annex A List 9", f"Annex_A_List_9_{as_at.isoformat()}.xlsx",
                             "Excel workbook (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path = str(path) + ".xlsx"
        self._busy(True)

        def written(p) -> None:
            self._busy(False)
            ask.inform(self, "Exported", f"Wrote {Path(p).name}.")

        def failed(exc) -> None:
            self._busy(False)
            if isinstance(exc, (ValidationError, ExportRefused)):
                self._annex_problem(str(exc))
            else:
                raise exc

        self.task = self.ops.read(self, "Writing Annex A List 9…",
                                          lambda s: s.returns.write_annex_a(as_at, path), written, failed)

    def _annex_problem(self, text: str) -> None:
        self.annex_error.setText(text)
        self.annex_error.setVisible(True)
        self.as_at_edit.setFocus(Qt.FocusReason.OtherFocusReason)
