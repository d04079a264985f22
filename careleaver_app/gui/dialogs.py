"""Dialogs built from ui/*.ui: choose the current worker, add a young person, change PA."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..domain.errors import Collector, NotAllowed, NotFound, ValidationError
from ..domain.people import Role, Worker
from ..services.people import PeopleService
from ..services.workers import WorkerService
from .ask import ask
from .forms.change_pa_dialog_ui import Ui_ChangePaDialog
from .forms.choose_worker_dialog_ui import Ui_ChooseWorkerDialog
from .forms.new_person_dialog_ui import Ui_NewPersonDialog
from .guarded import GuardedDialog
from .person_form import PersonForm
from .widgets import FieldErrors, error_label


class RememberingDialog(GuardedDialog):
    """A dialog that keeps its size and position between uses (UI state only), and never loses
    what was typed in it (see ``guarded``)."""

    settings_key = ""

    def restore_geometry(self) -> None:
        geometry = QSettings().value(f"dialogs/{self.settings_key or type(self).__name__}")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        QSettings().setValue(f"dialogs/{self.settings_key or type(self).__name__}", self.saveGeometry())
        super().done(result)


def save_or_close(dialog: QDialog, can_edit: bool) -> QDialogButtonBox:
    """Save and Cancel for someone who may change what the dialog shows; Close for anyone else."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                               if can_edit else QDialogButtonBox.StandardButton.Close)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(RememberingDialog):
    """A dialog whose OK runs ``save()``: validation errors are shown at the fields and the
    dialog stays open; a refusal (not found, not allowed) is explained and nothing is saved."""

    refused_title = "Not saved"

    def setup(self, ui, errors: dict) -> None:
        self.ui = ui
        self.errors = FieldErrors(errors, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except (NotFound, NotAllowed) as exc:
            ask.warn(self, self.refused_title, str(exc))
            return
        super().accept()


class ChooseWorkerDialog(RememberingDialog):
    """First run (and File → Switch worker): who is using the app. Switching to another worker
    (``switching``) needs that worker's own passphrase, chosen by them the first time."""

    def __init__(self, workers: WorkerService, parent: QWidget | None = None, *, switching: bool = False):
        super().__init__(parent)
        self.ui = Ui_ChooseWorkerDialog()
        self.ui.setupUi(self)
        self.workers = workers
        self.switching = switching
        self.chosen: Worker | None = None
        ui = self.ui
        for w in workers.workers():
            item = QListWidgetItem(f"{w.name} — {w.role.label}" + (f", {w.team_name}" if w.team_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            ui.worker_list.addItem(item)
        for role in Role:
            ui.role_combo.addItem(role.label, role)
        for t in workers.teams():
            ui.team_combo.addItem(t.name, t.id)
        if ui.worker_list.count() == 0:
            ui.intro_label.setText("Nobody is set up yet. Add yourself and your team to start.")
            ui.worker_list.setVisible(False)
            ui.add_group.setChecked(True)
            ui.add_group.setCheckable(False)
        else:
            ui.worker_list.setCurrentRow(0)
        error_label(ui.error_label)
        ui.worker_list.itemDoubleClicked.connect(lambda _: self.accept())
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        ui = self.ui
        try:
            if ui.add_group.isChecked() or not ui.add_group.isCheckable():
                c = Collector()
                c.require(ui.name_edit.text(), "name", "Name", "enter your name")
                c.require(ui.team_combo.currentText(), "team", "Team", "choose your team or type a new team's name")
                c.raise_if_any()
                team_name = ui.team_combo.currentText().strip()
                team = next((t for t in self.workers.teams() if t.name == team_name), None)
                team_id = team.id if team else self.workers.create_team(team_name)
                wid = self.workers.create_worker(ui.name_edit.text(), ui.role_combo.currentData(), team_id)
            else:
                item = ui.worker_list.currentItem()
                if item is None:
                    raise _error("worker", "Worker", "choose yourself from the list")
                wid = item.data(Qt.ItemDataRole.UserRole)
            if self.switching:
                chosen = self._switch(wid)
                if chosen is None:
                    return
                self.chosen = chosen
            else:
                self.chosen = self.workers.set_current(wid)
        except ValidationError as exc:
            ui.error_label.setText("\n".join(str(e) for e in exc.errors))
            return
        except NotAllowed as exc:
            ui.error_label.setText(str(exc))
            return
        super().accept()

    def _switch(self, wid: str) -> Worker | None:
        """Their own passphrase (chosen now, the first time); None if they cancel."""
        w = self.workers.get(wid)
        title = f"Switch to {w.name}"
        if self.workers.has_own_passphrase(wid):
            typed = ask.secret(self, title, f"{w.name}, type your own passphrase:")
            return None if typed is None else self.workers.switch_to(wid, typed)
        typed = ask.secret(self, title, f"{w.name}, choose your own passphrase for this laptop. Only you should know it: "
                                        "you type it whenever you switch to your name (to sign off a plan, for example).")
        if typed is None:
            return None
        again = ask.secret(self, title, "Type it again:")
        return None if again is None else self.workers.switch_to(wid, typed, again)


def _error(field: str, label: str, message: str) -> ValidationError:
    c = Collector()
    c.add(field, label, message)
    return ValidationError(c.errors)


class NewPersonDialog(RememberingDialog):
    """Add a young person: the details form plus their allocated PA."""

    def __init__(self, people: PeopleService, workers: WorkerService, me: Worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewPersonDialog()
        self.ui.setupUi(self)
        self.people = people
        self.form = PersonForm()
        self.ui.form_area.setWidget(self.form)
        self.created_id: str | None = None
        self.ui.pa_combo.addItem("Unallocated", None)
        for w in workers.workers():
            if w.role == Role.PA:
                self.ui.pa_combo.addItem(w.name, w.id)
        i = self.ui.pa_combo.findData(me.id)
        self.ui.pa_combo.setCurrentIndex(i if i >= 0 else 0)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.form.ui.legal_name_edit.setFocus()
        self.restore_geometry()

    def accept(self) -> None:
        try:
            person = self.form.person()
            self.created_id = self.people.create(person, self.ui.pa_combo.currentData())
        except ValidationError as exc:
            self.form.show_errors(exc)
            return
        super().accept()


class ChangePaDialog(RememberingDialog):
    def __init__(self, people: PeopleService, workers: WorkerService, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChangePaDialog()
        self.ui.setupUi(self)
        self.people = people
        self.person_id = person_id
        record = people.record(person_id)
        ui = self.ui
        ui.current_label.setText(record.pa.name if record.pa else "Unallocated")
        ui.worker_combo.addItem("Unallocated (held by the team manager)", None)
        for w in workers.workers():
            if w.role == Role.PA and w.id != record.person.allocated_pa_id:
                ui.worker_combo.addItem(w.name, w.id)
        ui.worker_combo.setCurrentIndex(1 if ui.worker_combo.count() > 1 else 0)
        ui.from_edit.setDate(people.clock.today())
        self.errors = FieldErrors({"on": (ui.from_edit, ui.from_error), "reason": (ui.reason_edit, ui.reason_error),
                                   "worker": (ui.worker_combo, ui.worker_error)}, parent=self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Change PA")
        self.restore_geometry()

    def accept(self) -> None:
        ui = self.ui
        c = Collector()
        problem = ui.from_edit.problem()
        on = ui.from_edit.value()
        if problem:
            c.add("on", "From", problem)
        try:
            c.raise_if_any()
            self.people.reallocate(self.person_id, ui.worker_combo.currentData(), ui.reason_edit.text(), on)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        super().accept()
