"""Schema, only through ``sqlite_utils.Migrations``.

Rules: every table has a UUID text ``id`` (except key/value tables), ``created_at``,
``updated_at`` and ``updated_by``; dates are ISO ``YYYY-MM-DD`` text, timestamps ISO
UTC. Never edit an applied migration: add a new one at the end.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from .errors import NewerDatabase, NotADatabase

MIGRATION_SET = "careleaver_app"
migrations = Migrations(MIGRATION_SET)

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


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_known(db: sqlite_utils.Database) -> None:
    """Refuse a database this build cannot understand, without writing to it."""
    tables = set(db.table_names())
    if "_sqlite_migrations" not in tables:
        ours = {"young_people", "workers", "teams"}
        if tables and not (tables & ours) and tables - {"sqlite_sequence"}:
            raise NotADatabase("This file is an SQLite database, but not one made by careleaver_app.")
        return
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise NewerDatabase(
            "This database was written by a newer version of careleaver_app "
            f"(it has {len(unknown)} change{'s' if len(unknown) != 1 else ''} to its layout that this version does not know)."
        )


def migrate(db: sqlite_utils.Database, path: Path | None, key: bytes | None) -> list[str]:
    """Apply pending migrations, backing the file up first if it already holds data."""
    pending = [m.name for m in migrations.pending(db)]
    if not pending:
        return []
    if path is not None and migrations.applied(db):
        from .backup import backup_before_migration

        backup_before_migration(db, path, key)
    migrations.apply(db)
    return pending
