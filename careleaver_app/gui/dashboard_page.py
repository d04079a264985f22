"""The dashboard: for me, my team or the whole service, as at any date. Bars with the numbers
beside them; every figure lists the young people behind it, and each opens their record."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..domain.dates import format_uk
from ..domain.errors import ExportRefused, ValidationError
from ..domain.people import Role
from ..services.people import Scope, ScopeKind
from .ask import ask
from .colours import ACCENT, ERROR, colour
from .models import Column, RowsModel, rows_table, selected_row
from .ops import Cancelled
from .widgets import DateEdit, error_label

if TYPE_CHECKING:
    from ..services.context import Clock
    from ..services.dashboard import Dashboard, DashboardService
    from .ops import Op, Operations

# Short names for the chart's bars (the table beside it has the full wording).
BAR_NAMES = {"in_touch": "In touch", "in_eet": "In EET", "suitable": "Suitably housed", "plans_in_date": "Plan in date",
             "health_history": "Health history"}


@dataclass
class FigureRow:
    """One line of the figures table: a figure, or one PA's caseload."""

    group: str
    label: str
    number: str
    share: str
    people: list = field(default_factory=list)
    target: str = "details"
    warn: bool = False
    percent: float | None = None


def figure_rows(dash) -> list[FigureRow]:
    def row(group, f, warn=False):
        return FigureRow(group, f.label, str(f.count), f"{f.percent:.0f}%" if f.total else "", f.people, f.target, warn, f.percent)

    out = [row("Care leavers", dash.care_leavers)]
    out += [row("By category", f) for f in dash.by_category]
    out += [row("Keeping in touch", dash.in_touch)] + [row("Keeping in touch", f, f.count > 0 and f.key == "touch_NO")
                                                       for f in dash.touch_breakdown]
    out += [row("EET", dash.in_eet)] + [row("EET", f) for f in dash.neet_by_reason]
    out += [row("Accommodation", dash.suitable), row("Accommodation", dash.not_suitable, dash.not_suitable.count > 0)]
    out += [row("Pathway plans", dash.plans_in_date), row("Pathway plans", dash.reviews_overdue, dash.reviews_overdue.count > 0),
            row("Pathway plans", dash.no_plan, dash.no_plan.count > 0)]
    out += [row("Health", dash.health_history), row("PA changes", dash.pa_changes)]
    out += [row("Duties and documents", f, f.count > 0) for f in dash.duties]
    for p in dash.caseloads:
        out.append(FigureRow(f"Caseload (threshold {dash.threshold})", p.name, str(p.count), "Over the threshold" if p.over else "",
                             p.people, "pa", p.over))
    return out


class DashboardPage(QWidget):
    open_target = Signal(str, str)  # person id, record target

    def __init__(self, dashboard: DashboardService, clock: Clock, ops: Operations, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.dashboard, self.clock, self.ops = dashboard, clock, ops
        self.setObjectName("dashboard_page")
        self.me = me
        self.dash: Dashboard | None = None
        self.task: Op | None = None
        self._target = "details"
        self._bar_labels: list[str] = []
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scope_combo")
        self.scope_combo.setAccessibleName("Whose figures")
        self.scope_combo.addItem("My caseload", Scope(ScopeKind.MINE, me.id, with_cover=False))  # by allocation
        self.scope_combo.addItem("My team", Scope(ScopeKind.TEAM, me.id))
        self.scope_combo.addItem("The whole service", Scope(ScopeKind.ALL))
        self.scope_combo.setCurrentIndex(0 if me.role == Role.PA else 1)
        scope_label = QLabel("F&igures for:")
        scope_label.setBuddy(self.scope_combo)
        self.as_at_edit = DateEdit()
        self.as_at_edit.setObjectName("dashboard_as_at_edit")
        self.as_at_edit.setAccessibleName("Dashboard as at")
        self.as_at_edit.setDate(self.clock.today())
        as_at_label = QLabel("&As at:")
        as_at_label.setBuddy(self.as_at_edit)
        self.show_button = QPushButton("&Show")
        self.show_button.setObjectName("show_button")
        self.pdf_button = QPushButton("Save as &PDF…")
        self.pdf_button.setObjectName("dashboard_pdf_button")
        self.error = error_label()
        self.error.setObjectName("dashboard_error")
        self.error.setVisible(False)
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")

        self.chart = QChart()
        self.chart.setTitle("Share of care leavers (%)")
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("dashboard_chart")
        self.chart_view.setAccessibleName("Dashboard chart: the share of care leavers for each headline figure")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 260)
        self._build_chart()

        self.figures_model = RowsModel([
            Column("Area", lambda r: r.group),
            Column("Figure", lambda r: r.label),
            Column("Young people", lambda r: r.number, sort=lambda r: int(r.number), numeric=True),
            Column("Share", lambda r: r.share, sort=lambda r: r.percent),
        ], self, row_colour=lambda r: ERROR if r.warn else None)
        self.figures_table = rows_table(self.figures_model, "figures_table", (130, 260, 95),
                                        accessible_name="Dashboard figures: choose one to see the young people behind it")
        self.people_title = QLabel("Choose a figure to see the young people behind it.")
        self.people_title.setObjectName("people_title")
        self.people_model = RowsModel([
            Column("Young person", lambda p: p.name),
            Column("LA ID", lambda p: p.la_id),
            Column("PA", lambda p: p.pa_name),
            Column("Detail", lambda p: p.detail),
        ], self)
        self.people_table = rows_table(self.people_model, "figure_people_table", (200, 90, 150),
                                       accessible_name="Young people behind the figure", sortable=True)

        top = QHBoxLayout()
        for w in (scope_label, self.scope_combo, as_at_label, self.as_at_edit, self.show_button, self.pdf_button):
            top.addWidget(w)
        top.addWidget(self.error)
        top.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.figures_table, 3)
        rl.addWidget(self.people_title)
        rl.addWidget(self.people_table, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart_view)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.heading)
        lay.addWidget(split, 1)

        self.show_button.clicked.connect(self.refresh)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.as_at_edit.returnPressed.connect(self.refresh)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.figures_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_people())
        self.people_table.activated.connect(self._open)

    def scope(self) -> Scope:
        return self.scope_combo.currentData()

    def _as_at(self):
        """The date typed, or None after showing what is wrong with it."""
        self.error.setVisible(False)
        problem = self.as_at_edit.problem()
        if problem or self.as_at_edit.value() is None:
            self._problem(f"As at: {problem or 'enter a date (dd/mm/yyyy)'}")
            return None
        return self.as_at_edit.value()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.as_at_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        as_at = self._as_at()
        if as_at is None:
            return
        try:
            self.dash = self.dashboard.build(self.scope(), as_at)
        except ValidationError as exc:
            self._problem(str(exc))
            return
        d = self.dash
        self.heading.setText(f"{d.scope_label}: {d.care_leavers.count} care leavers as at {format_uk(d.as_at)}")
        chosen = selected_row(self.figures_table)
        self.figures_model.set_rows(figure_rows(d))
        self._draw_chart(d)
        again = next((i for i, r in enumerate(self.figures_model.rows) if chosen and (r.group, r.label) == (chosen.group, chosen.label)), 0)
        self.figures_table.selectRow(again)
        self._show_people()

    def _build_chart(self) -> None:
        """One series and two axes, made once; each refresh replaces their values."""
        self.bars = QBarSet("Share")
        self.bars.setColor(colour(ACCENT))
        self.bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        self.series = QHorizontalBarSeries()
        self.series.append(self.bars)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        values = QValueAxis()
        values.setRange(0, 125)  # room for the labels beyond a full bar
        values.setLabelsVisible(False)
        values.setGridLineVisible(False)
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(values)
        self.series.clicked.connect(self._bar_clicked)

    def clear_for_lock(self) -> None:
        self.dash = None
        self.figures_model.set_rows([])
        self.people_model.set_rows([])
        self.heading.clear()

    def _draw_chart(self, d) -> None:
        figures = list(reversed(d.headline()))  # horizontal bars draw bottom-up: first figure on top
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(round(f.percent or 0)) for f in figures])
        self.categories.clear()
        self.categories.append([f"{BAR_NAMES.get(f.key, f.label)}: {f.count} of {f.total}" for f in figures])
        self._bar_labels = [f.label for f in figures]

    def _bar_clicked(self, index: int, _barset=None) -> None:
        """Clicking a bar lists the young people behind it."""
        label = self._bar_labels[index]
        row = next(i for i, r in enumerate(self.figures_model.rows) if r.label == label and not r.group.startswith("Caseload"))
        self.figures_table.selectRow(row)

    def _show_people(self) -> None:
        r = selected_row(self.figures_table)
        if r is None:
            self.people_model.set_rows([])
            return
        title = r.label if r.label == r.group else f"{r.group} — {r.label}"
        self.people_title.setText(f"{title}: {len(r.people)} young "
                                  f"{'person' if len(r.people) == 1 else 'people'}. Double-click or press Enter to open a record.")
        self.people_model.set_rows(r.people)
        self._target = r.target

    def _open(self) -> None:
        p = selected_row(self.people_table)
        if p is not None:
            self.open_target.emit(p.id, self._target)

    def save_pdf(self) -> None:
        as_at = self._as_at()
        if as_at is None:
            return
        if as_at > self.clock.today():
            self._problem("As at: is in the future: choose today or a day in the past")
            return
        path = ask.save_path(self, "Save the dashboard", f"Dashboard_{as_at.isoformat()}.pdf")
        if not path:
            return
        scope = self.scope()
        self.pdf_button.setEnabled(False)

        def done(_):
            self.pdf_button.setEnabled(True)
            ask.inform(self, "Saved", f"Saved {Path(path).name}.")

        def failed(exc):
            self.pdf_button.setEnabled(True)
            if isinstance(exc, (ValidationError, ExportRefused, Cancelled)):  # ExportRefused: e.g. the PDF is open in Acrobat
                self._problem(str(exc))
            else:
                raise exc

        self.task = self.ops.read(self, "Making the dashboard PDF…",
                                          lambda s: s.dashboard.write_pdf(scope, as_at, path), done, failed)
