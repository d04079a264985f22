"""A young person's record: header with who they are and their category, then tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.attention import header_lines
from ..domain.codes import GENDERS, label_for
from ..domain.dates import format_uk, from_iso
from ..domain.errors import NotAllowed, ValidationError
from ..services.people import PersonRecord
from .ask import ask
from .colours import ERROR, hex_colour
from .models import Column, RowsModel, RowsProxy
from .ops import Operations
from .person_form import PersonForm
from .screen import scroll_when_cramped
from .widgets import counted, replace_placeholder, set_role

if TYPE_CHECKING:
    from ..app import Services


def _style(label: QLabel, role: str) -> QLabel:
    set_role(label, role)
    return label


class RecordHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_label = _style(QLabel(), "heading")
        self.name_label.setObjectName("record_name")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("record_facts")
        self.category_label = QLabel()
        self.category_label.setObjectName("record_category")
        # How the category was worked out is a paragraph: shown when asked for, so a small
        # screen keeps its room for the record (the tooltip has it too).
        self.reason_label = QLabel()
        self.reason_label.setObjectName("record_category_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(False)
        self.how_button = QToolButton()
        self.how_button.setObjectName("record_category_how")
        self.how_button.setText("How was this worked out?")
        self.how_button.setCheckable(True)
        self.how_button.setAutoRaise(True)
        self.how_button.setArrowType(Qt.ArrowType.RightArrow)
        self.how_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.how_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.how_button.toggled.connect(self._show_reason)
        self.pa_label = QLabel()
        self.pa_label.setObjectName("record_pa")
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("record_alerts")
        self.alerts_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("record_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.facts_label.setWordWrap(True)
        self.pa_label.setWordWrap(True)
        # Compact, so the record's tabs keep most of a small screen: the name and the facts share
        # a line, then the category and the PA, (how the category was worked out,) and what
        # needs attention.
        first = QHBoxLayout()
        first.setSpacing(12)
        first.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignBaseline)
        first.addWidget(self.facts_label, 1, Qt.AlignmentFlag.AlignBaseline)
        second = QHBoxLayout()
        second.setSpacing(12)
        second.addWidget(self.category_label)
        second.addWidget(self.how_button)
        second.addWidget(self.pa_label, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.banner)
        lay.addLayout(first)
        lay.addLayout(second)
        lay.addWidget(self.reason_label)
        lay.addWidget(self.alerts_label)

    def _show_reason(self, shown: bool) -> None:
        self.reason_label.setVisible(shown)
        self.how_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_alerts(self, alerts: list[str]) -> None:
        """Things that need attention, in red under the header (overdue review, actions, …)."""
        self.alerts_label.setText(" · ".join(alerts))
        self.alerts_label.setStyleSheet(f"color: {hex_colour(ERROR)}; font-weight: bold;")
        self.alerts_label.setVisible(bool(alerts))

    def show_record(self, rec: PersonRecord) -> None:
        p = rec.person
        self.name_label.setText(p.display_name)
        facts = []
        if p.display_name != p.legal_name:
            facts.append(f"Legal name {p.legal_name}")
        if p.pronouns:
            facts.append(p.pronouns)
        facts.append(f"Age {rec.age} (born {format_uk(p.dob)})")
        facts.append(label_for(GENDERS, p.gender))
        if p.la_id:
            facts.append(f"LA ID {p.la_id}")
        if p.uasc:
            facts.append("UASC")
        if p.edt_alert:
            facts.append("EDT alert")
        self.facts_label.setText("  ·  ".join(facts))
        cat = rec.category
        status = "" if cat.active else " — leaving-care duties are not active"
        until = f", duties to {format_uk(cat.duties_end)}" if cat.active and cat.duties_end else ""
        self.category_label.setText(f"<b>{cat.category.label}</b>{status}{until}")
        ends = f" Duties end: {_html(cat.duties_end_reason)}." if cat.active and cat.duties_end else ""
        self.reason_label.setText(f"{_html(cat.reason)}{ends}")
        self.category_label.setToolTip(f"<p>{_html(cat.reason)}{ends}</p>")
        pa = rec.pa.name if rec.pa else "Unallocated (held by the team manager)"
        changes = rec.pa_changes_12m
        warn = f' <span style="color:{hex_colour(ERROR)}"><b>(frequent changes)</b></span>' if changes >= 2 else ""
        self.pa_label.setText(f"Personal adviser: <b>{_html(pa)}</b> · {counted(changes, 'change')} of PA in the last 12 months{warn}")
        if p.archived_at:
            set_role(self.banner, "banner-warning")
            self.banner.setText(f"Archived on {format_uk(from_iso(p.archived_at[:10]))}: {p.archived_reason}")
            self.banner.setVisible(True)
        else:
            self.banner.setVisible(False)


def _local_time(iso_utc: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso_utc


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DetailsTab(QWidget):
    saved = Signal()

    def __init__(self, page: RecordPage):
        super().__init__(page)
        self.page = page
        self.form = PersonForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton("Save changes")
        self.save_button.setObjectName("save_details")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.revert_button = QPushButton("Undo changes")
        self.status = _style(QLabel(), "subtle")
        self.status.setObjectName("details_status")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addLayout(bar)
        self.dirty = False
        self.form.changed.connect(self._mark_dirty)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_dirty(False)

    def _mark_dirty(self) -> None:
        if not self.dirty:  # (on every keystroke: only the first changes anything)
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.status.setText("Unsaved changes")

    def load(self, rec: PersonRecord) -> None:
        self.form.load(rec.person)
        self._set_dirty(False)

    def revert(self) -> None:
        self.page.reload()
        self.status.setText("Changes undone")

    def save(self) -> bool:
        if not self.dirty:
            return True
        try:
            person = self.form.person()
            self.page.people.update(person)
        except ValidationError as exc:
            self.form.show_errors(exc)
            self.status.setText("Not saved: see the messages in red")
            return False
        except NotAllowed as exc:
            ask.warn(self, "Not saved", str(exc))
            return False
        self._set_dirty(False)
        self.form.errors.clear()
        self.page.reload()
        self.status.setText("Saved")
        self.saved.emit()
        return True


class AllocationTab(QWidget):
    def __init__(self, page: RecordPage):
        super().__init__(page)
        self.page = page
        self.model = RowsModel([
            Column("Personal adviser", lambda a: a.worker_name),
            Column("From", lambda a: format_uk(a.start), sort=lambda a: a.start),
            Column("To", lambda a: format_uk(a.end, "now"), sort=lambda a: a.end),
            Column("Reason", lambda a: a.reason),
        ], self)
        proxy = RowsProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("allocation_table")
        self.table.setAccessibleName("Allocation history")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.change_button = QPushButton("Change PA…")
        self.change_button.setObjectName("change_pa")
        self.change_button.clicked.connect(page.change_pa)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.change_button)
        self.history = RowsModel([
            Column("When", lambda h: _local_time(h.at), sort=lambda h: h.at),
            Column("Who", lambda h: h.who),
            Column("What", lambda h: h.what),
            Column("Which fields", lambda h: h.fields),
        ], self)
        hist_proxy = RowsProxy(self)
        hist_proxy.setSourceModel(self.history)
        self.history_table = QTableView()
        self.history_table.setObjectName("history_table")
        self.history_table.setAccessibleName("Changes to this record")
        self.history_table.setModel(hist_proxy)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((130, 160, 230)):
            self.history_table.setColumnWidth(i, w)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(QLabel("Changes to this record (from the audit trail: who, when and which fields, never the values)"))
        lay.addWidget(self.history_table, 2)

    def load(self, rec: PersonRecord) -> None:
        self.model.set_rows(rec.allocations)
        self.history.set_rows(self.page.people.history(rec.person.id) if rec.person.id else [])
        self.summary.setText(f"{counted(len(rec.allocations), 'allocation')}; "
                             f"{counted(rec.pa_changes_12m, 'change')} of PA in the last 12 months.")


# Access keys: the record's tabs, and the menus (File, View), are in view with every tab's own
# controls, so no control in a tab may use D, O, P, W, E, M, H, N, Y, F or V
# (tests/gui/test_keyboard_gui.py checks every window). Every letter of "Identity and duties" is
# taken by some tab's controls, so that tab has no access key: Ctrl+Tab reaches it, and the work
# tray's items open it.
LAZY_TABS = (("contacts", "C&ontacts"), ("plan", "&Pathway plan"), ("living", "&Where they live"), ("eet", "&EET"),
             ("money", "&Money"), ("health", "&Health"), ("duties", "Identity and duties"), ("chronology", "Chro&nology"),
             ("copy", "Their copy"))


def _read_only(tab: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    allowed = {"log_contact", "add_note", "plan_pdf", "health_passport", "status_letter"}
    for w in tab.findChildren(QAbstractButton):
        if w.objectName() not in allowed and w.__class__.__name__ == "QPushButton":
            w.setEnabled(False)
    for w in tab.findChildren(QLineEdit) + tab.findChildren(QPlainTextEdit):
        w.setReadOnly(True)


class RecordPage(QWidget):
    """One young person's record. Emits ``changed`` after anything is saved."""

    changed = Signal(str)
    title_changed = Signal(str)

    def __init__(self, services: Services, person_id: str, me, parent: QWidget | None = None, *,
                 ops: Operations | None = None):
        super().__init__(parent)
        self.setObjectName("record_page")
        self.services = services
        # The window's one queue of long work (a record opened alone, as in a test, gets its own).
        self.ops = ops if ops is not None else Operations(services, self)
        self.me = me
        self.people = services.people
        self.person_id = person_id
        self.header = RecordHeader()
        self.archive_button = QPushButton("Archive…")
        self.archive_button.setObjectName("archive_button")
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.copy_id_button = QPushButton("Copy LA ID")
        self.copy_id_button.setObjectName("copy_la_id")
        self.copy_id_button.setToolTip("Copies the LA ID; the clipboard is cleared again after 30 seconds")
        self.copy_id_button.clicked.connect(self.copy_la_id)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.copy_id_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        self.details = DetailsTab(self)
        self.details.saved.connect(lambda: self.changed.emit(self.person_id))
        self.allocation = AllocationTab(self)
        scroll_when_cramped(self.allocation)
        # The other tabs are built (and their data read) when first shown or asked for, so a
        # record opens at once however long the young person's history is.
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._cover_copy = False
        self._stale: set = set()
        self.tabs.addTab(self.details, "&Details")
        for name, title in LAZY_TABS:
            holder = QWidget()
            holder.setObjectName(f"{name}_tab")
            self._placeholders[name] = holder
            self.tabs.addTab(holder, title)
        self.tabs.addTab(self.allocation, "PA and histor&y")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.cover_banner = QLabel()
        self.cover_banner.setObjectName("cover_copy_banner")
        set_role(self.cover_banner, "banner-warning")
        self.cover_banner.setWordWrap(True)
        self.cover_banner.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.cover_banner)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        self.record: PersonRecord | None = None
        self.reload()
        if services.cover.is_cover_copy(person_id):
            self.set_cover_copy()

    def reload(self) -> None:
        rec = self.people.record(self.person_id)
        self.record = rec
        self.header.show_record(rec)
        self.details.load(rec)
        self.allocation.load(rec)
        self.archive_button.setText("Restore…" if rec.person.archived_at else "Archive…")
        self.copy_id_button.setVisible(bool(rec.person.la_id))
        self.header.show_alerts(self.alert_lines())
        self.title_changed.emit(rec.person.display_name)

    def changed_elsewhere(self) -> None:
        """The record changed outside this page (a sync brought another worker's changes): show
        it now, and bring each tab up to date when next looked at (the one in view at once)."""
        self.reload()
        self._stale.update(self.data_tabs)
        self._tab_shown(self.tabs.currentIndex())

    def alert_lines(self) -> list[str]:
        """What needs attention on this record, for the header: the judgements of
        domain.attention, the same as the caseload's filters make."""
        return header_lines(self.people.row(self.person_id))

    @property
    def has_unsaved_changes(self) -> bool:
        return self.details.dirty or self.plan_has_unsaved_changes

    @property
    def plan_has_unsaved_changes(self) -> bool:
        """A draft being written on the plan tab (never true if the tab was not opened)."""
        return "plan" in self._built and self._built["plan"].has_unsaved_changes

    def show_tab(self, name: str) -> None:
        """Bring a tab forward by its object name (e.g. "plan_tab")."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == name:
                self.tabs.setCurrentIndex(i)
                return

    def set_cover_copy(self) -> None:
        """A record brought in from a cover pack: read-only apart from cover work."""
        from ..services.context import COVER_COPY_MESSAGE

        self.cover_banner.setText(COVER_COPY_MESSAGE)
        self.cover_banner.setVisible(True)
        self.archive_button.setEnabled(False)
        self._cover_copy = True
        _read_only(self.details)
        _read_only(self.allocation)
        for name, tab in self._built.items():
            self._restrict_for_cover(name, tab)

    def _restrict_for_cover(self, name: str, tab) -> None:
        """Cover copies: only contacts, notes, plan progress and printing are allowed."""
        if name in ("living", "eet", "money", "health", "duties", "copy"):
            _read_only(tab)
        elif name == "contacts":
            tab.decision_button.setEnabled(False)
            tab.cadence_button.setEnabled(False)
        elif name == "plan":
            tab.cover_copy = True
            tab.reload(keep_version=True)

    def copy_la_id(self) -> None:
        from .clipboard import copy_identifier

        if self.record.person.la_id:
            copy_identifier(self.record.person.la_id)

    # -- tabs built when first needed --------------------------------------------------------
    def _make_tab(self, name: str) -> QWidget:
        """The record hands each tab the services it uses (and nothing else)."""
        s, pid = self.services, self.person_id
        if name == "contacts":
            from .contacts_tab import ContactsTab

            return ContactsTab(s.workers, s.contacts, s.cover, s.settings, s.clock, pid, self.me)
        if name == "plan":
            from .plan_tab import PlanTab

            return PlanTab(s.people, s.plans, s.settings, s.store, s.clock, pid, self.me, section_notes=s.plan_section_notes)
        if name == "chronology":
            from .chronology_tab import ChronologyTab

            return ChronologyTab(s.chronology, s.store, s.clock, pid)
        if name == "health":
            from .health_tab import HealthTab

            return HealthTab(s.health, s.store, s.clock, pid)
        if name == "duties":
            from .duties_tab import DutiesTab

            return DutiesTab(s.people, s.plans, s.living, s.duties, s.store, s.clock, pid)
        if name == "copy":
            from .own_copy_tab import OwnCopyTab
            return OwnCopyTab(s.plans, s.own_copy, s.subject_access, s.clock, self.ops, pid)
        if name == "eet":
            from .eet_tab import EetTab

            return EetTab(s.living, s.clock, pid)
        if name == "money":
            from .money_tab import MoneyTab

            return MoneyTab(s.living, s.clock, pid)
        from .living_tab import LivingTab

        return LivingTab(s.living, s.clock, pid)

    def tab(self, name: str) -> QWidget:
        """The record's tab called ``name`` ("contacts", "plan", ...), built now if not yet."""
        if name in self._built:
            return self._built[name]
        real = self._make_tab(name)
        if name in ("contacts", "plan", "eet", "chronology"):  # the others scroll already
            scroll_when_cramped(real)
        replace_placeholder(self.tabs, self._placeholders.pop(name), real)
        self._built[name] = real
        real.changed.connect(lambda t=real: self._tab_changed(t))
        if self._cover_copy:
            self._restrict_for_cover(name, real)
        return real

    @property
    def data_tabs(self) -> list[QWidget]:
        """Tabs that show data another tab can change (those built so far)."""
        return list(self._built.values())

    contacts = property(lambda self: self.tab("contacts"))
    plan = property(lambda self: self.tab("plan"))
    living = property(lambda self: self.tab("living"))
    eet = property(lambda self: self.tab("eet"))
    money = property(lambda self: self.tab("money"))
    health = property(lambda self: self.tab("health"))
    duties = property(lambda self: self.tab("duties"))
    chronology = property(lambda self: self.tab("chronology"))
    own_copy = property(lambda self: self.tab("copy"))

    def _tab_changed(self, tab) -> None:
        """Something was saved on ``tab``: the header and the other tabs may now be out of date."""
        self._stale.update(t for t in self.data_tabs if t is not tab)
        if tab is self._built.get("duties") and not self.details.dirty:
            self.record = self.people.record(self.person_id)
            self.details.load(self.record)  # the immigration status is a field of the Details tab too
        self.header.show_alerts(self.alert_lines())
        self.changed.emit(self.person_id)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        name = next((n for n, h in self._placeholders.items() if h is tab), None)
        if name is not None:
            self.tab(name)  # first look: build it with fresh data
            return
        if tab in self._stale:
            if tab is self.plan:
                if self.plan.has_unsaved_changes:
                    return  # never throw away a draft being written
                self.plan.reload(keep_version=True)
            else:
                tab.reload()
            self._stale.discard(tab)

    def go_to(self, target: str, ref: str = "") -> None:
        """Show where something is dealt with: "contacts", "plan", "plan:section:<key>", "chronology", "details", "pa"."""
        kind, _, rest = target.partition(":")
        name = {"contacts": "contacts_tab", "plan": "plan_tab", "chronology": "chronology_tab", "living": "living_tab",
                "eet": "eet_tab", "money": "money_tab", "health": "health_tab", "duties": "duties_tab",
                "copy": "copy_tab"}.get(kind)
        if name:
            self.show_tab(name)
        elif kind == "details":
            self.tabs.setCurrentWidget(self.details)
        elif kind == "pa":
            self.tabs.setCurrentWidget(self.allocation)
        if kind == "copy" and ref:
            self.tab("copy").select_request(ref)
        if kind == "plan" and rest.startswith("section:"):
            from ..domain.plans import SectionKey

            key = SectionKey(rest.split(":", 1)[1])
            self.plan.show_section(key)
            page = self.plan.pages[key]
            for item in list(page.actions_model.rows) + list(page.cont_model.rows):
                if item.id == ref:
                    page.select_item(item)

    def change_pa(self) -> None:
        from .dialogs import ChangePaDialog

        dlg = ChangePaDialog(self.people, self.services.workers, self.person_id, self)
        if dlg.exec():
            self.reload()
            self.changed.emit(self.person_id)

    def archive_or_restore(self) -> None:
        p = self.record.person
        if p.archived_at:
            if not ask.confirm(self, "Restore record", f"Restore {p.display_name}'s record to the caseload?", yes="Restore"):
                return
            self.people.restore(self.person_id)
        else:
            reason = ask.text(self, "Archive record", f"Why is {p.display_name}'s record being archived? "
                              "(It is kept and can be restored.)")
            if reason is None:
                return
            try:
                self.people.archive(self.person_id, reason)
            except ValidationError as exc:
                ask.warn(self, "Not archived", str(exc))
                return
        self.reload()
        self.changed.emit(self.person_id)
