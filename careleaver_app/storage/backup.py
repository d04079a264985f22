"""Backups through SQLite's online backup API, encrypted with the store's own key.

A copy is written to a temporary name, checked with ``PRAGMA integrity_check`` and only then
moved into place, so a bad copy never replaces a good one. Backups rotate: the newest each day
for a week, each week for a month, each month for a year (all local settings); backups taken
before a migration, an import or a restore are kept apart (the newest five of each).
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .database import PRIVATE_UMASK, _connect, open_database
from .errors import CorruptDatabase, StoreError, classify

if TYPE_CHECKING:
    import sqlite_utils

_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}T\d{6}\d*Z)-(?P<reason>[a-z-]+)\.db$")
SPECIAL_KEEP = 5


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def backup_to(db: sqlite_utils.Database, target: Path, key: bytes | None) -> Path:
    """Copy the open store into ``target`` (same key), verified before it lands."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(target.parent, 0o700)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    problems = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise CorruptDatabase("The database failed its integrity check, so it was not backed up. Restore a recent backup.")
    old = os.umask(PRIVATE_UMASK)
    try:
        dest = _connect(str(tmp), key)
    finally:
        os.umask(old)
    try:
        db.conn.backup(dest)
        rows = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise CorruptDatabase("The backup copy failed its integrity check; the previous backups are kept.")
        dest.execute("PRAGMA journal_mode = DELETE")
    except Exception as exc:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise classify(exc) from exc
    dest.close()
    os.replace(tmp, target)
    return target


def backup_before_migration(db: sqlite_utils.Database, db_path: Path, key: bytes | None) -> Path:
    return backup_to(db, backups_folder(db_path) / f"{db_path.stem}-{timestamp()}-before-migration.db", key)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int

    @property
    def label(self) -> str:
        local = self.taken_at.astimezone()
        return f"{local:%d/%m/%Y %H:%M} ({self.reason.replace('-', ' ')}, {self.size // 1024} KB)"


@dataclass(frozen=True)
class BackupSummary:
    young_people: int
    contacts: int
    last_change: str


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backups_folder(db_path)
    out = []
    if folder.exists():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m and m.group("stem") == db_path.stem:
                ts = m.group("ts")
                taken = datetime.strptime(ts[:15], "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
                out.append(BackupInfo(p, taken, m.group("reason"), p.stat().st_size))
    return sorted(out, key=lambda b: b.path.name, reverse=True)


def rotate(db_path: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Delete backups outside the daily/weekly/monthly windows. Returns what was removed."""
    keep: set[Path] = set()
    routine = [b for b in list_backups(db_path) if not b.reason.startswith("before-")]
    for window, key in ((daily, lambda b: b.taken_at.date()), (weekly, lambda b: b.taken_at.isocalendar()[:2]),
                        (monthly, lambda b: (b.taken_at.year, b.taken_at.month))):
        seen = []
        for b in routine:  # newest first: the first of each period is its newest
            k = key(b)
            if k not in seen:
                seen.append(k)
                if len(seen) <= window:
                    keep.add(b.path)
    special: dict[str, int] = {}
    for b in list_backups(db_path):
        if b.reason.startswith("before-"):
            special[b.reason] = special.get(b.reason, 0) + 1
            if special[b.reason] <= SPECIAL_KEEP:
                keep.add(b.path)
    removed = []
    for b in list_backups(db_path):
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def take_backup(db: sqlite_utils.Database, db_path: Path, key: bytes | None, reason: str, **rotation) -> Path:
    path = backup_to(db, backups_folder(db_path) / f"{db_path.stem}-{timestamp()}-{reason}.db", key)
    keys_file = db_path.with_name(db_path.name + ".keys")
    if keys_file.exists():  # the passphrase opens the backups too
        shutil.copy2(keys_file, backups_folder(db_path) / keys_file.name)
    rotate(db_path, **rotation)
    return path


def summarise(backup: Path, key: bytes | None) -> BackupSummary:
    """What a backup holds, opened read-only; raises a StoreError if it is damaged."""
    if not backup.exists():
        raise StoreError("That backup no longer exists.")
    db = open_database(backup, key, migrate=False, create=False)
    try:
        problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise CorruptDatabase("That backup is damaged: choose another.")
        yp = db.execute("SELECT count(*) FROM young_people").fetchone()[0]
        contacts = db.execute("SELECT count(*) FROM contacts").fetchone()[0] if "contacts" in db.table_names() else 0
        last = db.execute("SELECT max(at) FROM audit_log").fetchone()[0] if "audit_log" in db.table_names() else ""
        return BackupSummary(yp, contacts, last or "")
    finally:
        db.close()


def restore_file(backup: Path, db_path: Path, key: bytes | None) -> None:
    """Replace the (closed) store with a verified backup."""
    summarise(backup, key)  # proves it opens and is sound
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)


def backup_file(db_path: Path, key: bytes | None, reason: str, **rotation) -> Path:
    """A backup taken through its own connection (safe from a background thread)."""
    db = open_database(db_path, key, migrate=False, create=False)
    try:
        return take_backup(db, db_path, key, reason, **rotation)
    finally:
        db.close()
