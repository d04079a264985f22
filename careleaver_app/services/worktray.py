"""The work tray: for me, my team or a chosen PA, everything due or overdue, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.attention import TrayCounts, needs
from ..domain.dates import format_uk, from_iso
from ..domain.eligibility import OWED_A_PATHWAY_PLAN, Category
from ..domain.worktray import ItemKind, WorkItem, sort_by_urgency
from ..storage import contacts as contacts_repo
from ..storage import plans as plans_repo
from ..storage.store import Store
from .context import Clock
from .people import CaseloadRow, PeopleService, Scope
from .settings import SettingsService

# The kinds of work, grouped as a PA and a manager think of them (the tray's filter and the
# manager's summary). Every ItemKind is in exactly one group.
KIND_GROUPS: dict[str, frozenset[ItemKind]] = {
    "Keeping in touch": frozenset({ItemKind.LOST_TOUCH, ItemKind.STATUTORY_VISIT, ItemKind.CONTACT, ItemKind.FOLLOW_UP}),
    "Pathway plans": frozenset({ItemKind.NO_PLAN, ItemKind.DRAFT_PLAN, ItemKind.REVIEW, ItemKind.ACTION,
                                ItemKind.CONTINGENCY_CHECK}),
    "Where they live": frozenset({ItemKind.UNSUITABLE, ItemKind.SUITABILITY, ItemKind.ARRANGEMENT_ENDING,
                                  ItemKind.CUSTODY_RELEASE, ItemKind.DUTY_TO_REFER, ItemKind.STAYING_CLOSE}),
    "Health": frozenset({ItemKind.HEALTH_HISTORY, ItemKind.REFERRAL, ItemKind.CONSENT}),
    "Duties and documents": frozenset({ItemKind.DEATH_NOTIFICATION, ItemKind.NO_PA, ItemKind.DOCUMENTS, ItemKind.LEAVE_EXPIRY,
                                          ItemKind.OFFER_AT_21, ItemKind.REQUEST}),
    "Their rights": frozenset({ItemKind.SUBJECT_ACCESS}),
    "Conflicts to resolve": frozenset({ItemKind.CONFLICT}),  # a team manager's (team server)
}
OWED_OR_ADVISED = frozenset(OWED_A_PATHWAY_PLAN | {Category.QUALIFYING})
GROUP_OF = {kind: group for group, kinds in KIND_GROUPS.items() for kind in kinds}


def pressing(item: WorkItem) -> bool:
    """Overdue, or needing doing now (undated): what a manager looks at first."""
    return item.overdue or item.due is None


@dataclass(frozen=True)
class PaSummary:
    """One PA's tray in a team's: per group of kinds, (pressing, all); and the young people."""

    pa_name: str
    counts: dict[str, tuple[int, int]]
    total: tuple[int, int]
    people: int

    def count(self, group: str | None) -> tuple[int, int]:
        return self.total if group is None else self.counts.get(group, (0, 0))


def summarise(items: list[WorkItem]) -> list[PaSummary]:
    """The tray by PA and by kind: most pressing PA first."""
    by_pa: dict[str, list[WorkItem]] = {}
    for i in items:
        by_pa.setdefault(i.pa_name, []).append(i)
    out = []
    for pa, theirs in by_pa.items():
        counts: dict[str, list[int]] = {}
        for i in theirs:
            c = counts.setdefault(GROUP_OF[i.kind], [0, 0])
            c[0] += pressing(i)
            c[1] += 1
        out.append(PaSummary(pa, {g: (c[0], c[1]) for g, c in counts.items()},
                             (sum(pressing(i) for i in theirs), len(theirs)), len({i.person_id for i in theirs})))
    return sorted(out, key=lambda s: (-s.total[0], -s.total[1], s.pa_name))


class WorkTrayService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService, people: PeopleService):
        self.store = store
        self.clock = clock
        self.settings = settings
        self.people = people
        self._extra_sources: list = []
        self._ended_sources: list = []

    def add_source(self, fn, *, ended: bool = False) -> None:
        """Later capabilities add items: ``fn(rows, as_at, horizon) -> list[WorkItem]``. ``ended``:
        the source is given the young people whose duties have ended instead (a death still has
        its notification to make)."""
        (self._ended_sources if ended else self._extra_sources).append(fn)

    def items(self, scope: Scope, as_at: date | None = None) -> list[WorkItem]:
        """Everything due or overdue for the young people in ``scope``, most urgent first."""
        as_at = as_at or self.clock.today()
        return self.items_for_rows(self.people.caseload(scope, as_at=as_at), as_at)

    def items_for_rows(self, all_rows: list, as_at: date, horizon: date | None = None, *, ordered: bool = True) -> list[WorkItem]:
        """The same, for caseload rows already carrying their plan and keeping-in-touch facts.
        ``horizon``: how far ahead "due soon" reaches (default: the local setting)."""
        horizon = horizon or self._horizon(as_at)
        rows = _open_rows(all_rows)
        items = self._row_items(rows, as_at, horizon, _ended_rows(all_rows))
        by_id = {r.id: r for r in rows}
        actions, checks, followups = self._dated_sources(list(by_id), horizon)
        add = _adder(items, as_at)
        for a in actions:
            add(by_id[a["person_id"]], ItemKind.ACTION, _action_due(a), f"Plan action: {a['what']} ({a['owner_name']})",
                f"plan:section:{a['section']}", a["id"])
        for c in checks:
            add(by_id[c["person_id"]], ItemKind.CONTINGENCY_CHECK, _check_due(c), f"Check the contingency: if {c['trigger_text']}",
                f"plan:section:{c['section'] or 'contingency'}", c["id"])
        for f in followups:
            add(by_id[f.person_id], ItemKind.FOLLOW_UP, f.due, f"Follow-up: {f.what} ({f.owner})", "contacts", f.id)
        return sort_by_urgency(items) if ordered else items

    def _horizon(self, as_at: date) -> date:
        return as_at + timedelta(days=self.settings.get().worktray_days_ahead)

    def _row_items(self, rows: list[CaseloadRow], as_at: date, horizon: date, ended: list[CaseloadRow] | None = None) -> list[WorkItem]:
        """Items from the facts each caseload row carries (keeping in touch, the plan, and the
        other capabilities' sources; ``ended``: rows whose duties have ended, for those sources)."""
        items: list[WorkItem] = []
        add = _adder(items, as_at)
        for r in rows:
            # What needs attention is judged once (domain.attention); the tray adds what falls due
            # by its horizon, and dates each item.
            touch = r.facts.touch
            if touch is not None and needs(r, "not_in_touch"):
                since = f"since {format_uk(touch.last_successful.date())}" if touch.last_successful else "ever"
                add(r, ItemKind.LOST_TOUCH, touch.last_successful.date() if touch.last_successful else None,
                    f"Not reached {since}: take steps to re-establish contact and log each attempt", "contacts")
            if touch is not None and touch.decision is None and touch.due.due <= horizon:
                kind = ItemKind.STATUTORY_VISIT if touch.due.statutory else ItemKind.CONTACT
                add(r, kind, touch.due.due, touch.due.reason[:1].upper() + touch.due.reason[1:], "contacts")
            plan = r.facts.plan
            if plan is not None and r.category in OWED_A_PATHWAY_PLAN:
                # The first plan (and the needs assessment) is due 3 months after they were first owed
                # one (domain.duties.first_plan_due; CPPCR 2010 reg 42, CLR 2010 reg 5).
                first_due = r.facts.first_plan_due
                by = f" by {format_uk(first_due)} (CPPCR 2010 reg 42; CLR 2010 reg 5)" if first_due else " (CLR 2010 reg 6)"
                if needs(r, "no_plan"):
                    add(r, ItemKind.NO_PLAN, first_due, f"No pathway plan: assess their needs and write the plan{by}", "plan")
                elif needs(r, "plan_not_finalised"):
                    add(r, ItemKind.DRAFT_PLAN, first_due if not plan.has_final else None,
                        "The plan is a draft: finalise it" + (by if first_due and not plan.has_final else ""), "plan")
                elif plan.review.due is not None and plan.review.due <= horizon:
                    add(r, ItemKind.REVIEW, plan.review.due, f"Review due: {plan.review.reason}", "plan")
        for source in self._extra_sources:
            items.extend(source(rows, as_at, horizon))
        if ended:
            for source in self._ended_sources:
                items.extend(source(ended, as_at, horizon))
        return items

    def _dated_sources(self, ids: list[str], horizon: date, *, dates_only: bool = False) -> tuple[list[dict], list[dict], list]:
        """The open plan actions and contingency checks in each latest plan, and the open
        follow-ups, that fall due by ``horizon``: one item each (``dates_only``: the plan rows
        carry only the person and the dates, enough to count them)."""
        if not ids:
            return [], [], []
        day_after = horizon + timedelta(days=1)
        actions, checks = ((plans_repo.overdue_action_dates, plans_repo.due_check_dates) if dates_only else
                           (plans_repo.overdue_actions, plans_repo.due_checks))
        return (actions(self.store, day_after, ids), checks(self.store, day_after, ids),
                [f for f in contacts_repo.open_followups(self.store, ids) if f.due is not None and f.due <= horizon])

    def extend_caseload(self, rows: list[CaseloadRow], as_at: date) -> None:
        """Caseload column: how many tray items each young person has, and how many are overdue
        (or undated). The dated items (actions, checks, follow-ups) are counted without being made."""
        horizon = self._horizon(as_at)
        counts: dict[str, list[int]] = {}

        def count(person_id: str, pressing: bool) -> None:
            c = counts.setdefault(person_id, [0, 0])
            c[0] += 1
            c[1] += pressing

        open_rows = _open_rows(rows)
        for item in self._row_items(open_rows, as_at, horizon, _ended_rows(rows)):
            count(item.person_id, item.overdue or item.due is None)
        actions, checks, followups = self._dated_sources([r.id for r in open_rows], horizon, dates_only=True)
        for a in actions:
            count(a["person_id"], _action_due(a) < as_at)
        for c in checks:
            count(c["person_id"], _check_due(c) < as_at)
        for f in followups:
            count(f.person_id, f.due < as_at)
        for r in rows:
            total, pressing = counts.get(r.id, (0, 0))
            r.facts.tray = TrayCounts(total, pressing)


def _adder(items: list[WorkItem], as_at: date):
    """``add(row, kind, due, reason, target, ref="")``: a tray item for a caseload row, into ``items``."""
    def add(row, kind, due, reason, target, ref=""):
        items.append(WorkItem(row.id, row.display_name, row.pa_name, kind, due, reason, as_at, target, ref))
    return add


def _open_rows(rows: list) -> list:
    """The young people the tray is about: owed leaving-care duties now, not archived."""
    return [r for r in rows if r.category_active and not r.archived]


def _ended_rows(rows: list) -> list:
    """Care leavers whose duties have ended (not archived): the sources for them decide what is left."""
    return [r for r in rows if not r.category_active and not r.archived and r.category in OWED_OR_ADVISED]


def _action_due(a: dict) -> date:
    return from_iso(a["target_date"])


def _check_due(c: dict) -> date:
    return from_iso(c["next_check_by"] or c["check_by"])
