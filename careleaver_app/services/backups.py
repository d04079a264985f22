"""Backups of the store and what they hold, for the GUI and the command line (storage/backup.py
does the work: copies through SQLite's backup API, checked, rotated daily, weekly and monthly).

Restoring goes through ``Store.restore`` (the store in use) or ``StoreAccess.restore_backup``
(a store that cannot be opened), which keep what was there before as a backup of its own."""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable

from ..storage.backup import BackupInfo, BackupSummary, backup_file, list_backups, summarise

__all__ = ["BackupInfo", "BackupService", "BackupSummary", "backups_of", "summary_of"]


def backups_of(db_path: Path | None) -> list[BackupInfo]:
    """The backups beside a store, newest first (none for a store held only in memory)."""
    return list_backups(db_path) if db_path is not None else []


def summary_of(backup: Path, key: bytes | None) -> BackupSummary:
    """How many young people and contacts a backup holds, and its last change (StoreError if it
    cannot be opened with the key)."""
    return summarise(backup, key)


class BackupService:
    def __init__(self, store, settings):
        self.store = store
        self.settings = settings

    def backups(self) -> list[BackupInfo]:
        return backups_of(self.store.path)

    def backup_job(self, reason: str) -> Callable[[], Path]:
        """A backup to run in the background ("auto" or "manual"), through a connection of its
        own. The path, a copy of the key (locking wipes the store's) and the rotation are taken now,
        on the calling thread."""
        path, key, rotation = self.store.path, bytes(self.store.key), self.settings.get().rotation()
        return lambda: backup_file(path, key, reason, **rotation)
