"""The pathway plan editor on a young person's record.

Left: the plan's parts, each ticked when done, and a live checklist of what is still
missing before the plan can be finalised (click to jump to it). Right: the part being
edited. Earlier versions open read-only; a finalised version takes progress (actions done,
contingencies checked) but not changes: a review makes a new version.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..domain.errors import NotAllowed, ValidationError
from ..domain.people import Role
from ..domain.plans import SECTIONS, Gap, Plan, SectionKey
from .ask import ask
from .colours import ERROR, colour, hex_colour
from .plan_overview_page import OverviewPage
from .plan_section_page import SectionPage
from .widgets import counted, scroll_area, set_role

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..app import Store
    from ..services.context import Clock
    from ..services.people import PeopleService
    from ..services.plans import PlanService
    from ..services.settings import SettingsService


def _set_text(widget, text: str) -> None:
    """Set a label's or list item's text only if it differs (called as a PA types)."""
    if widget.text() != text:
        widget.setText(text)


class PlanTab(QWidget):
    """The "Pathway plan" tab of a record."""

    changed = Signal()

    def __init__(self, people: PeopleService, plans: PlanService, settings: SettingsService, store: Store, clock: Clock,
                 person_id: str, me, parent: QWidget | None = None, *,
                 section_notes: Callable[[Plan], dict[SectionKey, list[str]]] | None = None):
        super().__init__(parent)
        self.people, self.plans, self.settings, self.store, self.clock = people, plans, settings, store, clock
        self.section_notes = section_notes  # what a section shows from elsewhere in the record (app.py)
        self.setObjectName("plan_tab")
        self.person_id = person_id
        self.me = me
        self.plan: Plan | None = None
        self.dirty = False
        self.editable = False
        self._checklist_shown = None  # what the checklist shows now: (gaps, finalised)
        self.cover_copy = False  # a record from a cover pack: progress only
        person = self.people.get(person_id)
        self.person_name = person.display_name
        self.pa_name = ""

        # Top bar
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("plan_version")
        self.version_combo.setAccessibleName("Plan version")
        # Versions are named at length ("Version 2: 02/09/2026 (review: …)"): the list shows them
        # whole, the box itself does not need the width of the longest.
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(24)
        self.status_label = QLabel()
        self.status_label.setObjectName("plan_status")
        self.start_button = QPushButton("Start the pathway plan")
        self.review_button = QPushButton("Start &a review…")
        self.request_button = QPushButton("As&k for a review…")
        self.finalise_button = QPushButton("Fina&lise…")
        self.discard_button = QPushButton("Discard draft")
        self.oversight_button = QPushButton("Sign off or return…")
        self.pdf_button = QPushButton("P&rint / PDF…")
        for b, name in ((self.start_button, "start_plan"), (self.review_button, "start_review"), (self.request_button, "request_review"),
                        (self.finalise_button, "finalise_plan"), (self.discard_button, "discard_draft"),
                        (self.oversight_button, "oversee_plan"), (self.pdf_button, "plan_pdf")):
            b.setObjectName(name)
        top = QHBoxLayout()
        top.addWidget(QLabel("Version:"))
        top.addWidget(self.version_combo, 1)
        for b in (self.start_button, self.request_button, self.review_button, self.discard_button, self.finalise_button,
                  self.oversight_button, self.pdf_button):
            top.addWidget(b)
        self.review_label = QLabel()
        self.review_label.setObjectName("plan_review_due")
        self.review_label.setWordWrap(True)
        self.requests_label = QLabel()
        self.requests_label.setObjectName("plan_requests")
        self.requests_label.setWordWrap(True)
        self.withdraw_button = QPushButton("Withdraw a request…")
        self.withdraw_button.setObjectName("withdraw_request")
        self.final_banner = QLabel()
        self.final_banner.setObjectName("plan_final_banner")
        set_role(self.final_banner, "banner-warning")
        self.final_banner.setWordWrap(True)

        # Left: parts of the plan + checklist
        self.section_list = QListWidget()
        self.section_list.setObjectName("plan_sections")
        self.section_list.setAccessibleName("Parts of the plan")
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.addItem(QListWidgetItem("About the plan"))
        for s in SECTIONS:
            self.section_list.addItem(QListWidgetItem(f"{s.number}. {s.plain_title}"))
        self.checklist_title = QLabel()
        self.checklist_title.setObjectName("checklist_title")
        self.checklist = QListWidget()
        self.checklist.setObjectName("plan_checklist")
        self.checklist.setAccessibleName("Still needed before the plan can be finalised")
        self.checklist.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.section_list, 3)
        ll.addWidget(self.checklist_title)
        ll.addWidget(self.checklist, 2)

        # Right: pages
        self.stack = QStackedWidget()
        self.overview = OverviewPage(self)
        self.pages: dict[SectionKey, SectionPage] = {}
        self.stack.addWidget(scroll_area(self.overview))
        for s in SECTIONS:
            page = SectionPage(self, s.key)
            self.pages[s.key] = page
            self.stack.addWidget(scroll_area(page))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("plan_empty")

        self.save_button = QPushButton("&Save draft")
        self.save_button.setObjectName("save_plan")
        self.save_status = QLabel()
        self.save_status.setObjectName("plan_save_status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        state = QHBoxLayout()  # what this version is, and when the next review is due
        state.addWidget(self.status_label)
        state.addWidget(self.review_label, 1)
        lay.addLayout(state)
        req_row = QHBoxLayout()
        req_row.addWidget(self.requests_label, 1)
        req_row.addWidget(self.withdraw_button)
        lay.addLayout(req_row)
        lay.addWidget(self.final_banner)
        lay.addWidget(self.empty_label)
        lay.addWidget(splitter, 1)
        lay.addLayout(bottom)
        self.splitter = splitter

        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.checklist.itemActivated.connect(self._jump)
        self.checklist.itemClicked.connect(self._jump)
        self.version_combo.activated.connect(self._version_chosen)
        self.start_button.clicked.connect(self.start_plan)
        self.review_button.clicked.connect(self.start_review)
        self.request_button.clicked.connect(self.request_review)
        self.finalise_button.clicked.connect(self.finalise)
        self.discard_button.clicked.connect(self.discard)
        self.oversight_button.clicked.connect(self.oversee)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.withdraw_button.clicked.connect(self.withdraw_request)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    @property
    def shown(self) -> Plan:
        """The version on screen. The overview and section pages are shown, and take typing, only
        while there is one."""
        if self.plan is None:
            raise LookupError("No pathway plan version is on screen.")
        return self.plan


    @property
    def today(self) -> date:
        return self.clock.today()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, keep_version: bool = False, plan_id: str | None = None) -> None:
        plans = self.plans
        current_id = plan_id or (self.plan.id if keep_version and self.plan else None)
        versions = plans.versions(self.person_id)
        self.version_combo.clear()
        for v in versions:
            self.version_combo.addItem(v.label + (" (current)" if v is versions[0] else ""), v.id)
        chosen = current_id if current_id and any(v.id == current_id for v in versions) else (versions[0].id if versions else None)
        self.plan = plans.get(chosen) if chosen else None
        if chosen:
            self.version_combo.setCurrentIndex(self.version_combo.findData(chosen))
        self._show_plan()

    def _version_chosen(self) -> None:
        if self.dirty and not ask.confirm(self, "Unsaved changes", "Switch version without saving the draft?", yes="Switch without saving"):
            self.version_combo.setCurrentIndex(self.version_combo.findData(self.plan.id))
            return
        self.reload(plan_id=self.version_combo.currentData())

    def _show_plan(self) -> None:
        plan = self.plan
        has = plan is not None
        latest = has and self.version_combo.currentIndex() == 0
        self.editable = has and latest and not plan.is_final and not self.cover_copy
        progress = has and latest
        self.splitter.setVisible(has)
        self.empty_label.setVisible(not has)
        self.start_button.setVisible(not has and not self.cover_copy)
        self.version_combo.setEnabled(has)
        self.review_button.setVisible(has and latest and plan.is_final and not self.cover_copy)
        self.request_button.setVisible(not self.cover_copy)
        self.finalise_button.setVisible(self.editable)
        self.discard_button.setVisible(self.editable)
        self.save_button.setVisible(self.editable)
        self.oversight_button.setVisible(has and plan.is_final and self.me.role == Role.MANAGER)
        self.pdf_button.setEnabled(has)
        review = self.plans.review_status(self.person_id)
        if review.due is None:
            self.review_label.setText("No finalised plan yet: the first plan sets the six-monthly review date.")
            self.review_label.setStyleSheet("")
        elif review.is_overdue():
            self.review_label.setText(f"Review overdue by {counted(review.overdue_days, 'day')}: "
                                      f"it was due by {format_uk(review.due)} ({review.reason}).")
            self.review_label.setStyleSheet(f"color: {hex_colour(ERROR)}; font-weight: bold;")
        else:
            self.review_label.setText(f"Next review due by {format_uk(review.due)} ({review.reason}).")
            self.review_label.setStyleSheet("")
        self._show_requests()
        self.final_banner.setVisible(has and plan.is_final)
        if has and plan.is_final:
            self.final_banner.setText(
                "This version is finalised and cannot be changed: it is a record of what was agreed. "
                + ("To change the plan, start a review: it makes a new version from this one. Progress on actions and "
                   "contingency checks can still be recorded." if latest else "This is an earlier version, kept for the record."))
        if plan is None:
            self.empty_label.setText(f"{self.person_name} has no pathway plan yet. Every eligible, relevant and former relevant "
                                     "young person must have one (CLR 2010 reg 6). Start it here: it is saved as a draft until you finalise it.")
            self.status_label.setText("")
            self.dirty = False
            return
        self.pa_name = plan.pa_name
        if plan.is_final:
            status = f"Finalised {format_uk(plan.plan_date)}"
            if plan.oversight_status:
                status += f" · {plan.oversight_status}"
            if not latest:
                status += " · an earlier version, read-only"
        else:
            status = "Draft: not yet agreed"
        self.status_label.setText(status)
        self.overview.load(plan, self.editable)
        for page in self.pages.values():
            page.load(plan, self.editable, progress)
        self._health_notes()
        self.dirty = False
        self.save_status.setText("")
        if self.section_list.currentRow() < 0:
            self.section_list.setCurrentRow(0)
        self.update_checklist()

    def _show_requests(self) -> None:
        open_requests = [r for r in self.plans.requests(self.person_id) if r.open]
        self.requests_label.setText("Review requests: " + "; ".join(
            f"{r.source.label} on {format_uk(r.requested_on)}, hold by {format_uk(r.due_by)}" + (f" ({r.reason})" if r.reason else "")
            for r in open_requests) if open_requests else "")
        self.requests_label.setVisible(bool(open_requests))
        self.withdraw_button.setVisible(any(r.source.can_be_withdrawn for r in open_requests))
        self._open_requests = open_requests

    def withdraw_request(self) -> None:
        withdrawable = [r for r in self._open_requests if r.source.can_be_withdrawn]
        if not withdrawable:
            return
        req = withdrawable[0]
        reason = ask.text(self, "Withdraw review request",
                          f"{req.source.label} on {format_uk(req.requested_on)}. Why is the review no longer needed?")
        if reason is None:
            return
        try:
            self.plans.withdraw_request(req.id, reason)
        except (ValidationError, NotAllowed) as exc:
            ask.warn(self, "Not withdrawn", str(exc))
            return
        self.reload(keep_version=True)
        self.changed.emit()

    def _health_notes(self) -> None:
        if self.section_notes is None:
            return
        notes = self.section_notes(self.shown)
        for key, page in self.pages.items():
            page.set_notes(notes.get(key, []))

    # -- editing ---------------------------------------------------------------------------
    def mark_dirty(self) -> None:
        """Called on every keystroke in the plan: it touches only what changed (a PA types
        thousands of characters into a plan; nothing is rebuilt per key)."""
        if self.plan is None or not self.editable:
            return
        if not self.dirty:
            self.dirty = True
            self.save_status.setText("Unsaved changes")
        self.update_checklist()

    def content_changed(self) -> None:
        for page in self.pages.values():
            page.refresh_tables(self.shown)
        self.mark_dirty()

    @property
    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def update_checklist(self) -> None:
        """The live checklist and the ticks beside the parts, updated in place: items are kept,
        and text is set only where it changed."""
        if self.plan is None:
            return
        gaps = self.plans.gaps(self.plan)
        final = self.plan.is_final
        shown = (tuple((g.message, g.target) for g in gaps), final)
        if shown == self._checklist_shown:
            return
        self._checklist_shown = shown
        lst = self.checklist
        for i, g in enumerate(gaps):
            text = "✗ " + g.message
            item = lst.item(i)
            if item is None:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.target)
                item.setForeground(self._gap_brush())
                lst.addItem(item)
                continue
            if item.text() != text:
                item.setText(text)
            if item.data(Qt.ItemDataRole.UserRole) != g.target:
                item.setData(Qt.ItemDataRole.UserRole, g.target)
        while lst.count() > len(gaps):
            lst.takeItem(lst.count() - 1)
        visible = bool(gaps) and not final
        if lst.isVisibleTo(self) != visible:
            lst.setVisible(visible)
        if final:
            title = "This version is finalised."
        elif gaps:
            title = f"Still needed before finalising ({len(gaps)}):"
        else:
            title = "✓ Ready to finalise."
        _set_text(self.checklist_title, title)
        missing_sections = {g.target.split(":")[1] for g in gaps if g.target.startswith("section:")}
        overview_missing = any(g.target.startswith("overview:") for g in gaps)
        _set_text(self.section_list.item(0), ("• " if overview_missing else "✓ ") + "About the plan")
        for i, s in enumerate(SECTIONS, start=1):
            _set_text(self.section_list.item(i), ("• " if s.key.value in missing_sections else "✓ ") + f"{s.number}. {s.plain_title}")

    def _gap_brush(self):
        return QBrush(colour(ERROR))

    def show_section(self, key: SectionKey | None) -> None:
        self.section_list.setCurrentRow(0 if key is None else 1 + [s.key for s in SECTIONS].index(key))

    def _jump(self, item: QListWidgetItem) -> None:
        target: str = item.data(Qt.ItemDataRole.UserRole)
        kind, _, rest = target.partition(":")
        if kind == "overview":
            self.show_section(None)
            widget = {"start_date": self.overview.ui.start_date_edit, "views": self.overview.ui.views_edit,
                      "copy_given_date": self.overview.ui.copy_given_edit}.get(rest, self.overview.ui.views_edit)
            widget.setFocus()
        elif kind == "section":
            key_text, _, field = rest.partition(":")
            key = SectionKey(key_text)
            self.show_section(key)
            page = self.pages[key]
            (page.ui.contingencies_table if field == "contingencies" else page.ui.need_edit).setFocus()
        elif kind in ("action", "contingency"):
            items = self.plan.actions if kind == "action" else self.plan.contingencies
            found = next((x for i, x in enumerate(items) if (x.id or str(i)) == rest), None)
            if found is not None:
                key = found.section if kind == "action" else (found.section if not found.plan_level else SectionKey.CONTINGENCY)
                self.show_section(key)
                self.pages[key].select_item(found)

    def _read_all(self) -> None:
        self.overview.read_dates()

    def save(self) -> bool:
        if self.plan is None or not self.editable:
            return True
        try:
            self._read_all()
            self.plans.save_draft(self.plan)
        except ValidationError as exc:
            self._show_errors(exc)
            self.save_status.setText("Not saved: see the messages in red")
            return False
        except NotAllowed as exc:
            ask.warn(self, "Not saved", str(exc))
            return False
        self.reload(keep_version=True)
        self.save_status.setText("Draft saved")
        self.changed.emit()
        return True

    def _show_errors(self, exc: ValidationError) -> None:
        overview_fields = set(self.overview.errors.fields)
        mine = [e for e in exc.errors if e.field in overview_fields]
        if mine:
            self.show_section(None)
            self.overview.errors.show(ValidationError(mine))
        others = [e for e in exc.errors if e.field not in overview_fields]
        if others:
            ask.warn(self, "Not saved", "\n".join(str(e) for e in others))

    # -- plan lifecycle ------------------------------------------------------------------------
    def start_plan(self) -> None:
        try:
            self.plans.start_plan(self.person_id, self.today)
        except (ValidationError, NotAllowed) as exc:
            ask.warn(self, "Plan not started", str(exc))
            return
        self.reload()
        self.changed.emit()

    def finalise(self) -> None:
        try:
            self._read_all()
        except ValidationError as exc:
            self._show_errors(exc)
            return
        gaps: list[Gap] = self.plans.gaps(self.shown)
        if gaps:
            self.update_checklist()
            self.checklist.setCurrentRow(0)
            self._jump(self.checklist.item(0))
            ask.warn(self, "Not ready to finalise",
                     f"The plan cannot be finalised yet: {len(gaps)} thing{'s are' if len(gaps) != 1 else ' is'} missing. "
                     "The list on the left shows each one; click it to go there.")
            return
        if not ask.confirm(self, "Finalise the plan",
                           "Once finalised this version cannot be changed; a review makes the next version. Finalise it now?",
                           yes="Finalise"):
            return
        try:
            final = self.plans.finalise(self.shown)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        self.reload(plan_id=final.id)
        self.save_status.setText("Finalised")
        self.changed.emit()

    def discard(self) -> None:
        if not ask.confirm(self, "Discard draft", "Throw away this draft version? Earlier versions are kept.", yes="Discard"):
            return
        self.plans.discard_draft(self.shown.id)
        self.reload()
        self.changed.emit()

    def start_review(self) -> None:
        from .plan_dialogs import StartReviewDialog

        dlg = StartReviewDialog(self.plans, self.person_id, self.today, self)
        if dlg.exec() and dlg.new_plan is not None:
            self.reload()
            self.changed.emit()

    def request_review(self) -> None:
        from .plan_dialogs import ReviewRequestDialog

        dlg = ReviewRequestDialog(self.plans, self.person_id, self.today, self)
        if dlg.exec():
            self.reload(keep_version=True)
            self.changed.emit()

    def oversee(self) -> None:
        from .plan_dialogs import OversightDialog

        dlg = OversightDialog(self.plans, self.plan, self.me.id, self.today, self)
        if dlg.exec():
            self.reload(keep_version=True)
            self.changed.emit()

    def known_names(self) -> set[str]:
        """The young person's names and their key people's (for the third-party warning)."""
        from .third_parties import known_names

        return known_names(self.people.get(self.person_id))

    def show_pdf(self) -> None:
        if self.dirty:
            if not ask.confirm(self, "Save first", "Save the draft before printing it?", yes="Save and print"):
                return
            if not self.save():
                return
        if not self.settings.get().out_of_hours_phone and not ask.confirm(
                self, "Out-of-hours number not set",
                "The Emergency Duty Team's number is not set (File → Local settings), so the plan can only tell the young "
                "person to call 999 in the evenings and at weekends. Print it anyway?", yes="Print anyway", no="Cancel"):
            return
        from .pdf_preview import PdfPreviewDialog

        pdf = self.plans.pdf(self.shown.id)
        suffix = "draft" if not self.plan.is_final else format_uk(self.plan.plan_date).replace("/", "-")
        plan_id = self.plan.id
        dlg = PdfPreviewDialog(pdf, "Pathway plan", f"pathway-plan-v{self.plan.version}-{suffix}.pdf", self,
                               on_output=lambda kind: self.store.audit(kind, "plans", plan_id, [], "pathway plan PDF"))
        dlg.exec()
