"""Statutory returns: the 903 OC3 and Header files with pre-flight checks, and Ofsted Annex A List 9."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..domain.accommodation import accommodation_on
from ..domain.codes import GENDER_ANNEX_A
from ..domain.contacts import InTouch, decision_in_force, derive_in_touch
from ..domain.dates import add_months, age_on, format_uk, from_iso, nth_birthday
from ..domain.eet import main_activity_on
from ..domain.eligibility import Category
from ..domain.errors import Collector, ExportRefused
from ..domain.returns import (
    ADD,
    CATEGORY_LABELS,
    COHORT_AGES,
    IN_TOUCH_LABELS,
    MERGE_NOTE,
    YES_NO,
    HeaderRow,
    Oc3Row,
    PersonFacts,
    RuleFailure,
    Window,
    accommodation_label,
    activity_label,
    birthday_exclusion,
    category_on,
    check_return,
    collection_year,
    header_row,
    oc3_cohort,
    oc3_row,
)
from ..exports import annex_a as list9
from ..exports import ssda903
from ..exports.ssda903 import Oc3Files
from ..logs import event
from ..safe_files import write_all_private
from ..storage import contacts as contacts_repo
from ..storage import living as living_repo
from ..storage import people as people_repo
from ..storage import returns as repo
from ..storage.store import Store
from .context import Clock
from .settings import SettingsService


def year_label(year: int) -> str:
    """2026 -> "2025-26" (1 April 2025 to 31 March 2026)."""
    return f"{year - 1}-{str(year)[2:]}"


@dataclass
class Oc3Result:
    year: int
    rows: list[Oc3Row]
    failures: list[RuleFailure]  # every finding of the pre-flight: errors, queries, and what the data team adds
    excluded: list[tuple[PersonFacts, str]]
    facts: dict[str, PersonFacts]
    headers: list[HeaderRow] = field(default_factory=list)

    @property
    def blocking(self) -> list[RuleFailure]:
        """The findings the DfE would reject a row for."""
        return [f for f in self.failures if f.blocking]

    @property
    def failing_ids(self) -> set[str]:
        return {f.person_id for f in self.blocking}

    @property
    def to_add(self) -> list[RuleFailure]:
        return [f for f in self.failures if f.severity == ADD]

    @property
    def notes(self) -> list[str]:
        """What the export's summary says besides the counts (the Header items the data team adds)."""
        n = len({f.person_id for f in self.to_add})
        return [MERGE_NOTE + (f" This year: {n} young {'people' if n != 1 else 'person'}." if n else " This year: nobody.")]


@dataclass
class ComingUp:
    person_id: str
    name: str
    birthday: date
    age: int
    window: str  # "open" or "opens dd/mm/yyyy"
    missing: list[str]
    target: str = "contacts"  # the record tab where the first missing thing is put right


class ReturnsService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService):
        self.store = store
        self.clock = clock
        self.settings = settings

    def window(self) -> Window:
        s = self.settings.get()
        return Window(s.oc3_window_before_months, s.oc3_window_after_months, s.bb_emergency_days)

    # -- facts ----------------------------------------------------------------------------------
    def facts(self, contacts_between: tuple[date, date] | None, *, include_archived: bool = True,
              only: set[str] | None = None) -> list[PersonFacts]:
        """Everything the returns need, for everyone (or the young people in ``only``), in a
        handful of queries. Contact days are read only for the period the return looks at."""
        people = repo.people_rows(self.store, include_archived=include_archived)
        if only is not None:
            people = [r for r in people if r["id"] in only]
        periods = people_repo.care_periods_by_person(self.store)
        contacts = repo.contact_days(self.store, *contacts_between) if contacts_between else {}
        decisions = contacts_repo.decisions_by_person(self.store)
        episodes = living_repo.all_episodes(self.store)
        assessments = living_repo.all_assessments(self.store)
        eet = living_repo.all_eet(self.store)
        return [PersonFacts(
            id=r["id"], la_id=r["la_id"] or "", name=r["legal_name"], dob=from_iso(r["dob"]), gender=r["gender"] or "not_stated",
            ethnicity=r["ethnicity"] or "NOBT", uasc=bool(r["uasc"]), has_disability=bool(r["has_disability"]),
            support_requested=bool(r["support_requested_to_25"]), in_education=bool(r["in_education_or_training"]),
            returned_home_from=from_iso(r["returned_home_from"]), care_periods=periods.get(r["id"], []),
            contacts=contacts.get(r["id"], []), decisions=decisions.get(r["id"], []), episodes=episodes.get(r["id"], []),
            assessments=assessments.get(r["id"], []), eet=eet.get(r["id"], []), archived=bool(r["archived_at"]),
        ) for r in people]

    # -- 903 OC3 --------------------------------------------------------------------------------
    def oc3(self, year: int) -> Oc3Result:
        self._check_year(year)
        start, end = collection_year(year)
        w = self.window()
        facts = self.facts((add_months(start, -w.before_months), add_months(end, w.after_months)))
        rows, excluded = oc3_cohort(facts, year, w, self.clock.today())
        by_id = {f.id: f for f in facts}
        headers = [header_row(by_id[r.person_id], year) for r in rows]
        failures = check_return(rows, headers, by_id, year)
        return Oc3Result(year, rows, failures, excluded, by_id, headers)

    def _check_year(self, year: int) -> None:
        c = Collector()
        start, _ = collection_year(year)
        if not 2000 <= year <= 2100:
            c.add("year", "Collection year", "enter a year such as 2026 (for 1 April 2025 to 31 March 2026)")
        elif start > self.clock.today():
            c.add("year", "Collection year", f"{year_label(year)} has not started yet (it starts {format_uk(start)})")
        c.raise_if_any()

    def oc3_files(self, year: int, *, include_failing: bool = False) -> Oc3Files:
        """The OC3 and Header files for a year. Strict (the default): refused if any record fails
        the DfE checks. ``include_failing`` ("write the file anyway", for deadline day): every
        row that passes, and a companion list of the failing rows (rule, problem, fix) to put
        right and add."""
        result = self.oc3(year)
        if not result.rows:
            raise ExportRefused(f"Nobody is in the OC3 cohort for {year_label(year)}: nobody turned 17 to 21 in that year "
                                "(or asked for support at 22 to 25), or there is no data for it. Nothing was written.")
        blocking = result.blocking
        if blocking and not include_failing:
            n = len(blocking)
            raise ExportRefused(f"{n} check{'s' if n != 1 else ''} failed: put the records right first (see the list of "
                                "records that fail the DfE checks), or write the file anyway without them. Nothing was written.")
        return ssda903.oc3_files(year, result.rows, result.headers, blocking, result.facts, result.notes)

    def save_oc3(self, files: Oc3Files, folder: str | Path) -> list[Path]:
        """The files, written whole or not at all, and the export noted in the audit trail. A list
        of failing rows left from an earlier export of the year is removed once none fail."""
        folder = Path(folder)
        if not folder.is_dir():
            raise ExportRefused(f"{folder} is not a folder: choose an existing folder. Nothing was written.")
        targets = list(zip((folder / name for name in files.names()), files.contents()))
        stale = folder / f"OC3_{files.year}_failing.csv"
        write_all_private(targets, remove=[stale] if files.failing is None and stale.is_file() else [])
        left = f", {files.left_out} left out (failing the DfE checks)" if files.left_out else ""
        self.store.audit("export", "young_people", None, [], f"903 OC3 {files.year}: {files.rows} rows{left}")
        self.store.note_read(None, "exported the 903 care-leaver return", f"{files.year}: {files.rows} rows{left}")
        event("export_oc3", rows=files.rows, left_out=files.left_out)
        return [t for t, _ in targets]

    def write_oc3(self, year: int, folder: str | Path, *, include_failing: bool = False) -> list[Path]:
        return self.save_oc3(self.oc3_files(year, include_failing=include_failing), folder)

    def coming_up(self, as_at: date | None = None, weeks: int = 12) -> list[ComingUp]:
        """Young people whose birthday window is open or opens soon, and what would be missing."""
        as_at = as_at or self.clock.today()
        w = self.window()
        horizon = as_at + timedelta(weeks=weeks)
        # Only those with a 17th to 21st birthday whose window is open or opens by the horizon.
        near = {r["id"] for r in repo.people_rows(self.store, include_archived=False)
                if any(add_months(nth_birthday(from_iso(r["dob"]), a), w.after_months) >= as_at
                       and add_months(nth_birthday(from_iso(r["dob"]), a), -w.before_months) <= horizon for a in COHORT_AGES)}
        out = []
        for f in self.facts((add_months(as_at, -(w.before_months + w.after_months)), horizon), include_archived=False, only=near):
            for age in (17, 18, 19, 20, 21):
                b = nth_birthday(f.dob, age)
                opens, closes = add_months(b, -w.before_months), add_months(b, w.after_months)
                if closes < as_at or opens > as_at + timedelta(weeks=weeks):
                    continue
                why, returned_home = birthday_exclusion(f, age, b)
                if why:
                    continue
                row = oc3_row(f, b, w, returned_home=returned_home)
                gaps = []
                if not f.la_id:
                    gaps.append(("No LA identifier", "details"))
                if row.in_touch == "NO" and opens <= as_at:
                    gaps.append(("Not reached yet in the window", "contacts"))
                if not row.activ:
                    gaps.append(("No education, employment or training recorded around the birthday", "eet"))
                if not row.accom:
                    gaps.append(("No accommodation recorded, or its suitability not judged", "living"))
                out.append(ComingUp(f.id, f.name, b, age, "open" if opens <= as_at else f"opens {format_uk(opens)}",
                                    [g for g, _ in gaps], gaps[0][1] if gaps else "contacts"))
        return sorted(out, key=lambda c: c.birthday)

    # -- Annex A List 9 ---------------------------------------------------------------------------
    def annex_a(self, as_at: date) -> list[list]:
        """One row per young person at or above the leaving-care threshold on ``as_at``."""
        self._check_as_at(as_at)
        facts = {f.id: f for f in self.facts(None)}
        people = {r["id"]: r for r in repo.people_rows(self.store, include_archived=True)}
        reached = {pid: from_iso(r["last_successful"][:10]) for pid, r in
                   contacts_repo.last_contacts(self.store, up_to=as_at).items() if r["last_successful"]}
        allocation = repo.allocation_on(self.store, as_at)
        workers = {w.id: w for w in people_repo.list_workers(self.store, include_inactive=True)}
        teams = {t.id: t.name for t in people_repo.list_teams(self.store)}
        social_workers = repo.social_workers(self.store)
        plan_dates = repo.latest_plan_dates(self.store, as_at)
        first_allocated = people_repo.first_allocation_dates(self.store)
        lost, bb_days = self.settings.get().lost_touch_days, self.settings.get().bb_emergency_days
        rows = []
        for pid, f in facts.items():
            cat = category_on(f, as_at)
            # Someone who died is listed (LAInTouch "c) Died") while their duties would otherwise have run.
            died = cat.died_on is not None and cat.duties_end is not None and as_at < cat.duties_end
            if cat.category == Category.NONE or not (cat.active or died) or f.dob > as_at:
                continue
            if people[pid]["archived_at"] and people[pid]["archived_at"][:10] <= as_at.isoformat():
                continue
            last_ok = reached.get(pid)
            decision = decision_in_force(f.decisions, as_at)
            touch = derive_in_touch(as_at, last_successful=last_ok, decision=InTouch(decision) if decision else None,
                                    lost_touch_days=lost, allocated_on=from_iso(first_allocated.get(pid))).value
            acc = accommodation_on(f.episodes, f.assessments, f.dob, as_at, reassess_months=1200, bb_emergency_days=bb_days)
            act = main_activity_on(f.eet, as_at)
            pa = workers.get(allocation.get(pid))
            rows.append([
                f.la_id or pid, GENDER_ANNEX_A.get(f.gender, "c) Not stated/recorded"), f.ethnicity, f.dob, age_on(f.dob, as_at),
                YES_NO[f.uasc], YES_NO[f.has_disability], teams.get(pa.team_id, "") if pa else "",
                social_workers.get(pid, ""), pa.name if pa else "", CATEGORY_LABELS[cat.category], plan_dates.get(pid),
                IN_TOUCH_LABELS[touch], last_ok if touch == "YES" else None,
                accommodation_label(acc.episode.accom_type) if acc.episode else "",
                acc.suitability.annex_a if acc.suitability else "", activity_label(act.activ) if act else "",
            ])
        return sorted(rows, key=lambda r: str(r[0]))

    def _check_as_at(self, as_at: date) -> None:
        c = Collector()
        if as_at > self.clock.today():
            c.add("as_at", "As at", "is in the future: choose today or a day in the past")
        c.raise_if_any()

    def annex_a_xlsx(self, as_at: date) -> bytes:
        return list9.annex_a_xlsx(self._annex_a_rows(as_at))

    def annex_a_csv(self, as_at: date) -> bytes:
        return list9.annex_a_csv(self._annex_a_rows(as_at))

    def _annex_a_rows(self, as_at: date) -> list[list]:
        rows = self.annex_a(as_at)
        if not rows:
            raise ExportRefused("Nobody was at or above the leaving-care threshold on that date.")
        return rows

    def annex_a_file(self, as_at: date, path: str | Path) -> bytes:
        """List 9 as a workbook, or as CSV when ``path`` ends in .csv."""
        return self.annex_a_csv(as_at) if Path(path).suffix.lower() == ".csv" else self.annex_a_xlsx(as_at)

    def save_annex_a(self, data: bytes, as_at: date, path: str | Path) -> Path:
        path = Path(path)
        if not path.parent.is_dir():
            raise ExportRefused(f"{path.parent} is not a folder: choose an existing folder. Nothing was written.")
        write_all_private([(path, data)])
        self.store.audit("export", "young_people", None, [], f"Annex A List 9 as at {as_at.isoformat()}")
        self.store.note_read(None, "exported Ofsted Annex A List 9", f"as at {as_at.isoformat()}")
        event("export_annex_a")
        return path

    def write_annex_a(self, as_at: date, path: str | Path) -> Path:
        return self.save_annex_a(self.annex_a_file(as_at, path), as_at, path)
