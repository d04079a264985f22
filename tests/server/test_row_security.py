"""Row-level security at the cost of one set per query: a worker's read of a person table is
served from its _person index (the visible set worked out once, as one array), and who sees
what is the same for every role (tests/server/test_sync.py holds the rules themselves)."""

from __future__ import annotations

import pytest

from careleaver_app.storage import replication
from careleaver_app.storage.server import admin
from careleaver_app.storage.server.schema import VISIBLE_PERSON


def plan_of(conn, sql: str) -> str:
    return "\n".join(r[0] for r in conn.execute("EXPLAIN " + sql))


def person_tables() -> list[str]:
    return [t.name for t in replication.this_builds_tables().values() if t.scope is not None]


def test_a_pas_read_of_their_teams_contacts_can_use_the_person_index(council):
    """With a hashed "IN (SELECT …)" filter the planner had no choice but to scan the whole
    council's table; told to avoid a full scan, it now reads the team's rows by index."""
    with council.as_worker("pa") as conn:
        conn.execute("SET enable_seqscan = off")
        plan = plan_of(conn, "SELECT * FROM cl.contacts")
        assert "contacts_person" in plan and "Seq Scan" not in plan, plan
        assert conn.execute("SELECT count(*) FROM cl.contacts").fetchone()[0] == 3  # North's three


@pytest.mark.parametrize("who, expected", [("pa", {"amara", "ben", "chloe"}), ("pa2", {"amara", "ben", "chloe"}),
                                           ("manager", {"amara", "ben", "chloe"}), ("duty", {"amara", "ben", "chloe"}),
                                           ("south", {"dev"}), ("service", {"amara", "ben", "chloe", "dev"})])
def test_every_person_table_shows_each_role_the_young_people_it_may_see(council, who, expected):
    names = {pid: label for label, pid in council.people.items()}
    with council.as_worker(who) as conn:
        seen = {names[r[0]] for r in conn.execute("SELECT id FROM cl.young_people")}
        for table in person_tables():
            people = {names.get(r[0], r[0]) for r in conn.execute(f'SELECT DISTINCT _person FROM cl."{table}"')}
            assert people <= expected, table
        assert {names[r[0]] for r in conn.execute("SELECT person_id FROM cl.contacts")} == expected
    assert seen == expected


def test_an_older_server_is_upgraded_to_the_set_based_policies(council):
    """A server made before this step had "_person IN (SELECT cl.visible_people())" on every
    person table: `server upgrade` replaces each, and who sees what stays as it was."""
    with council.server() as conn:
        for table in person_tables():
            conn.execute(f'ALTER POLICY visible ON cl."{table}" USING (_person IN (SELECT cl.visible_people()))')
        conn.execute("DELETE FROM cl.server_steps WHERE name = '0003_set_based_visibility'")
        conn.commit()
    done = admin.upgrade_council(council.cluster.admin_conninfo(), council.dbname)
    assert "0003_set_based_visibility" in done
    with council.server() as conn:
        quals = dict(conn.execute("SELECT tablename, qual FROM pg_policies WHERE schemaname = 'cl' AND policyname = 'visible'"))
    for table in person_tables():
        assert "ANY" in quals[table] and "ARRAY" in quals[table] and "visible_people" in quals[table], table
    with council.as_worker("south") as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts").fetchone()[0] == 1
    assert VISIBLE_PERSON.startswith("_person = ANY")
