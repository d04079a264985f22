"""A team laptop's sync with the team server: push the queued changes, pull what changed.

- **Push**: the operations the Store queued (``sync_outbox``, written in the same transaction
  as each change) go to ``cl.sync_apply`` in batches of whole groups, applied on the server as
  the signed-in worker, each at most once (a retried batch is answered "already applied"). An
  operation the server did not take as it was (refused, or kept as a conflict) leaves a notice
  for the worker, and the server's own row replaces the laptop's, so the laptop shows what
  stands; nothing typed is lost (the notice keeps what the worker wrote).
- **Pull**: in one repeatable-read transaction on the server, rows changed since the laptop's
  watermark (transaction ids: ``_xid >= watermark``; the new watermark is the snapshot's
  ``xmin``, so a transaction still running at the pull is read next time, never skipped), plus
  the laptop's scope: young people who became visible arrive whole, those no longer visible are
  removed from the laptop (after its own changes are pushed). A row with changes still waiting
  on the laptop is not overwritten.
- Order comes from the server (transaction ids), never from laptop clocks. Offline is normal:
  a failed sync changes nothing and says so calmly.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import replication
from .errors import StoreError
from .migrations import applied_names
from .server.cluster import ServerError
from .store import SYNC_SERVER_KEY, Store, new_id, utc_now

PASSWORD_KEY = "password"
DEVICE_KEY = "device_id"
WATERMARK_KEY = "watermark"
LAST_SYNC_KEY = "last_sync"
LAST_ATTEMPT_KEY = "last_attempt"
BATCH = 500  # operations per push (whole groups)


class Offline(ServerError):
    hint = "Your changes are kept on this laptop and sent at the next sync."


@dataclass
class SyncResult:
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0
    pulled: int = 0
    arrived: list[str] = field(default_factory=list)  # young people now in scope
    left: list[str] = field(default_factory=list)  # young people no longer in scope
    tables: set[str] = field(default_factory=set)  # what changed on this laptop (sync_conflicts too)
    waiting: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.pulled or self.arrived or self.left or self.refused or self.conflicts)


# -- state on the laptop ----------------------------------------------------------------------
def state(store: Store, key: str, default=None):
    row = store.conn.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_state(store: Store, key: str, value) -> None:
    store.conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       [key, json.dumps(value)])


def server_config(store: Store) -> dict | None:
    return state(store, SYNC_SERVER_KEY)


def waiting(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM sync_outbox") or 0


def notices(store: Store, unread_only: bool = True) -> list[dict]:
    sql = "SELECT * FROM sync_notices" + (" WHERE read_at IS NULL" if unread_only else "") + " ORDER BY at DESC"
    return store.query(sql)


def mark_notices_read(store: Store) -> None:
    with store.transaction():
        store.conn.execute("UPDATE sync_notices SET read_at = ? WHERE read_at IS NULL", [utc_now()])


# -- joining a team ------------------------------------------------------------------------------
def join(store: Store, conninfo: dict, login: str, password: str) -> dict:
    """Make this (empty) store a team laptop for ``login`` on the server at ``conninfo`` (host,
    port, dbname), and take the team's records (a first sync). Returns who the server says
    the worker is."""
    if store.is_team_laptop():
        raise ServerError("This laptop is already a team laptop.")
    if store.scalar("SELECT count(*) FROM young_people"):
        raise ServerError("This store already holds young people's records. A team laptop starts from the team's "
                          "records on the server: start a new store for the team (the records here can be loaded "
                          "onto the server by IT with 'careleaver-app server load').")
    with _connect({**conninfo, "user": login, "password": password}) as pg:
        me = pg.execute("SELECT cl.whoami()").fetchone()[0]
        if me is None:
            raise ServerError("That login is not a worker of this council's team server (or the account is closed).")
        _check_schema(store, me)
    config = {**{k: conninfo[k] for k in ("host", "port", "dbname") if k in conninfo}, "login": login,
              "worker_id": me["worker_id"], "role": me["role"], "team_id": me["team_id"], "council": me.get("council")}
    with store.transaction():
        set_state(store, SYNC_SERVER_KEY, config)
        set_state(store, PASSWORD_KEY, password)
        _new_device(store)
        store.audit("join", "sync_state", None, [], f"team server {config.get('host', '')}/{config.get('dbname', '')} as {login}")
    store.queues_operations = True
    sync(store)
    with store.transaction():
        store.upsert_setting("current_worker_id", me["worker_id"])
    store.actor = me["worker_id"]
    return me


def forget_device(store: Store) -> None:
    """After a restore from a backup, this store may have lost changes it had sent: it registers
    as a new device and takes the server's records again at the next sync (its own unsent
    changes are kept and renumbered)."""
    with store.transaction():
        _new_device(store)


def _new_device(store: Store) -> None:
    """A new device id, numbering its operations from 1 (the server expects each device's
    operations in an unbroken sequence), and no watermark (the next pull takes everything)."""
    first_waiting = store.scalar("SELECT min(seq) FROM sync_outbox")
    if first_waiting is None:
        first_waiting = (store.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'") or 0) + 1
    set_state(store, DEVICE_KEY, str(uuid.uuid4()))
    set_state(store, "seq_base", first_waiting - 1)
    store.conn.execute("DELETE FROM sync_state WHERE key = ?", [WATERMARK_KEY])


def push_before_upgrade(conn) -> bool:
    """Before this laptop's store is upgraded (new migrations), send its queued changes, so the
    server applies them as written. Offline, the upgrade goes ahead: the queue keeps each
    operation's format, and the server accepts the previous one. True if everything was sent."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "sync_state" not in tables or "sync_outbox" not in tables:
        return True
    if conn.execute("SELECT 1 FROM sync_state WHERE key = ?", [SYNC_SERVER_KEY]).fetchone() is None:
        return True
    if not conn.execute("SELECT 1 FROM sync_outbox LIMIT 1").fetchone():
        return True
    store = Store(conn)
    store.queues_operations = True
    try:
        sync(store, pull_changes=False)
    except Exception:  # noqa: BLE001 - offline or refused: the upgrade must still go ahead
        return False
    return waiting(store) == 0


# -- connecting ------------------------------------------------------------------------------------
def _connect(conninfo: dict):
    from .server.admin import connect

    try:
        return connect(conninfo, autocommit=True)
    except ServerError as exc:
        if "did not accept" in str(exc) or "no database" in str(exc) or "account is closed" in str(exc):
            raise
        raise Offline(str(exc)) from exc


def connect_as_worker(store: Store):
    config = server_config(store)
    if config is None:
        raise ServerError("This laptop does not sync with a team server.")
    info = {k: config[k] for k in ("host", "port", "dbname") if k in config}
    return _connect({**info, "user": config["login"], "password": state(store, PASSWORD_KEY, "")})


def _check_schema(store: Store, me: dict) -> None:
    mine = set(applied_names(store.conn))
    theirs = set(me.get("laptop_migrations") or ())
    if mine - theirs:
        raise ServerError("The team server needs upgrading before this laptop can sync (ask IT to run "
                          "'careleaver-app server upgrade'). Your changes are kept on this laptop meanwhile.")


# -- sync ------------------------------------------------------------------------------------------
class ServerConnection:
    """One connection to the team server kept between syncs (the app holds one: a sync with
    nothing new is then a few round trips, not a sign-in). Used by one sync at a time; dropped
    when the server cannot be reached, and made again at the next sync."""

    def __init__(self) -> None:
        self.pg = None

    def get(self, store: Store):
        if self.pg is None or self.pg.closed:
            self.pg = connect_as_worker(store)
        return self.pg

    def drop(self) -> None:
        if self.pg is not None:
            try:
                self.pg.close()
            except Exception:  # noqa: BLE001 - it is being thrown away
                pass
        self.pg = None


def sync(store: Store, pg=None, *, pull_changes: bool = True, connection: ServerConnection | None = None) -> SyncResult:
    """Push, then pull (only after every queued change has been pushed; ``pull_changes=False``
    while the worker has unsaved changes in a form, so what they are editing does not change
    under them). Raises Offline (a calm message) when the server cannot be reached; nothing on
    the laptop changes then."""
    result = SyncResult()
    own = pg is None and connection is None
    with store.transaction():
        set_state(store, LAST_ATTEMPT_KEY, utc_now())
    try:
        if connection is not None:
            pg = connection.get(store)
        elif own:
            pg = connect_as_worker(store)
        me = pg.execute("SELECT cl.whoami()").fetchone()[0]
        if me is None:
            raise ServerError("The team server no longer knows this worker (the account may have been closed): "
                              "ask your team manager.")
        _check_schema(store, me)
        push(store, pg, result)
        if pull_changes and waiting(store) == 0:
            pull(store, pg, result)
        with store.transaction():
            set_state(store, LAST_SYNC_KEY, utc_now())
            config = server_config(store) or {}
            if config.get("role") != me["role"] or config.get("team_id") != me["team_id"]:
                set_state(store, SYNC_SERVER_KEY, {**config, "role": me["role"], "team_id": me["team_id"]})
    except _pg_errors() as exc:
        if connection is not None:
            connection.drop()
        raise Offline("The team server could not be reached: your changes are kept on this laptop and sent at the "
                      "next sync.") from exc
    except Offline:
        if connection is not None:
            connection.drop()
        raise
    finally:
        if own and pg is not None:
            pg.close()
    result.waiting = waiting(store)
    return result


def _pg_errors():
    import psycopg

    return (psycopg.OperationalError, psycopg.InterfaceError)


def _outbox_batch(store: Store) -> list[dict]:
    rows = store.query('SELECT * FROM sync_outbox ORDER BY seq LIMIT ?', [BATCH])
    if len(rows) == BATCH:  # finish the last group
        last = rows[-1]
        rows += store.query("SELECT * FROM sync_outbox WHERE group_id = ? AND seq > ? ORDER BY seq",
                            [last["group_id"], last["seq"]])
    return rows


def push(store: Store, pg, result: SyncResult) -> None:
    from psycopg.types.json import Jsonb

    device = state(store, DEVICE_KEY)
    while True:
        rows = _outbox_batch(store)
        if not rows:
            return
        fmt = rows[0]["format"]
        rows = [r for r in rows if r["format"] == fmt]
        seq_base = state(store, "seq_base", 0)
        ops = [{"op_id": r["op_id"], "seq": r["seq"] - seq_base, "group": r["group_id"], "kind": r["kind"],
                "table": r["table_name"], "id": r["record_id"], "values": json.loads(r["values"]),
                "seen": json.loads(r["seen"]) if r["seen"] else None, "hash": r["audit_hash"]} for r in rows]
        import psycopg

        try:
            with pg.transaction():
                answer = pg.execute("SELECT cl.sync_apply(%s, %s, %s)", [device, Jsonb(ops), fmt]).fetchone()[0]
        except _pg_errors():
            raise
        except psycopg.Error as exc:
            message = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)
            sqlstate = getattr(exc, "sqlstate", None)
            if sqlstate in ("P0002", "P0003"):
                # The server and this laptop disagree about which changes it has had (a store
                # restored from a backup): register afresh, keeping the unsent changes.
                with store.transaction():
                    _new_device(store)
                raise ServerError(message + " This laptop will register again at the next sync.") from exc
            raise ServerError(message) from exc
        _record_answer(store, rows, answer, result)


def _tables(store: Store) -> dict[str, replication.Table]:
    """The store's replicated tables (worked out once per connection: the schema does not change
    while it is open)."""
    cache = store.__dict__.setdefault("_replicated", {})
    if id(store.conn) not in cache:
        cache.clear()
        cache[id(store.conn)] = replication.describe(store.conn)
    return cache[id(store.conn)]


def _record_answer(store: Store, rows: list[dict], answer: dict, result: SyncResult) -> None:
    by_op = {r["op_id"]: r for r in rows}
    tables = _tables(store)
    with store.transaction():
        store.conn.execute("DELETE FROM sync_outbox WHERE op_id IN (SELECT value ->> 'op_id' FROM json_each(?))",
                           [json.dumps(answer["results"])])
        for res in answer["results"]:
            row = by_op.get(res["op_id"])
            if row is None:
                continue
            outcome = res.get("outcome")
            if outcome in ("applied", "already"):
                result.pushed += 1
            if outcome == "refused":
                result.refused += 1
                _notice(store, "refused", row, res.get("message") or "The team server did not take this change.")
            elif outcome == "conflict":
                result.conflicts += 1
                _notice(store, "conflict", row, res.get("message") or "Kept as a conflict for your team manager.")
            for fld in res.get("conflicts") or ():
                result.conflicts += 1
                what = "removing it" if fld == "(removed)" else f"the {fld.replace('_', ' ')}"
                _notice(store, "conflict", row, f"Someone else changed {what} since you last synced: their change "
                        "stands, and yours is kept for your team manager to decide.")
        # What stands on the server replaces what this laptop has for those records.
        pending = _pending(store)
        for item in answer.get("rows") or ():
            if (item["table"], item["id"]) in pending:
                continue
            if item["table"] == "settings":
                if item["row"] is not None:
                    _put_setting(store, item["row"])
                continue
            t = tables.get(item["table"])
            if t is None:
                continue
            if item["row"] is None:
                _delete_rows(store, t, [item["id"]])
            else:
                _upsert(store, t, [item["row"]])
            result.tables.add(t.name)


def _notice(store: Store, kind: str, op: dict, message: str) -> None:
    store.conn.execute("INSERT INTO sync_notices (id, at, kind, table_name, record_id, person_id, message) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [new_id(), utc_now(), kind, op["table_name"], op["record_id"], op.get("person_id"),
                        message if kind != "refused" else f"{message} What you wrote: {_summary(op)}"])


def _summary(op: dict) -> str:
    values = json.loads(op["values"] or "{}")
    shown = {k: v for k, v in values.items() if k not in ("id", "created_at", "updated_at", "updated_by") and v not in (None, "")}
    return "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in list(shown.items())[:12]) or "(no details)"


def _pending(store: Store) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in store.conn.execute("SELECT table_name, record_id FROM sync_outbox")}


def _put_setting(store: Store, row: dict) -> None:
    store.conn.execute("INSERT INTO settings (key, value, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by",
                       [row["key"], row["value"], row.get("created_at"), row.get("updated_at"), row.get("updated_by")])


def _upsert(store: Store, t: replication.Table, rows: list[dict]) -> int:
    """The server's rows over the laptop's, in one INSERT … ON CONFLICT DO UPDATE. (A finalised
    plan's own rows coming back unchanged pass its guards: migration 0013 lets a row already
    there through the "no additions to a finalised version" trigger to the update trigger.)"""
    if not rows:
        return 0
    cols = [c for c in t.column_names if c in rows[0]]
    pk = [c.name for c in t.columns if c.pk] or ["id"]
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c not in pk)
    store.conn.executemany(f"INSERT INTO [{t.name}] ({', '.join(f'[{c}]' for c in cols)}) VALUES "
                           f"({', '.join('?' * len(cols))}) ON CONFLICT ({', '.join(pk)}) DO "
                           + (f"UPDATE SET {updates}" if updates else "NOTHING"),
                           [[r.get(c) for c in cols] for r in rows])
    return len(rows)


def _delete_rows(store: Store, t: replication.Table, ids: list[str], person_ids: list[str] | None = None) -> None:
    """Delete rows the server no longer has (or a young person leaving scope): legal records
    are deleted from this laptop only while their young person is listed as being removed."""
    if not ids:
        return
    people = person_ids
    if people is None and t.scope is not None:
        tables = _tables(store)
        frm, person = replication.person_rows_sql(t, tables)
        people = [r[0] for r in store.conn.execute(
            f"SELECT DISTINCT {person} FROM {frm} WHERE t.id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])]
    store.conn.executemany("INSERT OR IGNORE INTO sync_scope_removal (person_id) VALUES (?)", [[p] for p in people or ()])
    store.conn.execute(f"DELETE FROM [{t.name}] WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
    store.conn.execute("DELETE FROM sync_scope_removal")


def _remove_people(store: Store, tables: dict[str, replication.Table], people: list[str]) -> None:
    """Young people no longer in this laptop's scope leave it entirely (their records stay on
    the server)."""
    if not people:
        return
    ids = json.dumps(people)
    store.conn.executemany("INSERT OR IGNORE INTO sync_scope_removal (person_id) VALUES (?)", [[p] for p in people])
    for t in reversed(list(tables.values())):
        if t.scope is None:
            continue
        frm, person = replication.person_rows_sql(t, tables)
        store.conn.execute(f"DELETE FROM [{t.name}] WHERE id IN (SELECT t.id FROM {frm} "
                           f"WHERE {person} IN (SELECT value FROM json_each(?)))", [ids])
    store.conn.execute("DELETE FROM sync_notices WHERE person_id IN (SELECT value FROM json_each(?))", [ids])
    store.conn.execute("DELETE FROM sync_conflicts WHERE person_id IN (SELECT value FROM json_each(?))", [ids])
    store.conn.execute("DELETE FROM sync_scope_removal")


@dataclass
class _Changes:
    """What one pull read from the server, in one snapshot."""

    watermark: str
    local: set[str]
    arriving: list[str]
    leaving: list[str]
    rows: dict[str, list[dict]]
    gone: dict[str, list[str]]
    settings: list[dict]
    conflicts: list[tuple] = field(default_factory=list)


def pull(store: Store, pg, result: SyncResult) -> None:
    import psycopg

    tables = _tables(store)
    watermark = state(store, WATERMARK_KEY)
    pg.isolation_level, pg.read_only = psycopg.IsolationLevel.REPEATABLE_READ, True
    try:
        with pg.transaction():
            if watermark is None and not store.scalar("SELECT 1 FROM young_people LIMIT 1"):
                _first_pull(store, pg, tables, result)
                return
            changes = _read_changes(store, pg, tables, watermark)
    finally:
        pg.isolation_level, pg.read_only = None, None
    _apply_pulled(store, tables, changes, result)
    result.arrived = [p for p in changes.arriving if p not in changes.local]
    result.left = changes.leaving


def _read_changes(store: Store, pg, tables: dict[str, replication.Table], watermark: str | None) -> _Changes:
    """Everything the pull needs, read in one repeatable-read transaction (one snapshot): its
    xmin is the next watermark, so what a transaction still running now writes is read next time."""
    new_watermark = pg.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
    scope = {r[0] for r in pg.execute("SELECT cl.visible_people()")}
    server_cols = {t: set(cols) for t, cols in pg.execute("SELECT table_name, columns FROM cl.catalogue")}
    local = {r[0] for r in store.conn.execute("SELECT id FROM young_people")}
    arriving = sorted(scope - local) if watermark is not None else sorted(scope)
    leaving = sorted(local - scope)
    pending = _pending(store)
    # Since the last pull, only the tables that changed (and everything of those newly in scope).
    changed = None if watermark is None else set(pg.execute("SELECT cl.changed_tables(%s::xid8)", [watermark]).fetchone()[0])
    rows: dict[str, list[dict]] = {}
    for t in tables.values():
        cols = [c for c in t.column_names if c in server_cols.get(t.name, ())]
        if not cols:
            continue
        select = f"SELECT {', '.join(_q(c) for c in cols)} FROM cl.{_q(t.name)}"
        if watermark is None:
            cur = pg.execute(select)
        elif t.scope is not None and arriving:
            cur = pg.execute(f"{select} WHERE _xid >= %s::xid8 OR _person = ANY(%s)", [watermark, arriving])
        elif t.name in changed:
            cur = pg.execute(f"{select} WHERE _xid >= %s::xid8", [watermark])
        else:
            continue
        rows[t.name] = [r for r in (dict(zip(cols, v)) for v in cur) if (t.name, r["id"]) not in pending]
    gone: dict[str, list[str]] = {}
    if watermark is not None and "tombstones" in changed:
        for table, record_id in pg.execute("SELECT table_name, record_id FROM cl.tombstones WHERE _xid >= %s::xid8",
                                           [watermark]):
            if (table, record_id) not in pending:
                gone.setdefault(table, []).append(record_id)
    settings = []
    if watermark is None or "council_settings" in changed:
        settings = [dict(zip(("key", "value", "created_at", "updated_at", "updated_by"), r)) for r in pg.execute(
            "SELECT key, value, created_at, updated_at, updated_by FROM cl.council_settings"
            + ("" if watermark is None else " WHERE _xid >= %s::xid8"), [] if watermark is None else [watermark])]
    conflicts = _read_conflicts(pg, watermark) if watermark is None or "conflicts" in changed else []
    return _Changes(new_watermark, local, arriving, leaving, rows, gone, settings, conflicts)


FIRST_PULL_CHUNK = 5000
LOAD_CACHE_KIB = 512 * 1024  # decrypted pages kept while a first pull loads (the whole council: ~350 MB)

_INSERT_TRIGGER = re.compile(r"\b(?:BEFORE|AFTER)\s+INSERT\s+ON\b", re.IGNORECASE)
_FTS_TARGET = re.compile(r"INSERT\s+INTO\s+\"?(\w+_fts)\"?\s*\(\s*rowid", re.IGNORECASE)
_GUARD_BODY = re.compile(r"\bBEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'(?:[^']|'')*'\s*\)\s*;\s*END\s*$",
                         re.IGNORECASE | re.DOTALL)

# FTS5 keeps this much of a full-text index in memory before writing a segment (its default is
# 1 MiB): a rebuild of 320,000 contacts then writes a few large segments instead of hundreds of
# small ones it must merge again, about half the time.
REBUILD_HASH_BYTES = 64 * 1024 * 1024
FTS5_DEFAULT_HASH_BYTES = 1024 * 1024


def _rebuild_full_text(conn, table: str) -> None:
    """Rebuild an FTS5 index from its content table, with a larger in-memory hash for the
    rebuild only: the index's own settings are left as they were."""
    had = conn.execute(f"SELECT v FROM [{table}_config] WHERE k = 'hashsize'").fetchone()
    conn.execute(f"INSERT INTO [{table}] ([{table}], rank) VALUES ('hashsize', ?)", [REBUILD_HASH_BYTES])
    conn.execute(f"INSERT INTO [{table}] ([{table}]) VALUES ('rebuild')")
    conn.execute(f"INSERT INTO [{table}] ([{table}], rank) VALUES ('hashsize', ?)",
                 [had[0] if had else FTS5_DEFAULT_HASH_BYTES])
    if had is None:
        conn.execute(f"DELETE FROM [{table}_config] WHERE k = 'hashsize'")


@contextlib.contextmanager
def _bulk_load(conn, tables: list[str]):
    """Inside one transaction, make loading many rows into empty ``tables`` fast, and leave the
    schema exactly as it was (the same statements in sqlite_master) when done.

    While loading: the tables' secondary indexes are dropped and built once at the end (a sort,
    instead of a random B-tree insert per row per index); the full-text indexes' insert triggers
    are dropped and each index is rebuilt once from its table; the insert guards (triggers that
    only refuse, such as "a finalised plan version cannot be changed") are dropped: they guard
    later edits, and what arrives is the server's record as it stands; and the page cache is
    larger, so pages written once are not spilled and read back. Any other insert trigger
    still fires. Everything, the dropping and re-creating included, is in the caller's
    transaction: if the load fails part way, the rollback brings the schema back with the
    rows, and the laptop is as empty as before."""
    if not conn.in_transaction:
        raise RuntimeError("a bulk load runs inside the caller's transaction")
    names = set(tables)
    indexes = [(name, sql) for name, tbl, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")
        if tbl in names]
    triggers, fts = [], []
    for name, tbl, sql in conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"):
        if tbl not in names or not _INSERT_TRIGGER.search(sql):
            continue
        target = _FTS_TARGET.search(sql)
        if target:
            fts.append(target.group(1))
        elif not _GUARD_BODY.search(sql):
            continue  # an insert trigger that does something keeps firing
        triggers.append((name, sql))
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        for name, _sql in indexes:
            conn.execute(f"DROP INDEX [{name}]")
        yield
        for _name, sql in indexes:
            conn.execute(sql)
        for table in dict.fromkeys(fts):
            _rebuild_full_text(conn, table)
        for _name, sql in triggers:
            conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")


def _first_pull(store: Store, pg, tables: dict[str, replication.Table], result: SyncResult) -> None:
    """An empty laptop's first pull: everything in its scope, streamed from the server's snapshot
    straight into the store in one transaction (reading the next rows while the last are
    written), as a bulk load (``_bulk_load``: indexes and full-text indexes built once at the end,
    not row by row). Nothing is kept if it fails or the laptop stops part way (one transaction,
    the schema's changes included): the laptop stays empty, with no watermark, and the next sync
    starts the first pull again."""
    import queue
    import threading

    new_watermark = pg.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
    server_cols = {t: set(cols) for t, cols in pg.execute("SELECT table_name, columns FROM cl.catalogue")}
    # Parents before children (the insert guards are set aside while loading, see _bulk_load).
    plan = [(t, [c for c in t.column_names if c in server_cols.get(t.name, ())]) for t in tables.values()]
    chunks: queue.Queue = queue.Queue(maxsize=4)
    DONE = object()
    stop = threading.Event()  # the writer failed: stop reading

    def put(item) -> None:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def read() -> None:
        try:
            for t, cols in plan:
                if not cols or stop.is_set():
                    continue
                with pg.cursor(name=f"first_pull_{t.name}") as cur:
                    cur.itersize = FIRST_PULL_CHUNK
                    cur.execute(f"SELECT {', '.join(_q(c) for c in cols)} FROM cl.{_q(t.name)}")
                    while True:
                        rows = cur.fetchmany(FIRST_PULL_CHUNK)
                        if not rows or stop.is_set():
                            break
                        put((t, cols, rows))
            settings = pg.execute("SELECT key, value, created_at, updated_at, updated_by FROM cl.council_settings").fetchall()
            put(("settings", None, settings))
            put(("conflicts", None, _read_conflicts(pg, None)))
            put(DONE)
        except BaseException as exc:  # handed to the writer, which raises it
            put(exc)

    reader = threading.Thread(target=read, name="first-pull-reader", daemon=True)
    reader.start()
    n = 0
    try:
        with store.transaction():
            store.conn.execute("PRAGMA defer_foreign_keys = ON")
            with _bulk_load(store.conn, [t.name for t, _cols in plan]):
                while True:
                    item = chunks.get()
                    if item is DONE:
                        break
                    if isinstance(item, BaseException):
                        raise item
                    t, cols, rows = item
                    if t == "settings":
                        for row in rows:
                            _put_setting(store, dict(zip(("key", "value", "created_at", "updated_at", "updated_by"), row)))
                        continue
                    if t == "conflicts":
                        _put_conflicts(store, rows)
                        continue
                    store.conn.executemany(f"INSERT INTO [{t.name}] ({', '.join(f'[{c}]' for c in cols)}) "
                                           f"VALUES ({', '.join('?' * len(cols))})", rows)
                    n += len(rows)
                    result.tables.add(t.name)
            set_state(store, WATERMARK_KEY, new_watermark)
            store.audit("sync", "sync_state", None, [], f"{n} records from the team server (first sync)")
    finally:
        stop.set()
        reader.join(timeout=30)
    result.pulled += n
    result.arrived = [r[0] for r in store.conn.execute("SELECT id FROM young_people")]


CONFLICT_COLUMNS = ("id", "at", "table_name", "record_id", "person_id", "field", "seen_value", "server_value", "laptop_value",
                    "server_changed_by", "worker_id", "resolved_at", "resolved_by", "resolution")


def _read_conflicts(pg, watermark: str | None) -> list[tuple]:
    """The conflicts this worker may see (a manager: their team's; anyone: their own), changed
    since the watermark."""
    sql = ("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS+00:00'), table_name, record_id, _person, "
           "field, seen_value::text, server_value::text, laptop_value::text, server_changed_by, worker_id, "
           "to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS+00:00'), resolved_by, resolution::text "
           "FROM cl.conflicts")
    if watermark is None:
        return pg.execute(sql).fetchall()
    return pg.execute(sql + " WHERE _xid >= %s::xid8", [watermark]).fetchall()


def _put_conflicts(store: Store, rows: list[tuple]) -> None:
    if rows:
        store.conn.executemany(
            f"INSERT OR REPLACE INTO sync_conflicts ({', '.join(CONFLICT_COLUMNS)}) VALUES ({', '.join('?' * len(CONFLICT_COLUMNS))})",
            rows)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _apply_pulled(store: Store, tables: dict[str, replication.Table], ch: _Changes, result: SyncResult) -> None:
    n = sum(len(v) for v in ch.rows.values()) + sum(len(v) for v in ch.gone.values()) + len(ch.settings)
    with store.transaction():
        store.conn.execute("PRAGMA defer_foreign_keys = ON")
        _remove_people(store, tables, ch.leaving)
        # Children before parents: a finalised plan's sections go in while the plan is still a
        # draft on this laptop (its triggers freeze a finalised version's content).
        order = [t for t in reversed(list(tables.values())) if t.name != "plans"] + [tables["plans"]]
        for t in order:
            if ch.gone.get(t.name):
                _delete_rows(store, t, ch.gone[t.name])
                result.tables.add(t.name)
        for t in order:
            if ch.rows.get(t.name):
                _upsert(store, t, ch.rows[t.name])
                result.tables.add(t.name)
        for row in ch.settings:
            _put_setting(store, row)
        _put_conflicts(store, ch.conflicts)
        if ch.conflicts:
            result.tables.add("sync_conflicts")
        set_state(store, WATERMARK_KEY, ch.watermark)
        if n or ch.leaving:
            store.audit("sync", "sync_state", None, [],
                        f"{n} changes from the team server"
                         + (f"; {len(ch.leaving)} young people left this laptop's scope" if ch.leaving else ""))
    result.pulled += n


# -- conflicts and the read audit (online: they ask the server) ------------------------------------
def conflicts(store: Store, *, unresolved_only: bool = True) -> list[dict]:
    """The conflicts this laptop knows of (as of its last pull), with names."""
    sql = ("SELECT c.*, yp.legal_name AS person_name, yp.preferred_name AS person_preferred, w.name AS worker_name, "
           "s.name AS server_worker_name FROM sync_conflicts c LEFT JOIN young_people yp ON yp.id = c.person_id "
           "LEFT JOIN workers w ON w.id = c.worker_id LEFT JOIN workers s ON s.id = c.server_changed_by")
    return store.query(sql + (" WHERE c.resolved_at IS NULL" if unresolved_only else "") + " ORDER BY c.at")


def resolve_conflict(store: Store, conflict_id: str, choice: str, value=None, connection: ServerConnection | None = None) -> None:
    """A manager's resolution, made on the server; then this laptop syncs to show it."""
    import psycopg
    from psycopg.types.json import Jsonb

    pg = connection.get(store) if connection is not None else connect_as_worker(store)
    try:
        with pg.transaction():
            pg.execute("SELECT cl.resolve_conflict(%s, %s, %s)", [conflict_id, choice, None if value is None else Jsonb(value)])
    except _pg_errors() as exc:
        if connection is not None:
            connection.drop()
        raise Offline("The team server could not be reached: resolve the conflict when you are online.") from exc
    except psycopg.Error as exc:
        raise ServerError(getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)) from exc
    finally:
        if connection is None:
            pg.close()
    sync(store, connection=connection)


def who_looked(store: Store, person_id: str) -> list[dict]:
    """Who opened, printed or exported a young person's record, from the server's read audit."""
    import psycopg

    pg = connect_as_worker(store)
    try:
        rows = pg.execute("SELECT at, worker, role, what, detail FROM cl.who_looked(%s)", [person_id]).fetchall()
    except _pg_errors() as exc:
        raise Offline("The team server could not be reached: try again when you are online.") from exc
    except psycopg.Error as exc:
        raise ServerError(getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)) from exc
    finally:
        pg.close()
    return [{"at": r[0], "worker": r[1], "role": r[2], "what": r[3], "detail": r[4]} for r in rows]


def last_sync(store: Store) -> datetime | None:
    at = state(store, LAST_SYNC_KEY)
    return datetime.fromisoformat(at) if at else None


def describe_status(store: Store, now: datetime | None = None) -> str:
    """The status bar's words: when this laptop last synced, and how many changes wait."""
    if not store.is_team_laptop():
        return ""
    n = waiting(store)
    at = last_sync(store)
    when = "not synced yet"
    if at is not None:
        local = at.astimezone()
        now = now or datetime.now(timezone.utc)
        when = f"synced {local:%H:%M}" if local.date() == now.astimezone().date() else f"synced {local:%d/%m/%Y %H:%M}"
    waiting_text = "all changes sent" if n == 0 else f"{n} change{'s' if n != 1 else ''} waiting"
    return f"Team server: {when} · {waiting_text}"


__all__ = ["Offline", "SyncResult", "join", "sync", "push", "pull", "waiting", "notices", "describe_status",
           "server_config", "StoreError"]
