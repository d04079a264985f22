"""Absences, cover assignments, cover notes and exchanges; copying records into and out of packs."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING

from ..domain.cover import Absence
from ..domain.dates import from_iso, iso
from .store import Store

if TYPE_CHECKING:
    import sqlite_utils

# -- absences -------------------------------------------------------------------------------------


def _absence(r: dict, per_person: dict[str, str]) -> Absence:
    return Absence(r["worker_id"], r["kind"], from_iso(r["start_date"]), from_iso(r["expected_return"]), r["cover_worker_id"],
                   from_iso(r["ended_on"]), r["out_of_hours"] or "", r["notes"] or "", per_person, r["id"],
                   r.get("worker_name") or "", r.get("cover_name") or "")


def absences(store: Store) -> list[Absence]:
    rows = store.query("SELECT a.*, w.name AS worker_name, c.name AS cover_name FROM absences a "
                       "JOIN workers w ON w.id = a.worker_id LEFT JOIN workers c ON c.id = a.cover_worker_id "
                       "ORDER BY a.start_date DESC")
    per: dict[str, dict[str, str]] = defaultdict(dict)
    for r in store.query("SELECT * FROM cover_assignments"):
        per[r["absence_id"]][r["person_id"]] = r["cover_worker_id"]
    return [_absence(r, per.get(r["id"], {})) for r in rows]


def save_absence(store: Store, a: Absence) -> str:
    row = {"worker_id": a.worker_id, "kind": a.kind, "start_date": iso(a.start), "expected_return": iso(a.expected_return),
           "ended_on": iso(a.ended_on), "cover_worker_id": a.cover_worker_id, "out_of_hours": a.out_of_hours.strip(),
           "notes": a.notes.strip()}
    if a.id:
        store.update("absences", a.id, row)
    else:
        a.id = store.insert("absences", row)
    store.sync_rows("cover_assignments", "absence_id", a.id,
                    [{"person_id": p, "cover_worker_id": w} for p, w in a.per_person.items()], key=("person_id",))
    return a.id


# -- notes and exchanges -------------------------------------------------------------------------------

def notes_for(store: Store, person_id: str) -> list[dict]:
    return store.query("SELECT * FROM cover_notes WHERE person_id = ? ORDER BY created_at DESC", [person_id])


def add_note(store: Store, person_id: str, note: str, worker_id: str, worker_name: str, pack_id: str | None) -> str:
    return store.insert("cover_notes", {"person_id": person_id, "note": note, "worker_id": worker_id, "worker_name": worker_name,
                                        "pack_id": pack_id})


def exchange(store: Store, pack_id: str, kind: str) -> dict | None:
    rows = store.query("SELECT * FROM cover_exchanges WHERE pack_id = ? AND kind = ?", [pack_id, kind])
    return rows[0] if rows else None


def exchanges(store: Store, kind: str | None = None) -> list[dict]:
    sql = "SELECT * FROM cover_exchanges" + (" WHERE kind = ?" if kind else "") + " ORDER BY created_at DESC"
    return store.query(sql, [kind] if kind else [])


def record_exchange(store: Store, kind: str, pack_id: str, *, absent_pa_id: str, absent_pa_name: str, other_name: str,
                    absence_id: str | None, counts: dict, file_name: str) -> str:
    return store.insert("cover_exchanges", {"kind": kind, "pack_id": pack_id, "absent_pa_id": absent_pa_id,
                                            "absent_pa_name": absent_pa_name, "other_name": other_name, "absence_id": absence_id,
                                            "counts": json.dumps(counts), "file_name": file_name})


def mark_cover_copies(store: Store, person_ids: list[str], pack_id: str) -> None:
    """The young people a cover pack brought in are read-only copies from it: through
    ``Store.update``, so each row says when and by whom (updated_at, updated_by) and is audited."""
    for pid in person_ids:
        store.update("young_people", pid, {"cover_pack_id": pack_id})


def own_person_ids(store: Store) -> set[str]:
    """The young people on this laptop that are not cover copies."""
    return {r["id"] for r in store.query("SELECT id FROM young_people WHERE cover_pack_id IS NULL")}


def people_from_pack(store: Store, pack_id: str) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM young_people WHERE cover_pack_id = ?", [pack_id])]


def teams_and_workers(store: Store) -> tuple[list[dict], list[dict]]:
    """Every team and worker, whole, for a cover pack."""
    return store.query("SELECT * FROM teams"), store.query("SELECT * FROM workers")


def sender_rows(store: Store, worker_id: str, team_id: str | None) -> tuple[list[dict], list[dict]]:
    """The worker making a cover return and their team, whole."""
    return (store.query("SELECT * FROM workers WHERE id = ?", [worker_id]),
            store.query("SELECT * FROM teams WHERE id = ?", [team_id]) if team_id else [])


def team_ids_by_name(store: Store) -> dict[str, str]:
    return {r["name"].casefold(): r["id"] for r in store.query("SELECT id, name FROM teams")}


def cover_copies(store: Store) -> dict[str, str]:
    """In a duty worker's store: person id -> the id of the pack the record came from."""
    return {r["id"]: r["cover_pack_id"] for r in store.query("SELECT id, cover_pack_id FROM young_people WHERE cover_pack_id IS NOT NULL")}


def is_cover_copy(store: Store, person_id: str) -> bool:
    return bool(store.scalar("SELECT cover_pack_id IS NOT NULL FROM young_people WHERE id = ?", [person_id]))


# -- copying records ----------------------------------------------------------------------------------

# Tables copied for a set of young people, in an order that satisfies foreign keys; how each is
# reached: ("person", column) or ("parent", column, parent table).
PACK_TABLES: list[tuple[str, tuple]] = [
    ("young_people", ("person", "id")),
    ("care_periods", ("person", "person_id")), ("key_people", ("person", "person_id")),
    ("allocations", ("person", "person_id")), ("plans", ("person", "person_id")),
    ("plan_sections", ("parent", "plan_id", "plans")), ("plan_actions", ("parent", "plan_id", "plans")),
    ("plan_action_updates", ("parent", "action_id", "plan_actions")),
    ("plan_contingencies", ("parent", "plan_id", "plans")), ("contingency_checks", ("parent", "contingency_id", "plan_contingencies")),
    ("plan_oversight", ("parent", "plan_id", "plans")), ("review_requests", ("person", "person_id")),
    ("contacts", ("person", "person_id")), ("contact_amendments", ("parent", "contact_id", "contacts")),
    ("contact_followups", ("person", "person_id")), ("in_touch_decisions", ("person", "person_id")),
    ("contact_cadences", ("person", "person_id")), ("chronology_events", ("person", "person_id")),
    ("accommodation_episodes", ("person", "person_id")), ("suitability_assessments", ("person", "person_id")),
    ("arrangements", ("person", "person_id")), ("housing_applications", ("person", "person_id")),
    ("eet_episodes", ("person", "person_id")), ("entitlements", ("person", "person_id")),
    ("entitlement_spends", ("parent", "entitlement_id", "entitlements")), ("local_offer_explanations", ("person", "person_id")),
    ("health_records", ("person", "person_id")), ("health_needs", ("person", "person_id")), ("mh_referrals", ("person", "person_id")),
    ("health_handovers", ("person", "person_id")), ("health_consents", ("person", "person_id")),
    ("cover_notes", ("person", "person_id")),
]
HEALTH_TABLES = {"health_records", "health_needs", "mh_referrals", "health_handovers", "health_consents"}
# Legal records: rows are added, never replaced.
APPEND_ONLY = {"contacts", "contact_amendments", "plan_action_updates", "contingency_checks", "cover_notes"}
# Columns that name a worker (remapped when workers are matched across laptops).
WORKER_COLUMNS = {"allocated_pa_id", "worker_id", "pa_id", "manager_id", "cover_worker_id", "finalised_by"}


def rows_for_people(store: Store, person_ids: list[str], *, without_health: set[str] = frozenset()) -> dict[str, list[dict]]:
    """Every row that belongs to the given young people, table by table."""
    out: dict[str, list[dict]] = {}
    ids_by_table: dict[str, list[str]] = {}
    existing = set(store.db.table_names())
    for table, how in PACK_TABLES:
        if table not in existing:
            continue
        if how[0] == "person":
            rows = _select_in(store, table, how[1], person_ids)
        else:
            rows = _select_in(store, table, how[1], ids_by_table.get(how[2], []))
        if table in HEALTH_TABLES and without_health:
            rows = [r for r in rows if r.get("person_id") not in without_health]
        out[table] = rows
        ids_by_table[table] = [r["id"] for r in rows]
    return out


def _select_in(store: Store, table: str, column: str, values: list[str]) -> list[dict]:
    rows: list[dict] = []
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        rows += store.query(f"SELECT * FROM [{table}] WHERE [{column}] IN ({','.join('?' * len(chunk))})", chunk)
    return rows


def write_rows(db: sqlite_utils.Database, tables: dict[str, list[dict]], *, only_new_rows: bool = False) -> None:
    """Write rows into a fresh pack database (finalised plans are frozen after their content).
    ``only_new_rows``: a cover return, which carries only the rows added, not the records they
    belong to (already on the PA's laptop), so foreign keys are not checked in it."""
    if only_new_rows:
        db.execute("PRAGMA foreign_keys = OFF")
    final_plans = []
    for table, rows in tables.items():
        if not rows:
            continue
        if table == "plans":
            final_plans = [r["id"] for r in rows if r["status"] == "final"]
            rows = [dict(r, status="draft") for r in rows]
        db[table].insert_all(rows, batch_size=500)
    for i in range(0, len(final_plans), 500):
        chunk = final_plans[i:i + 500]
        db.execute(f"UPDATE plans SET status = 'final' WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    db.conn.commit()


def read_rows(db: sqlite_utils.Database) -> dict[str, list[dict]]:
    existing = set(db.table_names())
    tables = {"teams": [], "workers": []}
    for t in ("teams", "workers"):
        if t in existing:
            tables[t] = list(db.query(f"SELECT * FROM [{t}]"))
    for table, _ in PACK_TABLES:
        if table in existing:
            tables[table] = list(db.query(f"SELECT * FROM [{table}]"))
    return tables


def match_workers(store: Store, workers: list[dict]) -> dict[str, str]:
    """Map the other laptop's worker ids to this store's: same id, else same name; others are added."""
    mine = store.query("SELECT id, name FROM workers")
    by_id = {w["id"] for w in mine}
    by_name = {w["name"].casefold(): w["id"] for w in mine}
    mapping: dict[str, str] = {}
    for w in workers:
        if w["id"] in by_id:
            mapping[w["id"]] = w["id"]
        elif w["name"].casefold() in by_name:
            mapping[w["id"]] = by_name[w["name"].casefold()]
    return mapping


def merge_rows(store: Store, tables: dict[str, list[dict]], *, actor_label: str) -> dict[str, int]:
    """Bring rows from another laptop into this store, inside the caller's transaction.

    New rows are added; rows already here are brought up to date, except legal records, which
    are only ever added. Workers are matched by id or name (new ones added). Returns counts of
    rows added or changed, by table. Nothing is written if a row is refused (the caller's
    transaction rolls back).
    """
    db = store.db
    counts: dict[str, int] = defaultdict(int)
    teams_here = {r["id"] for r in store.query("SELECT id FROM teams")}
    team_names = {r["name"].casefold(): r["id"] for r in store.query("SELECT id, name FROM teams")}
    team_map = {}
    for t in tables.get("teams", []):
        if t["id"] in teams_here:
            team_map[t["id"]] = t["id"]
        elif t["name"].casefold() in team_names:
            team_map[t["id"]] = team_names[t["name"].casefold()]
        else:
            db["teams"].insert(t)
            team_map[t["id"]] = t["id"]
            counts["teams"] += 1
    mapping = match_workers(store, tables.get("workers", []))
    for w in tables.get("workers", []):
        if w["id"] not in mapping:
            db["workers"].insert(dict(w, team_id=team_map.get(w.get("team_id"), w.get("team_id")), active=0))
            mapping[w["id"]] = w["id"]
            counts["workers"] += 1
    final_plans = []
    for table, _ in PACK_TABLES:
        rows = tables.get(table) or []
        if not rows:
            continue
        existing_cols = set(db[table].columns_dict)
        ids = [r["id"] for r in rows]
        present = {r["id"]: r for r in _select_in(store, table, "id", ids)}
        for r in rows:
            row = {k: (mapping.get(v, v) if k in WORKER_COLUMNS else v) for k, v in r.items() if k in existing_cols}
            if table == "plans" and row["status"] == "final" and row["id"] not in present:
                final_plans.append(row["id"])
                row = dict(row, status="draft")
            if row["id"] not in present:
                db[table].insert(row)
                counts[table] += 1
            elif table not in APPEND_ONLY:
                old = present[row["id"]]
                changes = {k: v for k, v in row.items() if k != "id" and old.get(k) != v}
                if table == "plans" and old.get("status") == "final":
                    changes = {}  # a finalised version is already as it will always be
                if table == "young_people":
                    changes.pop("cover_pack_id", None)
                if changes:
                    db[table].update(row["id"], changes)
                    counts[table] += 1
    for i in range(0, len(final_plans), 500):
        chunk = final_plans[i:i + 500]
        db.execute(f"UPDATE plans SET status = 'final' WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    if counts:
        store.audit("cover_merge", "cover_exchanges", None, sorted(counts),
                    f"{actor_label}: " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    return dict(counts)


# -- cover returns: only what a return may carry ------------------------------------------------------

# What a cover return carries: the duty worker's own new rows, nothing else. Who sent it
# (one worker, one team) comes with it to name them.
RETURN_TABLES = ("contacts", "contact_amendments", "contact_followups", "plan_action_updates", "contingency_checks",
                 "cover_notes")
SENDER_TABLES = ("workers", "teams")
_RETURN_HOUSEKEEPING = {"pack_manifest", "_sqlite_migrations", "sqlite_sequence", "sqlite_stat1"}


def read_return(db: sqlite_utils.Database) -> tuple[dict[str, list[dict]], list[str]]:
    """The return's own rows, and the tables holding anything else (which refuse it whole).
    Full-text indexes are derived from the contacts and never read."""
    tables = {t: [] for t in RETURN_TABLES + SENDER_TABLES}
    others = []
    for name in db.table_names():
        if name in tables:
            tables[name] = list(db.query(f"SELECT * FROM [{name}]"))
        elif name not in _RETURN_HOUSEKEEPING and "_fts" not in name:
            if db.execute(f"SELECT EXISTS (SELECT 1 FROM [{name}])").fetchone()[0]:
                others.append(name)
    return tables, others


def ids_present(store: Store, table: str, ids: list[str]) -> set[str]:
    return {r["id"] for r in _select_in(store, table, "id", ids)}


def people_of(store: Store, table: str, ids: list[str], how: str) -> dict[str, str]:
    """For rows of ``table`` (contacts, plan_actions, plan_contingencies), the young person each
    belongs to (``how``: the SQL from ``table`` to its person)."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in store.query(f"SELECT t.id, {how} AS person_id FROM [{table}] t "
                             f"{'JOIN plans p ON p.id = t.plan_id' if table != 'contacts' else ''} "
                             f"WHERE t.id IN ({','.join('?' * len(chunk))})", chunk):
            out[r["id"]] = r["person_id"]
    return out


def add_return_rows(store: Store, table: str, rows: list[dict], mapping: dict[str, str]) -> int:
    """Add a return's rows (checked by the caller) through the store's own write path."""
    columns = set(store.db[table].columns_dict)
    for r in rows:
        store.insert(table, {k: (mapping.get(v, v) if k in WORKER_COLUMNS else v) for k, v in r.items() if k in columns})
    return len(rows)


def pack_people(store: Store, exported: dict) -> set[str]:
    """The young people a pack carried (recorded when it was made); for a pack made before
    that was recorded, the absent PA's young people now."""
    try:
        ids = json.loads(exported.get("counts") or "{}").get("person_ids")
    except ValueError:
        ids = None
    if isinstance(ids, list):
        return {str(i) for i in ids}
    return {r["id"] for r in store.query("SELECT id FROM young_people WHERE allocated_pa_id = ?", [exported["absent_pa_id"]])}


def return_for_pack(store: Store, pack_id: str) -> dict | None:
    """The return already taken in for this pack, if any."""
    for r in exchanges(store, "return_imported"):
        try:
            if json.loads(r.get("counts") or "{}").get("pack_id") == pack_id:
                return r
        except ValueError:
            continue
    return None
