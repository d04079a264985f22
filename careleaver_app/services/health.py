"""Health: the record, referrals, the health-history handover, consent, and the health passport."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.attention import needs
from ..domain.dates import add_months, age_on, format_uk
from ..domain.errors import Collector, NotFound
from ..domain.health import (
    FORMATS,
    NEED_KINDS,
    NOT_RECORDED,
    REFERRAL_STATUSES,
    REQUESTED_FROM,
    Consent,
    Handover,
    HandoverStatus,
    HealthRecord,
    Referral,
    ShareDecision,
    Stage,
    handover_status,
    may_share,
    nhs_number_digits,
    validate_consent,
    validate_handover,
    validate_record,
)
from ..domain.plans import SectionKey
from ..domain.worktray import ItemKind, WorkItem
from ..storage import health as repo
from ..storage import people as people_repo
from ..storage.store import Store
from .acting import require_local_settings_rights
from .chronology import ChronologyEvent
from .context import Clock, refuse_if_cover_copy
from .settings import SettingsService

if TYPE_CHECKING:
    from .people import CaseloadRow

# Public helplines shown in the health passport until the LA sets its own list (a local setting).
DEFAULT_CRISIS_LINES = [
    ("NHS 111", "111", "For urgent medical help. Choose the mental health option for help with your mental health, any time."),
    ("Samaritans", "116 123", "Free, any time, to talk about anything that is upsetting you."),
    ("Shout", "Text SHOUT to 85258", "Free text support, any time."),
    ("Emergency", "999", "If your life or someone else's is in danger."),
]


class HealthService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService):
        self.store = store
        self.clock = clock
        self.settings = settings

    def _person(self, person_id: str):
        p = people_repo.load_person(self.store, person_id)
        if p is None:
            raise NotFound("That young person is not in this database.")
        return p

    # -- the record ------------------------------------------------------------------------------
    def record(self, person_id: str) -> HealthRecord:
        return repo.load_record(self.store, person_id)

    def save_record(self, rec: HealthRecord) -> None:
        refuse_if_cover_copy(self.store, rec.person_id)
        self._person(rec.person_id)
        c = Collector()
        today = self.clock.today()
        for field, label in (("gp_registered_on", "Registered with the GP on"), ("last_health_assessment", "Last health assessment")):
            d = getattr(rec, field)
            if d is not None and d > today:
                c.add(field, label, "is in the future")
        for i, n in enumerate(rec.needs, start=1):
            if n.kind not in NEED_KINDS:
                c.add("needs", "Health needs", f"row {i}: choose the kind of need")
            if not n.description.strip():
                c.add("needs", "Health needs", f"row {i}: describe the need")
        validate_record(rec, c)
        c.raise_if_any()
        with self.store.transaction():
            repo.save_record(self.store, replace(rec, nhs_number=nhs_number_digits(rec.nhs_number)))

    def save_referral(self, person_id: str, r: Referral) -> str:
        refuse_if_cover_copy(self.store, person_id)
        self._person(person_id)
        c = Collector()
        c.require(r.service, "service", "Service", "name the service referred to")
        if r.referred_on is None:
            c.add("referred_on", "Referred on", "enter the date of the referral (dd/mm/yyyy)")
        elif r.referred_on > self.clock.today():
            c.add("referred_on", "Referred on", "is in the future")
        if r.status not in REFERRAL_STATUSES:
            c.add("status", "Status", "choose a status")
        if r.response_due and r.referred_on and r.response_due < r.referred_on:
            c.add("response_due", "Chase by", "is before the referral")
        c.raise_if_any()
        if r.response_due is None:
            r = replace(r, response_due=r.referred_on + timedelta(weeks=self.settings.get().referral_response_weeks))
        with self.store.transaction():
            return repo.save_referral(self.store, person_id, r)

    # -- the health-history handover -------------------------------------------------------------
    def handover(self, person_id: str) -> Handover:
        return repo.load_handover(self.store, person_id) or Handover(person_id)

    def save_handover(self, h: Handover) -> None:
        refuse_if_cover_copy(self.store, h.person_id)
        self._person(h.person_id)
        validate_handover(h, self.clock.today())
        with self.store.transaction():
            repo.save_handover(self.store, h)

    def status(self, person_id: str, as_at: date | None = None) -> HandoverStatus:
        p = self._person(person_id)
        h = repo.load_handover(self.store, person_id)
        return handover_status(p.dob, h, as_at or self.clock.today(), left_care_before_tracking=h is None)

    def statuses(self, rows, as_at: date) -> dict[str, HandoverStatus]:
        all_h = repo.all_handovers(self.store, [r.id for r in rows])
        return {r.id: handover_status(r.dob, all_h.get(r.id), as_at, left_care_before_tracking=r.id not in all_h) for r in rows}

    # -- consent -------------------------------------------------------------------------------------
    def consents(self, person_id: str) -> list[Consent]:
        return repo.consents_for(self.store, person_id)

    def record_consent(self, c: Consent) -> str:
        refuse_if_cover_copy(self.store, c.person_id)
        self._person(c.person_id)
        validate_consent(c, self.clock.today())
        if c.review_by is None:
            c = replace(c, review_by=add_months(c.given_on, self.settings.get().consent_review_months))
        with self.store.transaction():
            return repo.insert_consent(self.store, c)

    def withdraw_consent(self, consent_id: str, on: date | None, reason: str) -> None:
        c = Collector()
        on = on or self.clock.today()
        if on > self.clock.today():
            c.add("on", "Withdrawn on", "is in the future")
        c.require(reason, "reason", "Reason", "record what the young person said")
        c.raise_if_any()
        with self.store.transaction():
            repo.withdraw_consent(self.store, consent_id, on, reason.strip())

    def may_share(self, person_id: str, purpose: str, as_at: date | None = None) -> ShareDecision:
        p = self._person(person_id)
        return may_share(p.dob, self.consents(person_id), as_at or self.clock.today(), purpose)

    # -- what outputs show ----------------------------------------------------------------------------
    def summary_lines(self, person_id: str, purpose: str | None) -> list[str]:
        """Health details for an output (``purpose`` a consent scope), or for the app (None).
        Without consent in force, the output says consent is not recorded and shows nothing else."""
        if purpose is not None:
            decision = self.may_share(person_id, purpose)
            if not decision.allowed:
                return [NOT_RECORDED]
        rec = self.record(person_id)
        lines = []
        if rec.gp_practice:
            lines.append(f"GP: {rec.gp_practice}" + (f", {rec.gp_phone}" if rec.gp_phone else ""))
        for n in rec.needs:
            if n.active:
                lines.append(f"{n.kind_label}: {n.description}" + (f" (how it is met: {n.how_met})" if n.how_met else ""))
        st = self.status(person_id)
        lines.append(f"Health history: {st.message}")
        return lines

    def plan_print_notes(self, plan, person, notes: dict) -> None:
        """The printed plan's health section (Schedule 1 item 9), within consent, said to the young
        person (the staff's wording, "Requested …; chase it", is for the app and the cover summary)."""
        notes.setdefault(SectionKey.HEALTH, []).extend(self.plan_lines(person.id))

    def plan_lines(self, person_id: str) -> list[str]:
        if not self.may_share(person_id, "plan_pdf").allowed:
            return ["Your health details are not in this plan because you have not said they can be. Tell your personal "
                    "adviser if you would like them in it."]
        rec = self.record(person_id)
        lines = [f"Your doctor (GP): {rec.gp_practice}" + (f", {rec.gp_phone}" if rec.gp_phone else "") + "." if rec.gp_practice
                 else "You are not registered with a doctor (GP) yet: your personal adviser can help you register."]
        for n in rec.needs:
            if n.active:
                lines.append(f"{n.kind_label}: {n.description.rstrip('.')}." + (f" What helps: {n.how_met.rstrip('.')}." if n.how_met else ""))
        lines.append(self._history_for_them(person_id))
        return lines

    def _history_for_them(self, person_id: str) -> str:
        h = self.handover(person_id)
        st = self.status(person_id)
        if st.stage == Stage.GIVEN:
            return f"You were given your health history on {format_uk(h.given_on)}."
        if st.stage == Stage.DECLINED:
            return f"You said on {format_uk(h.declined_on)} that you did not want your health history. You can change your mind."
        if st.stage == Stage.RECEIVED:
            return "Your health history has arrived: your personal adviser will go through it with you and give it to you."
        by = f" by your 18th birthday ({format_uk(st.due)})" if st.due > self.clock.today() else " as soon as it arrives"
        if st.stage == Stage.REQUESTED:
            return f"Your personal adviser asked for your health history on {format_uk(h.requested_on)} and will give it to you{by}."
        return f"Your personal adviser will ask for your health history and give it to you{by}."

    def passport_pdf(self, person_id: str) -> bytes:
        from ..reports.health_passport_pdf import PassportData, health_passport_pdf

        p = self._person(person_id)
        self.store.note_read(person_id, "printed the health passport")
        rec = self.record(person_id)
        h = self.handover(person_id)
        pa = people_repo.get_worker(self.store, p.allocated_pa_id) if p.allocated_pa_id else None
        team = next((t for t in people_repo.list_teams(self.store) if pa and t.id == pa.team_id), None)
        return health_passport_pdf(PassportData(
            name=p.display_name, dob=p.dob, record=rec, handover=h, crisis_lines=self.crisis_lines(),
            printed_on=self.clock.today(), pa_name=pa.name if pa else "", pa_phone=pa.phone if pa else "",
            team_name=team.name if team else "", team_phone=team.duty_phone if team else "",
            out_of_hours=self.settings.get().out_of_hours_phone))

    def crisis_lines(self) -> list[tuple[str, str, str]]:
        """Where to get help, as printed in the health passport (a local setting)."""
        return [tuple(x) for x in (self.store.setting("crisis_lines") or DEFAULT_CRISIS_LINES)]

    def save_crisis_lines(self, lines: list[tuple[str, str, str]]) -> None:
        c = Collector()
        if not lines:
            c.add("lines", "Crisis lines", "keep at least one way to get help")
        for i, (name, how, _) in enumerate(lines, start=1):
            if not name.strip() or not how.strip():
                c.add("lines", "Crisis lines", f"row {i}: give the name and how to reach them")
        c.raise_if_any()
        require_local_settings_rights(self.store)
        with self.store.transaction():
            self.store.upsert_setting("crisis_lines", [[n.strip(), h.strip(), w.strip()] for n, h, w in lines])

    # -- caseload, work tray, chronology -----------------------------------------------------------
    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        statuses = self.statuses(rows, as_at)
        for r in rows:
            r.facts.health = statuses[r.id]

    def work_items(self, rows: list[CaseloadRow], as_at: date, horizon: date) -> list[WorkItem]:
        items = []
        ids = [r.id for r in rows]
        consents, referrals = repo.all_consents(self.store, ids), repo.all_referrals(self.store, ids)
        for r in rows:
            st = r.facts.health
            # Judged once, for the header and the caseload too (domain.attention); dated on the 18th
            # birthday, as the status is (domain.health).
            if st is not None and (needs(r, "health_history_overdue") or needs(r, "health_history_due")):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.HEALTH_HISTORY, st.due, st.message, as_at, "health"))
            if age_on(r.dob, as_at) >= 18:
                live = [c for c in consents.get(r.id, []) if c.in_force(as_at)]
                for c in live[-1:]:
                    if c.review_by is not None and c.review_by <= horizon:
                        items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.CONSENT, c.review_by,
                                              f"Check consent to share health information (given {format_uk(c.given_on)})", as_at, "health"))
            for ref in referrals.get(r.id, []):
                if ref.is_overdue(as_at):
                    items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.REFERRAL, ref.response_due,
                                          f"Referral to {ref.service} on {format_uk(ref.referred_on)} still waiting: chase it",
                                          as_at, "health", ref.id))
        return items

    def chronology(self, person, as_at: date) -> list[ChronologyEvent]:
        out = []
        h = repo.load_handover(self.store, person.id)
        if h is not None:
            if h.requested_on:
                out.append(ChronologyEvent(h.requested_on, "health", "Health history requested", REQUESTED_FROM.get(h.requested_from, "")))
            if h.received_on:
                out.append(ChronologyEvent(h.received_on, "health", "Health history received", h.received_by))
            if h.given_on:
                out.append(ChronologyEvent(h.given_on, "health", "Health history given to them", FORMATS.get(h.given_format, "")))
            if h.declined_on:
                out.append(ChronologyEvent(h.declined_on, "health", "Declined their health history", h.declined_reason))
        for ref in self.record(person.id).referrals:
            out.append(ChronologyEvent(ref.referred_on, "health", f"Referred to {ref.service}", ref.notes))
        for c in self.consents(person.id):
            out.append(ChronologyEvent(c.given_on, "health", "Consent to share health information given", c.who_may_see))
            if c.withdrawn_on:
                out.append(ChronologyEvent(c.withdrawn_on, "health", "Consent to share health information withdrawn", c.withdrawn_reason))
        return out


def health_label(st: HandoverStatus | None) -> str:
    if st is None:
        return ""
    if st.stage in (Stage.GIVEN, Stage.DECLINED):
        return st.stage.label
    return {"overdue": "Overdue", "flag": "Due", "prompt": "Plan it", "": ""}[st.level] + (f": {st.stage.label.lower()}" if st.level else "")
