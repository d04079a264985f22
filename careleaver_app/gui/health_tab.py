"""The Health tab: GP and services, needs, referrals, the health-history handover, consent, passport."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.dates import format_uk
from ..domain.errors import Collector, ValidationError
from ..domain.health import (
    CONSENT_SCOPES,
    FORMATS,
    NEED_KIND_LABELS,
    NEED_KINDS,
    REFERRAL_STATUSES,
    REQUESTED_FROM,
    Consent,
    HealthNeed,
    Referral,
    format_nhs_number,
)
from .ask import ask
from .colours import ERROR, hex_colour
from .dialogs import FormDialog
from .forms.consent_dialog_ui import Ui_ConsentDialog
from .forms.handover_dialog_ui import Ui_HandoverDialog
from .forms.health_record_ui import Ui_HealthRecordForm
from .forms.need_dialog_ui import Ui_NeedDialog
from .forms.referral_dialog_ui import Ui_ReferralDialog
from .models import Column, RowsModel, rows_table, selected_row
from .widgets import FieldErrors, group_box, scroll_area, set_combo, typed_dates

if TYPE_CHECKING:
    from ..app import Store
    from ..services.context import Clock
    from ..services.health import HealthService



class NeedDialog(FormDialog):
    def __init__(self, need: HealthNeed | None, parent=None):
        super().__init__(parent)
        ui = Ui_NeedDialog()
        ui.setupUi(self)
        self.ui = ui
        for k in NEED_KINDS:
            ui.kind_combo.addItem(NEED_KIND_LABELS[k], k)
        n = need or HealthNeed("physical", "")
        set_combo(ui.kind_combo, n.kind)
        ui.description_edit.setPlainText(n.description)
        ui.how_met_edit.setPlainText(n.how_met)
        ui.active_check.setChecked(n.active)
        ui.passport_check.setChecked(n.in_passport)
        self.result_need: HealthNeed | None = None
        self.original = need
        self.setup(ui, {"description": (ui.description_edit, ui.description_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        c.require(ui.description_edit.toPlainText(), "description", "Need", "describe the need")
        c.raise_if_any()
        self.result_need = HealthNeed(ui.kind_combo.currentData(), ui.description_edit.toPlainText().strip(),
                                      ui.how_met_edit.toPlainText().strip(), ui.active_check.isChecked(), ui.passport_check.isChecked(),
                                      self.original.id if self.original else None)


class ReferralDialog(FormDialog):
    def __init__(self, health: HealthService, clock: Clock, person_id: str, referral: Referral | None, parent=None):
        super().__init__(parent)
        self.health, self.clock = health, clock
        ui = Ui_ReferralDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id, self.referral = person_id, referral
        for s in REFERRAL_STATUSES:
            ui.status_combo.addItem(s.capitalize(), s)
        r = referral
        if r is not None:
            ui.service_edit.setText(r.service)
            ui.referred_on_edit.setDate(r.referred_on)
            set_combo(ui.status_combo, r.status)
            ui.response_due_edit.setDate(r.response_due)
            ui.appointment_edit.setDate(r.next_appointment)
            ui.notes_edit.setPlainText(r.notes)
        else:
            ui.referred_on_edit.setDate(self.clock.today())
        self.setup(ui, {"service": (ui.service_edit, ui.service_error), "referred_on": (ui.referred_on_edit, ui.referred_on_error),
                        "status": (ui.status_combo, ui.status_error), "response_due": (ui.response_due_edit, ui.response_due_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        on, due, appt = typed_dates(c, (ui.referred_on_edit, "referred_on", "Referred on"), (ui.response_due_edit, "response_due", "Chase by"),
                               (ui.appointment_edit, "response_due", "Next appointment"))
        c.raise_if_any()
        self.health.save_referral(self.person_id, Referral(ui.service_edit.text(), on, ui.status_combo.currentData(), due, appt,
                                                                     ui.notes_edit.toPlainText(), self.referral.id if self.referral else None))


class HandoverDialog(FormDialog):
    def __init__(self, health: HealthService, person_id: str, parent=None):
        super().__init__(parent)
        self.health = health
        ui = Ui_HandoverDialog()
        ui.setupUi(self)
        self.ui = ui
        self.handover = self.health.handover(person_id)
        ui.requested_from_combo.addItem("", "")
        for k, label in REQUESTED_FROM.items():
            ui.requested_from_combo.addItem(label, k)
        ui.format_combo.addItem("", "")
        for k, label in FORMATS.items():
            ui.format_combo.addItem(label, k)
        h = self.handover
        ui.requested_on_edit.setDate(h.requested_on)
        set_combo(ui.requested_from_combo, h.requested_from)
        ui.received_on_edit.setDate(h.received_on)
        ui.received_by_edit.setText(h.received_by)
        ui.given_on_edit.setDate(h.given_on)
        set_combo(ui.format_combo, h.given_format)
        ui.explained_check.setChecked(h.explained)
        ui.declined_on_edit.setDate(h.declined_on)
        ui.declined_reason_edit.setText(h.declined_reason)
        ui.pack_edit.setPlainText(h.pack_contents)
        ui.notes_edit.setPlainText(h.notes)
        self.setup(ui, {f: (getattr(ui, w), getattr(ui, f"{f}_error")) for f, w in (
            ("requested_on", "requested_on_edit"), ("requested_from", "requested_from_combo"), ("received_on", "received_on_edit"),
            ("received_by", "received_by_edit"), ("given_on", "given_on_edit"), ("given_format", "format_combo"),
            ("declined_on", "declined_on_edit"), ("declined_reason", "declined_reason_edit"))})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        req, rec, given, declined = typed_dates(c, (ui.requested_on_edit, "requested_on", "Requested on"),
                                           (ui.received_on_edit, "received_on", "Received on"), (ui.given_on_edit, "given_on", "Given on"),
                                           (ui.declined_on_edit, "declined_on", "Declined on"))
        c.raise_if_any()
        self.health.save_handover(replace(
            self.handover, requested_on=req, requested_from=ui.requested_from_combo.currentData(), received_on=rec,
            received_by=ui.received_by_edit.text(), given_on=given, given_format=ui.format_combo.currentData(),
            explained=ui.explained_check.isChecked(), declined_on=declined, declined_reason=ui.declined_reason_edit.text(),
            pack_contents=ui.pack_edit.toPlainText(), notes=ui.notes_edit.toPlainText()))


class ConsentDialog(FormDialog):
    def __init__(self, health: HealthService, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.health, self.clock = health, clock
        ui = Ui_ConsentDialog()
        ui.setupUi(self)
        self.ui = ui
        self.person_id = person_id
        ui.given_on_edit.setDate(self.clock.today())
        self.checks = {k: getattr(ui, f"scope_{k}") for k in CONSENT_SCOPES}
        self.setup(ui, {"given_on": (ui.given_on_edit, ui.given_on_error), "scope": (ui.scope_plan_pdf, ui.scope_error),
                        "review_by": (ui.review_by_edit, ui.review_by_error)})

    def save(self) -> None:
        ui = self.ui
        c = Collector()
        on, review = typed_dates(c, (ui.given_on_edit, "given_on", "Given on"), (ui.review_by_edit, "review_by", "Review by"))
        c.raise_if_any()
        self.health.record_consent(Consent(self.person_id, on, [k for k, w in self.checks.items() if w.isChecked()],
                                                    ui.who_edit.text(), review))


class HealthTab(QWidget):
    changed = Signal()

    def __init__(self, health: HealthService, store: Store, clock: Clock, person_id: str, parent=None):
        super().__init__(parent)
        self.health, self.store, self.clock = health, store, clock
        self.setObjectName("health_tab")
        self.person_id = person_id
        self.handover_label = QLabel()
        self.handover_label.setObjectName("handover_status")
        self.handover_label.setWordWrap(True)
        self.handover_label.setTextFormat(Qt.TextFormat.RichText)
        self.handover_button = QPushButton("&Update the handover…")
        self.handover_button.setObjectName("update_handover")
        self.consent_label = QLabel()
        self.consent_label.setObjectName("consent_status")
        self.consent_label.setWordWrap(True)
        self.consent_button = QPushButton("Record &consent…")
        self.withdraw_button = QPushButton("Consent withdrawn…")
        self.passport_button = QPushButton("Heal&th passport PDF…")
        self.passport_button.setObjectName("health_passport")
        self.form = QWidget()
        self.fui = Ui_HealthRecordForm()
        self.fui.setupUi(self.form)
        self.record_errors = FieldErrors({"gp_registered_on": (self.fui.gp_registered_edit, self.fui.gp_registered_on_error),
                                          "nhs_number": (self.fui.nhs_number_edit, self.fui.nhs_number_error),
                                          "last_health_assessment": (self.fui.assessment_edit, self.fui.last_health_assessment_error)},
                                         parent=self)
        self.needs = RowsModel([
            Column("Kind", lambda n: n.kind_label),
            Column("Need", lambda n: n.description),
            Column("How it is met", lambda n: n.how_met),
            Column("Current", lambda n: "Yes" if n.active else "No"),
            Column("In passport", lambda n: "Yes" if n.in_passport else ""),
        ], self)
        self.needs_table = rows_table(self.needs, "needs_table", (130, 300, 300, 70))
        self.add_need = QPushButton("Add need…")
        self.edit_need = QPushButton("Edit need…")
        today = self.clock.today()
        self.refs = RowsModel([
            Column("Service", lambda r: r.service),
            Column("Referred", lambda r: format_uk(r.referred_on), sort=lambda r: r.referred_on),
            Column("Status", lambda r: r.status.capitalize() + (" (chase it)" if r.is_overdue(today) else ""),
                   colour=lambda r: ERROR if r.is_overdue(today) else None),
            Column("Chase by", lambda r: format_uk(r.response_due), sort=lambda r: r.response_due),
            Column("Next appointment", lambda r: format_uk(r.next_appointment)),
            Column("Notes", lambda r: r.notes),
        ], self)
        self.refs_table = rows_table(self.refs, "referrals_table", (260, 90, 140, 90, 120))
        self.add_ref = QPushButton("Add referra&l…")
        self.edit_ref = QPushButton("Edit referral…")

        inner = QWidget()
        lay = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addWidget(self.handover_label, 1)
        top.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.passport_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        cons = QHBoxLayout()
        cons.addWidget(self.consent_label, 1)
        cons.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        cons.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(cons)
        lay.addWidget(self.form)
        lay.addWidget(group_box("Health needs (physical, mental health, disability …) and how each is met", self.needs_table,
                             [self.add_need, self.edit_need]))
        lay.addWidget(group_box("Mental health support and referrals", self.refs_table, [self.add_ref, self.edit_ref]))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(inner))

        self.handover_button.clicked.connect(lambda: self._run(HandoverDialog(self.health, person_id, self)))
        self.consent_button.clicked.connect(lambda: self._run(ConsentDialog(self.health, self.clock, person_id, self)))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.passport_button.clicked.connect(self.passport)
        self.fui.save_record_button.clicked.connect(self.save_record)
        self.add_need.clicked.connect(lambda: self._need(None))
        self.edit_need.clicked.connect(lambda: self._need(selected_row(self.needs_table)))
        self.needs_table.activated.connect(lambda _: self._need(selected_row(self.needs_table)))
        self.add_ref.clicked.connect(lambda: self._run(ReferralDialog(self.health, self.clock, person_id, None, self)))
        self.edit_ref.clicked.connect(self._edit_ref)
        self.reload()

    def reload(self) -> None:
        h = self.health
        rec = h.record(self.person_id)
        self.rec = rec
        f = self.fui
        f.gp_practice_edit.setText(rec.gp_practice)
        f.gp_phone_edit.setText(rec.gp_phone)
        f.gp_registered_edit.setDate(rec.gp_registered_on)
        f.nhs_number_edit.setText(format_nhs_number(rec.nhs_number))
        f.passport_nhs_number_check.setChecked(rec.passport_nhs_number)
        f.dentist_edit.setText(rec.dentist)
        f.optician_edit.setText(rec.optician)
        f.allergies_edit.setPlainText(rec.allergies)
        f.passport_allergies_check.setChecked(rec.passport_allergies)
        f.medicines_edit.setPlainText(rec.medicines)
        f.passport_medicines_check.setChecked(rec.passport_medicines)
        f.assessment_edit.setDate(rec.last_health_assessment)
        f.notes_edit.setPlainText(rec.notes)
        self.needs.set_rows(rec.needs)
        self.refs.set_rows(rec.referrals)
        st = h.status(self.person_id)
        handover = h.handover(self.person_id)
        extra = f" Pack: {', '.join(x.strip() for x in handover.pack_contents.splitlines() if x.strip())}." if handover.pack_contents else ""
        status = f'<span style="color:{hex_colour(ERROR)}">{st.message}</span>' if st.needs_attention else st.message
        self.handover_label.setText(f'<b>Health history:</b> {status}.{extra}')
        consents = [c for c in h.consents(self.person_id) if c.in_force(self.clock.today())]
        share = h.may_share(self.person_id, "plan_pdf")
        if consents:
            c = consents[-1]
            self.consent_label.setText(f"Consent to share health information given {format_uk(c.given_on)} for: "
                                       + ", ".join(CONSENT_SCOPES[s].lower() for s in c.scope)
                                       + (f"; who may see it: {c.who_may_see}" if c.who_may_see else "")
                                       + (f"; check again by {format_uk(c.review_by)}" if c.review_by else "") + ".")
        else:
            self.consent_label.setText(share.reason if share.allowed else
                                       "No consent to share health information is recorded: printed plans and cover summaries "
                                       "will not show health details.")
        self.withdraw_button.setEnabled(bool(consents))

    def _run(self, dlg) -> None:
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def save_record(self) -> None:
        f = self.fui
        c = Collector()
        reg, assessed = typed_dates(c, (f.gp_registered_edit, "gp_registered_on", "Registered since"),
                               (f.assessment_edit, "last_health_assessment", "Last health assessment"))
        try:
            c.raise_if_any()
            self.health.save_record(replace(
                self.rec, gp_practice=f.gp_practice_edit.text(), gp_phone=f.gp_phone_edit.text(), gp_registered_on=reg,
                nhs_number=f.nhs_number_edit.text(), passport_nhs_number=f.passport_nhs_number_check.isChecked(),
                dentist=f.dentist_edit.text(), optician=f.optician_edit.text(), allergies=f.allergies_edit.toPlainText(),
                medicines=f.medicines_edit.toPlainText(), passport_allergies=f.passport_allergies_check.isChecked(),
                passport_medicines=f.passport_medicines_check.isChecked(), last_health_assessment=assessed,
                notes=f.notes_edit.toPlainText()))
        except ValidationError as exc:
            self.record_errors.show(exc)
            f.record_status.setText("Not saved: see the messages in red")
            return
        self.record_errors.clear()
        self.reload()
        f.record_status.setText("Saved")
        self.changed.emit()

    def _need(self, need: HealthNeed | None) -> None:
        dlg = NeedDialog(need, self)
        if dlg.exec() and dlg.result_need:
            needs = list(self.rec.needs)
            if need is None:
                needs.append(dlg.result_need)
            else:
                needs[needs.index(need)] = dlg.result_need
            try:
                self.health.save_record(replace(self.rec, needs=needs))
            except ValidationError as exc:
                ask.warn(self, "Not saved", str(exc))
                return
            self.reload()
            self.changed.emit()

    def _edit_ref(self) -> None:
        r = selected_row(self.refs_table)
        if r is None:
            ask.inform(self, "Choose a row", "Select a referral first.")
            return
        self._run(ReferralDialog(self.health, self.clock, self.person_id, r, self))

    def withdraw(self) -> None:
        live = [c for c in self.health.consents(self.person_id) if c.in_force(self.clock.today())]
        if not live or live[-1].id is None:
            return
        reason = ask.text(self, "Consent withdrawn", "What did the young person say?")
        if reason is None:
            return
        try:
            self.health.withdraw_consent(live[-1].id, None, reason)
        except ValidationError as exc:
            ask.warn(self, "Not recorded", str(exc))
            return
        self.reload()
        self.changed.emit()

    def passport(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(self.health.passport_pdf(self.person_id), "Health passport", "health-passport.pdf", self,
                         on_output=lambda kind: self.store.audit(kind, "young_people", self.person_id, [],
                                                                          "health passport PDF")).exec()
