"""Schema, only through ``sqlite_utils.Migrations``.

The steps are listed here without importing sqlite-utils: opening an up-to-date store (every
start of the app) only reads which steps it has, with one query. sqlite-utils, which takes
longer to import than the rest of the start-up (benchmarks/run.py), is loaded only when a step
is to be applied.

Rules: every table has a UUID text ``id`` (except key/value tables), ``created_at``,
``updated_at`` and ``updated_by``; dates are ISO ``YYYY-MM-DD`` text, timestamps ISO
UTC. Never edit an applied migration: add a new one at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .errors import NewerDatabase, NotADatabase, StoreError
from .raw import raw_connection

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "careleaver_app"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations keeps its record here


class _Steps:
    """The migration steps in order, registered as with ``sqlite_utils.Migrations`` (the same
    decorator), which applies them (see :func:`migrate`)."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, Callable]] = []

    def __call__(self, *, name: str):
        def register(fn: Callable) -> Callable:
            if any(n == name for n, _ in self.steps):
                raise ValueError(f"migration {name} is registered twice")
            self.steps.append((name, fn))
            return fn
        return register

    def sqlite_utils(self):
        from sqlite_utils import Migrations

        real = Migrations(MIGRATION_SET)
        for name, fn in self.steps:
            real(name=name)(fn)
        return real


migrations = _Steps()

STD = {"created_at": str, "updated_at": str, "updated_by": str}


def _table(db, name, columns, *, pk="id", fks=(), not_null=(), defaults=None, indexes=()):
    cols = {"id": str} if pk == "id" else {}
    cols.update(columns)
    cols.update(STD)
    db[name].create(cols, pk=pk, foreign_keys=list(fks), not_null=set(not_null) | ({"id"} if pk == "id" else set()), defaults=defaults or {})
    for idx in indexes:
        unique = False
        if isinstance(idx, tuple) and idx and idx[0] == "unique":
            unique, idx = True, idx[1:]
        db[name].create_index(list(idx) if isinstance(idx, tuple) else [idx], unique=unique)


@migrations(name="0001_foundation")
def m0001_foundation(db: sqlite_utils.Database) -> None:
    _table(db, "settings", {"key": str, "value": str}, pk="key")
    _table(db, "teams", {"name": str, "duty_phone": str}, not_null={"name"})
    _table(
        db, "workers",
        {"name": str, "role": str, "team_id": str, "phone": str, "email": str, "active": int},
        fks=[("team_id", "teams", "id")], not_null={"name", "role"}, defaults={"active": 1},
        indexes=["team_id"],
    )
    _table(
        db, "young_people",
        {
            "la_id": str, "legal_name": str, "preferred_name": str, "pronouns": str, "dob": str,
            "gender": str, "ethnicity": str, "has_disability": int, "disability": str,
            "uasc": int, "immigration_status": str, "phone": str, "email": str, "address": str,
            "contact_preference": str, "language": str, "interpreter_needed": int,
            "returned_home_from": str, "support_requested_to_25": int, "in_education_or_training": int,
            "risks": str, "safety_notes": str, "edt_alert": int,
            "allocated_pa_id": str, "archived_at": str, "archived_reason": str,
        },
        fks=[("allocated_pa_id", "workers", "id")],
        not_null={"legal_name", "dob"},
        defaults={"has_disability": 0, "uasc": 0, "interpreter_needed": 0, "support_requested_to_25": 0,
                  "in_education_or_training": 0, "edt_alert": 0},
        indexes=[("unique", "la_id"), "allocated_pa_id", "archived_at"],
    )
    _table(
        db, "care_periods",
        {"person_id": str, "start_date": str, "end_date": str, "short_breaks": int},
        fks=[("person_id", "young_people", "id")], not_null={"person_id", "start_date"},
        defaults={"short_breaks": 0}, indexes=["person_id"],
    )
    _table(
        db, "key_people",
        {"person_id": str, "position": int, "name": str, "role": str, "phone": str, "organisation": str, "notes": str},
        fks=[("person_id", "young_people", "id")], not_null={"person_id", "name"}, indexes=["person_id"],
    )
    _table(
        db, "allocations",
        {"person_id": str, "worker_id": str, "start_date": str, "end_date": str, "reason": str},
        fks=[("person_id", "young_people", "id"), ("worker_id", "workers", "id")],
        not_null={"person_id", "start_date"}, indexes=["person_id", "worker_id"],
    )



def _freeze_when_final(db, table: str, content_columns: list[str], plan_id_expr: str = "plan_id") -> None:
    """Triggers: rows of a finalised plan version cannot be added, removed or have their
    content changed (legal records are amended by a new version, never overwritten)."""
    final_new = f"(SELECT status FROM plans WHERE id = NEW.{plan_id_expr}) = 'final'"
    final_old = f"(SELECT status FROM plans WHERE id = OLD.{plan_id_expr}) = 'final'"
    changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in content_columns)
    db.execute(f"""CREATE TRIGGER {table}_final_insert BEFORE INSERT ON {table} WHEN {final_new}
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")
    db.execute(f"""CREATE TRIGGER {table}_final_delete BEFORE DELETE ON {table} WHEN {final_old}
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")
    db.execute(f"""CREATE TRIGGER {table}_final_update BEFORE UPDATE ON {table} WHEN {final_old} AND ({changed})
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")


@migrations(name="0002_pathway_plans")
def m0002_pathway_plans(db: sqlite_utils.Database) -> None:
    plan_cols = ["person_id", "version", "status", "start_date", "review_date", "review_reason", "pa_id", "pa_name",
                 "participants", "views", "views_not_recorded_reason", "disagreements", "copy_given_date",
                 "finalised_at", "finalised_by"]
    _table(
        db, "plans",
        {"person_id": str, "version": int, "status": str, "start_date": str, "review_date": str, "review_reason": str,
         "pa_id": str, "pa_name": str, "participants": str, "views": str, "views_not_recorded_reason": str,
         "disagreements": str, "copy_given_date": str, "finalised_at": str, "finalised_by": str},
        fks=[("person_id", "young_people", "id"), ("pa_id", "workers", "id")],
        not_null={"person_id", "version", "status"},
        indexes=[("unique", "person_id", "version"), "status"],
    )
    # A finalised version is frozen entirely; a draft can be finalised (its status changes).
    db.execute(f"""CREATE TRIGGER plans_final_update BEFORE UPDATE ON plans WHEN OLD.status = 'final'
        AND ({" OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in plan_cols)})
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")
    db.execute("""CREATE TRIGGER plans_final_delete BEFORE DELETE ON plans WHEN OLD.status = 'final'
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")
    _table(db, "plan_sections", {"plan_id": str, "section": str, "need": str, "own_words": str},
           fks=[("plan_id", "plans", "id")], not_null={"plan_id", "section"}, indexes=[("unique", "plan_id", "section")])
    _freeze_when_final(db, "plan_sections", ["plan_id", "section", "need", "own_words"])
    _table(
        db, "plan_actions",
        {"plan_id": str, "section": str, "position": int, "what": str, "owner_kind": str, "owner_name": str,
         "target_date": str, "status": str, "done_date": str, "status_reason": str},
        fks=[("plan_id", "plans", "id")], not_null={"plan_id", "section", "what", "owner_kind", "status"},
        indexes=["plan_id", ("status", "target_date")],
    )
    # Status (done / no longer needed) is progress on the plan, tracked with its history in
    # plan_action_updates; what, who and by when are the plan itself and are frozen.
    _freeze_when_final(db, "plan_actions", ["plan_id", "section", "position", "what", "owner_kind", "owner_name", "target_date"])
    _table(db, "plan_action_updates", {"action_id": str, "status": str, "on_date": str, "reason": str},
           fks=[("action_id", "plan_actions", "id")], not_null={"action_id", "status"}, indexes=["action_id"])
    _table(
        db, "plan_contingencies",
        {"plan_id": str, "section": str, "position": int, "kind": str, "trigger_text": str, "response": str,
         "escalation": str, "who": str, "check_by": str, "next_check_by": str, "last_checked": str},
        fks=[("plan_id", "plans", "id")], not_null={"plan_id", "kind", "trigger_text", "response", "who"},
        indexes=["plan_id", "next_check_by"],
    )
    _freeze_when_final(db, "plan_contingencies",
                       ["plan_id", "section", "position", "kind", "trigger_text", "response", "escalation", "who", "check_by"])
    _table(db, "contingency_checks", {"contingency_id": str, "checked_on": str, "note": str, "next_check_by": str},
           fks=[("contingency_id", "plan_contingencies", "id")], not_null={"contingency_id", "checked_on"},
           indexes=["contingency_id"])
    _table(db, "plan_oversight",
           {"plan_id": str, "manager_id": str, "manager_name": str, "decision": str, "comment": str, "on_date": str},
           fks=[("plan_id", "plans", "id"), ("manager_id", "workers", "id")], not_null={"plan_id", "decision", "on_date"},
           indexes=["plan_id"])
    _table(db, "review_requests",
           {"person_id": str, "source": str, "requested_on": str, "due_by": str, "reason": str,
            "resolved_by_plan_id": str, "withdrawn_reason": str, "withdrawn_at": str},
           fks=[("person_id", "young_people", "id"), ("resolved_by_plan_id", "plans", "id")],
           not_null={"person_id", "source", "requested_on", "due_by"}, indexes=["person_id"])



FTS_TOKENIZE = "unicode61 remove_diacritics 2"  # "zoe" finds Zoë; hyphens split words


def _no_change(db, table: str, what: str, columns: list[str] | None = None) -> None:
    """Legal records: rows can be added, never deleted, and (listed) columns never changed."""
    db.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, '{what} are legal records and cannot be deleted'); END""")
    if columns:
        changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in columns)
        db.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} WHEN {changed}
            BEGIN SELECT RAISE(ABORT, '{what} are legal records: correct them with an amendment'); END""")


@migrations(name="0003_keeping_in_touch")
def m0003_keeping_in_touch(db: sqlite_utils.Database) -> None:
    contact_cols = ["person_id", "occurred_at", "ended_at", "contact_type", "worker_id", "worker_name", "covering",
                    "seen", "seen_alone", "location", "summary", "significant"]
    _table(
        db, "contacts",
        {"person_id": str, "occurred_at": str, "ended_at": str, "contact_type": str, "worker_id": str, "worker_name": str,
         "covering": int, "seen": int, "seen_alone": int, "location": str, "summary": str, "significant": int},
        fks=[("person_id", "young_people", "id"), ("worker_id", "workers", "id")],
        not_null={"person_id", "occurred_at", "contact_type"}, defaults={"covering": 0, "seen": 0, "seen_alone": 0, "significant": 0},
        indexes=[("person_id", "occurred_at"), "worker_id"],
    )
    _no_change(db, "contacts", "contact records", contact_cols)
    _table(db, "contact_amendments",
           {"contact_id": str, "summary": str, "reason": str, "changes": str, "amended_by": str, "amended_by_name": str},
           fks=[("contact_id", "contacts", "id")], not_null={"contact_id", "summary", "reason"}, indexes=["contact_id"])
    _no_change(db, "contact_amendments", "contact amendments", ["contact_id", "summary", "reason", "changes", "amended_by", "created_at"])
    _table(db, "contact_followups",
           {"contact_id": str, "person_id": str, "what": str, "owner": str, "due_date": str, "to_plan": int,
            "done_on": str, "plan_action_id": str},
           fks=[("contact_id", "contacts", "id"), ("person_id", "young_people", "id")],
           not_null={"contact_id", "person_id", "what"}, defaults={"to_plan": 0}, indexes=["person_id", "contact_id"])
    _table(db, "in_touch_decisions",
           {"person_id": str, "status": str, "decided_on": str, "reason": str, "ended_on": str, "ended_reason": str},
           fks=[("person_id", "young_people", "id")], not_null={"person_id", "status", "decided_on"}, indexes=["person_id"])
    _table(db, "contact_cadences",
           {"person_id": str, "days": int, "reason": str, "from_date": str, "until_date": str},
           fks=[("person_id", "young_people", "id")], not_null={"person_id", "days", "from_date"}, indexes=["person_id"])
    _table(db, "chronology_events",
           {"person_id": str, "on_date": str, "title": str, "detail": str},
           fks=[("person_id", "young_people", "id")], not_null={"person_id", "on_date", "title"}, indexes=["person_id"])
    for table, columns in (("contacts", ["summary"]), ("contact_amendments", ["summary"]),
                           ("plan_sections", ["need", "own_words"]), ("plan_actions", ["what"]),
                           ("young_people", ["legal_name", "preferred_name", "la_id"]),
                           ("chronology_events", ["title", "detail"])):
        db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE)



@migrations(name="0004_accommodation_and_eet")
def m0004_accommodation_and_eet(db: sqlite_utils.Database) -> None:
    person_fk = [("person_id", "young_people", "id")]
    _table(db, "accommodation_episodes",
           {"person_id": str, "accom_type": str, "start_date": str, "end_date": str, "address": str, "provider": str,
            "la_provided": int, "out_of_area": int, "area": str, "emergency": int, "notes": str},
           fks=person_fk, not_null={"person_id", "accom_type", "start_date"},
           defaults={"la_provided": 0, "out_of_area": 0, "emergency": 0}, indexes=[("person_id", "start_date")])
    _table(db, "suitability_assessments",
           {"person_id": str, "episode_id": str, "assessed_on": str, "overall": str, "reason": str, "answers": str,
            "young_person_views": str, "assessed_by": str},
           fks=person_fk + [("episode_id", "accommodation_episodes", "id")],
           not_null={"person_id", "episode_id", "assessed_on", "overall"}, indexes=["person_id", "episode_id"])
    _table(db, "arrangements",
           {"person_id": str, "kind": str, "start_date": str, "end_date": str, "carer": str, "support": str,
            "weekly_allowance": str, "notes": str},
           fks=person_fk, not_null={"person_id", "kind", "start_date"}, indexes=["person_id"])
    _table(db, "housing_applications",
           {"person_id": str, "district": str, "applied_on": str, "band": str, "outcome": str, "outcome_on": str,
            "reference": str, "notes": str},
           fks=person_fk, not_null={"person_id", "district", "applied_on"}, indexes=["person_id"])
    _table(db, "eet_episodes",
           {"person_id": str, "activ": str, "start_date": str, "end_date": str, "provider": str, "course_or_job": str,
            "hours_per_week": int, "he_bursary": int, "notes": str},
           fks=person_fk, not_null={"person_id", "activ", "start_date"}, defaults={"he_bursary": 0},
           indexes=[("person_id", "start_date")])
    _table(db, "entitlements",
           {"person_id": str, "code": str, "status": str, "status_on": str, "amount": int, "notes": str},
           fks=person_fk, not_null={"person_id", "code", "status"}, indexes=[("unique", "person_id", "code")])
    _table(db, "entitlement_spends",
           {"entitlement_id": str, "on_date": str, "amount": int, "what": str, "manager_note": str},
           fks=[("entitlement_id", "entitlements", "id")], not_null={"entitlement_id", "on_date", "amount", "what"},
           indexes=["entitlement_id"])
    _table(db, "local_offer_explanations",
           {"person_id": str, "on_date": str, "method": str, "by_name": str, "notes": str},
           fks=person_fk, not_null={"person_id", "on_date", "method"}, indexes=["person_id"])



@migrations(name="0005_health")
def m0005_health(db: sqlite_utils.Database) -> None:
    person_fk = [("person_id", "young_people", "id")]
    _table(db, "health_records",
           {"person_id": str, "gp_practice": str, "gp_phone": str, "gp_registered_on": str, "dentist": str, "optician": str,
            "allergies": str, "medicines": str, "passport_allergies": int, "passport_medicines": int,
            "last_health_assessment": str, "notes": str},
           fks=person_fk, not_null={"person_id"}, defaults={"passport_allergies": 0, "passport_medicines": 0},
           indexes=[("unique", "person_id")])
    _table(db, "health_needs",
           {"person_id": str, "position": int, "kind": str, "description": str, "how_met": str, "active": int, "in_passport": int},
           fks=person_fk, not_null={"person_id", "kind", "description"}, defaults={"active": 1, "in_passport": 1},
           indexes=["person_id"])
    _table(db, "mh_referrals",
           {"person_id": str, "service": str, "referred_on": str, "status": str, "response_due": str, "next_appointment": str,
            "notes": str},
           fks=person_fk, not_null={"person_id", "service", "referred_on", "status"}, indexes=["person_id"])
    _table(db, "health_handovers",
           {"person_id": str, "requested_on": str, "requested_from": str, "received_on": str, "received_by": str,
            "given_on": str, "given_format": str, "explained": int, "declined_on": str, "declined_reason": str,
            "pack_contents": str, "notes": str},
           fks=person_fk, not_null={"person_id"}, defaults={"explained": 0}, indexes=[("unique", "person_id")])
    _table(db, "health_consents",
           {"person_id": str, "given_on": str, "scope": str, "who_may_see": str, "review_by": str, "withdrawn_on": str,
            "withdrawn_reason": str},
           fks=person_fk, not_null={"person_id", "given_on", "scope"}, indexes=["person_id"])



@migrations(name="0006_audit_trail")
def m0006_audit_trail(db: sqlite_utils.Database) -> None:
    from .audit import create_schema

    create_schema(db)



@migrations(name="0007_duty_cover")
def m0007_duty_cover(db: sqlite_utils.Database) -> None:
    _table(db, "absences",
           {"worker_id": str, "kind": str, "start_date": str, "expected_return": str, "ended_on": str,
            "cover_worker_id": str, "out_of_hours": str, "notes": str},
           fks=[("worker_id", "workers", "id"), ("cover_worker_id", "workers", "id")],
           not_null={"worker_id", "kind", "start_date"}, indexes=["worker_id"])
    _table(db, "cover_assignments", {"absence_id": str, "person_id": str, "cover_worker_id": str},
           fks=[("absence_id", "absences", "id"), ("person_id", "young_people", "id"), ("cover_worker_id", "workers", "id")],
           not_null={"absence_id", "person_id", "cover_worker_id"}, indexes=["absence_id"])
    _table(db, "cover_exchanges",
           {"kind": str, "pack_id": str, "absent_pa_id": str, "absent_pa_name": str, "other_name": str, "absence_id": str,
            "counts": str, "file_name": str},
           not_null={"kind", "pack_id"}, indexes=["pack_id"])
    _table(db, "cover_notes", {"person_id": str, "note": str, "worker_id": str, "worker_name": str, "pack_id": str},
           fks=[("person_id", "young_people", "id")], not_null={"person_id", "note"}, indexes=["person_id"])
    # In a duty worker's store, records copied from a cover pack carry the pack's id.
    db["young_people"].add_column("cover_pack_id", str)


@migrations(name="0008_speed")
def m0008_speed(db: sqlite_utils.Database) -> None:
    """Indexes the county-scale benchmark showed were needed (benchmarks/run.py)."""
    # Each latest plan's open actions by date: the work tray and the caseload's late-action counts.
    db["plan_actions"].create_index(["plan_id", "status", "target_date"])


@migrations(name="0009_contact_walks")
def m0009_contact_walks(db: sqlite_utils.Database) -> None:
    """The keeping-in-touch facts (last contact, last seen, last visit, visits since a move)
    walk back along each person's contacts by date, skipping those that do not count: with
    whether they were seen and the kind of contact in the index, the walk never reads the
    contact itself (its notes). Replaces the (person_id, occurred_at) index it extends."""
    db["contacts"].create_index(["person_id", "occurred_at", "seen", "contact_type"])
    db.execute("DROP INDEX IF EXISTS idx_contacts_person_id_occurred_at")


@migrations(name="0010_contingency_check_dates")
def m0010_contingency_check_dates(db: sqlite_utils.Database) -> None:
    """The caseload counts each latest plan's contingency checks falling due from their dates
    alone: with both dates in the plan_id index, the count never reads the contingencies."""
    db["plan_contingencies"].create_index(["plan_id", "next_check_by", "check_by"])


@migrations(name="0011_team_sync")
def m0011_team_sync(db: sqlite_utils.Database) -> None:
    """A team laptop's side of syncing with the team server (storage/sync.py).

    - ``sync_outbox``: every change, queued in the same transaction as the change itself, until
      the server has applied it (each carries the values the worker saw and the local audit
      entry's hash);
    - ``sync_notices``: what the server said about a change it did not take as it was (a
      conflict kept for a manager, a change refused), for the worker to read;
    - ``sync_state``: where the server is, this laptop's device id and the pull watermark (not
      audited one by one: a sync is audited as one entry);
    - ``sync_scope_removal``: while a young person who is no longer in this laptop's scope is
      being removed, their legal records may be deleted from this laptop (never from the
      server); at every other time the triggers below refuse it, as before;
    - ``plans.draft_revision``: moves on at every save of a draft, so a draft saved (or
      finalised) from an older revision than the server's is kept as a conflict, whole.
    Nothing here is used by a standalone laptop, whose outbox stays empty."""
    db.execute("""CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, group_id TEXT NOT NULL, kind TEXT NOT NULL,
        table_name TEXT NOT NULL, record_id TEXT NOT NULL, person_id TEXT, "values" TEXT NOT NULL, seen TEXT,
        audit_hash TEXT, format INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_sync_outbox_record ON sync_outbox(table_name, record_id)")
    db.execute("""CREATE TABLE sync_notices (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, table_name TEXT, record_id TEXT, person_id TEXT,
        message TEXT NOT NULL, read_at TEXT)""")
    db.execute("CREATE TABLE sync_scope_removal (person_id TEXT PRIMARY KEY)")
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db["plans"].add_column("draft_revision", int, not_null_default=0)
    removing = "SELECT person_id FROM sync_scope_removal"
    for table, person in (("contacts", "OLD.person_id"),
                          ("contact_amendments", "(SELECT person_id FROM contacts WHERE id = OLD.contact_id)")):
        what = "contact records" if table == "contacts" else "contact amendments"
        db.execute(f"DROP TRIGGER {table}_no_delete")
        db.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} WHEN {person} NOT IN ({removing})
            BEGIN SELECT RAISE(ABORT, '{what} are legal records and cannot be deleted'); END""")
    db.execute("DROP TRIGGER plans_final_delete")
    db.execute(f"""CREATE TRIGGER plans_final_delete BEFORE DELETE ON plans WHEN OLD.status = 'final'
        AND OLD.person_id NOT IN ({removing})
        BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")
    for table in ("plan_sections", "plan_actions", "plan_contingencies"):
        db.execute(f"DROP TRIGGER {table}_final_delete")
        db.execute(f"""CREATE TRIGGER {table}_final_delete BEFORE DELETE ON {table}
            WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) = 'final'
            AND (SELECT person_id FROM plans WHERE id = OLD.plan_id) NOT IN ({removing})
            BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")


@migrations(name="0012_two_way_contacts")
def m0012_two_way_contacts(db: sqlite_utils.Database) -> None:
    """Whether a letter, email or text was answered (two-way: domain.contacts.reached; visits,
    meetings, calls and video calls are two-way by their type, whatever this holds). One logged
    before this step did not record an answer, so it is counted as one-way: every existing row
    keeps the default 0, as a team server's copy of it does when the server adds the column. The
    column joins the legal record's protected columns, and the keeping-in-touch walk's index
    (migration 0009) so that finding the last time someone was reached still never reads the
    contact."""
    db["contacts"].add_column("two_way", int, not_null_default=0)
    db.execute("DROP TRIGGER IF EXISTS contacts_no_update")
    columns = ["person_id", "occurred_at", "ended_at", "contact_type", "worker_id", "worker_name", "covering",
               "seen", "seen_alone", "location", "summary", "significant", "two_way"]
    changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in columns)
    db.execute(f"""CREATE TRIGGER contacts_no_update BEFORE UPDATE ON contacts WHEN {changed}
        BEGIN SELECT RAISE(ABORT, 'contact records are legal records: correct them with an amendment'); END""")
    db["contacts"].create_index(["person_id", "occurred_at", "seen", "contact_type", "two_way"])
    db.execute("DROP INDEX IF EXISTS idx_contacts_person_id_occurred_at_seen_contact_type")


@migrations(name="0013_team_work")
def m0013_team_work(db: sqlite_utils.Database) -> None:
    """The team's conflicts as the team server keeps them (storage/sync.py pulls those a worker
    may see: a manager their team's, anyone the ones their own changes made), read-only here;
    a manager resolves them on the server."""
    db.execute("""CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, table_name TEXT NOT NULL, record_id TEXT NOT NULL, person_id TEXT,
        field TEXT NOT NULL, seen_value TEXT, server_value TEXT, laptop_value TEXT, server_changed_by TEXT,
        worker_id TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT, resolution TEXT)""")
    db.execute("CREATE INDEX idx_sync_conflicts_person ON sync_conflicts(person_id)")
    # How the manager signing off was known to be themselves (their team login, or their own
    # passphrase on a standalone laptop); rows from before this step were not asked ("").
    db["plan_oversight"].add_column("signed_in", str, not_null_default="")
    # A finalised version's rows coming back from the team server (the laptop's own, echoed by the
    # pull; or another laptop's again after a conflict) arrive as an upsert, and SQLite runs BEFORE
    # INSERT triggers before it finds the row already there: only a row that is new is an
    # addition to a finalised version. Changes to a row already there are still judged by the
    # update trigger (content columns unchanged, or refused).
    for table in ("plan_sections", "plan_actions", "plan_contingencies"):
        db.execute(f"DROP TRIGGER {table}_final_insert")
        db.execute(f"""CREATE TRIGGER {table}_final_insert BEFORE INSERT ON {table}
            WHEN (SELECT status FROM plans WHERE id = NEW.plan_id) = 'final'
            AND NOT EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'finalised plan versions cannot be changed'); END""")


@migrations(name="0014_young_persons_copy")
def m0014_young_persons_copy(db: sqlite_utils.Database) -> None:
    """The young person's own copy and their record on request (issue 24).

    - ``plan_copies``: each time a copy of a plan version was given (format, channel, date, who
      it was given by, and who else it was shared with with the young person's agreement): a
      legal record (CLR 2010 reg 8(1)(d)), insert-only;
    - ``plan_copy_replies``: the young person's reply to a copy, against a part of the plan (or
      the whole): insert-only, so a PA can show the plan was shared and co-produced;
    - ``subject_access_requests``: a request for their record (UK GDPR Art 15): received,
      identity checked, extension with its reason, done; ``subject_access_pauses``: each time
      the clock stopped while the scope was clarified (asked, answered);
    - ``life_stories``: their story, each version kept (amended, never overwritten), with
      whether they chose to have it in their own copy."""
    person_fk = [("person_id", "young_people", "id")]

    def legal(table: str, what: str, columns: list[str]) -> None:
        # Insert-only, as contacts are (0003, 0011): never deleted, except from a team laptop while a
        # young person who has left its scope is removed (never from the server).
        db.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            WHEN OLD.person_id NOT IN (SELECT person_id FROM sync_scope_removal)
            BEGIN SELECT RAISE(ABORT, '{what} are legal records and cannot be deleted'); END""")
        changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in columns)
        db.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} WHEN {changed}
            BEGIN SELECT RAISE(ABORT, '{what} are legal records: add a new one instead'); END""")

    _table(db, "plan_copies",
           {"plan_id": str, "person_id": str, "given_on": str, "format": str, "channel": str, "given_by": str,
            "shared_with": str, "agreed_by_young_person": int, "notes": str},
           fks=[("plan_id", "plans", "id"), *person_fk], not_null={"plan_id", "person_id", "given_on", "format", "channel"},
           defaults={"agreed_by_young_person": 0}, indexes=["plan_id", "person_id"])
    legal("plan_copies", "records of copies given",
               ["plan_id", "person_id", "given_on", "format", "channel", "given_by", "shared_with", "agreed_by_young_person", "notes"])
    _table(db, "plan_copy_replies",
           {"copy_id": str, "person_id": str, "section": str, "views": str, "replied_on": str},
           fks=[("copy_id", "plan_copies", "id"), *person_fk], not_null={"copy_id", "person_id", "section", "views", "replied_on"},
           indexes=["copy_id", "person_id"])
    legal("plan_copy_replies", "replies to a copy", ["copy_id", "person_id", "section", "views", "replied_on"])
    _table(db, "subject_access_requests",
           {"person_id": str, "received_on": str, "made_by": str, "scope": str, "identity_checked_on": str,
            "extension_months": int, "extension_reason": str, "extended_on": str, "completed_on": str, "completed_how": str,
            "withdrawn_on": str, "withdrawn_reason": str},
           fks=person_fk, not_null={"person_id", "received_on"}, defaults={"extension_months": 0}, indexes=["person_id"])
    _table(db, "subject_access_pauses",
           {"request_id": str, "asked_on": str, "asked_what": str, "answered_on": str},
           fks=[("request_id", "subject_access_requests", "id")], not_null={"request_id", "asked_on"}, indexes=["request_id"])
    _table(db, "life_stories",
           {"person_id": str, "version": int, "story": str, "written_with": str, "include_in_copy": int, "written_on": str},
           fks=person_fk, not_null={"person_id", "version", "story", "written_on"}, defaults={"include_in_copy": 0},
           indexes=[("unique", "person_id", "version")])
    legal("life_stories", "versions of their story",
               ["person_id", "version", "story", "written_with", "include_in_copy", "written_on"])


@migrations(name="0015_new_duties")
def m0015_new_duties(db: sqlite_utils.Database) -> None:
    """Issue 25's duties: notifying a care leaver's death (domain.duties; one per young person),
    identity documents (one row per kind), immigration status and leave (one per young person),
    the expected release from custody and the work before it (one per young person), the offers
    of PA support to 25 made at 21 (a list), requests to other bodies (the duty to refer among them)
    the risk of homelessness, and Staying Close assessments (CA 1989 s.23CZAA, behind a setting)."""
    person_fk = [("person_id", "young_people", "id")]
    _table(db, "death_notifications",
           {"person_id": str, "learned_on": str, "sos_notified_on": str, "ofsted_notified_on": str, "notes": str},
           fks=person_fk, not_null={"person_id", "learned_on"}, indexes=[("unique", "person_id")])
    _table(db, "identity_documents",
           {"person_id": str, "kind": str, "status": str, "on_date": str, "notes": str},
           fks=person_fk, not_null={"person_id", "kind", "status"}, indexes=[("unique", "person_id", "kind")])
    # The status itself stays the young person's own field (young_people.immigration_status).
    _table(db, "immigration_statuses",
           {"person_id": str, "leave_expires": str, "home_office_ref": str, "legal_representative": str,
            "triple_plan": str, "citizenship_entitled": int, "citizenship_applied_on": str, "citizenship_decided": str,
            "notes": str},
           fks=person_fk, not_null={"person_id"}, defaults={"citizenship_entitled": 0},
           indexes=[("unique", "person_id")])
    _table(db, "pa_offers",
           {"person_id": str, "offered_on": str, "how": str, "outcome": str, "notes": str},
           fks=person_fk, not_null={"person_id", "offered_on", "outcome"}, indexes=["person_id"])
    _table(db, "agency_requests",
           {"person_id": str, "body_kind": str, "body_name": str, "what": str, "asked_on": str, "chase_by": str,
            "answered_on": str, "answer": str, "duty_to_refer": int, "consent": int, "notes": str},
           fks=person_fk, not_null={"person_id", "body_kind", "what", "asked_on"}, defaults={"duty_to_refer": 0, "consent": 0},
           indexes=["person_id"])
    _table(db, "homelessness_risks",
           {"person_id": str, "at_risk_from": str, "reason": str, "ended_on": str},
           fks=person_fk, not_null={"person_id", "at_risk_from"}, indexes=["person_id"])
    _table(db, "staying_close_assessments",
           {"person_id": str, "assessed_on": str, "needed": str, "decision": str, "representations": str, "notes": str},
           fks=person_fk, not_null={"person_id", "assessed_on", "needed"}, indexes=["person_id"])
    _table(db, "custody_releases",
           {"person_id": str, "release_on": str, "plan_reviewed_on": str, "accommodation_arranged_on": str, "notes": str},
           fks=person_fk, not_null={"person_id", "release_on"}, indexes=[("unique", "person_id")])


@migrations(name="0016_nhs_number")
def m0016_nhs_number(db: sqlite_utils.Database) -> None:
    """The young person's NHS number (optional: ten digits, checked in domain.health; '' when not
    recorded) and their choice whether their health passport prints it (on unless they say no:
    docs/decisions.md, Health). Existing records have no number, so their passports do not change."""
    db["health_records"].add_column("nhs_number", str, not_null_default="")
    db["health_records"].add_column("passport_nhs_number", int, not_null_default=1)


def known_names() -> list[str]:
    return [name for name, _ in migrations.steps]


def applied_names(db) -> list[str]:
    """The steps this store has had, in order (read-only)."""
    conn = raw_connection(db)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]).fetchone():
        return []
    return [r[0] for r in conn.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
                                       [MIGRATION_SET])]


def check_known(db) -> None:
    """Refuse a database this build cannot understand, without writing to it."""
    tables = {r[0] for r in raw_connection(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MIGRATIONS_TABLE not in tables:
        ours = {"young_people", "workers", "teams"}
        if tables and not (tables & ours) and tables - {"sqlite_sequence"}:
            raise NotADatabase("This file is an SQLite database, but not one made by careleaver_app.")
        return
    known = set(known_names())
    unknown = [name for name in applied_names(db) if name not in known]
    if unknown:
        raise NewerDatabase(
            "This database was written by a newer version of careleaver_app "
            f"(it has {len(unknown)} change{'s' if len(unknown) != 1 else ''} to its layout that this version does not know)."
        )


def migrate(db, *, before_upgrade: Callable[[sqlite_utils.Database], object] | None = None) -> list[str]:
    """Apply pending migrations (``db``: a sqlite_utils Database or a connection). A store that
    already has steps is upgraded only after ``before_upgrade(db)`` (the store's backup and, on a
    team laptop, sending its queue: ``store.before_upgrade``); without one it is refused
    unchanged, so nothing changes a store's layout without the backup first."""
    applied = applied_names(db)
    had = set(applied)
    pending = [name for name in known_names() if name not in had]
    if not pending:
        return []
    if applied and before_upgrade is None:
        raise StoreError("This database was made by an earlier version and needs upgrading, which is done only "
                         "when it is opened as the app's store (it is backed up first). The file has not been changed.")
    import sqlite_utils

    if not isinstance(db, sqlite_utils.Database):
        db = sqlite_utils.Database(db, execute_plugins=False)
    if before_upgrade is not None and applied:
        before_upgrade(db)
    migrations.sqlite_utils().apply(db)
    return pending
