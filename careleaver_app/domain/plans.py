"""Pathway plans: the ten Schedule 1 matters, actions, contingencies, versions and reviews.

Sources: Care Leavers (England) Regulations 2010 (CLR 2010) reg 6 and Schedule 1 (what a
pathway plan covers), reg 7 (reviews); statutory guidance "Planning transition to adulthood
for care leavers" (Vol 3) for practice (the young person's own words, a copy they understand).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .dates import add_days, add_months, format_uk


class SectionKey(Enum):
    CONTACT = "contact"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    CONTINGENCY = "contingency"
    ACCOMMODATION = "accommodation"
    RELATIONSHIPS = "relationships"
    INDEPENDENCE = "independence"
    FINANCE = "finance"
    HEALTH = "health"
    IDENTITY = "identity"


@dataclass(frozen=True)
class SectionInfo:
    key: SectionKey
    number: int  # CLR 2010 Schedule 1 paragraph
    statutory_title: str
    plain_title: str  # the young person's words for it (the plan is theirs)
    prompt: str  # what a PA should cover


# CLR 2010 Schedule 1: the matters a pathway plan must deal with, in order.
SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo(SectionKey.CONTACT, 1, "Contact and personal support", "Who supports me and how we keep in touch",
                "The nature and level of contact and personal support, and who will give it."),
    SectionInfo(SectionKey.EDUCATION, 2, "Education and training", "Learning",
                "A detailed plan for education or training."),
    SectionInfo(SectionKey.EMPLOYMENT, 3, "Employment or other purposeful activity", "Work and things I do",
                "How they will be helped into employment or other purposeful activity or occupation."),
    SectionInfo(SectionKey.CONTINGENCY, 4, "Contingency plans", "If things go wrong",
                "What happens if the plan stops working for any reason: who does what, and how to reach them."),
    SectionInfo(SectionKey.ACCOMMODATION, 5, "Accommodation", "Where I live",
                "Details of the accommodation and an assessment of its suitability (Schedule 2)."),
    SectionInfo(SectionKey.RELATIONSHIPS, 6, "Family and social relationships", "My family and friends",
                "Support to develop and sustain family and social relationships."),
    SectionInfo(SectionKey.INDEPENDENCE, 7, "Practical and other skills for living independently", "Looking after myself",
                "Programmes to develop practical and other skills needed to live independently."),
    SectionInfo(SectionKey.FINANCE, 8, "Financial support", "Money",
                "Financial support, in particular for accommodation and maintenance."),
    SectionInfo(SectionKey.HEALTH, 9, "Health needs, including mental health", "My health",
                "Health needs, including mental health needs, and how they are to be met."),
    SectionInfo(SectionKey.IDENTITY, 10, "Identity", "Who I am",
                "Needs arising from religious persuasion, racial origin, cultural and linguistic background."),
)
SECTION_INFO = {s.key: s for s in SECTIONS}

# CLR 2010 reg 7(2): a pathway plan is reviewed at intervals of not more than six months.
REVIEW_INTERVAL_MONTHS = 6


class PlanStatus(Enum):
    DRAFT = "draft"
    FINAL = "final"


class OwnerKind(Enum):
    PA = "pa"
    YOUNG_PERSON = "young_person"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"pa": "Personal adviser", "young_person": "Young person", "other": "Someone else"}[self.value]


class ActionStatus(Enum):
    OPEN = "open"
    DONE = "done"
    NOT_NEEDED = "not_needed"

    @property
    def label(self) -> str:
        return {"open": "To do", "done": "Done", "not_needed": "No longer needed"}[self.value]


class ContingencyKind(Enum):
    CONTINGENCY = "contingency"
    SAFETY = "safety"  # a safety plan (going missing, exploitation): now, and if the risk rises

    @property
    def label(self) -> str:
        return {"contingency": "Contingency", "safety": "Safety plan"}[self.value]


class ReviewSource(Enum):
    YOUNG_PERSON = "young_person"
    PA = "pa"
    MANAGER = "manager"
    ACCOMMODATION_MOVE = "accommodation_move"

    @property
    def label(self) -> str:
        return {"young_person": "The young person asked", "pa": "The PA asked", "manager": "The manager asked",
                "accommodation_move": "Change of accommodation"}[self.value]

    @property
    def can_be_withdrawn(self) -> bool:
        # CLR 2010 reg 7(1)(c)/(4): a review the young person asks for cannot be refused.
        return self != ReviewSource.YOUNG_PERSON


@dataclass
class PlanAction:
    what: str
    owner_kind: OwnerKind
    owner_name: str  # the PA's or young person's name, or the named person or agency
    target_date: date | None
    section: SectionKey
    status: ActionStatus = ActionStatus.OPEN
    done_date: date | None = None
    status_reason: str = ""
    id: str | None = None
    position: int = 0

    def is_overdue(self, as_at: date) -> bool:
        return self.status == ActionStatus.OPEN and self.target_date is not None and self.target_date < as_at

    @property
    def who(self) -> str:
        if self.owner_kind == OwnerKind.OTHER:
            return self.owner_name
        return f"{self.owner_name} ({self.owner_kind.label.lower()})" if self.owner_name else self.owner_kind.label


@dataclass
class Contingency:
    trigger: str  # "If I lose my tenancy" / for a safety plan: the risk
    response: str  # what happens then / for a safety plan: what to do now
    who: str  # who acts, with how to reach them
    check_by: date | None  # when it is checked again
    section: SectionKey | None = None  # None = a plan-level contingency (Schedule 1 para 4)
    kind: ContingencyKind = ContingencyKind.CONTINGENCY
    escalation: str = ""  # safety plans: what to do if the risk rises
    last_checked: date | None = None
    id: str | None = None
    position: int = 0

    @property
    def plan_level(self) -> bool:
        return self.section is None or self.section == SectionKey.CONTINGENCY

    def check_overdue(self, as_at: date) -> bool:
        return self.check_by is not None and self.check_by < as_at

    def sentence(self) -> str:
        """The contingency as the young person reads it: "If … then … (who)"."""
        trig = _strip_lead(self.trigger, "if")
        resp = _strip_lead(self.response, "then")
        return f"If {trig}, then {resp} ({self.who})"


_LOWER_STARTS = {"my", "the", "a", "an", "there", "it", "we", "you", "your", "they", "he", "she", "someone",
                 "anyone", "nobody", "this", "that", "things", "money", "work", "college", "school"}


def _strip_lead(text: str, word: str) -> str:
    """Drop a leading "If"/"Then" the writer already typed; lower-case a common first word
    so the sentence reads on ("If my tenancy ends, then …"), leaving names as written."""
    t = " ".join((text or "").split()).rstrip(".")
    if t.lower().startswith(word + " "):
        t = t[len(word) + 1:]
    first = t.split(" ", 1)[0]
    if first.lower() in _LOWER_STARTS:
        t = first.lower() + t[len(first):]
    return t


@dataclass
class PlanSection:
    key: SectionKey
    need: str = ""  # the assessed need and what will be done
    own_words: str = ""  # the young person's words

    @property
    def info(self) -> SectionInfo:
        return SECTION_INFO[self.key]


@dataclass
class Oversight:
    manager_id: str
    manager_name: str
    decision: str  # "signed_off" or "returned"
    comment: str
    on: date
    id: str | None = None
    # How the manager was known to be the one acting: "team server" (their own login, checked by
    # the server), "laptop" (their own passphrase on a standalone laptop), "" (before either was
    # asked for). What each proves: docs/decisions.md, "Team work on the server".
    signed_in: str = ""

    @property
    def label(self) -> str:
        return "Signed off" if self.decision == "signed_off" else "Returned with comments"

    @property
    def text(self) -> str:
        how = {"team server": " (signed in to the team server)",
               "laptop": " (signed in on this laptop)"}.get(self.signed_in, "")
        return f"{self.label} by {self.manager_name} on {format_uk(self.on)}{how}"


@dataclass
class ReviewRequest:
    person_id: str
    source: ReviewSource
    requested_on: date
    due_by: date
    reason: str = ""
    resolved_by_plan_id: str | None = None
    withdrawn_reason: str = ""
    id: str | None = None

    @property
    def open(self) -> bool:
        return self.resolved_by_plan_id is None and not self.withdrawn_reason


@dataclass
class Plan:
    person_id: str
    version: int
    start_date: date | None
    status: PlanStatus = PlanStatus.DRAFT
    review_date: date | None = None  # set on versions produced by a review
    review_reason: str = ""
    pa_id: str | None = None
    pa_name: str = ""
    participants: str = ""  # who took part: the young person, carers, other professionals
    views: str = ""  # the young person's overall views, in their own words
    views_not_recorded_reason: str = ""
    disagreements: str = ""  # anything the young person disagrees with (Vol 3)
    copy_given_date: date | None = None
    finalised_at: str | None = None
    finalised_by: str | None = None
    sections: dict[SectionKey, PlanSection] = field(default_factory=dict)
    actions: list[PlanAction] = field(default_factory=list)
    contingencies: list[Contingency] = field(default_factory=list)
    oversight: list[Oversight] = field(default_factory=list)
    id: str | None = None

    def __post_init__(self) -> None:
        for info in SECTIONS:
            self.sections.setdefault(info.key, PlanSection(info.key))

    @property
    def is_final(self) -> bool:
        return self.status == PlanStatus.FINAL

    @property
    def plan_date(self) -> date | None:
        """The "latest pathway plan" date: the later of the start and the review (Annex A)."""
        dates = [d for d in (self.start_date, self.review_date) if d]
        return max(dates) if dates else None

    def actions_in(self, key: SectionKey) -> list[PlanAction]:
        return [a for a in self.actions if a.section == key]

    def contingencies_in(self, key: SectionKey | None) -> list[Contingency]:
        if key in (None, SectionKey.CONTINGENCY):
            return [c for c in self.contingencies if c.plan_level]
        return [c for c in self.contingencies if c.section == key]

    @property
    def oversight_status(self) -> str:
        if not self.oversight:
            return "Awaiting manager's sign-off" if self.is_final else ""
        return self.oversight[-1].text


# -- reviews --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewDue:
    due: date | None
    reason: str
    overdue_days: int = 0

    def is_overdue(self) -> bool:
        return self.overdue_days > 0


def next_scheduled_review(plan_date: date) -> date:
    """CLR 2010 reg 7(2): no more than six months after the plan or its last review."""
    return add_months(plan_date, REVIEW_INTERVAL_MONTHS)


def review_due(latest_final: Plan | None, requests: list[ReviewRequest], as_at: date) -> ReviewDue:
    """When the next review is due, and why: the earliest of the six-monthly review and any
    open request (the young person asking, a move, the PA or manager asking)."""
    if latest_final is None:
        return review_due_after(None, None, requests, as_at)
    return review_due_after(latest_final.start_date, latest_final.review_date, requests, as_at)


def review_due_after(start: date | None, reviewed: date | None, requests: list[ReviewRequest], as_at: date) -> ReviewDue:
    """``review_due`` from the latest finalised plan's start and review dates alone (the
    caseload works it out for everyone at once without reading whole plans)."""
    candidates: list[tuple[date, str]] = []
    dates = [d for d in (start, reviewed) if d]
    if dates:
        pd = max(dates)  # Plan.plan_date
        what = "review" if reviewed else "plan"
        candidates.append((next_scheduled_review(pd), f"6 months after the {what} on {format_uk(pd)}"))
    for r in requests:
        if r.open:
            candidates.append((r.due_by, f"{r.source.label} on {format_uk(r.requested_on)}" + (f": {r.reason}" if r.reason else "")))
    if not candidates:
        return ReviewDue(None, "No finalised plan yet")
    due, reason = min(candidates, key=lambda c: c[0])
    return ReviewDue(due, reason, max(0, (as_at - due).days))


def request_due_date(requested_on: date, days: int) -> date:
    return add_days(requested_on, days)


# -- the quality gate -----------------------------------------------------------------------

@dataclass(frozen=True)
class Gap:
    """Something still missing before a plan can be finalised. ``target`` says where to jump:
    "overview:<field>", "section:<key>:<field>", "action:<id or index>"."""

    target: str
    message: str


def plan_gaps(plan: Plan, as_at: date) -> list[Gap]:
    """Everything that stops a plan being finalised (CLR 2010 reg 6, Sch 1; Vol 3)."""
    gaps: list[Gap] = []
    if plan.start_date is None:
        gaps.append(Gap("overview:start_date", "Enter the date the plan starts"))
    for info in SECTIONS:
        s = plan.sections[info.key]
        if info.key == SectionKey.CONTINGENCY:
            if not plan.contingencies_in(SectionKey.CONTINGENCY):
                gaps.append(Gap("section:contingency:contingencies",
                                "Add at least one plan-level contingency: what happens if the plan stops working (Schedule 1 para 4)"))
            continue
        if not s.need.strip():
            gaps.append(Gap(f"section:{info.key.value}:need", f"{info.number}. {info.plain_title}: write down the need and what will be done"))
    for i, a in enumerate(plan.actions):
        ref = f"action:{a.id or i}"
        title = SECTION_INFO[a.section].plain_title
        label = f"Action “{_short(a.what)}” ({title})"
        if not a.what.strip():
            gaps.append(Gap(ref, f"An action in {title} has no description"))
        if a.owner_kind == OwnerKind.OTHER and not a.owner_name.strip():
            gaps.append(Gap(ref, f"{label}: say who will do it"))
        if a.target_date is None:
            gaps.append(Gap(ref, f"{label}: give it a date (the timescale)"))
    for i, c in enumerate(plan.contingencies):
        ref = f"contingency:{c.id or i}"
        if not (c.trigger.strip() and c.response.strip() and c.who.strip()):
            gaps.append(Gap(ref, f"Contingency “{_short(c.trigger)}”: say what triggers it, what happens and who acts"))
        if c.check_by is None:
            gaps.append(Gap(ref, f"Contingency “{_short(c.trigger)}”: give a date by which it is checked again"))
    if not plan.views.strip() and not plan.views_not_recorded_reason.strip():
        gaps.append(Gap("overview:views", "Record the young person's views in their own words, or why they are not recorded"))
    if plan.copy_given_date is None:
        gaps.append(Gap("overview:copy_given_date", "Enter the date a copy of the plan was given to the young person"))
    elif plan.copy_given_date > as_at:
        gaps.append(Gap("overview:copy_given_date", "The date the copy was given is in the future"))
    return gaps


def _short(text: str, n: int = 40) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


# -- input checks (nothing half-saved) ------------------------------------------------------

def validate_action(a: PlanAction, plan_start: date | None, as_at: date) -> None:
    from .errors import Collector

    c = Collector()
    c.require(a.what, "what", "What will be done", "say what will be done")
    if a.owner_kind == OwnerKind.OTHER:
        c.require(a.owner_name, "owner_name", "Who", "name the person or agency who will do it")
    if a.target_date is None:
        c.add("target_date", "By when", "give the date it will be done by (dd/mm/yyyy): every action needs a timescale")
    elif plan_start is not None and a.target_date < plan_start:
        c.add("target_date", "By when", f"is before the plan started ({format_uk(plan_start)})")
    if a.status == ActionStatus.DONE:
        if a.done_date is None:
            c.add("done_date", "Done on", "enter the date it was done")
        elif a.done_date > as_at:
            c.add("done_date", "Done on", "is in the future")
    if a.status == ActionStatus.NOT_NEEDED:
        c.require(a.status_reason, "status_reason", "Why it is no longer needed", "say why it is no longer needed")
    c.raise_if_any()


def validate_contingency(cn: Contingency, plan_start: date | None) -> None:
    from .errors import Collector

    c = Collector()
    safety = cn.kind == ContingencyKind.SAFETY
    c.require(cn.trigger, "trigger", "The risk" if safety else "If", "say what would trigger it (e.g. “I lose my tenancy”)" if not safety else "describe the risk")
    c.require(cn.response, "response", "What to do now" if safety else "Then", "say what will happen")
    c.require(cn.who, "who", "Who acts", "say who acts and how to reach them")
    if safety:
        c.require(cn.escalation, "escalation", "If the risk rises", "say what to do if the risk rises")
    if cn.check_by is None:
        c.add("check_by", "Check again by", "give a date by which it will be checked again (dd/mm/yyyy)")
    elif plan_start is not None and cn.check_by < plan_start:
        c.add("check_by", "Check again by", f"is before the plan started ({format_uk(plan_start)})")
    c.raise_if_any()


def validate_plan_header(plan: Plan, as_at: date, previous_plan_date: date | None = None) -> None:
    """Dates on the plan itself. Reviews cannot be dated in the future or before the last plan."""
    from .errors import Collector

    c = Collector()
    c.day_up_to(plan.start_date, "start_date", "Plan start date", as_at, missing="the date the plan starts",
                future="is in the future: a plan starts on the day it is agreed")
    if plan.review_date is not None:
        if plan.review_date > as_at:
            c.add("review_date", "Review date", "is in the future: record a review on or after the day it happened")
        elif previous_plan_date is not None and plan.review_date < previous_plan_date:
            c.add("review_date", "Review date", f"is before the previous plan date ({format_uk(previous_plan_date)})")
    if plan.copy_given_date is not None:
        if plan.copy_given_date > as_at:
            c.add("copy_given_date", "Copy given on", "is in the future")
        elif plan.start_date is not None and plan.copy_given_date < plan.start_date:
            c.add("copy_given_date", "Copy given on", "is before the plan started")
    for a in plan.actions:
        if plan.start_date and a.target_date and a.target_date < plan.start_date:
            c.add("actions", "Actions", f"“{_short(a.what)}” is due before the plan started ({format_uk(plan.start_date)})")
    c.raise_if_any()


@dataclass
class PlanAlerts:
    """What a person's plan needs, for the caseload and the work tray."""

    has_plan: bool
    latest_status: PlanStatus | None
    review: ReviewDue
    overdue_actions: int = 0
    overdue_checks: int = 0
    has_final: bool = False  # a finalised plan was in place on the day

    @property
    def label(self) -> str:
        if not self.has_plan:
            return "No plan"
        if self.review.due is None:
            return "Draft only"
        if self.review.is_overdue():
            return f"Review overdue {self.review.overdue_days} d"
        return f"Review by {format_uk(self.review.due)}"
