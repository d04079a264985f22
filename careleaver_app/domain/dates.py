"""Dates: ages, birthdays, month arithmetic and the UK dd/mm/yyyy format.

Every age and birthday in the app is computed here and nowhere else.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

UK_DATE_FORMAT = "%d/%m/%Y"


@lru_cache(maxsize=1 << 16)  # pure and called for every young person on every screen
def nth_birthday(dob: date, n: int) -> date:
    """The date on which someone born on ``dob`` reaches age ``n``.

    People born on 29 February: in a common year the birthday is taken to be 1 March.
    This follows the common reading of the Family Law Reform Act 1969 s.9 for England
    and Wales (a person attains an age at the start of the anniversary of their
    birth, and 29 February has no anniversary in a common year). *(unconfirmed)*:
    it is a practice reading, not checked against case law, and it is the only place
    that decides it.
    """
    candidate = dob + relativedelta(years=n)
    if dob.month == 2 and dob.day == 29 and candidate.day != 29:
        # relativedelta clamps 29 Feb to 28 Feb in a common year: move to 1 March.
        return candidate + timedelta(days=1)
    return candidate


def age_on(dob: date, as_at: date) -> int:
    """Age in whole years on ``as_at`` (birthday rule as in :func:`nth_birthday`)."""
    if as_at < dob:
        raise ValueError("as_at is before the date of birth")
    years = as_at.year - dob.year
    if as_at < nth_birthday(dob, years):
        years -= 1
    return years


@lru_cache(maxsize=1 << 16)
def add_months(d: date, months: int) -> date:
    """``d`` plus ``months`` calendar months, clamped to the month's last day.

    31 August + 6 months is 28 February (29 in a leap year), never 2 or 3 March.
    """
    return d + relativedelta(months=months)


def add_days(d: date, days: int) -> date:
    return d + timedelta(days=days)


def add_working_days(d: date, days: int, bank_holidays=()) -> date:
    """The ``days``-th working day after ``d`` (Monday to Friday, not a day in ``bank_holidays``).
    The day itself never counts: learning of something on a Friday, the 1st working day after is
    Monday (or the next working day after a bank holiday)."""
    off = set(bank_holidays)
    out, left = d, days
    while left > 0:
        out += timedelta(days=1)
        if out.weekday() < 5 and out not in off:
            left -= 1
    return out


def days_between(start: date, end: date) -> int:
    return (end - start).days


# -- periods ----------------------------------------------------------------------------------------
# A period (a stay, a care period, an activity, an in-touch decision) runs from its start up to,
# but not including, its end: the end is the first day it no longer applies (the day someone
# moved out, care ceased, a decision was replaced). An end of None: it is still going on. So a
# stay ending on the 5th and the next beginning on the 5th do not overlap. One home for the
# convention, used by every kind of period (issue 26).

def in_period(day: date, start: date | None, end: date | None) -> bool:
    """Does the period from ``start`` (inclusive) to ``end`` (exclusive; None: still going on)
    include ``day``? A period with no start yet includes nothing."""
    return start is not None and start <= day and (end is None or day < end)


def periods_overlap(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Do two periods (start inclusive, end exclusive, None: still going on) share a day?"""
    return a_start < (b_end or date.max) and b_start < (a_end or date.max)


def end_after(last_day: date | None) -> date | None:
    """The exclusive end of a period given by its last day (an absence's last day away)."""
    return None if last_day is None else last_day + timedelta(days=1)


_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def parse_uk_date(text: str) -> date:
    """Parse a date typed as dd/mm/yyyy (``-`` and ``.`` also accepted).

    Raises ValueError with a message a person can act on.
    """
    if text is None or not str(text).strip():
        raise ValueError("enter a date as dd/mm/yyyy")
    m = _DATE_RE.match(str(text))
    if not m:
        raise ValueError(f"“{str(text).strip()}” is not a date: enter it as dd/mm/yyyy, e.g. 05/09/2008")
    day, month, year = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} does not exist: enter dd/mm/yyyy with the month from 01 to 12")
    if year < 1900:
        raise ValueError(f"the year {year} is too early: check the four-digit year")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(
            f"{day:02d}/{month:02d}/{year} does not exist: "
            f"{calendar.month_name[month]} {year} has {last} days"
        )
    return date(year, month, day)


def format_uk(d: date | None, empty: str = "") -> str:
    """A date as dd/mm/yyyy (the only display format), or ``empty`` for None."""
    if d is None:
        return empty
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)  # UK_DATE_FORMAT, four times faster than strftime


def format_uk_datetime(dt: datetime | None, empty: str = "") -> str:
    if dt is None:
        return empty
    return dt.strftime(UK_DATE_FORMAT + " %H:%M")


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def from_iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st, 25th: numbers ending 11, 12 or 13 take "th"."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
