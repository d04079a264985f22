"""The audit trail: who did what, when, to which record and which fields (never the values).

Each entry carries the seal of the one before it, so editing, deleting or reordering entries
breaks the chain and :func:`verify` finds the first bad entry. Entries are sealed with an
HMAC-SHA256 keyed by the *audit key*, which is derived from the store's data key: rewriting
the chain (or its anchor) needs that key, not only SQL. Entries written before the key was used
(older versions) are plain SHA-256 and stay valid; once a keyed entry appears, every later one
must be keyed. Triggers refuse UPDATE and DELETE.

The *anchor* (``careleaver.db.anchor`` beside the store, sealed with the same key) remembers the
newest entry. It moves forward after every commit and never backwards: a new head is anchored
only if the entry the anchor names is still there, unchanged. So entries cut off the end, a
write-ahead log that lost committed transactions, and a rewritten chain are all found at the
next opening, whoever opened and closed the store in between. Only two things move the anchor
back, each recorded in the trail itself: restoring a backup, and a person accepting a problem
that was reported to them (``accept_problem``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

GENESIS = "0" * 64
STAMPS = {"id", "created_at", "updated_at", "updated_by"}
KEYED = "k1:"  # the seal of an entry made with the audit key
ANCHOR_FORMAT = "careleaver-audit-anchor"


def audit_key(data_key: bytes | bytearray | None) -> bytearray | None:
    """The key that seals the chain and the anchor, derived from the store's data key (never the
    data key itself: a sealed value reveals nothing about the key that opens the store)."""
    if data_key is None:
        return None
    return bytearray(hmac.new(bytes(data_key), b"careleaver audit trail v1", hashlib.sha256).digest())


def entry_hash(prev: str, seq: int, at: str, actor: str, action: str, table: str, record_id: str | None,
               fields: list[str], detail: str, mac_key: bytes | bytearray | None = None) -> str:
    canonical = json.dumps([prev, seq, at, actor, action, table, record_id, fields, detail], separators=(",", ":"),
                           ensure_ascii=False).encode("utf-8")
    if mac_key is None:
        return hashlib.sha256(canonical).hexdigest()
    return KEYED + hmac.new(bytes(mac_key), canonical, hashlib.sha256).hexdigest()


def create_schema(db) -> None:
    db.execute("""CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, table_name TEXT NOT NULL,
        record_id TEXT, fields TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_audit_record ON audit_log(record_id)")
    db.execute("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""")
    db.execute("""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""")


def record(conn, actor: str, action: str, table: str, record_id: str | None, fields, detail: str = "", *,
           mac_key: bytes | bytearray | None = None) -> tuple[int, str]:
    """Append an entry (call inside the transaction that made the change)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    names = sorted(f for f in (fields or []) if f not in STAMPS)
    h = entry_hash(prev, seq, at, actor, action, table, record_id, names, detail, mac_key)
    conn.execute("INSERT INTO audit_log (seq, at, actor, action, table_name, record_id, fields, detail, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [seq, at, actor, action, table, record_id, json.dumps(names), detail, prev, h])
    return seq, h


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    problem: str = ""
    first_bad_seq: int | None = None
    note: str = ""

    def __str__(self) -> str:
        if self.ok:
            text = f"Audit trail intact: {self.entries} entries, each linked to the one before."
            return f"{text} {self.note}".strip()
        if self.first_bad_seq is None:
            return f"Audit trail not intact: {self.problem}"
        return f"Audit trail broken at entry {self.first_bad_seq}: {self.problem}"


def has_trail(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone() is not None


MISSING_TRAIL = "the audit trail is missing from this database (its table is not there)"


def verify(conn, anchor: Anchor | None = None, mac_key: bytes | bytearray | None = None, *,
           anchor_problem: str | None = None) -> Verification:
    """Check every entry's seal and link, then the anchor (``anchor_problem``: what was wrong
    with the anchor itself, from :func:`read_anchor`)."""
    if not has_trail(conn):
        return Verification(False, 0, MISSING_TRAIL)
    prev, expected, n = GENESIS, 1, 0
    keyed_seen = False
    seen_anchor = anchor is None
    for seq, at, actor, action, table, record_id, fields, detail, prev_hash, h in conn.execute(
            "SELECT seq, at, actor, action, table_name, record_id, fields, detail, prev_hash, hash FROM audit_log ORDER BY seq"):
        n += 1
        if seq != expected:
            return Verification(False, n, f"entries {expected} to {seq - 1} are missing", expected)
        if prev_hash != prev:
            return Verification(False, n, "it does not follow on from the entry before (entries removed or reordered)", seq)
        try:
            names = json.loads(fields)
        except ValueError:
            return Verification(False, n, "it has been altered", seq)
        keyed = str(h).startswith(KEYED)
        if keyed and mac_key is None:
            return Verification(False, n, "it is sealed with the store's key, which is needed to check it", seq)
        if keyed_seen and not keyed:
            return Verification(False, n, "it is not sealed with the store's key, as every entry after the first sealed one "
                                "must be (it was written by something other than the app)", seq)
        keyed_seen = keyed_seen or keyed
        if entry_hash(prev, seq, at, actor, action, table, record_id, names, detail, mac_key if keyed else None) != h:
            return Verification(False, n, "it has been altered since it was written", seq)
        if anchor is not None and seq == anchor.seq:
            if h != anchor.hash:
                return Verification(False, n, "it is not the entry the anchor recorded (the trail has been rewritten)", seq)
            seen_anchor = True
        prev, expected = h, expected + 1
    if not seen_anchor:
        return Verification(False, n, f"entries {n + 1} to {anchor.seq} are missing from the end (the anchor recorded "
                            f"entry {anchor.seq}): changes were lost or cut off", n + 1)
    if anchor_problem:
        return Verification(False, n, anchor_problem)
    return Verification(True, n)


def head(conn) -> tuple[int, str] | None:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def entry_seal(conn, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


def has_keyed_entries(conn) -> bool:
    h = head(conn)
    return bool(h and str(h[1]).startswith(KEYED))


# -- the anchor ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str = ""  # when it was set (UTC)


@dataclass(frozen=True)
class AnchorRead:
    anchor: Anchor | None
    problem: str | None = None  # None, or why the anchor cannot be trusted
    legacy: bool = False  # an unsealed anchor kept in an older version's key file


def anchor_file_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".anchor")


def anchor_witness_for(db_path: Path) -> Path:
    """A second copy in the backups folder, refreshed by each backup: putting back an older
    anchor beside the store is caught by a newer copy here."""
    from .backup import backups_folder

    return backups_folder(Path(db_path)) / (Path(db_path).name + ".anchor")


def _seal_anchor(a: Anchor, mac_key: bytes | bytearray) -> str:
    body = json.dumps([ANCHOR_FORMAT, 1, a.seq, a.hash, a.at], separators=(",", ":")).encode("utf-8")
    return hmac.new(bytes(mac_key), body, hashlib.sha256).hexdigest()


def anchor_bytes(a: Anchor, mac_key: bytes | bytearray) -> bytes:
    return json.dumps({"format": ANCHOR_FORMAT, "version": 1, "seq": a.seq, "hash": a.hash, "at": a.at,
                       "seal": _seal_anchor(a, mac_key)}, indent=1).encode("utf-8")


def _read_one(path: Path, mac_key: bytes | bytearray) -> AnchorRead:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return AnchorRead(None, "missing")
    except OSError:
        return AnchorRead(None, "damaged")
    try:
        d = json.loads(raw.decode("utf-8"))
        if not isinstance(d, dict) or d.get("format") != ANCHOR_FORMAT or d.get("version") != 1:
            raise ValueError
        a = Anchor(int(d["seq"]), str(d["hash"]), str(d.get("at") or ""))
        seal = str(d["seal"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return AnchorRead(None, "damaged")
    if not hmac.compare_digest(_seal_anchor(a, mac_key), seal):
        return AnchorRead(a, "altered")
    return AnchorRead(a)


ANCHOR_PROBLEMS = {
    "missing": "the audit anchor (the file ending .anchor beside the database) is missing, so entries cut off the end "
               "of the trail cannot be found",
    "damaged": "the audit anchor (the file ending .anchor beside the database) is damaged, so entries cut off the end "
               "of the trail cannot be found",
    "altered": "the audit anchor (the file ending .anchor beside the database) has been altered: its seal does not match",
}


def read_anchor(db_path: Path, mac_key: bytes | bytearray, conn=None, legacy=None) -> AnchorRead:
    """The anchor to check the trail against: the one beside the store, or the copy in the
    backups folder when that one is newer (or the one beside the store is gone). Without
    either, an older version's unsealed anchor (``legacy()``, from its key file) is used, but
    only for a trail with no sealed entries yet (a store this version has not written to)."""
    beside = _read_one(anchor_file_for(db_path), mac_key)
    witness = _read_one(anchor_witness_for(db_path), mac_key)
    witness_ok = witness.problem is None
    if beside.problem is None:
        return witness if witness_ok and witness.anchor.seq > beside.anchor.seq else beside
    if beside.problem == "missing":
        if witness_ok:
            return witness
        if conn is not None and has_trail(conn) and not has_keyed_entries(conn):
            old = legacy() if legacy is not None else None
            return AnchorRead(Anchor(int(old[0]), str(old[1])), legacy=True) if old else AnchorRead(None)
    return beside


def write_anchor(db_path: Path, anchor: Anchor, mac_key: bytes | bytearray, *, sync: bool = True, witness: bool = False) -> None:
    from ..safe_files import write_private

    data = anchor_bytes(anchor, mac_key)
    write_private(anchor_file_for(db_path), data, sync=sync)
    if witness:
        folder = anchor_witness_for(db_path).parent
        if folder.is_dir():
            write_private(anchor_witness_for(db_path), data, sync=sync)


def anchor_problem(conn, read: AnchorRead) -> str | None:
    """What is wrong, judged at opening from the anchor and the newest entries (cheap: two
    lookups, not the whole chain). None when the trail reaches the anchor unchanged."""
    if not has_trail(conn):
        return MISSING_TRAIL
    if read.problem:
        return ANCHOR_PROBLEMS[read.problem]
    if read.anchor is None:
        return None
    h = head(conn)
    last = h[0] if h else 0
    if last < read.anchor.seq:
        lost = read.anchor.seq - last
        return (f"the last {lost} change{'s' if lost != 1 else ''} the app recorded {'are' if lost != 1 else 'is'} missing "
                f"(audit entries {last + 1} to {read.anchor.seq}): the write-ahead log (the file ending -wal) was damaged, "
                "or entries were cut off the end of the trail")
    if entry_seal(conn, read.anchor.seq) != read.anchor.hash:
        return f"the audit trail has been rewritten: entry {read.anchor.seq} is not the one the app recorded"
    return None


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def advance_anchor(db_path: Path, conn, mac_key: bytes | bytearray, *, sync: bool = False) -> bool:
    """After a commit: anchor the newest entry, if it follows on from the anchored one. Never
    moves the anchor backwards or past a rewritten entry (the problem stays to be found).
    Serialised across connections and processes by a lock of its own. Returns whether it moved."""
    from .locks import held

    h = head(conn)
    if h is None:
        return False
    with held(Path(str(anchor_file_for(db_path)) + ".lock")):
        current = _read_one(anchor_file_for(db_path), mac_key)
        if current.problem not in (None, "missing"):
            return False
        a = current.anchor
        if a is not None and (a.seq >= h[0] or entry_seal(conn, a.seq) != a.hash):
            return False
        write_anchor(db_path, Anchor(h[0], h[1], now_utc()), mac_key, sync=sync)
        return True


def _staged_restore(db_path: Path) -> Path:
    return Path(str(anchor_file_for(db_path)) + ".restore")


def stage_restore(db_path: Path, restored_copy: Path, key: bytes | bytearray, backup_name: str = "") -> None:
    """Before a backup replaces the store: the anchor the restored store will have, on the disk,
    so a crash between the replace and the restore's own entry still ends in a consistent trail."""
    from ..safe_files import write_private
    from .database import open_connection

    conn = open_connection(restored_copy, key, migrate=False, create=False, check=False, lock=False)
    try:
        h = head(conn) if has_trail(conn) else None
    finally:
        conn.close()
    mac = audit_key(key)
    staged = json.loads(anchor_bytes(Anchor(h[0], h[1], now_utc()) if h else Anchor(0, GENESIS), mac))
    staged["backup"] = backup_name  # not sealed: only what the restore's entry will name
    write_private(_staged_restore(db_path), json.dumps(staged).encode("utf-8"), sync=True)


def restore_finished(db_path: Path, conn, mac_key: bytes | bytearray) -> str | None:
    """If a staged restore happened (the store now ends where it said), the backup's name (its
    entry is still to be written); otherwise None, and a stage that never happened is dropped."""
    staged = _staged_restore(db_path)
    if not staged.exists() or mac_key is None:
        return None
    read = _read_one(staged, mac_key)
    h = head(conn) if has_trail(conn) else None
    done = read.problem is None and ((h is None and read.anchor.seq == 0) or
                                     (h is not None and (h[0], h[1]) == (read.anchor.seq, read.anchor.hash)))
    if not done:
        drop_staged_restore(db_path)
        return None
    try:
        return str(json.loads(staged.read_bytes()).get("backup") or "a backup")
    except (OSError, ValueError):
        return "a backup"


def drop_staged_restore(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        _staged_restore(db_path).unlink()


def reset_anchor(db_path: Path, conn, mac_key: bytes | bytearray) -> None:
    """Anchor the newest entry whatever the anchor said (after a restore, or once a reported
    problem has been accepted and recorded in the trail)."""
    h = head(conn)
    if h is not None:
        write_anchor(db_path, Anchor(h[0], h[1], now_utc()), mac_key, sync=True, witness=True)


def entries_for(conn, record_id: str) -> list[dict]:
    rows = conn.execute("SELECT a.seq, a.at, a.actor, coalesce(w.name, a.actor), a.action, a.table_name, a.fields, a.detail "
                        "FROM audit_log a LEFT JOIN workers w ON w.id = a.actor WHERE a.record_id = ? ORDER BY a.seq", [record_id])
    return [{"seq": r[0], "at": r[1], "actor_id": r[2], "actor": r[3], "action": r[4], "table": r[5], "fields": json.loads(r[6]),
             "detail": r[7]} for r in rows]


# Tables whose rows belong to a young person (person_id), and how to reach deeper ones.
# Tables reached from a young person's through a parent (child -> (parent, the column that leads to it));
# every table with a person_id column is found from the schema (``_person_tables``), so a new one is
# in a young person's history (and their subject access export) without being listed here.
CHILD_TABLES = {"plan_sections": ("plans", "plan_id"), "plan_actions": ("plans", "plan_id"),
                "plan_contingencies": ("plans", "plan_id"), "plan_oversight": ("plans", "plan_id"),
                "contact_amendments": ("contacts", "contact_id"),
                "subject_access_pauses": ("subject_access_requests", "request_id")}


def _person_tables(conn, existing: set[str]) -> list[str]:
    return [t for t in sorted(existing)
            if t != "young_people" and not t.startswith(("sync_", "_", "sqlite_")) and "_fts" not in t
            and any(c[1] == "person_id" for c in conn.execute(f"PRAGMA table_info([{t}])"))]


def entries_for_person(conn, person_id: str, limit: int = 2000) -> list[dict]:
    """Audit entries for a young person's record and everything that belongs to it, newest first."""
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    parts, params = ["SELECT ?"], [person_id]
    for t in _person_tables(conn, existing):
        parts.append(f"SELECT id FROM [{t}] WHERE person_id = ?")
        params.append(person_id)
    for child, (parent, fk) in CHILD_TABLES.items():
        if child in existing and parent in existing:
            parts.append(f"SELECT c.id FROM [{child}] c JOIN [{parent}] p ON p.id = c.{fk} WHERE p.person_id = ?")
            params.append(person_id)
    ids = " UNION ".join(parts)
    rows = conn.execute(
        "SELECT a.seq, a.at, coalesce(w.name, a.actor), a.action, a.table_name, a.fields, a.detail FROM audit_log a "
        f"LEFT JOIN workers w ON w.id = a.actor WHERE a.record_id IN ({ids}) ORDER BY a.seq DESC LIMIT ?", params + [limit])
    return [{"seq": r[0], "at": r[1], "actor": r[2], "action": r[3], "table": r[4], "fields": json.loads(r[5]), "detail": r[6]}
            for r in rows]
