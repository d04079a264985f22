"""Backups through SQLite's online backup API, encrypted with the store's own key.

A copy is written to a temporary name, checked with ``PRAGMA integrity_check`` and only then
moved into place, so a bad copy never replaces a good one. Backups rotate: the newest each day
for a week, each week for a month, each month for a year (all local settings); backups taken
before a migration, an import or a restore are kept apart (the newest five of each).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .database import PRIVATE_UMASK, _connect, check_file, open_connection, open_database, raw_connection
from .errors import CorruptDatabase, DatabaseInUse, StoreError, classify

if TYPE_CHECKING:
    import sqlite_utils

_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}T\d{6}\d*Z)-(?P<reason>[a-z-]+)\.db$")
SPECIAL_KEEP = 5
BACKUP_LOCK_WAIT_SECONDS = 300  # another backup of the same store finishing first


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def damaged_folder(db_path: Path) -> Path:
    """Where a damaged store is kept, as it was, when a backup replaces it (never rotated)."""
    return db_path.parent / "damaged"


def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _private_folder(folder: Path) -> Path:
    old = os.umask(PRIVATE_UMASK)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    os.chmod(folder, 0o700)
    return folder


@contextlib.contextmanager
def _backup_lock(folder: Path, wait: float = BACKUP_LOCK_WAIT_SECONDS) -> Iterator[None]:
    """One backup at a time into a folder (threads and processes): only then may half-written
    copies (``.part``) be cleared, since none can be in the middle of being written."""
    from .locks import held

    _private_folder(folder)
    with held(folder / ".lock", wait=wait) as got:
        if not got:
            raise DatabaseInUse("Another backup of this database is taking a long time.", hint="Try again later.")
        yield


def _clear_parts(folder: Path) -> list[Path]:
    removed = []
    for p in folder.glob("*.part"):
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    return removed


def clear_leftovers(db_path: Path) -> list[Path]:
    """Half-written copies a killed backup left (``backups/*.part``), unless a backup is being
    written right now (then the next backup clears them)."""
    from .locks import held

    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    with held(folder / ".lock", wait=0) as got:
        return _clear_parts(folder) if got else []


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def backup_to(db, target: Path, key: bytes | None) -> Path:
    """Copy the open store (a connection or a sqlite_utils Database) into ``target`` (same key),
    verified and on the disk before it takes its name. The caller holds the backup lock and
    has checked the source."""
    from ..safe_files import fsync_folder

    _private_folder(target.parent)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    old = os.umask(PRIVATE_UMASK)
    try:
        dest = _connect(str(tmp), key)
    finally:
        os.umask(old)
    try:
        raw_connection(db).backup(dest)
        rows = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise CorruptDatabase("The backup copy failed its integrity check; the previous backups are kept.")
        dest.execute("PRAGMA journal_mode = DELETE")
    except Exception as exc:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise classify(exc) from exc
    dest.close()
    _fsync_file(tmp)
    os.replace(tmp, target)
    fsync_folder(target.parent)
    return target


def _checked_backup(db, db_path: Path, key: bytes | None, reason: str) -> Path:
    """Under the backup lock: clear what killed backups left, check the store on a fresh
    connection (a long-lived one can report damage that is not there), copy it, and keep the key
    file and the audit anchor beside the backups (the passphrase opens them; the anchor is a
    second witness to the newest audit entry)."""
    from . import audit, keys

    folder = backups_folder(db_path)
    with _backup_lock(folder):
        _clear_parts(folder)
        if check_file(db_path, key):
            raise CorruptDatabase("The database failed its integrity check, so it was not backed up.",
                                  hint="Restore a recent backup (File → Restore a backup): the damaged file is kept aside.")
        path = backup_to(db, folder / f"{db_path.stem}-{timestamp()}-{reason}.db", key)
        for extra in (keys.key_file_for(db_path), audit.anchor_file_for(db_path)):
            if extra.exists():
                with contextlib.suppress(OSError):
                    shutil.copy2(extra, folder / (extra.name + ".part"))
                    _fsync_file(folder / (extra.name + ".part"))
                    os.replace(folder / (extra.name + ".part"), folder / extra.name)
    return path


def backup_before_migration(db: sqlite_utils.Database, db_path: Path, key: bytes | None) -> Path:
    return _checked_backup(db, db_path, key, "before-migration")


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


def take_backup(db, db_path: Path, key: bytes | None, reason: str, **rotation) -> Path:
    path = _checked_backup(db, db_path, key, reason)
    rotate(db_path, **rotation)
    return path


def summarise(backup: Path, key: bytes | None) -> BackupSummary:
    """What a backup holds, opened read-only; raises a StoreError if it is damaged."""
    if not backup.exists():
        raise StoreError("That backup no longer exists.")
    db = open_database(backup, key, migrate=False, create=False, lock=False)
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


@dataclass(frozen=True)
class RestoreOutcome:
    kept: Path | None  # where the state before the restore is kept
    damaged: bool  # it was damaged, so the files themselves were kept (in the "damaged" folder)


def _keep_current(db_path: Path, key: bytes | None) -> RestoreOutcome:
    """Keep what is there before it is replaced: a sound store as a verified "before-restore"
    backup; a damaged one (or one that cannot be opened at all) as the files themselves, for
    examination. Called with the exclusive lock held."""
    if not db_path.exists():
        return RestoreOutcome(None, False)
    conn = None
    with contextlib.suppress(Exception):
        conn = open_connection(db_path, key, migrate=False, create=False, check=False, lock=False)
    if conn is not None:
        try:
            sound = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
            if sound:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # the file alone now holds it all
                folder = backups_folder(db_path)
                with _backup_lock(folder):
                    _clear_parts(folder)
                    kept = backup_to(conn, folder / f"{db_path.stem}-{timestamp()}-before-restore.db", key)
                return RestoreOutcome(kept, False)
        except Exception:  # noqa: BLE001 - any failure here means: keep the files themselves
            pass
        finally:
            conn.close()
    from ..safe_files import fsync_folder
    from .keys import key_file_for

    folder = _private_folder(damaged_folder(db_path))
    stamp = timestamp()
    kept = folder / f"{db_path.stem}-{stamp}.db"
    for source, target in ((db_path, kept), (Path(str(db_path) + "-wal"), Path(str(kept) + "-wal")),
                           (key_file_for(db_path), folder / f"{db_path.stem}-{stamp}.db.keys")):
        if source.exists():
            shutil.copyfile(source, target)
            os.chmod(target, 0o600)
            _fsync_file(target)
    fsync_folder(folder)
    return RestoreOutcome(kept, True)


def restore_file(backup: Path, db_path: Path, key: bytes | None) -> RestoreOutcome:
    """Replace the store with a verified backup, keeping what was there first (``_keep_current``).

    Only while nothing else has the store open (the exclusive lock: this app's other
    connections, background work, another copy of the app, a command); otherwise refused with
    DatabaseInUse and nothing is changed. The backup's audit anchor is staged first, so a crash
    after the replace still finishes the restore at the next opening."""
    from ..safe_files import fsync_folder
    from . import audit
    from .locks import exclusive

    summarise(backup, key)  # proves it opens and is sound
    with exclusive(db_path):
        outcome = _keep_current(db_path, key)
        tmp = db_path.with_name(db_path.name + ".restoring")
        tmp.unlink(missing_ok=True)
        old = os.umask(PRIVATE_UMASK)
        try:
            shutil.copyfile(backup, tmp)
        finally:
            os.umask(old)
        _fsync_file(tmp)
        if key is not None:
            audit.stage_restore(db_path, tmp, key, backup.name)
        for suffix in ("-wal", "-shm"):  # the old log must never be applied to the new file
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        fsync_folder(db_path.parent)
    return outcome


def backup_file(db_path: Path, key: bytes | None, reason: str, **rotation) -> Path:
    """A backup taken through its own connection (safe from a background thread)."""
    db = open_database(db_path, key, migrate=False, create=False, check=False)
    try:
        return take_backup(db, db_path, key, reason, **rotation)
    finally:
        db.close()
