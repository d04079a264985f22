"""Duties and clocks beyond plans, visits and health (issue 25): the first needs assessment and
pathway plan, a personal adviser from 16, notifying a care leaver's death, identity documents,
immigration status and leave, and release from custody.

Each rule lives here once, with its source; every rule takes the date it is judged on (``as_at``)
and never reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .codes import IMMIGRATION_STATUSES, is_code, label_for
from .dates import add_months, add_working_days, age_on, format_uk, nth_birthday
from .eligibility import OWED_A_PATHWAY_PLAN, Category, CategoryResult
from .errors import Collector

# -- 1. The needs assessment and the first pathway plan ------------------------------------------
# CPPCR 2010 reg 42(1)-(2): the assessment of an eligible child's needs is completed not more than
# three months after they reach 16 or become eligible after 16, and the pathway plan is prepared as
# soon as possible after it (reg 43); CLR 2010 reg 5(1): for a relevant child not assessed while
# eligible, not more than three months after they become relevant. The app dates both the
# assessment and the first plan on that day (the issue; a plan's first finalised version records them).
NEEDS_ASSESSMENT_MONTHS = 3


def plan_owed_from(timeline: list[tuple[date, CategoryResult]]) -> date | None:
    """The first day the young person was owed a pathway plan (eligible, relevant or former
    relevant, duties active): the later of the 16th birthday and becoming eligible. ``timeline``
    is ``eligibility.category_timeline``'s answer."""
    for day, r in timeline:
        if r.category in OWED_A_PATHWAY_PLAN and r.active:
            return day
    return None


def first_plan_due(owed_from: date) -> date:
    """The needs assessment and first pathway plan are due by this day (overdue the day after)."""
    return add_months(owed_from, NEEDS_ASSESSMENT_MONTHS)


# -- 2. A personal adviser from 16 -----------------------------------------------------------------
# CA 1989 Sch 2 para 19C (eligible children), s.23B(2) (relevant children), s.23C(3)(a) (former
# relevant young people): the LA arranges for each to have a personal adviser. Owed from the day
# they enter the category, so an eligible, relevant or former relevant young person with no PA is
# overdue from then (Ofsted found over a quarter met their PA only at 18 or later).
NEEDS_A_PA = OWED_A_PATHWAY_PLAN


def needs_a_pa(category: Category, active: bool, pa_id: str | None) -> bool:
    return active and category in NEEDS_A_PA and pa_id is None


# -- 4. Notifying the death of a care leaver --------------------------------------------------------
# Working Together to Safeguard Children 2023, ch. 6 (notifiable incidents): the LA notifies the
# Secretary of State (through the DfE) and Ofsted of the death of a care leaver up to the age of 25
# within 5 working days of learning of it. Working days leave out weekends and bank holidays (a
# local setting: BANK_HOLIDAYS_DEFAULT is shipped, and a team manager keeps the list).
DEATH_NOTIFICATION_WORKING_DAYS = 5
DEATH_NOTIFIABLE_BELOW_AGE = 25

# England and Wales bank holidays 2025-2028 (gov.uk/bank-holidays, substitute days included).
# Shipped as the default of the local setting; a manager adds later years and any extra day.
BANK_HOLIDAYS_DEFAULT: tuple[date, ...] = tuple(date.fromisoformat(d) for d in (
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
))


def death_is_notifiable(dob: date, died_on: date) -> bool:
    """A care leaver who died before their 25th birthday."""
    return died_on >= dob and age_on(dob, died_on) < DEATH_NOTIFIABLE_BELOW_AGE


def death_notification_due(learned_on: date, bank_holidays) -> date:
    """The last day to notify: the 5th working day after the day the LA learned of the death."""
    return add_working_days(learned_on, DEATH_NOTIFICATION_WORKING_DAYS, bank_holidays)


@dataclass
class DeathNotification:
    person_id: str
    learned_on: date | None = None
    sos_notified_on: date | None = None  # the Secretary of State, through the DfE
    ofsted_notified_on: date | None = None
    notes: str = ""
    id: str | None = None

    @property
    def done(self) -> bool:
        return self.sos_notified_on is not None and self.ofsted_notified_on is not None

    def outstanding(self) -> list[str]:
        return [who for who, on in (("the Secretary of State (DfE)", self.sos_notified_on), ("Ofsted", self.ofsted_notified_on))
                if on is None]


def validate_death_notification(n: DeathNotification, died_on: date | None, as_at: date) -> None:
    c = Collector()
    if c.day_up_to(n.learned_on, "learned_on", "Learned of the death on", as_at, missing="the date the service learned of the death",
                   future="is in the future") and died_on is not None and n.learned_on < died_on:
        c.add("learned_on", "Learned of the death on", f"is before the date of death ({format_uk(died_on)})")
    for field, label, on in (("sos_notified_on", "Secretary of State notified on", n.sos_notified_on),
                             ("ofsted_notified_on", "Ofsted notified on", n.ofsted_notified_on)):
        if on is None:
            continue
        if on > as_at:
            c.add(field, label, "is in the future")
        elif n.learned_on is not None and on < n.learned_on:
            c.add(field, label, "is before the service learned of the death")
    c.raise_if_any()


# -- 8. Identity documents --------------------------------------------------------------------------
# Vol 3 (Planning transition to adulthood, 2022) ch. 7 and the local offer (CSWA 2017 s.2): before
# they leave care a young person should hold their birth certificate, a passport or ID, their
# National Insurance number, a bank account, and be registered with a GP and to vote. Practice
# (unconfirmed): outstanding documents are flagged from 6 months before the 18th birthday and due by it.
IDENTITY_DOCUMENTS = {
    "birth_certificate": "Birth certificate",
    "passport_or_id": "Passport or photo ID",
    "ni_number": "National Insurance number",
    "bank_account": "Bank account",
    "gp_registration": "Registered with a GP",
    "voter_registration": "Registered to vote",
}
DOCUMENT_STATUSES = {"held": "Held", "applied": "Applied for", "not_needed": "Not needed", "": "Not recorded"}
DOCUMENTS_DUE_AGE = 18
DOCUMENTS_FLAG_MONTHS_BEFORE = 6


@dataclass
class IdentityDocument:
    kind: str
    status: str = ""
    on: date | None = None  # held since / applied on
    notes: str = ""
    id: str | None = None

    @property
    def label(self) -> str:
        return IDENTITY_DOCUMENTS.get(self.kind, self.kind)

    @property
    def outstanding(self) -> bool:
        return self.status not in ("held", "not_needed")


def documents_due(dob: date) -> date:
    return nth_birthday(dob, DOCUMENTS_DUE_AGE)


def documents_flagged_from(dob: date) -> date:
    return add_months(documents_due(dob), -DOCUMENTS_FLAG_MONTHS_BEFORE)


def outstanding_documents(docs: list[IdentityDocument]) -> list[IdentityDocument]:
    """Every kind, in order, that is neither held nor not needed (a kind with no row counts)."""
    by_kind = {d.kind: d for d in docs}
    return [by_kind.get(k, IdentityDocument(k)) for k in IDENTITY_DOCUMENTS if by_kind.get(k, IdentityDocument(k)).outstanding]


def validate_documents(docs: list[IdentityDocument], as_at: date) -> None:
    c = Collector()
    for d in docs:
        if d.kind not in IDENTITY_DOCUMENTS:
            c.add("documents", "Identity documents", f"{d.kind}: not a document the app knows")
        if d.status not in DOCUMENT_STATUSES:
            c.add(d.kind, d.label, "choose held, applied for or not needed")
        if d.on is not None and d.on > as_at:
            c.add(d.kind, d.label, "the date is in the future")
        if d.status == "applied" and d.on is None:
            c.add(d.kind, d.label, "enter the date it was applied for (dd/mm/yyyy)")
    c.raise_if_any()


# -- 7. Immigration status, for anyone --------------------------------------------------------------
# Immigration Rules Part 1 / Home Office guidance: limited leave must be extended before it expires
# (an in-time application keeps the person's rights, Immigration Act 1971 s.3C). Practice
# (unconfirmed, a local setting): the work tray raises it this many months before expiry so the
# application, legal advice and triple planning (Vol 3 for UASC: staying in the UK, return, a third
# country) are in hand. British Nationality Act 1981 s.1(4) / Sch 2 / s.3(1): registration as a
# British citizen where entitled (a free application for a child in care since 2022, when made by 18).
# The statuses are the young person's own field (codes.IMMIGRATION_STATUSES, on the Details tab
# and the Identity tab alike): these are the ones that are limited leave, with an end date.
STATUSES_WITH_EXPIRY = frozenset({"uasc_leave", "refugee", "humanitarian", "limited_leave"})


@dataclass
class ImmigrationStatus:
    person_id: str
    status: str = ""  # a code of codes.IMMIGRATION_STATUSES ("": not applicable / not recorded)
    leave_expires: date | None = None
    home_office_ref: str = ""
    legal_representative: str = ""
    triple_plan: str = ""  # staying in the UK; return; elsewhere (UASC)
    citizenship_entitled: bool = False
    citizenship_applied_on: date | None = None
    citizenship_decided: str = ""  # "", "registered", "refused"
    notes: str = ""
    id: str | None = None

    @property
    def label(self) -> str:
        return label_for(IMMIGRATION_STATUSES, self.status) if self.status else "Not recorded"


def leave_expiry_flagged_from(expires: date, warning_months: int) -> date:
    """From this day the work tray says leave is expiring (``warning_months`` before expiry)."""
    return add_months(expires, -warning_months)


def leave_needs_action(st: ImmigrationStatus, as_at: date, warning_months: int) -> bool:
    """Leave with an expiry date inside the warning window (or already passed)."""
    return (st.status in STATUSES_WITH_EXPIRY and st.leave_expires is not None
            and as_at >= leave_expiry_flagged_from(st.leave_expires, warning_months))


def validate_immigration(st: ImmigrationStatus, as_at: date) -> None:
    c = Collector()
    if not st.status or not is_code(IMMIGRATION_STATUSES, st.status):
        c.add("status", "Immigration status", "choose a status")
    if st.status in STATUSES_WITH_EXPIRY and st.leave_expires is None:
        c.add("leave_expires", "Leave expires on", "enter the date the leave ends (dd/mm/yyyy): the work tray reminds you before it")
    if st.status not in STATUSES_WITH_EXPIRY and st.leave_expires is not None:
        c.add("leave_expires", "Leave expires on", f"{st.label.lower()} has no expiry date: leave it empty")
    if st.citizenship_applied_on is not None and st.citizenship_applied_on > as_at:
        c.add("citizenship_applied_on", "Registration applied for on", "is in the future")
    c.raise_if_any()


# -- 5. Release from custody ------------------------------------------------------------------------
# CLR 2010 reg 7(1)(b) with reg 9: the plan is reviewed when accommodation changes, and suitable
# accommodation is arranged before release (Vol 3 ch. 7, young people in custody). Practice
# (unconfirmed): the review and accommodation work are due this many days before the release date.
RELEASE_PREPARATION_DAYS = 28
CUSTODY = "X"  # the 903 accommodation code for custody


def release_work_due(release_on: date) -> date:
    return release_on - timedelta(days=RELEASE_PREPARATION_DAYS)


@dataclass
class CustodyRelease:
    person_id: str
    release_on: date | None = None
    plan_reviewed_on: date | None = None  # the pathway plan reviewed for the release
    accommodation_arranged_on: date | None = None  # where they will live on release arranged
    notes: str = ""
    id: str | None = None

    def outstanding(self) -> list[str]:
        return [what for what, on in (("review the plan", self.plan_reviewed_on),
                                      ("arrange accommodation", self.accommodation_arranged_on)) if on is None]


def release_work_needed(c: CustodyRelease | None, accom_type: str | None) -> bool:
    """In custody now, with a release date, and the review or the accommodation still to do."""
    return accom_type == CUSTODY and c is not None and c.release_on is not None and bool(c.outstanding())


def validate_custody(c: CustodyRelease, as_at: date) -> None:
    col = Collector()
    if c.release_on is None:
        col.add("release_on", "Release date", "enter the expected release date (dd/mm/yyyy)")
    for field, label, on in (("plan_reviewed_on", "Plan reviewed on", c.plan_reviewed_on),
                             ("accommodation_arranged_on", "Accommodation arranged on", c.accommodation_arranged_on)):
        if on is not None and on > as_at:
            col.add(field, label, "is in the future")
    col.raise_if_any()


# -- 3. The offer of PA support to 25, made at 21 ----------------------------------------------------
# CA 1989 s.23CZB (inserted by CSWA 2017 s.3): a former relevant young person aged 21 to 25 who asks
# for it gets a PA's advice and support. Statutory guidance (Extending Personal Adviser support to all
# care leavers to age 25, DfE 2018): the LA offers it as they reach 21, and again at least once a
# year to those who decline or do not answer (unconfirmed: the yearly re-offer is the guidance's
# reading). The offer is flagged from 3 months before the 21st birthday; an accepted offer means
# they have asked for support (the person's "support requested to 25", which keeps duties to 25).
OFFER_AGE = 21
OFFER_FLAG_MONTHS_BEFORE = 3
REOFFER_MONTHS = 12
OFFER_OUTCOMES = {"accepted": "Accepted: wants a PA's support", "declined": "Declined for now", "no_reply": "No answer yet"}


@dataclass
class PaOffer:
    person_id: str
    offered_on: date | None = None
    how: str = ""
    outcome: str = ""
    notes: str = ""
    id: str | None = None

    @property
    def outcome_label(self) -> str:
        return OFFER_OUTCOMES.get(self.outcome, "")


def offer_due(dob: date, offers: list[PaOffer], as_at: date) -> date | None:
    """When the offer of support to 25 is (next) due for a former relevant young person who has not
    asked for it; None once accepted, or from the 25th birthday."""
    if as_at >= nth_birthday(dob, 25):
        return None
    b21 = nth_birthday(dob, OFFER_AGE)
    made = sorted((o for o in offers if o.offered_on and o.offered_on >= add_months(b21, -OFFER_FLAG_MONTHS_BEFORE)),
                  key=lambda o: o.offered_on)
    if not made:
        return b21
    if made[-1].outcome == "accepted":
        return None
    return add_months(made[-1].offered_on, REOFFER_MONTHS)


def offer_flagged_from(due: date) -> date:
    return add_months(due, -OFFER_FLAG_MONTHS_BEFORE)


def validate_offer(o: PaOffer, dob: date, as_at: date) -> None:
    c = Collector()
    if c.day_up_to(o.offered_on, "offered_on", "Offered on", as_at, missing="the date the offer was made",
                   future="is in the future") and o.offered_on < add_months(nth_birthday(dob, OFFER_AGE), -OFFER_FLAG_MONTHS_BEFORE):
        c.add("offered_on", "Offered on", "is more than 3 months before their 21st birthday: the offer is made at 21")
    if o.outcome not in OFFER_OUTCOMES:
        c.add("outcome", "Outcome", "choose accepted, declined or no answer yet")
    c.raise_if_any()


# -- 9 and 10. Requests to other bodies (the corporate parents), and the duty to refer --------------------
# CSWA 2017 s.1: corporate parenting principles (the LA acts as a good parent would, including asking
# other bodies for what the young person needs). The log shows what was asked, of whom, and what came
# back. A request not answered by its chase date (default 4 weeks after it was made: unconfirmed, a
# practice reading) is a tray item and a dashboard figure.
# Housing Act 1996 s.213B (inserted by the Homelessness Reduction Act 2017 s.10): a specified public
# authority (social services among them) that thinks someone may be homeless or threatened with
# homelessness (s.175(4): likely to become homeless within 56 days) refers them, with their consent,
# to the housing authority they choose. A young person flagged at risk with no such referral since
# the flag is a tray item.
BODY_KINDS = {"dwp": "DWP (benefits, Jobcentre)", "nhs": "NHS (GP, hospital, mental health)", "housing": "Housing authority",
              "home_office": "Home Office", "college": "College, school or university", "other": "Other"}
REQUEST_CHASE_DAYS = 28


@dataclass
class AgencyRequest:
    person_id: str
    body_kind: str = ""
    body_name: str = ""
    what: str = ""
    asked_on: date | None = None
    chase_by: date | None = None
    answered_on: date | None = None
    answer: str = ""
    duty_to_refer: bool = False  # a referral under Housing Act 1996 s.213B
    consent: bool = False  # the young person agreed to the referral (s.213B(3))
    notes: str = ""
    id: str | None = None

    @property
    def body_label(self) -> str:
        return BODY_KINDS.get(self.body_kind, self.body_kind) + (f": {self.body_name}" if self.body_name else "")

    def waiting(self, as_at: date) -> bool:
        """Not answered, and past its chase date."""
        return self.answered_on is None and self.chase_by is not None and self.chase_by < as_at


def request_chase_by(asked_on: date) -> date:
    return asked_on + timedelta(days=REQUEST_CHASE_DAYS)


def validate_request(r: AgencyRequest, as_at: date) -> None:
    c = Collector()
    if r.body_kind not in BODY_KINDS:
        c.add("body_kind", "Asked of", "choose the body asked (DWP, NHS, housing, the Home Office, a college, other)")
    if not r.what.strip():
        c.add("what", "What was asked", "say what was asked for")
    c.day_up_to(r.asked_on, "asked_on", "Asked on", as_at, missing="the date it was asked", future="is in the future")
    if r.answered_on is not None:
        if r.answered_on > as_at:
            c.add("answered_on", "Answered on", "is in the future")
        elif r.asked_on is not None and r.answered_on < r.asked_on:
            c.add("answered_on", "Answered on", "is before it was asked")
        if not r.answer.strip():
            c.add("answer", "What came back", "say what came back")
    if r.duty_to_refer:
        if r.body_kind != "housing":
            c.add("body_kind", "Asked of", "a referral under the duty to refer goes to a housing authority")
        if not r.consent:
            c.add("consent", "They agreed to the referral", "the duty to refer needs the young person's consent (s.213B(3))")
    c.raise_if_any()


@dataclass
class HomelessnessRisk:
    person_id: str
    at_risk_from: date | None = None
    reason: str = ""
    ended_on: date | None = None
    id: str | None = None

    def open_on(self, as_at: date) -> bool:
        return self.at_risk_from is not None and self.at_risk_from <= as_at and (self.ended_on is None or as_at < self.ended_on)


def needs_duty_to_refer(risk: HomelessnessRisk | None, requests: list[AgencyRequest], as_at: date) -> bool:
    """At risk of homelessness, and no referral under the duty to refer since the risk was flagged."""
    return (risk is not None and risk.open_on(as_at)
            and not any(r.duty_to_refer and r.asked_on and r.asked_on >= risk.at_risk_from for r in requests))


def validate_risk(r: HomelessnessRisk, as_at: date) -> None:
    c = Collector()
    c.day_up_to(r.at_risk_from, "at_risk_from", "At risk from", as_at, missing="the date the risk was known", future="is in the future")
    if not r.reason.strip():
        c.add("reason", "Why", "say why they may become homeless (e.g. notice to leave)")
    if r.ended_on is not None and r.at_risk_from is not None and r.ended_on < r.at_risk_from:
        c.add("ended_on", "No longer at risk from", "is before the risk began")
    c.raise_if_any()


# -- 6. Staying Close (not yet in force) ------------------------------------------------------------------
# Children's Wellbeing and Schools Act 2026 s.7, inserting CA 1989 s.23CZAA: the LA assesses whether a
# former relevant young person under 25 needs staying close support, decides, and takes account of
# their representations. Behind the local setting staying_close_duty_in_force (off until
# commencement); until then the LA's own Staying Close offer is recorded as an arrangement.
STAYING_CLOSE_BELOW_AGE = 25
STAYING_CLOSE_NEEDED = {"yes": "Needed", "no": "Not needed"}


@dataclass
class StayingCloseAssessment:
    person_id: str
    assessed_on: date | None = None
    needed: str = ""  # "yes" / "no"
    decision: str = ""  # what will be provided, or why not
    representations: str = ""  # what the young person said (their words)
    notes: str = ""
    id: str | None = None


def staying_close_owed(in_force: bool, category: Category, dob: date, as_at: date,
                       assessments: list[StayingCloseAssessment]) -> bool:
    """The duty is in force, they are former relevant and under 25, and no assessment is recorded."""
    return (in_force and category == Category.FORMER_RELEVANT and age_on(dob, as_at) < STAYING_CLOSE_BELOW_AGE
            and not any(a.assessed_on for a in assessments))


def validate_staying_close(a: StayingCloseAssessment, as_at: date) -> None:
    c = Collector()
    c.day_up_to(a.assessed_on, "assessed_on", "Assessed on", as_at, missing="the date of the assessment", future="is in the future")
    if a.needed not in STAYING_CLOSE_NEEDED:
        c.add("needed", "Staying close support", "say whether it is needed")
    if not a.decision.strip():
        c.add("decision", "The decision", "record what was decided and why")
    if not a.representations.strip():
        c.add("representations", "Their views", "record what the young person said (s.23CZAA asks for their representations)")
    c.raise_if_any()
