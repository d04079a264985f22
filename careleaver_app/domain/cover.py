"""Duty cover: a PA's absence, who covers their caseload, and when cover is in force.

There is no national rule (DOMAIN.md §9). These are practice decisions, written down in
docs/decisions.md: cover runs from the first day of the absence up to (not including) the day
the PA is back, or the day it is ended by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .dates import end_after, format_uk, periods_overlap
from .errors import Collector

KINDS = {"planned": "Planned (leave, training)", "unplanned": "Unplanned (sickness, emergency)"}


@dataclass
class Absence:
    worker_id: str
    kind: str
    start: date | None
    expected_return: date | None
    cover_worker_id: str | None = None  # one worker for the whole caseload (may be None if per person)
    ended_on: date | None = None  # ended by hand (the PA came back early, or cover changed)
    out_of_hours: str = ""  # out-of-hours arrangements for the period
    notes: str = ""
    per_person: dict[str, str] = field(default_factory=dict)  # person id -> cover worker id
    id: str | None = None
    worker_name: str = ""
    cover_name: str = ""

    @property
    def last_day(self) -> date | None:
        """The last day cover is in force."""
        from datetime import timedelta

        ends = [d for d in (self.ended_on, self.expected_return) if d is not None]
        return (min(ends) - timedelta(days=1)) if ends else None

    def in_force(self, day: date) -> bool:
        if self.start is None or day < self.start:
            return False
        return self.last_day is None or day <= self.last_day

    def cover_for(self, person_id: str) -> str | None:
        return self.per_person.get(person_id, self.cover_worker_id)

    @property
    def label(self) -> str:
        until = f"until {format_uk(self.last_day)}" if self.last_day else "until further notice"
        return f"{self.worker_name} away {format_uk(self.start)} {until}"


def validate_absence(a: Absence, others: list[Absence], worker_ids: set[str], as_at: date) -> None:
    c = Collector()
    if a.worker_id not in worker_ids:
        c.add("worker_id", "Who is away", "choose the PA who is away")
    if a.kind not in KINDS:
        c.add("kind", "Kind", "choose planned or unplanned")
    if a.start is None:
        c.add("start", "Away from", "enter the first day away (dd/mm/yyyy)")
    if a.expected_return is None:
        c.add("expected_return", "Back on", "enter the day they are expected back (dd/mm/yyyy); change it later if need be")
    elif a.start is not None and a.expected_return <= a.start:
        c.add("expected_return", "Back on", "is on or before the first day away")
    if a.ended_on is not None and a.start is not None and a.ended_on < a.start:
        c.add("ended_on", "Cover ended", "is before the absence started")
    if a.ended_on is not None and a.ended_on > as_at:
        c.add("ended_on", "Cover ended", "is in the future: end cover on or after the day it ends")
    covers = {a.cover_worker_id, *a.per_person.values()} - {None}
    if not covers:
        c.add("cover_worker_id", "Covered by", "choose who covers the caseload (or each young person)")
    if a.worker_id in covers:
        c.add("cover_worker_id", "Covered by", "the PA who is away cannot cover their own caseload")
    if covers - worker_ids:
        c.add("cover_worker_id", "Covered by", "choose a worker from the list")
    if a.start is not None:
        for o in others:
            if o.id == a.id or o.worker_id != a.worker_id or o.start is None:
                continue
            if periods_overlap(a.start, end_after(a.last_day), o.start, end_after(o.last_day)):  # last days are days away
                c.add("start", "Away from", f"overlaps another absence from {format_uk(o.start)}"
                      + (f" to {format_uk(o.last_day)}" if o.last_day else "") + ": change or end that one first")
                break
    c.raise_if_any()


@dataclass(frozen=True)
class CoverState:
    """Shown on the caseload and the record: who covers a young person, until when."""

    absence_id: str
    absent_name: str
    cover_id: str | None
    cover_name: str
    until: date | None

    @property
    def label(self) -> str:
        return f"Covered by {self.cover_name}" + (f" until {format_uk(self.until)}" if self.until else "")
