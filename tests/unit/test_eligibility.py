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
    assert f"left care on {left:%d/%m/%Y} as an eligible child" in r.reason  # the day care ceased


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


def test_one_day_in_care_after_16_makes_a_qualifying_care_leaver():
    periods = [CarePeriod(B16 + 10 * D, B16 + 11 * D)]  # looked after for the single day B16 + 10
    assert cat(periods, B16 + 9 * D).category == Category.NONE
    during = cat(periods, B16 + 10 * D)
    assert during.category == Category.NONE and during.looked_after_now and during.days_looked_after_since_14 == 1
    after = cat(periods, B16 + 11 * D)
    assert after.category == Category.QUALIFYING and after.active and not after.looked_after_now


def test_never_looked_after_is_not_a_care_leaver():
    assert "not looked after at any time since their 16th birthday" in cat([], B16 + 100 * D).reason
    assert cat([], B16 + 100 * D).category == Category.NONE
    assert "not looked after at any time between their 16th and 18th birthdays" in cat([], B18 + 100 * D).reason


def test_looked_after_from_the_day_care_starts():
    # 90 days looked after earlier since the 14th birthday; back in care today, the 91st day.
    periods = [CarePeriod(B14 + 10 * D, B14 + 100 * D), CarePeriod(B16 + 200 * D)]
    r = cat(periods, B16 + 200 * D)
    assert r.looked_after_now and r.days_looked_after_since_14 == 91 and r.category == Category.ELIGIBLE


def test_looked_after_at_18_for_fewer_than_91_days_is_a_qualifying_care_leaver():
    periods = [CarePeriod(B18 - 30 * D)]  # came into care a month before 18 and is still looked after
    r = cat(periods, B18 + 10 * D)
    assert r.category == Category.QUALIFYING and r.days_looked_after_since_14 == 30
    assert "for only 30 days since their 14th birthday" in r.reason


def test_eligible_only_on_the_last_day_in_care_then_relevant_then_former_relevant():
    first, ceased = B16 + 100 * D, B16 + 191 * D  # looked after 91 days: B16+100 to B16+190
    periods = [CarePeriod(first, ceased)]
    assert cat(periods, ceased - D).category == Category.ELIGIBLE
    r = cat(periods, ceased)
    assert r.category == Category.RELEVANT and f"left care on {ceased:%d/%m/%Y}" in r.reason
    r = cat(periods, B18)
    assert r.category == Category.FORMER_RELEVANT and "s.23C(1)(a)" in r.reason and f"left care on {ceased:%d/%m/%Y}" in r.reason


def test_a_one_day_placement_counts_as_one_day_towards_the_13_weeks():
    periods = [CarePeriod(B16 + 5 * D, B16 + 6 * D), CarePeriod(B16 + 100 * D)]
    assert cat(periods, B16 + 189 * D).days_looked_after_since_14 == 1 + 90
    assert cat(periods, B16 + 189 * D).category == Category.ELIGIBLE
    assert cat(periods, B16 + 188 * D).category == Category.NONE


def test_asked_about_a_day_before_birth_they_are_aged_0():
    r = cat([], DOB - D)
    assert r.category == Category.NONE and r.reason == "Aged 0: leaving-care duties begin at 16."


# Mutants judged equivalent (they cannot change any category, reason or timeline):
# - `age_on(dob, as_at) if as_at >= dob else 0` as `>`: on the day of birth age_on gives 0 too;
# - `age < ADULT_AGE` in _eligible_on as `<=`: every caller asks about a day before the 18th birthday
#   (as_at or the last day in care while under 18, the day before 18, the last day of a period ending by 18);
# - `p.end > b18` as `>=` in _left_care_as_eligible_before_18: a period ending on the 18th birthday means
#   looked after at 18, decided (former relevant, or not eligible that day either) before this is asked;
# - `p.end <= p.start` as `<` there, and `p.start <= self.as_at` as `<` in last_day_looked_after: they differ
#   only for a period that ends the day it starts, which person_rules refuses ("ends on or before it starts");
# - in category_timeline, `total < 91` as `<=` (adds one more day to judge, in a gap where nothing changes,
#   so it adds no entry) and `dob <= d` as `<` (the day of birth is never a care leaver's day, so never listed).


def timeline(periods, as_at, **kw):
    from careleaver_app.domain.eligibility import category_timeline

    return [(day, r.category, r.active) for day, r in category_timeline(DOB, periods, as_at, **kw)]


def test_timeline_of_a_care_leaver_from_eligible_to_duties_ending():
    came, left = date(2024, 1, 10), date(2026, 7, 15)  # into care at 14, left at 17
    assert timeline([CarePeriod(came, left)], B25 + 100 * D) == [
        (B16, Category.ELIGIBLE, True),
        (left, Category.RELEVANT, True),
        (B18, Category.FORMER_RELEVANT, True),
        (B21, Category.FORMER_RELEVANT, False),
    ]


def test_timeline_up_to_and_including_the_day_asked_about():
    periods = [CarePeriod(date(2024, 1, 10), date(2026, 7, 15))]
    assert timeline(periods, B21)[-1] == (B21, Category.FORMER_RELEVANT, False)
    assert timeline(periods, B21 - D)[-1] == (B18, Category.FORMER_RELEVANT, True)
    assert timeline(periods, B16 - D) == []


def test_timeline_eligible_on_the_91st_day_after_coming_into_care_at_16():
    came = B16 + 100 * D
    day_91 = came + 90 * D
    assert timeline([CarePeriod(came)], day_91) == [(day_91, Category.ELIGIBLE, True)]
    assert timeline([CarePeriod(came)], day_91 - D) == []


def test_timeline_eligible_on_the_last_day_of_exactly_91_days_in_care():
    came, ceased = B16 + 100 * D, B16 + 191 * D
    assert timeline([CarePeriod(came, ceased)], B18) == [
        (ceased - D, Category.ELIGIBLE, True), (ceased, Category.RELEVANT, True), (B18, Category.FORMER_RELEVANT, True)]


def test_timeline_adds_up_periods_and_a_one_day_placement():
    periods = [CarePeriod(B16 + 5 * D, B16 + 6 * D),  # one day
               CarePeriod(B16 + 20 * D, B16 + 70 * D),  # 50 days
               CarePeriod(B16 + 100 * D)]  # the 40th day of this one is the 91st in all
    # Back in care without the 13 weeks, a qualifying care leaver is a looked-after child again, not a care leaver.
    assert timeline(periods, B16 + 300 * D) == [
        (B16 + 6 * D, Category.QUALIFYING, True), (B16 + 20 * D, Category.NONE, False),
        (B16 + 70 * D, Category.QUALIFYING, True), (B16 + 100 * D, Category.NONE, False),
        (B16 + 139 * D, Category.ELIGIBLE, True)]


def test_timeline_of_one_day_in_care_after_16():
    periods = [CarePeriod(B16 + 10 * D, B16 + 11 * D)]
    assert timeline(periods, B25) == [(B16 + 11 * D, Category.QUALIFYING, True), (B21, Category.QUALIFYING, False)]


def test_timeline_is_empty_for_someone_never_in_care_after_16():
    assert timeline([CarePeriod(B14, B16 - D)], B25) == []


def test_looked_after_on_a_day_from_the_day_care_began_to_the_day_before_it_ceased():
    from careleaver_app.domain.eligibility import CarePeriod, looked_after_on
    periods = [CarePeriod(date(2023, 3, 1), date(2024, 2, 29)), CarePeriod(date(2024, 6, 1), None, short_breaks=True)]
    assert not looked_after_on(periods, date(2023, 2, 28))
    assert looked_after_on(periods, date(2023, 3, 1)) and looked_after_on(periods, date(2024, 2, 28))
    assert not looked_after_on(periods, date(2024, 2, 29))  # the day care ceased
    assert not looked_after_on(periods, date(2024, 7, 1))  # short breaks never count
    assert looked_after_on([CarePeriod(date(2024, 6, 1))], date(2040, 1, 1))  # not ceased: still looked after
