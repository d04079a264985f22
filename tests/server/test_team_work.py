"""Team work on the server: a read audit for subject access, conflicts with an owner, cover
arranged without files, reallocation and workers leaving."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.cover import Absence
from careleaver_app.domain.errors import NotAllowed, ValidationError
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage.server.cluster import ServerError


def visit(lap, council, label, summary, days_ago=1, who="pa"):
    when = datetime.combine(council.today - timedelta(days=days_ago), time(11, 0))
    return lap.services.contacts.log(Contact(council.people[label], when, ContactType.VISIT_HOME, council.workers[who],
                                             seen=True, summary=summary))


def test_the_council_can_say_who_has_looked_at_a_young_persons_file(council):
    pa, manager = council.laptop("pa"), council.laptop("manager")
    amara = council.people["amara"]
    pa.services.people.note_opened(amara)
    plan = pa.services.plans.start_plan(amara, council.today)
    pa.services.plans.pdf(plan.id)
    pa.sync()
    looked = manager.services.team.who_looked(amara)
    assert [(r["worker"], r["what"]) for r in looked] == [("Priya Valente", "opened the record"),
                                                         ("Priya Valente", "printed the pathway plan")]
    assert looked[1]["detail"] == "version 1"
    # Only what and when, never the content; only managers (and the service team) may ask.
    with council.server() as conn:
        cols = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'cl' "
                                           "AND table_name = 'read_audit'")]
    assert not {"summary", "content", "values"} & set(cols)
    with pytest.raises(ServerError, match="Only a team manager"):
        pa.services.team.who_looked(amara)
    # A standalone laptop keeps no such log (and queues nothing).
    from careleaver_app.storage.store import Store

    s = Store.open(council.tmp / "standalone.db", b"k" * 32)
    s.note_read("someone", "opened the record")
    assert s.scalar("SELECT count(*) FROM sync_outbox") == 0
    s.close()


def test_a_manager_resolves_a_conflict_and_every_laptop_follows(council):
    pa, pa2, manager = council.phone_conflict()
    amara = council.people["amara"]
    manager.sync()
    [conflict] = manager.services.team.conflicts()
    assert conflict.person_name == "Amara Test" and conflict.field == "phone"
    assert (conflict.standing, conflict.other) == ("07700 900111", "07700 900222")
    assert (conflict.standing_by, conflict.other_by) == ("Priya Valente", "Gareth Lloyd")
    assert "Two values for the phone" in conflict.summary
    # It is in the manager's work tray, on the young person.
    tray = manager.services.worktray.items(Scope(ScopeKind.TEAM, council.workers["manager"]), council.today)
    assert [(i.kind, i.person_id, i.ref) for i in tray if i.kind == ItemKind.CONFLICT] == [(ItemKind.CONFLICT, amara, conflict.id)]
    # A PA cannot resolve it (the server refuses even if the laptop were changed).
    with pytest.raises(NotAllowed):
        pa2.services.team.resolve(conflict.id, "laptop")
    with pytest.raises(ValidationError):
        manager.services.team.resolve(conflict.id, "value", "  ")
    manager.services.team.resolve(conflict.id, "value", "07700 900333")
    assert manager.services.team.conflicts() == []
    assert manager.services.people.get(amara).phone == "07700 900333"
    for lap in (pa, pa2):
        lap.sync()
        assert lap.services.people.get(amara).phone == "07700 900333"
    with council.server() as conn:
        assert conn.execute("SELECT resolved_by, resolution->>'choice' FROM cl.conflicts").fetchone() == (
            council.workers["manager"], "value")
        assert conn.execute("SELECT kind, outcome FROM cl.audit_chain ORDER BY seq DESC LIMIT 1").fetchone() == ("resolve",
                                                                                                             "value")
    tray = manager.services.worktray.items(Scope(ScopeKind.TEAM, council.workers["manager"]), council.today)
    assert not [i for i in tray if i.kind == ItemKind.CONFLICT]


def test_another_teams_conflicts_are_not_seen_and_a_draft_can_be_taken_whole(council):
    pa, pa2, manager, south = council.laptop("pa"), council.laptop("pa2"), council.laptop("manager"), council.laptop("south")
    amara = council.people["amara"]
    from careleaver_app.domain.plans import SectionKey

    pa.services.plans.start_plan(amara, council.today)
    pa.sync()
    pa2.sync()
    mine, theirs = pa.services.plans.current(amara), pa2.services.plans.current(amara)
    mine.sections[SectionKey.ACCOMMODATION].need = "Needs a tenancy of her own"
    theirs.sections[SectionKey.ACCOMMODATION].need = "Wants to stay where she is"
    pa.services.plans.save_draft(mine)
    pa2.services.plans.save_draft(theirs)
    pa.sync()
    pa2.sync()
    south.sync()
    assert south.services.team.conflicts() == []  # another team's
    with council.as_worker("south") as conn:
        assert conn.execute("SELECT count(*) FROM cl.conflicts").fetchone()[0] == 0
    manager.sync()
    [conflict] = manager.services.team.conflicts()
    assert conflict.field == "(draft)" and conflict.is_whole_record
    assert "Two versions of the draft plan" in conflict.summary
    with pytest.raises(ValidationError):
        manager.services.team.resolve(conflict.id, "value", "anything")
    manager.services.team.resolve(conflict.id, "laptop")  # take Gareth's draft
    for lap in (pa, pa2, manager):
        lap.sync()
        assert lap.services.plans.current(amara).sections[SectionKey.ACCOMMODATION].need == "Wants to stay where she is"


def test_a_pa_planning_leave_arranges_cover_and_the_duty_worker_gets_and_loses_the_caseload(council):
    pa, duty = council.laptop("pa"), council.laptop("duty")
    start, back = council.today, council.today + timedelta(days=7)
    # (North's duty worker already sees North's young people; cover reaches a South PA's caseload.)
    south = council.laptop("south")
    leave = south.services.cover.save_absence(Absence(council.workers["south"], "planned", start, back, council.workers["duty"],
                                                      out_of_hours="EDT 01632 960999"))
    south.sync()
    r = duty.sync()
    dev = council.people["dev"]
    assert dev in r.arrived
    assert duty.services.people.get(dev).legal_name == "Dev Test"
    assert duty.services.cover.cover_states(council.today, [dev])[dev].cover_id == council.workers["duty"]
    # Another PA cannot end someone else's cover, even on the server.
    with pa.store.transaction():
        pa.store._queue("update", "absences", leave, {"ended_on": council.today.isoformat()}, {"ended_on": None}, "x")
    assert pa.sync().refused == 1
    # The absent PA ends it when they are back; the next sync takes the caseload away again.
    south.services.cover.end_cover(leave, council.today)
    south.sync()
    r = duty.sync()
    assert dev in r.left and duty.store.scalar("SELECT count(*) FROM young_people WHERE id = ?", [dev]) == 0


def test_a_worker_leaving_the_team_loses_access_and_their_young_people_stay_visible(council):
    from careleaver_app.storage.server import admin

    pa2, manager = council.laptop("pa2"), council.laptop("manager")
    chloe = council.people["chloe"]
    manager.services.people.reallocate(chloe, council.workers["pa"], "Gareth is leaving the team", council.today)
    manager.sync()
    admin.deactivate_worker(council.cluster.admin_conninfo(), council.dbname, council.login("pa2"))
    with pytest.raises(ServerError):
        pa2.sync()
    manager.sync()
    assert manager.store.scalar("SELECT allocated_pa_id FROM young_people WHERE id = ?", [chloe]) == council.workers["pa"]
    assert manager.store.scalar("SELECT active FROM workers WHERE id = ?", [council.workers["pa2"]]) == 0
    with pytest.raises(ServerError, match="still holds"):
        admin.deactivate_worker(council.cluster.admin_conninfo(), council.dbname, council.login("pa"))


def test_a_worker_moving_team_takes_their_caseload_with_them(council):
    from careleaver_app.storage.server import admin

    pa, south = council.laptop("pa"), council.laptop("south")
    admin.move_worker(council.cluster.admin_conninfo(), council.dbname, council.login("pa"), "South")
    r = pa.sync()
    assert set(r.arrived) == {council.people["dev"]}  # now sees South's young people
    assert council.people["chloe"] in r.left  # and no longer North's other PA's
    r = south.sync()
    assert {council.people["amara"], council.people["ben"]} <= set(r.arrived)
    assert date.today() == council.today
