"""Allocation rules: changes of personal adviser."""

from __future__ import annotations

from datetime import date

from .dates import add_months

# DOMAIN.md §3 / Ofsted (Surrey 2021): "frequent changes in their allocated PA" harmed
# young people, so the record shows how many changes there were in the last 12 months.
PA_CHANGE_WINDOW_MONTHS = 12


def pa_changes_in_window(allocation_starts: list[date], as_at: date) -> int:
    """Changes of PA in the 12 months up to ``as_at``: allocations that started in the
    window and replaced an earlier one (the first allocation is not a change)."""
    starts = sorted(allocation_starts)
    since = add_months(as_at, -PA_CHANGE_WINDOW_MONTHS)
    return sum(1 for s in starts[1:] if since < s <= as_at)
