"""Health: the health record, the health-history handover, and consent to share.

Sources: statutory guidance "Promoting the health and well-being of looked-after children"
(DfE/DHSC 2015, updated 2022): young people leaving care should have as full a summary of their
health history as possible, including birth details; practice is for the looked-after-children
nursing team to prepare it between 16 and 18, often in the six months before the 18th birthday.
After 18 the information is the young person's: sharing it needs their consent (DOMAIN.md §7).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .dates import add_months, format_uk, nth_birthday
from .errors import Collector

HANDOVER_PROMPT_AGE = 16  # prompts start at 16
HANDOVER_FLAG_MONTHS_BEFORE_18 = 6  # a missing summary is flagged from 6 months before 18
ADULT_AGE = 18  # and is due by the 18th birthday: overdue from the day after, as every due date in the app

NEED_KINDS = ("physical", "mental_health", "disability", "sexual_health", "substance_use", "other")
NEED_KIND_LABELS = {"physical": "Physical health", "mental_health": "Mental health", "disability": "Disability",
                    "sexual_health": "Sexual health", "substance_use": "Drugs and alcohol", "other": "Other"}
REFERRAL_STATUSES = ("waiting", "accepted", "seen", "discharged", "declined")
REQUESTED_FROM = {"lac_nursing": "Looked-after children's nursing team", "gp": "GP", "previous_la": "Previous local authority",
                  "other": "Other"}
FORMATS = {"paper": "Paper", "digital": "Digital", "health_passport": "Health passport"}
# What consent can cover: the outputs that show health details, and who may be told.
CONSENT_SCOPES = {"plan_pdf": "Printed pathway plan", "cover_summary": "Duty cover summary", "gp": "Sharing with the GP",
                  "pa_team": "The leaving care team", "health_services": "Other health services"}


@dataclass
class HealthNeed:
    kind: str
    description: str
    how_met: str = ""
    active: bool = True
    in_passport: bool = True
    id: str | None = None

    @property
    def kind_label(self) -> str:
        return NEED_KIND_LABELS.get(self.kind, self.kind)


@dataclass
class Referral:
    service: str
    referred_on: date | None
    status: str = "waiting"
    response_due: date | None = None  # when a response is expected; waiting past it is overdue
    next_appointment: date | None = None
    notes: str = ""
    id: str | None = None

    def is_overdue(self, as_at: date) -> bool:
        return self.status == "waiting" and self.response_due is not None and self.response_due < as_at


@dataclass
class HealthRecord:
    person_id: str
    gp_practice: str = ""
    gp_phone: str = ""
    gp_registered_on: date | None = None
    dentist: str = ""
    optician: str = ""
    allergies: str = ""
    medicines: str = ""
    passport_allergies: bool = False  # the young person chooses what goes in their passport
    passport_medicines: bool = False
    nhs_number: str = ""  # optional; ten digits as stored (see nhs_number_digits), "" when not recorded
    passport_nhs_number: bool = True  # their choice; on by default (docs/decisions.md, Health)
    last_health_assessment: date | None = None  # looked-after health assessment, where known
    notes: str = ""
    needs: list[HealthNeed] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)


# The NHS number (NHS Data Dictionary, "NHS Number"): ten digits, the tenth a modulus 11 check
# digit. The first nine are weighted 10 down to 2 and summed; the check digit is 11 minus the
# remainder of that sum divided by 11, with 11 giving 0; a result of 10 is never issued, so a
# number whose digits give 10 is invalid. Printed in the 3-3-4 format ("485 777 3456").
NHS_NUMBER_LENGTH = 10
NHS_NUMBER_LABEL = "NHS number"
_NHS_NUMBER_HOW = "10 digits, as on their NHS letter or the NHS App"


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit the first nine digits call for, or None when they can have none (remainder 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))  # weights 10 down to 2
    check = 11 - total % 11
    return None if check == 10 else check % 11


def nhs_number_problem(typed: str) -> str | None:
    """What is wrong with a typed NHS number, said as the fix (None: it is fine, or left empty)."""
    digits = _without_separators(typed)
    if not digits:
        return None
    if not digits.isascii() or not digits.isdigit() or len(digits) != NHS_NUMBER_LENGTH:
        return f"{_NHS_NUMBER_HOW} (in groups of 3, 3 and 4: spaces or hyphens between them are fine)"
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        return f"{_NHS_NUMBER_HOW}; this one's check digit is wrong — check for a typing slip"
    return None


def nhs_number_digits(typed: str) -> str:
    """A valid typed NHS number as stored: its ten digits ("" when none). Check nhs_number_problem first."""
    if nhs_number_problem(typed) is not None:
        raise ValueError("not a valid NHS number")
    return _without_separators(typed)


def _without_separators(typed: str) -> str:
    """What was typed without the spaces and hyphens people put between the groups."""
    return "".join(ch for ch in typed if not ch.isspace() and ch != "-")


def format_nhs_number(digits: str) -> str:
    """Ten stored digits as people read them: "485 777 3456" ("" when none recorded)."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if digits else ""


def validate_record(rec: HealthRecord, c: Collector) -> None:
    """The health record's own rules that need no date (the NHS number)."""
    problem = nhs_number_problem(rec.nhs_number)
    if problem:
        c.add("nhs_number", NHS_NUMBER_LABEL, problem)


class Stage(Enum):
    NOT_STARTED = "not_started"
    REQUESTED = "requested"
    RECEIVED = "received"
    GIVEN = "given"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return {"not_started": "Not started", "requested": "Requested", "received": "Received", "given": "Given to them",
                "declined": "Declined by them"}[self.value]


@dataclass
class Handover:
    """The health-history handover: requested → received → explained and given (or declined)."""

    person_id: str
    requested_on: date | None = None
    requested_from: str = ""
    received_on: date | None = None
    received_by: str = ""
    given_on: date | None = None
    given_format: str = ""
    explained: bool = False
    declined_on: date | None = None
    declined_reason: str = ""
    pack_contents: str = ""  # what the health history pack contains
    notes: str = ""
    id: str | None = None

    @property
    def stage(self) -> Stage:
        return self.stage_on(date.max)

    def stage_on(self, day: date) -> Stage:
        """How far the handover had got by ``day``."""
        def by(d: date | None) -> bool:
            return d is not None and d <= day

        if by(self.declined_on):
            return Stage.DECLINED
        if by(self.given_on):
            return Stage.GIVEN
        if by(self.received_on):
            return Stage.RECEIVED
        if by(self.requested_on):
            return Stage.REQUESTED
        return Stage.NOT_STARTED


def validate_handover(h: Handover, as_at: date) -> None:
    c = Collector()
    for name, label in (("requested_on", "Requested on"), ("received_on", "Received on"), ("given_on", "Given on"),
                        ("declined_on", "Declined on")):
        d = getattr(h, name)
        if d is not None and d > as_at:
            c.add(name, label, "is in the future")
    if h.requested_on and h.requested_from not in REQUESTED_FROM:
        c.add("requested_from", "Requested from", "choose who it was requested from")
    if h.received_on:
        if h.requested_on is None:
            c.add("received_on", "Received on", "record when it was requested first")
        elif h.received_on < h.requested_on:
            c.add("received_on", "Received on", f"is before it was requested ({format_uk(h.requested_on)})")
        if not h.received_by.strip():
            c.add("received_by", "Received by", "say who received it")
    if h.given_on:
        if h.received_on is None:
            c.add("given_on", "Given on", "record when it was received first")
        elif h.given_on < h.received_on:
            c.add("given_on", "Given on", f"is before it was received ({format_uk(h.received_on)})")
        if h.given_format not in FORMATS:
            c.add("given_format", "Format", "choose paper, digital or health passport")
    if h.declined_on and not h.declined_reason.strip():
        c.add("declined_reason", "Why declined", "record what the young person said")
    c.raise_if_any()


@dataclass(frozen=True)
class HandoverStatus:
    stage: Stage
    level: str  # "", "prompt", "flag", "overdue"
    message: str
    due: date  # the 18th birthday: when it should have been given

    @property
    def needs_attention(self) -> bool:
        return self.level in ("flag", "overdue")


def handover_status(dob: date, h: Handover | None, as_at: date, *, left_care_before_tracking: bool = False) -> HandoverStatus:
    """Where the handover stands, and how urgent it is: prompts from 16, flagged from six months
    before the 18th birthday, due on the 18th birthday (it is the young person's from then) and
    overdue from the day after until it has been given (or declined). The work tray dates its item
    on the same day (``due``), so the two always say the same thing."""
    stage = h.stage_on(as_at) if h else Stage.NOT_STARTED
    b16 = nth_birthday(dob, HANDOVER_PROMPT_AGE)
    b18 = nth_birthday(dob, ADULT_AGE)
    flag_from = add_months(b18, -HANDOVER_FLAG_MONTHS_BEFORE_18)
    if stage in (Stage.GIVEN, Stage.DECLINED):
        when = h.given_on if stage == Stage.GIVEN else h.declined_on
        return HandoverStatus(stage, "", f"{stage.label} on {format_uk(when)}", b18)
    doing = {Stage.NOT_STARTED: "request it", Stage.REQUESTED: "chase it", Stage.RECEIVED: "explain it and give it to them"}[stage]
    where = {Stage.NOT_STARTED: "Not started", Stage.REQUESTED: f"Requested {format_uk(h.requested_on) if h else ''}",
             Stage.RECEIVED: f"Received {format_uk(h.received_on) if h else ''}"}[stage]
    if as_at > b18:
        why = " (left care before handovers were tracked: the LA should obtain it)" if left_care_before_tracking else ""
        return HandoverStatus(stage, "overdue", f"Health history overdue since the 18th birthday ({format_uk(b18)}): {where}; {doing}{why}", b18)
    if as_at == b18:
        return HandoverStatus(stage, "flag", f"Health history due today, the 18th birthday ({format_uk(b18)}): {where}; {doing}", b18)
    if as_at >= flag_from:
        return HandoverStatus(stage, "flag", f"Health history due by the 18th birthday ({format_uk(b18)}): {where}; {doing}", b18)
    if as_at >= b16:
        return HandoverStatus(stage, "prompt", f"Plan the health history handover before {format_uk(b18)}: {where}", b18)
    return HandoverStatus(stage, "", where, b18)


@dataclass
class Consent:
    person_id: str
    given_on: date | None
    scope: list[str]
    who_may_see: str = ""
    review_by: date | None = None
    withdrawn_on: date | None = None
    withdrawn_reason: str = ""
    id: str | None = None

    def in_force(self, as_at: date) -> bool:
        return self.given_on is not None and self.given_on <= as_at and (self.withdrawn_on is None or self.withdrawn_on > as_at)


def validate_consent(c_: Consent, as_at: date) -> None:
    c = Collector()
    c.day_up_to(c_.given_on, "given_on", "Given on", as_at, missing="the date consent was given", future="is in the future")
    if not c_.scope:
        c.add("scope", "What it covers", "tick what the young person agreed to share, at least one")
    unknown = [s for s in c_.scope if s not in CONSENT_SCOPES]
    if unknown:
        c.add("scope", "What it covers", "choose from the listed purposes")
    if c_.review_by is not None and c_.given_on is not None and c_.review_by <= c_.given_on:
        c.add("review_by", "Review by", "must be after the date it was given")
    c.raise_if_any()


@dataclass(frozen=True)
class ShareDecision:
    allowed: bool
    reason: str


NOT_RECORDED = "Consent to share health information is not recorded."


def may_share(dob: date, consents: list[Consent], as_at: date, purpose: str) -> ShareDecision:
    """May health details be shown in ``purpose`` (a CONSENT_SCOPES key) on ``as_at``?

    Under 18 the local authority shares on a need-to-know basis as corporate parent; from 18
    the information is the young person's and needs their consent covering the purpose.
    """
    if as_at < nth_birthday(dob, ADULT_AGE):
        return ShareDecision(True, "Under 18: shared by the local authority on a need-to-know basis")
    for c in sorted(consents, key=lambda c: c.given_on or date.min, reverse=True):
        if c.in_force(as_at) and purpose in c.scope:
            return ShareDecision(True, f"Consent given {format_uk(c.given_on)}")
    return ShareDecision(False, NOT_RECORDED)
