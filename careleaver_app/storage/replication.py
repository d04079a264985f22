"""Which of the laptop's tables a team server keeps, and what kind of record each holds.

One description, used by both ends: the laptop (which tables queue operations, how a row
reaches its young person, which rows go when a young person leaves the laptop's scope) and the
server (its tables are made from the laptop's own schema, with the same kinds).

- **Person tables** belong to one young person: ``young_people`` itself, every table with a
  ``person_id``, and child tables reached through a foreign key (``plan_sections`` through
  ``plans``, ``contact_amendments`` through ``contacts``…). Found from the schema, so a new
  table is classified without being listed here.
- **Council tables** belong to the council: teams, workers, absences (and the council's
  settings, a few keys of ``settings``).
- **Legal records** (CLR 2010 reg 8(1)(d): the PA keeps a written record of contacts and
  services; contacts, amendments, action updates, contingency checks, suitability judgements,
  in-touch decisions, sign-off, cover notes) are insert-only: their content columns never
  change, so they never conflict (``FROZEN``). In-touch decisions and contacts' follow-ups have
  columns that record progress afterwards and stay editable.
- **Laptop-only**: the audit chain (the server keeps its own), migrations, full-text indexes,
  cover-pack bookkeeping and the sync machinery itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Never leave the laptop.
LAPTOP_ONLY = {"audit_log", "_sqlite_migrations", "sqlite_sequence", "cover_exchanges", "settings"}
LAPTOP_ONLY_PREFIXES = ("sync_",)

COUNCIL_TABLES = ("teams", "workers", "absences")

# Settings that are the council's (a team manager changes them; every laptop of the team
# follows), kept on the server in council_settings. Every other key is the laptop's own
# (who is signed in, the team folder, the sync state).
COUNCIL_SETTING_KEYS = ("local_settings", "entitlement_types", "crisis_lines", "bank_holidays")

# Legal records: content columns that never change once written (None: every column).
FROZEN: dict[str, tuple[str, ...] | None] = {
    "contacts": None,
    "contact_amendments": None,
    "plan_action_updates": None,
    "contingency_checks": None,
    "plan_oversight": None,
    "suitability_assessments": None,
    "cover_notes": None,
    "in_touch_decisions": ("person_id", "status", "decided_on", "reason"),
    "contact_followups": ("contact_id", "person_id", "what", "owner", "due_date", "to_plan"),
    # Issue 25: an offer of support to 25 and a Staying Close assessment are kept as made; a
    # request to another body keeps what was asked, of whom and when (its answer comes later).
    "pa_offers": None,
    "staying_close_assessments": None,
    "agency_requests": ("person_id", "body_kind", "body_name", "what", "asked_on", "duty_to_refer", "consent"),
    "plan_copies": None,
    "plan_copy_replies": None,
    "life_stories": None,
}

# The date a legal record is "as at", for access checked on the record's own day (a contact
# logged offline during cover is accepted after the cover has ended).
RECORD_DATE = {
    "contacts": "occurred_at",
    "contact_amendments": "created_at",
    "contact_followups": "created_at",
    "plan_action_updates": "on_date",
    "contingency_checks": "checked_on",
    "cover_notes": "created_at",
    "chronology_events": "on_date",
    "review_requests": "requested_on",
    "in_touch_decisions": "decided_on",
    "pa_offers": "offered_on",
    "staying_close_assessments": "assessed_on",
    "agency_requests": "asked_on",
    "plan_copies": "given_on",
    "plan_copy_replies": "replied_on",
    "life_stories": "written_on",
}

# A draft plan is saved whole: every save moves the plan's revision on, and a save (or the
# finalising) made from an older revision than the server's is kept as a conflict, whole.
DRAFT_GUARD = ("plans", "draft_revision")
# Finalised versions are legal records too: only these progress columns change afterwards
# (the laptop's triggers in migration 0002 say the same).
PLAN_TABLES = ("plans", "plan_sections", "plan_actions", "plan_contingencies")
FINAL_PROGRESS = {"plans": (), "plan_sections": (), "plan_actions": ("status", "done_date", "status_reason"),
                  "plan_contingencies": ("next_check_by", "last_checked")}

STAMPS = ("created_at", "updated_at", "updated_by")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQLite's declared type: TEXT, INTEGER, FLOAT
    not_null: bool
    default: str | None  # an SQL literal
    pk: bool


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    # How a row reaches its young person: "self" (young_people), "person_id", or the
    # (column, parent table) of the foreign key that leads to one; None for council tables.
    scope: str | tuple[str, str] | None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def frozen(self) -> tuple[str, ...]:
        if self.name not in FROZEN:
            return ()
        cols = FROZEN[self.name]
        return tuple(c for c in (cols if cols is not None else self.column_names) if c not in ("id",) + STAMPS[1:])

    @property
    def legal(self) -> bool:
        return self.name in FROZEN


def is_replicated(name: str) -> bool:
    return not (name in LAPTOP_ONLY or name.startswith(LAPTOP_ONLY_PREFIXES) or "_fts" in name)


def describe(conn) -> dict[str, Table]:
    """The replicated tables of the schema on ``conn`` (a laptop store), parents before children."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    names = [n for n in names if is_replicated(n)]
    columns = {n: tuple(Column(r[1], (r[2] or "TEXT").upper(), bool(r[3]), r[4], bool(r[5]))
                        for r in conn.execute(f"PRAGMA table_info([{n}])")) for n in names}
    fks = {n: [(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list([{n}])")] for n in names}

    scopes: dict[str, str | tuple[str, str] | None] = {}

    def scope_of(n: str, seen=()) -> str | tuple[str, str] | None:
        if n in scopes:
            return scopes[n]
        if n == "young_people":
            s = "self"
        elif n in COUNCIL_TABLES:
            s = None
        elif "person_id" in (c.name for c in columns[n]):
            s = "person_id"
        else:
            s = None
            for col, parent in fks[n]:
                if parent in columns and parent not in seen and scope_of(parent, seen + (n,)) is not None:
                    s = (col, parent)
                    break
        scopes[n] = s
        return s

    for n in names:
        scope_of(n)
    ordered: list[str] = []

    def visit(n: str, path=()) -> None:
        if n in ordered or n in path:
            return
        for _col, parent in fks[n]:
            if parent in columns:
                visit(parent, path + (n,))
        ordered.append(n)

    for n in names:
        visit(n)
    return {n: Table(n, columns[n], scopes[n]) for n in ordered}


@lru_cache(maxsize=1)
def this_builds_tables() -> dict[str, Table]:
    """The replicated tables as this build's migrations make them (a fresh in-memory store)."""
    from .database import open_connection

    conn = open_connection(None)
    try:
        return describe(conn)
    finally:
        conn.close()


def person_rows_sql(table: Table, tables: dict[str, Table], alias: str = "t") -> tuple[str, str]:
    """(FROM-and-JOIN clause, the expression for the row's young person) for SQL over ``table``."""
    joins, expr, current, cur_alias, depth = [], None, table, alias, 0
    while True:
        scope = current.scope
        if scope == "self":
            expr = f"{cur_alias}.id"
            break
        if scope == "person_id":
            expr = f"{cur_alias}.person_id"
            break
        if scope is None:
            raise ValueError(f"{table.name} does not belong to a young person")
        col, parent = scope
        depth += 1
        p_alias = f"p{depth}"
        joins.append(f"JOIN [{parent}] {p_alias} ON {p_alias}.id = {cur_alias}.[{col}]")
        current, cur_alias = tables[parent], p_alias
    return f"[{table.name}] {alias} " + " ".join(joins), expr
