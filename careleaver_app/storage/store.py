"""The Store: every read and write of the database goes through here or a repository
module in this package. Writes go through :meth:`Store.insert` / :meth:`Store.update`
so that ids, row stamps (and the audit trail) are applied in one place.
"""

from __future__ import annotations

import contextlib
import gc
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from . import audit, keys
from .database import check_file, open_connection, raw_connection

if TYPE_CHECKING:
    import sqlite_utils
from .errors import classify, is_db_error


def _left_by_a_crash(path: Path) -> bool:
    """A write-ahead log with something in it, and nobody else with the store open: the last
    session ended without closing (a clean close folds the log into the file and removes it)."""
    from .locks import nobody_has_it_open

    wal = Path(str(path) + "-wal")
    try:
        return wal.stat().st_size > 0 and nobody_has_it_open(path)
    except OSError:
        return False


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Whole-service reads make tens of thousands of small objects and no reference cycles, so
    the cyclic garbage collector, which would run many times over a large heap meanwhile, is
    paused until they are done (nested reads leave it to the outermost)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# Reads for many young people at once: up to this many (a PA's or a team's caseload) read only
# their rows; beyond, everyone's are read once and remembered until the data next changes
# (Store.memo), which the caseload, the work tray, the dashboard and the returns then share.
SOME_PEOPLE = 400


class Store:
    """An open database plus who is acting (``actor``: a worker id, or "system").

    Reads go straight to the connection (``conn``). Writes go through sqlite-utils (``db``),
    which is loaded at the first write: it takes longer to import than the rest of the
    start-up does to run, and a start only reads (docs/decisions.md, "Speed at county scale")."""

    def __init__(self, conn, path: Path | None = None, key: bytes | None = None):
        self.conn = raw_connection(conn)  # given a connection, or a sqlite_utils Database
        self._db = conn if self.conn is not conn else None
        self.path = path
        # The store's own copy of the key, wiped when it locks (keys.wipe); callers keep theirs.
        self.key = bytearray(key) if key is not None else None
        self._mac = audit.audit_key(self.key)  # seals the audit chain and its anchor
        self.actor: str = "system"
        self._listeners: list = []
        self._memo: dict = {}
        self._memo_generation = None
        self.checked_on_open = True
        # Found at opening (audit.anchor_problem): changes missing, a rewritten or unanchored
        # trail. Until it is accepted (accept_audit_problem) or a backup is restored, the anchor
        # stays where it was, so the problem is reported at every opening.
        self.audit_problem: str | None = None
        self._anchor_ok = False
        self.after_crash = False  # the last session ended without closing (its -wal was left)
        self._restore_to_record: str | None = None
        self._check_anchor()

    @classmethod
    def open(cls, path: str | Path | None, key: bytes | None = None, *, check: bool = True) -> "Store":
        """Open the store; ``check=False`` leaves the integrity check to the caller (see
        ``integrity_problems``), which the app runs in the background."""
        on_disk = path is not None and str(path) not in ("", ":memory:")
        after_crash = on_disk and _left_by_a_crash(Path(path))
        if on_disk:
            from .backup import clear_leftovers

            clear_leftovers(Path(path))  # what killed backups left (half-written copies)
        store = cls(open_connection(path, key, check=check), Path(path) if on_disk else None, key)
        store.checked_on_open = check or not on_disk
        store.after_crash = after_crash
        if store._restore_to_record:  # restored by StoreAccess, or the app stopped before recording it
            store.after_restore(store._restore_to_record, None)
        return store

    def _check_anchor(self) -> None:
        if self.path is None or self._mac is None or self.conn is None:
            self._anchor_ok = False
            return
        restored = audit.restore_finished(self.path, self.conn, self._mac)
        if restored:
            self._restore_to_record = restored  # a restore replaced the file; its entry is written next
            self.audit_problem = None
            return
        read = audit.read_anchor(self.path, self._mac, self.conn, lambda: keys.read_legacy_anchor(self.path))
        self.audit_problem = audit.anchor_problem(self.conn, read)
        self._anchor_ok = self.audit_problem is None

    def _committed(self) -> None:
        """After every commit: the audit anchor follows the newest entry (audit.advance_anchor)."""
        if self._anchor_ok and self.path is not None:
            try:
                audit.advance_anchor(self.path, self.conn, self._mac)
            except OSError:  # the change is committed; a full disk must not make it look unsaved
                from ..logs import event

                event("anchor_not_written")

    def accept_audit_problem(self) -> None:
        """The person using the app has been told of ``audit_problem`` and carries on: record it
        in the trail (who, when, what was found), then anchor the trail as it now is."""
        if not self.audit_problem:
            return
        problem = self.audit_problem
        self.audit_problem = None
        self.audit("audit_problem_accepted", "audit_log", None, [], problem[:300])
        self._reanchor()

    def _reanchor(self) -> None:
        if self.path is not None and self._mac is not None:
            audit.reset_anchor(self.path, self.conn, self._mac)
            self._anchor_ok = True

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite_utils Database (for writes and table operations)."""
        if self._db is None:
            if self.conn is None:
                raise RuntimeError("the store is closed")
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        """Close the connection, leaving the newest audit entry as the anchor (on the disk)."""
        if self.conn is None:
            return
        with contextlib.suppress(Exception):
            if self._anchor_ok and self.path is not None:
                audit.advance_anchor(self.path, self.conn, self._mac, sync=True)
        with contextlib.suppress(Exception):
            self.conn.close()
        self.conn = None
        self._db = None

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def lock(self) -> None:
        """Close the database and forget the key (the app is locked): the key and the audit key
        are overwritten in memory, not only dropped."""
        self.close()
        keys.wipe(self.key)
        keys.wipe(self._mac)
        self.key = None
        self._mac = None

    def unlock(self, key: bytes) -> None:
        """Reopen after locking (the file was checked when the app started)."""
        self.conn = open_connection(self.path, key, check=False)
        self._db = None
        if self.key is None or bytes(self.key) != bytes(key):
            self.key = bytearray(key)
        self._mac = audit.audit_key(self.key)
        self._check_anchor()

    # -- backups -----------------------------------------------------------------------------
    def backup(self, reason: str = "auto", **rotation) -> Path:
        from .backup import take_backup

        if self.path is None:
            raise ValueError("an in-memory store has no backups")
        with self._translate():
            return take_backup(self.db, self.path, self.key, reason, **rotation)

    def restore(self, backup: Path):
        """Replace the store with a backup (backup.restore_file: only once nothing else has it
        open; the current state is kept first). The connection is closed meanwhile and reopened
        on whatever is there afterwards."""
        from .backup import restore_file

        key = bytearray(self.key)
        before = audit.head(self.conn)
        self.close()
        try:
            outcome = restore_file(backup, self.path, key)
        finally:
            self.unlock(key)
            keys.wipe(key)
        self.after_restore(backup.name, before[0] if before else None)
        return outcome

    def after_restore(self, backup_name: str, previous_head: int | None) -> None:
        """The audit trail now ends where the backup's did: say so in it, and anchor it there."""
        self.audit_problem = None
        self._restore_to_record = None
        detail = backup_name + (f"; the trail before it ended at entry {previous_head}" if previous_head else "")
        self.audit("restore", "database", None, [], detail)
        self._reanchor()
        audit.drop_staged_restore(self.path)

    def change_marker(self) -> int:
        """Grows with every change (the newest audit entry): tells whether a backup is needed."""
        h = audit.head(self.conn)
        return h[0] if h else 0

    def generation(self) -> tuple:
        """Changes whenever the data may have changed: a write on this connection (even one
        rolled back), a commit by another connection, a reopen or restore. Cheap to ask."""
        conn = self.conn
        return id(conn), conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    def memo(self, key, compute):
        """``compute()``, remembered until the data next changes. For whole-service reads that
        several screens share; the value must be treated as read-only by every caller."""
        gen = self.generation()
        if gen != self._memo_generation:
            self._memo = {}
            self._memo_generation = gen
        if key in self._memo:
            return self._memo[key]
        with _collector_paused():
            value = compute()
        if self.generation() == gen:  # nothing changed while computing
            self._memo[key] = value
        return value

    def per_person(self, sql: str, person_ids: Iterable[str] | None, order: str = "", *, params: dict | None = None,
                   column: str = "person_id") -> list[dict]:
        """The rows of ``sql`` (a SELECT with a person id ``column``, optionally with a WHERE and
        named ``params``) for ``person_ids``: read alone when there are SOME_PEOPLE or fewer;
        otherwise everyone's, remembered until the data next changes (callers look rows up by
        person, or keep those they asked for)."""
        ids = None if person_ids is None else list(person_ids)
        params = dict(params or {})
        if ids is not None and len(ids) <= SOME_PEOPLE:
            joiner = " AND " if " WHERE " in sql else " WHERE "
            return self.query(f"{sql}{joiner}{column} IN (SELECT value FROM json_each(:person_ids)){order}",
                              {**params, "person_ids": json.dumps(ids)})
        return self.memo(("per_person", sql, order, *params.items()), lambda: self.query(sql + order, params))

    def forget(self) -> None:
        """Drop everything remembered (the benchmark measures work done from scratch)."""
        self._memo = {}
        self._memo_generation = None

    def memo_peek(self, key):
        """The remembered value for ``key`` if it is still current, else None."""
        return self._memo.get(key) if self._memo_generation == self.generation() else None

    def integrity_problems(self, full: bool = False) -> list[str]:
        """SQLite's quick (or full) check, on a fresh connection (database.check_file): this
        long-lived one can report damage that is not there after another connection writes."""
        if self.path is not None:
            return check_file(self.path, self.key, full=full)
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def verify_audit(self) -> audit.Verification:
        """Every entry's seal and link, and the anchor (see audit)."""
        read = None
        if self.path is not None and self._mac is not None:
            read = audit.read_anchor(self.path, self._mac, self.conn, lambda: keys.read_legacy_anchor(self.path))
        result = audit.verify(self.conn, read.anchor if read else None, self._mac,
                              anchor_problem=audit.ANCHOR_PROBLEMS.get(read.problem) if read and read.problem else None)
        if result.ok and self.after_crash:
            return audit.Verification(True, result.entries, note="The app did not close properly last time; every change "
                                      "it recorded up to then is still there.")
        return result

    def audit_entries(self, record_id: str) -> list[dict]:
        return audit.entries_for(self.conn, record_id)

    def person_history(self, person_id: str) -> list[dict]:
        return audit.entries_for_person(self.conn, person_id)

    # -- transactions -----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All or nothing: everything inside is committed together or not at all.

        The outermost one begins IMMEDIATE: it takes the write lock before its first read, so
        if another connection (another process) is writing it waits for it (the busy timeout)
        instead of failing at once, as a transaction that has read and then wants to write
        must. Inner ones are savepoints. After the commit the audit anchor moves on."""
        conn = self.conn
        if conn is None:
            raise RuntimeError("the store is closed")
        with self._translate():
            if conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
        self._committed()

    # -- generic writes ---------------------------------------------------------------
    def _stamp(self, record: dict, creating: bool) -> dict:
        now = utc_now()
        out = dict(record)
        if creating:
            out.setdefault("id", new_id())
            out.setdefault("created_at", now)
        out["updated_at"] = now
        out["updated_by"] = self.actor
        return out

    def audit(self, action: str, table: str, record_id: str | None, fields=(), detail: str = "") -> None:
        """Add an audit entry (who, when, which record, which fields; never values)."""
        with self.transaction():
            audit.record(self.conn, self.actor, action, table, record_id, list(fields), detail, mac_key=self._mac)

    def insert(self, table: str, record: dict) -> str:
        row = self._stamp(record, creating=True)
        with self.transaction():
            self.db[table].insert(row, pk="id")
            audit.record(self.conn, self.actor, "create", table, row["id"], list(record), mac_key=self._mac)
        return row["id"]

    def insert_many(self, table: str, records: Iterable[dict], *, batch_size: int = 500) -> int:
        rows = [self._stamp(r, creating=True) for r in records]
        if not rows:
            return 0
        with self.transaction():
            self.db[table].insert_all(rows, batch_size=batch_size)
            audit.record(self.conn, self.actor, "create", table, None, list(rows[0]), f"{len(rows)} rows", mac_key=self._mac)
        return len(rows)

    def update(self, table: str, id: str, changes: dict) -> None:
        row = self._stamp(changes, creating=False)
        with self.transaction():
            self.db[table].update(id, row)
            audit.record(self.conn, self.actor, "update", table, id, list(changes), mac_key=self._mac)

    def upsert_setting(self, key: str, value: Any) -> None:
        row = self._stamp({"key": key, "value": json.dumps(value)}, creating=False)
        row.setdefault("created_at", row["updated_at"])
        with self.transaction():
            self.db["settings"].upsert(row, pk="key")
            audit.record(self.conn, self.actor, "setting", "settings", key, ["value"], mac_key=self._mac)

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def delete_where(self, table: str, where: str, params: list) -> None:
        """Physical delete, for child rows replaced wholesale (never for legal records)."""
        with self.transaction():
            count = self.db.execute(f"SELECT count(*) FROM [{table}] WHERE {where}", params).fetchone()[0]
            if count:
                self.db[table].delete_where(where, params)
                audit.record(self.conn, self.actor, "delete", table, params[0] if len(params) == 1 else None, [],
                             f"{count} rows", mac_key=self._mac)

    # -- generic reads ----------------------------------------------------------------
    def get(self, table: str, id: str) -> dict | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [id])
        return rows[0] if rows else None

    def query(self, sql: str, params: Iterable | dict | None = None) -> list[dict]:
        with self._translate():
            cursor = self.conn.execute(sql, params or [])
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row)) for row in cursor]  # row by row: big reads never hold two copies

    def scalar(self, sql: str, params: Iterable | None = None) -> Any:
        with self._translate():
            row = self.conn.execute(sql, list(params or [])).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def _translate(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            err = classify(exc) if is_db_error(exc) else exc
            if err is exc:
                raise
            raise err from exc
