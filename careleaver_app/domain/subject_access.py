"""A young person's request for their record (the right of access, UK GDPR Art 15).

Sources: UK GDPR Art 12(3) (respond without undue delay and within one month of receipt; extend
by up to two further months where requests are complex or numerous, telling the person within
the first month, with the reasons); Data Protection Act 2018 s.45 / ICO guidance on the right of
access ("When is the time limit?", "Can we clarify the request?", "Can we ask for ID?"):

- the month runs from the day the request is received to the same date in the next month, or the
  last day of that month where it has no such date (31 January -> 28/29 February);
- where the identity of the person asking has to be checked, the month runs from the day it is;
- while the scope of a request is being clarified, the clock stops: it starts again when the
  answer comes, and the due date moves on by the days it was stopped;
- a due date on a Saturday or Sunday moves to the Monday (bank holidays are not held by the app:
  docs/decisions.md).

Rules take ``as_at`` and never read the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import add_months, format_uk
from .errors import Collector

# UK GDPR Art 12(3): one month, extendable by two further months.
RESPONSE_MONTHS = 1
MAX_EXTENSION_MONTHS = 2

MADE_BY = {"young_person": "The young person", "representative": "Someone acting for them (with their authority)"}


@dataclass
class Pause:
    """The clock stopped while the scope was clarified: asked on, answered on (None: still waiting)."""

    asked_on: date
    asked_what: str = ""
    answered_on: date | None = None
    id: str | None = None

    def days_stopped(self, as_at: date) -> int:
        end = self.answered_on or as_at
        return max(0, (end - self.asked_on).days)


@dataclass
class SubjectAccessRequest:
    person_id: str
    received_on: date
    made_by: str = "young_person"
    scope: str = ""  # what they asked for ("everything", "my care records from 2015 to 2019")
    identity_checked_on: date | None = None
    extension_months: int = 0
    extension_reason: str = ""
    extended_on: date | None = None
    completed_on: date | None = None
    completed_how: str = ""  # what was sent, and how
    withdrawn_on: date | None = None
    withdrawn_reason: str = ""
    pauses: list[Pause] = field(default_factory=list)
    id: str | None = None

    @property
    def open(self) -> bool:
        return self.completed_on is None and self.withdrawn_on is None

    def paused_since(self) -> date | None:
        """When the clock was stopped, while a question is waiting for its answer (one at a time)."""
        waiting = next((p for p in self.pauses if p.answered_on is None), None)
        return waiting.asked_on if waiting else None


@dataclass(frozen=True)
class AccessDue:
    """Where a request stands on a day: its due date (None while the clock has not started or is
    stopped), and a sentence saying why."""

    due: date | None
    state: str  # "identity", "paused", "running", "done", "withdrawn"
    message: str

    def overdue(self, as_at: date) -> bool:
        return self.state == "running" and self.due is not None and self.due < as_at


def next_working_day(d: date) -> date:
    """A Saturday or Sunday moves to the Monday (ICO: the next working day)."""
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def clock_start(r: SubjectAccessRequest) -> date | None:
    """The day the month starts from: receipt, or the identity check if that came later
    (None until the identity is checked)."""
    if r.identity_checked_on is None:
        return None
    return max(r.received_on, r.identity_checked_on)


def access_due(r: SubjectAccessRequest, as_at: date) -> AccessDue:
    """When the response is due (UK GDPR Art 12(3); ICO guidance), on ``as_at``."""
    if r.withdrawn_on is not None:
        return AccessDue(None, "withdrawn", f"Withdrawn on {format_uk(r.withdrawn_on)}")
    start = clock_start(r)
    if start is None:
        state, due, msg = "identity", None, f"Received {format_uk(r.received_on)}: check who is asking before the month starts"
    else:
        due = next_working_day(add_months(start, RESPONSE_MONTHS + r.extension_months) + timedelta(days=_days_stopped(r, start)))
        state, msg = "running", f"Due by {format_uk(due)}" + (f" (extended by {r.extension_months} month"
                                                                 f"{'s' if r.extension_months != 1 else ''})" if r.extension_months else "")
        since = r.paused_since()
        if since is not None:
            state, due, msg = "paused", None, f"Clock stopped since {format_uk(since)} while the request is clarified"
    if r.completed_on is not None:
        return AccessDue(due, "done", f"Sent on {format_uk(r.completed_on)}")
    return AccessDue(due, state, msg)


def _days_stopped(r: SubjectAccessRequest, start: date) -> int:
    """Days the clock was stopped after it started (questions answered; one still waiting stops
    the clock altogether, see ``access_due``)."""
    return sum(p.days_stopped(p.answered_on) for p in r.pauses if p.answered_on is not None and p.asked_on >= start)


def original_due(r: SubjectAccessRequest) -> date | None:
    """The due date before any extension (an extension is decided, and told, within it)."""
    start = clock_start(r)
    if start is None:
        return None
    return next_working_day(add_months(start, RESPONSE_MONTHS) + timedelta(days=_days_stopped(r, start)))


def validate_request(r: SubjectAccessRequest, today: date) -> None:
    c = Collector()
    c.day_up_to(r.received_on, "received_on", "Received on", today, missing="the date the request was received")
    if r.made_by not in MADE_BY:
        c.add("made_by", "Made by", "choose who made the request")
    if c.day_up_to(r.identity_checked_on, "identity_checked_on", "Identity checked on", today) and \
            r.received_on and r.identity_checked_on < r.received_on:
        c.add("identity_checked_on", "Identity checked on", "cannot be before the request was received")
    if not 0 <= r.extension_months <= MAX_EXTENSION_MONTHS:
        c.add("extension_months", "Extension", f"can be at most {MAX_EXTENSION_MONTHS} months (UK GDPR Art 12(3))")
    elif r.extension_months and not r.extension_reason.strip():
        c.add("extension_reason", "Reason for the extension",
              "say why the request is complex or one of many: the young person must be told (UK GDPR Art 12(3))")
    if r.extension_months and r.extended_on is None:
        c.add("extended_on", "Extended on", "enter the date the young person was told of the extension")
    if r.extension_months and r.extended_on is not None and clock_start(r) is not None:
        first_month = original_due(r)
        if r.extended_on > first_month:
            c.add("extended_on", "Extended on",
                  f"an extension must be decided and told within the first month (by {format_uk(first_month)}, UK GDPR Art 12(3))")
    last = None
    for p in r.pauses:
        if p.answered_on is not None and p.answered_on < p.asked_on:
            c.add("pauses", "Clarification", "the answer cannot come before the question")
        if last is not None and last.answered_on is None:
            c.add("pauses", "Clarification", "record the answer to the last question before asking another")
        last = p
    if r.completed_on is not None:
        if c.day_up_to(r.completed_on, "completed_on", "Sent on", today) and r.received_on and r.completed_on < r.received_on:
            c.add("completed_on", "Sent on", "cannot be before the request was received")
        if not r.completed_how.strip():
            c.add("completed_how", "What was sent, and how", "say what was sent and how (e.g. PDF and JSON by secure email)")
    if r.withdrawn_on is not None and not r.withdrawn_reason.strip():
        c.add("withdrawn_reason", "Reason", "say why the request was withdrawn")
    c.raise_if_any()
