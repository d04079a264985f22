from datetime import date

import pytest

from careleaver_app.domain.dates import add_months, age_on, format_uk, nth_birthday, parse_uk_date


def test_birthday_of_someone_born_on_29_february_is_1_march_in_a_common_year():
    dob = date(2008, 2, 29)
    assert nth_birthday(dob, 18) == date(2026, 3, 1)
    assert nth_birthday(dob, 16) == date(2024, 2, 29)  # 2024 is a leap year


def test_age_turns_on_the_birthday_not_the_day_before():
    dob = date(2008, 11, 22)
    assert age_on(dob, date(2026, 11, 21)) == 17
    assert age_on(dob, date(2026, 11, 22)) == 18
    assert age_on(dob, date(2026, 11, 23)) == 18


def test_age_across_29_february():
    dob = date(2008, 2, 29)
    assert age_on(dob, date(2026, 2, 28)) == 17
    assert age_on(dob, date(2026, 3, 1)) == 18
    assert age_on(dob, date(2024, 2, 28)) == 15
    assert age_on(dob, date(2024, 2, 29)) == 16


def test_age_on_the_day_of_birth_is_zero_and_before_it_is_an_error():
    assert age_on(date(2010, 5, 1), date(2010, 5, 1)) == 0
    with pytest.raises(ValueError):
        age_on(date(2010, 5, 1), date(2010, 4, 30))


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 15), 6, date(2026, 9, 15)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_add_months_is_month_end_safe(start, months, expected):
    assert add_months(start, months) == expected


def test_parse_uk_date_accepts_short_forms_and_other_separators():
    assert parse_uk_date("5/9/2008") == date(2008, 9, 5)
    assert parse_uk_date(" 05-09-2008 ") == date(2008, 9, 5)
    assert parse_uk_date("05.09.2008") == date(2008, 9, 5)
    assert parse_uk_date("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("31/02/2007", "February 2007 has 28 days"),
        ("29/02/2026", "February 2026 has 28 days"),
        ("12/13/2007", "month 13 does not exist"),
        ("2007-02-01", "dd/mm/yyyy"),
        ("next tuesday", "dd/mm/yyyy"),
        ("", "dd/mm/yyyy"),
        ("01/01/1850", "too early"),
        # Just outside the calendar: month 00, day 00 and 32 of December, the year before 1900.
        ("15/00/2026", "month 0 does not exist"),
        ("00/12/2026", "00/12/2026 does not exist: December 2026 has 31 days"),
        ("32/12/2026", "32/12/2026 does not exist: December 2026 has 31 days"),
        ("31/12/1899", "the year 1899 is too early"),
    ],
)
def test_parse_uk_date_explains_what_is_wrong(text, fragment):
    with pytest.raises(ValueError) as exc:
        parse_uk_date(text)
    assert fragment in str(exc.value)


def test_format_uk():
    assert format_uk(date(2026, 3, 1)) == "01/03/2026"
    assert format_uk(None) == ""


def test_ordinal():
    from careleaver_app.domain.dates import ordinal
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 25, 101, 111)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "25th", "101st", "111th"]


def test_age_is_zero_until_the_first_birthday():
    dob = date(2008, 6, 15)
    assert age_on(dob, date(2009, 6, 14)) == 0
    assert age_on(dob, date(2009, 6, 15)) == 1


@pytest.mark.parametrize("text, expected", [
    ("31/12/2026", date(2026, 12, 31)),  # December, on the month's last day
    ("01/12/2026", date(2026, 12, 1)),
    ("01/01/2027", date(2027, 1, 1)),  # January, on the month's first day
    ("31/01/2027", date(2027, 1, 31)),
    ("01/01/1900", date(1900, 1, 1)),  # the earliest year accepted
])
def test_parse_uk_date_accepts_the_first_and_last_months_and_days(text, expected):
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_a_blank_date_asks_for_one_rather_than_calling_it_not_a_date(blank):
    with pytest.raises(ValueError) as exc:
        parse_uk_date(blank)
    assert str(exc.value) == "enter a date as dd/mm/yyyy"


def test_ordinal_takes_th_for_every_number_ending_in_11_12_or_13():
    from careleaver_app.domain.dates import ordinal
    assert [ordinal(n) for n in (111, 112, 113, 211, 1011, 121, 1001)] == \
        ["111th", "112th", "113th", "211th", "1011th", "121st", "1001st"]


# Mutants judged equivalent (the tests cannot fail on them because the behaviour is the same):
# - ordinal: the "teens" range 11..13 widened at either end (11 as 10, 13 as 14): numbers ending 10
#   and 14 take "th" by either route.


# -- periods: start inclusive, end exclusive (the day it no longer applies), None still going on ----

def test_a_period_includes_its_start_and_not_its_end():
    from careleaver_app.domain.dates import in_period
    start, end = date(2024, 2, 28), date(2024, 3, 1)
    assert not in_period(date(2024, 2, 27), start, end)
    assert in_period(date(2024, 2, 28), start, end) and in_period(date(2024, 2, 29), start, end)
    assert not in_period(date(2024, 3, 1), start, end)
    assert in_period(date(2099, 1, 1), start, None)  # still going on
    assert not in_period(date(2024, 2, 28), None, None)  # not started: nothing


def test_periods_overlap_when_they_share_a_day_and_not_when_one_ends_as_the_next_begins():
    from careleaver_app.domain.dates import periods_overlap
    a = (date(2024, 1, 1), date(2024, 2, 29))
    assert not periods_overlap(*a, date(2024, 2, 29), None)  # moved out on the 29th, in elsewhere that day
    assert periods_overlap(*a, date(2024, 2, 28), None)  # the 28th is in both
    assert periods_overlap(date(2024, 2, 28), None, *a)  # either way round
    assert not periods_overlap(*a, date(2023, 6, 1), date(2024, 1, 1))  # ended the day the other began
    assert periods_overlap(*a, date(2023, 6, 1), date(2024, 1, 2))
    assert periods_overlap(date(2020, 1, 1), None, date(2030, 1, 1), None)  # both still going on


def test_a_period_given_by_its_last_day_ends_the_day_after():
    from careleaver_app.domain.dates import end_after
    assert end_after(date(2024, 2, 28)) == date(2024, 2, 29) and end_after(date(2023, 12, 31)) == date(2024, 1, 1)
    assert end_after(None) is None
