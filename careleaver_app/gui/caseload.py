"""The caseload: a sortable, filterable table of young people."""

from __future__ import annotations

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

from ..domain.dates import format_uk
from ..domain.eligibility import Category
from ..domain.people import Role, Worker
from ..domain.text import fold
from ..services.health import health_label
from ..domain.accommodation import ACCOMMODATION_TYPES
from ..domain.contacts import InTouch
from ..domain.eet import activ_label
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
        Column("Last contact", lambda r: format_uk(_touch(r).last_contact.date()) if _touch(r) and _touch(r).last_contact else "",
               sort=lambda r: _touch(r).last_contact.date() if _touch(r) and _touch(r).last_contact else None, key="last_contact", width=88),
        Column("Next due", lambda r: _next_due(_touch(r)), key="next_due", width=112,
               sort=lambda r: (_touch(r).due.due if _touch(r) and _touch(r).decision is None else None),
               colour=lambda r: ERROR if _touch(r) and _touch(r).decision is None and _touch(r).due.is_overdue() else None,
               tooltip=lambda r: _touch(r).due.reason if _touch(r) else ""),
        Column("In touch", lambda r: _in_touch(_touch(r)), key="in_touch", width=70,
               colour=lambda r: ERROR if _touch(r) and _touch(r).lost_touch and r.category_active else None,
               tooltip=lambda r: f"{_touch(r).in_touch.label} (903 IN_TOUCH: {_touch(r).in_touch.value})" if _touch(r) else ""),
        Column("To do", lambda r: _tray(r), sort=lambda r: (r.extra.get("tray") or (0, 0))[1] * 1000 + (r.extra.get("tray") or (0, 0))[0],
               key="tray", width=105, colour=lambda r: ERROR if (r.extra.get("tray") or (0, 0))[1] else None,
               tooltip=lambda r: "Items in the work tray: how many are overdue (or need doing now), of all"),
        Column("Lives", lambda r: _lives(r.extra.get("accom")), key="accom", width=245,
               tooltip=lambda r: _lives_tooltip(r.extra.get("accom")),
               colour=lambda r: ERROR if r.extra.get("accom") and r.extra["accom"].flag and r.category_active else None),
        Column("EET", lambda r: _eet(r), key="eet", width=215, sort=lambda r: _neet_days(r),
               tooltip=lambda r: _eet_tooltip(r),
               colour=lambda r: ERROR if r.extra.get("eet") and r.extra["eet"].neet_since else None),
        Column("Health history", lambda r: health_label(r.extra.get("health")), key="health", width=105,
               tooltip=lambda r: r.extra["health"].message if r.extra.get("health") else "",
               colour=lambda r: ERROR if r.extra.get("health") and r.extra["health"].needs_attention and r.category_active else None),
        Column("Cover", lambda r: r.extra["cover"].cover_name if r.extra.get("cover") else "", key="cover", width=110,
               tooltip=lambda r: r.extra["cover"].label if r.extra.get("cover") else "", colour=lambda r: ACCENT),
        Column("Pathway plan", lambda r: _plan(r).label if _plan(r) else "", key="plan", width=135,
               sort=lambda r: _plan(r) and (_plan(r).review.due or date.min if _plan(r).has_plan else date.min),
               colour=lambda r: ERROR if _plan(r) and r.category_active and (not _plan(r).has_plan or _plan(r).review.is_overdue()) else None,
               tooltip=lambda r: _plan(r).review.reason if _plan(r) and _plan(r).review.due else ""),
        Column("Late actions", lambda r: str(_plan(r).overdue_actions) if _plan(r) and _plan(r).overdue_actions else "",
               sort=lambda r: _plan(r).overdue_actions if _plan(r) else 0, numeric=True, key="overdue_actions", width=80,
               colour=lambda r: ERROR, tooltip=lambda r: "Plan actions past their date"),
    ]


def _touch_due_overdue(r) -> bool:
    t = _touch(r)
    return bool(t and t.decision is None and t.due.is_overdue())


CASELOAD_FILTERS = [
    ("Everyone", None),
    ("Overdue work", lambda r: bool((r.extra.get("tray") or (0, 0))[1])),
    ("Not in touch", lambda r: bool(_touch(r) and _touch(r).lost_touch)),
    ("Contact overdue", _touch_due_overdue),
    ("No plan", lambda r: bool(_plan(r) and not _plan(r).has_plan)),
    ("Review overdue", lambda r: bool(_plan(r) and _plan(r).review.is_overdue())),
    ("Unsuitable accommodation", lambda r: bool(r.extra.get("accom") and r.extra["accom"].suitability is not None
                                                and r.extra["accom"].suitability.value == "2")),
    ("No suitability judgement", lambda r: bool(r.extra.get("accom") and r.extra["accom"].episode is not None
                                                and r.extra["accom"].suitability is None)),
    ("No accommodation recorded", lambda r: bool(r.extra.get("accom") and r.extra["accom"].episode is None)),
    ("NEET", lambda r: bool(r.extra.get("eet") and r.extra["eet"].neet_since)),
    ("Health history not given", lambda r: bool(r.extra.get("health") and r.age >= 16
                                                 and r.extra["health"].stage.value not in ("given", "declined"))),
    ("Being covered", lambda r: bool(r.extra.get("cover"))),
    ("Health history overdue", lambda r: bool(r.extra.get("health") and r.extra["health"].level == "overdue")),
]


def _plan(row):
    return row.extra.get("plan")


def _neet_days(row) -> int:
    st = row.extra.get("eet")
    days = st.neet_days(row.as_at) if st is not None else None
    return -1 if days is None else days


def _touch(row):
    return row.extra.get("touch")


# The caseload says things in plain words, with the 903 code after them where the data team
# needs it (ACCOM, ACTIV), so a PA who never learnt the return's letters can read it.

def _tray(row) -> str:
    total, overdue = row.extra.get("tray") or (0, 0)
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


def _eet(row) -> str:
    st = row.extra.get("eet")
    if st is None:
        return ""
    if st.episode is None:
        return "Not recorded"
    neet = st.neet_label(row.as_at)
    if neet is not None:
        return f"{neet} ({st.episode.activ})"
    return f"{activ_label(st.episode.activ)} ({st.episode.activ})"


def _eet_tooltip(row) -> str:
    st = row.extra.get("eet")
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

