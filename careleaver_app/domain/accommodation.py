"""Where young people live: accommodation episodes, suitability, Staying Put / Close, housing.

Sources:
- CLR 2010 reg 9 and Schedule 2: suitable accommodation and the matters to judge it on.
- CA 1989 s.23CZA: Staying Put (a former relevant child looked after at 18 stays with their
  former foster carer, to 21). Staying Close: duty to 25 enacted, not yet in force (a local setting).
- SSDA903 OC3 ACCOM codes and DfE validation rules 347 (no T under 18) and 3001 (no Z around
  the 17th birthday) (DOMAIN.md §5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .dates import add_months, age_on, format_uk, in_period, nth_birthday, ordinal, periods_overlap
from .errors import Collector

# 903 ACCOM letters: (meaning, Annex A label).
ACCOMMODATION_TYPES: dict[str, tuple[str, str]] = {
    "B": ("With parents or relatives", "B: With parents or relatives"),
    "C": ("Community home or other residential care", "C: Community home or other form of residential care"),
    "D": ("Semi-independent, transitional or self-contained with support", "D: Semi-independent, transitional accommodation"),
    "E": ("Supported lodgings", "E: Supported lodgings"),
    "G": ("Gone abroad", "G: Gone abroad"),
    "H": ("Deported", "H: Deported"),
    "K": ("Ordinary lodgings, without support", "K: Ordinary lodgings, without formal support"),
    "R": ("Residence not known", "R: Residence not known"),
    "S": ("No fixed abode / homeless", "S: No fixed abode/homeless"),
    "T": ("Foyer or similar, with education, training or work", "T: Foyers"),
    "U": ("Independent living (own tenancy, student accommodation, flat share)", "U: Independent living"),
    "V": ("Emergency accommodation (night shelter, direct access hostel)", "V: Emergency accommodation"),
    "W": ("Bed and breakfast", "W: Bed and breakfast"),
    "X": ("In custody", "X: In custody"),
    "Y": ("Other", "Y: Other accommodation"),
    "Z": ("With former foster carers after 18 (Staying Put)", "Z: With former foster carers"),
}
# DfE: the valid letter + suitability combinations (S and X are only ever unsuitable).
VALID_ACCOM = {"B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2",
               "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0"}
ALWAYS_UNSUITABLE = {"S", "X"}  # homeless; custody
EMERGENCY_TYPES = {"V", "W"}
MANAGER_ATTENTION = {"W"}  # bed and breakfast is always brought to a manager's attention
ADULT_AGE = 18
# CA 1989 s.23CZA: Staying Put lasts until the 21st birthday.
STAYING_PUT_END_AGE = 21


class Suitability(Enum):
    SUITABLE = "1"
    UNSUITABLE = "2"

    @property
    def label(self) -> str:
        return "Suitable" if self == Suitability.SUITABLE else "Unsuitable"

    @property
    def annex_a(self) -> str:
        return "a) Suitable" if self == Suitability.SUITABLE else "b) Unsuitable"


# CLR 2010 Schedule 2: the matters suitability is judged on. (key, label, unconfirmed?)
SCHEDULE_2: tuple[tuple[str, str, bool], ...] = (
    ("facilities", "Facilities and services", False),
    ("repair", "State of repair", False),
    ("safety", "Safety", False),
    ("location", "Location", False),
    ("support", "Support", False),
    ("tenancy", "Tenancy status", False),
    ("finance", "Financial commitments and whether they are affordable", False),
    ("views", "The young person's views", False),
    ("rights", "Their understanding of their rights and responsibilities", True),
    ("funding", "Their understanding of the funding arrangements", True),
)


@dataclass
class AccommodationEpisode:
    person_id: str
    accom_type: str  # 903 letter
    start: date | None
    end: date | None = None  # the day they moved out (exclusive); None while they live there
    address: str = ""
    provider: str = ""  # provider or landlord
    la_provided: bool = False  # the LA provides it: statutory visits apply (s.23B / s.24B)
    out_of_area: bool = False
    area: str = ""
    emergency: bool = False  # emergency use (B&B, night shelter)
    notes: str = ""
    id: str | None = None

    @property
    def type_label(self) -> str:
        return ACCOMMODATION_TYPES.get(self.accom_type, ("Unknown", ""))[0]

    def covers(self, day: date) -> bool:
        return in_period(day, self.start, self.end)


@dataclass
class SuitabilityAssessment:
    person_id: str
    episode_id: str | None
    assessed_on: date | None
    overall: Suitability | None
    reason: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # Schedule 2 key -> short note
    young_person_views: str = ""
    assessed_by: str = ""
    id: str | None = None


@dataclass
class Arrangement:
    """Staying Put or Staying Close."""

    person_id: str
    kind: str  # "staying_put" or "staying_close"
    start: date | None
    end: date | None = None
    carer: str = ""  # former foster carer, or the provider near the former children's home
    support: str = ""
    weekly_allowance: str = ""  # money to the carer (text: "£220 a week")
    notes: str = ""
    id: str | None = None

    @property
    def label(self) -> str:
        return "Staying Put" if self.kind == "staying_put" else "Staying Close"


HOUSING_OUTCOMES = ("pending", "offered", "accepted", "refused", "closed")


@dataclass
class HousingApplication:
    person_id: str
    district: str
    applied_on: date | None
    band: str = ""
    outcome: str = "pending"
    outcome_on: date | None = None
    reference: str = ""
    notes: str = ""
    id: str | None = None


# -- rules ----------------------------------------------------------------------------------------

# Bed and breakfast for a 16/17-year-old in an emergency: suitable for at most this many days from
# the day they moved in (a local setting, LocalSettings.bb_emergency_days; this is its default).
BB_EMERGENCY_DEFAULT_DAYS = 2


def forced_unsuitable(accom_type: str, dob: date, on: date, emergency: bool, *, since: date | None = None,
                      bb_emergency_days: int = BB_EMERGENCY_DEFAULT_DAYS) -> str | None:
    """Why this accommodation can only be judged unsuitable on ``on``, or None.

    S (homeless) and X (custody) are always unsuitable (DfE valid codes S2, X2). Bed and
    breakfast is not suitable for a 16/17-year-old except briefly in an emergency (DOMAIN.md §4,
    Vol 3): an emergency stay that began on ``since`` can be suitable on its first
    ``bb_emergency_days`` days only.
    """
    if accom_type in ALWAYS_UNSUITABLE:
        return f"{ACCOMMODATION_TYPES[accom_type][0]} is always unsuitable"
    if accom_type == "W" and age_on(dob, on) < ADULT_AGE:
        if not emergency:
            return "bed and breakfast is not suitable for a 16 or 17 year old, except briefly in an emergency"
        if since is not None and (on - since).days >= bb_emergency_days:
            return (f"emergency bed and breakfast since {format_uk(since)} (more than {bb_emergency_days} "
                    f"day{'s' if bb_emergency_days != 1 else ''}): not suitable for a 16 or 17 year old any longer, move them")
    return None


def type_not_allowed(accom_type: str, dob: date, start: date) -> str | None:
    """A type the DfE does not allow at the young person's age when the episode starts."""
    b18 = nth_birthday(dob, ADULT_AGE)
    if accom_type == "T" and start < b18:
        # DfE rule 347: accommodation T (foyer) is not allowed for anyone under 18.
        return f"a foyer (T) is not allowed for anyone under 18: they turn 18 on {format_uk(b18)}"
    if accom_type == "Z" and start < b18:
        # Z is "with former foster carers after 18" (DfE rule 3001: not around the 17th birthday).
        return f"Staying Put (Z) begins at 18: they turn 18 on {format_uk(b18)}. Before then they are still looked after"
    return None


def validate_episode(ep: AccommodationEpisode, dob: date, others: list[AccommodationEpisode], as_at: date) -> None:
    c = Collector()
    if ep.accom_type not in ACCOMMODATION_TYPES:
        c.add("accom_type", "Type", "choose the type of accommodation")
    c.day_up_to(ep.start, "start", "Moved in", as_at, missing="the date they moved in",
                future="is in the future: record a move once it has happened", born=dob)
    if ep.start is not None and ep.accom_type in ACCOMMODATION_TYPES:
        why = type_not_allowed(ep.accom_type, dob, ep.start)
        if why:
            c.add("accom_type", "Type", why)
    c.ends_after(ep.end, ep.start, "end", "Moved out", as_at, on_or_before="is on or before the date they moved in",
                 future="is in the future: leave it blank until they move")
    if ep.out_of_area and not ep.area.strip():
        c.add("area", "Which area", "name the area, since it is out of area")
    if ep.start is not None:
        for o in others:
            if o.id == ep.id or o.start is None:
                continue
            if periods_overlap(ep.start, ep.end, o.start, o.end):
                c.add("start", "Moved in", f"overlaps the stay at {o.address or o.type_label} from {format_uk(o.start)}"
                      + (f" to {format_uk(o.end)}" if o.end else " (still living there: enter the date they moved out first)"))
                break
    c.raise_if_any()


def validate_assessment(a: SuitabilityAssessment, episode: AccommodationEpisode | None, dob: date, as_at: date, *,
                        bb_emergency_days: int = BB_EMERGENCY_DEFAULT_DAYS) -> None:
    c = Collector()
    if episode is None:
        c.add("episode", "Accommodation", "choose which accommodation was assessed")
    if c.day_up_to(a.assessed_on, "assessed_on", "Assessed on", as_at, missing="the date of the assessment",
                   future="is in the future") and episode is not None and episode.start and a.assessed_on < episode.start:
        c.add("assessed_on", "Assessed on", f"is before they moved in ({format_uk(episode.start)})")
    if a.overall is None:
        c.add("overall", "Overall", "choose suitable or unsuitable")
    c.require(a.reason, "reason", "Reason", "say why, in a sentence")
    if a.overall == Suitability.SUITABLE:
        missing = [label for key, label, _ in SCHEDULE_2 if not (a.answers.get(key) or "").strip()]
        if missing:
            c.add("answers", "Schedule 2 matters", "to judge it suitable, answer every matter: " + "; ".join(missing))
        if episode is not None and a.assessed_on is not None:
            why = forced_unsuitable(episode.accom_type, dob, a.assessed_on, episode.emergency, since=episode.start,
                                    bb_emergency_days=bb_emergency_days)
            if why:
                c.add("overall", "Overall", f"cannot be suitable: {why}")
    c.raise_if_any()


def validate_arrangement(a: Arrangement, dob: date, as_at: date, staying_close_end_age: int) -> None:
    c = Collector()
    if a.kind not in ("staying_put", "staying_close"):
        c.add("kind", "Arrangement", "choose Staying Put or Staying Close")
    if a.start is None:
        c.add("start", "From", "enter the date it started (dd/mm/yyyy)")
    else:
        if a.start > as_at:
            c.add("start", "From", "is in the future")
        b18 = nth_birthday(dob, ADULT_AGE)
        if a.start < b18:
            c.add("start", "From", f"{a.label} begins at 18 (on {format_uk(b18)})")
        limit, end_age = arrangement_ends_by(a, dob, staying_close_end_age)
        if a.end is not None and a.end > limit:
            c.add("end", "Until", f"{a.label} ends by their {ordinal(end_age)} birthday ({format_uk(limit)})")
        if a.end is not None and a.end <= a.start:
            c.add("end", "Until", "is on or before the start")
    c.require(a.carer, "carer", "Carer or provider", "name the former foster carer or provider")
    c.raise_if_any()


def arrangement_ends_by(a: Arrangement, dob: date, staying_close_end_age: int) -> tuple[date, int]:
    """The birthday an arrangement ends by, and which: Staying Put the 21st (CA 1989 s.23CZA),
    Staying Close the age in the local settings."""
    age = STAYING_PUT_END_AGE if a.kind == "staying_put" else staying_close_end_age
    return nth_birthday(dob, age), age


def arrangement_ending(a: Arrangement, dob: date, as_at: date, horizon: date, *, staying_close_end_age: int) -> tuple[date, str] | None:
    """An arrangement still open (no end recorded) whose end birthday falls by ``horizon`` (or has
    passed): the day it ends by and what to do. The arrangement is flagged, not ended for the PA:
    the day it really ends, and where they go, are theirs to record."""
    if a.start is None or a.start > as_at:
        return None
    limit, age = arrangement_ends_by(a, dob, staying_close_end_age)
    if (a.end is not None and a.end <= limit) or limit > horizon:
        return None
    law = " (CA 1989 s.23CZA)" if a.kind == "staying_put" else " (the local Staying Close offer)"
    verb = "ended" if limit < as_at else "ends"
    return limit, (f"{a.label} with {a.carer} {verb} on their {ordinal(age)} birthday ({format_uk(limit)}){law}: "
                   "record the day it ends and where they will live")


def validate_housing(h: HousingApplication, as_at: date) -> None:
    c = Collector()
    c.require(h.district, "district", "District or borough", "name the district or borough council")
    c.day_up_to(h.applied_on, "applied_on", "Applied on", as_at, missing="the date of the application", future="is in the future")
    if h.outcome not in HOUSING_OUTCOMES:
        c.add("outcome", "Outcome", "choose an outcome")
    if h.outcome != "pending" and h.outcome_on is None:
        c.add("outcome_on", "Outcome date", "enter the date of the outcome")
    if h.outcome_on is not None and h.applied_on is not None and h.outcome_on < h.applied_on:
        c.add("outcome_on", "Outcome date", "is before the application")
    c.raise_if_any()


def episode_on(episodes: list[AccommodationEpisode], day: date) -> AccommodationEpisode | None:
    return next((e for e in episodes if e.covers(day)), None)


def assessment_on(assessments: list[SuitabilityAssessment], episode: AccommodationEpisode, day: date) -> SuitabilityAssessment | None:
    """The latest judgement of ``episode`` made on or before ``day``. ``assessments`` are in the
    order they were recorded within a day, so of two judgements made the same day the one
    recorded later (a second look, a correction) is the one that stands. (Suitability: CLR 2010
    reg 9 and Schedule 2; which of two same-day judgements stands is a practice decision,
    docs/decisions.md.)"""
    found = [a for a in assessments if a.episode_id == episode.id and a.assessed_on and a.assessed_on <= day]
    return max(reversed(found), key=lambda a: a.assessed_on) if found else None


@dataclass(frozen=True)
class AccommodationState:
    """Where a young person lived on a day, and whether it was judged suitable."""

    episode: AccommodationEpisode | None
    assessment: SuitabilityAssessment | None
    suitability: Suitability | None
    flag: str = ""  # why it needs attention, if it does

    @property
    def accom_code(self) -> str | None:
        """The 903 ACCOM value (letter + digit) on the day, or None if it cannot be derived."""
        if self.episode is None or self.suitability is None:
            return None
        return self.episode.accom_type + self.suitability.value


def accommodation_on(episodes: list[AccommodationEpisode], assessments: list[SuitabilityAssessment], dob: date, day: date,
                     *, reassess_months: int = 12, bb_emergency_days: int = BB_EMERGENCY_DEFAULT_DAYS) -> AccommodationState:
    ep = episode_on(episodes, day)
    if ep is None:
        return AccommodationState(None, None, None, "No accommodation recorded")
    a = assessment_on(assessments, ep, day)
    forced = forced_unsuitable(ep.accom_type, dob, day, ep.emergency, since=ep.start, bb_emergency_days=bb_emergency_days)
    suitability = Suitability.UNSUITABLE if forced else (a.overall if a else None)
    flag = ""
    if forced:
        flag = f"Unsuitable: {forced}"
    elif a is None:
        flag = "No suitability judgement for the current accommodation"
    elif add_months(a.assessed_on, reassess_months) < day:
        flag = f"Suitability last judged {format_uk(a.assessed_on)}: judge it again"
    elif suitability == Suitability.UNSUITABLE:
        flag = f"Unsuitable: {a.reason.strip().rstrip('.')}"
    if ep.accom_type in MANAGER_ATTENTION:
        flag = (flag + "; " if flag else "") + "bed and breakfast: manager to be told"
    return AccommodationState(ep, a, suitability, flag)
