"""Keeping in touch: log and amend contacts, contact standards, in-touch status."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.contacts import (
    DECISIONS,
    Contact,
    FollowUp,
    InTouch,
    LaAccommodation,
    TouchStatus,
    derive_in_touch,
    next_contact_due,
    validate_amendment,
    validate_contact,
)
from ..domain.dates import format_uk, from_iso
from ..domain.errors import Collector, NotAllowed, NotFound
from ..domain.plans import OwnerKind, PlanAction, SectionKey
from ..storage import contacts as repo
from ..storage import people as people_repo
from ..storage import plans as plans_repo
from ..storage.store import Store
from .context import Clock, refuse_if_cover_copy
from .settings import SettingsService

if TYPE_CHECKING:
    from .people import CaseloadRow

CONTACTS_PAGE = 200  # contacts fetched at a time for a record's log


class ContactService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService):
        self.store = store
        self.clock = clock
        self.settings = settings
        # Set by the accommodation capability: person ids + as_at -> LA-provided accommodation.
        self.la_accommodation_provider = None

    # -- the log -----------------------------------------------------------------------------
    def log(self, c: Contact) -> str:
        """Record a contact (and its follow-ups), all or nothing."""
        person = people_repo.load_person(self.store, c.person_id)
        if person is None:
            raise NotFound("That young person is not in this database.")
        validate_contact(c, self.clock.now())
        worker = people_repo.get_worker(self.store, c.worker_id) if c.worker_id else None
        c.worker_name = worker.name if worker else c.worker_name
        c.covering = bool(worker and worker.id != person.allocated_pa_id)
        with self.store.transaction():
            cid = repo.insert_contact(self.store, c)
            self._followups_to_draft(c.person_id)
        return cid

    def _followups_to_draft(self, person_id: str) -> None:
        """Follow-ups marked for the plan join the current draft; with no draft they wait
        for the next review (see :meth:`PlanService.start_review`)."""
        latest = plans_repo.latest_plan_id(self.store, person_id)
        if latest is None:
            return
        plan = plans_repo.load_plan(self.store, latest)
        if plan.is_final:
            return
        pending = repo.pending_plan_followups(self.store, person_id)
        if not pending:
            return
        for f in pending:
            action = PlanAction(f.what, OwnerKind.OTHER, f.owner, f.due, SectionKey.CONTACT)
            plan.actions.append(action)
        plans_repo.replace_draft(self.store, plan)
        for f, action in zip(pending, plan.actions[-len(pending):]):
            repo.set_followup(self.store, f.id, plan_action_id=action.id)

    def amend(self, contact_id: str, summary: str, reason: str, changes: dict | None = None) -> None:
        """Correct a contact: the original and every amendment are kept."""
        c = repo.get_contact(self.store, contact_id)
        if c is None:
            raise NotFound("That contact is not in this database.")
        validate_amendment(summary, reason, c.current_summary if not changes else "")
        me = people_repo.get_worker(self.store, self.store.actor) if self.store.actor != "system" else None
        with self.store.transaction():
            repo.insert_amendment(self.store, contact_id, summary.strip(), reason.strip(), changes or {},
                                  self.store.actor, me.name if me else self.store.actor)

    def contacts(self, person_id: str, *, limit: int | None = CONTACTS_PAGE, offset: int = 0) -> list[Contact]:
        return repo.contacts_for(self.store, person_id, limit=limit, offset=offset)

    def count(self, person_id: str) -> int:
        return repo.count_contacts(self.store, person_id)

    def get(self, contact_id: str) -> Contact:
        c = repo.get_contact(self.store, contact_id)
        if c is None:
            raise NotFound("That contact is not in this database.")
        return c

    def attempts(self, person_id: str) -> list[Contact]:
        """Tracing attempts since the young person was last reached."""
        last = repo.last_contacts(self.store, person_ids=[person_id]).get(person_id, {}).get("last_successful")
        return repo.attempts_since(self.store, person_id, last)

    # -- follow-ups ---------------------------------------------------------------------------
    def followups(self, person_id: str) -> list[FollowUp]:
        return [f for f in repo.open_followups(self.store, [person_id])]

    def complete_followup(self, followup_id: str, on: date | None = None) -> None:
        f = repo.get_followup(self.store, followup_id)
        if f is None:
            raise NotFound("That follow-up is not in this database.")
        on = on or self.clock.today()
        c = Collector()
        if on > self.clock.today():
            c.add("done_on", "Done on", "is in the future")
        contact = repo.get_contact(self.store, f.contact_id) if f.contact_id else None
        if contact is not None and on < contact.occurred_at.date():
            c.add("done_on", "Done on", f"is before the contact it came from ({format_uk(contact.occurred_at.date())}): "
                  "enter the day it was done")
        c.raise_if_any()
        with self.store.transaction():
            repo.set_followup(self.store, followup_id, done_on=on)

    # -- in touch --------------------------------------------------------------------------------
    def record_decision(self, person_id: str, status: InTouch, on: date | None, reason: str) -> None:
        """Refuses contact, no longer requires services, returned home, died (903 codes)."""
        refuse_if_cover_copy(self.store, person_id)
        c = Collector()
        if status not in DECISIONS:
            c.add("status", "Decision", "choose refuses contact, no longer requires services, returned home or died")
        c.require(reason, "reason", "Reason", "say what happened and how it was confirmed")
        on = on or self.clock.today()
        if on > self.clock.today():
            c.add("on", "Date", "is in the future")
        c.raise_if_any()
        if repo.decisions_in_force(self.store, self.clock.today()).get(person_id) == InTouch.DIED:
            raise NotAllowed("This young person's death has been recorded; nothing further can be recorded against it.")
        with self.store.transaction():
            for d in repo.decisions_for(self.store, person_id):
                if d["ended_on"] is None:
                    repo.end_decision(self.store, d["id"], on, f"Replaced by {status.label.lower()}")
            repo.insert_decision(self.store, person_id, status, on, reason.strip())

    def end_decision(self, person_id: str, on: date | None, reason: str) -> None:
        refuse_if_cover_copy(self.store, person_id)
        c = Collector()
        c.require(reason, "reason", "Reason", "say why (e.g. back in touch and asking for support)")
        c.raise_if_any()
        open_ = [d for d in repo.decisions_for(self.store, person_id) if d["ended_on"] is None]
        if not open_:
            return
        if open_[-1]["status"] == InTouch.DIED.value:
            raise NotAllowed("A recorded death cannot be ended. If it was recorded in error, ask your manager.")
        with self.store.transaction():
            repo.end_decision(self.store, open_[-1]["id"], on or self.clock.today(), reason.strip())

    def decisions(self, person_id: str) -> list[dict]:
        return repo.decisions_for(self.store, person_id)

    def set_cadence(self, person_id: str, days: int, reason: str, until: date | None) -> None:
        """A closer contact cadence for a young person in crisis (shorter than the local standard)."""
        refuse_if_cover_copy(self.store, person_id)
        c = Collector()
        standard = self.settings.get().local_contact_weeks * 7
        if not 1 <= days < standard:
            c.add("days", "Every", f"must be from 1 to {standard - 1} days (shorter than the local standard of {standard} days)")
        c.require(reason, "reason", "Reason", "say why closer contact is needed")
        if until is not None and until <= self.clock.today():
            c.add("until", "Until", "must be after today")
        c.raise_if_any()
        with self.store.transaction():
            current = repo.cadences_in_force(self.store, self.clock.today()).get(person_id)
            if current:
                repo.end_cadence(self.store, current["id"], self.clock.today() - timedelta(days=1))
            repo.insert_cadence(self.store, person_id, days, reason.strip(), self.clock.today(), until)

    def end_cadence(self, person_id: str) -> None:
        current = repo.cadences_in_force(self.store, self.clock.today()).get(person_id)
        if current:
            with self.store.transaction():
                repo.end_cadence(self.store, current["id"], self.clock.today() - timedelta(days=1))

    def status(self, person_id: str, as_at: date | None = None) -> TouchStatus:
        return self.statuses([person_id], as_at)[person_id]

    def statuses(self, person_ids: list[str], as_at: date | None = None) -> dict[str, TouchStatus]:
        """Keeping-in-touch status for many young people at once (a few queries in all)."""
        as_at = as_at or self.clock.today()
        s = self.settings.get()
        last = repo.last_contacts(self.store, up_to=as_at, person_ids=person_ids)
        decisions = repo.decisions_in_force(self.store, as_at)
        cadences = repo.cadences_in_force(self.store, as_at)
        first_alloc = people_repo.first_allocation_dates(self.store, person_ids)
        la = self.la_accommodation_provider(person_ids, as_at) if self.la_accommodation_provider else {}
        standard_days = s.local_contact_weeks * 7
        visited = repo.visits_since(self.store, {pid: acc.first_provided for pid, acc in la.items()}, as_at)
        out = {}
        for pid in person_ids:
            facts = last.get(pid, {})
            last_any = repo.from_ts(facts.get("last_any"))
            last_ok = repo.from_ts(facts.get("last_successful"))
            last_seen = repo.from_ts(facts.get("last_seen"))
            cad = cadences.get(pid)
            days, why = (cad["days"], f"every {cad['days']} days ({cad['reason']})") if cad else \
                (standard_days, f"local standard of {s.local_contact_weeks} weeks")
            acc: LaAccommodation | None = la.get(pid)
            visits = visited.get(pid, [])
            due = next_contact_due(
                as_at, cadence_days=days, cadence_reason=why, last_seen=last_seen.date() if last_seen else None,
                visits_since_move=visits, la_accommodation=acc,
                allocated_on=from_iso(first_alloc.get(pid)),
            )
            decision = decisions.get(pid)
            out[pid] = TouchStatus(
                in_touch=derive_in_touch(as_at, last_successful=last_ok.date() if last_ok else None, decision=decision,
                                         lost_touch_days=s.lost_touch_days, allocated_on=from_iso(first_alloc.get(pid))),
                last_contact=last_any, last_successful=last_ok, last_seen=last_seen, due=due,
                cadence_days=days, cadence_reason=why, decision=decision,
            )
        return out

    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        statuses = self.statuses([r.id for r in rows], as_at)
        for r in rows:
            r.facts.touch = statuses[r.id]
