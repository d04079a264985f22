"""What needs attention on a record (domain/attention.py): each judgement at its boundaries, the
header's words and order, and the filters' labels. Synthetic facts only."""

from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest

from careleaver_app.domain.accommodation import AccommodationEpisode, AccommodationState, Suitability
from careleaver_app.domain.attention import ATTENTION, BY_KEY, FILTERS, CaseloadFacts, TrayCounts, header_lines, needs
from careleaver_app.domain.contacts import ContactDue, InTouch, TouchStatus
from careleaver_app.domain.cover import CoverState
from careleaver_app.domain.eet import EetEpisode, EetState
from careleaver_app.domain.eligibility import Category
from careleaver_app.domain.health import HandoverStatus, Stage
from careleaver_app.domain.plans import PlanAlerts, PlanStatus, ReviewDue

TODAY = date(2026, 12, 1)


@dataclass
class Person:
    age: int = 19
    category: Category = Category.FORMER_RELEVANT
    category_active: bool = True
    pa_id: str | None = "pa-1"
    archived: bool = False
    as_at: date | None = TODAY
    facts: CaseloadFacts = field(default_factory=CaseloadFacts)


def plan(*, has_plan=True, due=date(2027, 3, 1), overdue_days=0, final=True, actions=0, checks=0) -> PlanAlerts:
    return PlanAlerts(has_plan, PlanStatus.FINAL if final else PlanStatus.DRAFT, ReviewDue(due, "six-monthly review", overdue_days),
                      actions, checks, final)


def touch(*, in_touch=InTouch.YES, overdue_days=0, statutory=False, decision=None) -> TouchStatus:
    return TouchStatus(in_touch, datetime(2026, 11, 1, 10), datetime(2026, 11, 1, 10), None,
                       ContactDue(date(2026, 12, 1), "8 weeks since last seen", overdue_days, statutory), 56, "local standard", decision)


def accom(*, episode=True, suitability=Suitability.SUITABLE, flag="") -> AccommodationState:
    ep = AccommodationEpisode("p", "T", date(2026, 1, 5)) if episode else None
    return AccommodationState(ep, None, suitability, flag)


def health(level="", stage=Stage.REQUESTED) -> HandoverStatus:
    return HandoverStatus(stage, level, "Requested 01/10/2026: chase it", date(2025, 6, 1))


def person(**facts) -> Person:
    return Person(facts=CaseloadFacts(**facts))


def keys(p: Person) -> list[str]:
    return [a.key for a in ATTENTION if a.applies(p)]


def test_nothing_needs_attention_on_a_record_in_good_order():
    p = person(plan=plan(), touch=touch(), accom=accom(), eet=EetState(EetEpisode("p", "F1", date(2026, 9, 1)), None),
               health=health("", Stage.GIVEN), tray=TrayCounts(3, 0))
    assert keys(p) == [] and header_lines(p) == []


def test_facts_an_extender_did_not_give_judge_nothing():
    assert keys(Person()) == []


def test_the_keys_are_unique_and_every_filter_has_a_label():
    assert len(BY_KEY) == len(ATTENTION)
    assert [a.filter_label for a in FILTERS] == [
        "Overdue work", "Contact overdue", "Not in touch", "Being covered", "No plan", "Review overdue", "Unsuitable accommodation",
        "No suitability judgement", "No accommodation recorded", "NEET", "Health history not given", "Health history overdue"]
    with pytest.raises(KeyError):
        needs(Person(), "no such thing")


# -- keeping in touch -----------------------------------------------------------------------------------

def test_a_contact_is_overdue_from_the_first_day_past_its_date():
    assert not needs(person(touch=touch(overdue_days=0)), "contact_overdue")
    p = person(touch=touch(overdue_days=1))
    assert needs(p, "contact_overdue") and header_lines(p) == ["Contact overdue by 1 day"]
    assert header_lines(person(touch=touch(overdue_days=9, statutory=True))) == ["Statutory visit overdue by 9 days"]


def test_an_in_touch_decision_replaces_the_keeping_in_touch_judgements():
    p = person(touch=touch(in_touch=InTouch.NO, overdue_days=5, decision=InTouch.REFU))
    assert not needs(p, "contact_overdue") and not needs(p, "not_in_touch")


def test_not_in_touch_is_the_903_no():
    assert header_lines(person(touch=touch(in_touch=InTouch.NO))) == ["Not in touch: re-establish contact"]
    assert not needs(person(touch=touch(in_touch=InTouch.RHOM)), "not_in_touch")


# -- the pathway plan -----------------------------------------------------------------------------------

def test_no_plan_says_when_the_first_was_due():
    p = person(plan=plan(has_plan=False, due=None, final=False), first_plan_due=date(2026, 11, 30))
    assert needs(p, "no_plan") and header_lines(p) == ["No pathway plan: due by 30/11/2026"]
    assert header_lines(person(plan=plan(has_plan=False, due=None, final=False))) == ["No pathway plan"]


def test_a_draft_is_not_yet_finalised():
    p = person(plan=plan(due=None, final=False), first_plan_due=date(2027, 1, 4))
    assert keys(p) == ["plan_not_finalised"] and header_lines(p) == ["Plan not yet finalised: due by 04/01/2027"]


def test_a_review_is_overdue_from_the_first_day_past_its_date():
    assert not needs(person(plan=plan(overdue_days=0)), "review_overdue")
    p = person(plan=plan(due=date(2026, 11, 30), overdue_days=1))
    assert keys(p) == ["review_overdue"] and header_lines(p) == ["Plan review overdue by 1 day"]


def test_a_plan_is_judged_only_for_those_owed_one():
    # A qualifying care leaver is advised and befriended, not owed a pathway plan (CA 1989 s.24).
    p = replace(person(plan=plan(has_plan=False, due=None, final=False)), category=Category.QUALIFYING)
    assert not needs(p, "no_plan")
    q = replace(person(plan=plan(overdue_days=3)), category=Category.QUALIFYING)
    assert not needs(q, "review_overdue")


def test_late_actions_and_checks_are_counted():
    p = person(plan=plan(actions=1, checks=2))
    assert header_lines(p) == ["1 overdue plan action", "2 contingency checks overdue"]
    assert header_lines(person(plan=plan(actions=2, checks=1))) == ["2 overdue plan actions", "1 contingency check overdue"]
    assert keys(person(plan=plan(actions=0, checks=0))) == []
    assert keys(replace(person(plan=plan(actions=1, checks=1)), category_active=False)) == []


def test_no_personal_adviser_for_those_owed_one():
    p = replace(person(), pa_id=None)
    assert header_lines(p) == ["No personal adviser allocated"]
    assert not needs(replace(p, category=Category.QUALIFYING), "no_pa")
    assert not needs(replace(p, category_active=False), "no_pa")
    assert not needs(replace(p, archived=True), "no_pa")


# -- where they live, EET, health, cover -------------------------------------------------------------------

def test_each_accommodation_judgement_says_the_rules_flag_once():
    cases = {
        "unsuitable": accom(suitability=Suitability.UNSUITABLE, flag="Unsuitable: unsafe"),
        "unjudged": accom(suitability=None, flag="No suitability judgement for the current accommodation"),
        "no_accommodation": accom(episode=False, suitability=None, flag="No accommodation recorded"),
        "accommodation_to_check": accom(flag="Suitability last judged 01/10/2025: judge it again"),
    }
    for key, st in cases.items():
        p = person(accom=st)
        assert keys(p) == [key] and header_lines(p) == [st.flag], key
    assert keys(person(accom=accom())) == []


def test_neet_counts_the_days_as_the_caseload_does():
    p = person(eet=EetState(EetEpisode("p", "G5", date(2026, 11, 1)), date(2026, 11, 1)))
    assert header_lines(p) == ["NEET for 30 days"]
    assert header_lines(replace(p, as_at=date(2026, 11, 1))) == ["NEET for 0 days"]
    assert not needs(person(eet=EetState(EetEpisode("p", "F1", date(2026, 11, 1)), None)), "neet")
    assert not needs(replace(p, as_at=None), "neet") and BY_KEY["neet"].line(replace(p, as_at=None)) == ""  # no day, no count


def test_the_health_history():
    assert header_lines(person(health=health("overdue"))) == ["Health history overdue"]
    assert header_lines(person(health=health("flag"))) == ["Health history due by 18"]
    assert header_lines(person(health=health("prompt"))) == []
    # Not given is a filter from 16 (when the prompts start), not a header line.
    at16, at15 = replace(person(health=health("prompt")), age=16), replace(person(health=health("prompt")), age=15)
    assert needs(at16, "health_history_not_given") and not needs(at15, "health_history_not_given")
    assert not needs(person(health=health("", Stage.DECLINED)), "health_history_not_given")
    assert not needs(person(health=health("", Stage.GIVEN)), "health_history_not_given")


def test_being_covered_names_who_is_away():
    p = person(cover=CoverState("a1", "Priya Shah", "w2", "Tom Ellis", date(2026, 12, 6)))
    assert header_lines(p) == ["Covered by Tom Ellis until 06/12/2026 (Priya Shah is away)"]


def test_overdue_work_is_the_trays_pressing_count():
    assert TrayCounts() == TrayCounts(0, 0)  # the caseload's "To do" when the tray did not run
    assert not needs(person(tray=TrayCounts()), "overdue_work")
    assert not needs(person(tray=TrayCounts(4, 0)), "overdue_work")
    assert needs(person(tray=TrayCounts(4, 1)), "overdue_work")
    # The tray covers those whose duties have ended too (a death to notify).
    assert needs(replace(person(tray=TrayCounts(1, 1)), category_active=False), "overdue_work")


def test_leave_to_remain_ending():
    assert header_lines(person(leave_ends=date(2027, 4, 1))) == ["Leave to remain ends 01/04/2027"]


# -- whose record --------------------------------------------------------------------------------------

def everything() -> Person:
    return person(plan=plan(has_plan=False, due=None, final=False, actions=1), touch=touch(in_touch=InTouch.NO, overdue_days=2),
                  accom=accom(episode=False, suitability=None, flag="No accommodation recorded"),
                  eet=EetState(EetEpisode("p", "G5", date(2026, 11, 1)), date(2026, 11, 1)),
                  health=health("overdue"), cover=CoverState("a1", "Priya Shah", "w2", "Tom Ellis", None),
                  leave_ends=date(2027, 1, 1), tray=TrayCounts(5, 2))


def test_the_header_says_the_most_urgent_first():
    assert header_lines(everything()) == [
        "Contact overdue by 2 days", "Not in touch: re-establish contact", "Covered by Tom Ellis (Priya Shah is away)",
        "No pathway plan", "1 overdue plan action", "No accommodation recorded", "NEET for 30 days",
        "Leave to remain ends 01/01/2027", "Health history overdue"]


def test_once_duties_have_ended_only_a_death_to_notify_and_the_tray_remain():
    ended = replace(everything(), category_active=False)
    assert keys(ended) == ["overdue_work"]
    died = replace(ended, facts=replace(ended.facts, death_notify_by=date(2026, 11, 27)))
    assert header_lines(died) == ["Notify the death by 27/11/2026"]


def test_an_archived_record_needs_nothing():
    gone = replace(everything(), archived=True)
    gone.facts.death_notify_by = date(2026, 11, 27)
    assert header_lines(gone) == [] and keys(gone) == []
