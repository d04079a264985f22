"""The caseload: a sortable, filterable table of young people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.accommodation import ACCOMMODATION_TYPES
from ..domain.attention import FILTERS as ATTENTION_FILTERS
from ..domain.attention import TrayCounts, needs
from ..domain.contacts import ContactDue, InTouch, TouchStatus
from ..domain.dates import format_uk
from ..domain.eet import activ_label
from ..domain.eligibility import Category
from ..domain.people import Role, Worker
from ..domain.plans import PlanAlerts
from ..domain.text import fold
from ..services.health import health_label
from ..services.people import CaseloadRow, PeopleService, Scope, ScopeKind
from ..services.workers import WorkerService
from .colours import ACCENT, ERROR, MUTED
from .models import Column, RowsModel, RowsProxy
from .widgets import counted


def caseload_columns() -> list[Column]:
    """The caseload's columns; each capability adds its own here."""
    return [
        Column("Name", lambda r: r.legal_name, key="name", width=160,
               tooltip=lambda r: "Archived record" if r.archived else ""),
        Column("Known as", lambda r: r.preferred_name, key="preferred_name", width=70),
        Column("Age", lambda r: str(r.age), sort=lambda r: r.dob and -r.dob.toordinal(), numeric=True, key="age", width=40,
               tooltip=lambda r: f"Born {format_uk(r.dob)}"),
        Column("Category", lambda r: r.category.short + ("" if r.category_active else " (ended)"),
               sort=lambda r: list(Category).index(r.category), key="category", width=115),
        Column("PA", lambda r: r.pa_name, key="pa", width=115),
        Column("LA ID", lambda r: r.la_id, key="la_id", width=75),
        Column("Last contact", lambda r: format_uk(_last_contact(r)), sort=_last_contact, key="last_contact", width=88),
        Column("Next due", lambda r: _next_due(_touch(r)), key="next_due", width=112,
               sort=lambda r: d.due if (d := _open_due(r)) else None,
               colour=lambda r: _red(r, "contact_overdue"),
               tooltip=lambda r: t.due.reason if (t := _touch(r)) else ""),
        Column("In touch", lambda r: _in_touch(_touch(r)), key="in_touch", width=70,
               colour=lambda r: _red(r, "not_in_touch"),
               tooltip=lambda r: f"{t.in_touch.label} (903 IN_TOUCH: {t.in_touch.value})" if (t := _touch(r)) else ""),
        Column("To do", lambda r: _tray(r), sort=lambda r: _tray_counts(r).pressing * 1000 + _tray_counts(r).total,
               key="tray", width=105, colour=lambda r: _red(r, "overdue_work"),
               tooltip=lambda r: "Items in the work tray: how many are overdue (or need doing now), of all"),
        Column("Lives", lambda r: _lives(r.facts.accom), key="accom", width=245,
               tooltip=lambda r: _lives_tooltip(r.facts.accom),
               colour=lambda r: _red(r, "unsuitable", "unjudged", "no_accommodation", "accommodation_to_check")),
        Column("EET", lambda r: _eet(r), key="eet", width=215, sort=lambda r: _neet_days(r),
               tooltip=lambda r: _eet_tooltip(r),
               colour=lambda r: _red(r, "neet")),
        Column("Health history", lambda r: health_label(r.facts.health), key="health", width=105,
               tooltip=lambda r: r.facts.health.message if r.facts.health else "",
               colour=lambda r: _red(r, "health_history_overdue", "health_history_due")),
        Column("Cover", lambda r: r.facts.cover.cover_name if r.facts.cover else "", key="cover", width=110,
               tooltip=lambda r: r.facts.cover.label if r.facts.cover else "", colour=lambda r: ACCENT),
        Column("Pathway plan", lambda r: p.label if (p := _plan(r)) else "", key="plan", width=135,
               sort=lambda r: ((p.review.due or date.min) if p.has_plan else date.min) if (p := _plan(r)) else None,
               colour=lambda r: _red(r, "no_plan", "review_overdue"),
               tooltip=lambda r: p.review.reason if (p := _plan(r)) and p.review.due else ""),
        Column("Late actions", lambda r: str(p.overdue_actions) if (p := _plan(r)) and p.overdue_actions else "",
               sort=lambda r: p.overdue_actions if (p := _plan(r)) else 0, numeric=True, key="overdue_actions", width=80,
               colour=lambda r: ERROR, tooltip=lambda r: "Plan actions past their date"),
    ]


# "Only show young people who": the judgements of domain.attention, as the record's header makes them.
CASELOAD_FILTERS: list[tuple[str, Callable[[CaseloadRow], bool] | None]] = [
    ("Everyone", None), *((a.filter_label or a.key, a.applies) for a in ATTENTION_FILTERS)]


def _red(row: CaseloadRow, *keys: str) -> str | None:
    """A cell is red when what it shows needs attention (domain.attention, as the header and the
    filters judge it)."""
    return ERROR if any(needs(row, k) for k in keys) else None


def _plan(row: CaseloadRow) -> PlanAlerts | None:
    return row.facts.plan


def _last_contact(row: CaseloadRow) -> date | None:
    t = row.facts.touch
    return t.last_contact.date() if t is not None and t.last_contact is not None else None


def _open_due(row: CaseloadRow) -> ContactDue | None:
    """The next contact's date, unless an in-touch decision is in force."""
    t = row.facts.touch
    return t.due if t is not None and t.decision is None else None


def _tray_counts(row: CaseloadRow) -> TrayCounts:
    return row.facts.tray or TrayCounts()


def _neet_days(row: CaseloadRow) -> int:
    st = row.facts.eet
    days = st.neet_days(row.as_at) if st is not None and row.as_at is not None else None
    return -1 if days is None else days


def _touch(row: CaseloadRow) -> TouchStatus | None:
    return row.facts.touch


# The caseload says things in plain words, with the 903 code after them where the data team
# needs it (ACCOM, ACTIV), so a PA who never learnt the return's letters can read it.

def _tray(row: CaseloadRow) -> str:
    total, overdue = _tray_counts(row).total, _tray_counts(row).pressing
    if not total:
        return ""
    return f"{overdue} overdue of {total}" if overdue else f"{total} due soon"


def _next_due(touch) -> str:
    if touch is None or touch.decision is not None:
        return ""
    if touch.due.is_overdue():
        return f"{counted(touch.due.overdue_days, 'day')} overdue"
    return format_uk(touch.due.due)


def _in_touch(touch) -> str:
    if touch is None:
        return ""
    return {InTouch.YES: "Yes", InTouch.NO: "No"}.get(touch.in_touch, touch.in_touch.label)


def _short_type(letter: str) -> str:
    """ "Independent living (own tenancy, …)" -> "Independent living"."""
    return ACCOMMODATION_TYPES[letter][0].split(" (")[0].split(",")[0]


def _lives(st) -> str:
    if st is None:
        return ""
    if st.episode is None:
        return "Not recorded"
    letter = st.episode.accom_type
    if st.suitability is None:
        return f"{_short_type(letter)}, not judged ({letter})"
    return f"{_short_type(letter)}, {st.suitability.label.lower()} ({st.accom_code})"


def _lives_tooltip(st) -> str:
    if st is None or st.episode is None:
        return "No accommodation recorded"
    return ACCOMMODATION_TYPES[st.episode.accom_type][0] + (f": {st.suitability.label}" if st.suitability else ": suitability not yet judged") \
        + (f" — {st.flag}" if st.flag else "") + (f" (903 ACCOM {st.accom_code})" if st.accom_code else "")


def _eet(row: CaseloadRow) -> str:
    st = row.facts.eet
    if st is None:
        return ""
    if st.episode is None:
        return "Not recorded"
    neet = st.neet_label(row.as_at) if row.as_at is not None else None
    if neet is not None:
        return f"{neet} ({st.episode.activ})"
    return f"{activ_label(st.episode.activ)} ({st.episode.activ})"


def _eet_tooltip(row: CaseloadRow) -> str:
    st = row.facts.eet
    if st is None or st.episode is None:
        return "No education, employment or training recorded"
    since = f" since {format_uk(st.neet_since)}" if st.neet_since else ""
    return f"{activ_label(st.episode.activ)}{since} (903 ACTIV {st.episode.activ})"


class CaseloadPage(QWidget):
    open_person = Signal(str)
    new_person = Signal()

    def __init__(self, people: PeopleService, workers: WorkerService, me: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseload_page")
        self.people = people
        self.workers = workers
        self.me = me

        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName("Whose caseload")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseload_filter")
        self.filter_edit.setPlaceholderText("Filter by name or LA ID (Ctrl+F)")
        self.filter_edit.setAccessibleName("Filter the caseload by name or LA ID")
        self.filter_edit.setClearButtonEnabled(True)
        self.only_combo = QComboBox()
        self.only_combo.setObjectName("caseload_only")
        self.only_combo.setAccessibleName("Only show young people who")
        for label, _ in CASELOAD_FILTERS:
            self.only_combo.addItem(label)
        self.archived_check = QCheckBox("Show archived")
        self.count_label = QLabel()
        self.count_label.setObjectName("caseload_count")
        self.new_button = QPushButton("New young person…")
        self.new_button.setToolTip("Add a young person to the caseload (Ctrl+N)")

        top = QHBoxLayout()
        top.addWidget(QLabel("Showing:"))
        top.addWidget(self.scope_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.only_combo)
        top.addWidget(self.archived_check)
        top.addWidget(self.new_button)

        self.model = RowsModel(caseload_columns(), self, row_colour=lambda r: MUTED if r.archived or not r.category_active else None)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseload_table")
        self.table.setAccessibleName("Caseload")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionsMovable(True)
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open_index)  # Enter, or a double-click

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._fill_scopes()
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.archived_check.toggled.connect(self.refresh)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.only_combo.currentIndexChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_person)
        self._restore_header()

    # -- scope ----------------------------------------------------------------------------
    def _fill_scopes(self) -> None:
        c = self.scope_combo
        c.blockSignals(True)
        c.clear()
        c.addItem(ScopeKind.MINE.label, Scope(ScopeKind.MINE, self.me.id))
        c.addItem(ScopeKind.TEAM.label, Scope(ScopeKind.TEAM, self.me.id))
        c.addItem(ScopeKind.ALL.label, Scope(ScopeKind.ALL))
        c.insertSeparator(c.count())
        for w in self.workers.workers():
            if w.role == Role.PA and w.id != self.me.id:
                c.addItem(f"{w.name}'s caseload", Scope(ScopeKind.WORKER, w.id))
        c.setCurrentIndex(1 if self.me.role == Role.MANAGER else 0)
        c.blockSignals(False)

    def set_scope(self, scope: Scope) -> None:
        for i in range(self.scope_combo.count()):
            if self.scope_combo.itemData(i) == scope:
                self.scope_combo.setCurrentIndex(i)
                return

    def scope(self) -> Scope:
        return self.scope_combo.currentData() or Scope(ScopeKind.MINE, self.me.id)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.people.caseload(self.scope(), include_archived=self.archived_check.isChecked())
        self.model.set_rows(rows)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = fold(self.filter_edit.text().strip())
        only = CASELOAD_FILTERS[max(0, self.only_combo.currentIndex())][1]
        if needle and only:
            self.proxy.set_predicate(lambda r: needle in r.search_key and only(r))
        elif needle:
            self.proxy.set_predicate(lambda r: needle in r.search_key)
        else:
            self.proxy.set_predicate(only)
        self._update_count()

    def show_only(self, label: str) -> None:
        """Choose a filter by its label (e.g. "NEET")."""
        for i, (text, _) in enumerate(CASELOAD_FILTERS):
            if text == label:
                self.only_combo.setCurrentIndex(i)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        everyone = counted(total, "young person", "young people")
        self.count_label.setText(everyone if shown == total else f"Showing {shown} of {everyone}")

    def visible_rows(self) -> list[CaseloadRow]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    # -- opening --------------------------------------------------------------------------
    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_person.emit(self.proxy.row_at(index.row()).id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # -- remembered layout (UI state only) ------------------------------------------------
    def _columns_signature(self) -> str:
        return ",".join(c.key for c in self.model.columns)

    def _restore_header(self) -> None:
        """Column widths and order as the user left them, if the columns are still the same set."""
        s = QSettings()
        state = s.value("caseload/header")
        if state is not None and s.value("caseload/columns") == self._columns_signature():
            self.table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        s = QSettings()
        s.setValue("caseload/header", self.table.horizontalHeader().saveState())
        s.setValue("caseload/columns", self._columns_signature())

