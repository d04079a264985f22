"""Where they live and what they do: accommodation, suitability, Staying Put/Close, housing,
EET and entitlements. Moves set work in motion (visits, plan review) and join the chronology."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.accommodation import (
    SCHEDULE_2,
    STAYING_PUT_END_AGE,
    AccommodationEpisode,
    AccommodationState,
    Arrangement,
    HousingApplication,
    Suitability,
    SuitabilityAssessment,
    accommodation_on,
    arrangement_ending,
    validate_arrangement,
    validate_assessment,
    validate_episode,
    validate_housing,
)
from ..domain.attention import needs
from ..domain.contacts import LaAccommodation
from ..domain.dates import format_uk, nth_birthday
from ..domain.eet import EetEpisode, EetState, activ_label, main_activity_on, neet_since, normalise_activ, validate_eet
from ..domain.entitlements import ALLOWANCE_CODES, DEFAULT_ENTITLEMENTS, EntitlementRecord, Spend, pounds, validate_spend
from ..domain.errors import Collector, NotFound
from ..domain.plans import ReviewSource, SectionKey
from ..domain.worktray import ItemKind, WorkItem
from ..storage import living as repo
from ..storage import people as people_repo
from ..storage import plans as plans_repo
from ..storage.store import Store
from .acting import require_local_settings_rights
from .chronology import ChronologyEvent
from .context import Clock, refuse_if_cover_copy
from .plans import PlanService
from .settings import SettingsService

if TYPE_CHECKING:
    from .people import CaseloadRow


class LivingService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService, plans: PlanService):
        self.store = store
        self.clock = clock
        self.settings = settings
        self.plans = plans

    def _person(self, person_id: str):
        p = people_repo.load_person(self.store, person_id)
        if p is None:
            raise NotFound("That young person is not in this database.")
        return p

    # -- the printed plan ----------------------------------------------------------------------------
    def plan_print_notes(self, plan, person, notes: dict) -> None:
        """What the printed plan says, to the young person, about where they live and whether it
        suits them (CLR 2010 Schedule 1 para 5: the accommodation and the assessment of its
        suitability, Schedule 2), Staying Put or Close, what they do (paras 2-3) and the money
        they can get (para 8)."""
        from ..reports.plan_pdf import Facts

        today = self.clock.today()
        state = self.state(person.id, today)
        home: list = []
        ep = state.episode
        if ep is None:
            home.append("Where you live is not written down yet.")
        else:
            home.append(f"Where you live now: {ep.type_label.lower()}" + (f" ({ep.provider})" if ep.provider else "")
                        + (f", since {format_uk(ep.start)}." if ep.start else "."))
        for a in self.arrangements(person.id):
            if a.start and a.start <= today and (a.end is None or today < a.end):
                until = a.end or (nth_birthday(person.dob, STAYING_PUT_END_AGE) if a.kind == "staying_put" else None)
                home.append(f"You are {'Staying Put with' if a.kind == 'staying_put' else 'Staying Close, with support from'} "
                            f"{a.carer or 'your former carer'}" + (f" until {format_uk(until)}" if until else "") + "."
                            + (f" Support: {a.support}." if a.support else ""))
        if ep is not None:
            a = state.assessment
            if a is None and state.suitability is None:
                home.append("We have not yet checked together whether where you live suits you: your personal adviser will do "
                            "this with you.")
            else:
                found = "It suits you." if state.suitability == Suitability.SUITABLE else \
                    f"It does not suit you yet: {(a.reason if a and a.reason else state.flag.removeprefix('Unsuitable: ')).rstrip('.')}."
                rows = [("When we checked", format_uk(a.assessed_on) if a else "—"), ("What we decided", found)]
                labels = {key: label for key, label, _ in SCHEDULE_2}
                for key, label in labels.items():
                    answer = (a.answers.get(key, "") if a else "").strip()
                    if answer:
                        rows.append((label.replace("The young person's views", "What you think").replace("Their ", "Your "), answer))
                if a and a.young_person_views.strip():
                    rows.append(("What you said", a.young_person_views.strip()))
                home.append(Facts("Does where you live suit you?", rows))
        notes.setdefault(SectionKey.ACCOMMODATION, []).extend(home)

        eet = self.eet_state(person.id, today)
        if eet.episode is None:
            notes.setdefault(SectionKey.EDUCATION, []).append("What you do (learning, training or work) is not written down yet.")
        else:
            e = eet.episode
            if eet.neet_since is not None:
                line = f"At the moment you are not in education, training or work (since {format_uk(eet.neet_since)})."
                key = SectionKey.EMPLOYMENT
            else:
                line = f"What you do now: {activ_label(e.activ).lower()}" + (f", {e.course_or_job}" if e.course_or_job else "") \
                    + (f" at {e.provider}" if e.provider else "") + (f", since {format_uk(e.start)}" if e.start else "") + "."
                key = SectionKey.EDUCATION if e.activ in ("F1", "P1", "F2", "P2") else SectionKey.EMPLOYMENT
            notes.setdefault(key, []).append(line)

        names = {code: (name, amount) for code, name, amount, _ in self.entitlement_types()}
        said = {"not_discussed": "Ask your personal adviser about this", "explained": "Explained to you", "applied": "Applied for",
                "awarded": "You have this", "declined": "You said no to this", "not_eligible": "Not for you"}
        rows = []
        for rec in self.entitlements(person.id):
            name, amount = names.get(rec.code, (rec.code, None))
            text = said.get(rec.status, rec.status)
            if rec.code in ALLOWANCE_CODES and rec.spends:
                text += f"; {pounds(rec.spent)} spent" + (f" of {pounds(rec.amount or amount)}" if (rec.amount or amount) else "")
            rows.append((name + (f" ({pounds(amount)})" if amount else ""), text))
        if rows:
            notes.setdefault(SectionKey.FINANCE, []).append(Facts("Money you can get", rows))

    # -- accommodation ---------------------------------------------------------------------------
    def episodes(self, person_id: str) -> list[AccommodationEpisode]:
        return repo.episodes_for(self.store, person_id)

    def record_move(self, ep: AccommodationEpisode) -> str:
        """A new stay. The current stay, if it started earlier and has no end, ends on the day of the
        move. A move into LA-provided accommodation asks for a plan review (its date a local setting);
        the statutory visits follow from the stay itself."""
        refuse_if_cover_copy(self.store, ep.person_id)
        person = self._person(ep.person_id)
        today = self.clock.today()
        others = self.episodes(ep.person_id)
        closing = None
        if ep.start is not None:
            closing = next((o for o in others if o.end is None and o.start is not None and o.start < ep.start), None)
        adjusted = [replace(o, end=ep.start) if o is closing else o for o in others]
        validate_episode(ep, person.dob, adjusted, today)
        with self.store.transaction():
            if closing is not None:
                repo.save_episode(self.store, replace(closing, end=ep.start))
            eid = repo.save_episode(self.store, ep)
            if ep.la_provided:
                self.plans.request_review(ep.person_id, ReviewSource.ACCOMMODATION_MOVE,
                                          f"Moved to {ep.type_label.lower()} on {format_uk(ep.start)}", requested_on=ep.start)
        return eid

    def update_episode(self, ep: AccommodationEpisode) -> None:
        """Correct a stay's details (or record the day they moved out)."""
        refuse_if_cover_copy(self.store, ep.person_id)
        if not ep.id:
            raise NotFound("Save the stay first.")
        person = self._person(ep.person_id)
        validate_episode(ep, person.dob, self.episodes(ep.person_id), self.clock.today())
        with self.store.transaction():
            repo.save_episode(self.store, ep)

    def assessments(self, person_id: str) -> list[SuitabilityAssessment]:
        return repo.assessments_for(self.store, person_id)

    def assess(self, a: SuitabilityAssessment) -> str:
        refuse_if_cover_copy(self.store, a.person_id)
        person = self._person(a.person_id)
        episode = next((e for e in self.episodes(a.person_id) if e.id == a.episode_id), None)
        validate_assessment(a, episode, person.dob, self.clock.today(), bb_emergency_days=self.settings.get().bb_emergency_days)
        me = people_repo.get_worker(self.store, self.store.actor) if self.store.actor != "system" else None
        a.assessed_by = me.name if me else ""
        with self.store.transaction():
            return repo.insert_assessment(self.store, a)

    def state(self, person_id: str, as_at: date | None = None) -> AccommodationState:
        person = self._person(person_id)
        s = self.settings.get()
        return accommodation_on(self.episodes(person_id), self.assessments(person_id), person.dob, as_at or self.clock.today(),
                                reassess_months=s.suitability_reassess_months, bb_emergency_days=s.bb_emergency_days)

    def states(self, people: list, as_at: date) -> dict[str, AccommodationState]:
        """For many young people at once (``people`` have ``id`` and ``dob``)."""
        ids = [p.id for p in people]
        eps, ass = repo.episodes_on(self.store, as_at, ids), repo.assessments_on(self.store, as_at, ids)
        s = self.settings.get()
        return {p.id: accommodation_on(eps.get(p.id, []), ass.get(p.id, []), p.dob, as_at, reassess_months=s.suitability_reassess_months,
                                       bb_emergency_days=s.bb_emergency_days) for p in people}

    def la_accommodation(self, person_ids: list[str], as_at: date) -> dict[str, LaAccommodation]:
        """Who is in LA-provided accommodation on ``as_at`` (statutory visits apply), with the
        review that follows the move."""
        eps = repo.episodes_on(self.store, as_at, person_ids)
        requests = plans_repo.open_requests_by_person(self.store, person_ids)
        out = {}
        for pid in person_ids:
            ep = next((e for e in eps.get(pid, []) if e.covers(as_at) and e.la_provided), None)
            if ep is None:
                continue
            review = [r.due_by for r in requests.get(pid, []) if r.source == ReviewSource.ACCOMMODATION_MOVE and r.requested_on >= ep.start]
            out[pid] = LaAccommodation(ep.start, min(review) if review else None)
        return out

    # -- Staying Put / Close, housing ----------------------------------------------------------------
    def arrangements(self, person_id: str) -> list[Arrangement]:
        return repo.arrangements_for(self.store, person_id)

    def save_arrangement(self, a: Arrangement) -> str:
        refuse_if_cover_copy(self.store, a.person_id)
        person = self._person(a.person_id)
        validate_arrangement(a, person.dob, self.clock.today(), self.settings.get().staying_close_end_age)
        with self.store.transaction():
            return repo.save_arrangement(self.store, a)

    def housing(self, person_id: str) -> list[HousingApplication]:
        return repo.housing_for(self.store, person_id)

    def known_districts(self) -> list[str]:
        """District and borough councils already used in this store (for the form's list)."""
        return repo.known_districts(self.store)

    def save_housing(self, h: HousingApplication) -> str:
        refuse_if_cover_copy(self.store, h.person_id)
        self._person(h.person_id)
        validate_housing(h, self.clock.today())
        with self.store.transaction():
            return repo.save_housing(self.store, h)

    # -- EET ---------------------------------------------------------------------------------------------
    def eet(self, person_id: str) -> list[EetEpisode]:
        return repo.eet_for(self.store, person_id)

    def save_eet(self, ep: EetEpisode, *, end_current: bool = True) -> str:
        """Record an EET episode. A new episode ends a continuing one that started earlier when
        one of them is NEET (someone stops being NEET when they start a course or job)."""
        refuse_if_cover_copy(self.store, ep.person_id)
        person = self._person(ep.person_id)
        ep = replace(ep, activ=normalise_activ(ep.activ))
        others = self.eet(ep.person_id)
        closing = []
        if not ep.id and end_current and ep.start is not None:
            closing = [o for o in others if o.end is None and o.start and o.start < ep.start and (o.is_neet or ep.is_neet)]
        adjusted = [replace(o, end=ep.start) if o in closing else o for o in others]
        validate_eet(ep, person.dob, adjusted, self.clock.today())
        with self.store.transaction():
            for o in closing:
                repo.save_eet(self.store, replace(o, end=ep.start))
            return repo.save_eet(self.store, ep)

    def eet_state(self, person_id: str, as_at: date | None = None) -> EetState:
        as_at = as_at or self.clock.today()
        eps = self.eet(person_id)
        return EetState(main_activity_on(eps, as_at), neet_since(eps, as_at))

    def eet_states(self, person_ids: list[str], as_at: date) -> dict[str, EetState]:
        all_eps = repo.all_eet(self.store, person_ids)
        return {pid: EetState(main_activity_on(all_eps.get(pid, []), as_at), neet_since(all_eps.get(pid, []), as_at)) for pid in person_ids}

    # -- entitlements and the local offer ----------------------------------------------------------------
    def entitlement_types(self) -> list[tuple[str, str, int | None, str]]:
        custom = self.store.setting("entitlement_types")
        return [tuple(t) for t in custom] if custom else list(DEFAULT_ENTITLEMENTS)

    def save_entitlement_types(self, types: list[tuple[str, str, int | None, str]]) -> None:
        """The LA's list of entitlements (a local setting). Codes in use cannot be dropped."""
        c = Collector()
        names = [t[1].strip() for t in types]
        for i, (_code, name, amount, _note) in enumerate(types, start=1):
            if not name.strip():
                c.add("types", "Entitlements", f"row {i} has no name")
            if amount is not None and amount < 0:
                c.add("types", "Entitlements", f"row {i}: the amount cannot be negative")
        if len(set(names)) != len(names):
            c.add("types", "Entitlements", "two entitlements have the same name")
        for required in ALLOWANCE_CODES:
            if required not in [t[0] for t in types]:
                c.add("types", "Entitlements", "the setting-up-home allowance cannot be removed")
        c.raise_if_any()
        require_local_settings_rights(self.store)
        with self.store.transaction():
            self.store.upsert_setting("entitlement_types", [list(t) for t in types])

    def entitlements(self, person_id: str) -> list[EntitlementRecord]:
        """One record per entitlement type (those not yet touched are "not yet discussed")."""
        have = {e.code: e for e in repo.entitlements_for(self.store, person_id)}
        return [have.get(code) or EntitlementRecord(person_id, code) for code, *_ in self.entitlement_types()]

    def set_entitlement(self, record: EntitlementRecord) -> str:
        refuse_if_cover_copy(self.store, record.person_id)
        c = Collector()
        from ..domain.entitlements import STATUSES

        if record.status not in STATUSES:
            c.add("status", "Status", "choose a status")
        if record.status_on is not None and record.status_on > self.clock.today():
            c.add("status_on", "Date", "is in the future")
        if record.amount is not None and record.amount < 0:
            c.add("amount", "Amount", "cannot be negative")
        c.raise_if_any()
        with self.store.transaction():
            return repo.save_entitlement(self.store, record)

    def add_spend(self, person_id: str, code: str, spend: Spend) -> str:
        refuse_if_cover_copy(self.store, person_id)
        record = next(e for e in self.entitlements(person_id) if e.code == code)
        if code not in ALLOWANCE_CODES:
            raise NotFound("Spending is only tracked against the setting-up-home allowance.")
        allowance = next((amount for c, _, amount, _ in self.entitlement_types() if c == code), None)
        validate_spend(record, spend, allowance, self.clock.today())
        with self.store.transaction():
            if record.id is None:
                record.status = "awarded" if record.status in ("not_discussed", "explained", "applied") else record.status
                record.status_on = record.status_on or spend.on
                repo.save_entitlement(self.store, record)
            return repo.insert_spend(self.store, record.id, spend)

    def offer_explanations(self, person_id: str) -> list[dict]:
        return repo.offer_explanations(self.store, person_id)

    def explain_offer(self, person_id: str, on: date | None, method: str, notes: str = "") -> str:
        refuse_if_cover_copy(self.store, person_id)
        from ..domain.entitlements import OFFER_METHODS

        self._person(person_id)
        c = Collector()
        if on is None:
            c.add("on", "Date", "enter the date it was explained (dd/mm/yyyy)")
        elif on > self.clock.today():
            c.add("on", "Date", "is in the future")
        if method not in OFFER_METHODS:
            c.add("method", "How", "choose how it was explained")
        c.raise_if_any()
        me = people_repo.get_worker(self.store, self.store.actor) if self.store.actor != "system" else None
        with self.store.transaction():
            return repo.insert_offer_explanation(self.store, person_id, on, method, me.name if me else "", notes)

    # -- caseload, work tray, chronology --------------------------------------------------------------------
    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        accom = self.states(rows, as_at)
        eet = self.eet_states([r.id for r in rows], as_at)
        for r in rows:
            r.facts.accom = accom[r.id]
            r.facts.eet = eet[r.id]

    def work_items(self, rows: list[CaseloadRow], as_at: date, horizon: date) -> list[WorkItem]:
        items = []
        close_age = self.settings.get().staying_close_end_age
        arrangements = repo.all_arrangements(self.store, [r.id for r in rows])
        for r in rows:
            for a in arrangements.get(r.id, []):
                ending = arrangement_ending(a, r.dob, as_at, horizon, staying_close_end_age=close_age)
                if ending:
                    items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.ARRANGEMENT_ENDING, ending[0], ending[1],
                                          as_at, "living", a.id or ""))
            st = r.facts.accom
            if st is None or st.episode is None:
                continue
            if needs(r, "unsuitable"):  # judged once, for the header and the caseload too (domain.attention)
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.UNSUITABLE, None,
                                      f"{st.episode.type_label}: {st.flag or 'judged unsuitable'}", as_at, "living"))
            elif needs(r, "unjudged") or needs(r, "accommodation_to_check"):
                items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.SUITABILITY, None, st.flag, as_at, "living"))
        return items

    def chronology(self, person, as_at: date) -> list[ChronologyEvent]:
        out = []
        for e in self.episodes(person.id):
            where = f" ({e.address})" if e.address else ""
            out.append(ChronologyEvent(e.start, "move", f"Moved: {e.type_label}{where}",
                                       ("LA-provided. " if e.la_provided else "") + e.notes, e.id))
        for a in self.arrangements(person.id):
            out.append(ChronologyEvent(a.start, "move", f"{a.label} began with {a.carer}", a.support, a.id))
        previous = None
        for e in self.eet(person.id):
            title = (f"NEET: {activ_label(e.activ)}" if e.is_neet else
                     f"{activ_label(e.activ)}: {e.course_or_job or e.provider}".rstrip(": "))
            if e.activ != previous or not e.is_neet:
                out.append(ChronologyEvent(e.start, "eet", title, e.provider if not e.is_neet else e.notes, e.id))
            previous = e.activ
        return out
