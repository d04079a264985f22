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
    CorruptDatabase,
    DatabaseInUse,
    NewerDatabase,
    NotADatabase,
    StoreError,
    WrongKey,
    classify,
)

if TYPE_CHECKING:
    import sqlite_utils

try:  # SQLCipher is optional until encryption is switched on.
    import sqlcipher3  # type: ignore
except ImportError:  # pragma: no cover - depends on the install
    sqlcipher3 = None

BUSY_TIMEOUT_MS = 5000


def raw_connection(db):
    """The connection itself, given a connection or a sqlite_utils Database over one."""
    return getattr(db, "conn", db)

# Files the app creates are readable by the user only (privacy hygiene).
PRIVATE_UMASK = 0o077


def _connect(path: str, key: bytes | None):
    if key is None:
        return sqlite3.connect(path, check_same_thread=False)
    if sqlcipher3 is None:
        raise StoreError("This build cannot open encrypted stores: the sqlcipher3 package is missing.")
    if len(key) != 32:
        raise ValueError("an encryption key is 32 bytes")
    conn = sqlcipher3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported to the user, not to stderr
    # A raw 256-bit key: SQLCipher skips its own key derivation (ours is in keys.py).
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


PAGE_CACHE_KIB = 64 * 1024  # 64 MiB of decrypted pages per connection


def open_database(path: str | os.PathLike | None, key: bytes | None = None, *, migrate: bool = True, create: bool = True,
                  check: bool = True) -> sqlite_utils.Database:
    """:func:`open_connection`, wrapped in a sqlite_utils Database."""
    import sqlite_utils

    return sqlite_utils.Database(open_connection(path, key, migrate=migrate, create=create, check=check),
                                 execute_plugins=False)


def open_connection(path: str | os.PathLike | None, key: bytes | None = None, *, migrate: bool = True,
                    create: bool = True, check: bool = True):
    """Open (and, unless ``migrate`` is False, bring up to date) the store at ``path``: a
    connection (``sqlite3`` or ``sqlcipher3``).

    Pragmas: foreign keys on, WAL journal, synchronous NORMAL, a busy timeout, secure
    delete and in-memory temporary storage. ``check``: run SQLite's quick check before use (the
    app instead runs it in the background once its window is up: at county scale it takes seconds). Raises a :class:`StoreError` subclass with
    a calm message for a file that is newer, corrupt, not a database, locked, or
    encrypted with another key; the file is left untouched.
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
        p.parent.mkdir(parents=True, exist_ok=True)
        old_umask = os.umask(PRIVATE_UMASK)
    try:
        conn = _connect(":memory:" if memory else str(path), key)
    finally:
        if not memory:
            os.umask(old_umask)
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
            apply_migrations(conn, None if memory else Path(path), key)
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


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA quick_check``: an empty list when the file is sound."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def is_plaintext_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file starts with this header; an SQLCipher file looks random."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Turn an unencrypted store into an encrypted one in place (a copy is verified first)."""
    if sqlcipher3 is None:
        raise StoreError("This build cannot encrypt stores: the sqlcipher3 package is missing.")
    path = Path(path)
    tmp = path.with_name(path.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    old = os.umask(PRIVATE_UMASK)
    try:
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", [str(tmp)])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
        conn.close()
        check = _connect(str(tmp), key)
        ok = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        check.close()
        if not ok:
            raise CorruptDatabase("The encrypted copy failed its integrity check; the original is unchanged.")
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        os.umask(old)
        tmp.unlink(missing_ok=True)
