"""What a piece of work changed, read from the audit trail (services/changes.py): the tables, the
young people whose records they are, and what cannot be placed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.services.changes import EVERYTHING, Changes, ChangeWatch


@pytest.fixture
def two(services, team):
    care = [CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]
    a = services.people.create(YoungPerson(legal_name="Kofi Mensah", dob=date(2007, 3, 3), care_periods=care), team["pa"])
    b = services.people.create(YoungPerson(legal_name="Ada Obi", dob=date(2007, 5, 5), care_periods=care), team["pa"])
    return a, b


def test_a_contact_logged_changes_the_contacts_of_that_young_person_only(services, team, two):
    a, b = two
    watch = ChangeWatch(services.store)
    services.contacts.log(Contact(a, datetime(2026, 9, 1, 10, 0), ContactType.PHONE, team["pa"], summary="Called."))
    changes = watch.since_last()
    assert "contacts" in changes.tables and "absences" not in changes.tables
    assert changes.people == {a}
    assert changes.touches(frozenset({"contacts", "young_people"})) and changes.touches(None)
    assert not changes.touches(frozenset({"absences", "cover_assignments"}))
    assert changes.touches_person(a) and not changes.touches_person(b)
    # Told once: asked again with nothing new, nothing changed.
    again = watch.since_last()
    assert not again and not again.touches(None) and not again.touches_person(a)


def test_a_row_of_a_child_table_is_placed_with_its_young_person(services, team, two):
    a, b = two
    watch = ChangeWatch(services.store)
    plan = services.plans.start_plan(a, date(2026, 9, 1))
    changes = watch.since_last()
    assert {"plans", "plan_sections"} <= changes.tables
    assert changes.people == {a}
    # The sections went in as one audited batch (no one record named), so they are not placed:
    # any open record might show them.
    assert changes.unplaced == {"plan_sections"} and changes.touches_person(b)


def test_exports_and_prints_change_nothing(services, two):
    watch = ChangeWatch(services.store)
    services.store.audit("export", "young_people", None, [], "903 OC3 2026: 2 rows")
    services.store.audit("print", "plans", None, [], "a pathway plan")
    assert watch.since_last() == Changes()


def test_a_sync_an_import_or_a_restore_may_have_changed_anything(services, two):
    for action in ("sync", "import", "restore", "cover_merge"):
        watch = ChangeWatch(services.store)
        services.store.audit(action, "database", None, [], "")
        changes = watch.since_last()
        assert changes == EVERYTHING, action
        assert changes.touches(frozenset({"absences"})) and changes.touches_person("anyone")


def test_a_deleted_row_or_a_council_table_cannot_be_placed_so_any_record_may_show_it(services, team, two):
    a, b = two
    watch = ChangeWatch(services.store)
    services.store.upsert_setting("bb_emergency_days", 14)
    changes = watch.since_last()
    assert changes.tables == {"settings"} and "settings" in changes.unplaced
    assert changes.touches_person(a) and changes.touches_person(b)
    plan = services.plans.start_plan(a, date(2026, 9, 1))
    watch.since_last()
    services.store.delete_where("plan_sections", "plan_id = ?", [plan.id])  # a draft's sections may go
    gone = watch.since_last()
    assert gone.tables == {"plan_sections"} and gone.unplaced == {"plan_sections"}
    assert gone.touches_person(b)


def test_changes_add_up():
    one = Changes(frozenset({"contacts"}), frozenset({"a"}))
    two = Changes(frozenset({"absences"}), frozenset(), frozenset({"absences"}))
    both = one | two
    assert both.tables == {"contacts", "absences"} and both.people == {"a"} and both.unplaced == {"absences"}
    assert not both.everything and (both | EVERYTHING).everything


def test_changes_committed_while_the_watch_reads_are_told_next_time(services, team, two, monkeypatch):
    """Found in review: the watch read the entries and then the newest entry's number in two
    statements; an entry committed between them (by the worker or another process) was skipped."""
    from careleaver_app.domain.people import Role
    from careleaver_app.storage import changes as repo
    from careleaver_app.storage.store import Store

    watch = ChangeWatch(services.store)
    services.workers.create_worker("Nia Adeyemi", Role.PA, team["team"])
    other = Store.open(services.store.path, services.store.key, check=False)
    real = repo.entries_after

    def entries_then_a_commit_elsewhere(conn, seq):
        out = real(conn, seq)
        if other.is_open:
            other.actor = team["pa"]
            other.insert("teams", {"name": "Leaving Care South", "duty_phone": "01632 960002"})
            other.close()
        return out

    monkeypatch.setattr(repo, "entries_after", entries_then_a_commit_elsewhere)
    first = watch.since_last()
    assert "workers" in first.tables and "teams" not in first.tables
    assert "teams" in watch.since_last().tables
