"""Copying identifiers: the clipboard is cleared again after a short time."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_SECONDS = 30


def copy_identifier(text: str, seconds: int = CLEAR_AFTER_SECONDS) -> None:
    """Put ``text`` on the clipboard and take it off again after ``seconds`` (unless replaced)."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(seconds * 1000, clear)
