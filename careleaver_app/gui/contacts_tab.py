"""The contact log on a record: keeping in touch, logging and amending contacts."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.contacts import ALWAYS_TWO_WAY, DECISIONS, Contact, ContactType, FollowUp
from ..domain.dates import format_uk, format_uk_datetime
from ..domain.errors import Collector, NotAllowed, ValidationError
from .ask import ask
from .colours import ERROR, hex_colour
from .dialogs import FormDialog
from .forms.amend_dialog_ui import Ui_AmendDialog
from .forms.cadence_dialog_ui import Ui_CadenceDialog
from .forms.contact_dialog_ui import Ui_ContactDialog
from .forms.decision_dialog_ui import Ui_DecisionDialog
from .forms.followup_done_dialog_ui import Ui_FollowUpDoneDialog
from .models import Column, RowsModel, RowsProxy
from .widgets import DateEdit, FieldErrors, counted, set_combo, typed_date, typed_dates

if TYPE_CHECKING:
    from ..services.contacts import ContactService
    from ..services.context import Clock
    from ..services.cover import CoverService
    from ..services.settings import SettingsService
    from ..services.workers import WorkerService



def _esc(t: str) -> str:
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class ContactDialog(FormDialog):
    """Log a contact. The result is saved by the dialog (all or nothing) on OK."""

    def __init__(self, workers: WorkerService, contacts: ContactService, clock: Clock, person_id: str, me,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workers, self.contacts, self.clock = workers, contacts, clock
        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        self.person_id = person_id
        self.saved_id: str | None = None
        now = self.clock.now()
        ui.date_edit.setDate(now.date())
        ui.start_time_edit.setTime(QTime(now.hour, (now.minute // 15) * 15))
        for t in ContactType:
            ui.type_combo.addItem(t.label, t)
        for w in self.workers.workers():
            ui.worker_combo.addItem(f"{w.name} ({w.role.label.lower()})", w.id)
        set_combo(ui.worker_combo, me.id)
        t = ui.followups_table
        t.setHorizontalHeaderLabels(["What", "Who", "By when", "Add to plan"])
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setVisible(False)
        self.errors = FieldErrors({
            "occurred_at": (ui.date_edit, ui.occurred_at_error), "ended_at": (ui.end_time_edit, ui.ended_at_error),
            "seen": (ui.seen_check, ui.seen_error), "seen_alone": (ui.seen_alone_check, ui.seen_alone_error),
            "two_way": (ui.two_way_check, ui.seen_error),
            "summary": (ui.summary_edit, ui.summary_error), "follow_ups": (ui.followups_table, ui.follow_ups_error),
        }, parent=self)
        ui.type_combo.currentIndexChanged.connect(self._type_changed)
        ui.seen_check.toggled.connect(lambda on: ui.seen_alone_check.setEnabled(on))
        ui.add_followup_button.clicked.connect(lambda: self._add_followup())
        ui.remove_followup_button.clicked.connect(self._remove_followup)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._type_changed()
        self.restore_geometry()

    def _type_changed(self) -> None:
        t = self.ui.type_combo.currentData()
        seeable = t in (ContactType.VISIT_HOME, ContactType.VISIT_ELSEWHERE, ContactType.OFFICE, ContactType.VIDEO)
        self.ui.seen_check.setChecked(seeable)
        self.ui.seen_check.setEnabled(seeable)
        self.ui.seen_alone_check.setEnabled(seeable and self.ui.seen_check.isChecked())
        if not seeable:
            self.ui.seen_alone_check.setChecked(False)
        # Two-way by nature (a visit, a call), never (an attempt), or only if they answered (a
        # letter, email or text): domain.contacts.reached.
        self.ui.two_way_check.setChecked(t in ALWAYS_TWO_WAY)
        self.ui.two_way_check.setEnabled(t.may_be_one_way)
        self.ui.summary_label.setText("&Summary *" if t.notes_required else "&Summary")
        self.ui.summary_edit.setPlaceholderText("What happened, what was discussed, how the young person seemed" if t.notes_required
                                                else "How you tried to reach them (optional)")

    def _add_followup(self, what: str = "", who: str = "", due: str = "", to_plan: bool = False) -> None:
        t = self.ui.followups_table
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(what))
        t.setItem(r, 1, QTableWidgetItem(who))
        d = DateEdit(t)
        d.setMaximumWidth(16777215)
        d.setText(due)
        d.setAccessibleName(f"Follow-up {r + 1} by when")
        t.setCellWidget(r, 2, d)
        c = QCheckBox(t)
        c.setChecked(to_plan)
        c.setAccessibleName(f"Add follow-up {r + 1} to the plan")
        t.setCellWidget(r, 3, c)
        t.setCurrentCell(r, 0)
        t.setFocus(Qt.FocusReason.OtherFocusReason)  # what is typed next goes into the new follow-up,
        t.editItem(t.item(r, 0))  # not into the summary

    def _remove_followup(self) -> None:
        t = self.ui.followups_table
        r = t.currentRow() if t.currentRow() >= 0 else t.rowCount() - 1
        if r >= 0:
            t.removeRow(r)

    def contact(self) -> Contact:
        ui = self.ui
        c = Collector()
        day = typed_date(c, ui.date_edit, "occurred_at", "Date")
        if day is None and not ui.date_edit.problem():
            c.add("occurred_at", "Date", "enter the date of the contact (dd/mm/yyyy)")
        start_t = ui.start_time_edit.time()
        start = datetime.combine(day, time(start_t.hour(), start_t.minute())) if day else None
        ended = None
        end_text = ui.end_time_edit.text().strip()
        if end_text and start:
            try:
                hh, mm = (int(x) for x in end_text.replace(".", ":").split(":"))
                ended = datetime.combine(start.date(), time(hh, mm))
            except (ValueError, TypeError):
                c.add("ended_at", "End time", f"“{end_text}” is not a time: enter it as hh:mm, e.g. 14:30")
        followups = []
        t = ui.followups_table
        for r in range(t.rowCount()):
            what = (t.item(r, 0).text() if t.item(r, 0) else "").strip()
            who = (t.item(r, 1).text() if t.item(r, 1) else "").strip()
            d: DateEdit = t.cellWidget(r, 2)
            if not (what or who or d.text().strip()):
                continue
            if d.problem():  # (the row is named in the message, shown beside the table)
                c.add("follow_ups", "Follow-up actions", f"row {r + 1}: {d.problem()}")
            followups.append(FollowUp(what, who, d.value(), t.cellWidget(r, 3).isChecked()))
        c.raise_if_any()
        return Contact(
            person_id=self.person_id, occurred_at=start, contact_type=ui.type_combo.currentData(),
            worker_id=ui.worker_combo.currentData(), seen=ui.seen_check.isChecked(),
            seen_alone=ui.seen_alone_check.isChecked() and ui.seen_check.isChecked(), location=ui.location_edit.text().strip(),
            ended_at=ended, summary=ui.summary_edit.toPlainText().strip(), significant=ui.significant_check.isChecked(),
            two_way=ui.two_way_check.isChecked(), follow_ups=followups,
        )

    def save(self) -> None:
        self.saved_id = self.contacts.log(self.contact())


class AmendDialog(FormDialog):
    def __init__(self, contacts: ContactService, contact: Contact, parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts = contacts
        ui = Ui_AmendDialog()
        ui.setupUi(self)
        self.contact = contact
        ui.original_edit.setPlainText(contact.current_summary)
        ui.summary_edit.setPlainText(contact.current_summary)
        self.setup(ui, {"summary": (ui.summary_edit, ui.summary_error), "reason": (ui.reason_edit, ui.reason_error)})

    def save(self) -> None:
        self.contacts.amend(self.contact.id, self.ui.summary_edit.toPlainText(), self.ui.reason_edit.text())


class DecisionDialog(FormDialog):
    refused_title = "Not recorded"

    def __init__(self, contacts: ContactService, clock: Clock, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts, self.clock = contacts, clock
        ui = Ui_DecisionDialog()
        ui.setupUi(self)
        self.person_id = person_id
        for d in DECISIONS:
            ui.status_combo.addItem(f"{d.label} ({d.value})", d)
        ui.on_edit.setDate(self.clock.today())
        self.setup(ui, {"status": (ui.status_combo, ui.status_error), "on": (ui.on_edit, ui.on_error),
                        "reason": (ui.reason_edit, ui.reason_error)})

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.ui.on_edit, "on", "Date"))
        c.raise_if_any()
        self.contacts.record_decision(self.person_id, self.ui.status_combo.currentData(), on,
                                               self.ui.reason_edit.toPlainText())


class CadenceDialog(FormDialog):
    def __init__(self, contacts: ContactService, settings: SettingsService, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts, self.settings = contacts, settings
        ui = Ui_CadenceDialog()
        ui.setupUi(self)
        self.person_id = person_id
        weeks = self.settings.get().local_contact_weeks
        ui.intro_label.setText(f"The local standard is to see each young person at least every {counted(weeks, 'week')}. "
                               "Set a closer cadence while a young person is in crisis; it ends on the date you give.")
        ui.days_spin.setValue(7)
        self.setup(ui, {"days": (ui.days_spin, ui.days_error), "reason": (ui.reason_edit, ui.reason_error),
                        "until": (ui.until_edit, ui.until_error)})

    def save(self) -> None:
        c = Collector()
        (until,) = typed_dates(c, (self.ui.until_edit, "until", "Until"))
        c.raise_if_any()
        self.contacts.set_cadence(self.person_id, self.ui.days_spin.value(), self.ui.reason_edit.text(), until)


class FollowUpDoneDialog(FormDialog):
    """Mark one of the open follow-ups done, on the day it was done."""

    refused_title = "Not recorded"

    def __init__(self, contacts: ContactService, clock: Clock, followups: list[FollowUp], parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts, self.clock = contacts, clock
        ui = Ui_FollowUpDoneDialog()
        ui.setupUi(self)
        today = self.clock.today()
        for f in followups:
            ui.followup_combo.addItem(f"{f.what} ({f.owner or 'no one named'}, by {format_uk(f.due, 'no date')}"
                                      f"{', overdue' if f.is_overdue(today) else ''})", f.id)
        ui.done_on_edit.setDate(today)
        self.setup(ui, {"followup": (ui.followup_combo, ui.followup_error), "done_on": (ui.done_on_edit, ui.done_on_error)})

    def save(self) -> None:
        c = Collector()
        (on,) = typed_dates(c, (self.ui.done_on_edit, "done_on", "Done on"))
        if on is None and not c.errors:
            c.add("done_on", "Done on", "enter the day it was done (dd/mm/yyyy)")
        c.raise_if_any()
        self.contacts.complete_followup(self.ui.followup_combo.currentData(), on)


def _flags(c: Contact) -> str:
    out = []
    if c.amendments:
        out.append("amended")
    if c.significant:
        out.append("significant")
    if c.covering:
        out.append("cover")
    return ", ".join(out)


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, workers: WorkerService, contacts: ContactService, cover: CoverService, settings: SettingsService,
                 clock: Clock, person_id: str, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.workers, self.contacts, self.cover, self.settings, self.clock = workers, contacts, cover, settings, clock
        self.setObjectName("contacts_tab")
        self.person_id, self.me = person_id, me
        self.status_label = QLabel()
        self.status_label.setObjectName("touch_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.log_button = QPushButton("&Log contact…")
        self.log_button.setObjectName("log_contact")
        self.amend_button = QPushButton("&Amend…")
        self.decision_button = QPushButton("&In-touch decision…")
        self.cadence_button = QPushButton("Closer &contact…")
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        for b in (self.log_button, self.amend_button, self.decision_button, self.cadence_button):
            bar.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.model = RowsModel([
            Column("When", lambda c: format_uk_datetime(c.occurred_at), sort=lambda c: c.occurred_at.timestamp()),
            Column("Type", lambda c: c.contact_type.label + (" (no reply)" if c.contact_type.may_be_one_way and not c.reached else ""),
                   colour=lambda c: ERROR if not c.reached else None),
            Column("By", lambda c: c.worker_name + (" (cover)" if c.covering else "")),
            Column("Seen", lambda c: ("Seen alone" if c.seen_alone else "Seen") if c.seen else ""),
            Column("Summary", lambda c: " ".join(c.current_summary.split())[:140]),
            Column("Notes", _flags),
        ], self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("contacts_table")
        self.table.setAccessibleName("Contact log")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((130, 150, 170, 80, 520)):
            self.table.setColumnWidth(i, w)
        self.detail = QTextBrowser()
        self.detail.setObjectName("contact_detail")
        self.detail.setAccessibleName("The selected contact in full")
        self.followups_label = QLabel()
        self.followups_label.setObjectName("followups")
        self.followups_label.setWordWrap(True)
        self.followup_done_button = QPushButton("Mark follow-&up done…")
        self.notes_label = QLabel()
        self.notes_label.setObjectName("cover_notes")
        self.notes_label.setWordWrap(True)
        self.note_button = QPushButton("Add a no&te…")
        self.note_button.setObjectName("add_note")
        self.more_button = QPushButton("Show older contacts")
        self.count_label = QLabel()
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.detail, 1)
        fu = QHBoxLayout()
        fu.addWidget(self.followups_label, 1)
        fu.addWidget(self.followup_done_button)
        ll.addLayout(fu)
        nl = QHBoxLayout()
        nl.addWidget(self.notes_label, 1)
        nl.addWidget(self.note_button)
        ll.addLayout(nl)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        cl = QHBoxLayout()
        cl.addWidget(self.count_label, 1)
        cl.addWidget(self.more_button)
        tl.addLayout(cl)
        split.addWidget(top)
        split.addWidget(lower)
        split.setSizes([420, 220])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        self.log_button.clicked.connect(self.log_contact)
        self.amend_button.clicked.connect(self.amend)
        self.decision_button.clicked.connect(self.decision)
        self.cadence_button.clicked.connect(self.cadence)
        self.more_button.clicked.connect(self.load_more)
        self.followup_done_button.clicked.connect(self.followup_done)
        self.note_button.clicked.connect(self.add_note)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._loaded = 0
        self.reload()

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        contacts = self.contacts.contacts(self.person_id, limit=max(self._loaded, 200))
        self._loaded = len(contacts)
        self.model.set_rows(contacts)
        total = self.contacts.count(self.person_id)
        self.count_label.setText(f"Showing {len(contacts)} of {counted(total, 'contact')}" if total > len(contacts)
                                 else counted(total, "contact"))
        self.more_button.setVisible(total > len(contacts))
        self._show_status()
        self._show_followups()
        notes = self.cover.notes(self.person_id)
        self.notes_label.setText("Notes: " + "; ".join(f"{n['created_at'][:10]} {n['worker_name']}: {n['note']}" for n in notes[:5])
                                 if notes else "No notes.")
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def load_more(self) -> None:
        self._loaded += 500
        self.reload()

    def _show_status(self) -> None:
        st = self.contacts.status(self.person_id)
        parts = [f"<b>{st.in_touch.label}</b> ({st.in_touch.value})"]
        if st.last_successful:
            parts.append(f"last reached {format_uk(st.last_successful.date())}")
        if st.last_seen:
            parts.append(f"last seen {format_uk(st.last_seen.date())}")
        lines = [", ".join(parts)]
        if st.decision is not None:
            d = [x for x in self.contacts.decisions(self.person_id) if x["ended_on"] is None]
            if d:
                lines.append(f"Recorded {format_uk(date.fromisoformat(d[-1]['decided_on']))}: {_esc(d[-1]['reason'])}")
        else:
            due = st.due
            text = f"Next contact due by <b>{format_uk(due.due)}</b>: {_esc(due.reason)}."
            if due.is_overdue():
                text = f'<span style="color:{hex_colour(ERROR)}"><b>Contact overdue by {counted(due.overdue_days, "day")}</b>: ' \
                       f'it was due by {format_uk(due.due)} ({_esc(due.reason)}).</span>'
            lines.append(text)
        if st.lost_touch:
            attempts = self.contacts.attempts(self.person_id)
            lines.append(f'<span style="color:{hex_colour(ERROR)}">Not in touch: take steps to re-establish contact and log each attempt. '
                         f'{counted(len(attempts), "attempt")} since last reached'
                         + (f", last on {format_uk(attempts[0].day)}" if attempts else "") + ".</span>")
        self.status_label.setText("<br>".join(lines))
        self.status = st

    def _show_followups(self) -> None:
        fus = self.contacts.followups(self.person_id)
        today = self.clock.today()
        self._followups = fus
        if not fus:
            self.followups_label.setText("No open follow-ups.")
        else:
            self.followups_label.setText("Open follow-ups: " + "; ".join(
                f"{f.what} ({f.owner}, by {format_uk(f.due)}{', overdue' if f.is_overdue(today) else ''}"
                f"{', for the plan' if f.to_plan and not f.plan_action_id else ''})" for f in fus))
        self.followup_done_button.setEnabled(bool(fus))

    def selected(self) -> Contact | None:
        idx = self.table.currentIndex()
        return self.proxy.row_at(idx.row()) if idx.isValid() else None

    def _show_selected(self) -> None:
        c = self.selected()
        self.amend_button.setEnabled(c is not None)
        if c is None:
            self.detail.setHtml("<i>No contact selected.</i>")
            return
        when = format_uk_datetime(c.occurred_at) + (f"–{c.ended_at:%H:%M}" if c.ended_at else "")
        seen = ("seen alone" if c.seen_alone else "seen") if c.seen else "not seen"
        if c.contact_type.may_be_one_way:
            seen = "they replied" if c.reached else "no reply: it did not reach them"
        html = [f"<b>{c.contact_type.label}</b>, {when}, by {_esc(c.worker_name)}{' (covering)' if c.covering else ''}; {seen}"
                + (f"; at {_esc(c.location)}" if c.location else "") + (" · <b>significant</b>" if c.significant else ""),
                f"<p>{_esc(c.current_summary)}</p>"]
        if c.amendments:
            html.append("<hr><b>Amendments</b> (the original is kept):")
            html.append(f"<p><i>Original, recorded {_esc(c.created_at[:10])}:</i><br>{_esc(c.summary)}</p>")
            for a in c.amendments:
                html.append(f"<p><i>Amended by {_esc(a.amended_by)} on {_esc(a.amended_at[:10])}: {_esc(a.reason)}</i><br>{_esc(a.summary)}</p>")
        if c.follow_ups:
            html.append("<b>Follow-ups:</b><ul>" + "".join(
                f"<li>{_esc(f.what)} ({_esc(f.owner)}, by {format_uk(f.due)}){' — done ' + format_uk(f.done_on) if f.done_on else ''}</li>"
                for f in c.follow_ups) + "</ul>")
        self.detail.setHtml("".join(html))

    # -- actions ---------------------------------------------------------------------------------
    def log_contact(self) -> None:
        dlg = ContactDialog(self.workers, self.contacts, self.clock, self.person_id, self.me, self)
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def amend(self) -> None:
        c = self.selected()
        if c is None:
            return
        if AmendDialog(self.contacts, c, self).exec():
            self.reload()
            self.changed.emit()

    def decision(self) -> None:
        if self.status.decision is not None:
            reason = ask.text(self, "End the decision", f"“{self.status.decision.label}” is recorded. "
                              "Why does it no longer apply? (e.g. back in touch and asking for support)")
            if reason is None:
                return
            try:
                self.contacts.end_decision(self.person_id, None, reason)
            except (ValidationError, NotAllowed) as exc:
                ask.warn(self, "Not changed", str(exc))
                return
        elif not DecisionDialog(self.contacts, self.clock, self.person_id, self).exec():
            return
        self.reload()
        self.changed.emit()

    def cadence(self) -> None:
        if CadenceDialog(self.contacts, self.settings, self.person_id, self).exec():
            self.reload()
            self.changed.emit()

    def add_note(self) -> None:
        text = ask.text(self, "Add a note", "A note for the young person's record (for example while covering):")
        if not text:
            return
        try:
            self.cover.add_note(self.person_id, text)
        except ValidationError as exc:
            ask.warn(self, "Not added", str(exc))
            return
        self.reload()
        self.changed.emit()

    def followup_done(self) -> None:
        if not self._followups:
            return
        if FollowUpDoneDialog(self.contacts, self.clock, self._followups, self).exec():
            self.reload()
            self.changed.emit()
