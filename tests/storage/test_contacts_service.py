"""Contacts through the service: logging, amendments, in touch, cadence, follow-ups, search, chronology, tray."""

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from careleaver_app.domain.attention import TrayCounts
from careleaver_app.domain.contacts import Contact, ContactType, FollowUp, InTouch
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import NotAllowed, ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SectionKey
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind

NOON = datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Zoë Ellie-May Brown", dob=date(2007, 1, 5),
                                              care_periods=[CarePeriod(date(2020, 1, 1), date(2025, 1, 5))]), team["pa"])


def visit(person, worker, when=NOON - timedelta(days=1), **kw):
    base = dict(person_id=person, occurred_at=when, contact_type=ContactType.VISIT_HOME, worker_id=worker, seen=True,
                summary="Visited at home. The tenancy is going well.")
    base.update(kw)
    return Contact(**base)


def test_log_a_contact_and_see_next_due_and_in_touch(services, person, team, today):
    assert services.contacts.status(person).in_touch == InTouch.YES  # allocated today: the clock has just started
    cid = services.contacts.log(visit(person, team["pa"], datetime(2026, 11, 20, 10, 0)))
    c = services.contacts.get(cid)
    assert c.worker_name == "Priya Valente" and not c.covering
    st = services.contacts.status(person)
    assert st.in_touch == InTouch.YES and st.last_seen.date() == date(2026, 11, 20)
    assert st.due.due == date(2027, 1, 15) and not st.due.is_overdue()


def test_a_duty_worker_contact_is_marked_as_cover(services, person, team):
    cid = services.contacts.log(visit(person, team["duty"]))
    assert services.contacts.get(cid).covering


def test_invalid_contact_saves_nothing(services, person, team):
    bad = visit(person, team["pa"], summary="", follow_ups=[FollowUp("Chase landlord", "PA", date(2026, 12, 1))])
    with pytest.raises(ValidationError):
        services.contacts.log(bad)
    assert services.store.scalar("SELECT count(*) FROM contacts") == 0
    assert services.store.scalar("SELECT count(*) FROM contact_followups") == 0
    with pytest.raises(ValidationError):
        services.contacts.log(visit(person, team["pa"], NOON + timedelta(days=1)))


def test_amendments_keep_the_original(services, person, team):
    cid = services.contacts.log(visit(person, team["pa"], summary="Met at the GP surgery on Tuesday."))
    with pytest.raises(ValidationError):
        services.contacts.amend(cid, "Met at the GP surgery on Wednesday.", "")
    services.contacts.amend(cid, "Met at the GP surgery on Wednesday.", "Wrong day recorded")
    c = services.contacts.get(cid)
    assert c.summary == "Met at the GP surgery on Tuesday."
    assert c.current_summary == "Met at the GP surgery on Wednesday."
    assert c.amendments[0].reason == "Wrong day recorded" and c.amendments[0].amended_by == "Priya Valente"


def test_contact_records_cannot_be_changed_or_deleted_in_the_database(services, person, team):
    cid = services.contacts.log(visit(person, team["pa"]))
    services.contacts.amend(cid, "Corrected.", "Typo")
    store = services.store
    for attempt in (lambda: store.update("contacts", cid, {"summary": "rewritten"}),
                    lambda: store.delete_where("contacts", "id = ?", [cid]),
                    lambda: store.delete_where("contact_amendments", "contact_id = ?", [cid])):
        with pytest.raises(Exception) as exc, store.transaction():
            attempt()
        assert "legal records" in str(exc.value)
    assert services.contacts.get(cid).summary == "Visited at home. The tenancy is going well."


def test_decisions_take_precedence_and_can_end_but_death_cannot(services, person, team, today):
    services.contacts.log(visit(person, team["pa"]))
    with pytest.raises(ValidationError):
        services.contacts.record_decision(person, InTouch.REFU, today, "")
    services.contacts.record_decision(person, InTouch.REFU, today, "Said by text she does not want contact")
    assert services.contacts.status(person).in_touch == InTouch.REFU
    services.contacts.end_decision(person, today, "Back in touch asking for help with a deposit")
    assert services.contacts.status(person).in_touch == InTouch.YES
    services.contacts.record_decision(person, InTouch.DIED, today, "Informed by police")
    with pytest.raises(NotAllowed):
        services.contacts.end_decision(person, today, "error")
    with pytest.raises(NotAllowed):
        services.contacts.record_decision(person, InTouch.REFU, today, "x")


def test_lost_touch_and_tracing_attempts(services, person, team, today):
    services.contacts.log(visit(person, team["pa"], datetime(2026, 6, 1, 10, 0)))
    for d in (3, 2, 1):
        services.contacts.log(Contact(person, NOON - timedelta(days=d), ContactType.ATTEMPTED, team["pa"], summary="No answer"))
    st = services.contacts.status(person)
    assert st.lost_touch and st.in_touch == InTouch.NO
    assert len(services.contacts.attempts(person)) == 3
    items = services.worktray.items(Scope(ScopeKind.MINE, team["pa"]))
    assert items[0].kind == ItemKind.LOST_TOUCH and "re-establish contact" in items[0].reason


def test_closer_cadence_for_a_young_person_in_crisis(services, person, team, today):
    services.contacts.log(visit(person, team["pa"], datetime(2026, 11, 20, 10, 0)))
    with pytest.raises(ValidationError) as exc:
        services.contacts.set_cadence(person, 56, "crisis", None)
    assert "shorter than the local standard" in exc.value.for_field("days").message
    services.contacts.set_cadence(person, 7, "Evicted; in emergency accommodation", today + timedelta(days=30))
    st = services.contacts.status(person)
    assert st.due.due == date(2026, 11, 27) and "Evicted" in st.due.reason
    services.contacts.end_cadence(person)
    assert services.contacts.status(person).due.due == date(2027, 1, 15)


def test_follow_ups_join_a_draft_plan_or_wait_for_the_next_review(services, person, team, today):
    from tests.storage.test_plans_service import fill
    services.plans.start_plan(person, date(2026, 11, 1))
    services.contacts.log(visit(person, team["pa"], follow_ups=[FollowUp("Chase the landlord", "Priya", date(2026, 12, 1), to_plan=True)]))
    draft = services.plans.current(person)
    assert [a.what for a in draft.actions] == ["Chase the landlord"]
    fill(draft)
    services.plans.finalise(draft)
    services.contacts.log(visit(person, team["pa"], follow_ups=[FollowUp("Referral to money advice", "Priya", date(2026, 12, 5), to_plan=True),
                                                                FollowUp("Book GP", "Zoë", date(2026, 11, 30))]))
    assert "Referral to money advice" not in [a.what for a in services.plans.current(person).actions]
    review = services.plans.start_review(person, today, "Six-monthly review")
    assert "Referral to money advice" in [a.what for a in review.actions]
    assert "Book GP" not in [a.what for a in review.actions]
    open_fus = services.contacts.followups(person)
    gp = next(f for f in open_fus if f.what == "Book GP")
    services.contacts.complete_followup(gp.id, today)
    assert "Book GP" not in [f.what for f in services.contacts.followups(person)]


# What a worker might type, and what it finds: search syntax is taken as plain words (AND, NEAR,
# col:value, ^ and * find the words, never act as operators), punctuation alone finds nothing, and
# nothing typed reaches the SQL. "V" is the home visit's note, "T" the talk's, "N" the name.
HOSTILE = [('"', ""), ("'", ""), ("*", ""), ("**", ""), ("-", ""), ("AND", "T"), ("OR NOT", "T"), ("NEAR(", "T"),
           ("zoë", "N"), ("Zoe", "N"), ("ellie-may", "N"), ("tena*", "V"), ("(((", ""), ("'; DROP TABLE contacts; --", ""),
           ("a" * 5000, ""), ("😀", ""), ("\x00", ""), ("col:value", "T"), ("^start", "T")]


@pytest.mark.parametrize(("typed", "finds"), HOSTILE)
def test_search_never_raises_and_takes_what_is_typed_as_words(services, person, team, typed, finds):
    services.contacts.log(visit(person, team["pa"]))
    services.contacts.log(visit(person, team["pa"], summary="Talked and laughed, or not; near the col value start."))
    found = {({"name": "N"}.get(r.kind) or r.plain_snippet[0]) for r in services.search.search(typed)}
    assert found == set(finds)
    assert [r.plain_snippet[:7] for r in services.search.search("tenancy")] == ["Visited"]  # nothing was harmed


def test_search_finds_names_notes_and_plans_accent_and_prefix_insensitively(services, person, team):
    services.contacts.log(visit(person, team["pa"], summary="Talked about the tenancy and Siobhán's birthday."))
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    plan.sections[SectionKey.EDUCATION].need = "Needs a bicycle to get to college"
    services.plans.save_draft(plan)
    kinds = lambda q: {r.kind for r in services.search.search(q)}  # noqa: E731
    assert kinds("zoe") == {"name"}
    assert kinds("ellie-may") == {"name"}
    assert "contact" in kinds("tena")
    assert "contact" in kinds("siobhan")
    assert "plan" in kinds("bicycle")
    r = services.search.search("tenancy")[0]
    assert "\x02tenancy\x03" in r.snippet and r.person_name.startswith("Zoë")
    assert services.search.search("tenancy", person_ids=set()) == []


def test_chronology_gathers_events_and_filters(services, person, team, today):
    services.contacts.log(visit(person, team["pa"], significant=True, summary="Disclosed pressure to hold drugs; referral made."))
    services.contacts.log(visit(person, team["pa"], summary="Routine visit."))
    with pytest.raises(ValidationError):
        services.chronology.add_event(person, today + timedelta(days=1), "Future", "")
    services.chronology.add_event(person, date(2025, 3, 1), "Passed driving theory test", "")
    events = services.chronology.events(person)
    titles = [e.title for e in events]
    assert "Became looked after" in titles and "Left care" in titles
    assert "Former relevant child" in titles  # from the 18th birthday
    assert "Passed driving theory test" in titles
    assert [e.kind for e in events if e.kind == "contact"] == ["contact"]  # only the significant one
    assert any(e.kind == "pa" for e in events)
    assert [e.on for e in events] == sorted(e.on for e in events)
    only = services.chronology.events(person, {"manual"})
    assert [e.title for e in only] == ["Passed driving theory test"]
    text = PdfReader(io.BytesIO(services.chronology.pdf(person))).pages[0].extract_text()
    assert "OFFICIAL-SENSITIVE" in text and "Chronology" in text and "Page 1 of" in text


def test_caseload_and_tray_from_the_demo(demo_services, demo):
    rows = demo_services.people.caseload(Scope(ScopeKind.ALL))
    touch = [r.facts.touch for r in rows]
    assert any(t.lost_touch for t in touch) and any(t.due.is_overdue() for t in touch)
    assert any(t.decision == InTouch.REFU for t in touch)
    assert demo_services.store.scalar("SELECT count(*) FROM contacts") > 1000
    items = demo_services.worktray.items(Scope(ScopeKind.TEAM, demo.current_worker_id))
    keys = [i.urgency_key() for i in items]
    assert keys == sorted(keys)
    assert {ItemKind.LOST_TOUCH, ItemKind.CONTACT, ItemKind.REVIEW, ItemKind.ACTION} <= {i.kind for i in items}


def test_the_caseload_counts_exactly_the_tray_items(demo_services, today):
    """The caseload's "to do" column counts the dated items (actions, checks, follow-ups) without
    making them: the counts must be those of the tray's own items, person by person."""
    from collections import Counter
    rows = demo_services.people.caseload(Scope(ScopeKind.ALL))
    items = demo_services.worktray.items_for_rows(rows, today, ordered=False)
    assert {ItemKind.ACTION, ItemKind.CONTINGENCY_CHECK, ItemKind.FOLLOW_UP} <= {i.kind for i in items}
    everything = Counter(i.person_id for i in items)
    pressing = Counter(i.person_id for i in items if i.overdue or i.due is None)
    assert [r.facts.tray for r in rows] == [TrayCounts(everything.get(r.id, 0), pressing.get(r.id, 0)) for r in rows]
    assert any(t.total > t.pressing > 0 for t in (r.facts.tray for r in rows))
