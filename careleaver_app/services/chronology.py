"""Chronology: a young person's significant events, derived from the record plus manual entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.dates import format_uk
from ..domain.eligibility import Category, category_timeline
from ..domain.errors import Collector, NotFound
from ..storage import contacts as contacts_repo
from ..storage import people as people_repo
from ..storage import plans as plans_repo
from ..storage.store import Store
from .context import Clock

KINDS = {
    "contact": "Significant contacts",
    "category": "Leaving-care status",
    "plan": "Pathway plans",
    "pa": "Changes of PA",
    "in_touch": "Keeping in touch",
    "move": "Moves",
    "eet": "Education, training and work",
    "health": "Health",
    "duties": "Documents, status and notifications",
    "manual": "Other significant events",
}


@dataclass(frozen=True)
class ChronologyEvent:
    on: date
    kind: str
    title: str
    detail: str = ""
    ref: str = ""

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


class ChronologyService:
    def __init__(self, store: Store, clock: Clock):
        self.store = store
        self.clock = clock
        self._sources = [self._contacts, self._categories, self._plans, self._allocations, self._in_touch, self._manual]

    def add_source(self, fn) -> None:
        """Later capabilities add events: ``fn(person, as_at) -> list[ChronologyEvent]``."""
        self._sources.append(fn)

    def events(self, person_id: str, kinds: set[str] | None = None, as_at: date | None = None) -> list[ChronologyEvent]:
        """Oldest first."""
        as_at = as_at or self.clock.today()
        person = people_repo.load_person(self.store, person_id)
        if person is None:
            raise NotFound("That young person is not in this database.")
        out: list[ChronologyEvent] = []
        for source in self._sources:
            out.extend(e for e in source(person, as_at) if e.on <= as_at)
        if kinds is not None:
            out = [e for e in out if e.kind in kinds]
        return sorted(out, key=lambda e: (e.on, e.kind, e.title))

    def add_event(self, person_id: str, on: date | None, title: str, detail: str = "") -> str:
        person = people_repo.load_person(self.store, person_id)
        if person is None:
            raise NotFound("That young person is not in this database.")
        c = Collector()
        if on is None:
            c.add("on", "Date", "enter the date it happened (dd/mm/yyyy)")
        elif on > self.clock.today():
            c.add("on", "Date", "is in the future")
        elif on < person.dob:
            c.add("on", "Date", "is before the young person was born")
        c.require(title, "title", "What happened", "say briefly what happened")
        c.raise_if_any()
        with self.store.transaction():
            return contacts_repo.insert_event(self.store, person_id, on, title.strip(), detail.strip())

    # -- sources --------------------------------------------------------------------------
    def _contacts(self, person, as_at):
        return [ChronologyEvent(c.day, "contact", f"{c.contact_type.label} by {c.worker_name or 'unknown'}",
                                c.summary, c.id) for c in contacts_repo.significant_contacts(self.store, person.id)]

    def _categories(self, person, as_at):
        out = []
        for day, r in category_timeline(person.dob, person.care_periods, as_at, returned_home_from=person.returned_home_from,
                                        support_requested_to_25=person.support_requested_to_25,
                                        in_education_or_training=person.in_education_or_training, died_on=person.died_on):
            title = r.category.label if r.active or r.category == Category.NONE else f"{r.category.label}: duties ended"
            out.append(ChronologyEvent(day, "category", title, r.reason))
        for p in person.care_periods:
            if p.short_breaks:
                continue
            out.append(ChronologyEvent(p.start, "category", "Became looked after", ""))
            if p.end:
                out.append(ChronologyEvent(p.end, "category", "Left care", ""))
        return out

    def _plans(self, person, as_at):
        out = []
        for v in plans_repo.plan_versions(self.store, person.id):
            if v["status"] != "final":
                continue
            on = date.fromisoformat(v["review_date"] or v["start_date"])
            title = f"Pathway plan v{v['version']} agreed" + (" at a review" if v["review_date"] else "")
            out.append(ChronologyEvent(on, "plan", title, v["review_reason"] or "", v["id"]))
        return out

    def _allocations(self, person, as_at):
        out = []
        for a in people_repo.allocation_history(self.store, person.id):
            title = f"PA: {a.worker_name}" + (f" (was {a.previous_worker_name})" if a.previous_worker_name else "")
            out.append(ChronologyEvent(a.start, "pa", title, a.reason, a.id))
        return out

    def _in_touch(self, person, as_at):
        out = []
        for d in contacts_repo.decisions_for(self.store, person.id):
            from ..domain.contacts import InTouch

            out.append(ChronologyEvent(date.fromisoformat(d["decided_on"]), "in_touch", InTouch(d["status"]).label, d["reason"] or ""))
            if d["ended_on"]:
                out.append(ChronologyEvent(date.fromisoformat(d["ended_on"]), "in_touch",
                                           f"No longer: {InTouch(d['status']).label.lower()}", d["ended_reason"] or ""))
        return out

    def _manual(self, person, as_at):
        return [ChronologyEvent(date.fromisoformat(e["on_date"]), "manual", e["title"], e["detail"] or "", e["id"])
                for e in contacts_repo.events_for(self.store, person.id)]

    def pdf(self, person_id: str, kinds: set[str] | None = None) -> bytes:
        from ..reports.chronology_pdf import chronology_pdf

        person = people_repo.load_person(self.store, person_id)
        self.store.note_read(person_id, "printed the chronology")
        return chronology_pdf(person.display_name, person.legal_name, self.events(person_id, kinds), self.clock.today(),
                              [KINDS[k] for k in sorted(kinds)] if kinds else [])


def describe(e: ChronologyEvent) -> str:
    return f"{format_uk(e.on)} {e.kind_label}: {e.title}"
