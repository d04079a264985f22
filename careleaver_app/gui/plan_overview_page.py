"""The "About the plan" part of the pathway plan editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..domain.errors import Collector, ValidationError
from ..domain.plans import Plan
from .forms.plan_overview_ui import Ui_PlanOverview
from .widgets import FieldErrors, set_role

if TYPE_CHECKING:
    from .plan_tab import PlanTab


class OverviewPage(QWidget):
    def __init__(self, tab: PlanTab):
        super().__init__()
        self.tab = tab
        self.ui = ui = Ui_PlanOverview()
        ui.setupUi(self)
        set_role(ui.title_label, "heading")
        self.errors = FieldErrors({
            "start_date": (ui.start_date_edit, ui.start_date_error), "review_date": (ui.review_date_edit, ui.review_date_error),
            "views": (ui.views_edit, ui.views_error), "copy_given_date": (ui.copy_given_edit, ui.copy_given_date_error),
            "actions": (ui.start_date_edit, ui.actions_error),
        }, parent=self)
        for w in (ui.participants_edit, ui.views_edit, ui.disagreements_edit):
            w.textChanged.connect(self._texts_changed)
        for w in (ui.views_not_recorded_edit, ui.review_reason_edit):
            w.textEdited.connect(self._texts_changed)
        for w in (ui.start_date_edit, ui.review_date_edit, ui.copy_given_edit):
            w.editingFinished.connect(self._dates_changed)
            w.textEdited.connect(lambda *_: self.tab.mark_dirty())
        ui.review_date_edit.setReadOnly(True)

    def load(self, plan: Plan, editable: bool) -> None:
        ui = self.ui
        self._loading = True
        ui.start_date_edit.setDate(plan.start_date)
        ui.review_date_edit.setDate(plan.review_date)
        ui.review_reason_edit.setText(plan.review_reason)
        ui.pa_value.setText(plan.pa_name or "Not allocated")
        ui.participants_edit.setPlainText(plan.participants)
        ui.views_edit.setPlainText(plan.views)
        ui.views_not_recorded_edit.setText(plan.views_not_recorded_reason)
        ui.disagreements_edit.setPlainText(plan.disagreements)
        ui.copy_given_edit.setDate(plan.copy_given_date)
        for w in (ui.start_date_edit, ui.review_reason_edit, ui.participants_edit, ui.views_edit, ui.views_not_recorded_edit,
                  ui.disagreements_edit, ui.copy_given_edit):
            w.setReadOnly(not editable)
        ui.review_date_edit.setVisible(plan.review_date is not None)
        ui.review_date_label.setVisible(plan.review_date is not None)
        ui.review_reason_edit.setVisible(plan.review_date is not None)
        ui.review_reason_label.setVisible(plan.review_date is not None)
        lines = [o.text + (f": {o.comment}" if o.comment else "") for o in plan.oversight]
        ui.oversight_label.setText("\n".join(lines) or (plan.oversight_status or "Sign-off is possible once the plan is finalised."))
        self.errors.clear()
        self._loading = False

    _loading = False

    def _texts_changed(self, *args) -> None:
        if self._loading:
            return
        ui, plan = self.ui, self.tab.shown
        plan.participants = ui.participants_edit.toPlainText()
        plan.views = ui.views_edit.toPlainText()
        plan.views_not_recorded_reason = ui.views_not_recorded_edit.text()
        plan.disagreements = ui.disagreements_edit.toPlainText()
        plan.review_reason = ui.review_reason_edit.text()
        self.tab.mark_dirty()

    def _dates_changed(self) -> None:
        if self._loading:
            return
        try:
            self.read_dates()
        except ValidationError as exc:
            self.errors.show(exc)
        self.tab.content_changed()

    def read_dates(self) -> None:
        """Copy the typed dates into the plan; raise for text that is not a date."""
        ui, plan = self.ui, self.tab.shown
        c = Collector()
        for edit, field, label in ((ui.start_date_edit, "start_date", "Plan start date"),
                                   (ui.copy_given_edit, "copy_given_date", "Copy given on")):
            problem = edit.problem()
            if problem:
                c.add(field, label, problem)
            else:
                setattr(plan, field, edit.value())
        c.raise_if_any()
