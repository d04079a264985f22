"""Young people, their care periods, key people and allocations: rows <-> dataclasses."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from ..domain.dates import from_iso, iso
from ..domain.eligibility import CarePeriod
from ..domain.people import Allocation, KeyPerson, Role, Team, Worker, YoungPerson
from .store import Store, utc_now

_BOOL_FIELDS = ("has_disability", "uasc", "interpreter_needed", "support_requested_to_25", "in_education_or_training", "edt_alert")
_TEXT_FIELDS = (
    "legal_name", "preferred_name", "pronouns", "gender", "ethnicity", "disability", "immigration_status",
    "phone", "email", "address", "contact_preference", "language", "risks", "safety_notes",
)


def person_to_row(p: YoungPerson) -> dict:
    row = {f: (getattr(p, f) or "").strip() if isinstance(getattr(p, f), str) else getattr(p, f) for f in _TEXT_FIELDS}
    row.update({f: int(bool(getattr(p, f))) for f in _BOOL_FIELDS})
    row["la_id"] = p.la_id.strip() or None
    row["dob"] = iso(p.dob)
    row["returned_home_from"] = iso(p.returned_home_from)
    return row


def row_to_person(row: dict) -> YoungPerson:
    kwargs = {f: row.get(f) or "" for f in _TEXT_FIELDS}
    kwargs.update({f: bool(row.get(f)) for f in _BOOL_FIELDS})
    return YoungPerson(
        **kwargs,
        dob=from_iso(row["dob"]),
        la_id=row.get("la_id") or "",
        returned_home_from=from_iso(row.get("returned_home_from")),
        id=row["id"],
        allocated_pa_id=row.get("allocated_pa_id"),
        archived_at=row.get("archived_at"),
        archived_reason=row.get("archived_reason") or "",
        died_on=from_iso(row.get("died_on")),
    )


# The day a death was recorded as happening (an in-touch decision DIED, which is final).
DIED_ON_SQL = "(SELECT min(d.decided_on) FROM in_touch_decisions d WHERE d.person_id = yp.id AND d.status = 'DIED')"


def _period(row: dict) -> CarePeriod:
    return CarePeriod(from_iso(row["start_date"]), from_iso(row["end_date"]), bool(row["short_breaks"]), row["id"])


def load_person(store: Store, person_id: str) -> YoungPerson | None:
    rows = store.query(f"SELECT yp.*, {DIED_ON_SQL} AS died_on FROM young_people yp WHERE yp.id = ?", [person_id])
    if not rows:
        return None
    p = row_to_person(rows[0])
    p.care_periods = [
        _period(r) for r in store.query("SELECT * FROM care_periods WHERE person_id = ? ORDER BY start_date", [person_id])
    ]
    p.key_people = [
        KeyPerson(r["name"], r["role"] or "", r["phone"] or "", r["organisation"] or "", r["notes"] or "", r["id"])
        for r in store.query("SELECT * FROM key_people WHERE person_id = ? ORDER BY position, name", [person_id])
    ]
    return p


def insert_person(store: Store, p: YoungPerson) -> str:
    """Insert the person and their child rows. Call inside a transaction."""
    row = person_to_row(p)
    if p.id:
        row["id"] = p.id
    row["allocated_pa_id"] = p.allocated_pa_id
    pid = store.insert("young_people", row)
    _write_children(store, pid, p)
    return pid


def update_person(store: Store, p: YoungPerson) -> None:
    """Update details, care periods and key people, row by row (only what changed). Call
    inside a transaction."""
    store.update("young_people", p.id, person_to_row(p))
    _write_children(store, p.id, p)


def _write_children(store: Store, pid: str, p: YoungPerson) -> None:
    store.sync_rows("care_periods", "person_id", pid, [
        {"id": cp.id, "start_date": iso(cp.start), "end_date": iso(cp.end), "short_breaks": int(cp.short_breaks)}
        for cp in p.care_periods])
    store.sync_rows("key_people", "person_id", pid, [
        {"id": kp.id, "position": i, "name": kp.name.strip(), "role": kp.role.strip(), "phone": kp.phone.strip(),
         "organisation": kp.organisation.strip(), "notes": kp.notes.strip()} for i, kp in enumerate(p.key_people)])


def set_archived(store: Store, person_id: str, archived: bool, reason: str = "") -> None:
    store.update("young_people", person_id, {"archived_at": utc_now() if archived else None, "archived_reason": reason if archived else ""})


def la_id_in_use(store: Store, la_id: str, except_id: str | None) -> bool:
    return bool(store.scalar("SELECT count(*) FROM young_people WHERE la_id = ? AND id IS NOT ?", [la_id, except_id]))


def caseload_rows(store: Store, *, include_archived: bool = False, pa_ids: list[str] | None = None,
                  person_ids: list[str] | None = None) -> list[dict]:
    """One row per young person with their PA's name and team: the caseload's raw data (of
    everyone, or of those allocated to ``pa_ids``, or of ``person_ids``)."""
    where, params = [], []
    if not include_archived:
        where.append("yp.archived_at IS NULL")
    if person_ids is not None:
        where.append("yp.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(person_ids)))
    if pa_ids is not None:
        if not pa_ids:
            return []
        where.append(f"yp.allocated_pa_id IN ({','.join('?' * len(pa_ids))})")
        params.extend(pa_ids)
    sql = (
        "SELECT yp.id, yp.la_id, yp.legal_name, yp.preferred_name, yp.pronouns, yp.dob, yp.gender, yp.uasc, "
        "yp.returned_home_from, yp.support_requested_to_25, yp.in_education_or_training, yp.allocated_pa_id, "
        f"yp.archived_at, yp.edt_alert, {DIED_ON_SQL} AS died_on, w.name AS pa_name, w.team_id AS team_id "
        "FROM young_people yp LEFT JOIN workers w ON w.id = yp.allocated_pa_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.query(sql + " ORDER BY yp.legal_name", params)


def allocated_pas(store: Store, person_ids: list[str] | None = None) -> dict[str, str | None]:
    """Active young people (all, or those in ``person_ids``) -> their allocated PA's id."""
    where, params = ("AND id IN (SELECT value FROM json_each(?))", [json.dumps(list(person_ids))]) if person_ids is not None else ("", [])
    return {r["id"]: r["allocated_pa_id"] for r in store.query(
        f"SELECT id, allocated_pa_id FROM young_people WHERE archived_at IS NULL {where}", params)}


def names_by_id(store: Store) -> dict[str, dict]:
    """id -> legal_name, preferred_name, archived_at for everyone (search results, lists)."""
    return {r["id"]: r for r in store.query("SELECT id, legal_name, preferred_name, archived_at FROM young_people")}


def care_periods_by_person(store: Store, person_ids: list[str] | None = None) -> dict[str, list[CarePeriod]]:
    """Periods looked after, per person (everyone's, or those of ``person_ids``), oldest first."""
    out: dict[str, list[CarePeriod]] = defaultdict(list)
    for r in store.per_person("SELECT id, person_id, start_date, end_date, short_breaks FROM care_periods", person_ids,
                              " ORDER BY start_date"):
        out[r["person_id"]].append(_period(r))
    return out


# -- allocations ------------------------------------------------------------------------

def current_allocation(store: Store, person_id: str) -> dict | None:
    rows = store.query("SELECT * FROM allocations WHERE person_id = ? AND end_date IS NULL ORDER BY start_date DESC LIMIT 1", [person_id])
    return rows[0] if rows else None


def allocate(store: Store, person_id: str, worker_id: str | None, on: date, reason: str) -> None:
    """End the current allocation the day before ``on`` and start a new one. In a transaction."""
    cur = current_allocation(store, person_id)
    if cur is not None:
        store.update("allocations", cur["id"], {"end_date": iso(on)})
    store.insert("allocations", {"person_id": person_id, "worker_id": worker_id, "start_date": iso(on), "end_date": None, "reason": reason})
    store.update("young_people", person_id, {"allocated_pa_id": worker_id})


def allocation_history(store: Store, person_id: str) -> list[Allocation]:
    rows = store.query(
        "SELECT a.*, w.name AS worker_name FROM allocations a LEFT JOIN workers w ON w.id = a.worker_id "
        "WHERE a.person_id = ? ORDER BY a.start_date, a.created_at",
        [person_id],
    )
    out: list[Allocation] = []
    prev = ""
    for r in rows:
        name = r["worker_name"] or "Unallocated"
        out.append(Allocation(r["id"], r["worker_id"], name, from_iso(r["start_date"]), from_iso(r["end_date"]), r["reason"] or "", prev))
        prev = name
    return out


def allocation_starts_since(store: Store, since: date) -> dict[str, int]:
    """Per person, how many allocations started on or after ``since`` (PA changes)."""
    rows = store.query(
        "SELECT person_id, count(*) AS n FROM allocations WHERE start_date >= ? GROUP BY person_id", [iso(since)]
    )
    return {r["person_id"]: r["n"] for r in rows}


def first_allocation_dates(store: Store, person_ids: list[str] | None = None) -> dict[str, str]:
    """Per person, the day they were first allocated (ISO): everyone's, or those of ``person_ids``."""
    return {r["person_id"]: r["first"] for r in store.per_person(
        "SELECT person_id, min(start_date) AS first FROM allocations", person_ids, " GROUP BY person_id")}


# -- workers and teams ---------------------------------------------------------------------

def _worker(r: dict) -> Worker:
    return Worker(r["id"], r["name"], Role(r["role"]), r.get("team_id"), r.get("phone") or "", r.get("email") or "",
                  bool(r.get("active", 1)), r.get("team_name") or "")


def list_workers(store: Store, *, include_inactive: bool = False) -> list[Worker]:
    sql = "SELECT w.*, t.name AS team_name FROM workers w LEFT JOIN teams t ON t.id = w.team_id"
    if not include_inactive:
        sql += " WHERE w.active = 1"
    return [_worker(r) for r in store.query(sql + " ORDER BY w.name")]


def get_worker(store: Store, worker_id: str) -> Worker | None:
    rows = store.query("SELECT w.*, t.name AS team_name FROM workers w LEFT JOIN teams t ON t.id = w.team_id WHERE w.id = ?", [worker_id])
    return _worker(rows[0]) if rows else None


def list_teams(store: Store) -> list[Team]:
    return [Team(r["id"], r["name"], r["duty_phone"] or "") for r in store.query("SELECT * FROM teams ORDER BY name")]


def caseload_counts(store: Store) -> dict[str | None, int]:
    rows = store.query(
        "SELECT allocated_pa_id, count(*) AS n FROM young_people WHERE archived_at IS NULL GROUP BY allocated_pa_id"
    )
    return {r["allocated_pa_id"]: r["n"] for r in rows}
