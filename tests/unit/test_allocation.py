from datetime import date

from careleaver_app.domain.allocation import pa_changes_in_window


def test_first_allocation_is_not_a_change():
    assert pa_changes_in_window([date(2026, 6, 1)], date(2026, 11, 22)) == 0


def test_changes_in_the_last_12_months_counted_at_the_boundary():
    starts = [date(2024, 1, 1), date(2025, 11, 22), date(2025, 11, 23), date(2026, 11, 22)]
    # 22/11/2025 is exactly 12 months before: outside; 23/11/2025 and 22/11/2026 are inside.
    assert pa_changes_in_window(starts, date(2026, 11, 22)) == 2


def test_the_second_allocation_is_the_first_change():
    starts = [date(2026, 1, 5), date(2026, 6, 1)]
    assert pa_changes_in_window(starts, date(2026, 11, 22)) == 1


def test_changes_are_counted_as_at_a_past_date_without_later_ones():
    starts = [date(2025, 1, 1), date(2025, 12, 1), date(2026, 11, 1)]
    assert pa_changes_in_window(starts, date(2026, 10, 31)) == 1  # the 01/11/2026 change had not happened


def test_the_window_is_twelve_months_month_end_safe():
    # 12 months before 29/02/2028 is 28/02/2027: a change that day is outside, the next day inside.
    starts = [date(2026, 1, 1), date(2027, 2, 28), date(2027, 3, 1)]
    assert pa_changes_in_window(starts, date(2028, 2, 29)) == 1
