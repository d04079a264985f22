"""Education, employment and training (EET): episodes with the 903 ACTIV code, NEET spells.

Source: SSDA903 OC3 ACTIV codes (DOMAIN.md §5). Before 2022 the codes F3/P3 (training or
employment) existed; they map to F5/P5 on import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import format_uk, in_period, periods_overlap
from .errors import Collector
from .text import counted

# code: (meaning, Annex A label)
ACTIV_CODES: dict[str, tuple[str, str]] = {
    "F1": ("Full-time higher education", "F1: Full time in higher education"),
    "P1": ("Part-time higher education", "P1: Part time in higher education"),
    "F2": ("Full-time other education", "F2: Full time in education other than higher education"),
    "P2": ("Part-time other education", "P2: Part time in education other than higher education"),
    "F4": ("Full-time apprenticeship", "F4: Full time apprenticeship"),
    "P4": ("Part-time apprenticeship", "P4: Part time apprenticeship"),
    "F5": ("Full-time training or employment", "F5: Full time in training or employment (not apprenticeship)"),
    "P5": ("Part-time training or employment", "P5: Part time in training or employment (not apprenticeship)"),
    "G4": ("NEET: illness or disability", "G4: Not in education, training or employment, owing to illness/disability"),
    "G5": ("NEET: other reasons", "G5: Not in education, training or employment, owing to other reasons"),
    "G6": ("NEET: pregnancy or parenting", "G6: Not in education, training or employment, owing to pregnancy or parenting"),
}
NEET_CODES = {"G4", "G5", "G6"}
APPRENTICESHIP_CODES = {"F4", "P4"}
HIGHER_EDUCATION_CODES = {"F1", "P1"}
# Codes used before 2022 (DOMAIN.md §5): training or employment, now F5/P5.
LEGACY_ACTIV = {"F3": "F5", "P3": "P5"}
# When episodes overlap (a part-time course and a part-time job), the 903 return takes one
# code: full-time before part-time, education before apprenticeship before work.
MAIN_ACTIVITY_ORDER = ["F1", "F2", "F4", "F5", "P1", "P2", "P4", "P5", "G6", "G4", "G5"]


def normalise_activ(code: str) -> str:
    """Upper-case a typed or imported code and map the pre-2022 F3/P3 to F5/P5."""
    code = (code or "").strip().upper()
    return LEGACY_ACTIV.get(code, code)


def activ_label(code: str) -> str:
    return ACTIV_CODES.get(code, (code, code))[0]


@dataclass
class EetEpisode:
    person_id: str
    activ: str
    start: date | None
    end: date | None = None  # the day it ended (exclusive); None while it continues
    provider: str = ""  # provider or employer
    course_or_job: str = ""
    hours_per_week: int | None = None
    he_bursary: bool = False  # higher education bursary (CA 1989 s.23C(5A))
    notes: str = ""
    id: str | None = None

    @property
    def is_neet(self) -> bool:
        return self.activ in NEET_CODES

    def covers(self, day: date) -> bool:
        return in_period(day, self.start, self.end)


def validate_eet(ep: EetEpisode, dob: date, others: list[EetEpisode], as_at: date) -> None:
    c = Collector()
    code = normalise_activ(ep.activ)
    if code not in ACTIV_CODES:
        c.add("activ", "Activity", "choose an activity code (F1 … G6)")
    c.day_up_to(ep.start, "start", "From", as_at, missing="the date it started",
                future="is in the future: record it once it has started", born=dob)
    c.ends_after(ep.end, ep.start, "end", "Until", as_at, on_or_before="is on or before the start",
                 future="is in the future: leave it blank while it continues")
    if code not in NEET_CODES and code in ACTIV_CODES and not (ep.provider.strip() or ep.course_or_job.strip()):
        c.add("provider", "Provider or employer", "name the college, employer or training provider")
    if ep.hours_per_week is not None and not 0 < ep.hours_per_week <= 60:
        c.add("hours_per_week", "Hours a week", "must be between 1 and 60")
    if ep.he_bursary and code not in HIGHER_EDUCATION_CODES:
        c.add("he_bursary", "HE bursary", "is only for higher education (F1 or P1)")
    if ep.start is not None and code in ACTIV_CODES:
        for o in others:
            if o.id == ep.id or o.start is None:
                continue
            overlap = periods_overlap(ep.start, ep.end, o.start, o.end)
            if overlap and (code in NEET_CODES or o.is_neet):
                c.add("start", "From", f"overlaps “{activ_label(o.activ)}” from {format_uk(o.start)}: someone cannot be NEET "
                      "and in education, training or work at the same time; end the other first")
                break
            if overlap and code == normalise_activ(o.activ):
                c.add("start", "From", f"overlaps another “{activ_label(code)}” from {format_uk(o.start)}")
                break
    c.raise_if_any()


def main_activity_on(episodes: list[EetEpisode], day: date) -> EetEpisode | None:
    """The episode the 903 return reports on ``day`` (see MAIN_ACTIVITY_ORDER)."""
    current = [e for e in episodes if e.covers(day)]
    if not current:
        return None
    return min(current, key=lambda e: MAIN_ACTIVITY_ORDER.index(e.activ) if e.activ in MAIN_ACTIVITY_ORDER else 99)


def neet_days(since: date | None, day: date) -> int | None:
    """How long someone NEET since ``since`` has been NEET on ``day``: whole days from the day the
    spell began (0 on that day). None when not NEET. The one count behind every "NEET for N days"
    (the record header, the caseload, the cover summary)."""
    return None if since is None else (day - since).days


def neet_since(episodes: list[EetEpisode], day: date) -> date | None:
    """If NEET on ``day``, the start of the continuous NEET spell (NEET episodes back to back)."""
    current = main_activity_on(episodes, day)
    if current is None or not current.is_neet:
        return None
    start = current.start
    changed = True
    while changed:
        changed = False
        for e in episodes:
            if e.is_neet and e.end == start and e.start is not None:
                start = e.start
                changed = True
    return start


@dataclass(frozen=True)
class EetState:
    episode: EetEpisode | None
    neet_since: date | None

    def neet_days(self, as_at: date) -> int | None:
        return neet_days(self.neet_since, as_at)

    def neet_label(self, as_at: date) -> str | None:
        """ "NEET for 157 days", or None when not NEET."""
        days = self.neet_days(as_at)
        return None if days is None else f"NEET for {counted(days, 'day')}"

    def plain(self, as_at: date) -> str:
        """In words, for a duty worker: "Not in education, work or training (other reasons) for 157 days"."""
        if self.episode is None:
            return "Not recorded"
        ep = self.episode
        days = self.neet_days(as_at)
        if days is not None:
            why = activ_label(ep.activ).split(": ", 1)[-1]
            return f"Not in education, work or training ({why}) for {counted(days, 'day')}"
        what = activ_label(ep.activ) + (f": {ep.course_or_job}" if ep.course_or_job else "") + (f" at {ep.provider}" if ep.provider else "")
        return what + (f", since {format_uk(ep.start)}" if ep.start else "")
