"""An empty laptop's first pull: a bulk load (indexes built once at the end, insert guards and
full-text triggers set aside while the rows go in) that leaves the store exactly as a store made
the ordinary way, and that a failure or a crash part way through leaves empty, to start again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from careleaver_app.domain.plans import SECTIONS, SectionKey
from careleaver_app.storage import sync
from careleaver_app.storage.store import Store
from tests.support.team_server import PASSWORD, Laptop, finalised_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def schema(store: Store) -> list[tuple]:
    """Every index, trigger, table and view as written (not where it sits in the file), and
    the full-text indexes' own settings."""
    rows = sorted(tuple(r) for r in store.conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'"))
    fts = [r[1] for r in rows if r[0] == "table" and r[1].endswith("_fts_config")]
    return rows + [(t, *r) for t in fts for r in store.conn.execute(f"SELECT k, v FROM [{t}] ORDER BY k")]


def new_store_schema(folder) -> list[tuple]:
    fresh = Store.open(folder / "fresh.db", os.urandom(32))
    try:
        return schema(fresh)
    finally:
        fresh.close()


def test_a_first_pull_leaves_the_store_exactly_as_a_new_store_is_made(council, tmp_path):
    finalised_plan(council.laptop("pa"), council)
    expected = new_store_schema(tmp_path)
    service = council.laptop("service")
    assert service.store.scalar("SELECT count(*) FROM young_people") == 4
    assert service.store.scalar("SELECT count(*) FROM plan_actions") == 1
    assert schema(service.store) == expected
    assert [r[0] for r in service.store.conn.execute("PRAGMA integrity_check")] == ["ok"]
    for table in ("contacts_fts", "young_people_fts", "plan_actions_fts", "plan_sections_fts"):
        service.store.conn.execute(f"INSERT INTO [{table}] ([{table}]) VALUES ('integrity-check')")
    # The indexes are there to be used: a young person's contacts are read through theirs.
    plan = service.store.conn.execute("EXPLAIN QUERY PLAN SELECT * FROM contacts WHERE person_id = ? "
                                      "ORDER BY occurred_at", [council.people["amara"]]).fetchall()
    assert "idx_contacts_person_id_occurred_at" in " ".join(str(r[-1]) for r in plan)


def test_the_first_pull_builds_each_index_once_after_the_rows_and_fires_no_guard_per_row(council):
    """What makes the whole council's first pull fast: the rows go in with no secondary index to
    keep up and no insert trigger firing; each index is then built once (a sort), each
    full-text index rebuilt once, and the guards put back."""
    finalised_plan(council.laptop("pa"), council)
    store = Store.open(council.tmp / "traced.db", os.urandom(32))
    council.laptops.append(Laptop("traced", store, None))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    sync.join(store, council.conninfo(), council.login("service"), PASSWORD)
    store.conn.set_trace_callback(None)

    def at(prefix: str) -> list[int]:
        return [i for i, s in enumerate(statements) if s.startswith(prefix)]

    contacts, actions = at("INSERT INTO [contacts]"), at("INSERT INTO [plan_actions]")
    made = [i for i in at("CREATE INDEX") if '"contacts"' in statements[i]]
    assert len(made) == 2 and min(made) > max(contacts)  # worker_id; person_id, occurred_at…
    assert at("DROP INDEX [idx_contacts_worker_id]")[0] < min(contacts)
    assert len([s for s in statements if "VALUES ('rebuild')" in s and "[contacts_fts]" in s]) == 1
    # The guard against adding to a finalised plan is set aside while the rows go in, then put back.
    assert at("DROP TRIGGER [plan_actions_final_insert]")[0] < min(actions)
    assert len(at("CREATE TRIGGER plan_actions_final_insert")) == 1
    assert at("CREATE TRIGGER plan_actions_final_insert")[0] > max(actions)
    assert at("DROP TRIGGER [contacts_ai]")[0] < min(contacts) < max(contacts) < at("CREATE TRIGGER \"contacts_ai\"")[0]


def test_a_finalised_plan_arrives_whole_and_the_laptop_still_refuses_to_change_it(council):
    plan = finalised_plan(council.laptop("pa"), council)
    pa2 = council.laptop("pa2")
    arrived = pa2.services.plans.current(council.people["amara"])
    assert arrived.is_final and [a.what for a in arrived.actions] == ["Register with a dentist"]
    assert arrived.sections[SectionKey.HEALTH].need == "What is needed: " + next(
        i.plain_title for i in SECTIONS if i.key == SectionKey.HEALTH)
    # The guards set aside during the load are back: a finalised version cannot change here.
    for attempt in (lambda: pa2.store.update("plan_actions", plan.actions[0].id, {"what": "changed"}),
                    lambda: pa2.store.insert("plan_actions", {"plan_id": plan.id, "section": "health", "what": "new",
                                                              "owner_kind": "pa", "status": "open"})):
        with pytest.raises(Exception) as exc, pa2.store.transaction():
            attempt()
        assert "finalised plan versions cannot be changed" in str(exc.value)
    assert [a.what for a in pa2.services.plans.current(council.people["amara"]).actions] == ["Register with a dentist"]


class DiskFull(OSError):
    pass


def test_a_first_pull_that_fails_part_way_leaves_the_laptop_empty_and_the_next_sync_takes_everything(council, monkeypatch):
    finalised_plan(council.laptop("pa"), council)
    monkeypatch.setattr(sync, "FIRST_PULL_CHUNK", 1)  # many chunks: fail with some rows in
    store = Store.open(council.tmp / "fails.db", os.urandom(32))
    council.laptops.append(Laptop("fails", store, None))
    calls = []
    real = store.conn.executemany

    def fill_the_disk(sql, rows):
        calls.append(sql)
        if len(calls) == 6:
            raise DiskFull("No space left on device")
        return real(sql, rows)

    store.conn.executemany = fill_the_disk
    with pytest.raises(DiskFull):
        sync.join(store, council.conninfo(), council.login("service"), PASSWORD)
    del store.conn.executemany
    assert len(calls) == 6
    # Nothing of the pull is kept: no records, no watermark, the schema whole; still joined.
    for table in ("young_people", "contacts", "workers", "plans", "plan_actions"):
        assert store.scalar(f"SELECT count(*) FROM [{table}]") == 0, table
    assert sync.state(store, sync.WATERMARK_KEY) is None and store.is_team_laptop()
    assert schema(store) == new_store_schema(council.tmp)
    r = sync.sync(store)
    assert store.scalar("SELECT count(*) FROM young_people") == 4 and r.pulled > 0
    assert store.scalar("SELECT count(*) FROM plan_actions") == 1


def test_a_laptop_that_crashes_during_its_first_pull_starts_it_again_at_the_next_sync(council):
    """The process is killed (a flat battery) while the rows are going in: the store opens with
    nothing of the pull in it, and the next sync takes everything."""
    finalised_plan(council.laptop("pa"), council)
    path, key = council.tmp / "crashes.db", os.urandom(32)
    script = textwrap.dedent(f"""
        import os, signal
        from careleaver_app.storage import sync
        from careleaver_app.storage.store import Store
        sync.FIRST_PULL_CHUNK = 1
        store = Store.open({str(path)!r}, bytes.fromhex({key.hex()!r}))
        real, calls = store.conn.executemany, []
        def then_crash(sql, rows):
            calls.append(sql)
            if len(calls) == 6:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(sql, rows)
        store.conn.executemany = then_crash
        sync.join(store, {council.conninfo()!r}, {council.login("service")!r}, {PASSWORD!r})
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == -9, done.stderr
    store = Store.open(path, key)
    council.laptops.append(Laptop("crashes", store, None))
    assert store.is_team_laptop() and sync.state(store, sync.WATERMARK_KEY) is None
    assert store.scalar("SELECT count(*) FROM young_people") == 0
    assert store.scalar("SELECT count(*) FROM contacts") == 0
    sync.sync(store)
    assert store.scalar("SELECT count(*) FROM young_people") == 4
    assert store.scalar("SELECT count(*) FROM plan_actions") == 1
    assert schema(store) == new_store_schema(council.tmp)
