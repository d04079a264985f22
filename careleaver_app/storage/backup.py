"""Backups through SQLite's online backup API (encrypted with the store's key).

A copy is written to a temporary name, checked with ``PRAGMA integrity_check`` and
only then moved into place, so a bad copy never replaces a good one.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .database import PRIVATE_UMASK, _connect
from .errors import CorruptDatabase, classify


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_to(db: sqlite_utils.Database, target: Path, key: bytes | None) -> Path:
    """Copy the open store into ``target`` (same key), verified before it lands."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
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


def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def backup_before_migration(db: sqlite_utils.Database, db_path: Path, key: bytes | None) -> Path:
    target = backups_folder(db_path) / f"{db_path.stem}-before-migration-{timestamp()}.db"
    return backup_to(db, target, key)
