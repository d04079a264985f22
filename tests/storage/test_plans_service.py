"""Plans through the service: drafts, the gate, finalising, immutability, reviews, oversight."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import NotAllowed, ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import (
    SECTIONS,
    ActionStatus,
    Contingency,
    OwnerKind,
    PlanAction,
    ReviewSource,
    SectionKey,
)
from careleaver_app.services.plans import PlanIncomplete
from careleaver_app.storage import plans as repo


@pytest.fixture
def person(services, team):
    p = YoungPerson(legal_name="Zoë Kowalski", dob=date(2007, 8, 31), care_periods=[CarePeriod(date(2021, 8, 31), date(2025, 8, 31))])
    return services.people.create(p, team["pa"])


def fill(plan, start=date(2026, 11, 1)):
    for info in SECTIONS:
        plan.sections[info.key].need = f"What is needed: {info.plain_title}"
    plan.actions.append(PlanAction("Apply for the 16-19 bursary", OwnerKind.YOUNG_PERSON, "Zoë", start + timedelta(days=30), SectionKey.EDUCATION))
    plan.actions.append(PlanAction("Register with a dentist", OwnerKind.PA, "Priya Valente", start + timedelta(days=10), SectionKey.HEALTH))
    plan.contingencies.append(Contingency("I lose my tenancy", "PA contacts housing options the same day", "PA", start + timedelta(days=40)))
    plan.views = "I'm happy with my plan"
    plan.copy_given_date = start
    return plan


def final_plan(services, person, start=date(2026, 11, 1)):
    plan = services.plans.start_plan(person, start)
    return services.plans.finalise(fill(plan, start))


def test_start_save_and_reload_a_draft(services, person):
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    assert plan.version == 1 and plan.pa_name == "Priya Valente"
    plan.sections[SectionKey.HEALTH].need = "Asthma review due"
    plan.actions.append(PlanAction("Book asthma review", OwnerKind.YOUNG_PERSON, "Zoë", date(2026, 12, 1), SectionKey.HEALTH))
    services.plans.save_draft(plan)
    again = services.plans.current(person)
    assert again.sections[SectionKey.HEALTH].need == "Asthma review due"
    assert [a.what for a in again.actions] == ["Book asthma review"]
    with pytest.raises(NotAllowed):
        services.plans.start_plan(person)


def test_an_action_without_a_date_is_refused_and_nothing_is_saved(services, person):
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    plan.sections[SectionKey.HEALTH].need = "changed"
    plan.actions.append(PlanAction("Book asthma review", OwnerKind.YOUNG_PERSON, "Zoë", None, SectionKey.HEALTH))
    with pytest.raises(ValidationError) as exc:
        services.plans.save_draft(plan)
    assert exc.value.for_field("target_date")
    stored = services.plans.current(person)
    assert stored.actions == [] and stored.sections[SectionKey.HEALTH].need == ""


def test_finalising_an_incomplete_plan_lists_the_gaps(services, person):
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    with pytest.raises(PlanIncomplete) as exc:
        services.plans.finalise(plan)
    assert len(exc.value.gaps) >= 11
    assert not services.plans.current(person).is_final


def test_finalised_version_cannot_change_through_any_service(services, person):
    plan = final_plan(services, person)
    assert plan.is_final and plan.finalised_by is not None
    plan.sections[SectionKey.HEALTH].need = "rewritten"
    with pytest.raises(NotAllowed):
        services.plans.save_draft(plan)
    with pytest.raises(NotAllowed):
        services.plans.discard_draft(plan.id)
    # Even straight at the store, the database refuses.
    store = services.store
    for attempt in (
        lambda: repo.replace_draft(store, plan),
        lambda: store.update("plan_actions", plan.actions[0].id, {"what": "changed"}),
        lambda: store.update("plan_actions", plan.actions[0].id, {"target_date": "2030-01-01"}),
        lambda: store.update("plans", plan.id, {"views": "changed"}),
        lambda: store.update("plan_sections", store.query("SELECT id FROM plan_sections WHERE plan_id = ?", [plan.id])[0]["id"], {"need": "x"}),
        lambda: store.insert("plan_actions", {"plan_id": plan.id, "section": "health", "what": "new", "owner_kind": "pa", "status": "open"}),
        lambda: store.delete_where("plan_contingencies", "plan_id = ?", [plan.id]),
    ):
        with pytest.raises(Exception) as exc:
            with store.transaction():
                attempt()
        assert "finalised plan versions cannot be changed" in str(exc.value)
    again = services.plans.get(plan.id)
    assert again.sections[SectionKey.HEALTH].need.startswith("What is needed")
    assert [a.what for a in again.actions] == ["Apply for the 16-19 bursary", "Register with a dentist"]


def test_progress_on_a_finalised_plan_is_kept_with_its_history(services, person, today):
    plan = final_plan(services, person)
    action = plan.actions[1]
    with pytest.raises(ValidationError):
        services.plans.set_action_status(action.id, ActionStatus.NOT_NEEDED, None, "")
    services.plans.set_action_status(action.id, ActionStatus.DONE, today - timedelta(days=2))
    again = services.plans.get(plan.id)
    assert again.actions[1].status == ActionStatus.DONE and again.actions[1].done_date == today - timedelta(days=2)
    assert [h["status"] for h in repo.action_history(services.store, action.id)] == ["done"]
    cont = plan.contingencies[0]
    services.plans.record_check(cont.id, today, "Tenancy fine", today + timedelta(days=30))
    assert services.plans.get(plan.id).contingencies[0].check_by == today + timedelta(days=30)
    with pytest.raises(ValidationError):
        services.plans.record_check(cont.id, today, "", today)


def test_review_makes_a_new_version_and_keeps_the_old(services, person, today):
    plan = final_plan(services, person)
    with pytest.raises(ValidationError) as exc:
        services.plans.start_review(person, today + timedelta(days=1), "Six-monthly review")
    assert "future" in exc.value.for_field("review_date").message
    with pytest.raises(ValidationError):
        services.plans.start_review(person, today, "")
    new = services.plans.start_review(person, today, "Moved to new accommodation")
    assert new.version == 2 and not new.is_final and new.review_date == today
    assert [a.what for a in new.actions] == [a.what for a in plan.actions]
    assert {a.id for a in new.actions}.isdisjoint({a.id for a in plan.actions})
    assert new.views == "" and new.copy_given_date is None
    with pytest.raises(NotAllowed):
        services.plans.start_review(person, today, "again")
    # Progress on the old version is refused now there is a newer one.
    with pytest.raises(NotAllowed):
        services.plans.set_action_status(plan.actions[0].id, ActionStatus.DONE, today)
    old = services.plans.get(plan.id)
    assert old.is_final and old.version == 1
    assert [v.version for v in services.plans.versions(person)] == [2, 1]


def test_requests_young_person_cannot_be_refused_and_a_review_resolves_it(services, person, today):
    final_plan(services, person)
    req = services.plans.request_review(person, ReviewSource.YOUNG_PERSON, "Wants to move", today)
    assert req.due_by == today + timedelta(days=28)
    assert services.plans.review_status(person).due == req.due_by
    with pytest.raises(NotAllowed):
        services.plans.withdraw_request(req.id, "Not needed")
    pa_req = services.plans.request_review(person, ReviewSource.PA, "Lost job", today)
    services.plans.withdraw_request(pa_req.id, "Found new job")
    review = services.plans.start_review(person, today, "The young person asked for a review")
    services.plans.finalise(fill(review, date(2026, 11, 1)))
    open_requests = [r for r in services.plans.requests(person) if r.open]
    assert open_requests == []
    assert services.plans.review_status(person).due == date(2027, 5, 22)


def test_oversight_by_a_manager_only_and_returns_need_comments(services, person, team, today):
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    with pytest.raises(NotAllowed):
        services.plans.oversee(plan.id, team["manager"], "signed_off", "")
    plan = services.plans.finalise(fill(plan))
    with pytest.raises(NotAllowed):
        services.plans.oversee(plan.id, team["pa2"], "signed_off", "")
    # The manager's name is not enough: they sign off signed in as themselves.
    with pytest.raises(NotAllowed, match="signed in as themselves"):
        services.plans.oversee(plan.id, team["manager"], "signed_off", "Thanks")
    services.workers.set_current(team["manager"])
    with pytest.raises(NotAllowed):
        services.plans.oversee(plan.id, team["pa2"], "signed_off", "")
    with pytest.raises(ValidationError):
        services.plans.oversee(plan.id, team["manager"], "returned", "  ")
    services.plans.oversee(plan.id, team["manager"], "returned", "Add a date for the housing action")
    services.plans.oversee(plan.id, team["manager"], "signed_off", "Thanks")
    p = services.plans.get(plan.id)
    assert [o.decision for o in p.oversight] == ["returned", "signed_off"]
    assert p.oversight_status == f"Signed off by Delroy Mbeki on {today:%d/%m/%Y} (signed in on this laptop)"


def test_overdue_actions_counted_from_the_day_after_their_date(services, person, today):
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    plan.actions = [
        PlanAction("Due yesterday", OwnerKind.PA, "Priya", today - timedelta(days=1), SectionKey.HEALTH),
        PlanAction("Due today", OwnerKind.PA, "Priya", today, SectionKey.HEALTH),
        PlanAction("Done late", OwnerKind.PA, "Priya", today - timedelta(days=5), SectionKey.HEALTH,
                   status=ActionStatus.DONE, done_date=today - timedelta(days=1)),
    ]
    services.plans.save_draft(plan)
    alerts = services.plans.alerts([person])[person]
    assert alerts.overdue_actions == 1 and alerts.label == "Draft only"
    # The caseload's "Late actions" column carries the same count (a separate, skippable column).
    from careleaver_app.services.people import Scope, ScopeKind
    row = next(r for r in services.people.caseload(Scope(ScopeKind.ALL)) if r.id == person)
    assert row.facts.plan.overdue_actions == 1
    services.store.forget()  # (a caseload with every column already known would be reused as it is)
    light = next(r for r in services.people.caseload(Scope(ScopeKind.ALL), skip=("late",)) if r.id == person)
    assert light.facts.plan.label == "Draft only" and light.facts.plan.overdue_actions == 0


def test_caseload_shows_plan_state(services, person, today):
    from careleaver_app.services.people import Scope, ScopeKind
    row = services.people.caseload(Scope(ScopeKind.ALL))[0]
    assert row.facts.plan.label == "No plan"
    final_plan(services, person, date(2026, 5, 21))
    row = services.people.caseload(Scope(ScopeKind.ALL))[0]
    assert row.facts.plan.label == "Review overdue 1 d"


@pytest.mark.parametrize("some_people", [400, 0])
def test_open_review_requests_count_only_for_their_own_young_person(services, person, team, today, monkeypatch, some_people):
    """A few young people's requests are read alone, more than SOME_PEOPLE everyone's: either
    way each person's review falls due from their own open requests only."""
    from careleaver_app.storage import store as store_module

    monkeypatch.setattr(store_module, "SOME_PEOPLE", some_people)
    other = services.people.create(YoungPerson(legal_name="Tomasz Abara", dob=date(2007, 3, 1),
                                               care_periods=[CarePeriod(date(2021, 3, 1), date(2025, 3, 1))]), team["pa"])
    final_plan(services, person)
    final_plan(services, other)
    req = services.plans.request_review(person, ReviewSource.YOUNG_PERSON, "Wants to move", today)
    alerts = services.plans.alerts([person, other], today)
    assert alerts[person].review.due == req.due_by == today + timedelta(days=28)
    assert alerts[other].review.due == date(2027, 5, 1)  # six months after the plan, no request
    assert services.living.la_accommodation([person, other], today) == {}
