"""The Identity and duties tab: the first needs assessment and plan, a PA, identity documents and
the care-leaver status letter, immigration status and leave, and notifying a death."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.codes import IMMIGRATION_STATUSES
from ..domain.dates import format_uk
from ..domain.duties import (
    BODY_KINDS,
    CUSTODY,
    DOCUMENT_STATUSES,
    OFFER_OUTCOMES,
    STAYING_CLOSE_NEEDED,
    AgencyRequest,
    DeathNotification,
    HomelessnessRisk,
    PaOffer,
    StayingCloseAssessment,
    needs_duty_to_refer,
    release_work_due,
)
from ..domain.eligibility import OWED_A_PATHWAY_PLAN, Category
from ..domain.errors import Collector
from .colours import ERROR, hex_colour
from .dialogs import FormDialog
from .forms.custody_dialog_ui import Ui_CustodyDialog
from .forms.death_notification_dialog_ui import Ui_DeathNotificationDialog
from .forms.documents_dialog_ui import Ui_DocumentsDialog
from .forms.immigration_dialog_ui import Ui_ImmigrationDialog
from .forms.pa_offer_dialog_ui import Ui_PaOfferDialog
from .forms.request_dialog_ui import Ui_RequestDialog
from .forms.risk_dialog_ui import Ui_RiskDialog
from .forms.staying_close_dialog_ui import Ui_StayingCloseDialog
from .models import Column, RowsModel, rows_table, selected_row
from .widgets import group_box, scroll_area, set_combo, typed_date, typed_dates

if TYPE_CHECKING:
    from ..app import Store
    from ..services.context import Clock
    from ..services.duties import DutiesService
    from ..services.living import LivingService
    from ..services.people import PeopleService
    from ..services.plans import PlanService

CITIZENSHIP_DECISIONS = {"": "", "registered": "Registered as a British citizen", "refused": "Refused"}


class DocumentsDialog(FormDialog):
    def __init__(self, duties: DutiesService, person_id: str, parent=None):
        super().__init__(parent)
        self.duties = duties
        ui = Ui_DocumentsDialog()
        ui.setupUi(self)
        self.person_id = person_id
        self.docs = self.duties.documents(person_id)
        errors = {}
        for d in self.docs:
            combo = getattr(ui, f"{d.kind}_combo")
            for code in ("", "held", "applied", "not_needed"):
                combo.addItem(DOCUMENT_STATUSES[code], code)
            set_combo(combo, d.status)
            getattr(ui, f"{d.kind}_date").setDate(d.on)
            getattr(ui, f"{d.kind}_notes").setText(d.notes)
            errors[d.kind] = (combo, getattr(ui, f"{d.kind}_error"))
        self.setup(ui, errors)

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        out = []
        for d in self.docs:
            on = typed_date(c, getattr(ui, f"{d.kind}_date"), d.kind, d.label)
            out.append(replace(d, status=getattr(ui, f"{d.kind}_combo").currentData(), on=on,
                               notes=getattr(ui, f"{d.kind}_notes").text()))
        c.raise_if_any()
        self.duties.save_documents(self.person_id, out)


class ImmigrationDialog(FormDialog):
    def __init__(self, duties: DutiesService, person_id: str, parent=None):
        super().__init__(parent)
        self.duties = duties
        ui = Ui_ImmigrationDialog()
        ui.setupUi(self)
        self.status = self.duties.immigration(person_id)
        ui.status_combo.addItem("", "")
        for code, label in IMMIGRATION_STATUSES:
            if code:
                ui.status_combo.addItem(label, code)
        for code, label in CITIZENSHIP_DECISIONS.items():
            ui.citizenship_decided_combo.addItem(label, code)
        st = self.status
        set_combo(ui.status_combo, st.status)
        ui.leave_expires_edit.setDate(st.leave_expires)
        ui.home_office_ref_edit.setText(st.home_office_ref)
        ui.legal_representative_edit.setText(st.legal_representative)
        ui.triple_plan_edit.setPlainText(st.triple_plan)
        ui.citizenship_check.setChecked(st.citizenship_entitled)
        ui.citizenship_applied_edit.setDate(st.citizenship_applied_on)
        set_combo(ui.citizenship_decided_combo, st.citizenship_decided)
        ui.notes_edit.setPlainText(st.notes)
        self.setup(ui, {"status": (ui.status_combo, ui.status_error), "leave_expires": (ui.leave_expires_edit, ui.leave_expires_error),
                        "citizenship_applied_on": (ui.citizenship_applied_edit, ui.citizenship_applied_on_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        expires, applied = typed_dates(c, (ui.leave_expires_edit, "leave_expires", "Leave ends on"),
                                       (ui.citizenship_applied_edit, "citizenship_applied_on", "Registration applied for on"))
        c.raise_if_any()
        self.duties.save_immigration(replace(
            self.status, status=ui.status_combo.currentData(), leave_expires=expires, home_office_ref=ui.home_office_ref_edit.text(),
            legal_representative=ui.legal_representative_edit.text(), triple_plan=ui.triple_plan_edit.toPlainText(),
            citizenship_entitled=ui.citizenship_check.isChecked(), citizenship_applied_on=applied,
            citizenship_decided=ui.citizenship_decided_combo.currentData(), notes=ui.notes_edit.toPlainText()))


class DeathNotificationDialog(FormDialog):
    def __init__(self, duties: DutiesService, person_id: str, parent=None):
        super().__init__(parent)
        self.duties = duties
        ui = Ui_DeathNotificationDialog()
        ui.setupUi(self)
        # Opened only once DIED is recorded; otherwise saving says to record it first.
        self.notification = self.duties.death_notification(person_id) or DeathNotification(person_id)
        n = self.notification
        ui.learned_on_edit.setDate(n.learned_on)
        ui.sos_notified_on_edit.setDate(n.sos_notified_on)
        ui.ofsted_notified_on_edit.setDate(n.ofsted_notified_on)
        ui.notes_edit.setPlainText(n.notes)
        self.setup(ui, {f: (getattr(ui, f"{f}_edit"), getattr(ui, f"{f}_error"))
                        for f in ("learned_on", "sos_notified_on", "ofsted_notified_on")})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        learned, sos, ofsted = typed_dates(c, (ui.learned_on_edit, "learned_on", "Learned of the death on"),
                                           (ui.sos_notified_on_edit, "sos_notified_on", "Secretary of State notified on"),
                                           (ui.ofsted_notified_on_edit, "ofsted_notified_on", "Ofsted notified on"))
        c.raise_if_any()
        self.duties.save_death_notification(replace(self.notification, learned_on=learned, sos_notified_on=sos,
                                                             ofsted_notified_on=ofsted, notes=ui.notes_edit.toPlainText()))


class PaOfferDialog(FormDialog):
    def __init__(self, duties: DutiesService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.duties, self.clock = duties, clock
        ui = Ui_PaOfferDialog()
        ui.setupUi(self)
        self.person_id = person_id
        ui.outcome_combo.addItem("", "")
        for code, label in OFFER_OUTCOMES.items():
            ui.outcome_combo.addItem(label, code)
        ui.offered_on_edit.setDate(self.clock.today())
        self.setup(ui, {"offered_on": (ui.offered_on_edit, ui.offered_on_error), "outcome": (ui.outcome_combo, ui.outcome_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        on = typed_date(c, ui.offered_on_edit, "offered_on", "Offered on")
        c.raise_if_any()
        self.duties.record_offer(PaOffer(self.person_id, on, ui.how_edit.text(), ui.outcome_combo.currentData(),
                                                  ui.notes_edit.toPlainText()))


class RequestDialog(FormDialog):
    def __init__(self, duties: DutiesService, clock: Clock, person_id: str, request: AgencyRequest | None, parent=None):
        super().__init__(parent)
        self.duties, self.clock = duties, clock
        ui = Ui_RequestDialog()
        ui.setupUi(self)
        self.request = request or AgencyRequest(person_id, asked_on=self.clock.today())
        ui.body_kind_combo.addItem("", "")
        for code, label in BODY_KINDS.items():
            ui.body_kind_combo.addItem(label, code)
        q = self.request
        set_combo(ui.body_kind_combo, q.body_kind)
        ui.body_name_edit.setText(q.body_name)
        ui.what_edit.setText(q.what)
        ui.asked_on_edit.setDate(q.asked_on)
        ui.chase_by_edit.setDate(q.chase_by)
        ui.duty_to_refer_check.setChecked(q.duty_to_refer)
        ui.consent_check.setChecked(q.consent)
        ui.answered_on_edit.setDate(q.answered_on)
        ui.answer_edit.setText(q.answer)
        ui.notes_edit.setPlainText(q.notes)
        self.setup(ui, {"body_kind": (ui.body_kind_combo, ui.body_kind_error), "what": (ui.what_edit, ui.what_error),
                        "asked_on": (ui.asked_on_edit, ui.asked_on_error), "consent": (ui.consent_check, ui.consent_error),
                        "answered_on": (ui.answered_on_edit, ui.answered_on_error), "answer": (ui.answer_edit, ui.answer_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        asked, chase, answered = typed_dates(c, (ui.asked_on_edit, "asked_on", "Asked on"), (ui.chase_by_edit, "asked_on", "Chase by"),
                                             (ui.answered_on_edit, "answered_on", "Answered on"))
        c.raise_if_any()
        self.duties.save_request(replace(
            self.request, body_kind=ui.body_kind_combo.currentData(), body_name=ui.body_name_edit.text(), what=ui.what_edit.text(),
            asked_on=asked, chase_by=chase, answered_on=answered, answer=ui.answer_edit.text(),
            duty_to_refer=ui.duty_to_refer_check.isChecked(), consent=ui.consent_check.isChecked(), notes=ui.notes_edit.toPlainText()))


class RiskDialog(FormDialog):
    def __init__(self, duties: DutiesService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.duties, self.clock = duties, clock
        ui = Ui_RiskDialog()
        ui.setupUi(self)
        self.risk = self.duties.open_risk(person_id) or HomelessnessRisk(person_id, self.clock.today())
        ui.at_risk_from_edit.setDate(self.risk.at_risk_from)
        ui.reason_edit.setText(self.risk.reason)
        ui.ended_on_edit.setDate(self.risk.ended_on)
        self.setup(ui, {f: (getattr(ui, f"{f}_edit"), getattr(ui, f"{f}_error")) for f in ("at_risk_from", "reason", "ended_on")})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        since, ended = typed_dates(c, (ui.at_risk_from_edit, "at_risk_from", "At risk from"),
                                   (ui.ended_on_edit, "ended_on", "No longer at risk from"))
        c.raise_if_any()
        self.duties.save_risk(replace(self.risk, at_risk_from=since, reason=ui.reason_edit.text(), ended_on=ended))


class StayingCloseDialog(FormDialog):
    def __init__(self, duties: DutiesService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.duties, self.clock = duties, clock
        ui = Ui_StayingCloseDialog()
        ui.setupUi(self)
        self.person_id = person_id
        ui.needed_combo.addItem("", "")
        for code, label in STAYING_CLOSE_NEEDED.items():
            ui.needed_combo.addItem(label, code)
        ui.assessed_on_edit.setDate(self.clock.today())
        self.setup(ui, {f: (getattr(ui, w), getattr(ui, f"{f}_error")) for f, w in (
            ("assessed_on", "assessed_on_edit"), ("needed", "needed_combo"), ("decision", "decision_edit"),
            ("representations", "representations_edit"))})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        on = typed_date(c, ui.assessed_on_edit, "assessed_on", "Assessed on")
        c.raise_if_any()
        self.duties.record_staying_close(StayingCloseAssessment(
            self.person_id, on, ui.needed_combo.currentData(), ui.decision_edit.toPlainText(), ui.representations_edit.toPlainText(),
            ui.notes_edit.toPlainText()))


class CustodyDialog(FormDialog):
    def __init__(self, duties: DutiesService, person_id: str, parent=None):
        super().__init__(parent)
        self.duties = duties
        ui = Ui_CustodyDialog()
        ui.setupUi(self)
        self.custody = self.duties.custody(person_id)
        c = self.custody
        ui.release_on_edit.setDate(c.release_on)
        ui.plan_reviewed_on_edit.setDate(c.plan_reviewed_on)
        ui.accommodation_arranged_on_edit.setDate(c.accommodation_arranged_on)
        ui.notes_edit.setPlainText(c.notes)
        self.setup(ui, {f: (getattr(ui, f"{f}_edit"), getattr(ui, f"{f}_error"))
                        for f in ("release_on", "plan_reviewed_on", "accommodation_arranged_on")})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        release, reviewed, arranged = typed_dates(c, (ui.release_on_edit, "release_on", "Release date"),
                                                  (ui.plan_reviewed_on_edit, "plan_reviewed_on", "Plan reviewed on"),
                                                  (ui.accommodation_arranged_on_edit, "accommodation_arranged_on",
                                                   "Accommodation arranged on"))
        c.raise_if_any()
        self.duties.save_custody(replace(self.custody, release_on=release, plan_reviewed_on=reviewed,
                                                  accommodation_arranged_on=arranged, notes=ui.notes_edit.toPlainText()))


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _warn(text: str) -> str:
    return f'<span style="color:{hex_colour(ERROR)}">{text}</span>'


class DutiesTab(QWidget):
    """Access keys: the record's tabs and menus take D, O, P, W, E, M, H, N, Y, F and V."""

    changed = Signal()

    def __init__(self, people: PeopleService, plans: PlanService, living: LivingService, duties: DutiesService, store: Store,
                 clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.people, self.plans, self.living = people, plans, living
        self.duties, self.store, self.clock = duties, store, clock
        self.setObjectName("duties_tab")
        self.person_id = person_id
        self.first_plan_label = _label("first_plan_status")
        self.pa_label = _label("pa_status")
        self.death_label = _label("death_status")
        self.death_button = QPushButton("&Tell the DfE and Ofsted…")
        self.death_button.setObjectName("death_notification")
        self.death_box = QGroupBox("Notifying the death of a care leaver")
        box = QHBoxLayout(self.death_box)
        box.addWidget(self.death_label, 1)
        box.addWidget(self.death_button, 0, Qt.AlignmentFlag.AlignTop)
        self.documents = RowsModel([
            Column("Document", lambda d: d.label),
            Column("Status", lambda d: DOCUMENT_STATUSES.get(d.status, d.status),
                   colour=lambda d: ERROR if d.status == "" else None),
            Column("Since / applied on", lambda d: format_uk(d.on), sort=lambda d: d.on),
            Column("Notes", lambda d: d.notes),
        ], self)
        self.documents_table = rows_table(self.documents, "documents_table", (220, 120, 130))
        self.documents_table.setMinimumHeight(self.documents_table.verticalHeader().defaultSectionSize() * 7 + 8)
        self.documents_button = QPushButton("&Change documents…")
        self.documents_button.setObjectName("change_documents")
        self.letter_button = QPushButton("Status &letter PDF…")
        self.letter_button.setObjectName("status_letter")
        self.immigration_label = _label("immigration_status")
        self.immigration_button = QPushButton("Immigration &status…")
        self.immigration_button.setObjectName("change_immigration")
        imm = QGroupBox("Immigration status and leave")
        il = QHBoxLayout(imm)
        il.addWidget(self.immigration_label, 1)
        il.addWidget(self.immigration_button, 0, Qt.AlignmentFlag.AlignTop)
        today = self.clock.today()
        self.requests = RowsModel([
            Column("Asked of", lambda q: q.body_label + (" (duty to refer)" if q.duty_to_refer else "")),
            Column("What", lambda q: q.what),
            Column("Asked", lambda q: format_uk(q.asked_on), sort=lambda q: q.asked_on),
            Column("Answer", lambda q: (f"{format_uk(q.answered_on)}: {q.answer}" if q.answered_on else
                                        f"Waiting (chase by {format_uk(q.chase_by)})"),
                   colour=lambda q: ERROR if q.waiting(today) else None),
        ], self)
        self.requests_table = rows_table(self.requests, "requests_table", (240, 260, 90))
        self.ask_button = QPushButton("Ask another &body…")
        self.ask_button.setObjectName("add_request")
        self.answer_button = QPushButton("Chan&ge or answer…")
        self.answer_button.setObjectName("edit_request")
        self.risk_label = _label("homelessness_status")
        self.risk_button = QPushButton("Ris&k of homelessness…")
        self.risk_button.setObjectName("homelessness_risk")
        self.close_label = _label("staying_close_status")
        self.close_button = QPushButton("Stay&ing Close assessment…")
        self.close_button.setObjectName("staying_close")
        self.close_box = QGroupBox("Staying Close (CA 1989 s.23CZAA)")
        sl = QHBoxLayout(self.close_box)
        sl.addWidget(self.close_label, 1)
        sl.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.custody_label = _label("custody_status")
        self.custody_button = QPushButton("&Release from custody…")
        self.custody_button.setObjectName("change_custody")
        custody = QGroupBox("Custody and release")
        cl = QHBoxLayout(custody)
        cl.addWidget(self.custody_label, 1)
        cl.addWidget(self.custody_button, 0, Qt.AlignmentFlag.AlignTop)
        duties_box = QGroupBox("First needs assessment, pathway plan and personal adviser")
        dl = QVBoxLayout(duties_box)
        dl.addWidget(self.first_plan_label)
        dl.addWidget(self.pa_label)
        self.offer_label = _label("offer_status")
        self.offer_button = QPushButton("Offer &at 21…")
        self.offer_button.setObjectName("record_offer")
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer_label, 1)
        offer_row.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignTop)
        dl.addLayout(offer_row)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.death_box)
        lay.addWidget(duties_box)
        lay.addWidget(group_box("Identity documents (on the printed plan)", self.documents_table,
                             [self.documents_button, self.letter_button]))
        lay.addWidget(imm)
        requests_box = group_box("Requests to other bodies (the DWP, the NHS, housing, the Home Office, colleges) and what came back",
                              self.requests_table, [self.ask_button, self.answer_button])
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.risk_label, 1)
        risk_row.addWidget(self.risk_button, 0, Qt.AlignmentFlag.AlignTop)
        requests_box.layout().insertLayout(0, risk_row)
        lay.addWidget(requests_box)
        lay.addWidget(custody)
        lay.addWidget(self.close_box)
        lay.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(inner))

        self.documents_button.clicked.connect(lambda: self._run(DocumentsDialog(self.duties, person_id, self)))
        self.immigration_button.clicked.connect(lambda: self._run(ImmigrationDialog(self.duties, person_id, self)))
        self.death_button.clicked.connect(lambda: self._run(DeathNotificationDialog(self.duties, person_id, self)))
        self.custody_button.clicked.connect(lambda: self._run(CustodyDialog(self.duties, person_id, self)))
        self.offer_button.clicked.connect(lambda: self._run(PaOfferDialog(self.duties, self.clock, person_id, self)))
        self.ask_button.clicked.connect(lambda: self._run(RequestDialog(self.duties, self.clock, person_id, None, self)))
        self.answer_button.clicked.connect(self._edit_request)
        self.requests_table.activated.connect(lambda _: self._edit_request())
        self.risk_button.clicked.connect(lambda: self._run(RiskDialog(self.duties, self.clock, person_id, self)))
        self.close_button.clicked.connect(lambda: self._run(StayingCloseDialog(self.duties, self.clock, person_id, self)))
        self.letter_button.clicked.connect(self.letter)
        self.documents_table.activated.connect(lambda _: self.documents_button.click())
        self.reload()

    def reload(self) -> None:
        today = self.clock.today()
        rec = self.people.record(self.person_id)
        cat = rec.category
        owed = cat.category in OWED_A_PATHWAY_PLAN
        due = self.duties.first_plan_due(self.person_id) if owed else None
        final = owed and self.plans.alerts([self.person_id])[self.person_id].has_final
        if not owed:
            self.first_plan_label.setText(f"A pathway plan is not owed ({cat.category.label.lower()}).")
        elif final:
            self.first_plan_label.setText("Needs assessment and first pathway plan: done (a finalised plan is on the record)."
                                          + (f" They were due by {format_uk(due)}." if due else ""))
        elif due is not None:
            text = (f"Needs assessment and first pathway plan due by {format_uk(due)}, three months after they were first owed one "
                    f"(CPPCR 2010 reg 42; CLR 2010 reg 5).")
            self.first_plan_label.setText(_warn(text + " Overdue.") if due < today else text)
        else:
            self.first_plan_label.setText("Needs assessment and first pathway plan: not yet owed.")
        if rec.pa is not None:
            self.pa_label.setText(f"Personal adviser: {rec.pa.name}.")
        elif owed and cat.active:
            self.pa_label.setText(_warn("No personal adviser allocated: an eligible, relevant or former relevant young person must "
                                        "have one (CA 1989 Sch 2 para 19C, s.23B, s.23C). Allocate one on the PA and history tab."))
        else:
            self.pa_label.setText("No personal adviser allocated.")
        offers = self.duties.offers(self.person_id)
        offer_due = self.duties.offer_due(self.person_id)
        made = "; ".join(f"offered {format_uk(o.offered_on)}: {o.outcome_label.lower()}" for o in offers)
        if offer_due is not None:
            text = f"The offer of a PA's support to 25 (CA 1989 s.23CZB) is due by {format_uk(offer_due)}." + (f" ({made}.)" if made else "")
            self.offer_label.setText(_warn(text) if offer_due < today else text)
        else:
            self.offer_label.setText(f"The offer of a PA's support to 25: {made}." if made else
                                     "The offer of a PA's support to 25 is made to former relevant young people at 21.")
        self.offer_button.setEnabled(rec.category.category == Category.FORMER_RELEVANT and rec.age >= 20)
        self.documents.set_rows(self.duties.documents(self.person_id))
        st = self.duties.immigration(self.person_id)
        if not st.status and st.id is None:
            self.immigration_label.setText("Not recorded. Record it for anyone who is not a British citizen, not only "
                                           "unaccompanied asylum-seeking young people.")
        else:
            parts = [f"<b>{st.label}</b>"]
            if st.leave_expires:
                ends = f"leave ends on {format_uk(st.leave_expires)}"
                parts.append(_warn(ends + ": apply to extend it in time") if self.duties.leave_ending(st) else ends)
            if st.citizenship_entitled:
                parts.append("entitled to register as a British citizen" + (
                    f", applied for on {format_uk(st.citizenship_applied_on)}" if st.citizenship_applied_on else ": not yet applied for")
                    + (f" ({CITIZENSHIP_DECISIONS[st.citizenship_decided].lower()})" if st.citizenship_decided else ""))
            if st.triple_plan:
                parts.append("triple plan recorded")
            self.immigration_label.setText("; ".join(parts) + ".")
        self.requests.set_rows(self.duties.requests(self.person_id))
        risk = self.duties.open_risk(self.person_id)
        if risk is None:
            self.risk_label.setText("Not recorded as at risk of homelessness.")
        else:
            referred = not needs_duty_to_refer(risk, self.requests.rows, today)
            text = f"At risk of homelessness since {format_uk(risk.at_risk_from)}: {risk.reason}."
            self.risk_label.setText(text + " Referred under the duty to refer." if referred else
                                    _warn(text + " Refer them to a housing authority, with their consent (duty to refer)."))
        c = self.duties.custody(self.person_id)
        stay = self.living.state(self.person_id).episode
        in_custody = stay is not None and stay.accom_type == CUSTODY
        if c.release_on is None:
            self.custody_label.setText("In custody: record the expected release date, so the plan review and accommodation are "
                                       "arranged before it." if in_custody else "Not in custody.")
        elif c.outstanding():
            text = (f"Release on {format_uk(c.release_on)}: {' and '.join(c.outstanding())} by "
                    f"{format_uk(release_work_due(c.release_on))}.")
            self.custody_label.setText(_warn(text) if in_custody and release_work_due(c.release_on) < today else text)
        else:
            self.custody_label.setText(f"Release on {format_uk(c.release_on)}: plan reviewed on {format_uk(c.plan_reviewed_on)}, "
                                       f"accommodation arranged on {format_uk(c.accommodation_arranged_on)}.")
        in_force = self.duties.staying_close_in_force()
        self.close_box.setVisible(in_force and cat.category == Category.FORMER_RELEVANT)
        if in_force:
            done = self.duties.staying_close(self.person_id)
            self.close_label.setText("; ".join(f"Assessed {format_uk(a.assessed_on)}: {STAYING_CLOSE_NEEDED[a.needed].lower()} "
                                               f"({a.decision})" for a in done) + "." if done else
                                     _warn("Not yet assessed: assess whether they need staying close support, with their views."))
        n = self.duties.death_notification(self.person_id)
        self.death_box.setVisible(n is not None)
        if n is not None:
            due = self.duties.death_notification_due(n)
            if n.done:
                self.death_label.setText(f"Learned of the death on {format_uk(n.learned_on)}. The Secretary of State (DfE) was told on "
                                         f"{format_uk(n.sos_notified_on)} and Ofsted on {format_uk(n.ofsted_notified_on)}.")
            else:
                text = (f"Learned of the death on {format_uk(n.learned_on)}: tell {' and '.join(n.outstanding())} by {format_uk(due)} "
                        f"(5 working days, Working Together 2023).")
                self.death_label.setText(_warn(text) if due < today else text)

    def _edit_request(self) -> None:
        from .ask import ask

        q = selected_row(self.requests_table)
        if q is None:
            ask.inform(self, "Choose a row", "Select a request first.")
            return
        self._run(RequestDialog(self.duties, self.clock, self.person_id, q, self))

    def _run(self, dlg) -> None:
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def letter(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(self.duties.status_letter_pdf(self.person_id), "Care-leaver status letter", "care-leaver-status.pdf",
                         self, on_output=lambda kind: self.store.audit(kind, "young_people", self.person_id, [],
                                                                                "care-leaver status letter PDF")).exec()
