"""One part of the pathway plan editor: a Schedule 1 matter's need, own words, actions and
contingencies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ..domain.dates import add_months, format_uk
from ..domain.errors import NotAllowed, ValidationError
from ..domain.plans import SECTIONS, ActionStatus, Plan, SectionKey
from .ask import ask
from .colours import ERROR, MUTED
from .forms.plan_section_ui import Ui_PlanSectionPage
from .models import Column, RowsModel
from .widgets import FieldErrors, set_role

if TYPE_CHECKING:
    from .plan_tab import PlanTab


def _configure_table(view) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)


class SectionPage(QWidget):
    """One of the ten Schedule 1 matters: need, own words, actions, contingencies."""

    def __init__(self, tab: PlanTab, key: SectionKey):
        super().__init__()
        self.tab = tab
        self.key = key
        self.ui = ui = Ui_PlanSectionPage()
        ui.setupUi(self)
        info = next(s for s in SECTIONS if s.key == key)
        ui.title_label.setText(f"{info.number}. {info.plain_title}")
        set_role(ui.title_label, "heading")
        ui.statutory_label.setText(f"In the law: {info.statutory_title} (CLR 2010 Schedule 1, para {info.number})")
        set_role(ui.statutory_label, "subtle")
        ui.prompt_label.setText(info.prompt)
        ui.notes_label.setVisible(False)
        if key == SectionKey.CONTINGENCY:
            ui.need_label.setText("Wha&t could go wrong")
            ui.contingencies_group.setTitle("Plan-level contingencies and safety plans (at least one is needed)")
        today = tab.today
        self.actions_model = RowsModel([
            Column("What", lambda a: a.what),
            Column("Who", lambda a: a.who),
            Column("By when", lambda a: format_uk(a.target_date, "no date"), sort=lambda a: a.target_date,
                   colour=lambda a: ERROR if a.is_overdue(today) or a.target_date is None else None),
            Column("Status", lambda a: a.status.label + (f" {format_uk(a.done_date)}" if a.done_date else "")
                   + (" (overdue)" if a.is_overdue(today) else "")),
        ], self, row_colour=lambda a: MUTED if a.status != ActionStatus.OPEN else None)
        ui.actions_table.setModel(self.actions_model)
        _configure_table(ui.actions_table)
        ui.actions_table.setColumnWidth(0, 330)
        ui.actions_table.setColumnWidth(1, 190)
        ui.actions_table.setColumnWidth(2, 90)
        self.cont_model = RowsModel([
            Column("Kind", lambda c: c.kind.label),
            Column("If", lambda c: c.trigger),
            Column("Then", lambda c: c.response + (f" — if the risk rises: {c.escalation}" if c.escalation else "")),
            Column("Who", lambda c: c.who),
            Column("Check by", lambda c: format_uk(c.check_by), sort=lambda c: c.check_by,
                   colour=lambda c: ERROR if c.check_overdue(today) else None),
        ], self)
        ui.contingencies_table.setModel(self.cont_model)
        _configure_table(ui.contingencies_table)
        ui.contingencies_table.setColumnWidth(0, 90)
        ui.contingencies_table.setColumnWidth(1, 200)
        ui.contingencies_table.setColumnWidth(2, 280)
        self.errors = FieldErrors({"need": (ui.need_edit, ui.need_error),
                                   "contingencies": (ui.contingencies_table, ui.contingencies_error)}, parent=self)
        ui.need_edit.textChanged.connect(self._need_changed)
        ui.own_words_edit.textChanged.connect(self._words_changed)
        ui.add_action_button.clicked.connect(self.add_action)
        ui.edit_action_button.clicked.connect(self.edit_action)
        ui.actions_table.activated.connect(lambda _: self.edit_action())
        ui.action_done_button.clicked.connect(self.progress_action)
        ui.remove_action_button.clicked.connect(self.remove_action)
        ui.add_contingency_button.clicked.connect(self.add_contingency)
        ui.edit_contingency_button.clicked.connect(self.edit_contingency)
        ui.contingencies_table.activated.connect(lambda _: self.edit_contingency())
        ui.check_contingency_button.clicked.connect(self.check_contingency)
        ui.remove_contingency_button.clicked.connect(self.remove_contingency)

    # -- loading and state ----------------------------------------------------------------
    def load(self, plan: Plan, editable: bool, progress: bool) -> None:
        ui = self.ui
        s = plan.sections[self.key]
        for w, text in ((ui.need_edit, s.need), (ui.own_words_edit, s.own_words)):
            w.blockSignals(True)
            w.setPlainText(text)
            w.blockSignals(False)
            w.setReadOnly(not editable)
        self.refresh_tables(plan)
        for b in (ui.add_action_button, ui.edit_action_button, ui.remove_action_button, ui.add_contingency_button,
                  ui.edit_contingency_button, ui.remove_contingency_button):
            b.setVisible(editable)  # a finalised version shows only what can be done to it
        ui.action_done_button.setEnabled(progress)
        ui.check_contingency_button.setEnabled(progress and plan.is_final)
        ui.check_contingency_button.setVisible(plan.is_final)
        ui.action_done_button.setText("Mark done or &update…" if editable else "&Update progress…")
        self.errors.clear()

    def refresh_tables(self, plan: Plan) -> None:
        self.actions_model.set_rows(plan.actions_in(self.key))
        self.cont_model.set_rows(plan.contingencies_in(self.key))
        self.ui.actions_table.resizeRowsToContents()
        self.ui.contingencies_table.resizeRowsToContents()

    def set_notes(self, notes: list[str]) -> None:
        self.ui.notes_label.setText("\n".join(notes))
        self.ui.notes_label.setVisible(bool(notes))

    def _need_changed(self) -> None:
        self.tab.shown.sections[self.key].need = self.ui.need_edit.toPlainText()
        self.tab.mark_dirty()

    def _words_changed(self) -> None:
        self.tab.shown.sections[self.key].own_words = self.ui.own_words_edit.toPlainText()
        self.tab.mark_dirty()

    def _selected(self, view, model):
        idx = view.currentIndex()
        return model.row_at(idx.row()) if idx.isValid() else None

    # -- actions ------------------------------------------------------------------------------
    def _action_dialog(self, action, status_only=False):
        from .plan_dialogs import ActionDialog

        t = self.tab
        return ActionDialog(action, self.key, plan_start=t.shown.start_date, today=t.today, pa_name=t.shown.pa_name or t.pa_name,
                            person_name=t.person_name, status_only=status_only, parent=self)

    def add_action(self) -> None:
        dlg = self._action_dialog(None)
        if dlg.exec() and dlg.result_action:
            self.tab.shown.actions.append(dlg.result_action)
            self.tab.content_changed()
            self.tab.show_section(dlg.result_action.section)

    def edit_action(self) -> None:
        a = self._selected(self.ui.actions_table, self.actions_model)
        if a is None:
            return
        if not self.tab.editable:
            return self.progress_action()
        dlg = self._action_dialog(a)
        if dlg.exec() and dlg.result_action:
            i = self.tab.shown.actions.index(a)
            self.tab.shown.actions[i] = dlg.result_action
            self.tab.content_changed()

    def progress_action(self) -> None:
        a = self._selected(self.ui.actions_table, self.actions_model)
        if a is None:
            ask.inform(self, "Choose an action", "Select an action in the table first.")
            return
        if self.tab.editable:
            return self.edit_action()
        dlg = self._action_dialog(a, status_only=True)
        if dlg.exec() and dlg.result_action:
            r = dlg.result_action
            try:
                self.tab.plans.set_action_status(a.id, r.status, r.done_date, r.status_reason)
            except (ValidationError, NotAllowed) as exc:
                ask.warn(self, "Not saved", str(exc))
                return
            self.tab.reload(keep_version=True)

    def remove_action(self) -> None:
        a = self._selected(self.ui.actions_table, self.actions_model)
        if a is None:
            return
        if ask.confirm(self, "Remove action", f"Remove “{a.what}” from the draft?", yes="Remove"):
            self.tab.shown.actions.remove(a)
            self.tab.content_changed()

    # -- contingencies --------------------------------------------------------------------------
    def add_contingency(self) -> None:
        from .plan_dialogs import ContingencyDialog

        dlg = ContingencyDialog(None, self.key if self.key != SectionKey.CONTINGENCY else None, plan_start=self.tab.shown.start_date,
                                default_check=add_months(self.tab.today, 1), parent=self, known_names=self.tab.known_names())
        if dlg.exec() and dlg.result_contingency:
            self.tab.shown.contingencies.append(dlg.result_contingency)
            self.tab.content_changed()

    def edit_contingency(self) -> None:
        from .plan_dialogs import ContingencyDialog

        c = self._selected(self.ui.contingencies_table, self.cont_model)
        if c is None or not self.tab.editable:
            return
        dlg = ContingencyDialog(c, c.section, plan_start=self.tab.shown.start_date, default_check=c.check_by or self.tab.today, parent=self,
                                known_names=self.tab.known_names())
        if dlg.exec() and dlg.result_contingency:
            i = self.tab.shown.contingencies.index(c)
            self.tab.shown.contingencies[i] = dlg.result_contingency
            self.tab.content_changed()

    def check_contingency(self) -> None:
        from .plan_dialogs import CheckDialog

        c = self._selected(self.ui.contingencies_table, self.cont_model)
        if c is None:
            ask.inform(self, "Choose a contingency", "Select a contingency in the table first.")
            return
        dlg = CheckDialog(self.tab.plans, c, self.tab.today, add_months(self.tab.today, 1), parent=self)
        if dlg.exec():
            self.tab.reload(keep_version=True)

    def remove_contingency(self) -> None:
        c = self._selected(self.ui.contingencies_table, self.cont_model)
        if c is None:
            return
        if ask.confirm(self, "Remove contingency", f"Remove “{c.sentence()}” from the draft?", yes="Remove"):
            self.tab.shown.contingencies.remove(c)
            self.tab.content_changed()

    def select_item(self, item) -> None:
        for model, view in ((self.actions_model, self.ui.actions_table), (self.cont_model, self.ui.contingencies_table)):
            if item in model.rows:
                view.selectRow(model.rows.index(item))
                view.setFocus()
