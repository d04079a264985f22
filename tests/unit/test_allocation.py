from datetime import date

from careleaver_app.domain.allocation import pa_changes_in_window


def test_first_allocation_is_not_a_change():
    assert pa_changes_in_window([date(2026, 6, 1)], date(2026, 11, 22)) == 0


def test_changes_in_the_last_12_months_counted_at_the_boundary():
    starts = [date(2024, 1, 1), date(2025, 11, 22), date(2025, 11, 23), date(2026, 11, 22)]
    # 22/11/2025 is exactly 12 months before: outside; 23/11/2025 and 22/11/2026 are inside.
    assert pa_changes_in_window(starts, date(2026, 11, 22)) == 2
