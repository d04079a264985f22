"""What needs attention on a young person's record, in one list.

The record's header, the caseload's "Only show young people who" filters and the work tray all
judge a young person from the same facts: what the caseload knows about them on a day
(``CaseloadFacts``, filled by each capability's caseload extender). Each judgement is written
once here, with the words the header says and the filter's label; the rule behind each one (when
a plan is owed, when a contact is overdue, …) stays in its own module and is only called here.

Everything but a death still to be notified is about a young person whose leaving-care duties are
in force on the day and whose record is not archived: the law owes nothing more to the others, and
the caseload shows them muted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .accommodation import AccommodationState, Suitability
from .contacts import TouchStatus
from .cover import CoverState
from .dates import format_uk
from .duties import needs_a_pa
from .eet import EetState
from .eligibility import OWED_A_PATHWAY_PLAN, Category
from .health import HANDOVER_PROMPT_AGE, HandoverStatus, Stage
from .plans import PlanAlerts
from .text import counted


@dataclass(frozen=True)
class TrayCounts:
    """A young person's items in the work tray: all of them, and how many are pressing
    (overdue, or to be done now)."""

    total: int = 0
    pressing: int = 0


@dataclass
class CaseloadFacts:
    """What the caseload knows about one young person on a day: one field per capability's
    caseload extender, ``None`` when that extender did not run (or had nothing to say)."""

    plan: PlanAlerts | None = None  # the plans' extender (its late counts: the "late" one)
    touch: TouchStatus | None = None  # keeping in touch
    accom: AccommodationState | None = None  # where they live
    eet: EetState | None = None  # education, employment or training
    health: HandoverStatus | None = None  # the health history
    cover: CoverState | None = None  # who covers them that day (None: nobody, their PA is in)
    first_plan_due: date | None = None  # the new duties: the first plan's date, while none is finalised
    pa_owed_from: date | None = None  # …the day a PA was first owed, while none is allocated
    death_notify_by: date | None = None  # …a death still to notify, by this day
    leave_ends: date | None = None  # …immigration leave inside the warning window (or past its end)
    tray: TrayCounts | None = None  # the work tray


class Subject(Protocol):
    """A young person as the caseload sees them on a day (services.people.CaseloadRow)."""

    age: int
    category: Category
    category_active: bool
    pa_id: str | None
    archived: bool
    as_at: date | None
    facts: CaseloadFacts


@dataclass(frozen=True)
class Attention:
    """One thing that can need attention: ``applies`` to a young person, what the record's header
    says (``line``, None: the header does not say it), and the caseload filter's label (None: no
    filter for it)."""

    key: str
    applies: Callable[[Subject], bool]
    line: Callable[[Subject], str] | None = None
    filter_label: str | None = None


def _open(s: Subject) -> bool:
    """Leaving-care duties in force on the day, and the record not archived."""
    return s.category_active and not s.archived


def _plan(s: Subject) -> PlanAlerts | None:
    """The plan's facts of someone owed a pathway plan (CA 1989 s.23E; CLR 2010 reg 6)."""
    return s.facts.plan if _open(s) and s.category in OWED_A_PATHWAY_PLAN else None


def _touch(s: Subject) -> TouchStatus | None:
    """Keeping in touch, where no in-touch decision replaces the judgement (domain.contacts)."""
    t = s.facts.touch
    return t if _open(s) and t is not None and t.decision is None else None


def _accom(s: Subject) -> AccommodationState | None:
    return s.facts.accom if _open(s) else None


def _health(s: Subject) -> HandoverStatus | None:
    return s.facts.health if _open(s) else None


def _first_by(s: Subject) -> str:
    first = s.facts.first_plan_due
    return f": due by {format_uk(first)}" if first else ""


def _no_plan(s: Subject) -> bool:
    p = _plan(s)
    return p is not None and not p.has_plan


def _draft_only(s: Subject) -> bool:
    p = _plan(s)
    return p is not None and p.has_plan and p.review.due is None


def _review_overdue(s: Subject) -> bool:
    p = _plan(s)
    return p is not None and p.has_plan and p.review.due is not None and p.review.is_overdue()


def _review_line(s: Subject) -> str:
    return f"Plan review overdue by {counted(_open_plan(s).review.overdue_days, 'day')}"


def _contact_overdue(s: Subject) -> bool:
    t = _touch(s)
    return t is not None and t.due.is_overdue()


def _contact_line(s: Subject) -> str:
    t = s.facts.touch
    assert t is not None
    what = "Statutory visit" if t.due.statutory else "Contact"
    return f"{what} overdue by {counted(t.due.overdue_days, 'day')}"


def _not_in_touch(s: Subject) -> bool:
    t = _touch(s)
    return t is not None and t.lost_touch


def _covered(s: Subject) -> bool:
    return _open(s) and s.facts.cover is not None


def _cover_line(s: Subject) -> str:
    c = s.facts.cover
    assert c is not None
    return f"{c.label} ({c.absent_name} is away)"


def _death(s: Subject) -> bool:
    """A death still to notify (Working Together 2023 ch. 6; domain.duties): duties have ended."""
    return not s.archived and s.facts.death_notify_by is not None


def _death_line(s: Subject) -> str:
    return f"Notify the death by {format_uk(s.facts.death_notify_by)}"


def _no_pa(s: Subject) -> bool:
    """CA 1989 Sch 2 para 19C, s.23B, s.23C (domain.duties.needs_a_pa)."""
    return not s.archived and needs_a_pa(s.category, s.category_active, s.pa_id)


def _open_plan(s: Subject) -> PlanAlerts:
    """The plan's facts of someone ``applies`` was true for."""
    assert s.facts.plan is not None
    return s.facts.plan


def _late_actions(s: Subject) -> bool:
    p = s.facts.plan
    return _open(s) and p is not None and p.overdue_actions > 0


def _late_checks(s: Subject) -> bool:
    p = s.facts.plan
    return _open(s) and p is not None and p.overdue_checks > 0


def _unsuitable(s: Subject) -> bool:
    a = _accom(s)
    return a is not None and a.suitability == Suitability.UNSUITABLE


def _unjudged(s: Subject) -> bool:
    a = _accom(s)
    return a is not None and a.episode is not None and a.suitability is None


def _no_accommodation(s: Subject) -> bool:
    a = _accom(s)
    return a is not None and a.episode is None


def _accommodation_to_check(s: Subject) -> bool:
    """Anything else the accommodation rule flags (a judgement to make again, bed and breakfast)."""
    a = _accom(s)
    return a is not None and bool(a.flag) and not (_unsuitable(s) or _unjudged(s) or _no_accommodation(s))


def _accommodation_line(s: Subject) -> str:
    a = s.facts.accom
    assert a is not None
    return a.flag


def _neet(s: Subject) -> bool:
    return _open(s) and bool(_neet_line(s))


def _neet_line(s: Subject) -> str:
    """ "NEET for N days" (domain.eet.neet_days: the one count), or "" when not NEET that day."""
    e = s.facts.eet
    if e is None or s.as_at is None:
        return ""
    return e.neet_label(s.as_at) or ""


def _leave_ending(s: Subject) -> bool:
    return _open(s) and s.facts.leave_ends is not None


def _health_overdue(s: Subject) -> bool:
    h = _health(s)
    return h is not None and h.level == "overdue"


def _health_due(s: Subject) -> bool:
    """Flagged from six months before the 18th birthday (domain.health.handover_status)."""
    h = _health(s)
    return h is not None and h.level == "flag"


def _health_not_given(s: Subject) -> bool:
    h = _health(s)
    return h is not None and s.age >= HANDOVER_PROMPT_AGE and h.stage not in (Stage.GIVEN, Stage.DECLINED)


def _overdue_work(s: Subject) -> bool:
    """The work tray's own judgement (it covers those whose duties have ended, e.g. a death)."""
    t = s.facts.tray
    return not s.archived and t is not None and t.pressing > 0


# In the order the header says them (the most urgent first) and the filters are offered.
ATTENTION: tuple[Attention, ...] = (
    Attention("overdue_work", _overdue_work, filter_label="Overdue work"),
    Attention("contact_overdue", _contact_overdue, _contact_line, "Contact overdue"),
    Attention("not_in_touch", _not_in_touch, lambda s: "Not in touch: re-establish contact", "Not in touch"),
    Attention("covered", _covered, _cover_line, "Being covered"),
    Attention("death_to_notify", _death, _death_line),
    Attention("no_plan", _no_plan, lambda s: f"No pathway plan{_first_by(s)}", "No plan"),
    Attention("plan_not_finalised", _draft_only, lambda s: f"Plan not yet finalised{_first_by(s)}"),
    Attention("review_overdue", _review_overdue, _review_line, "Review overdue"),
    Attention("no_pa", _no_pa, lambda s: "No personal adviser allocated"),
    Attention("late_actions", _late_actions, lambda s: counted(_open_plan(s).overdue_actions, "overdue plan action")),
    Attention("late_checks", _late_checks, lambda s: f"{counted(_open_plan(s).overdue_checks, 'contingency check')} overdue"),
    Attention("unsuitable", _unsuitable, _accommodation_line, "Unsuitable accommodation"),
    Attention("unjudged", _unjudged, _accommodation_line, "No suitability judgement"),
    Attention("no_accommodation", _no_accommodation, _accommodation_line, "No accommodation recorded"),
    Attention("accommodation_to_check", _accommodation_to_check, _accommodation_line),
    Attention("neet", _neet, _neet_line, "NEET"),
    Attention("leave_ending", _leave_ending, lambda s: f"Leave to remain ends {format_uk(s.facts.leave_ends)}"),
    Attention("health_history_not_given", _health_not_given, filter_label="Health history not given"),
    Attention("health_history_overdue", _health_overdue, lambda s: "Health history overdue", "Health history overdue"),
    Attention("health_history_due", _health_due, lambda s: "Health history due by 18"),
)
BY_KEY: dict[str, Attention] = {a.key: a for a in ATTENTION}
FILTERS: tuple[Attention, ...] = tuple(a for a in ATTENTION if a.filter_label)


def needs(s: Subject, key: str) -> bool:
    """Whether the judgement ``key`` applies to a young person (KeyError for an unknown key)."""
    return BY_KEY[key].applies(s)


def header_lines(s: Subject) -> list[str]:
    """What the record's header says needs attention, most urgent first."""
    return [a.line(s) for a in ATTENTION if a.line is not None and a.applies(s)]
