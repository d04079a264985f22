"""The team dashboard: the figures a manager, an inspector or the DfE asks for, as at any date,
each with the young people behind it. Every figure is counted from the same caseload rows the PAs
work from (keeping in touch, accommodation, EET, plans, health), so a figure and a PA's screen
never disagree. Denominators are written down in docs/decisions.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..domain.accommodation import ACCOMMODATION_TYPES, AccommodationState, Suitability
from ..domain.contacts import InTouch
from ..domain.dates import add_months, format_uk
from ..domain.eet import NEET_CODES, EetState
from ..domain.eligibility import OWED_A_PATHWAY_PLAN, Category
from ..domain.errors import Collector
from ..domain.health import HandoverStatus, Stage
from ..domain.people import Role
from ..domain.plans import PlanAlerts
from ..storage import people as people_repo
from ..storage import returns as repo
from ..storage.store import Store
from .context import Clock
from .people import CaseloadRow, PeopleService, Scope, ScopeKind
from .settings import SettingsService
from .workers import WorkerService

CARE_LEAVER_CATEGORIES = (Category.ELIGIBLE, Category.RELEVANT, Category.FORMER_RELEVANT, Category.QUALIFYING)
HEALTH_HISTORY_AGE = 18  # CA 1989 Sch 2 / Care Planning Regs: the health history is given by the 18th birthday
NEET_REASONS = {"G4": "Illness or disability", "G5": "Other reasons", "G6": "Pregnancy or parenting"}
# Why someone is not known to be suitably housed, most pressing first: bed and breakfast (903 W;
# unsuitable for 16-17s except briefly in an emergency), homeless or no fixed abode (S), another
# stay judged unsuitable, a stay never judged, no stay recorded.
HOUSING_GROUPS = ("Bed and breakfast", "Homeless or no fixed abode", "Judged unsuitable", "Suitability not judged",
                  "No accommodation recorded")
# The dashboard PDF sets each figure beside the same figure this long before (a quarter).
PREVIOUS_PERIOD_MONTHS = 3


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    la_id: str
    pa_name: str
    detail: str = ""  # why they are in this figure (e.g. "Unsuitable: B&B")
    group: str = ""  # which kind of reason, where a figure groups its people (HOUSING_GROUPS)


@dataclass
class Figure:
    key: str
    label: str
    count: int
    total: int  # the denominator (0 when the figure is a plain count)
    people: list[Person] = field(default_factory=list)
    target: str = "details"  # the record tab where the figure is put right

    @property
    def percent(self) -> float | None:
        return round(100 * self.count / self.total, 1) if self.total else None

    @property
    def text(self) -> str:
        return f"{self.count} of {self.total} ({self.percent:.0f}%)" if self.total else str(self.count)


@dataclass
class PaLoad:
    worker_id: str | None
    name: str
    count: int
    over: bool
    people: list[Person]


@dataclass
class Dashboard:
    as_at: date
    scope_label: str
    threshold: int
    care_leavers: Figure
    by_category: list[Figure]
    in_touch: Figure
    touch_breakdown: list[Figure]
    in_eet: Figure
    neet_by_reason: list[Figure]
    suitable: Figure
    not_suitable: Figure
    plans_in_date: Figure
    reviews_overdue: Figure
    no_plan: Figure
    health_history: Figure
    caseloads: list[PaLoad]
    pa_changes: Figure
    duties: list[Figure] = field(default_factory=list)  # issue 25's clocks: first plans, PAs, documents, leave, deaths

    def headline(self) -> list[Figure]:
        """The figures shown as bars, in the order the issue and inspectors ask for them."""
        return [self.in_touch, self.in_eet, self.suitable, self.plans_in_date, self.health_history]

    def all_figures(self) -> list[Figure]:
        return ([self.care_leavers, *self.by_category, self.in_touch, *self.touch_breakdown, self.in_eet, *self.neet_by_reason,
                 self.suitable, self.not_suitable, self.plans_in_date, self.reviews_overdue, self.no_plan, self.health_history,
                 self.pa_changes, *self.duties])


class DashboardService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService, people: PeopleService, workers: WorkerService,
                 duties=None):
        self.store = store
        self.clock = clock
        self.settings = settings
        self.people = people
        self.workers = workers
        self.duties = duties  # services.duties.DutiesService: issue 25's figures

    def _check(self, as_at: date | None) -> None:
        c = Collector()
        if as_at is None:
            c.add("as_at", "As at", "enter a date (dd/mm/yyyy)")
        elif as_at > self.clock.today():
            c.add("as_at", "As at", "is in the future: choose today or a day in the past")
        c.raise_if_any()

    def build(self, scope: Scope, as_at: date | None = None) -> Dashboard:
        """The dashboard for a scope (me, my team, the service). Who is in the scope is today's
        allocation; every figure is as the record stood on ``as_at``. Remembered until the data
        next changes (read-only)."""
        as_at = as_at or self.clock.today()
        self._check(as_at)
        return self.store.memo(("dashboard", scope, as_at), lambda: self._build(scope, as_at))

    def _build(self, scope: Scope, as_at: date) -> Dashboard:
        # The work-tray counts, late actions and cover columns are not figures here: leave them out.
        rows = [r for r in self.people.caseload(scope, as_at=as_at, skip=("tray", "cover", "late")) if r.dob <= as_at]
        leavers = [r for r in rows if r.category in CARE_LEAVER_CATEGORIES and r.category_active]
        n = len(leavers)

        plain: dict[str, Person] = {}  # one (immutable) Person per young person for figures without a detail

        def person(r: CaseloadRow, detail: str = "") -> Person:
            if detail:
                return _person(r, detail)
            p = plain.get(r.id)
            if p is None:
                p = plain[r.id] = _person(r)
            return p

        def fig(key, label, members, total=n, target="details", detail=None, group=None):
            people = [person(r, detail(r) if detail else "") for r in members]
            if group:
                people = [replace(p, group=group(r)) for p, r in zip(people, members)]
            return Figure(key, label, len(members), total, people, target)

        by_category = [fig(f"category_{c.value}", c.label, [r for r in leavers if r.category == c], target="details")
                       for c in CARE_LEAVER_CATEGORIES]

        # Every extender but those skipped above ran, so each row has these facts.
        def touch(r: CaseloadRow) -> InTouch:
            assert r.facts.touch is not None
            return r.facts.touch.in_touch

        def eet(r: CaseloadRow) -> EetState:
            assert r.facts.eet is not None
            return r.facts.eet

        def accom(r: CaseloadRow) -> AccommodationState:
            assert r.facts.accom is not None
            return r.facts.accom

        def plan(r: CaseloadRow) -> PlanAlerts:
            assert r.facts.plan is not None
            return r.facts.plan

        def handover(r: CaseloadRow) -> HandoverStatus:
            assert r.facts.health is not None
            return r.facts.health

        in_touch = fig("in_touch", "In touch", [r for r in leavers if touch(r) == InTouch.YES], target="contacts")
        touch_breakdown = [fig(f"touch_{t.value}", t.label, [r for r in leavers if touch(r) == t], target="contacts")
                           for t in InTouch if t != InTouch.YES]

        def activ(r: CaseloadRow) -> str | None:
            ep = eet(r).episode
            return ep.activ if ep else None

        in_eet = fig("in_eet", "In education, employment or training",
                     [r for r in leavers if activ(r) and activ(r) not in NEET_CODES], target="eet")
        neet = [fig(f"neet_{code}", f"NEET: {why.lower()}", [r for r in leavers if activ(r) == code], target="eet")
                for code, why in NEET_REASONS.items()]
        neet.append(fig("eet_unknown", "Activity not recorded", [r for r in leavers if activ(r) is None], target="eet"))

        def accom_detail(r: CaseloadRow) -> str:
            st = accom(r)
            if st.episode is None:
                return "No accommodation recorded"
            where = ACCOMMODATION_TYPES.get(st.episode.accom_type, (st.episode.accom_type,))[0]
            if st.suitability is None:
                return f"{where}: suitability not judged"
            return f"{where}: {st.suitability.label.lower()}"

        def accom_group(r: CaseloadRow) -> str:
            st = accom(r)
            if st.episode is None:
                return HOUSING_GROUPS[4]
            if st.episode.accom_type == "W":
                return HOUSING_GROUPS[0]
            if st.episode.accom_type == "S":
                return HOUSING_GROUPS[1]
            return HOUSING_GROUPS[3] if st.suitability is None else HOUSING_GROUPS[2]

        suitable = fig("suitable", "In suitable accommodation",
                       [r for r in leavers if accom(r).suitability == Suitability.SUITABLE], target="living")
        group_order = {g: i for i, g in enumerate(HOUSING_GROUPS)}
        not_suitable = fig("not_suitable", "Not known to be suitably housed",
                           sorted((r for r in leavers if accom(r).suitability != Suitability.SUITABLE),
                                  key=lambda r: (group_order[accom_group(r)], r.display_name)),
                           target="living", detail=accom_detail, group=accom_group)

        plan_people = [r for r in leavers if r.category in OWED_A_PATHWAY_PLAN]

        def final_plan(r):
            return plan(r).has_final

        in_date = fig("plans_in_date", "Pathway plan in date",
                      [r for r in plan_people if final_plan(r) and not plan(r).review.is_overdue()],
                      total=len(plan_people), target="plan")
        overdue = fig("reviews_overdue", "Plan review overdue",
                      [r for r in plan_people if final_plan(r) and plan(r).review.is_overdue()],
                      total=len(plan_people), target="plan",
                      detail=lambda r: f"due {format_uk(plan(r).review.due)}")
        no_plan = fig("no_plan", "No finalised pathway plan", [r for r in plan_people if not final_plan(r)],
                      total=len(plan_people), target="plan")

        adults = [r for r in leavers if r.age >= HEALTH_HISTORY_AGE]
        health = fig("health_history", "Health history given (18 and over)",
                     [r for r in adults if handover(r).stage in (Stage.GIVEN, Stage.DECLINED)],
                     total=len(adults), target="health")

        threshold = self.settings.get().caseload_threshold
        caseloads = self._caseloads(scope, rows, threshold)

        since = add_months(as_at, -12)
        starts = repo.allocation_starts_between(self.store, since, as_at)
        firsts = people_repo.first_allocation_dates(self.store)

        def changes(r: CaseloadRow) -> int:
            k = starts.get(r.id, 0)
            first = firsts.get(r.id)
            return k - 1 if first and since.isoformat() <= first <= as_at.isoformat() else k

        pa_changes = fig("pa_changes", "Changed PA in the last 12 months", [r for r in leavers if changes(r) > 0],
                         target="pa", detail=lambda r: f"{changes(r)} change{'s' if changes(r) != 1 else ''}")

        duties = []
        if self.duties is not None:
            for key, (label, members, detail, target) in self.duties.dashboard_sets(rows, leavers, as_at).items():
                duties.append(fig(key, label, members, total=0, target=target, detail=detail))

        return Dashboard(as_at, self.scope_label(scope), threshold, fig("care_leavers", "Care leavers", leavers, total=0),
                         by_category, in_touch, touch_breakdown, in_eet, neet, suitable, not_suitable, in_date, overdue,
                         no_plan, health, caseloads, pa_changes, duties)

    def pdf(self, scope: Scope, as_at: date | None = None) -> bytes:
        """The dashboard as a PDF, each figure beside the same figure a quarter before, where the
        store has young people then."""
        from ..reports.dashboard_pdf import dashboard_pdf

        now = self.build(scope, as_at)
        before = self.build(scope, add_months(now.as_at, -PREVIOUS_PERIOD_MONTHS))
        return dashboard_pdf(now, self.clock.today(), previous=before if before.care_leavers.count else None)

    def write_pdf(self, scope: Scope, as_at: date | None, path) -> None:
        from ..safe_files import write_private

        data = self.pdf(scope, as_at)
        write_private(path, data)
        self.store.audit("export", "young_people", None, [], f"Dashboard as at {(as_at or self.clock.today()).isoformat()}")
        self.store.note_read(None, "printed the dashboard", f"as at {(as_at or self.clock.today()).isoformat()}")

    def _caseloads(self, scope: Scope, rows: list[CaseloadRow], threshold: int) -> list[PaLoad]:
        """Everyone each PA in the scope holds (not only care leavers: it is their workload)."""
        pa_ids = self.people.pa_ids_for(scope)
        workers = [w for w in self.workers.workers() if w.role == Role.PA and (pa_ids is None or w.id in pa_ids)]
        held = Counter(r.pa_id for r in rows)
        people: dict[str | None, list[Person]] = {}
        for r in rows:
            people.setdefault(r.pa_id, []).append(_person(r))
        out = [PaLoad(w.id, w.name, held.get(w.id, 0), held.get(w.id, 0) > threshold, people.get(w.id, [])) for w in workers]
        if held.get(None):
            out.append(PaLoad(None, "Unallocated", held[None], False, people[None]))
        return sorted(out, key=lambda p: (-p.count, p.name))

    def scope_label(self, scope: Scope) -> str:
        if scope.kind == ScopeKind.ALL:
            return "The whole service"
        if scope.worker_id is None:
            return scope.kind.label
        w = self.workers.get(scope.worker_id)
        if scope.kind == ScopeKind.TEAM:
            return f"Team: {w.team_name or w.name}"
        return f"Caseload of {w.name}"


def _person(r: CaseloadRow, detail: str = "") -> Person:
    return Person(r.id, r.display_name, r.la_id, r.pa_name, detail)
