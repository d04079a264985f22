"""Set-up, unlock, recovery key and change of passphrase dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.errors import ValidationError
from ..services.access import StoreAccess, TooSoon, strength_label
from ..storage.errors import StoreError
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


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``attempt(passphrase)`` returns what unlocking gives, or raises."""

    def __init__(self, access: StoreAccess, attempt, parent: QWidget | None = None, *, hint: str = ""):
        super().__init__(parent)
        self.ui = ui = Ui_UnlockDialog()
        ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.access = access
        self.attempt = attempt
        self.result_value = None
        if hint:
            ui.intro_label.setText(ui.intro_label.text() + " " + hint)
        error_label(ui.error_label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.recover_button.clicked.connect(self._recover)
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

    def _recover(self) -> None:
        dlg = RecoverDialog(self.access, self)
        if dlg.exec():
            self.result_value = dlg.result_value
            self.recovered = True
            super().accept()


class RecoverDialog(_NewPassphraseDialog):
    """Opens the store with the recovery key and sets a new passphrase."""

    form = Ui_RecoverDialog

    def __init__(self, access: StoreAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access

    def submit(self) -> None:
        self.result_value = self.access.recover(self.ui.recovery_edit.text(), self.ui.passphrase_edit.text(),
                                                self.ui.confirm_edit.text())


class ChangePassphraseDialog(_NewPassphraseDialog):
    form = Ui_ChangePassphraseDialog

    def __init__(self, access: StoreAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access

    def submit(self) -> None:
        self.access.change_passphrase(self.ui.old_edit.text(), self.ui.passphrase_edit.text(), self.ui.confirm_edit.text())
