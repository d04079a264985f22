"""The one facade for dialogs that ask the user something.

Widgets call ``ask.confirm(...)`` etc.; tests replace the functions on the module-level
``ask`` object (``monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)``) or
queue answers with :meth:`Ask.queue` so no modal dialog blocks a test.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Ask:
    def __init__(self) -> None:
        self._answers: list = []
        self.log: list[tuple[str, str]] = []  # (kind, text) of every question asked
        # Tests switch this off: messages are then only logged, and a question with no
        # queued answer fails loudly instead of blocking on a modal dialog.
        self.interactive = True

    def queue(self, *answers) -> None:
        """Answer the next questions without showing them (tests)."""
        self._answers.extend(answers)

    def _queued(self, kind: str, text: str):
        self.log.append((kind, text))
        if self._answers:
            return True, self._answers.pop(0)
        if not self.interactive:
            if kind in ("inform", "warn"):
                return True, None
            raise AssertionError(f"unexpected {kind} question with no queued answer: {text}")
        return False, None

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "Yes", no: str = "Cancel") -> bool:
        ok, answer = self._queued("confirm", text)
        if ok:
            return bool(answer)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes_btn = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_btn)
        box.exec()
        return box.clickedButton() is yes_btn

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
        """One of several answers (buttons, the first is the default): its index, or None if the
        question is closed without one."""
        ok, answer = self._queued("choose", text)
        if ok:
            return answer
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        ok, answer = self._queued("text", label)
        if ok:
            return answer
        from .guarded import TextDialog  # asks before losing what was typed, and keeps it through a lock

        dlg = TextDialog(parent, title, label, default)
        return dlg.edit.text() if dlg.exec() else None

    def secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """Like text(), but the answer is not shown as it is typed (passwords)."""
        ok, answer = self._queued("secret", label)
        if ok:
            return answer
        value, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return value if accepted else None

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        ok, _ = self._queued("inform", text)
        if not ok:
            QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        ok, _ = self._queued("warn", text)
        if not ok:
            QMessageBox.warning(parent, title, text)


    def save_path(self, parent: QWidget | None, title: str, suggested: str, filter: str = "PDF files (*.pdf)") -> str | None:
        ok, answer = self._queued("save_path", title)
        if ok:
            return answer
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
        return path or None

    def open_path(self, parent: QWidget | None, title: str, filter: str = "All files (*)") -> str | None:
        ok, answer = self._queued("open_path", title)
        if ok:
            return answer
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
        return path or None

    def folder(self, parent: QWidget | None, title: str) -> str | None:
        ok, answer = self._queued("folder", title)
        if ok:
            return answer
        path = QFileDialog.getExistingDirectory(parent, title)
        return path or None


ask = Ask()
