"""Education, employment and training: the episode checks, the 903 ACTIV on a day and time NEET,
at their boundaries (more in test_living_rules.py)."""

from datetime import date

import pytest

from careleaver_app.domain.eet import EetEpisode, activ_label, main_activity_on, neet_since, validate_eet
from tests.support.rules import refusals

DOB = date(2008, 6, 15)
TODAY = date(2026, 11, 22)


def eet(code, start, end=None, provider="Brackenford College", **kw):
    return EetEpisode("p", code, start, end, provider, **kw)


def errs(ep, others=()):
    return refusals(validate_eet, ep, DOB, list(others), TODAY)


def test_activity_labels_are_the_903_meanings():
    assert activ_label("F1") == "Full-time higher education"
    assert activ_label("G6") == "NEET: pregnancy or parenting"
    assert activ_label("X9") == "X9"


def test_a_neet_spell_needs_no_provider():
    validate_eet(eet("G5", date(2026, 1, 1), provider=""), DOB, [], TODAY)


def test_a_course_or_job_named_without_a_provider_is_enough():
    validate_eet(eet("F5", date(2026, 1, 1), provider="", course_or_job="Warehouse operative"), DOB, [], TODAY)


def test_an_activity_can_start_today_not_tomorrow():
    validate_eet(eet("F2", TODAY), DOB, [], TODAY)
    assert "future" in errs(eet("F2", date(2026, 11, 23)))["start"]


def test_an_activity_cannot_start_before_birth():
    validate_eet(eet("G5", DOB, provider=""), DOB, [], TODAY)
    assert "before the date of birth" in errs(eet("G5", date(2008, 6, 14), provider=""))["start"]


def test_an_activity_that_ended_today_is_fine_and_one_ending_tomorrow_is_in_the_future():
    validate_eet(eet("F2", date(2025, 9, 1), TODAY), DOB, [], TODAY)
    assert "future" in errs(eet("F2", date(2025, 9, 1), date(2026, 11, 23)))["end"]


def test_an_activity_must_end_after_it_starts():
    assert "on or before the start" in errs(eet("F2", date(2025, 9, 1), date(2025, 9, 1)))["end"]
    validate_eet(eet("F2", date(2025, 9, 1), date(2025, 9, 2)), DOB, [], TODAY)  # a one-day course


@pytest.mark.parametrize("hours", [1, 60])
def test_hours_a_week_from_1_to_60(hours):
    validate_eet(eet("P5", date(2026, 1, 1), hours_per_week=hours), DOB, [], TODAY)


@pytest.mark.parametrize("hours", [0, 61])
def test_hours_a_week_outside_1_to_60_are_refused(hours):
    assert "between 1 and 60" in errs(eet("P5", date(2026, 1, 1), hours_per_week=hours))["hours_per_week"]


def test_an_activity_without_a_start_is_asked_for_even_beside_others():
    assert "enter the date it started" in errs(eet("F2", None), [eet("P5", date(2025, 9, 1), id="job")])["start"]


def test_neet_may_start_the_day_a_course_ends_and_a_course_the_day_neet_ends():
    course = eet("F2", date(2024, 9, 1), date(2025, 7, 1), id="c")
    validate_eet(eet("G5", date(2025, 7, 1), provider=""), DOB, [course], TODAY)
    neet = eet("G5", date(2025, 7, 1), date(2025, 9, 1), provider="", id="n")
    validate_eet(eet("F2", date(2024, 9, 1), date(2025, 7, 1)), DOB, [neet], TODAY)
    validate_eet(eet("F2", date(2025, 9, 1)), DOB, [neet], TODAY)


def test_neet_cannot_overlap_a_course_by_a_single_day():
    course = eet("F2", date(2024, 9, 1), date(2025, 7, 1), id="c")
    assert "cannot be NEET" in errs(eet("G5", date(2025, 6, 30), provider=""), [course])["start"]
    assert "cannot be NEET" in errs(eet("G5", date(2024, 1, 1), date(2024, 9, 2), provider=""), [course])["start"]


def test_the_same_activity_twice_one_after_the_other_is_fine_at_the_same_time_is_not():
    first = eet("F2", date(2024, 9, 1), date(2025, 7, 1), id="c1")
    validate_eet(eet("F2", date(2025, 9, 1), provider="Another college"), DOB, [first], TODAY)
    evening = eet("F2", date(2025, 1, 6), provider="Night school")
    assert "overlaps another “Full-time other education”" in errs(evening, [first])["start"]


def test_an_episode_being_edited_is_not_compared_with_itself():
    course = eet("F2", date(2024, 9, 1), date(2025, 7, 1), id="c")
    validate_eet(eet("F2", date(2024, 9, 1), date(2025, 8, 1), id="c"), DOB, [course], TODAY)
    clash = eet("G5", date(2025, 7, 1), provider="", id="n")
    assert "cannot be NEET" in errs(eet("F2", date(2024, 9, 1), date(2025, 8, 1), id="c"), [course, clash])["start"]


def test_the_main_activity_on_the_first_and_last_day():
    eps = [eet("F2", date(2025, 9, 1), date(2026, 7, 1))]
    assert main_activity_on(eps, date(2025, 8, 31)) is None
    assert main_activity_on(eps, date(2025, 9, 1)).activ == "F2"
    assert main_activity_on(eps, date(2026, 6, 30)).activ == "F2"
    assert main_activity_on(eps, date(2026, 7, 1)) is None  # the end is the day it stopped


def test_time_neet_starts_at_the_spell_and_not_at_an_earlier_gap():
    eps = [eet("G5", date(2025, 1, 1), date(2025, 3, 1), provider=""), eet("F5", date(2025, 3, 1), date(2025, 6, 1)),
           eet("G4", date(2025, 6, 1), date(2025, 8, 1), provider=""), eet("G6", date(2025, 8, 1), provider="")]
    assert neet_since(eps, TODAY) == date(2025, 6, 1)  # G4 then G6 back to back; the earlier G5 spell ended in work
    assert neet_since(eps, date(2025, 4, 1)) is None
    assert neet_since([], TODAY) is None


# Mutants judged equivalent: in main_activity_on, an unknown code's place (99) moved to 98 or 100:
# any number past the end of MAIN_ACTIVITY_ORDER (11 codes) puts it last, and validate_eet refuses
# unknown codes anyway.
