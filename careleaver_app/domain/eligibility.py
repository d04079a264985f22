"""Who is a care leaver: the leaving-care category, derived from dates (DOMAIN.md §1).

Sources:
- Eligible child: Care Planning, Placement and Case Review (England) Regulations 2010
  (CPPCR 2010) reg 40, under Children Act 1989 (CA 1989) Sch 2 para 19B.
- Relevant child: CA 1989 s.23A; Care Leavers (England) Regulations 2010 (CLR 2010) reg 3.
- Former relevant child: CA 1989 s.23C; duties to 25 on request (s.23CZB, inserted by
  the Children and Social Work Act 2017) or while in education/training (s.23C(7)).
- Qualifying care leaver: CA 1989 s.24(1B): under 21, looked after at some time after 16 while a
  child, and no longer looked after, but not the above; this includes a relevant child who has
  lived with a parent for six months and so stopped being relevant (CLR 2010 reg 3(3)). To 25 only
  in education or training (s.24B); the request for support to 25 (s.23CZB) is for former
  relevant young people only.

Counting days looked after: a period runs from its start date up to but not including
the date it ended (the date care ceased, as in the SSDA903 return); a period still open
counts up to and including the day the rule is judged on (``as_at``). Pre-planned short
breaks do not count (CPPCR 2010 reg 48).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from .dates import add_months, age_on, format_uk, in_period, nth_birthday

# CPPCR 2010 reg 40: "a period of 13 weeks, or periods amounting in total to 13 weeks".
ELIGIBLE_MIN_DAYS_LOOKED_AFTER = 13 * 7
# CPPCR 2010 reg 40: the 13 weeks "began after the child reached the age of 14".
ELIGIBLE_COUNT_FROM_AGE = 14
# CA 1989 s.23A / Sch 2 para 19B: eligible and relevant children are aged 16 or 17.
LEAVING_CARE_FROM_AGE = 16
ADULT_AGE = 18
# CA 1989 s.23C(6), s.24: duties to former relevant and qualifying care leavers to 21.
DUTIES_END_AGE = 21
# To 25: a former relevant young person on request (s.23CZB, CSWA 2017) or in education or
# training (s.23C(7)); a qualifying care leaver only in education or training (s.24B).
EXTENDED_DUTIES_END_AGE = 25
# CLR 2010 reg 3(3) / SSDA903 code RHOM: a relevant child who has lived with a parent
# (or person with parental responsibility) for 6 months continuously stops being relevant.
RETURNED_HOME_MONTHS = 6


class Category(Enum):
    ELIGIBLE = "eligible"
    RELEVANT = "relevant"
    FORMER_RELEVANT = "former_relevant"
    QUALIFYING = "qualifying"
    NONE = "none"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @property
    def short(self) -> str:
        return _CATEGORY_SHORT[self]


# A pathway plan is owed to eligible, relevant and former relevant young people (CA 1989 s.19B
# (Sch 2 para 19B), s.23E; CLR 2010 reg 6); a qualifying care leaver is advised and assisted
# without one (s.24, s.24A, s.24B).
OWED_A_PATHWAY_PLAN = frozenset({Category.ELIGIBLE, Category.RELEVANT, Category.FORMER_RELEVANT})

_CATEGORY_LABELS = {
    Category.ELIGIBLE: "Eligible child",
    Category.RELEVANT: "Relevant child",
    Category.FORMER_RELEVANT: "Former relevant child",
    Category.QUALIFYING: "Qualifying care leaver",
    Category.NONE: "Not a care leaver",
}
_CATEGORY_SHORT = {
    Category.ELIGIBLE: "Eligible",
    Category.RELEVANT: "Relevant",
    Category.FORMER_RELEVANT: "Former relevant",
    Category.QUALIFYING: "Qualifying",
    Category.NONE: "None",
}


@dataclass(frozen=True)
class CarePeriod:
    start: date
    end: date | None = None  # the date care ceased; None while still looked after
    short_breaks: bool = False  # pre-planned short breaks: never counted
    id: str | None = None


def looked_after_on(periods: list[CarePeriod], day: date) -> bool:
    """Looked after on ``day``: in a care period that began on or before it and had not ceased by
    it (the end is the day care ceased: CA 1989 s.22(1)). Pre-planned short breaks never count
    (CPPCR 2010 reg 48). The one definition: the category rules, the 903 checks
    and the returns all ask it."""
    return any(not p.short_breaks and in_period(day, p.start, p.end) for p in periods)


@dataclass(frozen=True)
class CategoryResult:
    category: Category
    reason: str
    active: bool  # are leaving-care duties owed on as_at?
    duties_end: date | None
    duties_end_reason: str
    looked_after_now: bool
    days_looked_after_since_14: int
    # Had lived with a parent (or someone with parental responsibility) for six months or more on
    # as_at (CLR 2010 reg 3(3); 903 IN_TOUCH RHOM).
    returned_home: bool
    # The day they died, if it was on or before as_at: duties ended that day (the category is kept,
    # so the returns still report them, as DIED).
    died_on: date | None = None


class _CareHistory:
    """Answers questions about a list of care periods (short breaks left out)."""

    def __init__(self, periods: list[CarePeriod], as_at: date):
        self.as_at = as_at
        self.periods = sorted((p for p in periods if not p.short_breaks), key=lambda p: p.start)

    def _last_day(self, p: CarePeriod) -> date:
        if p.end is None or p.end > self.as_at:
            return self.as_at
        return p.end - timedelta(days=1)

    def looked_after_on(self, day: date) -> bool:
        """Looked after on ``day``, counting only the periods known on as_at."""
        return looked_after_on([p for p in self.periods if p.start <= self.as_at], day)

    def days_between(self, first: date, last: date) -> int:
        """Days looked after from ``first`` to ``last``, both inclusive."""
        total = 0
        for p in self.periods:
            lo = max(p.start, first)
            hi = min(self._last_day(p), last)
            if hi >= lo:
                total += (hi - lo).days + 1
        return total

    def last_day_looked_after(self) -> date | None:
        """The last day looked after before as_at, for someone no longer looked after."""
        days = [self._last_day(p) for p in self.periods if p.start <= self.as_at]
        return max(days) if days else None

    def looked_after_between(self, first: date, last: date) -> bool:
        return self.days_between(first, last) > 0


def _days_since_14(history: _CareHistory, dob: date, day: date) -> int:
    return history.days_between(nth_birthday(dob, ELIGIBLE_COUNT_FROM_AGE), day)


def _eligible_on(history: _CareHistory, dob: date, day: date) -> bool:
    """CPPCR 2010 reg 40: aged 16 or 17, looked after on ``day``, and looked after for
    at least 13 weeks in total since the 14th birthday."""
    return (
        LEAVING_CARE_FROM_AGE <= age_on(dob, day) < ADULT_AGE
        and history.looked_after_on(day)
        and _days_since_14(history, dob, day) >= ELIGIBLE_MIN_DAYS_LOOKED_AFTER
    )


def _returned_home_six_months(returned_home_from: date | None, by: date) -> bool:
    return returned_home_from is not None and add_months(returned_home_from, RETURNED_HOME_MONTHS) <= by


def derive_category(
    dob: date,
    periods: list[CarePeriod],
    as_at: date,
    *,
    returned_home_from: date | None = None,
    support_requested_to_25: bool = False,
    in_education_or_training: bool = False,
    died_on: date | None = None,
) -> CategoryResult:
    """The young person's leaving-care category on ``as_at``, with the reason. From the day they
    died (``died_on``, the date of the DIED in-touch decision) no leaving-care duty is owed: the
    Acts' duties are owed to a living person; the category stays for the returns (DIED)."""
    r = _derive(dob, periods, as_at, returned_home_from, support_requested_to_25, in_education_or_training)
    if died_on is None or as_at < died_on or r.category == Category.NONE:
        return r
    return replace(r, active=False, died_on=died_on,
                   reason=f"{r.reason} Died on {format_uk(died_on)}: leaving-care duties ended that day.")


def _derive(dob: date, periods: list[CarePeriod], as_at: date, returned_home_from: date | None, support_requested_to_25: bool,
            in_education_or_training: bool) -> CategoryResult:
    history = _CareHistory(periods, as_at)
    age = age_on(dob, as_at) if as_at >= dob else 0
    b18 = nth_birthday(dob, ADULT_AGE)
    now_la = history.looked_after_on(as_at)
    since14 = _days_since_14(history, dob, min(as_at, b18 - timedelta(days=1)))
    need = ELIGIBLE_MIN_DAYS_LOOKED_AFTER
    at_home = _returned_home_six_months(returned_home_from, as_at)

    def result(cat: Category, reason: str, active: bool) -> CategoryResult:
        end, end_reason = _duties_end(cat, dob, support_requested_to_25, in_education_or_training) if cat != Category.NONE else (None, "")
        return CategoryResult(cat, reason, active, end, end_reason, now_la, since14, at_home)

    def ongoing(cat: Category, how: str) -> CategoryResult:
        """An adult's category, with whether its duties have ended by as_at."""
        end, _ = _duties_end(cat, dob, support_requested_to_25, in_education_or_training)
        if as_at >= end:
            over = EXTENDED_DUTIES_END_AGE if end == nth_birthday(dob, EXTENDED_DUTIES_END_AGE) else DUTIES_END_AGE
            return result(cat, f"Aged {age}; {how}. Leaving-care duties ended at {over} on {format_uk(end)}.", False)
        return result(cat, f"Aged {age}; {how}.", True)

    if age < LEAVING_CARE_FROM_AGE:
        return result(Category.NONE, f"Aged {age}: leaving-care duties begin at 16.", False)

    if age < ADULT_AGE:
        if now_la:
            if _eligible_on(history, dob, as_at):
                return result(
                    Category.ELIGIBLE,
                    f"Aged {age}, looked after now, and looked after for {since14} days since their 14th birthday "
                    f"(at least {need} needed): eligible child (CPPCR 2010 reg 40).",
                    True,
                )
            return result(
                Category.NONE,
                f"Aged {age} and looked after, but only {since14} days since their 14th birthday: "
                f"they become an eligible child after {need} days (CPPCR 2010 reg 40).",
                False,
            )
        last = history.last_day_looked_after()
        if last is not None and _eligible_on(history, dob, last):
            if at_home:
                return result(
                    Category.QUALIFYING,
                    f"Aged {age}; left care on {format_uk(last + timedelta(days=1))} as an eligible child, but has lived with "
                    f"a parent since {format_uk(returned_home_from)} (6 months or more), so is no longer a relevant child "
                    f"(RHOM, CLR 2010 reg 3(3)): qualifying care leaver (CA 1989 s.24(1B)).",
                    True,
                )
            return result(
                Category.RELEVANT,
                f"Aged {age}, left care on {format_uk(last + timedelta(days=1))} having been an eligible child "
                f"({_days_since_14(history, dob, last)} days looked after since their 14th birthday): relevant child (CA 1989 s.23A).",
                True,
            )
        if last is not None and history.looked_after_between(nth_birthday(dob, LEAVING_CARE_FROM_AGE), last):
            return result(
                Category.QUALIFYING,
                f"Aged {age}; was looked after at some point since their 16th birthday, but for only {since14} days "
                f"since their 14th birthday (fewer than {need}): qualifying care leaver (CA 1989 s.24).",
                True,
            )
        return result(Category.NONE, f"Aged {age}: not looked after at any time since their 16th birthday.", False)

    # Aged 18 or over.
    day_before_18 = b18 - timedelta(days=1)
    # "Being looked after when he attained the age of 18": looked after on the last
    # day before the 18th birthday (care that ceases on the birthday itself counts).
    la_at_18 = history.looked_after_on(day_before_18)
    if la_at_18 and _eligible_on(history, dob, day_before_18):
        return ongoing(Category.FORMER_RELEVANT,
                       f"was looked after when they turned 18 ({format_uk(b18)}) having been an eligible child "
                       f"({_days_since_14(history, dob, day_before_18)} days since their 14th birthday): former relevant child "
                       f"(CA 1989 s.23C(1)(b))")
    relevant_from = _left_care_as_eligible_before_18(history, dob, b18)
    if relevant_from is not None:
        if _returned_home_six_months(returned_home_from, b18):
            return ongoing(Category.QUALIFYING,
                           f"left care as an eligible child on {format_uk(relevant_from)} but had lived with a parent for 6 months "
                           f"or more by their 18th birthday (RHOM, CLR 2010 reg 3(3)), so was not a relevant child at 18: "
                           f"qualifying care leaver (CA 1989 s.24(1B)), not former relevant")
        return ongoing(Category.FORMER_RELEVANT,
                       f"left care on {format_uk(relevant_from)}, before turning 18, as an eligible child, so was a relevant child: "
                       f"former relevant child (CA 1989 s.23C(1)(a))")
    if history.looked_after_between(nth_birthday(dob, LEAVING_CARE_FROM_AGE), day_before_18):
        return ongoing(Category.QUALIFYING,
                       f"was looked after at some point between their 16th and 18th birthdays, but for only {since14} days "
                       f"since their 14th birthday (fewer than {need}): qualifying care leaver (CA 1989 s.24)")
    return result(Category.NONE, f"Aged {age}: not looked after at any time between their 16th and 18th birthdays.", False)


def _duties_end(cat: Category, dob: date, support_requested_to_25: bool, in_education_or_training: bool) -> tuple[date, str]:
    """When leaving-care duties end for this category, and why: the 21st birthday, or the 25th for
    a former relevant young person who asks for support (s.23CZB) or is in education or training
    (s.23C(7)), and for a qualifying care leaver in education or training (s.24B)."""
    b21, b25 = nth_birthday(dob, DUTIES_END_AGE), nth_birthday(dob, EXTENDED_DUTIES_END_AGE)
    if cat == Category.QUALIFYING:
        if in_education_or_training:
            return b25, f"25th birthday ({format_uk(b25)}): in education or training (CA 1989 s.24B)"
        asked = "; asking for support to 25 (CA 1989 s.23CZB) is for former relevant young people only" if support_requested_to_25 else ""
        return b21, f"21st birthday ({format_uk(b21)}); to 25 while in education or training (CA 1989 s.24B){asked}"
    if support_requested_to_25:
        return b25, f"25th birthday ({format_uk(b25)}): has asked for support (CA 1989 s.23CZB)"
    if in_education_or_training:
        return b25, f"25th birthday ({format_uk(b25)}): in education or training under the plan (CA 1989 s.23C(7))"
    return b21, f"21st birthday ({format_uk(b21)}); to 25 if they ask for support or are in education or training (CA 1989 s.23CZB)"


def _left_care_as_eligible_before_18(history: _CareHistory, dob: date, b18: date) -> date | None:
    """The date care ceased, if they left care before 18 as an eligible child."""
    for p in sorted(history.periods, key=lambda p: p.start, reverse=True):
        if p.end is None or p.end > b18 or p.end <= p.start:
            continue
        last = p.end - timedelta(days=1)  # before the 18th birthday: p.end is on or before it
        if _eligible_on(history, dob, last):
            return p.end
    return None


def category_timeline(
    dob: date,
    periods: list[CarePeriod],
    as_at: date,
    *,
    returned_home_from: date | None = None,
    support_requested_to_25: bool = False,
    in_education_or_training: bool = False,
    died_on: date | None = None,
) -> list[tuple[date, CategoryResult]]:
    """Each date on which the category (or whether duties are active) changed, up to ``as_at``.

    The category can only change on a birthday that matters, when care starts or ends, six
    months after a return home, or on the day the 13 weeks since the 14th birthday are reached;
    so only those days are judged.
    """
    counted = sorted((p for p in periods if not p.short_breaks), key=lambda p: p.start)
    b14 = nth_birthday(dob, ELIGIBLE_COUNT_FROM_AGE)
    candidates = {nth_birthday(dob, a) for a in (LEAVING_CARE_FROM_AGE, ADULT_AGE, DUTIES_END_AGE, EXTENDED_DUTIES_END_AGE)}
    total = 0
    for p in counted:
        candidates.add(p.start)
        if p.end:
            candidates.add(p.end)
        lo = max(p.start, b14)
        hi = (p.end - timedelta(days=1)) if p.end else as_at
        if hi >= lo:
            span = (hi - lo).days + 1
            if total < ELIGIBLE_MIN_DAYS_LOOKED_AFTER <= total + span:
                candidates.add(lo + timedelta(days=ELIGIBLE_MIN_DAYS_LOOKED_AFTER - total - 1))
            total += span
    if returned_home_from:
        candidates.add(add_months(returned_home_from, RETURNED_HOME_MONTHS))
    if died_on:
        candidates.add(died_on)
    out: list[tuple[date, CategoryResult]] = []
    previous = None
    for day in sorted(d for d in candidates if dob <= d <= as_at):
        r = derive_category(dob, periods, day, returned_home_from=returned_home_from, support_requested_to_25=support_requested_to_25,
                            in_education_or_training=in_education_or_training, died_on=died_on)
        key = (r.category, r.active)
        if key != previous:
            if previous is not None or r.category != Category.NONE:
                out.append((day, r))
            previous = key
    return out
