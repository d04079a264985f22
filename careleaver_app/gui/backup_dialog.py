"""Restore a backup: choose one, see what it holds, confirm.

Used from File → Restore a backup (the store is open) and from the unlock screen when the store
cannot be opened (damaged): ``restore(path)`` does the work and returns what it gives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..services.backups import backups_of, summary_of
from ..services.errors import StoreError
from .ask import ask
from .dialogs import RememberingDialog

OPEN_INTRO = ("Choose a backup to see what it holds. Restoring replaces what is in the app now with the backup; what is "
              "there now is kept first (as a backup, or, if it is damaged, in the \"damaged\" folder), so nothing is lost.")
DAMAGED_INTRO = ("The database cannot be used as it is. Choose a backup to put in its place: the damaged file is kept, "
                 "as it is, in the \"damaged\" folder beside it for examination.")


class RestoreDialog(RememberingDialog):
    def __init__(self, db_path: Path, key, restore, parent: QWidget | None = None, *, damaged: bool = False):
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.setMinimumSize(560, 420)
        self.db_path = Path(db_path)
        self.key = key
        self.restore = restore
        self.damaged = damaged
        self.restored = False
        self.result_value = None
        intro = QLabel(DAMAGED_INTRO if damaged else OPEN_INTRO)
        intro.setObjectName("restore_intro")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName("Backups, newest first")
        for b in backups_of(self.db_path):
            item = QListWidgetItem(b.label)
            item.setData(Qt.ItemDataRole.UserRole, b.path)
            self.list.addItem(item)
        self.summary = QLabel("No backups yet." if not self.list.count() else "")
        self.summary.setObjectName("backup_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("Restore this backup…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_geometry()

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, *_) -> None:
        path = self.chosen()
        if path is None:
            return
        try:
            s = summary_of(path, self.key)
        except StoreError as exc:
            self.summary.setText(f"This backup cannot be used: {exc}")
            self.restore_button.setEnabled(False)
            return
        last = s.last_change[:16].replace("T", " ") if s.last_change else "unknown"
        self.summary.setText(f"It holds {s.young_people} young people and {s.contacts} contacts; last change {last} (UTC).")
        self.restore_button.setEnabled(True)

    def accept(self) -> None:
        path = self.chosen()
        if path is None:
            return
        question = ("Put this backup in place of the damaged database? (The damaged file is kept aside.)" if self.damaged else
                    "Replace what is in the app now with this backup? (What is there now is kept first.)")
        if not ask.confirm(self, "Restore", question, yes="Restore"):
            return
        try:
            self.result_value = self.restore(path)
        except StoreError as exc:
            ask.warn(self, "Not restored", exc.user_message())
            return
        self.restored = True
        super().accept()


def kept_message(outcome) -> str:
    """Where what was there before the restore is kept, in words."""
    if outcome is None or outcome.kept is None:
        return ""
    if outcome.damaged:
        return f" The damaged file is kept, as it was, in the \"damaged\" folder ({outcome.kept.name})."
    return " What was there before is kept as a backup (\"before restore\"), so this can be undone."
