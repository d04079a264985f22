"""Leaving-care category at its boundaries (CPPCR 2010 reg 40; CA 1989 s.23A, s.23C, s.24)."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.dates import nth_birthday
from careleaver_app.domain.eligibility import CarePeriod, Category, derive_category

DOB = date(2009, 6, 15)
B14, B16, B18, B21, B25 = (nth_birthday(DOB, n) for n in (14, 16, 18, 21, 25))
D = timedelta(days=1)


def cat(periods, as_at, **kw):
    return derive_category(DOB, periods, as_at, **kw)


def test_exactly_91_days_since_the_14th_birthday_makes_an_eligible_child():
    # Looked after from 17 to 91 days before as_at, counting as_at itself: 91 days.
    as_at = B16 + timedelta(days=200)
    start = as_at - timedelta(days=90)
    r = cat([CarePeriod(start)], as_at)
    assert r.days_looked_after_since_14 == 91
    assert r.category == Category.ELIGIBLE and r.active


def test_90_days_is_not_enough():
    as_at = B16 + timedelta(days=200)
    r = cat([CarePeriod(as_at - timedelta(days=89))], as_at)
    assert r.days_looked_after_since_14 == 90
    assert r.category == Category.NONE
    assert "91 days" in r.reason


def test_only_days_after_the_14th_birthday_count():
    # Looked after for years, but from 60 days before the 14th birthday to 40 days after.
    periods = [CarePeriod(B14 - timedelta(days=600), B14 + timedelta(days=40)), CarePeriod(B16 + timedelta(days=10))]
    as_at = B16 + timedelta(days=60)
    r = cat(periods, as_at)
    assert r.days_looked_after_since_14 == 40 + 51
    assert r.category == Category.ELIGIBLE


def test_periods_add_up_across_gaps():
    periods = [CarePeriod(B14 + timedelta(days=10), B14 + timedelta(days=60)),  # 50 days
               CarePeriod(B16 + timedelta(days=100))]
    as_at = B16 + timedelta(days=140)  # 41 days in the open period
    assert cat(periods, as_at).days_looked_after_since_14 == 91
    assert cat(periods, as_at).category == Category.ELIGIBLE
    assert cat(periods, as_at - D).category == Category.NONE


def test_short_breaks_do_not_count():
    periods = [CarePeriod(B14 + timedelta(days=10), B14 + timedelta(days=60), short_breaks=True),
               CarePeriod(B16 + timedelta(days=100))]
    r = cat(periods, B16 + timedelta(days=140))
    assert r.days_looked_after_since_14 == 41
    assert r.category == Category.NONE


def test_the_16th_birthday_is_when_a_looked_after_child_becomes_eligible():
    periods = [CarePeriod(B14)]
    assert cat(periods, B16 - D).category == Category.NONE
    assert "begin at 16" in cat(periods, B16 - D).reason
    assert cat(periods, B16).category == Category.ELIGIBLE


def test_eligible_until_the_day_before_18_then_former_relevant_on_the_birthday():
    periods = [CarePeriod(B14, B18)]  # care ceases on the 18th birthday
    assert cat(periods, B18 - D).category == Category.ELIGIBLE
    r = cat(periods, B18)
    assert r.category == Category.FORMER_RELEVANT
    assert "s.23C(1)(b)" in r.reason


def test_left_care_the_day_before_18_is_former_relevant_by_way_of_being_relevant():
    periods = [CarePeriod(B14, B18 - D)]
    assert cat(periods, B18 - D).category == Category.RELEVANT
    r = cat(periods, B18)
    assert r.category == Category.FORMER_RELEVANT
    assert "s.23C(1)(a)" in r.reason


def test_left_care_the_day_after_18_was_looked_after_at_18():
    periods = [CarePeriod(B14, B18 + D)]
    r = cat(periods, B18 + 5 * D)
    assert r.category == Category.FORMER_RELEVANT
    assert "s.23C(1)(b)" in r.reason


def test_relevant_child_stops_being_relevant_after_six_months_at_home_and_is_qualifying():
    left = B16 + timedelta(days=100)
    periods = [CarePeriod(B14, left)]
    home = left + D
    six_months = date(home.year + (home.month + 5) // 12, (home.month + 5) % 12 + 1, home.day)
    assert cat(periods, six_months - D, returned_home_from=home).category == Category.RELEVANT
    r = cat(periods, six_months, returned_home_from=home)
    assert r.category == Category.QUALIFYING and "RHOM" in r.reason  # CA 1989 s.24(1B)


def test_briefly_looked_after_after_16_is_qualifying():
    periods = [CarePeriod(B16 + timedelta(days=30), B16 + timedelta(days=80))]
    assert cat(periods, B16 + timedelta(days=100)).category == Category.QUALIFYING
    assert cat(periods, B18 + timedelta(days=100)).category == Category.QUALIFYING


def test_looked_after_only_before_16_is_not_a_care_leaver():
    periods = [CarePeriod(B14, B16 - D)]
    assert cat(periods, B16 + timedelta(days=10)).category == Category.NONE


def test_duties_end_on_the_21st_birthday():
    periods = [CarePeriod(B14, B18)]
    before = cat(periods, B21 - D)
    assert before.active and before.duties_end == B21
    on = cat(periods, B21)
    assert on.category == Category.FORMER_RELEVANT and not on.active
    assert "ended at 21" in on.reason


@pytest.mark.parametrize("kw", [{"support_requested_to_25": True}, {"in_education_or_training": True}])
def test_duties_run_to_25_on_request_or_in_education(kw):
    periods = [CarePeriod(B14, B18)]
    assert cat(periods, B21, **kw).active
    assert cat(periods, B25 - D, **kw).active
    r = cat(periods, B25, **kw)
    assert not r.active and r.duties_end == B25


def test_born_on_29_february_turns_18_on_1_march_in_a_common_year():
    dob = date(2008, 2, 29)
    periods = [CarePeriod(date(2022, 3, 1), date(2026, 3, 1))]
    assert derive_category(dob, periods, date(2026, 2, 28)).category == Category.ELIGIBLE
    assert derive_category(dob, periods, date(2026, 3, 1)).category == Category.FORMER_RELEVANT


def test_reason_states_the_days_counted():
    r = cat([CarePeriod(B14)], B16 + timedelta(days=10))
    assert f"{r.days_looked_after_since_14} days" in r.reason


def test_looked_after_on_a_day_from_the_day_care_began_to_the_day_before_it_ceased():
    from careleaver_app.domain.eligibility import CarePeriod, looked_after_on
    periods = [CarePeriod(date(2023, 3, 1), date(2024, 2, 29)), CarePeriod(date(2024, 6, 1), None, short_breaks=True)]
    assert not looked_after_on(periods, date(2023, 2, 28))
    assert looked_after_on(periods, date(2023, 3, 1)) and looked_after_on(periods, date(2024, 2, 28))
    assert not looked_after_on(periods, date(2024, 2, 29))  # the day care ceased
    assert not looked_after_on(periods, date(2024, 7, 1))  # short breaks never count
    assert looked_after_on([CarePeriod(date(2024, 6, 1))], date(2040, 1, 1))  # not ceased: still looked after
