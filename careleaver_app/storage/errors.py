"""Known database faults, each with a calm message saying what to do.

Faults split into the known (disk full, locked, read-only, corrupt, not a database,
wrong key, newer version) and everything else, which is a bug to report.
"""

from __future__ import annotations

import sqlite3

RESTORE_HINT = "Open a recent backup from File → Restore backup, or ask your team manager for help."


class StoreError(Exception):
    """A known problem with the database file. ``str()`` is safe to show a user."""

    hint = ""

    def __init__(self, message: str = "", hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def user_message(self) -> str:
        return f"{self}\n\n{self.hint}".strip()


class NewerDatabase(StoreError):
    hint = "Install the latest version of the app to open it. The file has not been changed."


class NotADatabase(StoreError):
    hint = "The file has not been changed. " + RESTORE_HINT


class CorruptDatabase(StoreError):
    hint = "Stop using this file and restore a backup. " + RESTORE_HINT


class WrongKey(StoreError):
    hint = "Check the passphrase (capitals matter) and try again."


class DatabaseInUse(StoreError):
    hint = "Close other copies of the app and try again."


class DiskFull(StoreError):
    hint = "Free some space on the disk, then try again: the change was not saved."


class ReadOnly(StoreError):
    hint = "The file or its folder cannot be written to. Check where it is kept and its permissions."


class CannotOpen(StoreError):
    hint = "Check that the folder exists and that you can write to it."


_BY_NAME = {
    "SQLITE_FULL": (DiskFull, "The disk is full."),
    "SQLITE_BUSY": (DatabaseInUse, "The database is busy in another program."),
    "SQLITE_LOCKED": (DatabaseInUse, "The database is locked by another program."),
    "SQLITE_READONLY": (ReadOnly, "The database cannot be written to."),
    "SQLITE_CORRUPT": (CorruptDatabase, "The database file is damaged."),
    "SQLITE_NOTADB": (NotADatabase, "The file is not a database this app can read (or it is encrypted with another key)."),
    "SQLITE_CANTOPEN": (CannotOpen, "The database file could not be opened."),
    "SQLITE_IOERR": (CorruptDatabase, "The disk reported an error reading or writing the database."),
}
_BY_TEXT = (
    ("database or disk is full", "SQLITE_FULL"),
    ("database is locked", "SQLITE_BUSY"),
    ("readonly database", "SQLITE_READONLY"),
    ("malformed", "SQLITE_CORRUPT"),
    ("file is not a database", "SQLITE_NOTADB"),
    ("unable to open database", "SQLITE_CANTOPEN"),
    ("disk i/o error", "SQLITE_IOERR"),
)


def known_fault_name(exc: BaseException) -> str | None:
    """The SQLite error name for a known fault, or None for anything else."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:  # extended codes such as SQLITE_IOERR_SHORT_READ belong to their base
        for key in _BY_NAME:
            if name == key or name.startswith(key + "_"):
                return key
    text = str(exc).lower()
    for fragment, key in _BY_TEXT:
        if fragment in text:
            return key
    return None


def classify(exc: BaseException) -> Exception:
    """Turn a driver exception into a :class:`StoreError` if it is a known fault."""
    if isinstance(exc, StoreError):
        return exc
    key = known_fault_name(exc)
    if key is None:
        return exc if isinstance(exc, Exception) else RuntimeError(str(exc))
    cls, message = _BY_NAME[key]
    return cls(message)


def is_db_error(exc: BaseException) -> bool:
    """Is this an error raised by a database driver (sqlite3 or sqlcipher3)?"""
    if isinstance(exc, sqlite3.Error):
        return True
    return type(exc).__module__.startswith("sqlcipher3")
