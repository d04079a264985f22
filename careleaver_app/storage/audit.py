"""The audit trail: who did what, when, to which record and which fields (never the values).

Each entry carries the hash of the one before it (SHA-256 over a canonical form), so editing,
deleting or reordering entries breaks the chain and :func:`verify` finds the first bad entry.
Triggers refuse UPDATE and DELETE; the newest entry is also remembered outside the database
(in the key file, as an anchor) so cutting entries off the end is found too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

GENESIS = "0" * 64
STAMPS = {"id", "created_at", "updated_at", "updated_by"}


def entry_hash(prev: str, seq: int, at: str, actor: str, action: str, table: str, record_id: str | None,
               fields: list[str], detail: str) -> str:
    canonical = json.dumps([prev, seq, at, actor, action, table, record_id, fields, detail], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def create_schema(db) -> None:
    db.execute("""CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, table_name TEXT NOT NULL,
        record_id TEXT, fields TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_audit_record ON audit_log(record_id)")
    db.execute("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""")
    db.execute("""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""")


def record(conn, actor: str, action: str, table: str, record_id: str | None, fields, detail: str = "") -> tuple[int, str]:
    """Append an entry (call inside the transaction that made the change)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    names = sorted(f for f in (fields or []) if f not in STAMPS)
    h = entry_hash(prev, seq, at, actor, action, table, record_id, names, detail)
    conn.execute("INSERT INTO audit_log (seq, at, actor, action, table_name, record_id, fields, detail, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [seq, at, actor, action, table, record_id, json.dumps(names), detail, prev, h])
    return seq, h


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    problem: str = ""
    first_bad_seq: int | None = None

    def __str__(self) -> str:
        if self.ok:
            return f"Audit trail intact: {self.entries} entries, each linked to the one before."
        return f"Audit trail broken at entry {self.first_bad_seq}: {self.problem}"


def verify(conn, anchor: tuple[int, str] | None = None) -> Verification:
    prev, expected, n = GENESIS, 1, 0
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
        if entry_hash(prev, seq, at, actor, action, table, record_id, names, detail) != h:
            return Verification(False, n, "it has been altered since it was written", seq)
        if anchor is not None and seq == anchor[0]:
            if h != anchor[1]:
                return Verification(False, n, "it is not the entry last seen when the app closed", seq)
            seen_anchor = True
        prev, expected = h, expected + 1
    if not seen_anchor:
        return Verification(False, n, f"entries after {n} are missing (the app last saw entry {anchor[0]})", n + 1)
    return Verification(True, n)


def head(conn) -> tuple[int, str] | None:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def entries_for(conn, record_id: str) -> list[dict]:
    rows = conn.execute("SELECT a.seq, a.at, a.actor, coalesce(w.name, a.actor), a.action, a.table_name, a.fields, a.detail "
                        "FROM audit_log a LEFT JOIN workers w ON w.id = a.actor WHERE a.record_id = ? ORDER BY a.seq", [record_id])
    return [{"seq": r[0], "at": r[1], "actor_id": r[2], "actor": r[3], "action": r[4], "table": r[5], "fields": json.loads(r[6]),
             "detail": r[7]} for r in rows]


# Tables whose rows belong to a young person (person_id), and how to reach deeper ones.
PERSON_TABLES = ("care_periods", "key_people", "allocations", "plans", "review_requests", "contacts", "contact_followups",
                 "in_touch_decisions", "contact_cadences", "chronology_events", "accommodation_episodes",
                 "suitability_assessments", "arrangements", "housing_applications", "eet_episodes", "entitlements",
                 "local_offer_explanations", "health_records", "health_needs", "mh_referrals", "health_handovers", "health_consents")
CHILD_TABLES = {"plan_sections": "plans", "plan_actions": "plans", "plan_contingencies": "plans", "plan_oversight": "plans",
                "contact_amendments": "contacts"}


def entries_for_person(conn, person_id: str, limit: int = 2000) -> list[dict]:
    """Audit entries for a young person's record and everything that belongs to it, newest first."""
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    parts, params = ["SELECT ?"], [person_id]
    for t in PERSON_TABLES:
        if t in existing:
            parts.append(f"SELECT id FROM [{t}] WHERE person_id = ?")
            params.append(person_id)
    for child, parent in CHILD_TABLES.items():
        if child in existing:
            fk = "plan_id" if parent == "plans" else "contact_id"
            parts.append(f"SELECT c.id FROM [{child}] c JOIN [{parent}] p ON p.id = c.{fk} WHERE p.person_id = ?")
            params.append(person_id)
    ids = " UNION ".join(parts)
    rows = conn.execute(
        "SELECT a.seq, a.at, coalesce(w.name, a.actor), a.action, a.table_name, a.fields, a.detail FROM audit_log a "
        f"LEFT JOIN workers w ON w.id = a.actor WHERE a.record_id IN ({ids}) ORDER BY a.seq DESC LIMIT ?", params + [limit])
    return [{"seq": r[0], "at": r[1], "actor": r[2], "action": r[3], "table": r[4], "fields": json.loads(r[5]), "detail": r[6]}
            for r in rows]
