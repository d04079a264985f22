"""Opening the store: the one function every connection goes through.

Plain SQLite (the standard library) when no key is given; SQLCipher through
``sqlcipher3`` when a key is given (see ``careleaver_app.storage.keys``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import (
    CannotOpen,
    CorruptDatabase,
    DatabaseInUse,
    NewerDatabase,
    NotADatabase,
    StoreError,
    WrongKey,
    classify,
)
from .raw import raw_connection  # noqa: F401 - where backup.py and store.py take it from

if TYPE_CHECKING:
    import sqlite_utils

try:  # SQLCipher is optional until encryption is switched on.
    import sqlcipher3  # type: ignore
except ImportError:  # pragma: no cover - depends on the install
    sqlcipher3 = None

BUSY_TIMEOUT_MS = 5000


# Files the app creates are readable by the user only (privacy hygiene).
PRIVATE_UMASK = 0o077


class _HoldsTheStoreLock:
    """A connection that holds the store's shared lock (``locks.SharedLock``) while open."""

    store_lock = None

    def close(self):
        try:
            super().close()
        finally:
            lock, self.store_lock = self.store_lock, None
            if lock is not None:
                lock.release()


class _Sqlite(_HoldsTheStoreLock, sqlite3.Connection):
    pass


_Cipher = None
if sqlcipher3 is not None:
    class _Cipher(_HoldsTheStoreLock, sqlcipher3.Connection):  # type: ignore[no-redef]
        pass


def _connect(path: str, key: bytes | bytearray | None):
    if key is None:
        return sqlite3.connect(path, check_same_thread=False, factory=_Sqlite)
    if sqlcipher3 is None:
        raise StoreError("This build cannot open encrypted stores: the sqlcipher3 package is missing.")
    if len(key) != 32:
        raise ValueError("an encryption key is 32 bytes")
    conn = sqlcipher3.connect(path, check_same_thread=False, factory=_Cipher)
    conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported to the user, not to stderr
    # A raw 256-bit key: SQLCipher skips its own key derivation (ours is in keys.py). The
    # statement is a str, which Python cannot clear; it is dropped at once.
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    return conn


PAGE_CACHE_KIB = 64 * 1024  # 64 MiB of decrypted pages per connection


def open_database(path: str | os.PathLike | None, key: bytes | None = None, *, migrate: bool = True, create: bool = True,
                  check: bool = True, lock: bool = True) -> sqlite_utils.Database:
    """:func:`open_connection`, wrapped in a sqlite_utils Database."""
    import sqlite_utils

    return sqlite_utils.Database(open_connection(path, key, migrate=migrate, create=create, check=check, lock=lock),
                                 execute_plugins=False)


def open_connection(path: str | os.PathLike | None, key: bytes | None = None, *, migrate: bool = True,
                    create: bool = True, check: bool = True, lock: bool = True, before_upgrade=None):
    """Open (and, unless ``migrate`` is False, bring up to date) the store at ``path``: a
    connection (``sqlite3`` or ``sqlcipher3``).

    Every connection to a file holds the store's shared lock (``locks``) until it is closed, so a
    restore can tell that nothing else has the store open; ``lock=False`` only for a connection
    made while this process holds the exclusive lock (restoring, encrypting) or to a file that is
    not a live store (a backup, a pack).

    Pragmas: foreign keys on, WAL journal, synchronous NORMAL, a busy timeout, secure
    delete and in-memory temporary storage. ``check``: run SQLite's quick check before use (the
    app instead runs it in the background once its window is up: at county scale it takes seconds). Raises a :class:`StoreError` subclass with
    a calm message for a file that is newer, corrupt, not a database, locked, or
    encrypted with another key; the file is left untouched.

    ``before_upgrade(db)`` is what must happen before an existing file's layout changes (the
    store passes its backup: ``store.before_upgrade``); opening does not know about backups, so
    database, migrations and backup do not import one another in a circle.
    """
    from .migrations import check_known
    from .migrations import migrate as apply_migrations

    memory = path is None or str(path) == ":memory:"
    if not memory:
        p = Path(path)
        if not p.exists() and not create:
            raise StoreError(f"There is no database at {p}.")
        if p.exists() and p.is_dir():
            raise NotADatabase(f"{p} is a folder, not a database file.")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where a folder should be, no permission, a missing drive
            raise CannotOpen(f"The folder {p.parent} could not be made for the database ({exc.strerror or exc}).") from None
        old_umask = os.umask(PRIVATE_UMASK)
    held = None
    try:
        if not memory and lock:
            from .locks import SharedLock

            held = SharedLock(Path(path))
        conn = _connect(":memory:" if memory else str(path), key)
    except BaseException:
        if held is not None:
            held.release()
        raise
    finally:
        if not memory:
            os.umask(old_umask)
    conn.store_lock = held
    try:
        # The first read proves the key (or that the file is a database at all).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DatabaseInUse("The database is in use by another program and could not be opened.")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Decrypted pages are kept in memory: the second look at the caseload, the work tray or
        # a record reads them from here instead of decrypting them again (benchmarks/run.py).
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        if not memory and check:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise CorruptDatabase("The database file is damaged (its integrity check failed).")
        check_known(conn)
        if migrate:
            apply_migrations(conn, before_upgrade=before_upgrade)
        return conn
    except (NewerDatabase, StoreError):
        conn.close()
        raise
    except Exception as exc:  # sqlite3 or sqlcipher3 errors -> calm, classified
        conn.close()
        err = classify(exc)
        if key is not None and isinstance(err, NotADatabase):
            raise WrongKey("The passphrase is not right for this database (or the file is damaged).") from exc
        raise err from exc


def check_file(path: str | os.PathLike, key: bytes | None, *, full: bool = False) -> list[str]:
    """SQLite's quick (or full) integrity check, on a connection of its own opened for it: a
    long-lived connection can report damage that is not there (its FTS5 index's cached
    structure is stale after another connection writes). Empty when the file is sound; a file
    that cannot be opened at all gives one problem saying so."""
    try:
        conn = open_connection(path, key, migrate=False, create=False, check=False)
    except StoreError as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()]
    except Exception as exc:  # noqa: BLE001 - a damaged page can fail the check itself
        err = classify(exc)
        return [str(err) if isinstance(err, StoreError) else "The check could not read the file."]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def is_plaintext_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file starts with this header; an SQLCipher file looks random."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def encrypt_plaintext(path: Path, key: bytes | bytearray, write_key) -> None:
    """Turn an unencrypted store into an encrypted one in place.

    Crash-safe at every step: the plaintext's write-ahead log is folded into it first; an
    encrypted copy is made, put on the disk and integrity-checked; then ``write_key()`` writes
    (and puts on the disk) the key file that opens the copy; only then does the copy replace the
    file. A crash before the replace leaves the plaintext store as it was (encrypted again on the
    next opening, with a new key); after it, the encrypted store and its key file. Nothing else
    may have the store open meanwhile (the exclusive lock)."""
    from ..safe_files import fsync_folder
    from .locks import exclusive

    if sqlcipher3 is None:
        raise StoreError("This build cannot encrypt stores: the sqlcipher3 package is missing.")
    path = Path(path)
    tmp = path.with_name(path.name + ".encrypting")
    with exclusive(path):
        tmp.unlink(missing_ok=True)
        old = os.umask(PRIVATE_UMASK)
        try:
            conn = sqlcipher3.connect(str(path))
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                # Everything committed goes into the file itself, so the log can go with nothing in it.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{bytes(key).hex()}'\"", [str(tmp)])
                # The copy is scratch until it is checked and put on the disk below: without a
                # journal or a sync per statement the export takes a fraction of the time
                # (it committed and synced each of its hundred or so statements).
                conn.execute("PRAGMA encrypted.synchronous = OFF")
                conn.execute("PRAGMA encrypted.journal_mode = OFF").fetchall()
                conn.execute("SELECT sqlcipher_export('encrypted')")
                conn.execute("DETACH DATABASE encrypted")
                conn.execute("PRAGMA journal_mode = DELETE").fetchall()  # folds and removes the -wal
            finally:
                conn.close()
            check = _connect(str(tmp), key)
            try:
                ok = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
                check.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                check.close()
            if not ok:
                raise CorruptDatabase("The encrypted copy failed its integrity check; the original is unchanged.")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            write_key()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(tmp, path)
            fsync_folder(path.parent)
        finally:
            os.umask(old)
            tmp.unlink(missing_ok=True)
