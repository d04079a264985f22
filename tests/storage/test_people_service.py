"""Young people through the service: create, edit, archive, reallocate, caseload scopes."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod, Category
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.people import KeyPerson, YoungPerson
from careleaver_app.services.people import Scope, ScopeKind


def new_person(**kw):
    base = dict(legal_name="Łukasz Nguyễn", preferred_name="Luke", dob=date(2008, 2, 29), la_id="LC9001",
                care_periods=[CarePeriod(date(2020, 1, 10), date(2026, 3, 1))],
                key_people=[KeyPerson("Ciara Pryce", "Former foster carer", "07700 900111")])
    base.update(kw)
    return YoungPerson(**base)


def test_create_and_read_back(services, team):
    pid = services.people.create(new_person(), team["pa"])
    rec = services.people.record(pid)
    assert rec.person.legal_name == "Łukasz Nguyễn"
    assert rec.person.key_people[0].name == "Ciara Pryce"
    assert rec.pa.name == "Priya Valente"
    assert rec.age == 18
    assert rec.category.category == Category.FORMER_RELEVANT
    assert [a.worker_name for a in rec.allocations] == ["Priya Valente"]


def test_invalid_person_saves_nothing(services, team):
    with pytest.raises(ValidationError) as exc:
        services.people.create(new_person(legal_name="", dob=date(2030, 1, 1)), team["pa"])
    fields = {e.field for e in exc.value.errors}
    assert {"legal_name", "dob"} <= fields
    assert services.store.scalar("SELECT count(*) FROM young_people") == 0
    assert services.store.scalar("SELECT count(*) FROM allocations") == 0


def test_la_id_must_be_unique(services, team):
    services.people.create(new_person(), team["pa"])
    with pytest.raises(ValidationError) as exc:
        services.people.create(new_person(legal_name="Someone Else"), team["pa"])
    assert exc.value.for_field("la_id") is not None


def test_update_replaces_care_periods_and_key_people(services, team):
    pid = services.people.create(new_person(), team["pa"])
    p = services.people.get(pid)
    p.key_people = [KeyPerson("Imran Kerr", "Social worker", "01632 960444", "Children's Services")]
    p.care_periods = [CarePeriod(date(2022, 1, 1), date(2026, 3, 1))]
    services.people.update(p)
    again = services.people.get(pid)
    assert [k.name for k in again.key_people] == ["Imran Kerr"]
    assert again.care_periods[0].start == date(2022, 1, 1)


def test_a_failed_update_leaves_the_record_as_it_was(services, team):
    pid = services.people.create(new_person(), team["pa"])
    p = services.people.get(pid)
    p.legal_name = "Changed"
    p.care_periods = [CarePeriod(date(2022, 1, 1), date(2021, 1, 1))]
    with pytest.raises(ValidationError):
        services.people.update(p)
    again = services.people.get(pid)
    assert again.legal_name == "Łukasz Nguyễn" and again.care_periods[0].start == date(2020, 1, 10)


def test_archive_and_restore(services, team):
    pid = services.people.create(new_person(), team["pa"])
    with pytest.raises(ValidationError):
        services.people.archive(pid, "  ")
    services.people.archive(pid, "Moved to another authority")
    mine = Scope(ScopeKind.MINE, team["pa"])
    assert [r.id for r in services.people.caseload(mine)] == []
    archived = services.people.caseload(mine, include_archived=True)
    assert archived[0].archived
    assert services.people.get(pid).archived_reason == "Moved to another authority"
    services.people.restore(pid)
    assert [r.id for r in services.people.caseload(mine)] == [pid]


def test_reallocation_keeps_history_and_counts_changes(services, team, today):
    pid = services.people.create(new_person(), team["pa"])
    with pytest.raises(ValidationError) as exc:
        services.people.reallocate(pid, team["pa2"], "", today)
    assert exc.value.for_field("reason")
    with pytest.raises(ValidationError) as exc:
        services.people.reallocate(pid, team["pa2"], "Rebalancing", date(2027, 1, 1))
    assert "future" in exc.value.for_field("on").message
    services.people.reallocate(pid, team["pa2"], "Caseload rebalanced", today)
    rec = services.people.record(pid)
    assert rec.pa.name == "Gareth Lloyd"
    assert [(a.worker_name, a.end) for a in rec.allocations] == [("Priya Valente", today), ("Gareth Lloyd", None)]
    assert rec.allocations[1].previous_worker_name == "Priya Valente"
    assert rec.pa_changes_12m == 1


def test_caseload_scopes(services, team):
    a = services.people.create(new_person(la_id="A1"), team["pa"])
    b = services.people.create(new_person(legal_name="Zoë Haile", la_id="B2"), team["pa2"])
    other_team = services.workers.create_team("South")
    from careleaver_app.domain.people import Role
    far = services.workers.create_worker("Noor Whitfield", Role.PA, other_team)
    c = services.people.create(new_person(legal_name="Kai Reid", la_id="C3"), far)
    ids = lambda scope: {r.id for r in services.people.caseload(scope)}  # noqa: E731
    assert ids(Scope(ScopeKind.MINE, team["pa"])) == {a}
    assert ids(Scope(ScopeKind.TEAM, team["pa"])) == {a, b}
    assert ids(Scope(ScopeKind.ALL)) == {a, b, c}
    assert ids(Scope(ScopeKind.WORKER, far)) == {c}
    counts = {c.worker.name: c.count for c in services.workers.caseload_counts()}
    assert counts == {"Priya Valente": 1, "Gareth Lloyd": 1, "Noor Whitfield": 1}


def test_current_worker_is_remembered_in_the_store(services, team):
    from careleaver_app.app import build_services
    assert build_services(services.store, services.clock).workers.current().name == "Priya Valente"
    assert services.store.actor == team["pa"]
