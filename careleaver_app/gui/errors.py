"""What the user sees when something goes wrong: calm words for known faults, and for
anything else an error dialog with "Copy details" (no personal data in the details)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import ExportRefused, NotAllowed, NotFound, ValidationError
from ..logs import log_fault
from ..services.errors import StoreError, classify, is_db_error


def explain_fault(exc: BaseException, parent=None) -> str:
    """Show the right message for ``exc``; returns what kind it was ("known" or "bug")."""
    if is_db_error(exc):
        exc = classify(exc)
    if isinstance(exc, StoreError):
        log_fault(exc)
        _box(parent, QMessageBox.Icon.Warning, "The database has a problem", exc.user_message())
        return "known"
    if isinstance(exc, (ValidationError, NotAllowed, NotFound, ExportRefused)):  # ExportRefused: a file open in Excel…
        _box(parent, QMessageBox.Icon.Information, "Not done", str(exc))
        return "known"
    report = log_fault(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                      "Something went wrong inside the app. Your saved records are safe. "
                      "If it happens again, copy the details and send them to whoever supports the app: "
                      "they say where in the app it happened, and contain no personal information.", parent=parent)
    box.setDetailedText(report)
    copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    if QApplication.platformName() != "offscreen":
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(report)
    return "bug"


def _box(parent, icon, title: str, text: str) -> None:
    if QApplication.platformName() == "offscreen":
        print(f"careleaver-app: {text}", file=sys.stderr)
        return
    QMessageBox(icon, title, text, parent=parent).exec()


def install_excepthook() -> None:
    """Nothing escapes as a traceback: every uncaught error goes through explain_fault."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        explain_fault(exc)
    sys.excepthook = hook
