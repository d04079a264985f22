"""Duties as the Acts set them, through the services: what the record, the caseload and the work
tray say on the day before, on and after each boundary (issue 18 points 8-15, issue 17 point 8)."""

from datetime import date, timedelta

from careleaver_app.app import build_services
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.context import Clock
from careleaver_app.services.people import Scope, ScopeKind

D = timedelta(days=1)


def on(services, day: date):
    """The same store, as the app would see it on ``day``."""
    return build_services(services.store, Clock(day))


def tray(services, pa, kind, person_id):
    return [i for i in services.worktray.items(Scope(ScopeKind.MINE, pa)) if i.kind == kind and i.person_id == person_id]


# -- point 15: the health history on the 18th birthday ---------------------------------------------

def test_health_history_is_due_on_the_18th_birthday_and_overdue_from_the_day_after(services, team):
    b18 = date(2026, 11, 22)
    pid = services.people.create(YoungPerson(legal_name="Tegan Marsh", dob=date(2008, 11, 22), la_id="LC18015",
                                             care_periods=[CarePeriod(date(2022, 11, 22))]), team["pa"])
    for day, level, when in ((b18 - D, "flag", "Due in 1 day"), (b18, "flag", "Due today"), (b18 + D, "overdue", "Overdue 1 day")):
        s = on(services, day)
        st = s.health.status(pid)
        (item,) = tray(s, team["pa"], ItemKind.HEALTH_HISTORY, pid)
        assert (st.level, item.when) == (level, when), day
        assert ("overdue" in st.message.lower()) == (level == "overdue"), st.message
    assert "due today" in on(services, b18).health.status(pid).message


# -- issue 17 point 8: a new allocation starts the clock ---------------------------------------------

def test_a_young_person_added_today_is_not_lost_until_the_lost_touch_period_has_run_from_their_allocation(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kit Ferris", dob=date(2007, 5, 1), la_id="LC17008",
                                             care_periods=[CarePeriod(date(2021, 5, 1), date(2025, 5, 1))]), team["pa"])
    added = services.clock.today()
    lost = services.settings.get().lost_touch_days  # 90
    services.people.reallocate(pid, team["pa2"], "Caseload balance", added)  # a change of PA does not restart the clock
    for day, in_touch in ((added, "YES"), (added + lost * D, "YES"), (added + (lost + 1) * D, "NO")):
        s = on(services, day)
        st = s.contacts.status(pid)
        assert st.in_touch.value == in_touch, day
        assert bool(tray(s, team["pa2"], ItemKind.LOST_TOUCH, pid)) == (in_touch == "NO"), day
        row = next(r for r in s.returns.annex_a(day) if r[0] == "LC17008")
        assert row[12] == ("a) Yes" if in_touch == "YES" else "b) No") and row[13] is None  # LAInTouch; no contact to date
    st = services.contacts.status(pid)
    assert st.due.due == added + 56 * D and "from allocation" in st.due.reason  # the contacts tab's clock, the same start


# -- point 8: a relevant child six months at home is a qualifying care leaver ---------------------------

def test_the_caseload_shows_a_relevant_child_six_months_at_home_as_qualifying_with_duties(services, team, today):
    left = date(2025, 11, 1)
    pid = services.people.create(YoungPerson(legal_name="Remy Achterberg", dob=date(2009, 2, 3), la_id="LC18008",
                                             care_periods=[CarePeriod(date(2023, 2, 3), left)],
                                             returned_home_from=date(2026, 5, 22)), team["pa"])
    row = next(r for r in services.people.caseload(Scope(ScopeKind.MINE, team["pa"])) if r.id == pid)
    assert (row.category.label, row.category_active) == ("Qualifying care leaver", True)  # six months at home today
    rec = services.people.record(pid)
    assert "s.24(1B)" in rec.category.reason and rec.category.duties_end == date(2030, 2, 3)  # to 21
    yesterday = on(services, today - D).people.record(pid, today - D)
    assert yesterday.category.category.label == "Relevant child"


# -- point 9: death ends duties from that date; the returns keep reporting DIED -------------------------

def test_a_death_ends_duties_and_work_from_that_day_and_the_returns_keep_reporting_died(services, team, today):
    from careleaver_app.domain.contacts import InTouch

    died = date(2026, 10, 1)
    pid = services.people.create(YoungPerson(legal_name="Jesse Pryce", dob=date(2006, 1, 20), la_id="LC18009",
                                             care_periods=[CarePeriod(date(2020, 1, 20), date(2024, 1, 20))]), team["pa"])
    services.contacts.record_decision(pid, InTouch.DIED, died, "Confirmed by the coroner's office")
    kinds = lambda s: {i.kind for i in s.worktray.items(Scope(ScopeKind.MINE, team["pa"])) if i.person_id == pid}  # noqa: E731
    before = on(services, died - D)
    assert before.people.record(pid).category.active
    assert {ItemKind.NO_PLAN, ItemKind.HEALTH_HISTORY} <= kinds(before)
    for day in (died, today):
        s = on(services, day)
        rec = s.people.record(pid)
        assert not rec.category.active and rec.category.died_on == died and "died on 01/10/2026" in rec.category.reason.lower()
        assert kinds(s) == {ItemKind.DEATH_NOTIFICATION}  # all other work ends; notifying the death is left (issue 25)
        row = next(r for r in s.people.caseload(Scope(ScopeKind.MINE, team["pa"])) if r.id == pid)
        assert not row.category_active
    # 20 on 20/01/2026 (2025-26, before the death) and 21 on 20/01/2027 (2026-27): DIED is reported.
    later = on(services, date(2027, 4, 2))
    (r,) = [r for r in later.returns.oc3(2027).rows if r.person_id == pid]
    assert r.cells()[2:] == ["DIED", "0", "0"]
    annex = {x[0]: x for x in services.returns.annex_a(today)}
    assert annex["LC18009"][12] == "c) Died"


def test_a_qualifying_care_leaver_is_not_asked_for_a_pathway_plan(services, team, today):
    """Pathway plans are owed to eligible, relevant and former relevant young people (CA 1989 s.23E;
    CLR 2010 reg 6), as the dashboard counts them; not to a qualifying care leaver (s.24)."""
    q = services.people.create(YoungPerson(legal_name="Ash Lindqvist", dob=date(2007, 3, 1), la_id="LC18010",
                                           care_periods=[CarePeriod(date(2023, 6, 1), date(2023, 7, 1))]), team["pa"])
    frc = services.people.create(YoungPerson(legal_name="Bo Lindqvist", dob=date(2007, 3, 1), la_id="LC18011",
                                             care_periods=[CarePeriod(date(2021, 3, 1), date(2025, 3, 1))]), team["pa"])
    assert services.people.record(q).category.category.label == "Qualifying care leaver"
    no_plan = {i.person_id for i in services.worktray.items(Scope(ScopeKind.MINE, team["pa"])) if i.kind == ItemKind.NO_PLAN}
    assert frc in no_plan and q not in no_plan


# -- point 11: a statutory visit is a visit at that accommodation ---------------------------------------

def test_only_a_visit_at_the_accommodation_meets_the_statutory_visit_and_the_sql_follows_the_rule(services, team, today):
    from datetime import datetime

    from careleaver_app.domain.accommodation import AccommodationEpisode
    from careleaver_app.domain.contacts import Contact, ContactType, counts_as_statutory_visit

    moved = today - 5 * D
    seen_ok = {ContactType.VISIT_HOME, ContactType.VISIT_ELSEWHERE, ContactType.OFFICE, ContactType.VIDEO}
    met = {}
    for i, (kind, seen) in enumerate((k, s) for k in ContactType for s in (False, True) if not s or k in seen_ok):
        pid = services.people.create(YoungPerson(legal_name=f"Visit Test {i}", dob=date(2007, 4, 10),
                                                 care_periods=[CarePeriod(date(2021, 4, 1), date(2025, 4, 10))]), team["pa"])
        services.living.record_move(AccommodationEpisode(pid, "D", moved, address="Flat 2, Kestrel Drive", la_provided=True))
        services.contacts.log(Contact(pid, datetime.combine(moved + 2 * D, datetime.min.time()).replace(hour=10), kind, team["pa"],
                                      seen=seen, summary="Met at a café in town." if kind == ContactType.VISIT_ELSEWHERE else "Notes."))
        due = services.contacts.status(pid).due
        assert due.statutory
        met[(kind, seen)] = due.due != moved + 7 * D  # the first visit within 7 days of moving in is met
        assert met[(kind, seen)] == counts_as_statutory_visit(kind, seen), (kind, seen)
    assert [k for k, v in met.items() if v] == [(ContactType.VISIT_HOME, True)]  # a café visit does not meet it


# -- point 13: a letter, email or text nobody answered does not reach them --------------------------------

def test_an_unanswered_text_does_not_keep_in_touch_and_an_answered_one_does(services, team, today):
    from datetime import datetime

    from careleaver_app.domain.contacts import Contact, ContactType

    pid = services.people.create(YoungPerson(legal_name="Sol Baptiste", dob=date(2006, 6, 6), la_id="LC18013",
                                             care_periods=[CarePeriod(date(2020, 6, 6), date(2024, 6, 6))]), team["pa"])
    s = on(services, date(2027, 3, 1))  # long past the allocation's 90 days
    old = datetime(2026, 11, 25, 10, 0)
    for kind in (ContactType.TEXT, ContactType.EMAIL, ContactType.LETTER):
        s.contacts.log(Contact(pid, old, kind, team["pa"], summary="Sent details of the drop-in; no reply."))
    st = s.contacts.status(pid)
    assert st.in_touch.value == "NO" and st.last_successful is None
    assert len(s.contacts.attempts(pid)) == 3  # counted as tries to reach them
    s.contacts.log(Contact(pid, datetime(2026, 12, 30, 9, 0), ContactType.TEXT, team["pa"], two_way=True,
                                  summary="Sol replied: all fine, will come to the drop-in."))
    st = s.contacts.status(pid)
    assert st.in_touch.value == "YES" and st.last_successful.date() == date(2026, 12, 30)
    assert s.contacts.get(s.contacts.contacts(pid)[0].id).two_way


def test_an_older_store_counts_its_calls_and_visits_as_two_way_and_its_messages_as_one_way(tmp_path, key):
    from careleaver_app.storage.store import Store
    from tests.support.stores import OLD_STAMP as stamp
    from tests.support.stores import older_store

    path = tmp_path / "older.db"
    old = older_store(path, key, "0012_two_way_contacts")
    for i, kind in enumerate(("phone", "visit_home", "text", "letter", "attempted")):
        old["contacts"].insert({"id": f"c{i}", "person_id": "yp1", "occurred_at": f"2026-01-0{i + 1}T10:00", "contact_type": kind,
                                "summary": "x", **stamp})
    old.close()
    store = Store.open(path, key)
    assert {r["two_way"] for r in store.query("SELECT two_way FROM contacts")} == {0}  # as a team server's copy has them
    from careleaver_app.storage.contacts import last_contacts
    last = last_contacts(store, person_ids=["yp1"])["yp1"]
    assert last["last_successful"] == "2026-01-02T10:00" and last["last_any"] == "2026-01-05T10:00"  # the visit, not the letter
    import pytest

    with pytest.raises(Exception, match="legal records"):
        store.conn.execute("UPDATE contacts SET two_way = 1 WHERE id = 'c2'")  # still a legal record
    store.close()


# -- point 12: emergency B&B for a 16/17-year-old is flagged once the local limit has passed -------------

def test_emergency_bed_and_breakfast_becomes_unsuitable_and_goes_to_the_tray_after_the_local_limit(services, team, today):
    from careleaver_app.domain.accommodation import SCHEDULE_2, AccommodationEpisode, Suitability, SuitabilityAssessment
    from careleaver_app.domain.errors import ValidationError
    from careleaver_app.domain.settings import SETTING_INFO

    assert "bb_emergency_days" in SETTING_INFO  # shown in File → Local settings
    days = services.settings.get().bb_emergency_days
    moved = today - days * D  # so today is the first day past the limit
    pid = services.people.create(YoungPerson(legal_name="Ren Kowalski", dob=date(2009, 4, 2),
                                             care_periods=[CarePeriod(date(2023, 4, 2), date(2026, 5, 1))]), team["pa"])
    on_move = on(services, moved)
    eid = on_move.living.record_move(AccommodationEpisode(pid, "W", moved, emergency=True, la_provided=True))
    on_move.living.assess(SuitabilityAssessment(pid, eid, moved, Suitability.SUITABLE, "Emergency: nothing else tonight",
                                                {k: "noted" for k, _, _ in SCHEDULE_2}))
    kinds = lambda s: {i.kind for i in tray(s, team["pa"], ItemKind.UNSUITABLE, pid)}  # noqa: E731
    day_before = on(services, today - D)
    assert day_before.living.state(pid).accom_code == "W1" and not kinds(day_before)
    assert services.living.state(pid).accom_code == "W2" and kinds(services) == {ItemKind.UNSUITABLE}
    try:
        services.living.assess(SuitabilityAssessment(pid, eid, today, Suitability.SUITABLE, "Still here",
                                                     {k: "noted" for k, _, _ in SCHEDULE_2}))
        raise AssertionError("judged suitable past the limit")
    except ValidationError as exc:
        assert "cannot be suitable" in exc.for_field("overall").message


# -- point 14: Staying Put runs until 21 ------------------------------------------------------------------

def test_an_open_staying_put_arrangement_goes_to_the_tray_for_the_21st_birthday(services, team, today):
    from careleaver_app.domain.accommodation import Arrangement

    b21 = today + 10 * D
    dob = date(b21.year - 21, b21.month, b21.day)
    pid = services.people.create(YoungPerson(legal_name="Joss Castellanos", dob=dob, support_requested_to_25=True,
                                             care_periods=[CarePeriod(date(dob.year + 14, dob.month, dob.day),
                                                                      date(dob.year + 18, dob.month, dob.day))]), team["pa"])
    services.living.save_arrangement(Arrangement(pid, "staying_put", date(dob.year + 18, dob.month, dob.day), carer="The Kerr family"))
    for day, when in ((b21 - D, "Due in 1 day"), (b21, "Due today"), (b21 + D, "Overdue 1 day")):
        (item,) = tray(on(services, day), team["pa"], ItemKind.ARRANGEMENT_ENDING, pid)
        assert item.when == when and "Staying Put" in item.reason and item.target == "living"
    assert tray(on(services, b21 - 15 * D), team["pa"], ItemKind.ARRANGEMENT_ENDING, pid) == []  # beyond the 14 days ahead
