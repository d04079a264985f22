"""The statutory returns: SSDA903 tables OC3 (care leavers) and Header, and Ofsted Annex A List 9.

Sources: DOMAIN.md §5 (903 OC3 and Header columns, codes, the cohort) and §6 (Annex A List 9).
The DfE's validation rules that read the OC3 and Header tables are run here, each under its DfE
number with the DfE's wording beside it (``DFE_RULES``, and docs/decisions.md lists them with
what the app does for each). Every value is derived from the record's histories as at a date;
nothing is typed in for the return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .accommodation import (
    ACCOMMODATION_TYPES,
    BB_EMERGENCY_DEFAULT_DAYS,
    VALID_ACCOM,
    AccommodationEpisode,
    SuitabilityAssessment,
    accommodation_on,
)
from .codes import ETHNICITIES
from .contacts import InTouch, decision_in_force
from .dates import add_months, age_on, format_uk, nth_birthday, ordinal
from .eet import ACTIV_CODES, EetEpisode, main_activity_on
from .eligibility import CarePeriod, Category, derive_category, looked_after_on

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


def year_of(day: date) -> int:
    """The collection year a day falls in (named by the year it ends)."""
    return day.year + 1 if day >= date(day.year, 4, 1) else day.year


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
    return decision_in_force(f.decisions, day)


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


def accom_around(f: PersonFacts, day: date, window: Window) -> str | None:
    def code(d):
        # The ACCOM code is the type and the latest judgement's outcome: how old the judgement is
        # only changes the work tray's flag, never the code.
        return accommodation_on(f.episodes, f.assessments, f.dob, d, bb_emergency_days=window.bb_emergency_days).accom_code
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
        if in_touch in ("REFU", "NREQ"):
            # Refuses contact / no longer requires services: what the record knows, else 0 (not
            # known). Rules 344 and 345 constrain only DIED/RHOM (must be 0) and YES (must not be 0).
            activ, accom = activ or "0", accom or "0"
        if activ is None:
            notes.append("no education, employment or training recorded around this date")
        if accom is None:
            notes.append("no accommodation, or no suitability judgement of it, around this date")
    return Oc3Row(f.id, f.name, f.la_id, f.dob, reported_on, age_on(f.dob, reported_on), in_touch, activ or "", accom or "", notes)


def died_in_care(f: PersonFacts) -> bool:
    return any(code == "DIED" and looked_after_on(f.care_periods, start) for code, start, _ in f.decisions)


def looked_after_on_or_after_birthday(f: PersonFacts, birthday: date, which: str = "the birthday") -> tuple[str, str] | None:
    """DfE rules 1007 and 1016, for the 17th and 18th birthdays: the rule and why there is no OC3
    row because the young person was looked after on the birthday or ceased to be looked after
    after it (in that collection year), or None. The DfE counts a period that ends *on* the
    birthday as looked after on it: at 18 that is the usual way of leaving care. Short breaks are
    never counted. ``which`` names the birthday in the reason ("their 18th birthday")."""
    _, year_end = collection_year(year_of(birthday))
    for p in f.care_periods:
        if p.short_breaks:
            continue
        if p.start <= birthday and p.end is None:
            return "1007", f"still looked after on {which}"
        if p.start <= birthday <= p.end:
            if p.end == birthday:
                return "1016", f"care ended on {which} ({format_uk(p.end)}), which the DfE counts as looked after on it"
            return "1007", f"still looked after on {which} (care ended {format_uk(p.end)})"
        if birthday < p.start and p.end is not None and p.end <= year_end:
            return "1016", f"ceased to be looked after on {format_uk(p.end)}, after {which}"
    return None


def birthday_exclusion(f: PersonFacts, age: int, birthday: date) -> tuple[str | None, bool]:
    """Why there is no OC3 row for this birthday (None if there is one), and whether the young
    person had returned home for six months (reported as RHOM, at any age in the cohort).
    DOMAIN.md §5 exclusions, each under the DfE rule that would reject the row."""
    cat = category_on(f, birthday)
    returned_home = cat.returned_home
    if cat.category not in REPORTED_CATEGORIES and not returned_home:
        rule = "1002" if cat.category == Category.NONE and not f.care_periods else "1001"
        return (f"not a relevant or former relevant child at their {ordinal(age)} birthday ({cat.category.label}): "
                f"no OC3 row (DfE rule {rule})"), False
    if age in (17, 18):
        la = looked_after_on_or_after_birthday(f, birthday, f"their {ordinal(age)} birthday")
        if la:
            return f"{la[1]}: no OC3 row (DfE rule {la[0]})", False
    if died_in_care(f):
        return "died while looked after: no OC3 row (DfE rule 1000)", False
    return None, returned_home


def oc3_cohort(people: list[PersonFacts], year: int, window: Window, as_at: date) -> tuple[list[Oc3Row], list[tuple[PersonFacts, str]]]:
    """Rows for the year as the record stands on ``as_at``, and who was left out and why (for
    the pre-flight view). In a year still under way, birthdays still to come are left out.

    The cohort (DfE rule 391): each young person whose 17th to 21st birthday falls in the year,
    reported as on that birthday. Since 2023 also those who asked for support at 22 to 25
    (s.23CZB): each year in which their 22nd to 25th birthday falls (so someone whose 21st
    birthday was 31 March is in the next year's rows too), reported at their latest contact in
    the year while owed support (or, with none, their last day owed support in the year, which
    reports them as not in touch)."""
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
        if not any(start <= nth_birthday(f.dob, a) <= end for a in SUPPORTED_AGES):
            continue  # no 22nd to 25th birthday in the year
        last_day = min(end, as_at, nth_birthday(f.dob, SUPPORTED_AGES[-1]) - timedelta(days=1))
        if last_day < start:
            continue
        in_year = [d for d, _ in f.contacts if start <= d <= last_day]
        reported = max(in_year) if in_year else last_day
        cat = category_on(f, reported)
        if cat.category == Category.FORMER_RELEVANT and (cat.active or cat.died_on):  # DIED keeps being reported
            rows.append(oc3_row(f, reported, window, returned_home=cat.returned_home))
        else:
            ended = "" if cat.active else ", duties ended"
            excluded.append((f, f"not owed support at 22 to 25 on {format_uk(reported)} ({cat.category.label}{ended})"))
    return rows, excluded


# -- the Header ---------------------------------------------------------------------------------------------

# DfE rule 101. From 2024-25: "The child or young person's reported sex is not valid" (M, F or U);
# up to 2023-24: "Gender code is not valid" ("The gender data item must be either: 1 = male or 2 = female").
SEX_LETTERS_FROM_YEAR = 2025  # the 2024-25 collection
SEX_CODES = {"M", "F", "U"}
OLD_SEX_CODES = {"1", "2"}
MALE, FEMALE = {"M", "1"}, {"F", "2"}
ETHNIC_CODES = {code for code, _ in ETHNICITIES}  # DfE rule 103: the census ethnicity codes
UPN_UNKNOWN = {"UN1", "UN2", "UN3", "UN4", "UN5"}
UPN_PATTERN = re.compile(r"^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$")  # DfE rule 168
# Written blank: the app does not hold them. The data team adds them from the case-management system,
# which holds the looked-after episodes the DfE checks them against (rules 165, 393, 442, 607).
MERGED_BY_DATA_TEAM = ("UPN", "MOTHER", "MC_DOB")
MERGE_NOTE = ("UPN, MOTHER and MC_DOB are left blank in the Header: the app does not hold them. The data team adds them "
              "from the case-management system, which holds the looked-after episodes they are checked against "
              "(DfE rules 165, 393, 442 and 607), for the young people listed as looked after during the year.")


def header_sex(gender: str, year: int) -> str:
    """SEX as the DfE's rule 101 accepts it in collection ``year``: M, F or U from 2024-25 (U where
    the recorded sex or gender is neither male nor female, or not recorded); 1 or 2 before, and
    blank otherwise (which rule 101 then refuses: there was no code for it)."""
    if year >= SEX_LETTERS_FROM_YEAR:
        return {"male": "M", "female": "F"}.get(gender, "U")
    return {"male": "1", "female": "2"}.get(gender, "")


@dataclass
class HeaderRow:
    person_id: str
    name: str
    child: str
    sex: str
    dob: date
    ethnic: str
    upn: str = ""
    mother: str = ""
    mc_dob: date | None = None

    def cells(self) -> list[str]:
        return [self.child, self.sex, format_uk(self.dob), self.ethnic, self.upn, self.mother, format_uk(self.mc_dob)]


def header_row(f: PersonFacts, year: int) -> HeaderRow:
    """The young person's Header row; UPN, MOTHER and MC_DOB blank (``MERGED_BY_DATA_TEAM``)."""
    return HeaderRow(f.id, f.name, f.la_id, header_sex(f.gender, year), f.dob, f.ethnicity)


def looked_after_in_year(f: PersonFacts, year: int) -> bool:
    """Looked after on any day of the collection year: they have an episode in the year's return."""
    start, end = collection_year(year)
    return any(not p.short_breaks and p.start <= end and (p.end is None or p.end >= start) for p in f.care_periods)


# -- the DfE's checks ---------------------------------------------------------------------------------------

ERROR, QUERY, ADD = "error", "query", "add"  # rejects the row; the DfE asks the LA to confirm; the data team adds it
SEVERITY_ORDER = (ERROR, QUERY, ADD)


@dataclass(frozen=True)
class RuleFailure:
    person_id: str
    name: str
    rule: str
    problem: str
    fix: str
    target: str  # where in the record it is put right
    severity: str = ERROR

    @property
    def blocking(self) -> bool:
        """The DfE would reject the row: it is left out of a file written anyway."""
        return self.severity == ERROR

    @property
    def effect(self) -> str:
        return {ERROR: "Left out until put right", QUERY: "In the file: the DfE will ask", ADD: "In the file: data team adds"}[self.severity]


@dataclass(frozen=True)
class DfeRule:
    code: str
    tables: str
    text: str  # the DfE's wording
    how: str  # what the app does


DFE_RULES: tuple[DfeRule, ...] = (
    DfeRule("131", "OC3",
            "Data entry for being in touch after leaving care is invalid.",
            "checked on every row"),
    DfeRule("132", "OC3",
            "Data entry for activity after leaving care is invalid.",
            "checked on every row"),
    DfeRule("133", "OC3",
            "Data entry for accommodation after leaving care is invalid.",
            "checked on every row"),
    DfeRule("153", "OC3",
            "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
            "checked on every row: a value the record cannot give is named with where to record it"),
    DfeRule("344", "OC3",
            "The record shows the young person has died or returned home to live with parent(s) or someone with parental "
            "responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have "
            "been completed.",
            "checked on every row (DIED and RHOM are written with ACTIV and ACCOM 0)"),
    DfeRule("345", "OC3",
            "The data collection record shows the local authority is in touch with this young person, but activity and/or "
            "accommodation data items are zero.",
            "checked on every row"),
    DfeRule("347", "OC3",
            "Care leavers aged under 18 years, can not be accommodated in a Foyer. (If ACCOM is T, DOB must be 18 years or more "
            "before the collection start date.)",
            "checked on every row, with the age on the first day of the collection year"),
    DfeRule("348", "OC3",
            "Care leaver has previously been reported as having died.",
            "checked on every row against a death recorded before the year began"),
    DfeRule("391", "OC3",
            "Young person was not 17, 18, 19, 20 or 21 during the current collection year.",
            "checked on every row (22 to 25 year olds who asked for support are reported since 2023)"),
    DfeRule("3001", "OC3, Header",
            "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation "
            "cannot be with their former foster carer(s).",
            "checked on every row"),
    DfeRule("1000", "OC3, Episodes",
            "This child is recorded as having died in care and therefore should not have the care leaver information completed.",
            "applied when the rows are chosen: no row (listed as not in the file)"),
    DfeRule("1001", "OC3, Episodes, Header",
            "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore "
            "should not have care leaver information completed.",
            "applied when the rows are chosen, from the category on the birthday: no row"),
    DfeRule("1002", "OC3, Episodes",
            "This child has no previous episodes of care, therefore should not have care leaver information recorded.",
            "applied when the rows are chosen: no row"),
    DfeRule("1007", "OC3, Episodes",
            "Care leaver information is not required for 17- or 18-year olds who are still looked after on their 17th or 18th "
            "birthday.",
            "applied when the rows are chosen: no row"),
    DfeRule("1016", "OC3, Episodes",
            "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.",
            "applied when the rows are chosen (care ending on the birthday counts): no row"),
    DfeRule("101", "Header",
            "The child or young person's reported sex is not valid. (From 2024-25 M, F or U; up to 2023-24 1 or 2.)",
            "checked on every row; SEX is written by the year's code list"),
    DfeRule("102", "Header",
            "Date of birth is not a valid date.",
            "checked on every row"),
    DfeRule("103", "Header",
            "The ethnicity code is either not valid or has not been entered.",
            "checked on every row"),
    DfeRule("165", "Header, Episodes, OC3",
            "Data entry for mother status is invalid.",
            "MOTHER written blank: a young woman looked after during the year is listed for the data team to add it"),
    DfeRule("168", "Header",
            "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
            "checked when a UPN is written (none is: the data team adds them)"),
    DfeRule("171", "Header",
            "Date of birth of mother's child is not a valid date.",
            "always met: MC_DOB is written from a date, as dd/mm/yyyy, or left blank"),
    DfeRule("174", "Header",
            "Mother's child date of birth is recorded but sex shows that the child is a male.",
            "checked on every row"),
    DfeRule("209", "Header",
            "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
            "checked on every row"),
    DfeRule("232", "Header",
            "Sex of the child/young person has been reported as unknown.",
            "a query: listed (the DfE asks the LA to confirm), it does not stop the export"),
    DfeRule("301", "Header",
            "Date of birth falls after the year ended.",
            "checked on every row"),
    DfeRule("351", "Header",
            "Child was over 25 at the start of the current collection year.",
            "checked on every row"),
    DfeRule("393", "Header, Episodes",
            "Child is looked after but mother field is not completed.",
            "as rule 165: listed for the data team"),
    DfeRule("442", "Header, Episodes",
            "Unique Pupil Number (UPN) field is not completed.",
            "UPN written blank: a young person looked after during the year is listed for the data team to add it"),
    DfeRule("444", "Header",
            "Duplicate UPN has been reported.",
            "checked across the file"),
    DfeRule("607", "Header, Episodes",
            "Child ceased to be looked after in the year, but mother field has not been completed.",
            "as rule 165: listed for the data team"),
    DfeRule("611", "Header",
            "Date of birth field is blank, but child is a mother.",
            "checked on every row"),
    DfeRule("612", "Header",
            "Date of birth field has been completed but mother field indicates child is not a mother.",
            "checked on every row"),
    DfeRule("620", "Header",
            "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
            "checked on every row"),
    DfeRule("621", "Header",
            "Mother's field has been completed but date of birth shows that the mother is younger than her child.",
            "checked on every row"),
    DfeRule("628", "Header, Episodes, OC3",
            "Motherhood details are not required for care leavers who have not been looked after during the year.",
            "checked on every row"),
)


def check_oc3(rows: list[Oc3Row], facts: dict[str, PersonFacts], year_start: date) -> list[RuleFailure]:
    """The DfE rules that read the OC3 table (``DFE_RULES``), plus what the app must have to derive
    a row (the CHILD column). Rules 1000, 1001, 1002, 1007 and 1016 decide who has a row at all
    (``birthday_exclusion``)."""
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
        if r.accom.startswith("T") and nth_birthday(r.dob, 18) > year_start:
            # As the DfE words it: 18 by the first day of the collection year, not on the day reported.
            fail(r, "347", f"accommodation T (foyer), but under 18 on {format_uk(year_start)}, the first day of the collection year",
                 "check the accommodation type; if it is right (a foyer from the 18th birthday), the data team explains it to the DfE",
                 "living")
        if r.accom.startswith("Z") and r.age == 17:
            fail(r, "3001", "accommodation Z (with former foster carers) at the 17th birthday", "correct the accommodation type", "living")
        if died_before(f, year_start) and r.in_touch != "DIED":
            fail(r, "348", "DIED was reported in an earlier year, so it must be reported again", "check the in-touch decision", "contacts")
        if r.age not in COHORT_AGES and not (r.age in SUPPORTED_AGES and f.support_requested):
            fail(r, "391", f"aged {r.age}: only 17 to 21 (and 22 to 25 with support) are reported", "check the date of birth", "details")
    return out


def check_header(headers: list[HeaderRow], facts: dict[str, PersonFacts], year: int) -> list[RuleFailure]:
    """The DfE rules that read the Header table (``DFE_RULES``) for collection ``year``."""
    start, end = collection_year(year)
    out: list[RuleFailure] = []

    def fail(h, rule, problem, fix, target="details", severity=ERROR):
        out.append(RuleFailure(h.person_id, h.name, rule, problem, fix, target, severity))

    upns = [h.upn for h in headers if h.upn and h.upn not in UPN_UNKNOWN]
    for h in headers:
        f = facts[h.person_id]
        codes = SEX_CODES if year >= SEX_LETTERS_FROM_YEAR else OLD_SEX_CODES
        if h.sex not in codes:
            fail(h, "101", f"SEX “{h.sex}” is not valid for {year - 1}-{str(year)[2:]}: the DfE accepts {' or '.join(sorted(codes))}"
                 + ("" if year >= SEX_LETTERS_FROM_YEAR else " (male or female) up to 2023-24"),
                 "record their sex on the Details tab")
        if h.sex == "U":
            fail(h, "232", "SEX reported as U (not male or female, or not recorded)",
                 "check the Details tab; if it is right, the data team confirms it to the DfE", severity=QUERY)
        if h.dob is None:
            fail(h, "102", "no date of birth", "enter the date of birth on the Details tab")
            continue
        if h.ethnic not in ETHNIC_CODES:
            fail(h, "103", f"ETHNIC “{h.ethnic}” is not a DfE ethnicity code", "choose their ethnicity on the Details tab")
        if h.dob > end:
            fail(h, "301", f"date of birth {format_uk(h.dob)} is after the year ended ({format_uk(end)})", "check the date of birth")
        if add_months(h.dob, 25 * 12) < start:
            fail(h, "351", f"over 25 on {format_uk(start)}, the first day of the year", "check the date of birth")
        if h.upn and not UPN_PATTERN.match(h.upn):
            fail(h, "168", f"UPN “{h.upn}” is not valid", "correct the UPN (or use UN1 to UN5 if it is not known)")
        if h.upn == "UN1" and add_months(h.dob, 4 * 12) <= date(start.year - 1, 8, 31):
            fail(h, "209", "UPN UN1 for someone of school age", "give their UPN")
        if h.upn and h.upn not in UPN_UNKNOWN and upns.count(h.upn) > 1:
            fail(h, "444", f"UPN {h.upn} is also given for another young person", "check the UPN")
        if h.mother and h.mother not in ("0", "1"):
            fail(h, "165", f"MOTHER “{h.mother}” is not 0 or 1", "correct MOTHER")
        if h.mother and h.sex in MALE:
            fail(h, "165", "MOTHER is given for a young man", "leave MOTHER blank, or correct their sex")
        if h.mc_dob and h.sex in MALE:
            fail(h, "174", "a child's date of birth (MC_DOB) is given for a young man", "leave MC_DOB blank, or correct their sex")
        if h.mother == "1" and h.mc_dob is None:
            fail(h, "611", "MOTHER is 1 but the child's date of birth (MC_DOB) is blank", "give the child's date of birth")
        if h.mc_dob and h.mother != "1" and h.sex in FEMALE:
            fail(h, "612", "the child's date of birth (MC_DOB) is given but MOTHER is not 1", "correct MOTHER")
        if h.mother == "1" and add_months(h.dob, 11 * 12) > start:
            fail(h, "620", "recorded as a mother, but under 11 at the start of the year", "check MOTHER and the date of birth")
        if h.mc_dob and h.mc_dob <= h.dob:
            fail(h, "621", "the child's date of birth (MC_DOB) is not after the young person's", "check MC_DOB")
        in_year = looked_after_in_year(f, year)
        if h.mother and not in_year:
            fail(h, "628", "MOTHER is given, but they were not looked after during the year", "leave MOTHER blank")
        if in_year and not h.upn:
            fail(h, "442", "looked after during the year: the Header needs their UPN", "the data team adds it from the case-management system",
                 severity=ADD)
        if in_year and h.sex in FEMALE and not h.mother:
            fail(h, "165", "a young woman looked after during the year: the Header needs MOTHER (rules 165, 393, 607)",
                 "the data team adds it from the case-management system", severity=ADD)
    return out


def check_return(rows: list[Oc3Row], headers: list[HeaderRow], facts: dict[str, PersonFacts], year: int) -> list[RuleFailure]:
    """The pre-flight: every DfE rule that reads the OC3 and Header tables; what stops a row first."""
    found = check_oc3(rows, facts, collection_year(year)[0]) + check_header(headers, facts, year)
    return sorted(found, key=lambda f: SEVERITY_ORDER.index(f.severity))


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
