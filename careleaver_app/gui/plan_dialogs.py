"""Dialogs for the pathway plan: actions, contingencies, reviews, oversight, checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QWidget

from ..domain.dates import format_uk
from ..domain.errors import Collector, ValidationError
from ..domain.plans import (
    SECTIONS,
    ActionStatus,
    Contingency,
    ContingencyKind,
    OwnerKind,
    PlanAction,
    ReviewSource,
    SectionKey,
    validate_action,
    validate_contingency,
)
from .dialogs import RememberingDialog
from .forms.action_dialog_ui import Ui_ActionDialog
from .forms.check_dialog_ui import Ui_CheckDialog
from .forms.contingency_dialog_ui import Ui_ContingencyDialog
from .forms.oversight_dialog_ui import Ui_OversightDialog
from .forms.review_request_dialog_ui import Ui_ReviewRequestDialog
from .forms.start_review_dialog_ui import Ui_StartReviewDialog
from .widgets import FieldErrors, set_combo, typed_date

REVIEW_REASONS = ["Six-monthly review", "The young person asked for a review", "Moved to new accommodation",
                  "Change in education, training or work", "Change in circumstances", "Change of personal adviser"]


def _section_items(combo, include_plan_level: bool = False) -> None:
    combo.clear()
    if include_plan_level:
        combo.addItem("The whole plan: if things go wrong (4)", None)
    for s in SECTIONS:
        if include_plan_level and s.key == SectionKey.CONTINGENCY:
            continue
        combo.addItem(f"{s.number}. {s.plain_title}", s.key)


class ActionDialog(RememberingDialog):
    """Add or edit an action: what, who, by when (and its status).

    ``status_only`` (for a finalised version) leaves only the status fields editable.
    """

    def __init__(self, action: PlanAction | None, section: SectionKey, *, plan_start: date | None, today: date,
                 pa_name: str, person_name: str, status_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ActionDialog()
        ui.setupUi(self)
        self.plan_start, self.today = plan_start, today
        self.names = {OwnerKind.PA: pa_name, OwnerKind.YOUNG_PERSON: person_name}
        self.original = action
        self.result_action: PlanAction | None = None
        _section_items(ui.section_combo)
        for k in OwnerKind:
            ui.owner_kind_combo.addItem(k.label, k)
        for s in ActionStatus:
            ui.status_combo.addItem(s.label, s)
        a = action or PlanAction("", OwnerKind.PA, pa_name, None, section)
        set_combo(ui.section_combo, a.section)
        ui.what_edit.setPlainText(a.what)
        set_combo(ui.owner_kind_combo, a.owner_kind)
        ui.owner_name_edit.setText(a.owner_name)
        ui.target_date_edit.setDate(a.target_date)
        set_combo(ui.status_combo, a.status)
        ui.done_date_edit.setDate(a.done_date or (today if a.status == ActionStatus.OPEN else None))
        ui.status_reason_edit.setText(a.status_reason)
        self.errors = FieldErrors({
            "what": (ui.what_edit, ui.what_error), "owner_name": (ui.owner_name_edit, ui.owner_name_error),
            "target_date": (ui.target_date_edit, ui.target_date_error), "done_date": (ui.done_date_edit, ui.done_date_error),
            "status_reason": (ui.status_reason_edit, ui.status_reason_error),
        }, parent=self)
        ui.owner_kind_combo.currentIndexChanged.connect(self._owner_changed)
        ui.status_combo.currentIndexChanged.connect(self._status_changed)
        self._owner_changed()
        self._status_changed()
        self.setWindowTitle("Add an action" if action is None else ("Update progress" if status_only else "Edit action"))
        if status_only:
            for w in (ui.section_combo, ui.what_edit, ui.owner_kind_combo, ui.owner_name_edit, ui.target_date_edit):
                w.setEnabled(False)
            ui.intro_label.setText("This version is finalised: you can record progress on the action, not change it.")
            ui.status_combo.setFocus()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def _owner_changed(self) -> None:
        kind = self.ui.owner_kind_combo.currentData()
        other = kind == OwnerKind.OTHER
        if not other:
            self.ui.owner_name_edit.setText(self.names.get(kind, ""))
        elif self.ui.owner_name_edit.text() in self.names.values():
            self.ui.owner_name_edit.clear()
        self.ui.owner_name_edit.setReadOnly(not other)

    def _status_changed(self) -> None:
        status = self.ui.status_combo.currentData()
        self.ui.done_date_edit.setEnabled(status == ActionStatus.DONE)
        self.ui.status_reason_edit.setEnabled(status == ActionStatus.NOT_NEEDED)

    def accept(self) -> None:
        ui = self.ui
        c = Collector()
        target = typed_date(c, ui.target_date_edit, "target_date", "By when")
        status = ui.status_combo.currentData()
        done = typed_date(c, ui.done_date_edit, "done_date", "Done on") if status == ActionStatus.DONE else None
        base = self.original or PlanAction("", OwnerKind.PA, "", None, ui.section_combo.currentData())
        action = replace(base, section=ui.section_combo.currentData(), what=ui.what_edit.toPlainText().strip(),
                         owner_kind=ui.owner_kind_combo.currentData(), owner_name=ui.owner_name_edit.text().strip(),
                         target_date=target, status=status, done_date=done,
                         status_reason=ui.status_reason_edit.text().strip() if status == ActionStatus.NOT_NEEDED else "")
        try:
            c.raise_if_any()
            validate_action(action, self.plan_start, self.today)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.result_action = action
        super().accept()


class ContingencyDialog(RememberingDialog):
    def __init__(self, contingency: Contingency | None, section: SectionKey | None, *, plan_start: date | None,
                 default_check: date, parent: QWidget | None = None, known_names: set[str] | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ContingencyDialog()
        ui.setupUi(self)
        # Contingencies go into the cover summary: say when one names someone who is not a key person.
        from .third_parties import ThirdPartyWarning

        self.third_party_warning = ThirdPartyWarning(self)
        ui.main_layout.insertWidget(ui.main_layout.indexOf(ui.button_box), self.third_party_warning)
        self._known = known_names or set()
        for w in (ui.trigger_edit, ui.response_edit, ui.escalation_edit):
            w.textChanged.connect(self._check_third_parties)
        ui.who_edit.textChanged.connect(self._check_third_parties)
        self.plan_start = plan_start
        self.original = contingency
        self.result_contingency: Contingency | None = None
        for k in ContingencyKind:
            ui.kind_combo.addItem(k.label, k)
        _section_items(ui.section_combo, include_plan_level=True)
        c = contingency or Contingency("", "", "", default_check, section)
        set_combo(ui.kind_combo, c.kind)
        set_combo(ui.section_combo, None if c.plan_level else c.section)
        ui.trigger_edit.setPlainText(c.trigger)
        ui.response_edit.setPlainText(c.response)
        ui.escalation_edit.setPlainText(c.escalation)
        ui.who_edit.setText(c.who)
        ui.check_by_edit.setDate(c.check_by)
        self.errors = FieldErrors({
            "trigger": (ui.trigger_edit, ui.trigger_error), "response": (ui.response_edit, ui.response_error),
            "escalation": (ui.escalation_edit, ui.escalation_error), "who": (ui.who_edit, ui.who_error),
            "check_by": (ui.check_by_edit, ui.check_by_error),
        }, parent=self)
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.setWindowTitle("Add a contingency" if contingency is None else "Edit contingency")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def _check_third_parties(self, *args) -> None:
        ui = self.ui
        self.third_party_warning.check([ui.trigger_edit.toPlainText(), ui.response_edit.toPlainText(),
                                        ui.escalation_edit.toPlainText(), ui.who_edit.text()], self._known)

    def _kind_changed(self) -> None:
        safety = self.ui.kind_combo.currentData() == ContingencyKind.SAFETY
        self.ui.trigger_label.setText("The &risk *" if safety else "&If… *")
        self.ui.response_label.setText("What to do &now *" if safety else "&Then… *")
        self.ui.escalation_edit.setVisible(safety)
        self.ui.escalation_label.setVisible(safety)
        self.ui.trigger_edit.setPlaceholderText("e.g. going missing overnight" if safety else "e.g. I lose my tenancy")

    def accept(self) -> None:
        ui = self.ui
        c = Collector()
        check_by = typed_date(c, ui.check_by_edit, "check_by", "Check again by")
        kind = ui.kind_combo.currentData()
        base = self.original or Contingency("", "", "", None)
        cont = replace(base, kind=kind, section=ui.section_combo.currentData(), trigger=ui.trigger_edit.toPlainText().strip(),
                       response=ui.response_edit.toPlainText().strip(),
                       escalation=ui.escalation_edit.toPlainText().strip() if kind == ContingencyKind.SAFETY else "",
                       who=ui.who_edit.text().strip(), check_by=check_by)
        try:
            c.raise_if_any()
            validate_contingency(cont, self.plan_start)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.result_contingency = cont
        super().accept()


class StartReviewDialog(RememberingDialog):
    def __init__(self, plans, person_id: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_StartReviewDialog()
        ui.setupUi(self)
        self.plans, self.person_id = plans, person_id
        self.new_plan = None
        ui.review_date_edit.setDate(today)
        ui.reason_combo.addItems(REVIEW_REASONS)
        self.errors = FieldErrors({"review_date": (ui.review_date_edit, ui.review_date_error),
                                   "review_reason": (ui.reason_combo, ui.review_reason_error)}, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        c = Collector()
        on = typed_date(c, self.ui.review_date_edit, "review_date", "Review date")
        try:
            c.raise_if_any()
            self.new_plan = self.plans.start_review(self.person_id, on, self.ui.reason_combo.currentText())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        super().accept()


class OversightDialog(RememberingDialog):
    def __init__(self, plans, plan, manager_id: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_OversightDialog()
        ui.setupUi(self)
        self.plans, self.plan, self.manager_id = plans, plan, manager_id
        ui.plan_label.setText(f"Version {plan.version} of the plan, agreed {format_uk(plan.plan_date)} with {plan.pa_name or 'the PA'}.")
        ui.on_edit.setDate(today)
        self.errors = FieldErrors({"comment": (ui.comment_edit, ui.comment_error), "on": (ui.on_edit, ui.on_error)}, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        c = Collector()
        on = typed_date(c, self.ui.on_edit, "on", "Date")
        decision = "signed_off" if self.ui.sign_off_radio.isChecked() else "returned"
        try:
            c.raise_if_any()
            self.plans.oversee(self.plan.id, self.manager_id, decision, self.ui.comment_edit.toPlainText(), on)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        super().accept()


class ReviewRequestDialog(RememberingDialog):
    def __init__(self, plans, person_id: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ReviewRequestDialog()
        ui.setupUi(self)
        self.plans, self.person_id = plans, person_id
        for s in (ReviewSource.YOUNG_PERSON, ReviewSource.PA, ReviewSource.MANAGER):
            ui.source_combo.addItem(s.label, s)
        ui.requested_on_edit.setDate(today)
        self.errors = FieldErrors({"requested_on": (ui.requested_on_edit, ui.requested_on_error),
                                   "reason": (ui.reason_edit, ui.reason_error), "due_by": (ui.due_by_edit, ui.due_by_error)}, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        ui = self.ui
        c = Collector()
        on = typed_date(c, ui.requested_on_edit, "requested_on", "Asked on")
        due = typed_date(c, ui.due_by_edit, "due_by", "Hold by")
        try:
            c.raise_if_any()
            if on is None:
                c.add("requested_on", "Asked on", "enter the date they asked (dd/mm/yyyy)")
                c.raise_if_any()
            self.plans.request_review(self.person_id, ui.source_combo.currentData(), ui.reason_edit.text(), on, due)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        super().accept()


class CheckDialog(RememberingDialog):
    def __init__(self, plans, contingency: Contingency, today: date, default_next: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_CheckDialog()
        ui.setupUi(self)
        self.plans, self.contingency = plans, contingency
        ui.contingency_label.setText(contingency.sentence())
        ui.checked_on_edit.setDate(today)
        ui.next_check_by_edit.setDate(default_next)
        self.errors = FieldErrors({"checked_on": (ui.checked_on_edit, ui.checked_on_error),
                                   "next_check_by": (ui.next_check_by_edit, ui.next_check_by_error)}, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        c = Collector()
        on = typed_date(c, self.ui.checked_on_edit, "checked_on", "Checked on")
        nxt = typed_date(c, self.ui.next_check_by_edit, "next_check_by", "Check again by")
        try:
            c.raise_if_any()
            self.plans.record_check(self.contingency.id, on, self.ui.note_edit.toPlainText(), nxt)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        super().accept()
