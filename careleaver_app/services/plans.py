"""Pathway plans: write, finalise, review, sign off, track actions and contingencies."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.dates import format_uk, from_iso
from ..domain.errors import Collector, NotAllowed, NotFound, ValidationError
from ..domain.plans import (
    ActionStatus,
    Gap,
    OwnerKind,
    Plan,
    PlanAction,
    PlanAlerts,
    PlanStatus,
    ReviewDue,
    ReviewRequest,
    ReviewSource,
    SectionKey,
    plan_gaps,
    request_due_date,
    review_due,
    review_due_after,
    validate_action,
    validate_contingency,
    validate_plan_header,
)
from ..storage import people as people_repo
from ..storage import plans as repo
from ..storage.store import Store
from .acting import require_sign_off_rights
from .context import Clock, refuse_if_cover_copy
from .settings import SettingsService

if TYPE_CHECKING:
    from .people import CaseloadRow

FINAL_PLAN_MESSAGE = "This version is finalised and cannot be changed. Start a review to make a new version."


# A locked My plan is opened by a password the PA gives the young person: long enough that guessing
# it from a copied file takes years at PBKDF2's cost (reports/my_plan.py, docs/decisions.md).
MY_PLAN_PASSWORD_MIN = 10


class PlanIncomplete(ValidationError):
    """Finalising was refused: ``gaps`` lists what is still missing."""

    def __init__(self, gaps: list[Gap]):
        self.gaps = gaps
        c = Collector()
        for g in gaps:
            c.add(g.target, "Plan", g.message)
        super().__init__(c.errors)


@dataclass
class VersionSummary:
    id: str
    version: int
    status: PlanStatus
    plan_date: date | None
    review_reason: str
    finalised_at: str | None

    @property
    def label(self) -> str:
        if self.status == PlanStatus.DRAFT:
            return f"Version {self.version}: draft"
        return f"Version {self.version}: {format_uk(self.plan_date)}" + (f" (review: {self.review_reason})" if self.review_reason else "")


class PlanService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService):
        self.store = store
        self.clock = clock
        self.settings = settings
        self._print_extenders: list = []
        self.story_for = None  # person id -> their story for their own copy ("" unless they chose it)

    # -- reading --------------------------------------------------------------------------
    def get(self, plan_id: str) -> Plan:
        plan = repo.load_plan(self.store, plan_id)
        if plan is None:
            raise NotFound("That plan version is not in this database.")
        return plan

    def current(self, person_id: str) -> Plan | None:
        pid = repo.latest_plan_id(self.store, person_id)
        return self.get(pid) if pid else None

    def latest_final(self, person_id: str) -> Plan | None:
        pid = repo.latest_plan_id(self.store, person_id, final_only=True)
        return self.get(pid) if pid else None

    def versions(self, person_id: str) -> list[VersionSummary]:
        out = []
        for r in repo.plan_versions(self.store, person_id):
            dates = [d for d in (from_iso(r["start_date"]), from_iso(r["review_date"])) if d]
            out.append(VersionSummary(r["id"], r["version"], PlanStatus(r["status"]), max(dates) if dates else None,
                                      r["review_reason"] or "", r["finalised_at"]))
        return out

    def gaps(self, plan: Plan) -> list[Gap]:
        return plan_gaps(plan, self.clock.today())

    def review_status(self, person_id: str, as_at: date | None = None) -> ReviewDue:
        return review_due(self.latest_final(person_id), repo.requests_for(self.store, person_id, open_only=True),
                          as_at or self.clock.today())

    def requests(self, person_id: str) -> list[ReviewRequest]:
        return repo.requests_for(self.store, person_id)

    # -- writing a plan --------------------------------------------------------------------
    def start_plan(self, person_id: str, start_date: date | None = None) -> Plan:
        """Version 1, as a draft."""
        refuse_if_cover_copy(self.store, person_id)
        person = people_repo.load_person(self.store, person_id)
        if person is None:
            raise NotFound("That young person is not in this database.")
        if repo.latest_plan_id(self.store, person_id):
            raise NotAllowed("This young person already has a pathway plan: open it, or start a review.")
        pa = people_repo.get_worker(self.store, person.allocated_pa_id) if person.allocated_pa_id else None
        plan = Plan(person_id=person_id, version=1, start_date=start_date or self.clock.today(),
                    pa_id=pa.id if pa else None, pa_name=pa.name if pa else "")
        validate_plan_header(plan, self.clock.today())
        with self.store.transaction():
            pending = self._take_pending_followups(plan)
            repo.insert_plan(self.store, plan)
            self._link_followups(pending, plan)
        return plan

    def save_draft(self, plan: Plan) -> None:
        """Save a draft whole. Refused for a finalised version (start a review instead)."""
        refuse_if_cover_copy(self.store, plan.person_id)
        stored = self.get(plan.id)
        if stored.is_final:
            raise NotAllowed(FINAL_PLAN_MESSAGE)
        today = self.clock.today()
        previous = self._previous_plan_date(plan)
        validate_plan_header(plan, today, previous)
        for a in plan.actions:
            validate_action(a, plan.start_date, today)
        for c in plan.contingencies:
            validate_contingency(c, plan.start_date)
        with self.store.transaction():
            repo.replace_draft(self.store, plan)

    def _previous_plan_date(self, plan: Plan) -> date | None:
        for v in self.versions(plan.person_id):
            if v.version < plan.version and v.status == PlanStatus.FINAL:
                return v.plan_date
        return None

    def finalise(self, plan: Plan) -> Plan:
        """Save and finalise, if nothing is missing; resolves the review requests it answers."""
        refuse_if_cover_copy(self.store, plan.person_id)
        gaps = self.gaps(plan)
        if gaps:
            raise PlanIncomplete(gaps)
        with self.store.transaction():
            self.save_draft(plan)
            repo.mark_final(self.store, plan.id, self.store.actor)
            repo.resolve_requests(self.store, plan.person_id, plan.id, plan.plan_date or self.clock.today())
        return self.get(plan.id)

    def start_review(self, person_id: str, review_date: date | None, reason: str) -> Plan:
        """A new draft version, copied from the latest finalised one."""
        refuse_if_cover_copy(self.store, person_id)
        current = self.current(person_id)
        c = Collector()
        c.require(reason, "review_reason", "Reason for the review", "say why the plan is being reviewed (e.g. six-monthly review, moved home)")
        if review_date is None:
            c.add("review_date", "Review date", "enter the date of the review (dd/mm/yyyy)")
        c.raise_if_any()
        if current is None:
            raise NotAllowed("There is no plan to review yet: start the first plan.")
        if not current.is_final:
            raise NotAllowed("The latest version is still a draft: finish or discard it before starting a review.")
        person = people_repo.load_person(self.store, person_id)
        pa = people_repo.get_worker(self.store, person.allocated_pa_id) if person and person.allocated_pa_id else None
        new = copy.deepcopy(current)
        new.id = None
        new.version = current.version + 1
        new.status = PlanStatus.DRAFT
        new.review_date = review_date
        new.review_reason = reason.strip()
        new.pa_id, new.pa_name = (pa.id, pa.name) if pa else (current.pa_id, current.pa_name)
        new.copy_given_date = None
        new.finalised_at = new.finalised_by = None
        new.oversight = []
        new.views = ""
        new.views_not_recorded_reason = ""
        for a in new.actions:
            a.id = None
        for cn in new.contingencies:
            cn.id = None
        validate_plan_header(replace(new, copy_given_date=None), self.clock.today(), current.plan_date)
        with self.store.transaction():
            pending = self._take_pending_followups(new)
            repo.insert_plan(self.store, new)
            self._link_followups(pending, new)
        return new

    def _take_pending_followups(self, plan: Plan) -> list:
        """Contact follow-ups marked "add to the plan" join a new draft as actions."""
        from ..storage import contacts as contacts_repo

        pending = contacts_repo.pending_plan_followups(self.store, plan.person_id)
        for f in pending:
            plan.actions.append(PlanAction(f.what, OwnerKind.OTHER, f.owner, f.due, SectionKey.CONTACT))
        return pending

    def _link_followups(self, pending: list, plan: Plan) -> None:
        from ..storage import contacts as contacts_repo

        if pending:
            for f, action in zip(pending, plan.actions[-len(pending):]):
                contacts_repo.set_followup(self.store, f.id, plan_action_id=action.id)

    def discard_draft(self, plan_id: str) -> None:
        plan = self.get(plan_id)
        if plan.is_final:
            raise NotAllowed(FINAL_PLAN_MESSAGE)
        with self.store.transaction():
            repo.delete_draft(self.store, plan_id)

    # -- progress between reviews ----------------------------------------------------------
    def set_action_status(self, action_id: str, status: ActionStatus, on: date | None = None, reason: str = "") -> None:
        """Mark an action done / no longer needed / open again, keeping the history."""
        row = repo.action_row(self.store, action_id)
        if row is None:
            raise NotFound("That action is not in this database.")
        plan = self.get(row["plan_id"])
        if repo.latest_plan_id(self.store, plan.person_id) != plan.id:
            raise NotAllowed("This action belongs to an earlier version: update it in the current version.")
        action = next(a for a in plan.actions if a.id == action_id)
        changed = replace(action, status=status, done_date=on if status == ActionStatus.DONE else None, status_reason=reason.strip())
        validate_action(changed, None, self.clock.today())
        with self.store.transaction():
            repo.set_action_status(self.store, action_id, status, on, reason.strip())

    def record_check(self, contingency_id: str, on: date | None, note: str, next_check_by: date | None) -> None:
        row = repo.contingency_row(self.store, contingency_id)
        if row is None:
            raise NotFound("That contingency is not in this database.")
        c = Collector()
        today = self.clock.today()
        if on is None:
            c.add("checked_on", "Checked on", "enter the date it was checked (dd/mm/yyyy)")
        elif on > today:
            c.add("checked_on", "Checked on", "is in the future")
        if next_check_by is None:
            c.add("next_check_by", "Check again by", "enter the date of the next check (dd/mm/yyyy)")
        elif on is not None and next_check_by <= on:
            c.add("next_check_by", "Check again by", "must be after the date of this check")
        c.raise_if_any()
        with self.store.transaction():
            repo.record_check(self.store, contingency_id, on, note.strip(), next_check_by)

    # -- oversight ---------------------------------------------------------------------------
    def oversee(self, plan_id: str, manager_id: str, decision: str, comment: str, on: date | None = None) -> None:
        """A team manager signs off a finalised version, or returns it with comments."""
        refuse_if_cover_copy(self.store, self.get(plan_id).person_id)
        plan = self.get(plan_id)
        manager = require_sign_off_rights(self.store, manager_id)
        c = Collector()
        if not plan.is_final:
            raise NotAllowed("Only a finalised version can be signed off: finalise the plan first.")
        if decision not in ("signed_off", "returned"):
            c.add("decision", "Decision", "choose sign off or return")
        if decision == "returned":
            c.require(comment, "comment", "Comments", "say what needs to change")
        on = on or self.clock.today()
        if on > self.clock.today():
            c.add("on", "Date", "is in the future")
        c.raise_if_any()
        with self.store.transaction():
            repo.add_oversight(self.store, plan_id, manager.id, manager.name, decision, comment.strip(), on,
                               "team server" if self.store.is_team_laptop() else "laptop")

    # -- review requests ---------------------------------------------------------------------
    def request_review(self, person_id: str, source: ReviewSource, reason: str = "", requested_on: date | None = None,
                       due_by: date | None = None) -> ReviewRequest:
        refuse_if_cover_copy(self.store, person_id)
        today = self.clock.today()
        requested_on = requested_on or today
        c = Collector()
        if requested_on > today:
            c.add("requested_on", "Asked on", "is in the future")
        if source in (ReviewSource.PA, ReviewSource.MANAGER):
            c.require(reason, "reason", "Reason", "say why a review is needed now")
        if due_by is not None and due_by < requested_on:
            c.add("due_by", "Hold by", "is before the request was made")
        c.raise_if_any()
        s = self.settings.get()
        days = s.review_after_move_days if source == ReviewSource.ACCOMMODATION_MOVE else s.review_request_days
        req = ReviewRequest(person_id, source, requested_on, due_by or request_due_date(requested_on, days), reason.strip())
        with self.store.transaction():
            req.id = repo.insert_request(self.store, req)
        return req

    def withdraw_request(self, request_id: str, reason: str) -> None:
        req = repo.get_request(self.store, request_id)
        if req is None:
            raise NotFound("That review request is not in this database.")
        if not req.source.can_be_withdrawn:
            raise NotAllowed("A review the young person asked for cannot be refused: hold the review (CLR 2010 reg 7).")
        c = Collector()
        c.require(reason, "reason", "Reason", "say why the review is no longer needed")
        c.raise_if_any()
        with self.store.transaction():
            repo.withdraw_request(self.store, request_id, reason.strip())

    # -- printing ------------------------------------------------------------------------------
    def print_data(self, plan_id: str):
        """What the young person's printed plan shows."""
        from ..reports.plan_pdf import PlanPrint

        plan = self.get(plan_id)
        person = people_repo.load_person(self.store, plan.person_id)
        pa = people_repo.get_worker(self.store, person.allocated_pa_id) if person.allocated_pa_id else None
        team = next((t for t in people_repo.list_teams(self.store) if pa and t.id == pa.team_id), None)
        latest = repo.latest_plan_id(self.store, plan.person_id)
        versions = self.versions(plan.person_id)
        newer = [v for v in versions if v.version > plan.version and v.status == PlanStatus.FINAL]
        replaced_by = (min(newer, key=lambda v: v.version).version, min(newer, key=lambda v: v.version).plan_date) if newer else None
        next_review = self.review_status(plan.person_id).due if replaced_by is None and (latest == plan.id or plan.is_final) else None
        story = self.story_for(plan.person_id) if self.story_for is not None else ""
        notes = {}
        for extend in self._print_extenders:
            extend(plan, person, notes)
        local = self.settings.get()
        return PlanPrint(
            plan=plan, name=person.display_name, legal_name=person.legal_name,
            pa_name=pa.name if pa else plan.pa_name, pa_phone=pa.phone if pa else "", pa_email=pa.email if pa else "",
            duty_phone=team.duty_phone if team else "", out_of_hours=local.out_of_hours_phone,
            next_review=next_review, printed_on=self.clock.today(), section_notes=notes, replaced_by=replaced_by,
            advocacy=local.advocacy_contact, complaints=local.complaints_contact, story=story,
        )

    def add_print_extender(self, fn) -> None:
        """Later capabilities add notes to sections of the printed plan: ``fn(plan, person, notes)``."""
        self._print_extenders.append(fn)

    def pdf(self, plan_id: str) -> bytes:
        from ..reports.plan_pdf import plan_pdf

        data = self.print_data(plan_id)
        plan = self.get(plan_id)
        self.store.note_read(plan.person_id, "printed the pathway plan", f"version {plan.version}")
        return plan_pdf(data)

    def my_plan(self, person_id: str, *, easy_read: bool = False, password: str | None = None) -> str:
        """The young person's own copy of their current plan (the latest agreed version, or the
        draft when none is agreed yet) as one self-contained HTML page (reports/my_plan.py)."""
        from ..reports.my_plan import my_plan_html

        plan = self.latest_final(person_id) or self.current(person_id)
        if plan is None:
            raise NotFound("This young person has no pathway plan yet: start one before making their copy.")
        if password and len(password) < MY_PLAN_PASSWORD_MIN:
            c = Collector()
            c.add("password", "Password", f"use at least {MY_PLAN_PASSWORD_MIN} characters, or leave it empty for no password")
            c.raise_if_any()
        page = my_plan_html(self.print_data(plan.id), easy_read=easy_read, password=password or None)
        self.store.audit("export", "plans", plan.id, [], "My plan (easy read)" if easy_read else "My plan")
        return page

    # -- across the caseload -------------------------------------------------------------------
    def alerts(self, person_ids: list[str], as_at: date | None = None, *, late: bool = True) -> dict[str, PlanAlerts]:
        """Each person's plan state on ``as_at``; ``late``: with the counts of overdue actions and
        contingency checks (left out where they are not shown, e.g. the dashboard)."""
        as_at = as_at or self.clock.today()
        latest = repo.latest_versions(self.store, person_ids)
        finals = repo.latest_final_versions(self.store, as_at, person_ids)
        requests = repo.open_requests_by_person(self.store, person_ids)
        overdue, checks = self._late_counts(person_ids, as_at) if late else (Counter(), Counter())
        out = {}
        for pid in person_ids:
            lv = latest.get(pid)
            fv = finals.get(pid)
            start, reviewed = (from_iso(fv["start_date"]), from_iso(fv["review_date"])) if fv is not None else (None, None)
            out[pid] = PlanAlerts(
                has_plan=lv is not None,
                latest_status=PlanStatus(lv["status"]) if lv else None,
                review=review_due_after(start, reviewed, requests.get(pid, []), as_at),
                overdue_actions=overdue.get(pid, 0),
                overdue_checks=checks.get(pid, 0),
                has_final=fv is not None,
            )
        return out

    def _late_counts(self, person_ids: list[str], as_at: date) -> tuple[Counter, Counter]:
        """Per person, open actions dated before ``as_at`` and contingency checks due before it,
        in their latest version."""
        # Read up to the work tray's horizon, so the caseload's tray counts reuse the same rows.
        horizon = as_at + timedelta(days=self.settings.get().worktray_days_ahead + 1)
        day = as_at.isoformat()
        overdue = Counter(r["person_id"] for r in repo.overdue_action_dates(self.store, horizon, person_ids) if r["target_date"] < day)
        checks = Counter(r["person_id"] for r in repo.due_check_dates(self.store, horizon, person_ids)
                         if (r["next_check_by"] or r["check_by"]) < day)
        return overdue, checks

    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        """Caseload columns: plan status, next review (the late counts come from ``extend_caseload_late``)."""
        alerts = self.alerts([r.id for r in rows], as_at, late=False)
        for r in rows:
            r.facts.plan = alerts[r.id]

    def extend_caseload_late(self, rows: list[CaseloadRow], as_at: date) -> None:
        """Caseload column: overdue actions and contingency checks (after ``extend_caseload``)."""
        overdue, checks = self._late_counts([r.id for r in rows], as_at)
        for r in rows:
            a = r.facts.plan
            if a is not None:
                a.overdue_actions, a.overdue_checks = overdue.get(r.id, 0), checks.get(r.id, 0)
