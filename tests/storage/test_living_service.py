"""Accommodation, EET and entitlements through the service: moves trigger work; histories as at any date."""

from datetime import date, datetime, timedelta

import pytest

from careleaver_app.domain.accommodation import SCHEDULE_2, AccommodationEpisode, Suitability, SuitabilityAssessment
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.eet import EetEpisode
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.entitlements import Spend
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import ReviewSource
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Şahin Yılmaz", dob=date(2007, 4, 10),
                                              care_periods=[CarePeriod(date(2021, 4, 1), date(2025, 4, 10))]), team["pa"])


def test_a_move_into_la_accommodation_sets_the_visit_and_asks_for_a_review(services, person, team, today):
    services.living.record_move(AccommodationEpisode(person, "U", date(2025, 4, 10), address="1 Orchard Way"))
    moved = today - timedelta(days=3)
    services.living.record_move(AccommodationEpisode(person, "D", moved, address="Flat 2, Kestrel Drive", la_provided=True))
    stays = services.living.episodes(person)
    assert stays[0].end == moved and stays[1].end is None  # the old stay ends on the day of the move
    st = services.contacts.status(person)
    assert st.due.statutory and st.due.due == moved + timedelta(days=7) and "7 days" in st.due.reason
    requests = [r for r in services.plans.requests(person) if r.open]
    assert requests[0].source == ReviewSource.ACCOMMODATION_MOVE and requests[0].due_by == moved + timedelta(days=28)
    # The first visit moves the due date to "before the review", then two months.
    services.contacts.log(Contact(person, datetime.combine(today, datetime.min.time()).replace(hour=9), ContactType.VISIT_HOME,
                                  team["pa"], seen=True, summary="First visit to the new flat."))
    st = services.contacts.status(person)
    assert st.due.due == moved + timedelta(days=28) and "before the review" in st.due.reason
    assert any(e.kind == "move" and "Semi-independent" in e.title for e in services.chronology.events(person))


def test_a_move_into_own_tenancy_does_not_ask_for_a_review(services, person):
    services.living.record_move(AccommodationEpisode(person, "U", date(2026, 11, 1)))
    assert services.plans.requests(person) == []
    assert not services.contacts.status(person).due.statutory


def test_overlap_and_bad_dates_are_refused_with_nothing_saved(services, person):
    services.living.record_move(AccommodationEpisode(person, "U", date(2026, 1, 1), date(2026, 6, 1)))
    with pytest.raises(ValidationError) as exc:
        services.living.record_move(AccommodationEpisode(person, "D", date(2026, 3, 1)))
    assert "overlaps" in exc.value.for_field("start").message
    with pytest.raises(ValidationError):
        services.living.record_move(AccommodationEpisode(person, "D", date(2026, 8, 1), date(2026, 7, 1)))
    assert len(services.living.episodes(person)) == 1


def test_suitability_judgements_and_the_derived_code(services, person, today):
    eid = services.living.record_move(AccommodationEpisode(person, "U", date(2026, 1, 1)))
    assert services.living.state(person).flag == "No suitability judgement for the current accommodation"
    with pytest.raises(ValidationError):
        services.living.assess(SuitabilityAssessment(person, eid, date(2026, 1, 5), Suitability.SUITABLE, "ok", {"safety": "ok"}))
    services.living.assess(SuitabilityAssessment(person, eid, date(2026, 1, 5), Suitability.SUITABLE, "Safe and affordable",
                                                 {k: "fine" for k, _, _ in SCHEDULE_2}))
    assert services.living.state(person).accom_code == "U1"
    assert services.living.state(person, date(2026, 1, 4)).accom_code is None


def test_many_at_once_match_one_at_a_time_across_a_move(services, person):
    """states() reads only the stays covering the day (for speed at county scale): it must give
    what state() gives from the whole history, on the days either side of each boundary."""
    first = services.living.record_move(AccommodationEpisode(person, "U", date(2026, 1, 1)))
    services.living.assess(SuitabilityAssessment(person, first, date(2026, 1, 5), Suitability.SUITABLE, "Safe and affordable",
                                                 {k: "fine" for k, _, _ in SCHEDULE_2}))
    second = services.living.record_move(AccommodationEpisode(person, "D", date(2026, 3, 1), la_provided=True))
    services.living.assess(SuitabilityAssessment(person, second, date(2026, 3, 10), Suitability.UNSUITABLE, "Damp and unsafe",
                                                 {k: "poor" for k, _, _ in SCHEDULE_2}))
    someone_else = services.people.create(YoungPerson(legal_name="Ola Nowak", dob=date(2007, 9, 1)), None)
    people = [services.people.get(person), services.people.get(someone_else)]

    def facts(st):  # (the bulk read leaves out the notes on each matter)
        return (st.episode and st.episode.id, st.assessment and st.assessment.id, st.suitability, st.flag, st.accom_code)
    codes = {}
    for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 4), date(2026, 1, 5), date(2026, 2, 28), date(2026, 3, 1),
                date(2026, 3, 9), date(2026, 3, 10)):
        many = services.living.states(people, day)
        assert facts(many[person]) == facts(services.living.state(person, day)), day
        assert many[someone_else].episode is None
        codes[day] = many[person].accom_code
    assert codes == {date(2025, 12, 31): None, date(2026, 1, 1): None, date(2026, 1, 4): None, date(2026, 1, 5): "U1",
                     date(2026, 2, 28): "U1", date(2026, 3, 1): None, date(2026, 3, 9): None, date(2026, 3, 10): "D2"}
    la = services.living.la_accommodation([person, someone_else], date(2026, 2, 28))
    assert la == {}
    assert list(services.living.la_accommodation([person, someone_else], date(2026, 3, 1))) == [person]


def test_a_second_judgement_the_same_day_stands_everywhere(services, person, today):
    eid = services.living.record_move(AccommodationEpisode(person, "U", date(2026, 1, 1)))
    for overall, why in ((Suitability.SUITABLE, "Looked fine at the visit"), (Suitability.UNSUITABLE, "Second look: no heating")):
        services.living.assess(SuitabilityAssessment(person, eid, today, overall, why, {k: "noted" for k, _, _ in SCHEDULE_2}))
    assert services.living.state(person).accom_code == "U2"
    assert services.living.states([services.people.get(person)], today)[person].accom_code == "U2"
    row = next(r for r in services.people.caseload(Scope(ScopeKind.ALL)) if r.id == person)
    assert row.facts.accom.accom_code == "U2"


def test_homeless_spell_shows_in_the_work_tray(services, person, team):
    services.living.record_move(AccommodationEpisode(person, "S", date(2026, 11, 1), address="No fixed abode"))
    items = services.worktray.items(Scope(ScopeKind.MINE, team["pa"]))
    unsuitable = [i for i in items if i.kind == ItemKind.UNSUITABLE]
    assert unsuitable and "always unsuitable" in unsuitable[0].reason
    assert services.living.state(person).accom_code == "S2"


def test_eet_history_and_neet_time(services, person, today):
    services.living.save_eet(EetEpisode(person, "F2", date(2025, 9, 1), provider="Brackenford College"))
    services.living.save_eet(EetEpisode(person, "G5", date(2026, 6, 1), notes="Left the course"))
    eps = services.living.eet(person)
    assert eps[0].end == date(2026, 6, 1)  # becoming NEET ends the course
    st = services.living.eet_state(person)
    assert st.neet_since == date(2026, 6, 1) and st.episode.activ == "G5"
    assert st.plain(today) == f"Not in education, work or training (other reasons) for {(today - date(2026, 6, 1)).days} days"
    services.living.save_eet(EetEpisode(person, "f3", date(2026, 10, 1), provider="Warehouse"))  # a legacy code
    assert services.living.eet_state(person).episode.activ == "F5"
    assert services.living.eet_state(person, date(2026, 9, 30)).episode.activ == "G5"


def test_allowance_spends(services, person):
    services.living.add_spend(person, "setting_up_home", Spend(date(2026, 11, 1), 290_000, "Furniture"))
    with pytest.raises(ValidationError) as exc:
        services.living.add_spend(person, "setting_up_home", Spend(date(2026, 11, 2), 20_000, "Cooker"))
    assert "manager's note" in exc.value.for_field("manager_note").message
    services.living.add_spend(person, "setting_up_home", Spend(date(2026, 11, 2), 20_000, "Cooker", "Agreed by DM: cooker failed"))
    rec = next(e for e in services.living.entitlements(person) if e.code == "setting_up_home")
    assert rec.spent == 310_000 and rec.status == "awarded"


def test_local_offer_explained(services, person, today):
    with pytest.raises(ValidationError):
        services.living.explain_offer(person, today + timedelta(days=1), "leaflet")
    services.living.explain_offer(person, today, "in_person", "Went through the leaflet")
    assert services.living.offer_explanations(person)[0]["method"] == "in_person"


def test_demo_has_moves_homelessness_staying_put_neet_and_apprenticeships(demo_services):
    store = demo_services.store
    types = {r["accom_type"] for r in store.query("SELECT DISTINCT accom_type FROM accommodation_episodes")}
    assert {"S", "Z", "U", "D"} <= types
    assert store.scalar("SELECT count(*) FROM arrangements WHERE kind = 'staying_put'") >= 1
    activ = {r["activ"] for r in store.query("SELECT DISTINCT activ FROM eet_episodes")}
    assert {"G5", "F4"} <= activ
    assert store.scalar("SELECT count(*) FROM housing_applications") >= 3


def test_saving_a_record_again_changes_its_row_and_keeps_its_id(services, person, today):
    """Store.save, where every record of living.py and health.py is written: the first save adds a
    row and gives the record its id; saving it again changes that row (audited as a change)."""
    from careleaver_app.domain.accommodation import HousingApplication

    h = HousingApplication(person, "Leeds", today - timedelta(days=10))
    first = services.living.save_housing(h)
    assert h.id == first
    h.band = "B"
    assert services.living.save_housing(h) == first
    rows = services.store.query("SELECT id, band FROM housing_applications WHERE person_id = ?", [person])
    assert [(r["id"], r["band"]) for r in rows] == [(first, "B")]
    actions = [r["action"] for r in services.store.query(
        "SELECT action FROM audit_log WHERE table_name = 'housing_applications' AND record_id = ? ORDER BY seq", [first])]
    assert actions == ["create", "update"]
