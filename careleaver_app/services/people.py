"""Young people: the caseload, the record, create / edit / archive / reallocate."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from functools import cached_property

from ..domain.allocation import pa_changes_in_window
from ..domain.attention import CaseloadFacts
from ..domain.dates import age_on, format_uk, from_iso
from ..domain.eligibility import Category, CategoryResult, derive_category
from ..domain.errors import Collector, NotFound
from ..domain.people import Allocation, Worker, YoungPerson, display_name
from ..domain.person_rules import validate_person
from ..domain.text import fold
from ..storage import people as repo
from ..storage.store import Store
from .context import Clock, refuse_if_cover_copy


class ScopeKind(Enum):
    MINE = "mine"
    TEAM = "team"
    ALL = "all"
    WORKER = "worker"

    @property
    def label(self) -> str:
        return {"mine": "My caseload", "team": "My team", "all": "Everyone", "worker": "A chosen worker"}[self.value]


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind = ScopeKind.MINE
    worker_id: str | None = None  # for WORKER (and MINE / TEAM: the current worker)
    # MINE: also the young people this worker is covering that day (a duty worker's own views
    # show the caseloads they cover). False: by allocation only (the dashboard's figures).
    with_cover: bool = True


@dataclass
class CaseloadRow:
    """One line of the caseload: raw values, so the view can sort on them."""

    id: str
    la_id: str
    legal_name: str
    preferred_name: str
    dob: date
    age: int
    category: Category
    category_active: bool
    pa_id: str | None
    pa_name: str
    team_id: str | None
    archived: bool
    edt_alert: bool = False
    search_key: str = ""  # folded name + preferred name + LA ID, for type-to-filter
    as_at: date | None = None  # the day the row describes
    # What each capability's caseload extender knows about them (typed, for sorting and display).
    facts: CaseloadFacts = field(default_factory=CaseloadFacts)

    @cached_property  # the rows are read-only once made, and this is asked for on every screen
    def display_name(self) -> str:
        return display_name(self.legal_name, self.preferred_name)


TABLE_LABELS = {
    "young_people": "Details", "care_periods": "Periods looked after", "key_people": "Key people", "allocations": "Allocation",
    "plans": "Pathway plan", "plan_sections": "Plan section", "plan_actions": "Plan action", "plan_contingencies": "Contingency",
    "plan_oversight": "Plan sign-off", "review_requests": "Review request", "contacts": "Contact", "contact_amendments": "Contact amendment",
    "contact_followups": "Follow-up", "in_touch_decisions": "In-touch decision", "contact_cadences": "Contact cadence",
    "chronology_events": "Chronology event", "accommodation_episodes": "Accommodation", "suitability_assessments": "Suitability",
    "arrangements": "Staying Put / Close", "housing_applications": "Housing application", "eet_episodes": "EET",
    "entitlements": "Entitlement", "local_offer_explanations": "Local offer", "health_records": "Health record",
    "health_needs": "Health need", "mh_referrals": "Referral", "health_handovers": "Health history", "health_consents": "Consent",
    "death_notifications": "Death notification", "identity_documents": "Identity document", "immigration_statuses": "Immigration status",
    "custody_releases": "Release from custody", "pa_offers": "Offer of support to 25",
    "agency_requests": "Request to another body", "homelessness_risks": "Risk of homelessness",
    "staying_close_assessments": "Staying Close assessment",
}
ACTION_LABELS = {"create": "Added", "update": "Changed", "delete": "Removed", "archive": "Archived", "export": "Exported",
                 "print": "Printed", "finalise": "Finalised"}


@dataclass(frozen=True)
class HistoryEntry:
    at: str  # ISO UTC
    who: str
    what: str
    fields: str


@dataclass
class PersonRecord:
    person: YoungPerson
    age: int
    category: CategoryResult
    pa: Worker | None
    allocations: list[Allocation]
    pa_changes_12m: int


class PeopleService:
    def __init__(self, store: Store, clock: Clock):
        self.store = store
        self.clock = clock
        self._row_extenders: list = []
        # ``covered_by(worker_id, as_at) -> {person id: absent PA's id}``: who a worker covers that
        # day (set by the composition root: cover is worked out by the cover service).
        self.covered_by = None

    # -- reading --------------------------------------------------------------------------
    def add_row_extender(self, fn, name: str = "") -> None:
        """Later capabilities add caseload columns: ``fn(rows, as_at)`` fills its field of each ``row.facts``.
        A ``name`` lets a caller that does not need those columns leave them out (``skip``)."""
        self._row_extenders.append((name, fn))

    def pa_ids_for(self, scope: Scope) -> list[str] | None:
        """The PAs whose caseloads a scope covers (None = everyone)."""
        if scope.kind == ScopeKind.ALL:
            return None
        if scope.worker_id is None:
            return []
        if scope.kind in (ScopeKind.MINE, ScopeKind.WORKER):
            return [scope.worker_id]
        me = repo.get_worker(self.store, scope.worker_id)
        if me is None or me.team_id is None:
            return [scope.worker_id]
        return [w.id for w in repo.list_workers(self.store, include_inactive=True) if w.team_id == me.team_id]

    def caseload(self, scope: Scope, *, include_archived: bool = False, as_at: date | None = None,
                 skip: tuple[str, ...] = ()) -> list[CaseloadRow]:
        """The caseload rows for ``scope`` with every capability's columns (but those named in
        ``skip``). Remembered until the data next changes, so the work tray, the caseload, the
        team and the dashboard share one computation; a scope within the whole service, or
        fewer columns, are cut from what is already known. The rows are shared: callers must
        not change them."""
        as_at = as_at or self.clock.today()
        covered = self._covered(scope, as_at)
        if covered:  # my own, and those I cover: cut from the caseloads they belong to
            pas = tuple(sorted({scope.worker_id, *covered.values()}))
            rows = self._rows_for(list(pas), include_archived, as_at, skip)
            return [r for r in rows if r.pa_id == scope.worker_id or r.id in covered]
        return self._rows_for(self.pa_ids_for(scope), include_archived, as_at, skip)

    def _covered(self, scope: Scope, as_at: date) -> dict[str, str]:
        if scope.kind != ScopeKind.MINE or not scope.with_cover or scope.worker_id is None or self.covered_by is None:
            return {}
        return self.covered_by(scope.worker_id, as_at)

    def _rows_for(self, pa_ids: list[str] | None, include_archived: bool, as_at: date, skip: tuple[str, ...]) -> list[CaseloadRow]:
        skip = tuple(sorted(set(skip)))
        scopes = [None] if pa_ids is None else [None, tuple(sorted(pa_ids))]
        for known_skip in dict.fromkeys([(), skip]):  # every column, or just those asked for
            for known_scope in scopes:
                rows = self.store.memo_peek(("caseload", known_scope, include_archived, as_at, known_skip))
                if rows is not None:
                    if known_scope is None and pa_ids is not None:
                        wanted = set(pa_ids)
                        return [r for r in rows if r.pa_id in wanted]
                    return list(rows)
        key = ("caseload", scopes[-1], include_archived, as_at, skip)
        return list(self.store.memo(key, lambda: self._compute_caseload(pa_ids, include_archived, as_at, skip)))

    def row(self, person_id: str, as_at: date | None = None) -> CaseloadRow:
        """One young person's caseload row, archived or not, with every capability's facts but the
        work tray's counts (what the record's header judges: domain.attention). Remembered until
        the data next changes."""
        as_at = as_at or self.clock.today()

        def compute() -> CaseloadRow:
            rows = self._compute_caseload(None, True, as_at, ("tray",), person_ids=[person_id])
            if not rows:
                raise NotFound("That young person is not in this database.")
            return rows[0]
        return self.store.memo(("caseload_row", person_id, as_at), compute)

    def _compute_caseload(self, pa_ids: list[str] | None, include_archived: bool, as_at: date,
                          skip: tuple[str, ...] = (), *, person_ids: list[str] | None = None) -> list[CaseloadRow]:
        raw = repo.caseload_rows(self.store, include_archived=include_archived, pa_ids=pa_ids, person_ids=person_ids)
        periods = repo.care_periods_by_person(self.store, [r["id"] for r in raw])
        rows = []
        for r in raw:
            dob = from_iso(r["dob"])
            cat = derive_category(
                dob, periods.get(r["id"], []), as_at,
                returned_home_from=from_iso(r["returned_home_from"]),
                support_requested_to_25=bool(r["support_requested_to_25"]),
                in_education_or_training=bool(r["in_education_or_training"]),
                died_on=from_iso(r["died_on"]),
            )
            rows.append(CaseloadRow(
                id=r["id"], la_id=r["la_id"] or "", legal_name=r["legal_name"], preferred_name=r["preferred_name"] or "",
                dob=dob, age=age_on(dob, as_at) if as_at >= dob else 0, category=cat.category, category_active=cat.active,
                pa_id=r["allocated_pa_id"], pa_name=r["pa_name"] or "Unallocated", team_id=r["team_id"],
                archived=bool(r["archived_at"]), edt_alert=bool(r["edt_alert"]),
                search_key=fold(f'{r["legal_name"]} {r["preferred_name"] or ""} {r["la_id"] or ""}'), as_at=as_at,
            ))
        for name, extend in self._row_extenders:
            if not name or name not in skip:
                extend(rows, as_at)
        return rows

    def get(self, person_id: str) -> YoungPerson:
        p = repo.load_person(self.store, person_id)
        if p is None:
            raise NotFound("That young person is not in this database.")
        return p

    def category_of(self, p: YoungPerson, as_at: date | None = None) -> CategoryResult:
        return derive_category(
            p.dob, p.care_periods, as_at or self.clock.today(),
            returned_home_from=p.returned_home_from,
            support_requested_to_25=p.support_requested_to_25,
            in_education_or_training=p.in_education_or_training,
            died_on=p.died_on,
        )

    def note_opened(self, person_id: str) -> None:
        """A worker opened this young person's record (the team server's read audit)."""
        self.store.note_read(person_id, "opened the record")

    def record(self, person_id: str, as_at: date | None = None) -> PersonRecord:
        as_at = as_at or self.clock.today()
        p = self.get(person_id)
        allocations = repo.allocation_history(self.store, person_id)
        return PersonRecord(
            person=p,
            age=age_on(p.dob, as_at),
            category=self.category_of(p, as_at),
            pa=repo.get_worker(self.store, p.allocated_pa_id) if p.allocated_pa_id else None,
            allocations=allocations,
            pa_changes_12m=pa_changes_in_window([a.start for a in allocations], as_at),
        )

    def history(self, person_id: str) -> list[HistoryEntry]:
        """Who changed what on this record, and when (fields only, never values). Newest first."""
        out = []
        for e in self.store.person_history(person_id):
            table = TABLE_LABELS.get(e["table"], e["table"].replace("_", " "))
            action = ACTION_LABELS.get(e["action"], e["action"].replace("_", " ").capitalize())
            fields = ", ".join(f.replace("_", " ") for f in e["fields"]) + (f" ({e['detail']})" if e["detail"] else "")
            out.append(HistoryEntry(e["at"], e["actor"] if e["actor"] != "system" else "The app", f"{action}: {table}", fields))
        return out

    # -- writing --------------------------------------------------------------------------
    def _check(self, p: YoungPerson) -> None:
        validate_person(p, self.clock.today())
        if p.la_id.strip() and repo.la_id_in_use(self.store, p.la_id.strip(), p.id):
            c = Collector()
            c.add("la_id", "LA identifier", f"{p.la_id.strip()} is already used by another young person: check the number")
            c.raise_if_any()

    def create(self, p: YoungPerson, pa_id: str | None, reason: str = "First allocation") -> str:
        """Validate, then save the person and their first allocation, all or nothing."""
        self._check(p)
        with self.store.transaction():
            pid = repo.insert_person(self.store, replace(p, id=None, allocated_pa_id=None))
            repo.allocate(self.store, pid, pa_id, self.clock.today(), reason)
        return pid

    def update(self, p: YoungPerson) -> None:
        refuse_if_cover_copy(self.store, p.id)
        if not p.id:
            raise NotFound("Save the young person before editing them.")
        self.get(p.id)
        self._check(p)
        with self.store.transaction():
            repo.update_person(self.store, p)

    def reallocate(self, person_id: str, worker_id: str | None, reason: str, on: date | None = None) -> None:
        """Change the young person's PA from ``on`` (default today), keeping the history."""
        refuse_if_cover_copy(self.store, person_id)
        p = self.get(person_id)
        c = Collector()
        c.require(reason, "reason", "Reason", "say why the young person is changing PA")
        current = repo.current_allocation(self.store, person_id)
        if on is None:
            c.add("on", "From", "enter the date the new PA takes over, as dd/mm/yyyy")
        elif on > self.clock.today():
            c.add("on", "From", "is in the future: record the change on the day it happens")
        elif current is not None and on < from_iso(current["start_date"]):
            c.add("on", "From", f"is before the current allocation started ({format_uk(from_iso(current['start_date']))})")
        if p.allocated_pa_id == worker_id:
            c.add("worker", "New PA", "is already the young person's PA: choose someone else")
        c.raise_if_any()
        with self.store.transaction():
            repo.allocate(self.store, person_id, worker_id, on, reason.strip())

    def archive(self, person_id: str, reason: str) -> None:
        refuse_if_cover_copy(self.store, person_id)
        c = Collector()
        c.require(reason, "archived_reason", "Reason", "say why the record is being archived (e.g. moved out of area, turned 25)")
        c.raise_if_any()
        self.get(person_id)
        with self.store.transaction():
            repo.set_archived(self.store, person_id, True, reason.strip())

    def restore(self, person_id: str) -> None:
        refuse_if_cover_copy(self.store, person_id)
        self.get(person_id)
        with self.store.transaction():
            repo.set_archived(self.store, person_id, False)
