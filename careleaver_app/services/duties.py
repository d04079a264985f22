"""Issue 25's duties through the store: the first needs assessment and plan, a PA from 16, notifying
a death, identity documents (and the care-leaver status letter), immigration status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.dates import format_uk, from_iso, parse_uk_date
from ..domain.duties import (
    BANK_HOLIDAYS_DEFAULT,
    IDENTITY_DOCUMENTS,
    STATUSES_WITH_EXPIRY,
    STAYING_CLOSE_NEEDED,
    AgencyRequest,
    CustodyRelease,
    DeathNotification,
    HomelessnessRisk,
    IdentityDocument,
    ImmigrationStatus,
    PaOffer,
    StayingCloseAssessment,
    death_is_notifiable,
    death_notification_due,
    documents_due,
    documents_flagged_from,
    first_plan_due,
    leave_needs_action,
    needs_a_pa,
    needs_duty_to_refer,
    offer_due,
    offer_flagged_from,
    outstanding_documents,
    plan_owed_from,
    release_work_due,
    release_work_needed,
    request_chase_by,
    staying_close_owed,
    validate_custody,
    validate_death_notification,
    validate_documents,
    validate_immigration,
    validate_offer,
    validate_request,
    validate_risk,
    validate_staying_close,
)
from ..domain.eligibility import OWED_A_PATHWAY_PLAN, Category, category_timeline
from ..domain.errors import Collector, NotFound
from ..domain.plans import SectionKey
from ..domain.worktray import ItemKind, WorkItem
from ..storage import duties as repo
from ..storage import people as people_repo
from ..storage.store import Store
from .acting import require_local_settings_rights
from .chronology import ChronologyEvent
from .context import Clock, refuse_if_cover_copy
from .settings import SettingsService

if TYPE_CHECKING:
    from .people import CaseloadRow

OFFER_FROM_AGE = 20  # the offer's rows: from 20 (flagged 3 months before 21, domain.duties)
BANK_HOLIDAYS_KEY = "bank_holidays"  # a council setting (storage.replication.COUNCIL_SETTING_KEYS)


class DutiesService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService, people):
        self.store = store
        self.clock = clock
        self.settings = settings
        self.people = people  # services.people.PeopleService: the record the status letter states

    def _person(self, person_id: str):
        p = people_repo.load_person(self.store, person_id)
        if p is None:
            raise NotFound("That young person is not in this database.")
        return p

    # -- 1 and 2: the first plan's due date, and a PA ----------------------------------------------------
    def owed_from(self, rows: list[CaseloadRow]) -> dict[str, date]:
        """The first day each caseload row was owed a plan and a PA (rows in those categories only)."""
        rows = [r for r in rows if r.category in OWED_A_PATHWAY_PLAN and r.category_active]
        if not rows:
            return {}
        periods = people_repo.care_periods_by_person(self.store, [r.id for r in rows])
        out = {}
        for r in rows:
            start = plan_owed_from(category_timeline(r.dob, periods.get(r.id, []), r.as_at or self.clock.today()))
            if start is not None:
                out[r.id] = start
        return out

    def first_plan_due(self, person_id: str, as_at: date | None = None) -> date | None:
        """When the needs assessment and first plan are (were) due, for a young person owed a plan."""
        p = self._person(person_id)
        start = plan_owed_from(category_timeline(p.dob, p.care_periods, as_at or self.clock.today(),
                                                 returned_home_from=p.returned_home_from, died_on=p.died_on))
        return first_plan_due(start) if start else None

    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        """``first_plan_due`` for those with no finalised plan yet, ``pa_owed_from`` for those with
        no PA (after the plans' columns: it reads them), ``death_notify_by`` and ``leave_ends``."""
        wanting = [r for r in rows if r.category in OWED_A_PATHWAY_PLAN and r.category_active and not r.archived
                   and (r.pa_id is None or not (r.facts.plan is None or r.facts.plan.has_final))]
        owed = self.owed_from(wanting)
        for r in wanting:
            start = owed.get(r.id)
            if start is None:
                continue
            plan = r.facts.plan
            if plan is not None and not plan.has_final:
                r.facts.first_plan_due = first_plan_due(start)
            if needs_a_pa(r.category, r.category_active, r.pa_id):
                r.facts.pa_owed_from = start
        # A death still to notify (those whose duties ended with it), and leave to remain ending.
        by_id = {r.id: r for r in rows}
        for item in self.death_items([r for r in rows if not r.category_active and not r.archived], as_at, as_at):
            by_id[item.person_id].facts.death_notify_by = item.due
        open_rows = [r for r in rows if r.category_active and not r.archived]
        imm = repo.all_immigration(self.store, [r.id for r in open_rows]) if open_rows else {}
        for r in open_rows:
            st = imm.get(r.id)
            if st is not None and st.leave_expires is not None and self.leave_ending(st, as_at):
                r.facts.leave_ends = st.leave_expires

    # -- 4: notifying a death ----------------------------------------------------------------------------
    def bank_holidays(self) -> list[date]:
        """England and Wales bank holidays (a local setting a manager keeps; 2025-2028 shipped)."""
        saved = self.store.setting(BANK_HOLIDAYS_KEY)
        return sorted(from_iso(d) for d in saved) if saved is not None else list(BANK_HOLIDAYS_DEFAULT)

    def save_bank_holidays(self, days: list[str]) -> None:
        """``days`` as typed (dd/mm/yyyy), one each; blank lines are left out. A team manager's, as
        every local setting (services.acting)."""
        require_local_settings_rights(self.store)
        c = Collector()
        out = set()
        for i, text in enumerate(days, start=1):
            if not text.strip():
                continue
            try:
                out.add(parse_uk_date(text))
            except ValueError as exc:
                c.add("days", "Bank holidays", f"row {i}: {exc}")
        c.raise_if_any()
        with self.store.transaction():
            self.store.upsert_setting(BANK_HOLIDAYS_KEY, sorted(d.isoformat() for d in out))

    def death_notification(self, person_id: str) -> DeathNotification | None:
        """The notification task for a young person recorded as DIED (None if not). Until it is
        saved, the day the service learned of the death is taken to be the day of the death the
        DIED decision records (the earliest it can be, so the deadline is never later than the
        law's; the PA corrects it on the form)."""
        p = self._person(person_id)
        if p.died_on is None:
            return None
        return repo.load_death_notification(self.store, person_id) or DeathNotification(person_id, p.died_on)

    def death_notification_due(self, n: DeathNotification) -> date:
        return death_notification_due(n.learned_on, self.bank_holidays())

    def save_death_notification(self, n: DeathNotification) -> None:
        refuse_if_cover_copy(self.store, n.person_id)
        p = self._person(n.person_id)
        if p.died_on is None:
            c = Collector()
            c.add("learned_on", "Learned of the death on", "record DIED in the in-touch record (Contacts tab) first")
            c.raise_if_any()
        validate_death_notification(n, p.died_on, self.clock.today())
        with self.store.transaction():
            repo.save_death_notification(self.store, n)

    def death_items(self, rows: list[CaseloadRow], as_at: date, horizon: date) -> list[WorkItem]:
        """For young people whose duties ended with their death: the notification until done."""
        dead = [r for r in rows if not r.archived]
        if not dead:
            return []
        ids = [r.id for r in dead]
        died = repo.deaths(self.store, ids)
        saved = repo.all_death_notifications(self.store, ids)
        holidays = self.bank_holidays()
        items = []
        for r in dead:
            died_on = died.get(r.id)
            if died_on is None or died_on > as_at or not death_is_notifiable(r.dob, died_on):
                continue
            n = saved.get(r.id) or DeathNotification(r.id, died_on)
            if n.done:
                continue
            due = death_notification_due(n.learned_on, holidays)
            items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.DEATH_NOTIFICATION, due,
                                  f"Notify {' and '.join(n.outstanding())} of the death (within 5 working days of learning of "
                                  f"it on {format_uk(n.learned_on)}: Working Together 2023)", as_at, "duties"))
        return items

    # -- 8: identity documents ---------------------------------------------------------------------------
    def documents(self, person_id: str) -> list[IdentityDocument]:
        """Every kind, in order (a kind not yet recorded is an empty one)."""
        saved = {d.kind: d for d in repo.documents_for(self.store, person_id)}
        return [saved.get(k, IdentityDocument(k)) for k in IDENTITY_DOCUMENTS]

    def save_documents(self, person_id: str, docs: list[IdentityDocument]) -> None:
        refuse_if_cover_copy(self.store, person_id)
        self._person(person_id)
        validate_documents(docs, self.clock.today())
        with self.store.transaction():
            repo.save_documents(self.store, person_id, docs)

    def status_letter_pdf(self, person_id: str) -> bytes:
        """A letter confirming the young person is a care leaver (name, category, the LA's contact)."""
        from ..reports.status_letter_pdf import StatusLetter, status_letter_pdf

        rec = self.people.record(person_id)
        p = rec.person
        team = next((t for t in people_repo.list_teams(self.store) if rec.pa and t.id == rec.pa.team_id), None)
        return status_letter_pdf(StatusLetter(
            name=p.legal_name, dob=p.dob, category=rec.category.category.label, category_reason=rec.category.reason,
            active=rec.category.active, duties_end=rec.category.duties_end, printed_on=self.clock.today(),
            pa_name=rec.pa.name if rec.pa else "", pa_phone=rec.pa.phone if rec.pa else "",
            pa_email=rec.pa.email if rec.pa else "", team_name=team.name if team else "",
            team_phone=team.duty_phone if team else "", out_of_hours=self.settings.get().out_of_hours_phone))

    # -- 7: immigration -----------------------------------------------------------------------------------
    def immigration(self, person_id: str) -> ImmigrationStatus:
        self._person(person_id)
        return repo.load_immigration(self.store, person_id)

    def leave_ending(self, st: ImmigrationStatus, as_at: date | None = None) -> bool:
        """Leave inside the local warning window (or past its end)."""
        return leave_needs_action(st, as_at or self.clock.today(), self.settings.get().leave_expiry_warning_months)

    def save_immigration(self, st: ImmigrationStatus) -> None:
        refuse_if_cover_copy(self.store, st.person_id)
        self._person(st.person_id)
        validate_immigration(st, self.clock.today())
        with self.store.transaction():
            repo.save_immigration(self.store, st)

    # -- 3: the offer of PA support to 25 -----------------------------------------------------------------
    def offers(self, person_id: str) -> list[PaOffer]:
        return repo.offers_for(self.store, person_id)

    def offer_due(self, person_id: str, as_at: date | None = None) -> date | None:
        """When the offer is (next) due, for a former relevant young person who has not asked for support."""
        p = self._person(person_id)
        as_at = as_at or self.clock.today()
        if p.support_requested_to_25 or p.died_on or self.people.category_of(p, as_at).category != Category.FORMER_RELEVANT:
            return None
        return offer_due(p.dob, self.offers(person_id), as_at)

    def record_offer(self, o: PaOffer) -> str:
        refuse_if_cover_copy(self.store, o.person_id)
        p = self._person(o.person_id)
        validate_offer(o, p.dob, self.clock.today())
        with self.store.transaction():
            return repo.insert_offer(self.store, o)

    def offer_items(self, rows, as_at: date, horizon: date) -> list[WorkItem]:
        """Former relevant young people reaching 21 (active rows) or past it with duties ended
        (``ended`` rows), who have not asked for support to 25: the offer, at 21 and yearly."""
        rows = [r for r in rows if r.category == Category.FORMER_RELEVANT and r.age >= OFFER_FROM_AGE]
        if not rows:
            return []
        ids = [r.id for r in rows]
        asked = repo.asked_for_support(self.store, ids)
        died = repo.deaths(self.store, ids)
        offers = repo.all_offers(self.store, ids)
        items = []
        for r in rows:
            if r.id in asked or r.id in died:
                continue
            due = offer_due(r.dob, offers.get(r.id, []), as_at)
            if due is None or offer_flagged_from(due) > as_at:
                continue
            made = offers.get(r.id)
            why = (f"Offer a PA's support to 25 again (last offered {format_uk(made[-1].offered_on)}: "
                   f"{made[-1].outcome_label.lower()})" if made else "Offer a PA's support to 25 at 21 (CA 1989 s.23CZB) and record the answer")
            items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.OFFER_AT_21, due, why, as_at, "duties"))
        return items

    # -- 9 and 10: requests to other bodies, the duty to refer, the risk of homelessness ------------------
    def requests(self, person_id: str) -> list[AgencyRequest]:
        return repo.requests_for(self.store, person_id)

    def save_request(self, r: AgencyRequest) -> str:
        """A request (made or its answer recorded); the chase date defaults to 4 weeks on."""
        refuse_if_cover_copy(self.store, r.person_id)
        self._person(r.person_id)
        validate_request(r, self.clock.today())
        if r.chase_by is None:
            r = replace(r, chase_by=request_chase_by(r.asked_on))
        with self.store.transaction():
            return repo.save_request(self.store, r)

    def risks(self, person_id: str) -> list[HomelessnessRisk]:
        return repo.risks_for(self.store, person_id)

    def save_risk(self, r: HomelessnessRisk) -> str:
        refuse_if_cover_copy(self.store, r.person_id)
        self._person(r.person_id)
        validate_risk(r, self.clock.today())
        with self.store.transaction():
            return repo.save_risk(self.store, r)

    def open_risk(self, person_id: str, as_at: date | None = None) -> HomelessnessRisk | None:
        as_at = as_at or self.clock.today()
        return next((r for r in reversed(self.risks(person_id)) if r.open_on(as_at)), None)

    # -- 6: Staying Close (behind a local setting until commencement) -------------------------------------
    def staying_close_in_force(self) -> bool:
        return self.settings.get().staying_close_duty_in_force

    def staying_close(self, person_id: str) -> list[StayingCloseAssessment]:
        return repo.staying_close_for(self.store, person_id)

    def record_staying_close(self, a: StayingCloseAssessment) -> str:
        refuse_if_cover_copy(self.store, a.person_id)
        self._person(a.person_id)
        if not self.staying_close_in_force():
            c = Collector()
            c.add("assessed_on", "Assessed on", "the Staying Close duty is not in force: a manager turns it on in Local settings "
                                                "from commencement")
            c.raise_if_any()
        validate_staying_close(a, self.clock.today())
        with self.store.transaction():
            return repo.insert_staying_close(self.store, a)

    # -- 5: release from custody ---------------------------------------------------------------------------
    def custody(self, person_id: str) -> CustodyRelease:
        self._person(person_id)
        return repo.load_custody(self.store, person_id) or CustodyRelease(person_id)

    def save_custody(self, c: CustodyRelease) -> None:
        refuse_if_cover_copy(self.store, c.person_id)
        self._person(c.person_id)
        validate_custody(c, self.clock.today())
        with self.store.transaction():
            repo.save_custody(self.store, c)

    # -- the work tray, the printed plan, the chronology ----------------------------------------------------
    def work_items(self, rows: list[CaseloadRow], as_at: date, horizon: date) -> list[WorkItem]:
        items = []
        ids = [r.id for r in rows]
        docs = repo.all_documents(self.store, ids)
        imm = repo.all_immigration(self.store, ids)
        custody = repo.all_custody(self.store, ids)
        requests, risks = repo.all_requests(self.store, ids), repo.all_risks(self.store, ids)
        close_in_force = self.staying_close_in_force()
        close = repo.all_staying_close(self.store, ids) if close_in_force else {}
        for r in rows:
            since = r.facts.pa_owed_from
            if since is not None and r.pa_id is None:
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.NO_PA, since,
                                      f"No personal adviser allocated ({r.category.label.lower()} since {format_uk(since)}: "
                                      f"CA 1989 Sch 2 para 19C, s.23B, s.23C)", as_at, "pa"))
            if r.category in OWED_A_PATHWAY_PLAN and documents_flagged_from(r.dob) <= as_at:
                missing = outstanding_documents(docs.get(r.id, []))
                if missing:
                    names = ", ".join(d.label.lower() if d.status != "applied" else f"{d.label.lower()} (applied for)" for d in missing)
                    items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.DOCUMENTS, documents_due(r.dob),
                                          f"Identity documents to sort out: {names}", as_at, "duties"))
            accom = r.facts.accom
            c = custody.get(r.id)
            if release_work_needed(c, accom.episode.accom_type if accom is not None and accom.episode else None):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.CUSTODY_RELEASE, release_work_due(c.release_on),
                                      f"Released from custody on {format_uk(c.release_on)}: {' and '.join(c.outstanding())} before "
                                      f"then (CLR 2010 regs 7 and 9)", as_at, "duties"))
            if staying_close_owed(close_in_force, r.category, r.dob, as_at, close.get(r.id, [])):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.STAYING_CLOSE, None,
                                      "Assess whether they need staying close support, with their views (CA 1989 s.23CZAA)",
                                      as_at, "duties"))
            theirs = requests.get(r.id, [])
            risk = next((k for k in reversed(risks.get(r.id, [])) if k.open_on(as_at)), None)
            if needs_duty_to_refer(risk, theirs, as_at):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.DUTY_TO_REFER, None,
                                      f"At risk of homelessness since {format_uk(risk.at_risk_from)} ({risk.reason}): refer them, "
                                      f"with their consent, to a housing authority (Housing Act 1996 s.213B)", as_at, "duties"))
            for q in theirs:
                if q.answered_on is None and q.chase_by is not None and q.chase_by <= horizon:
                    items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.REQUEST, q.chase_by,
                                          f"No answer from {q.body_label} to: {q.what} (asked {format_uk(q.asked_on)}): chase it",
                                          as_at, "duties", q.id or ""))
            st = imm.get(r.id)
            if st is not None and self.leave_ending(st, as_at):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.LEAVE_EXPIRY, st.leave_expires,
                                      f"{st.label} ends on {format_uk(st.leave_expires)}: apply to extend in time, with legal advice",
                                      as_at, "duties"))
        return items

    def dashboard_sets(self, rows, leavers, as_at: date) -> dict:
        """The dashboard's figures for these duties: key -> (label, rows, detail, record target).
        ``rows``: everyone in the scope (the deaths are among those whose duties have ended);
        ``leavers``: the care leavers owed duties on ``as_at``."""
        items = self.work_items(leavers, as_at, as_at)
        by_kind: dict[ItemKind, dict[str, WorkItem]] = {}
        for i in items:
            by_kind.setdefault(i.kind, {})[i.person_id] = i
        ended = [r for r in rows if not r.category_active and not r.archived]
        deaths = {i.person_id: i for i in self.death_items(ended, as_at, as_at)}
        first = [r for r in leavers if r.facts.first_plan_due and r.facts.first_plan_due < as_at]
        offers = {i.person_id: i for i in self.offer_items(leavers, as_at, as_at) + self.offer_items(ended, as_at, as_at)
                  if i.overdue}

        def due(items):
            return lambda r: f"due {format_uk(items[r.id].due)}"

        docs, leave = by_kind.get(ItemKind.DOCUMENTS, {}), by_kind.get(ItemKind.LEAVE_EXPIRY, {})
        requests = {i.person_id: i for i in items if i.kind == ItemKind.REQUEST and i.overdue}
        return {
            "first_plan_overdue": ("Needs assessment and first plan overdue", first,
                                   lambda r: f"due {format_uk(r.facts.first_plan_due)}", "plan"),
            "no_pa": ("Eligible, relevant or former relevant with no PA", [r for r in leavers if r.id in by_kind.get(ItemKind.NO_PA, {})],
                      None, "pa"),
            "documents_overdue": ("Identity documents outstanding at 18 or over",
                                  [r for r in leavers if r.id in docs and docs[r.id].due < as_at], due(docs), "duties"),
            "leave_ending": ("Immigration leave ending or ended", [r for r in leavers if r.id in leave], due(leave), "duties"),
            "offer_overdue": ("Offer of a PA's support to 25 overdue", [r for r in leavers + ended if r.id in offers],
                              due(offers), "duties"),
            "requests_unanswered": ("Requests to other bodies not answered by their chase date",
                                    [r for r in leavers if r.id in requests], lambda r: requests[r.id].reason.removesuffix(": chase it"),
                                    "duties"),
            "deaths_to_notify": ("Deaths still to notify to the DfE and Ofsted", [r for r in ended if r.id in deaths], due(deaths),
                                 "duties"),
        }

    def plan_print_notes(self, plan, person, notes: dict) -> None:
        """The printed plan's identity section (Schedule 1 item 10): their documents and, where it
        applies, their immigration status, said to the young person."""
        lines = []
        docs = self.documents(person.id)
        held = [d.label.lower() for d in docs if d.status == "held"]
        applied = [d.label.lower() for d in docs if d.status == "applied"]
        missing = [d.label.lower() for d in docs if d.status == ""]
        if held:
            lines.append(f"Documents you have: {', '.join(held)}.")
        if applied:
            lines.append(f"Applied for and waiting: {', '.join(applied)}.")
        if missing:
            lines.append(f"Still to sort out with your personal adviser: {', '.join(missing)}.")
        st = repo.load_immigration(self.store, person.id)
        if st is not None and st.status not in ("", "citizen"):
            line = f"Your immigration status: {st.label.lower()}"
            if st.status in STATUSES_WITH_EXPIRY and st.leave_expires:
                line += f", until {format_uk(st.leave_expires)}. Your personal adviser will help you apply to extend it in time"
            lines.append(line + ".")
            if st.citizenship_entitled and st.citizenship_decided != "registered":
                lines.append("You may be entitled to register as a British citizen: your personal adviser will help you apply."
                             if st.citizenship_applied_on is None else
                             f"You applied to register as a British citizen on {format_uk(st.citizenship_applied_on)}.")
        if lines:
            notes.setdefault(SectionKey.IDENTITY, []).extend(lines)
        c = repo.load_custody(self.store, person.id)
        if c is not None and c.release_on and c.release_on >= self.clock.today():
            notes.setdefault(SectionKey.ACCOMMODATION, []).append(
                f"When you are released on {format_uk(c.release_on)}: " + (
                    "your personal adviser has arranged where you will live." if c.accommodation_arranged_on else
                    "your personal adviser will arrange where you will live before then.") + (
                    "" if c.plan_reviewed_on else " Your plan will be reviewed before you are released."))

    def chronology(self, person, as_at: date) -> list[ChronologyEvent]:
        out = []
        for d in repo.documents_for(self.store, person.id):
            if d.on and d.status in ("held", "applied"):
                out.append(ChronologyEvent(d.on, "duties", f"{d.label}: {'applied for' if d.status == 'applied' else 'held'}", d.notes))
        n = repo.load_death_notification(self.store, person.id)
        if n is not None:
            for on, who in ((n.sos_notified_on, "the Secretary of State (DfE)"), (n.ofsted_notified_on, "Ofsted")):
                if on:
                    out.append(ChronologyEvent(on, "duties", f"Death notified to {who}", n.notes))
        c = repo.load_custody(self.store, person.id)
        if c is not None:
            for on, what in ((c.plan_reviewed_on, "Plan reviewed for release from custody"),
                             (c.accommodation_arranged_on, "Accommodation arranged for release from custody")):
                if on:
                    out.append(ChronologyEvent(on, "duties", what, f"Release on {format_uk(c.release_on)}"))
        for q in self.requests(person.id):
            out.append(ChronologyEvent(q.asked_on, "duties", ("Referred under the duty to refer to " if q.duty_to_refer else "Asked ")
                                       + q.body_label, q.what, q.id or ""))
            if q.answered_on:
                out.append(ChronologyEvent(q.answered_on, "duties", f"Answer from {q.body_label}", q.answer, q.id or ""))
        for k in self.risks(person.id):
            out.append(ChronologyEvent(k.at_risk_from, "duties", "At risk of homelessness", k.reason, k.id or ""))
        for a in self.staying_close(person.id):
            out.append(ChronologyEvent(a.assessed_on, "duties", f"Staying Close assessment: {STAYING_CLOSE_NEEDED.get(a.needed, '')}",
                                       a.decision, a.id or ""))
        for o in self.offers(person.id):
            out.append(ChronologyEvent(o.offered_on, "duties", "Offered a PA's support to 25", f"{o.outcome_label}. {o.notes}".strip(". ")))
        st = repo.load_immigration(self.store, person.id)
        if st is not None and st.citizenship_applied_on:
            out.append(ChronologyEvent(st.citizenship_applied_on, "duties", "Applied to register as a British citizen", ""))
        return out
