"""Keeping in touch: contacts, when the next one is due, and whether the LA is in touch.

Sources:
- CLR 2010 reg 8: the personal adviser keeps a written record of contacts and services.
- CA 1989 s.23B(1), s.23C(1)-(2), s.24: keep in touch with relevant children and former
  relevant children; take reasonable steps to re-establish contact if it is lost.
- Where the LA provides the accommodation (CLR 2010 reg 8(2)): visit the young person "at that
  accommodation" within 7 days of it first being provided, again before the review that follows
  the move, then at intervals of not more than two months (DOMAIN.md §3).
- SSDA903 OC3 IN_TOUCH codes: YES, NO, DIED, REFU, NREQ, RHOM (DOMAIN.md §5).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum

from .dates import add_days, add_months, format_uk, in_period

# s.23B / s.24B statutory visits to young people in LA-provided accommodation.
FIRST_VISIT_DAYS = 7
VISIT_INTERVAL_MONTHS = 2


class ContactType(Enum):
    VISIT_HOME = "visit_home"
    VISIT_ELSEWHERE = "visit_elsewhere"
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    EMAIL = "email"
    LETTER = "letter"
    ATTEMPTED = "attempted"

    @property
    def label(self) -> str:
        return _CONTACT_LABELS[self]

    @property
    def may_be_one_way(self) -> bool:
        """A letter, email or text: it reaches the young person only if they answered."""
        return self in ONE_WAY_UNLESS_ANSWERED

    @property
    def notes_required(self) -> bool:
        return self != ContactType.ATTEMPTED


_CONTACT_LABELS = {
    ContactType.VISIT_HOME: "Visit at home",
    ContactType.VISIT_ELSEWHERE: "Visit elsewhere",
    ContactType.OFFICE: "Office meeting",
    ContactType.PHONE: "Phone call",
    ContactType.VIDEO: "Video call",
    ContactType.TEXT: "Text message",
    ContactType.EMAIL: "Email",
    ContactType.LETTER: "Letter",
    ContactType.ATTEMPTED: "Attempted, not reached",
}


# Keeping in touch (CA 1989 s.23B(1), s.23C(2)) means reaching the young person: a visit, a
# meeting, a call or a video call is two-way by its nature; a letter, email or text shows they
# were reached only if they answered it (recorded on the contact as two-way); an attempt never
# does. The one definition (``reached``): it is stored on each contact as ``two_way`` when logged,
# and the store's queries read that (storage/contacts.py, storage/returns.py).
ALWAYS_TWO_WAY = frozenset({ContactType.VISIT_HOME, ContactType.VISIT_ELSEWHERE, ContactType.OFFICE, ContactType.PHONE,
                            ContactType.VIDEO})
ONE_WAY_UNLESS_ANSWERED = frozenset({ContactType.TEXT, ContactType.EMAIL, ContactType.LETTER})


def reached(contact_type: ContactType, two_way: bool) -> bool:
    """Did this contact reach the young person (keep in touch)?"""
    return contact_type in ALWAYS_TWO_WAY or (contact_type in ONE_WAY_UNLESS_ANSWERED and two_way)


# CLR 2010 reg 8(2): the statutory visits are visits to the young person "at that accommodation"
# (the accommodation the LA provides), where they were seen. A visit elsewhere (a café, the
# college) keeps in touch but does not meet them. The one definition: the store's queries are
# built from it (storage/contacts.py).
STATUTORY_VISIT_TYPES = frozenset({ContactType.VISIT_HOME})


def counts_as_statutory_visit(contact_type: ContactType, seen: bool) -> bool:
    """Does this contact meet a statutory visit (CLR 2010 reg 8(2))?"""
    return contact_type in STATUTORY_VISIT_TYPES and seen


class InTouch(Enum):
    """SSDA903 OC3 IN_TOUCH values."""

    YES = "YES"
    NO = "NO"
    DIED = "DIED"
    REFU = "REFU"
    NREQ = "NREQ"
    RHOM = "RHOM"

    @property
    def label(self) -> str:
        return _IN_TOUCH_LABELS[self]


_IN_TOUCH_LABELS = {
    InTouch.YES: "In touch",
    InTouch.NO: "Not in touch",
    InTouch.DIED: "Died",
    InTouch.REFU: "Refuses contact",
    InTouch.NREQ: "No longer requires services",
    InTouch.RHOM: "Returned home (6 months or more)",
}
# Decisions a PA records (YES and NO are derived from contacts, never recorded).
DECISIONS = (InTouch.REFU, InTouch.NREQ, InTouch.RHOM, InTouch.DIED)


@dataclass
class Amendment:
    """A correction to a contact record: the original is kept, the change is dated and signed."""

    summary: str
    reason: str
    amended_by: str
    amended_at: str
    changes: dict = field(default_factory=dict)  # other fields changed: name -> new value
    id: str | None = None


@dataclass
class FollowUp:
    what: str
    owner: str
    due: date | None
    to_plan: bool = False  # becomes a plan action (in the draft, or the next review)
    done_on: date | None = None
    plan_action_id: str | None = None
    id: str | None = None
    contact_id: str | None = None
    person_id: str | None = None

    def is_overdue(self, as_at: date) -> bool:
        return self.done_on is None and self.due is not None and self.due < as_at


@dataclass
class Contact:
    person_id: str
    occurred_at: datetime
    contact_type: ContactType
    worker_id: str | None
    worker_name: str = ""
    covering: bool = False  # made by a covering worker, not the allocated PA
    seen: bool = False
    seen_alone: bool = False
    location: str = ""
    ended_at: datetime | None = None
    summary: str = ""
    significant: bool = False
    two_way: bool = False  # a letter, email or text the young person answered (see ``reached``)
    follow_ups: list[FollowUp] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    id: str | None = None
    created_at: str = ""

    @property
    def day(self) -> date:
        return self.occurred_at.date()

    @property
    def duration_minutes(self) -> int | None:
        if self.ended_at is None:
            return None
        return int((self.ended_at - self.occurred_at).total_seconds() // 60)

    @property
    def current_summary(self) -> str:
        """The summary as amended (the original stays in ``summary``)."""
        return self.amendments[-1].summary if self.amendments else self.summary

    def current(self, name: str):
        for a in reversed(self.amendments):
            if name in a.changes:
                return a.changes[name]
        return getattr(self, name)

    @property
    def reached(self) -> bool:
        """Did it reach the young person: a two-way contact (``reached``)."""
        return reached(self.contact_type, self.two_way)

    @property
    def counts_as_statutory_visit(self) -> bool:
        return counts_as_statutory_visit(self.contact_type, self.seen)


@dataclass(frozen=True)
class ContactDue:
    due: date
    reason: str
    overdue_days: int
    statutory: bool  # a statutory visit (LA-provided accommodation), not the local standard

    def is_overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class LaAccommodation:
    """The LA-provided accommodation a young person is in, if any (from the accommodation record)."""

    first_provided: date
    review_by: date | None = None  # the review that follows the move


def next_contact_due(
    as_at: date,
    *,
    cadence_days: int,
    cadence_reason: str,
    last_seen: date | None,
    visits_since_move: list[date] | None = None,
    la_accommodation: LaAccommodation | None = None,
    allocated_on: date | None = None,
) -> ContactDue:
    """When the next contact is due, and why.

    Where the LA provides the accommodation the statutory visit rules apply (first visit within
    7 days of it first being provided; another before the review that follows the move; then no
    more than two months apart); ``visits_since_move`` are the days of the visits that count
    (``counts_as_statutory_visit``). Otherwise the local standard (or the person's own cadence).
    """
    def result(due: date, reason: str, statutory: bool) -> ContactDue:
        return ContactDue(due, reason, max(0, (as_at - due).days), statutory)

    if la_accommodation is not None:
        moved = la_accommodation.first_provided
        visits = sorted(d for d in (visits_since_move or []) if d >= moved)
        if not visits:
            return result(add_days(moved, FIRST_VISIT_DAYS),
                          f"first visit within {FIRST_VISIT_DAYS} days of moving in on {format_uk(moved)} (statutory)", True)
        two_months = add_months(visits[-1], VISIT_INTERVAL_MONTHS)
        if len(visits) == 1 and la_accommodation.review_by is not None and la_accommodation.review_by < two_months:
            return result(la_accommodation.review_by,
                          f"a visit before the review that follows the move (review by {format_uk(la_accommodation.review_by)}; statutory)", True)
        return result(two_months, f"no more than two months after the visit on {format_uk(visits[-1])} (statutory)", True)
    if last_seen is None:
        if allocated_on is None:
            return result(as_at, "not seen yet", False)
        return result(add_days(allocated_on, cadence_days),
                      f"{cadence_reason} from allocation on {format_uk(allocated_on)}: not seen yet", False)
    return result(add_days(last_seen, cadence_days), f"{cadence_reason} after they were last seen on {format_uk(last_seen)}", False)


def decision_in_force(decisions: Iterable[tuple[str, date, date | None]], day: date) -> str | None:
    """The in-touch decision (its 903 code: REFU, NREQ, RHOM, DIED) in force on ``day``: of those
    made on or before the day and not ended by it (the end is the day it was replaced or withdrawn;
    DIED is never ended), the last made. ``decisions``: (code, made on, ended on), in the order
    they were made. The one definition: the contacts' status, the 903 and Annex A all ask it."""
    live = [code for code, start, end in decisions if in_period(day, start, end)]
    return live[-1] if live else None


def derive_in_touch(as_at: date, *, last_successful: date | None, decision: InTouch | None, lost_touch_days: int,
                    allocated_on: date | None = None) -> InTouch:
    """The 903 IN_TOUCH value on ``as_at``: a recorded decision in force (DIED, REFU, NREQ, RHOM)
    wins; otherwise YES if the young person was reached within ``lost_touch_days``, else NO.

    Someone not reached since they came to the service is counted from their first allocation:
    a new allocation starts the clock, as it does for the next contact (``next_contact_due``); it
    is not a lost contact (CA 1989 s.23B/s.23C: contact is re-established once it is *lost*). A
    later change of PA does not restart it (docs/decisions.md, Keeping in touch)."""
    if decision is not None:
        return decision
    since = last_successful if last_successful is not None else allocated_on
    if since is not None and 0 <= (as_at - since).days <= lost_touch_days:  # (not yet allocated on as_at: not in touch)
        return InTouch.YES
    return InTouch.NO


def validate_contact(c: Contact, now: datetime) -> None:
    from .errors import Collector

    err = Collector()
    if c.occurred_at > now:
        err.add("occurred_at", "When", "is in the future: record a contact after it has happened")
    if c.ended_at is not None and c.ended_at <= c.occurred_at:
        err.add("ended_at", "Ended at", "is before (or the same as) the start: check the times")
    if c.ended_at is not None and c.ended_at - c.occurred_at > timedelta(hours=12):
        err.add("ended_at", "Ended at", "gives a contact longer than 12 hours: check the times")
    if c.contact_type.notes_required and not c.summary.strip():
        err.add("summary", "Summary", f"write what happened: notes are needed for a {c.contact_type.label.lower()}")
    if c.two_way and c.contact_type == ContactType.ATTEMPTED:
        err.add("two_way", "Two-way", "an attempt did not reach them: choose the kind of contact they answered")
    if c.seen_alone and not c.seen:
        err.add("seen_alone", "Seen alone", "can only be ticked if the young person was seen")
    if c.seen and c.contact_type in (ContactType.TEXT, ContactType.EMAIL, ContactType.LETTER, ContactType.PHONE, ContactType.ATTEMPTED):
        err.add("seen", "Seen", f"a young person cannot be seen by {c.contact_type.label.lower()}")
    for i, f in enumerate(c.follow_ups, start=1):
        if not f.what.strip():
            err.add("follow_ups", "Follow-up actions", f"row {i}: say what will be done")
        elif not f.owner.strip():
            err.add("follow_ups", "Follow-up actions", f"row {i}: say who will do it")
        elif f.due is None:
            err.add("follow_ups", "Follow-up actions", f"row {i}: give the date it will be done by")
        elif f.due < c.day:
            err.add("follow_ups", "Follow-up actions", f"row {i}: the date is before the contact")
    err.raise_if_any()


def validate_amendment(summary: str, reason: str, original: str) -> None:
    from .errors import Collector

    err = Collector()
    err.require(reason, "reason", "Reason for the amendment", "say why the record is being corrected")
    err.require(summary, "summary", "Corrected summary", "the corrected summary cannot be empty")
    if summary.strip() == (original or "").strip():
        err.add("summary", "Corrected summary", "is the same as the record: change it or cancel")
    err.raise_if_any()


@dataclass
class TouchStatus:
    """Keeping in touch with one young person, on a day."""

    in_touch: InTouch
    last_contact: datetime | None
    last_successful: datetime | None
    last_seen: datetime | None
    due: ContactDue
    cadence_days: int
    cadence_reason: str
    decision: InTouch | None = None

    @property
    def lost_touch(self) -> bool:
        return self.in_touch == InTouch.NO
