"""Whole-service reads for the statutory returns and the dashboard: one query per kind of fact."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..domain.dates import from_iso, iso
from .contacts import REACHED_SQL
from .plans import PLAN_DATE_SQL
from .store import Store


def people_rows(store: Store, *, include_archived: bool = True) -> list[dict]:
    sql = ("SELECT id, la_id, legal_name, dob, gender, ethnicity, uasc, has_disability, support_requested_to_25, "
           "in_education_or_training, returned_home_from, allocated_pa_id, archived_at FROM young_people")
    if not include_archived:
        sql += " WHERE archived_at IS NULL"
    return store.query(sql)


def contact_days(store: Store, since: date, until: date) -> dict[str, list[tuple[date, bool]]]:
    """Per person, each day from ``since`` to ``until`` with a contact, and whether any contact
    that day reached them (a two-way contact: ``REACHED_SQL``), oldest first."""
    rows = store.query(
        f"SELECT person_id, substr(occurred_at, 1, 10) AS day, max({REACHED_SQL}) AS ok "
        "FROM contacts c WHERE occurred_at >= ? AND occurred_at <= ? GROUP BY person_id, day ORDER BY person_id, day",
        [iso(since), iso(until) + "T23:59"])
    out: dict[str, list[tuple[date, bool]]] = defaultdict(list)
    for r in rows:
        out[r["person_id"]].append((date.fromisoformat(r["day"]), bool(r["ok"])))
    return out


def allocation_on(store: Store, as_at: date) -> dict[str, str | None]:
    """Per person, the worker allocated on ``as_at`` (an allocation ends the day the next starts)."""
    rows = store.query(
        "SELECT person_id, worker_id FROM allocations WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) "
        "ORDER BY start_date, created_at", [iso(as_at), iso(as_at)])
    return {r["person_id"]: r["worker_id"] for r in rows}


def allocation_starts_between(store: Store, since: date, until: date) -> dict[str, int]:
    """Per person, how many allocations started in [since, until] (PA changes)."""
    rows = store.query("SELECT person_id, count(*) AS n FROM allocations WHERE start_date >= ? AND start_date <= ? GROUP BY person_id",
                       [iso(since), iso(until)])
    return {r["person_id"]: r["n"] for r in rows}


def social_workers(store: Store) -> dict[str, str]:
    """Per person, the first key person recorded with the role "Social worker" (Annex A AllocatedWorker)."""
    out: dict[str, str] = {}
    for r in store.query("SELECT person_id, name FROM key_people WHERE role = 'Social worker' ORDER BY position, name"):
        out.setdefault(r["person_id"], r["name"])
    return out


def latest_plan_dates(store: Store, as_at: date) -> dict[str, date]:
    """Per person, the date of their latest finalised pathway plan or review (Annex A
    LatestPathwayPlan: Plan.plan_date) on or before ``as_at``."""
    rows = store.query(f"SELECT person_id, max({PLAN_DATE_SQL}) AS d FROM plans WHERE status = 'final' AND {PLAN_DATE_SQL} <= ? "
                       "GROUP BY person_id", [iso(as_at)])
    return {r["person_id"]: from_iso(r["d"]) for r in rows}
