"""Set-up, unlock, recovery key and change of passphrase dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.errors import ValidationError
from ..services.access import StoreAccess, TooSoon, strength_label, wipe_key
from ..services.errors import CorruptDatabase, StoreError
from .forms.change_passphrase_dialog_ui import Ui_ChangePassphraseDialog
from .forms.recover_dialog_ui import Ui_RecoverDialog
from .forms.recovery_key_dialog_ui import Ui_RecoveryKeyDialog
from .forms.setup_dialog_ui import Ui_SetupDialog
from .forms.unlock_dialog_ui import Ui_UnlockDialog
from .widgets import error_label


def _strength(edit, label) -> None:
    edit.textChanged.connect(lambda text: label.setText(strength_label(text) if text else ""))


def _messages(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(e.message[:1].upper() + e.message[1:] for e in exc.errors)
    if isinstance(exc, StoreError):
        return exc.user_message()
    return str(exc)


class _NewPassphraseDialog(QDialog):
    """A form that sets a passphrase (set-up, recovery, change): its strength is shown as it is
    typed, and ``submit()`` either succeeds or raises; the reasons are shown and the form stays."""

    form = None  # the compiled form's class

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = self.form()
        ui.setupUi(self)
        self.result_value = None
        error_label(ui.error_label)
        _strength(ui.passphrase_edit, ui.strength_value)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except (ValidationError, StoreError) as exc:
            self.ui.error_label.setText(_messages(exc))
            return
        super().accept()


class SetupDialog(_NewPassphraseDialog):
    """First run: choose the passphrase (``create`` makes the store and returns the recovery key)."""

    form = Ui_SetupDialog

    def __init__(self, create, parent: QWidget | None = None, title: str | None = None, intro: str | None = None):
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        if intro:
            self.ui.intro_label.setText(intro)
        self.create = create
        self.recovery = ""

    def submit(self) -> None:
        self.result_value, self.recovery = self.create(self.ui.passphrase_edit.text(), self.ui.confirm_edit.text())


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_RecoveryKeyDialog()
        ui.setupUi(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        ui.key_label.setFont(font)
        groups = recovery.split("-")
        ui.key_label.setText("\n".join("-".join(groups[i:i + 5]) for i in range(0, len(groups), 5)))
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        ui.kept_check.toggled.connect(ok.setEnabled)
        ui.button_box.accepted.connect(self.accept)

    def reject(self) -> None:  # it must be acknowledged
        if self.ui.kept_check.isChecked():
            super().reject()


def restore_damaged(parent, access: StoreAccess, key):
    """The store cannot be used (damaged, or not opening at all): choose a backup to put in its
    place (the damaged files are kept aside). The opened store, or None."""
    from .backup_dialog import RestoreDialog

    dlg = RestoreDialog(access.path, key, lambda path: access.restore_backup(path, key), parent, damaged=True)
    return dlg.result_value if dlg.exec() and dlg.restored else None


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``attempt(passphrase)`` returns what unlocking gives, or raises.
    If the passphrase is right but the store is damaged, "Restore a backup…" appears."""

    def __init__(self, access: StoreAccess, attempt, parent: QWidget | None = None, *, hint: str = ""):
        super().__init__(parent)
        self.ui = ui = Ui_UnlockDialog()
        ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.access = access
        self.attempt = attempt
        self.result_value: Any = None  # what ``attempt`` gave (the key), or the store the recovery opened
        if hint:
            ui.intro_label.setText(ui.intro_label.text() + " " + hint)
        error_label(ui.error_label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.recover_button.clicked.connect(self._recover)
        ui.restore_button.clicked.connect(self._restore)
        self.recovered = False

    def _tick(self) -> None:
        wait = self.access.seconds_to_wait()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if wait:
            self.ui.error_label.setText(f"That passphrase is not right. Too many tries: wait {wait} seconds.")
            ok.setEnabled(False)
        else:
            ok.setEnabled(True)
            self._timer.stop()

    def accept(self) -> None:
        try:
            self.result_value = self.attempt(self.ui.passphrase_edit.text())
        except TooSoon:
            self._tick()
            self._timer.start()
            return
        except CorruptDatabase as exc:  # the passphrase is right: the file is not
            self.ui.error_label.setText(_messages(exc))
            self.ui.restore_button.setVisible(True)
            self.ui.restore_button.setFocus()
            return
        except StoreError as exc:
            self.ui.passphrase_edit.selectAll()
            self.ui.passphrase_edit.setFocus()
            wait = self.access.seconds_to_wait()
            self.ui.error_label.setText(_messages(exc) if not wait else "")
            if wait:
                self._tick()
                self._timer.start()
            return
        self.ui.passphrase_edit.clear()
        super().accept()

    def _restore(self) -> None:
        try:
            key = self.access.key_for(self.ui.passphrase_edit.text())
        except StoreError as exc:
            self.ui.error_label.setText(_messages(exc))
            return
        try:
            store = restore_damaged(self, self.access, key)
        finally:
            wipe_key(key)
        if store is not None:
            self.result_value = store
            self.ui.passphrase_edit.clear()
            super().accept()

    def _recover(self) -> None:
        dlg = RecoverDialog(self.access, self)
        if dlg.exec():
            self.result_value = dlg.result_value
            self.recovered = True
            self.ui.passphrase_edit.clear()
            super().accept()


class RecoverDialog(_NewPassphraseDialog):
    """Opens the store with the recovery key and sets a new passphrase; if the store itself is
    damaged, offers a backup in its place."""

    form = Ui_RecoverDialog

    def __init__(self, access: StoreAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access

    def submit(self) -> None:
        try:
            self.result_value = self.access.recover(self.ui.recovery_edit.text(), self.ui.passphrase_edit.text(),
                                                    self.ui.confirm_edit.text())
        except CorruptDatabase as exc:
            key = self.access.recovery_key(self.ui.recovery_edit.text())
            try:
                store = restore_damaged(self, self.access, key)
            finally:
                wipe_key(key)
            if store is None:
                raise exc
            self.result_value = store
        for edit in (self.ui.recovery_edit, self.ui.passphrase_edit, self.ui.confirm_edit):
            edit.clear()


def face_audit_problem(store, access: StoreAccess | None, parent: QWidget | None = None):
    """Say what the opening check of the audit trail found (changes missing, a rewritten or
    unanchored trail) and offer the ways on: restore a backup, carry on (recorded in the trail),
    or quit. Returns the store to use (perhaps a restored one), or None to quit."""
    from ..services.backups import backups_of
    from .ask import ask
    from .backup_dialog import RestoreDialog

    while store is not None and store.audit_problem:
        text = (f"When the records were opened, the check of the audit trail found that {store.audit_problem}.\n\n"
                "If you changed records recently, a backup may hold what is missing: restore one to look. Or carry on "
                "with the records as they are: that you saw this is written in the audit trail, with your name.")
        if not backups_of(store.path):
            text += "\n\nThere are no backups of these records on this laptop."
        choice = ask.choose(parent, "Some records may be missing", text,
                            ["Restore a backup…", "Carry on with the records as they are", "Quit"])
        if choice is None or choice == 2:
            store.close()
            return None
        if choice == 1:
            store.accept_audit_problem()
            return store
        RestoreDialog(store.path, store.key, store.restore, parent).exec()
    return store


class ChangePassphraseDialog(_NewPassphraseDialog):
    form = Ui_ChangePassphraseDialog

    def __init__(self, access: StoreAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access

    def submit(self) -> None:
        self.access.change_passphrase(self.ui.old_edit.text(), self.ui.passphrase_edit.text(), self.ui.confirm_edit.text())
