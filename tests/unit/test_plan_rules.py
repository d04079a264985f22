"""Pathway plan rules: review dates, the quality gate, input checks (CLR 2010 regs 6-7, Sch 1)."""

from datetime import date

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.plans import (
    SECTIONS,
    ActionStatus,
    Contingency,
    ContingencyKind,
    OwnerKind,
    Plan,
    PlanAction,
    PlanStatus,
    ReviewRequest,
    ReviewSource,
    SectionKey,
    next_scheduled_review,
    plan_gaps,
    review_due,
    review_due_after,
    validate_action,
    validate_contingency,
    validate_plan_header,
)

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("plan_date, due", [
    (date(2026, 8, 31), date(2027, 2, 28)),
    (date(2027, 8, 31), date(2028, 2, 29)),
    (date(2028, 2, 29), date(2028, 8, 29)),
    (date(2026, 3, 31), date(2026, 9, 30)),
    (date(2026, 5, 22), date(2026, 11, 22)),
])
def test_next_review_is_six_months_on_and_month_end_safe(plan_date, due):
    assert next_scheduled_review(plan_date) == due


def final_plan(plan_date, review=None):
    return Plan(person_id="p", version=1, start_date=plan_date, status=PlanStatus.FINAL, review_date=review)


def test_review_overdue_counts_from_the_day_after_it_was_due():
    plan = final_plan(date(2026, 5, 22))
    assert review_due(plan, [], date(2026, 11, 22)).overdue_days == 0
    assert not review_due(plan, [], date(2026, 11, 22)).is_overdue()
    assert review_due(plan, [], date(2026, 11, 23)).overdue_days == 1


def test_the_review_date_not_the_start_sets_the_next_review():
    r = review_due(final_plan(date(2025, 1, 10), review=date(2026, 10, 1)), [], TODAY)
    assert r.due == date(2027, 4, 1) and "review on 01/10/2026" in r.reason


def test_the_caseload_shortcut_agrees_with_the_whole_plan():
    """The caseload works reviews out from the plan's dates alone (review_due_after)."""
    asked = ReviewRequest("p", ReviewSource.YOUNG_PERSON, date(2026, 11, 1), date(2026, 11, 29))
    for start, review, requests in [(date(2025, 1, 10), date(2026, 10, 1), []), (date(2026, 5, 31), None, []),
                                    (date(2026, 10, 1), None, [asked]), (date(2024, 2, 29), None, [])]:
        assert review_due_after(start, review, requests, TODAY) == review_due(final_plan(start, review=review), requests, TODAY)
    assert review_due_after(None, None, [], TODAY) == review_due(None, [], TODAY)
    assert review_due_after(date(2024, 2, 29), None, [], TODAY).overdue_days == (TODAY - date(2024, 8, 29)).days


def test_a_request_brings_the_review_forward_and_closed_ones_do_not():
    plan = final_plan(date(2026, 10, 1))
    asked = ReviewRequest("p", ReviewSource.YOUNG_PERSON, date(2026, 11, 1), date(2026, 11, 29))
    r = review_due(plan, [asked], TODAY)
    assert r.due == date(2026, 11, 29) and "young person asked" in r.reason
    done = ReviewRequest("p", ReviewSource.YOUNG_PERSON, date(2026, 11, 1), date(2026, 11, 29), resolved_by_plan_id="x")
    assert review_due(plan, [done], TODAY).due == date(2027, 4, 1)


def test_no_final_plan_means_no_review_date():
    assert review_due(None, [], TODAY).due is None


def complete_plan() -> Plan:
    p = Plan(person_id="p", version=1, start_date=date(2026, 11, 1), views="I'm happy with it", copy_given_date=date(2026, 11, 2))
    for info in SECTIONS:
        p.sections[info.key].need = f"Need for {info.plain_title}"
    p.actions.append(PlanAction("Apply for the bursary", OwnerKind.YOUNG_PERSON, "Zoë", date(2026, 12, 1), SectionKey.EDUCATION))
    p.contingencies.append(Contingency("I lose my tenancy", "PA calls housing options", "PA", date(2026, 12, 15)))
    return p


def test_a_complete_plan_has_no_gaps():
    assert plan_gaps(complete_plan(), TODAY) == []


def only_gap(plan):
    gaps = plan_gaps(plan, TODAY)
    assert len(gaps) == 1, gaps
    return gaps[0]


def test_gate_every_section_addressed():
    p = complete_plan()
    p.sections[SectionKey.FINANCE].need = "  "
    g = only_gap(p)
    assert g.target == "section:finance:need" and "Money" in g.message


def test_gate_action_needs_a_date():
    p = complete_plan()
    p.actions[0].target_date = None
    assert "give it a date" in only_gap(p).message


def test_gate_action_needs_an_owner():
    p = complete_plan()
    p.actions[0].owner_kind, p.actions[0].owner_name = OwnerKind.OTHER, ""
    assert "say who will do it" in only_gap(p).message


def test_gate_at_least_one_plan_level_contingency():
    p = complete_plan()
    p.contingencies[0].section = SectionKey.ACCOMMODATION  # a section contingency does not count
    g = only_gap(p)
    assert g.target == "section:contingency:contingencies" and "Schedule 1 para 4" in g.message


def test_gate_views_or_why_not():
    p = complete_plan()
    p.views = ""
    assert only_gap(p).target == "overview:views"
    p.views_not_recorded_reason = "Declined to attend; will discuss at next visit"
    assert plan_gaps(p, TODAY) == []


def test_gate_copy_given_date():
    p = complete_plan()
    p.copy_given_date = None
    assert only_gap(p).target == "overview:copy_given_date"


def test_contingency_reads_as_if_then_who():
    c = Contingency("If my tenancy ends.", "then my PA calls housing options the same day", "Priya, 07700 900123", date(2027, 1, 1))
    assert c.sentence() == "If my tenancy ends, then my PA calls housing options the same day (Priya, 07700 900123)"
    assert Contingency("I lose my job", "Amara tells her PA", "Amara", None).sentence() == "If I lose my job, then Amara tells her PA (Amara)"


def errs(fn, *args):
    with pytest.raises(ValidationError) as exc:
        fn(*args)
    return {e.field: e.message for e in exc.value.errors}


def test_action_input_checks():
    a = PlanAction("", OwnerKind.OTHER, "", None, SectionKey.HEALTH)
    e = errs(validate_action, a, date(2026, 11, 1), TODAY)
    assert set(e) == {"what", "owner_name", "target_date"} and "timescale" in e["target_date"]
    early = PlanAction("Book dentist", OwnerKind.PA, "Priya", date(2026, 10, 31), SectionKey.HEALTH)
    assert "before the plan started" in errs(validate_action, early, date(2026, 11, 1), TODAY)["target_date"]
    validate_action(PlanAction("Book dentist", OwnerKind.PA, "Priya", date(2026, 11, 1), SectionKey.HEALTH), date(2026, 11, 1), TODAY)
    done = PlanAction("Book dentist", OwnerKind.PA, "Priya", date(2026, 11, 5), SectionKey.HEALTH, status=ActionStatus.DONE)
    assert "done_date" in errs(validate_action, done, None, TODAY)
    gone = PlanAction("Book dentist", OwnerKind.PA, "Priya", date(2026, 11, 5), SectionKey.HEALTH, status=ActionStatus.NOT_NEEDED)
    assert "status_reason" in errs(validate_action, gone, None, TODAY)


def test_safety_plan_needs_what_to_do_if_the_risk_rises():
    c = Contingency("going missing", "call police after 24 hours", "PA", date(2026, 12, 1), kind=ContingencyKind.SAFETY)
    assert "escalation" in errs(validate_contingency, c, None)
    assert "check_by" in errs(validate_contingency, Contingency("x", "y", "z", None), None)


def test_review_date_in_the_future_is_refused():
    p = complete_plan()
    p.review_date = date(2026, 11, 23)
    assert "future" in errs(validate_plan_header, p, TODAY)["review_date"]
    p.review_date = date(2026, 11, 22)
    validate_plan_header(p, TODAY)
