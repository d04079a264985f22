"""Pathway plan rules: review dates, the quality gate, input checks (CLR 2010 regs 6-7, Sch 1)."""

from datetime import date

import pytest

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
from tests.support.rules import refusals

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
    return refusals(fn, *args)


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


def test_the_ten_matters_are_numbered_as_the_paragraphs_of_schedule_1():
    assert [(s.number, s.key) for s in SECTIONS] == [
        (1, SectionKey.CONTACT), (2, SectionKey.EDUCATION), (3, SectionKey.EMPLOYMENT), (4, SectionKey.CONTINGENCY),
        (5, SectionKey.ACCOMMODATION), (6, SectionKey.RELATIONSHIPS), (7, SectionKey.INDEPENDENCE),
        (8, SectionKey.FINANCE), (9, SectionKey.HEALTH), (10, SectionKey.IDENTITY)]


def test_an_action_is_overdue_the_day_after_its_date_not_on_it():
    a = PlanAction("Open a bank account", OwnerKind.YOUNG_PERSON, "Zoë", TODAY, SectionKey.FINANCE)
    assert not a.is_overdue(TODAY)
    assert a.is_overdue(date(2026, 11, 23))
    assert not PlanAction("x", OwnerKind.PA, "", None, SectionKey.FINANCE).is_overdue(TODAY)


def test_an_action_done_or_no_longer_needed_is_never_overdue():
    for status in (ActionStatus.DONE, ActionStatus.NOT_NEEDED):
        a = PlanAction("Open a bank account", OwnerKind.PA, "", date(2026, 1, 1), SectionKey.FINANCE, status=status)
        assert not a.is_overdue(TODAY)


def test_a_contingency_check_is_overdue_the_day_after_its_date_not_on_it():
    c = Contingency("I lose my tenancy", "PA calls housing options", "PA", TODAY)
    assert not c.check_overdue(TODAY)
    assert c.check_overdue(date(2026, 11, 23))
    assert not Contingency("x", "y", "z", None).check_overdue(TODAY)


def test_who_does_an_action():
    assert PlanAction("x", OwnerKind.OTHER, "Housing options", None, SectionKey.ACCOMMODATION).who == "Housing options"
    assert PlanAction("x", OwnerKind.PA, "Priya Shah", None, SectionKey.ACCOMMODATION).who == "Priya Shah (personal adviser)"
    assert PlanAction("x", OwnerKind.YOUNG_PERSON, "", None, SectionKey.ACCOMMODATION).who == "Young person"


def test_only_a_review_the_young_person_asked_for_cannot_be_withdrawn():
    # CLR 2010 reg 7(1)(c): a review the young person asks for cannot be refused.
    assert [s for s in ReviewSource if not s.can_be_withdrawn] == [ReviewSource.YOUNG_PERSON]


def test_a_withdrawn_request_no_longer_brings_the_review_forward():
    plan = final_plan(date(2026, 10, 1))
    withdrawn = ReviewRequest("p", ReviewSource.PA, date(2026, 11, 1), date(2026, 11, 29), withdrawn_reason="Settled again")
    assert not withdrawn.open
    assert review_due(plan, [withdrawn], TODAY).due == date(2027, 4, 1)


def test_a_review_due_in_the_future_is_not_overdue_and_one_day_late_is():
    plan = final_plan(date(2026, 10, 1))
    r = review_due(plan, [], TODAY)
    assert r.overdue_days == 0 and not r.is_overdue()
    late = review_due(final_plan(date(2026, 5, 21)), [], TODAY)
    assert late.overdue_days == 1 and late.is_overdue()


def test_without_a_finalised_plan_no_review_is_overdue():
    r = review_due(None, [], TODAY)
    assert r.reason == "No finalised plan yet" and r.overdue_days == 0 and not r.is_overdue()


def test_actions_and_contingencies_by_section():
    p = complete_plan()
    housing = Contingency("the landlord serves notice", "PA calls housing options", "PA", date(2026, 12, 1),
                          SectionKey.ACCOMMODATION)
    p.contingencies.append(housing)
    p.actions.append(PlanAction("Register with a GP", OwnerKind.PA, "", date(2026, 12, 1), SectionKey.HEALTH))
    assert [a.what for a in p.actions_in(SectionKey.HEALTH)] == ["Register with a GP"]
    assert [a.what for a in p.actions_in(SectionKey.EDUCATION)] == ["Apply for the bursary"]
    assert p.contingencies_in(SectionKey.ACCOMMODATION) == [housing]
    assert p.contingencies_in(SectionKey.CONTINGENCY) == p.contingencies_in(None) == [p.contingencies[0]]


def test_sign_off_status_shows_the_latest_decision():
    from careleaver_app.domain.plans import Oversight

    draft = Plan(person_id="p", version=1, start_date=date(2026, 11, 1))
    assert draft.oversight_status == ""
    final = final_plan(date(2026, 11, 1))
    assert final.oversight_status == "Awaiting manager's sign-off"
    final.oversight.append(Oversight("m", "Sam Patel", "returned", "No contingency for college", date(2026, 11, 3)))
    final.oversight.append(Oversight("m", "Sam Patel", "signed_off", "", date(2026, 11, 5)))
    assert final.oversight_status == "Signed off by Sam Patel on 05/11/2026"
    final.oversight.append(Oversight("m", "Sam Patel", "returned", "Dates missing", date(2026, 11, 6)))
    assert final.oversight_status == "Returned with comments by Sam Patel on 06/11/2026"


def test_contingency_sentence_lower_cases_a_common_first_word_and_keeps_names():
    c = Contingency("My tenancy ends", "The PA calls housing options", "PA", None)
    assert c.sentence() == "If my tenancy ends, then the PA calls housing options (PA)"
    assert Contingency("Amara misses college", "Then Amara rings Priya", "Amara", None).sentence() == \
        "If Amara misses college, then Amara rings Priya (Amara)"


def test_gate_names_an_action_by_its_first_40_characters():
    p = complete_plan()
    p.actions[0].target_date = None
    p.actions[0].what = "A" * 40
    assert only_gap(p).message == f"Action “{'A' * 40}” (Learning): give it a date (the timescale)"
    p.actions[0].what = "A" * 41
    assert only_gap(p).message == f"Action “{'A' * 39}…” (Learning): give it a date (the timescale)"


def test_gate_points_to_the_action_or_contingency_by_id_or_place():
    p = complete_plan()
    p.actions[0].target_date = None
    assert only_gap(p).target == "action:0"
    p.actions[0].id = "a1"
    assert only_gap(p).target == "action:a1"
    p = complete_plan()
    p.contingencies[0].check_by = None
    assert only_gap(p).target == "contingency:0"
    p.contingencies[0].id = "c1"
    assert only_gap(p).target == "contingency:c1"


def test_gate_someone_else_named_as_owner_is_enough():
    p = complete_plan()
    p.actions.append(PlanAction("Housing application", OwnerKind.OTHER, "Housing options", date(2026, 12, 1),
                                SectionKey.ACCOMMODATION))
    p.actions.append(PlanAction("Book the review", OwnerKind.PA, "", date(2026, 12, 1), SectionKey.CONTACT))
    assert plan_gaps(p, TODAY) == []


@pytest.mark.parametrize("missing", ["trigger", "response", "who"])
def test_gate_a_contingency_needs_trigger_response_and_who(missing):
    p = complete_plan()
    setattr(p.contingencies[0], missing, " ")
    assert "say what triggers it, what happens and who acts" in only_gap(p).message


def test_gate_a_copy_given_today_is_fine_tomorrow_is_not():
    p = complete_plan()
    p.copy_given_date = TODAY
    assert plan_gaps(p, TODAY) == []
    p.copy_given_date = date(2026, 11, 23)
    assert only_gap(p).message == "The date the copy was given is in the future"


def test_action_and_contingency_dates_on_the_plan_start_or_today_are_fine():
    start = date(2026, 11, 1)
    done_today = PlanAction("Book dentist", OwnerKind.PA, "Priya", start, SectionKey.HEALTH, status=ActionStatus.DONE,
                            done_date=TODAY)
    validate_action(done_today, start, TODAY)
    done_tomorrow = PlanAction("Book dentist", OwnerKind.PA, "Priya", start, SectionKey.HEALTH, status=ActionStatus.DONE,
                               done_date=date(2026, 11, 23))
    assert "future" in errs(validate_action, done_tomorrow, start, TODAY)["done_date"]
    validate_contingency(Contingency("x", "y", "z", start), start)
    early = Contingency("x", "y", "z", date(2026, 10, 31))
    assert "before the plan started (01/11/2026)" in errs(validate_contingency, early, start)["check_by"]


def test_plan_header_dates_on_their_boundaries():
    p = complete_plan()
    p.start_date = p.copy_given_date = TODAY
    p.actions[0].target_date = TODAY
    validate_plan_header(p, TODAY)  # starts today, copy given today, an action due the day it starts
    p.start_date = date(2026, 11, 23)
    assert "future" in errs(validate_plan_header, p, TODAY)["start_date"]
    p = complete_plan()
    p.copy_given_date = p.start_date
    validate_plan_header(p, TODAY)
    p.copy_given_date = date(2026, 10, 31)
    assert "before the plan started" in errs(validate_plan_header, p, TODAY)["copy_given_date"]
    p = complete_plan()
    p.copy_given_date = date(2026, 11, 23)
    assert "future" in errs(validate_plan_header, p, TODAY)["copy_given_date"]
    p = complete_plan()
    p.actions[0].target_date = date(2026, 10, 31)
    assert "due before the plan started (01/11/2026)" in errs(validate_plan_header, p, TODAY)["actions"]


def test_a_review_can_be_dated_the_day_of_the_previous_plan_but_not_before():
    p = complete_plan()
    p.review_date = date(2026, 11, 10)
    validate_plan_header(p, TODAY, previous_plan_date=date(2026, 11, 10))
    assert "before the previous plan date (11/11/2026)" in errs(validate_plan_header, p, TODAY, date(2026, 11, 11))["review_date"]


# Mutants judged equivalent: in _strip_lead, `t.split(" ", 1)[0]` with a maxsplit of 2: the first
# word is the same whatever the split limit, as long as there is one. PlanAction.position and
# Contingency.position defaulting to 1 or -1 instead of 0: the default is only a placeholder for an
# action not yet saved (storage writes each one's place in the list and reads it back, and the printed
# plan, the only reader, prints saved plans), and every unsaved one has the same default, so no order changes.
