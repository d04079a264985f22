"""Restore a backup: choose one, see what it holds, confirm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..storage.backup import list_backups, summarise
from ..storage.errors import StoreError
from .ask import ask
from .dialogs import RememberingDialog


class RestoreDialog(RememberingDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.setMinimumSize(560, 420)
        self.store = store
        self.restored = False
        intro = QLabel("Choose a backup to see what it holds. Restoring replaces what is in the app now with the backup; "
                       "the app backs up the current state first, so this can be undone.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName("Backups, newest first")
        for b in list_backups(store.path):
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
            s = summarise(path, self.store.key)
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
        if not ask.confirm(self, "Restore", "Replace what is in the app now with this backup? (The current state is backed up first.)",
                           yes="Restore"):
            return
        try:
            self.store.restore(path)
        except StoreError as exc:
            ask.warn(self, "Not restored", exc.user_message())
            return
        self.restored = True
        super().accept()
