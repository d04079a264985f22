"""The statutory returns: SSDA903 table OC3 (care leavers) and Ofsted Annex A List 9.

Sources: DOMAIN.md §5 (903 OC3 columns, codes, cohort and the DfE validation rules 131-133, 153,
344, 345, 347, 348, 391, 3001) and §6 (Annex A List 9 columns and value labels). Every value is
derived from the record's histories as at a date; nothing is typed in for the return.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .accommodation import ACCOMMODATION_TYPES, BB_EMERGENCY_DEFAULT_DAYS, VALID_ACCOM, AccommodationEpisode, SuitabilityAssessment, accommodation_on
from .contacts import InTouch
from .dates import add_months, age_on, format_uk, nth_birthday, ordinal
from .eet import ACTIV_CODES, EetEpisode, main_activity_on
from .eligibility import CarePeriod, Category, derive_category

OC3_COLUMNS = ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
HEADER_COLUMNS = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
COHORT_AGES = (17, 18, 19, 20, 21)  # DfE rule 391
SUPPORTED_AGES = (22, 23, 24, 25)  # since 2023: those who asked for and get support
IN_TOUCH_CODES = {c.value for c in InTouch}
ACTIV_VALUES = set(ACTIV_CODES) | {"0"}
REPORTED_CATEGORIES = {Category.RELEVANT, Category.FORMER_RELEVANT, Category.ELIGIBLE}


def collection_year(year: int) -> tuple[date, date]:
    """The collection year named by the year it ends: 2026 = 1 April 2025 to 31 March 2026."""
    return date(year - 1, 4, 1), date(year, 3, 31)


@dataclass
class PersonFacts:
    """What the returns need about one young person (gathered by the returns service)."""

    id: str
    la_id: str
    name: str
    dob: date
    gender: str
    ethnicity: str
    uasc: bool
    has_disability: bool
    support_requested: bool
    in_education: bool
    returned_home_from: date | None
    care_periods: list[CarePeriod]
    contacts: list[tuple[date, bool]]  # (day, successful), oldest first: the period the return looks at
    decisions: list[tuple[str, date, date | None]]  # (903 code, from, ended)
    episodes: list[AccommodationEpisode]
    assessments: list[SuitabilityAssessment]
    eet: list[EetEpisode]
    archived: bool = False


@dataclass(frozen=True)
class Window:
    """How the return reads the record: "on or around the birthday", and the local settings that
    decide a value (how long emergency bed and breakfast stays suitable: W1 or W2)."""

    before_months: int = 3  # DOMAIN.md §5: commonly 3 months before to 1 month after (unconfirmed)
    after_months: int = 1
    bb_emergency_days: int = BB_EMERGENCY_DEFAULT_DAYS


def decision_on(f: PersonFacts, day: date) -> str | None:
    live = [code for code, start, end in f.decisions if start <= day and (end is None or end > day)]
    return live[-1] if live else None


def died_before(f: PersonFacts, day: date) -> bool:
    return any(code == "DIED" and start < day for code, start, _ in f.decisions)


def in_touch_around(f: PersonFacts, day: date, window: Window) -> str:
    """IN_TOUCH as on or around ``day``: a decision in force wins; else YES if the young person was
    reached within the window (before to after), else NO."""
    decision = decision_on(f, day)
    if decision:
        return decision
    lo, hi = add_months(day, -window.before_months), add_months(day, window.after_months)
    return "YES" if any(ok and lo <= d <= hi for d, ok in f.contacts) else "NO"


def _nearest(day: date, window: Window, get, change_days: list[date]):
    """The value on ``day``; if there is none, the value on the nearest day in the window on which
    something changed (a stay or activity starting, a judgement), later days first on a tie."""
    value = get(day)
    if value is not None:
        return value
    lo, hi = add_months(day, -window.before_months), add_months(day, window.after_months)
    for d in sorted((d for d in set(change_days) if lo <= d <= hi and d != day), key=lambda d: (abs((d - day).days), d < day)):
        value = get(d)
        if value is not None:
            return value
    return None


def activ_around(f: PersonFacts, day: date, window: Window) -> str | None:
    ep = _nearest(day, window, lambda d: main_activity_on(f.eet, d), [e.start for e in f.eet if e.start])
    return ep.activ if ep else None


def accom_around(f: PersonFacts, day: date, window: Window, reassess_months: int = 120) -> str | None:
    def code(d):
        return accommodation_on(f.episodes, f.assessments, f.dob, d, reassess_months=reassess_months,
                                bb_emergency_days=window.bb_emergency_days).accom_code
    changes = [e.start for e in f.episodes if e.start] + [a.assessed_on for a in f.assessments if a.assessed_on]
    return _nearest(day, window, code, changes)


@dataclass
class Oc3Row:
    person_id: str
    name: str
    child: str
    dob: date
    reported_on: date  # the birthday, or the latest contact for the 22-25 group
    age: int
    in_touch: str
    activ: str
    accom: str
    notes: list[str] = field(default_factory=list)  # why a value could not be derived

    def cells(self) -> list[str]:
        return [self.child, format_uk(self.dob), self.in_touch, self.activ, self.accom]


def died_on(f: PersonFacts) -> date | None:
    """The day a death was recorded (an in-touch decision DIED, which never ends)."""
    return min((start for code, start, _ in f.decisions if code == "DIED"), default=None)


def category_on(f: PersonFacts, day: date):
    return derive_category(f.dob, f.care_periods, day, returned_home_from=f.returned_home_from,
                           support_requested_to_25=f.support_requested, in_education_or_training=f.in_education, died_on=died_on(f))


def looked_after_on(f: PersonFacts, day: date) -> bool:
    return any(not p.short_breaks and p.start <= day and (p.end is None or day < p.end) for p in f.care_periods)


def oc3_row(f: PersonFacts, reported_on: date, window: Window, *, returned_home: bool = False) -> Oc3Row:
    in_touch = in_touch_around(f, reported_on, window)
    if returned_home and in_touch != "DIED":
        in_touch = "RHOM"  # CLR 2010 reg 3(3): home with a parent for 6 months or more
    notes = []
    if in_touch in ("DIED", "RHOM", "NO"):
        activ, accom = "0", "0"  # DfE rule 344 (DIED, RHOM); not known when not in touch
    else:
        activ = activ_around(f, reported_on, window)
        accom = accom_around(f, reported_on, window)
        if activ is None:
            notes.append("no education, employment or training recorded around this date")
        if accom is None:
            notes.append("no accommodation, or no suitability judgement of it, around this date")
    return Oc3Row(f.id, f.name, f.la_id, f.dob, reported_on, age_on(f.dob, reported_on), in_touch, activ or "", accom or "", notes)


def died_in_care(f: PersonFacts) -> bool:
    return any(code == "DIED" and looked_after_on(f, start) for code, start, _ in f.decisions)


def birthday_exclusion(f: PersonFacts, age: int, birthday: date) -> tuple[str | None, bool]:
    """Why there is no OC3 row for this birthday (None if there is one), and whether the young
    person had returned home (reported as RHOM). DOMAIN.md §5 exclusions."""
    cat = category_on(f, birthday)
    returned_home = cat.returned_home
    if cat.category not in REPORTED_CATEGORIES and not returned_home:
        return f"not a relevant or former relevant child at their {ordinal(age)} birthday ({cat.category.label})", False
    if age in (17, 18) and looked_after_on(f, birthday):
        return f"still looked after on their {ordinal(age)} birthday (no OC3 row)", False
    if died_in_care(f):
        return "died while looked after (no OC3 row)", False
    return None, returned_home


def oc3_cohort(people: list[PersonFacts], year: int, window: Window, as_at: date) -> tuple[list[Oc3Row], list[tuple[PersonFacts, str]]]:
    """Rows for the year as the record stands on ``as_at``, and who was left out and why (for
    the pre-flight view). In a year still under way, birthdays still to come are left out."""
    start, end = collection_year(year)
    rows, excluded = [], []
    for f in people:
        placed = False
        for age in COHORT_AGES:
            birthday = nth_birthday(f.dob, age)
            if not start <= birthday <= end:
                continue
            placed = True
            if birthday > as_at:
                excluded.append((f, f"{ordinal(age)} birthday on {format_uk(birthday)} is still to come"))
                break
            why, returned_home = birthday_exclusion(f, age, birthday)
            if why:
                excluded.append((f, why))
            else:
                rows.append(oc3_row(f, birthday, window, returned_home=returned_home))
            break
        if placed or not f.support_requested:
            continue
        if not any(nth_birthday(f.dob, a) <= end and nth_birthday(f.dob, a + 1) > start for a in SUPPORTED_AGES):
            continue  # not 22 to 25 at any time in the year
        last_day = min(end, as_at)
        in_year = [d for d, _ in f.contacts if start <= d <= last_day]
        reported = max(in_year) if in_year else last_day
        if not 22 <= age_on(f.dob, reported) <= 25:
            continue
        cat = category_on(f, reported)
        if cat.category == Category.FORMER_RELEVANT and (cat.active or cat.died_on):  # DIED keeps being reported
            rows.append(oc3_row(f, reported, window))
    return rows, excluded


@dataclass(frozen=True)
class RuleFailure:
    person_id: str
    name: str
    rule: str
    problem: str
    fix: str
    target: str  # where in the record it is put right


def check_oc3(rows: list[Oc3Row], facts: dict[str, PersonFacts], year_start: date) -> list[RuleFailure]:
    """The DfE validation rules listed in DOMAIN.md §5, plus what the app must have to derive a row."""
    out: list[RuleFailure] = []

    def fail(r, rule, problem, fix, target):
        out.append(RuleFailure(r.person_id, r.name, rule, problem, fix, target))

    for r in rows:
        f = facts[r.person_id]
        if not r.child:
            fail(r, "CHILD", "no LA identifier", "add the LA identifier on the Details tab", "details")
        if r.in_touch and r.in_touch not in IN_TOUCH_CODES:
            fail(r, "131", f"IN_TOUCH “{r.in_touch}” is not a valid code", "check the in-touch decision", "contacts")
        if r.activ and r.activ not in ACTIV_VALUES:
            fail(r, "132", f"ACTIV “{r.activ}” is not a valid code", "correct the activity code on the EET tab", "eet")
        if r.accom and r.accom not in VALID_ACCOM:
            fail(r, "133", f"ACCOM “{r.accom}” is not a valid code", "check the accommodation type and suitability", "living")
        filled = [bool(v) for v in (r.in_touch, r.activ, r.accom)]
        if any(filled) and not all(filled):
            missing = "ACTIV" if not r.activ else "ACCOM"
            fix = ("record their education, employment or training on the EET tab" if missing == "ACTIV"
                   else "record where they lived and judge its suitability on the Where they live tab")
            fail(r, "153", f"{missing} cannot be derived: " + "; ".join(r.notes), fix, "eet" if missing == "ACTIV" else "living")
        if r.in_touch in ("DIED", "RHOM") and (r.activ != "0" or r.accom != "0"):
            fail(r, "344", "IN_TOUCH is DIED or RHOM but ACTIV or ACCOM is not 0", "check the in-touch decision", "contacts")
        if r.in_touch == "YES" and (r.activ == "0" or r.accom == "0"):
            fail(r, "345", "in touch, but ACTIV or ACCOM is 0", "record their activity and accommodation", "eet")
        if r.accom.startswith("T") and r.age < 18:
            fail(r, "347", "accommodation T (foyer) for someone under 18", "correct the accommodation type", "living")
        if r.accom.startswith("Z") and r.age == 17:
            fail(r, "3001", "accommodation Z (with former foster carers) at the 17th birthday", "correct the accommodation type", "living")
        if died_before(f, year_start) and r.in_touch != "DIED":
            fail(r, "348", "DIED was reported in an earlier year, so it must be reported again", "check the in-touch decision", "contacts")
        if r.age not in COHORT_AGES and not (r.age in SUPPORTED_AGES and f.support_requested):
            fail(r, "391", f"aged {r.age}: only 17 to 21 (and 22 to 25 with support) are reported", "check the date of birth", "details")
    return out


# -- Annex A List 9 ------------------------------------------------------------------------------------

ANNEX_A_COLUMNS = ["ChildUniqueID", "Gender", "Ethnicity", "DateOfBirth", "Age", "UASC", "HasDisability", "AllocatedTeam",
                   "AllocatedWorker", "AllocatedPersonalAdvisor", "EligibilityCategory", "LatestPathwayPlan", "LAInTouch",
                   "LatestContact", "TypeOfAccommodation", "SuitabilityOfAccommodation", "ActivityStatus"]
CATEGORY_LABELS = {Category.RELEVANT: "a) Relevant child", Category.FORMER_RELEVANT: "b) Former relevant child",
                   Category.QUALIFYING: "c) Qualifying care leaver", Category.ELIGIBLE: "d) Eligible child"}
IN_TOUCH_LABELS = {"YES": "a) Yes", "NO": "b) No", "DIED": "c) Died", "REFU": "d) Refu", "NREQ": "e) NREQ", "RHOM": "f) Rhom"}
YES_NO = {True: "a) Yes", False: "b) No"}


def accommodation_label(letter: str) -> str:
    return ACCOMMODATION_TYPES[letter][1] if letter in ACCOMMODATION_TYPES else ""


def activity_label(code: str) -> str:
    return ACTIV_CODES[code][1] if code in ACTIV_CODES else ""
