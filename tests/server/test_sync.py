"""Laptops that work offline and sync with the team server: every change arrives once, nothing is
silently overwritten, each worker sees and changes only what their role allows."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.cover import Absence
from careleaver_app.domain.people import KeyPerson
from careleaver_app.storage import sync
from careleaver_app.storage.server.cluster import ServerError


def visit(lap, council, label: str, summary: str, days_ago: int = 1, who: str = "pa") -> str:
    when = datetime.combine(council.today - timedelta(days=days_ago), time(11, 0))
    return lap.services.contacts.log(Contact(council.people[label], when, ContactType.VISIT_HOME, council.workers[who],
                                             seen=True, summary=summary))


def summaries(lap, council, label: str) -> list[str]:
    return sorted(c.summary for c in lap.services.contacts.contacts(council.people[label], limit=None))


def test_a_laptop_that_joins_gets_its_teams_young_people_and_no_one_elses(council):
    pa = council.laptop("pa")
    names = {p["legal_name"] for p in pa.store.query("SELECT legal_name FROM young_people")}
    assert names == {"Amara Test", "Ben Test", "Chloe Test"}  # North's, not South's Dev
    assert summaries(pa, council, "amara") == ["Visit to amara at home"]
    south = council.laptop("south")
    assert {p["legal_name"] for p in south.store.query("SELECT legal_name FROM young_people")} == {"Dev Test"}
    service = council.laptop("service")
    assert service.store.scalar("SELECT count(*) FROM young_people") == 4
    # Everyone knows the council's workers and teams (names on records), from the server's ids.
    assert pa.store.scalar("SELECT count(*) FROM workers") == 6
    assert pa.services.workers.current().id == council.workers["pa"]
    # The first pull builds the search index once at the end: search finds what arrived.
    hits = pa.services.search.search("amara home")
    assert [(h.kind, h.plain_snippet) for h in hits if h.kind == "contact"] == [("contact", "Visit to amara at home")]
    assert [h.person_name for h in pa.services.search.search("Chloe") if h.kind == "name"] == ["Chloe Test"]
    # …and keeps it up to date as later pulls arrive, row by row.
    visit(council.laptop("pa2"), council, "chloe", "Talked about the allotment", who="pa2")
    council.laptops[-1].sync()
    pa.sync()
    assert [h.plain_snippet for h in pa.services.search.search("allotment")] == ["Talked about the allotment"]


def test_offline_writes_on_two_laptops_both_arrive_everywhere_once(council):
    pa, pa2 = council.laptop("pa"), council.laptop("pa2")
    # Both offline: each logs visits; nothing reaches the server until they sync.
    visit(pa, council, "amara", "Talked about college")
    visit(pa2, council, "chloe", "Helped with the tenancy form", who="pa2")
    visit(pa2, council, "amara", "Covered Amara's visit: all well", who="pa2")
    assert sync.waiting(pa.store) == 1 and sync.waiting(pa2.store) == 2
    r1, r2 = pa.sync(), pa2.sync()
    assert (r1.pushed, r2.pushed) == (1, 2)
    pa.sync()
    for lap in (pa, pa2):
        assert summaries(lap, council, "amara") == ["Covered Amara's visit: all well", "Talked about college",
                                                    "Visit to amara at home"]
        assert summaries(lap, council, "chloe") == ["Helped with the tenancy form", "Visit to chloe at home"]
        assert sync.waiting(lap.store) == 0
    with council.server() as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE _person = %s", [council.people["amara"]]).fetchone()[0] == 3


def test_the_same_field_edited_on_two_laptops_is_kept_as_a_conflict_and_the_first_stands(council):
    pa, manager = council.laptop("pa"), council.laptop("manager")
    amara = council.people["amara"]
    pa.services.people.update(replace(pa.services.people.get(amara), phone="07700 900111"))
    manager.services.people.update(replace(manager.services.people.get(amara), phone="07700 900222"))
    pa.sync()
    result = manager.sync()
    assert result.conflicts == 1
    # The server's value (the first to arrive) stands, on both laptops.
    assert manager.services.people.get(amara).phone == "07700 900111"
    pa.sync()
    assert pa.services.people.get(amara).phone == "07700 900111"
    # Nothing silently lost: both values, who and when, are kept for a manager.
    with council.server() as conn:
        rows = conn.execute("SELECT field, seen_value, server_value, laptop_value, worker_id, server_changed_by "
                            "FROM cl.conflicts WHERE record_id = %s", [amara]).fetchall()
    assert rows == [("phone", "07700 900001", "07700 900111", "07700 900222", council.workers["manager"],
                     council.workers["pa"])]
    notice = sync.notices(manager.store)
    assert len(notice) == 1 and "phone" in notice[0]["message"] and "kept for your team manager" in notice[0]["message"]


def test_different_fields_edited_on_two_laptops_merge(council):
    pa, manager = council.laptop("pa"), council.laptop("manager")
    amara = council.people["amara"]
    pa.services.people.update(replace(pa.services.people.get(amara), phone="07700 900111"))
    manager.services.people.update(replace(manager.services.people.get(amara), address="1 Example Row, Qxtown"))
    pa.sync()
    assert manager.sync().conflicts == 0
    pa.sync()
    for lap in (pa, manager):
        p = lap.services.people.get(amara)
        assert (p.phone, p.address) == ("07700 900111", "1 Example Row, Qxtown")


def test_key_people_edited_on_two_laptops_merge_row_by_row(council):
    pa, pa2 = council.laptop("pa"), council.laptop("pa2")
    ben = council.people["ben"]
    pa.services.people.update(replace(pa.services.people.get(ben), key_people=[KeyPerson("Ama Mensah", "Aunt", "07700 900301")]))
    pa.sync()
    pa2.sync()
    p2 = pa2.services.people.get(ben)
    pa.services.people.update(replace(pa.services.people.get(ben), key_people=[
        *pa.services.people.get(ben).key_people, KeyPerson("Kofi Mensah", "Uncle", "07700 900302")]))
    pa2.services.people.update(replace(p2, key_people=[replace(p2.key_people[0], phone="07700 900399")]))
    pa.sync()
    assert pa2.sync().conflicts == 0
    pa.sync()
    for lap in (pa, pa2):
        kp = {k.name: k.phone for k in lap.services.people.get(ben).key_people}
        assert kp == {"Ama Mensah": "07700 900399", "Kofi Mensah": "07700 900302"}


def test_a_retried_push_is_answered_already_applied_and_nothing_is_duplicated(council, monkeypatch):
    pa = council.laptop("pa")
    visit(pa, council, "amara", "A visit sent twice")
    # The server applies the batch, but the answer is lost on the way back.
    real = sync._record_answer
    calls = []

    def lost_answer(store, rows, answer, result):
        calls.append(answer)
        raise ConnectionError("the network went as the answer came back")

    monkeypatch.setattr(sync, "_record_answer", lost_answer)
    with pytest.raises(ConnectionError):
        pa.sync()
    assert sync.waiting(pa.store) == 1  # still queued: the laptop never heard
    monkeypatch.setattr(sync, "_record_answer", real)
    result = pa.sync()
    assert result.pushed == 1 and sync.waiting(pa.store) == 0
    with council.server() as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE summary = 'A visit sent twice'").fetchone()[0] == 1
        outcomes = conn.execute("SELECT outcome FROM cl.applied_ops").fetchall()
    assert outcomes == [("applied",)]
    assert calls[0]["results"][0]["outcome"] == "applied"


def test_a_slow_transaction_during_a_pull_is_read_by_the_next_pull(council):
    """Rows are pulled by transaction id, not by "newest seen": a transaction that began before
    the pull and commits after it (here, a long job on the server) is read next time, although
    a later transaction committed first."""
    pa, manager = council.laptop("pa"), council.laptop("manager")
    amara = council.people["amara"]
    slow = council.server()
    slow.execute("INSERT INTO cl.contacts (id, person_id, occurred_at, contact_type, summary, seen, covering, seen_alone, "
                 "significant, created_at, updated_at, updated_by, _person) VALUES ('slow-1', %s, %s, 'phone', "
                 "'Written by a slow transaction', 0, 0, 0, 0, '', '', 'test', %s)",
                 [amara, f"{council.today - timedelta(days=2)}T09:00", amara])
    visit(manager, council, "ben", "Committed while the slow one runs", who="manager")
    manager.sync()
    pa.sync()
    assert "Committed while the slow one runs" in summaries(pa, council, "ben")
    assert "Written by a slow transaction" not in summaries(pa, council, "amara")
    slow.commit()
    slow.close()
    pa.sync()
    assert "Written by a slow transaction" in summaries(pa, council, "amara")


def test_reallocating_a_young_person_to_another_team_moves_them_between_laptops(council):
    pa, south, manager = council.laptop("pa"), council.laptop("south"), council.laptop("manager")
    ben = council.people["ben"]
    visit(pa, council, "ben", "Last visit before the move")
    pa.sync()
    manager.sync()
    manager.services.people.reallocate(ben, council.workers["south"], "Moved to the south of the county", council.today)
    manager.sync()
    r = pa.sync()
    assert ben in r.left
    assert pa.store.scalar("SELECT count(*) FROM young_people WHERE id = ?", [ben]) == 0
    assert pa.store.scalar("SELECT count(*) FROM contacts WHERE person_id = ?", [ben]) == 0
    r = south.sync()
    assert ben in r.arrived
    assert summaries(south, council, "ben") == ["Last visit before the move", "Visit to ben at home"]
    # The manager of North no longer holds them either (another team's young person).
    manager.sync()
    assert manager.store.scalar("SELECT count(*) FROM young_people WHERE id = ?", [ben]) == 0


def test_a_pa_cannot_see_or_change_another_teams_young_person(council):
    dev = council.people["dev"]
    with council.as_worker("pa") as conn:
        assert conn.execute("SELECT count(*) FROM cl.young_people WHERE id = %s", [dev]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE person_id = %s", [dev]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM cl.young_people").fetchone()[0] == 3
        with pytest.raises(Exception, match="permission denied"):
            conn.execute("UPDATE cl.young_people SET phone = 'x' WHERE id = %s", [dev])
    pa = council.laptop("pa")
    # A crafted operation about Dev, pushed through the proper door, is refused too.
    with pa.store.transaction():
        pa.store._queue("update", "young_people", dev, {"phone": "07700 900666"}, {"phone": "07700 900001"}, "x")
    r = pa.sync()
    assert r.refused == 1
    assert "not in your team" in sync.notices(pa.store)[0]["message"]
    with council.server() as conn:
        assert conn.execute("SELECT phone FROM cl.young_people WHERE id = %s", [dev]).fetchone()[0] == "07700 900001"


def test_a_duty_worker_cannot_edit_details_and_the_laptop_shows_what_stands(council):
    duty = council.laptop("duty")
    amara = council.people["amara"]
    duty.services.people.update(replace(duty.services.people.get(amara), phone="07700 900999"))
    r = duty.sync()
    assert r.refused == 1
    assert duty.services.people.get(amara).phone == "07700 900001"  # the server's value is back
    n = sync.notices(duty.store)[0]
    assert "A duty worker cannot change young people" in n["message"] and "07700 900999" in n["message"]
    # A duty worker's contact is their work, and is taken.
    visit(duty, council, "amara", "Duty call: all fine", who="duty")
    assert duty.sync().pushed == 1


def test_a_contact_logged_offline_during_cover_is_accepted_after_cover_ends(council):
    manager, south_pa = council.laptop("manager"), council.laptop("south")
    dev = council.people["dev"]
    # North's duty worker covers the South PA's caseload for a week that has just ended.
    with council.server() as conn:
        conn.execute("INSERT INTO cl.absences (id, worker_id, kind, start_date, expected_return, cover_worker_id, created_at, "
                     "updated_at, updated_by) VALUES ('abs1', %s, 'planned', %s, %s, %s, '', '', 'test')",
                     [council.workers["south"], (council.today - timedelta(days=10)).isoformat(),
                      (council.today + timedelta(days=1)).isoformat(), council.workers["duty"]])
        conn.commit()
    duty = council.laptop("duty")
    assert duty.store.scalar("SELECT count(*) FROM young_people WHERE id = ?", [dev]) == 1  # covered today
    visit(duty, council, "dev", "Cover visit, written up offline", days_ago=2, who="duty")
    # The cover ends before the duty worker's laptop is back online.
    with council.server() as conn:
        conn.execute("UPDATE cl.absences SET ended_on = %s WHERE id = 'abs1'", [(council.today - timedelta(days=1)).isoformat()])
        conn.commit()
    r = duty.sync()
    assert r.pushed == 1 and r.refused == 0
    assert dev in r.left  # no longer theirs to see
    south_pa.sync()
    assert "Cover visit, written up offline" in summaries(south_pa, council, "dev")
    # Dated after the cover ended, the same contact would be refused.
    assert manager is not None


def test_legal_records_are_never_changed_or_removed_on_the_server(council):
    pa = council.laptop("pa")
    cid = pa.store.query("SELECT id FROM contacts WHERE person_id = ?", [council.people["amara"]])[0]["id"]
    with pa.store.transaction():
        pa.store._queue("update", "contacts", cid, {"summary": "rewritten"}, {"summary": "Visit to amara at home"}, "x")
    assert pa.sync().refused == 1
    with pa.store.transaction():
        pa.store._queue("delete", "contacts", cid, {}, {"id": cid}, "x")
    assert pa.sync().refused == 1
    with council.server() as conn:
        assert conn.execute("SELECT summary FROM cl.contacts WHERE id = %s", [cid]).fetchone()[0] == "Visit to amara at home"


def test_a_draft_saved_on_two_laptops_keeps_the_second_whole_as_a_conflict(council):
    pa, pa2 = council.laptop("pa"), council.laptop("pa2")
    amara = council.people["amara"]
    plan = pa.services.plans.start_plan(amara, council.today)
    pa.sync()
    pa2.sync()
    mine = pa.services.plans.current(amara)
    theirs = pa2.services.plans.current(amara)
    from careleaver_app.domain.plans import SectionKey

    mine.sections[SectionKey.ACCOMMODATION].need = "Needs a tenancy of her own"
    theirs.sections[SectionKey.ACCOMMODATION].need = "Wants to stay where she is"
    pa.services.plans.save_draft(mine)
    pa2.services.plans.save_draft(theirs)
    pa.sync()
    r = pa2.sync()
    assert r.conflicts >= 1
    # The first save stands everywhere; the second is kept whole, nothing lost.
    assert pa2.services.plans.current(amara).sections[SectionKey.ACCOMMODATION].need == "Needs a tenancy of her own"
    with council.server() as conn:
        field, laptop_value = conn.execute("SELECT field, laptop_value FROM cl.conflicts WHERE record_id = %s",
                                           [plan.id]).fetchone()
    assert field == "(draft)" and "Wants to stay where she is" in str(laptop_value)


def test_the_council_audit_chain_records_every_operation_and_links_each_to_the_last(council):
    pa, duty = council.laptop("pa"), council.laptop("duty")
    visit(pa, council, "amara", "One")
    visit(pa, council, "ben", "Two")
    pa.sync()
    duty.services.people.update(replace(duty.services.people.get(council.people["amara"]), phone="07700 900998"))
    duty.sync()
    with council.server() as conn:
        rows = conn.execute("SELECT seq, worker_id, device_seq, outcome, laptop_hash, prev_hash, hash FROM cl.audit_chain "
                            "ORDER BY seq").fetchall()
        with pytest.raises(Exception, match="cannot be changed"):
            conn.execute("DELETE FROM cl.audit_chain")
    assert [r[3] for r in rows] == ["applied", "applied", "refused"]
    assert [r[2] for r in rows] == [1, 2, 1]  # each device numbers its own operations
    assert all(r[4] for r in rows)  # the laptop's own audit entry, by hash
    assert rows[0][5] == "0" * 64 and all(rows[i][5] == rows[i - 1][6] for i in range(1, len(rows)))


def test_a_gap_in_a_laptops_operations_is_refused_and_the_laptop_registers_again(council):
    pa = council.laptop("pa")
    visit(pa, council, "amara", "First")
    visit(pa, council, "amara", "Second")
    # The first operation is lost on the laptop (e.g. a store restored from an older backup).
    first = pa.store.scalar("SELECT min(seq) FROM sync_outbox")
    pa.store.conn.execute("DELETE FROM sync_outbox WHERE seq = ?", [first])
    pa.store.conn.commit()
    with pytest.raises(ServerError, match="never reached the team server"):
        pa.sync()
    r = pa.sync()  # registered afresh: its remaining change arrives
    assert r.pushed == 1
    assert "Second" in summaries(pa, council, "amara")


def test_a_laptop_newer_than_the_server_waits_for_the_upgrade(council):
    pa = council.laptop("pa")
    visit(pa, council, "amara", "Waiting for the upgrade")
    with council.server() as conn:
        conn.execute("DELETE FROM cl.laptop_migrations WHERE name = '0011_team_sync'")
        conn.commit()
    with pytest.raises(ServerError, match="needs upgrading"):
        pa.sync()
    assert sync.waiting(pa.store) == 1  # kept
    from careleaver_app.storage.server import admin

    admin.upgrade_council(council.cluster.admin_conninfo(), council.dbname)
    assert pa.sync().pushed == 1


def test_an_operation_in_an_unknown_format_is_refused_plainly(council):
    pa = council.laptop("pa")
    from psycopg.types.json import Jsonb

    with council.as_worker("pa") as conn:
        with pytest.raises(Exception, match="format the team server does not know"):
            conn.execute("SELECT cl.sync_apply('dev-x', %s, 99)", [Jsonb([])])
    assert pa is not None


def test_laptops_syncing_at_the_same_time_lose_and_duplicate_nothing(council):
    """Two laptops in threads, each logging and syncing in turn (benchmarks/sync_stress.py runs
    twenty for five minutes)."""
    laps = [council.laptop("pa"), council.laptop("pa2")]
    errors = []

    def work(lap, n):
        try:
            for k in range(5):
                visit(lap, council, "amara", f"{lap.login} visit {n}-{k}", who="pa" if lap.login.endswith("_pa") else "pa2")
                lap.sync()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(lap, i)) for i, lap in enumerate(laps)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with council.server() as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE summary LIKE %s", ["%visit %"]).fetchone()[0] == 10


def test_absence_in_force_on_the_server_matches_the_domains_rule(council):
    """cl.covered_by restates domain/cover.Absence.in_force in SQL: the same days, at each boundary."""
    start, back = council.today - timedelta(days=3), council.today + timedelta(days=4)
    a = Absence(council.workers["south"], "planned", start, back, cover_worker_id=council.workers["duty"])
    with council.server() as conn:
        conn.execute("INSERT INTO cl.absences (id, worker_id, kind, start_date, expected_return, cover_worker_id, created_at, "
                     "updated_at, updated_by) VALUES ('abs2', %s, 'planned', %s, %s, %s, '', '', 'test')",
                     [council.workers["south"], start.isoformat(), back.isoformat(), council.workers["duty"]])
        for day in (start - timedelta(days=1), start, back - timedelta(days=1), back):
            covered = conn.execute("SELECT count(*) FROM cl.covered_by(%s, %s)",
                                   [council.workers["duty"], day.isoformat()]).fetchone()[0] == 1
            assert covered == a.in_force(day), day


def test_a_laptop_sends_its_queue_before_its_store_is_upgraded_and_keeps_it_if_offline(council, monkeypatch):
    from careleaver_app.storage import migrations
    from careleaver_app.storage.store import Store

    pa, other = council.laptop("pa"), council.laptop("pa2")
    visit(pa, council, "amara", "Queued before the upgrade")
    visit(other, council, "chloe", "Queued while the server is away", who="pa2")
    for lap in (pa, other):
        lap.store.close()
    waiting_when_upgraded = []

    def later_version(db) -> None:  # a migration a newer build brings
        waiting_when_upgraded.append(db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])

    monkeypatch.setattr(migrations.migrations, "steps", [*migrations.migrations.steps, ("9999_later_version", later_version)])
    Store.open(pa.store.path, pa.store.key).close()
    assert waiting_when_upgraded == [0]  # sent first
    with council.server() as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE summary = 'Queued before the upgrade'").fetchone()[0] == 1
    council.cluster.stop()
    try:
        Store.open(other.store.path, other.store.key).close()  # offline: the upgrade still happens, the queue is kept
    finally:
        council.cluster.start()
    assert waiting_when_upgraded == [0, 1]


def test_a_team_laptop_restored_from_a_backup_takes_back_what_it_had_sent_since(council):
    pa = council.laptop("pa")
    backup = pa.store.backup("test")
    visit(pa, council, "amara", "Sent after the backup")
    pa.sync()
    pa.store.restore(backup)
    assert "Sent after the backup" not in summaries(pa, council, "amara")  # the backup is older
    visit(pa, council, "ben", "Written after the restore")
    r = pa.sync()
    assert r.pushed == 1 and r.refused == 0
    assert "Sent after the backup" in summaries(pa, council, "amara")  # back from the server
    with council.server() as conn:
        assert conn.execute("SELECT count(*) FROM cl.contacts WHERE summary = 'Written after the restore'").fetchone()[0] == 1


def test_a_plan_finalised_on_a_team_laptop_syncs_and_reaches_the_rest_of_the_team(council):
    """The pull after the push brings the finalised plan's own rows back unchanged: the laptop
    takes them without its guard against adding to a finalised version refusing them."""
    from tests.support.team_server import finalised_plan

    pa, pa2 = council.laptop("pa"), council.laptop("pa2")
    plan = finalised_plan(pa, council)  # finalised, then synced: no error
    assert pa.sync().refused == 0 and sync.waiting(pa.store) == 0
    assert pa.services.plans.current(council.people["amara"]).is_final
    pa2.sync()
    theirs = pa2.services.plans.current(council.people["amara"])
    assert theirs.id == plan.id and theirs.is_final and [a.what for a in theirs.actions] == ["Register with a dentist"]
