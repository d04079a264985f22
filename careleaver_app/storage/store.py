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

from . import audit, keys, replication
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


def before_upgrade(path: Path | None, key: bytes | None):
    """What is done to an existing store before its layout changes (new migrations), passed into
    the migration by ``Store.open``: a team laptop first sends what it has queued, in the format
    the server already takes, then the file is backed up ("before migration")."""
    if path is None:
        return None

    def steps(db) -> None:
        from .backup import backup_before_migration
        from .sync import push_before_upgrade

        push_before_upgrade(raw_connection(db))
        backup_before_migration(db, path, key)
    return steps


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


# The sync_state key that makes this store a team laptop (storage/sync.py: where the server is).
SYNC_SERVER_KEY = "server"

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
        # A team laptop queues every change for the team server (storage/sync.py); a
        # standalone laptop (the default) queues nothing.
        self.queues_operations = False
        self._group: str | None = None
        self._depth = 0
        self._check_anchor()

    @classmethod
    def open(cls, path: str | Path | None, key: bytes | None = None, *, check: bool = True) -> Store:
        """Open the store; ``check=False`` leaves the integrity check to the caller (see
        ``integrity_problems``), which the app runs in the background."""
        on_disk = path is not None and str(path) not in ("", ":memory:")
        after_crash = on_disk and _left_by_a_crash(Path(path))
        if on_disk:
            from .backup import clear_leftovers

            clear_leftovers(Path(path))  # what killed backups left (half-written copies)
        file = Path(path) if path is not None and on_disk else None
        store = cls(open_connection(path, key, check=check, before_upgrade=before_upgrade(file, key)), file, key)
        store.checked_on_open = check or not on_disk
        store.after_crash = after_crash
        store.queues_operations = store.is_team_laptop()
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
        self.conn = open_connection(self.path, key, check=False, before_upgrade=before_upgrade(self.path, key))
        self._db = None
        if self.key is None or bytes(self.key) != bytes(key):
            self.key = bytearray(key)
        self._mac = audit.audit_key(self.key)
        self.queues_operations = self.is_team_laptop()
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
        if self.is_team_laptop():
            # The backup may lack changes this laptop sent since: register afresh with the team
            # server and take everything from it again at the next sync (storage/sync.py).
            from .sync import forget_device

            forget_device(self)
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
    def transaction(self) -> Iterator[Store]:
        """All or nothing: everything inside is committed together or not at all.

        The outermost one begins IMMEDIATE: it takes the write lock before its first read, so
        if another connection (another process) is writing it waits for it (the busy timeout)
        instead of failing at once, as a transaction that has read and then wants to write
        must. Inner ones are savepoints. After the commit the audit anchor moves on. On a team
        laptop the changes made inside are also queued as one group, which the server applies
        all or nothing too."""
        conn = self.conn
        if conn is None:
            raise RuntimeError("the store is closed")
        with self._translate(), self._grouped():
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

    @contextlib.contextmanager
    def _grouped(self) -> Iterator[None]:
        if self._depth == 0:
            self._group = new_id()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._group = None

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
            _seq, h = audit.record(self.conn, self.actor, "create", table, row["id"], list(record), mac_key=self._mac)
            if self.queues_operations:
                self._queue_inserts(table, [row["id"]], h)
        return row["id"]

    def insert_many(self, table: str, records: Iterable[dict], *, batch_size: int = 500) -> int:
        rows = [self._stamp(r, creating=True) for r in records]
        if not rows:
            return 0
        with self.transaction():
            self.db[table].insert_all(rows, batch_size=batch_size)
            _seq, h = audit.record(self.conn, self.actor, "create", table, None, list(rows[0]), f"{len(rows)} rows", mac_key=self._mac)
            if self.queues_operations:
                self._queue_inserts(table, [r["id"] for r in rows], h)
        return len(rows)

    def update(self, table: str, id: str, changes: dict) -> None:
        """Change some fields of one row. On a team laptop the operation carries, for each field
        that really changes, the value the worker saw (the row's value on this laptop as the
        change is made): the server applies a field only if nobody else changed it meanwhile."""
        row = self._stamp(changes, creating=False)
        with self.transaction():
            seen = self._current(table, id, list(changes)) if self.queues_operations else None
            self.db[table].update(id, row)
            _seq, h = audit.record(self.conn, self.actor, "update", table, id, list(changes), mac_key=self._mac)
            if seen is not None:
                after = self._current(table, id, list(row))
                changed = {c: after[c] for c in changes if c in after and after[c] != seen.get(c)}
                if changed:
                    changed.update({c: after[c] for c in ("updated_at", "updated_by") if c in after})
                    self._queue("update", table, id, changed, {c: seen[c] for c in changed if c in seen}, h)

    def save(self, table: str, record: Any, row: dict) -> str:
        """Write ``record`` (a dataclass with an ``id``) as ``row`` of ``table``: its row changed
        when it has an id, else added, and ``record`` given the new id. The id."""
        if record.id:
            self.update(table, record.id, row)
        else:
            record.id = self.insert(table, row)
        return record.id

    def upsert_setting(self, key: str, value: Any) -> None:
        row = self._stamp({"key": key, "value": json.dumps(value)}, creating=False)
        row.setdefault("created_at", row["updated_at"])
        with self.transaction():
            seen = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            self.db["settings"].upsert(row, pk="key")
            _seq, h = audit.record(self.conn, self.actor, "setting", "settings", key, ["value"], mac_key=self._mac)
            if self.queues_operations and key in replication.COUNCIL_SETTING_KEYS:
                self._queue("setting", "settings", key, {"value": row["value"]}, {"value": seen[0] if seen else None}, h)

    def is_team_laptop(self) -> bool:
        """Does this store sync with a team server (storage/sync.py)?"""
        try:
            return self.conn.execute("SELECT 1 FROM sync_state WHERE key = ?", [SYNC_SERVER_KEY]).fetchone() is not None
        except Exception:  # an older store, before migration 0011
            return False

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def delete_where(self, table: str, where: str, params: list) -> None:
        """Physical delete, for child rows no longer in a list (never for legal records). On a
        team laptop each row deleted is an operation carrying the row as the worker saw it."""
        with self.transaction():
            queue = self.queues_operations and replication.is_replicated(table)
            doomed = self.query(f"SELECT * FROM [{table}] WHERE {where}", params) if queue else None
            count = len(doomed) if doomed is not None else \
                self.db.execute(f"SELECT count(*) FROM [{table}] WHERE {where}", params).fetchone()[0]
            if count:
                self.db[table].delete_where(where, params)
                _seq, h = audit.record(self.conn, self.actor, "delete", table, params[0] if len(params) == 1 else None, [],
                                       f"{count} rows", mac_key=self._mac)
                for old in doomed or ():
                    self._queue("delete", table, old["id"], {}, old, h)

    def sync_rows(self, table: str, parent_column: str, parent_id: str, rows: list[dict], *,
                  key: tuple[str, ...] = ("id",)) -> None:
        """Make ``table``'s rows for one parent (``parent_column = parent_id``) the given
        ``rows``, row by row: a row matching an existing one on ``key`` changes only the fields
        that differ, a new one is inserted, and existing rows not given are deleted. A list edited
        on one laptop thus never rewrites the rows another worker changed (a team server merges
        row by row); in a transaction."""
        existing = {tuple(r[k] for k in key): r for r in self.query(f"SELECT * FROM [{table}] WHERE [{parent_column}] = ?",
                                                                   [parent_id])}
        kept: set[str] = set()
        to_insert = []
        for row in rows:
            row = {**row, parent_column: parent_id}
            match = existing.get(tuple(row.get(k) for k in key)) if all(row.get(k) is not None for k in key) else None
            if match is None:
                if row.get("id") is None:
                    row.pop("id", None)  # a new row: the store gives it an id
                to_insert.append(row)
                continue
            kept.add(match["id"])
            changes = {c: v for c, v in row.items() if c != "id" and c in match and match[c] != v}
            if changes:
                self.update(table, match["id"], changes)
        gone = [r["id"] for r in existing.values() if r["id"] not in kept]
        if gone:
            self.delete_where(table, "id IN (SELECT value FROM json_each(?))", [json.dumps(gone)])
        for row in to_insert:
            self.insert(table, row)

    def note_read(self, person_id: str | None, what: str, detail: str = "") -> None:
        """A record opened, printed or exported (never its content): on a team laptop this goes
        to the team server's read audit, so the council can answer "who has looked at my file?"
        (UK GDPR Art. 15). A standalone laptop keeps no such log."""
        if not self.queues_operations:
            return
        with self._translate(), self._grouped(), self.db.atomic():
            self._queue("read", "read_audit", person_id or "", {"at": utc_now(), "what": what, "detail": detail}, None, "")

    # -- the team server's queue (storage/sync.py reads it) -------------------------------------
    def _current(self, table: str, id: str, columns: list[str]) -> dict:
        cols = [c for c in columns if c in self._columns(table)]
        if not cols:
            return {}
        row = self.conn.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}] WHERE id = ?", [id]).fetchone()
        return dict(zip(cols, row)) if row else {}

    def _columns(self, table: str) -> tuple[str, ...]:
        cache = self.__dict__.setdefault("_column_cache", {})
        if table not in cache:
            cache[table] = tuple(r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])"))
        return cache[table]

    def _queue_inserts(self, table: str, ids: list[str], audit_hash: str) -> None:
        if not replication.is_replicated(table):
            return
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in self.query(f"SELECT * FROM [{table}] WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(chunk)]):
                self._queue("insert", table, row["id"], row, None, audit_hash)

    def _queue(self, kind: str, table: str, record_id: str, values: dict, seen: dict | None, audit_hash: str) -> None:
        if table != "settings" and not replication.is_replicated(table):
            return
        self.conn.execute(
            'INSERT INTO sync_outbox (op_id, group_id, kind, table_name, record_id, person_id, "values", seen, audit_hash, '
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(), self._group or new_id(), kind, table, record_id, values.get("person_id") or (seen or {}).get("person_id"),
             json.dumps(values), None if seen is None else json.dumps(seen), audit_hash, utc_now()])

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
