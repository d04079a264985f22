"""Dialogs that never lose what was typed in them.

A :class:`GuardedDialog` knows whether anything has been typed since it opened. Closing it
with typing in it (Escape, Cancel, the window's close button) asks first. When the app locks
(after the idle time, or Ctrl+L) a dialog with typing in it is put away instead of cancelled:
it is hidden, and its widgets keep what was typed, in memory only (never on disk, never in
QSettings); when the app is unlocked it comes back as it was. A dialog with nothing typed in
it is simply cancelled by a lock, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .ask import ask


def _value(w: QWidget):
    """What a user can change in an input widget (None: not an input)."""
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return None if w.isReadOnly() else w.toPlainText()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText() if w.isEditable() else "")
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QTableWidget):
        return tuple((r, c, w.item(r, c).text()) for r in range(w.rowCount()) for c in range(w.columnCount())
                     if w.item(r, c) is not None and w.item(r, c).text())
    if isinstance(w, QAbstractButton) and w.isCheckable():
        return w.isChecked()
    return None


def _blank(w: QWidget):
    """The value a widget added after the dialog opened starts with (a new, empty row)."""
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return ""
    if isinstance(w, QComboBox):
        return (0, w.itemText(0) if w.isEditable() else "")
    if isinstance(w, QTableWidget):
        return ()
    return False


def input_state(root: QWidget) -> dict[int, tuple[QWidget, object]]:
    """Every input widget under ``root`` with its value (keyed by identity; the widget is kept
    with its value so the key is not reused while the state is held)."""
    state = {}
    for w in root.findChildren(QWidget):
        value = _value(w)
        if value is not None:
            state[id(w)] = (w, value)
    return state


class GuardedDialog(QDialog):
    """A dialog that asks before throwing away what was typed, and keeps it through a lock."""

    discard_title = "Discard what you typed?"
    keep_through_lock = True  # False for dialogs holding secrets (passphrases)

    _baseline: dict | None = None
    _put_away = False
    _brought_back = False
    _waiting: QEventLoop | None = None
    _running = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._baseline is None:  # first shown: on the screen, and what it showed, set up by the code that made it
            from .screen import fit_dialog

            fit_dialog(self)
            self._baseline = input_state(self)
        super().showEvent(event)

    def has_typed_content(self) -> bool:
        """Has anything been typed or chosen since the dialog opened?"""
        if self._baseline is None:
            return False
        for key, (w, value) in input_state(self).items():
            before = self._baseline.get(key)
            if value != (before[1] if before is not None else _blank(w)):
                return True
        return False

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask before losing what was typed."""
        if self.has_typed_content() and not ask.confirm(
                self, self.discard_title, "Close this without saving? What you typed here will be lost.",
                yes="Discard", no="Keep editing"):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (nothing here is worth keeping, or the user already said so)."""
        super().reject()

    # -- locking --------------------------------------------------------------------------
    def put_away_for_lock(self) -> bool:
        """The app is locking: hide this dialog keeping what was typed (True), or, if there is
        nothing to keep, cancel it (False)."""
        if not (self.keep_through_lock and self.has_typed_content()):
            self.discard()
            return False
        self._put_away, self._brought_back = True, False
        self.hide()  # ends exec(); exec() below waits for the unlock and shows it again
        return True

    def bring_back(self) -> None:
        """The app is unlocked: show the dialog again, as it was."""
        if not self._put_away:
            return
        self._brought_back = True
        if self._waiting is not None:
            self._waiting.quit()
        elif not self._running:  # shown without exec() (not modal)
            self._put_away = False
            self.show()

    def exec(self) -> int:
        self._running = True
        try:
            while True:
                result = super().exec()
                if not self._put_away:
                    return result
                if not self._brought_back:  # locked: wait, holding what was typed, for the unlock
                    self._waiting = QEventLoop()
                    try:
                        self._waiting.exec()
                    finally:
                        self._waiting = None
                if not self._brought_back:  # the app was quit while locked
                    self._put_away = False
                    return QDialog.DialogCode.Rejected.value
                self._put_away = self._brought_back = False
        finally:
            self._running = False


class TextDialog(GuardedDialog):
    """One line of text asked for (``ask.text``): a note, a reason."""

    def __init__(self, parent: QWidget | None, title: str, label: str, default: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        self.edit = QLineEdit(default)
        self.edit.setObjectName("answer_edit")
        self.edit.setAccessibleName(label)
        self.edit.setMinimumWidth(360)
        prompt.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(prompt)
        lay.addWidget(self.edit)
        lay.addWidget(buttons)
