"""Reading a caseload CSV exported from the LA's case management system (columns in docs/import.md).

Every problem is reported by row and column; nothing here touches the database. Cells that
look like spreadsheet formulas (=…, @…, +/- followed by text) are refused rather than stored,
so the data can never carry a formula into a later export.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from .accommodation import ACCOMMODATION_TYPES, AccommodationEpisode, validate_episode
from .codes import ETHNICITIES, IMMIGRATION_STATUSES, is_code
from .dates import parse_uk_date
from .eet import ACTIV_CODES, EetEpisode, normalise_activ
from .eligibility import CarePeriod
from .errors import ValidationError
from .people import YoungPerson
from .person_rules import validate_person

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_CELL = 2_000

REQUIRED = ("legal_name", "dob")
COLUMNS = ("la_id", "legal_name", "preferred_name", "pronouns", "dob", "gender", "ethnicity", "uasc", "immigration_status",
           "phone", "email", "address", "language", "interpreter_needed", "pa", "care_periods", "accommodation",
           "accommodation_from", "la_provided", "activity", "activity_from", "risks")
GENDER_WORDS = {"m": "male", "male": "male", "f": "female", "female": "female", "not stated": "not_stated",
                "not_stated": "not_stated", "unknown": "not_stated", "neither": "neither", "": "not_stated"}
YES = {"y", "yes", "true", "1"}
NO = {"n", "no", "false", "0", ""}


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as in a spreadsheet: the header is row 1
    column: str
    message: str

    def __str__(self) -> str:
        return f"Row {self.row}, {self.column}: {self.message}" if self.row else f"{self.column}: {self.message}"


@dataclass
class ImportRow:
    row: int
    person: YoungPerson
    pa: str = ""
    accommodation: AccommodationEpisode | None = None
    activity: EetEpisode | None = None


@dataclass
class ImportCheck:
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


def looks_like_formula(text: str) -> bool:
    t = text.lstrip()
    if not t:
        return False
    if t[0] in "=@\t\r":
        return True
    return t[0] in "+-" and len(t) > 1 and not (t[1].isdigit() or t[1] == " ")


def decode(data: bytes) -> tuple[str | None, ImportProblem | None]:
    if len(data) > MAX_BYTES:
        return None, ImportProblem(0, "File", f"is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
    if b"\x00" in data:
        return None, ImportProblem(0, "File", "is not a text CSV file (it contains binary data)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return None, ImportProblem(0, "File", "is not UTF-8 text: in Excel, save it as “CSV UTF-8 (Comma delimited)”")


def _flag(value: str, row: int, column: str, problems: list[ImportProblem]) -> bool:
    value = value.strip().lower()
    if value in YES:
        return True
    if value not in NO:
        problems.append(ImportProblem(row, column, f"“{value}” should be yes or no"))
    return False


def _date(value: str, row: int, column: str, problems: list[ImportProblem]) -> date | None:
    if not value.strip():
        return None
    try:
        return parse_uk_date(value)
    except ValueError as exc:
        problems.append(ImportProblem(row, column, str(exc)))
        return None


_PERIOD = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{4})\s*(?:-\s*(\d{1,2}/\d{1,2}/\d{4})?\s*)?$")


def _periods(value: str, row: int, problems: list[ImportProblem]) -> list[CarePeriod]:
    """"01/09/2021-31/08/2025; 01/01/2026-" (start-end; an open period has no end)."""
    out = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        m = _PERIOD.match(part)
        if not m:
            problems.append(ImportProblem(row, "care_periods", f"“{part}” should look like 01/09/2021-31/08/2025 "
                                          "(or 01/09/2021- if still looked after); separate periods with ;"))
            continue
        start = _date(m.group(1), row, "care_periods", problems)
        end = _date(m.group(2), row, "care_periods", problems) if m.group(2) else None
        if start is not None:
            out.append(CarePeriod(start, end))
    return out


def check_csv(data: bytes, as_at: date) -> ImportCheck:
    """Parse and check every row. Nothing is imported unless the result is ok."""
    result = ImportCheck()
    text, problem = decode(data)
    if problem:
        result.problems.append(problem)
        return result
    csv.field_size_limit(MAX_CELL * 4)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if header is None:
            result.problems.append(ImportProblem(0, "File", "is empty"))
            return result
        names = [h.strip().lower() for h in header]
        unknown = [h for h in names if h not in COLUMNS]
        if unknown:
            result.problems.append(ImportProblem(1, "Header", f"unknown column{'s' if len(unknown) > 1 else ''} "
                                                 f"{', '.join(repr(u) for u in unknown[:10])}: see the list of columns in the guide"))
        missing = [c for c in REQUIRED if c not in names]
        if missing:
            result.problems.append(ImportProblem(1, "Header", f"missing required column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"))
        if len(set(names)) != len(names):
            result.problems.append(ImportProblem(1, "Header", "a column appears twice"))
        if result.problems:
            return result
        seen_ids: dict[str, int] = {}
        for line_no, cells in enumerate(reader, start=2):
            if line_no - 1 > MAX_ROWS:
                result.problems.append(ImportProblem(line_no, "File", f"more than {MAX_ROWS} rows: split the file"))
                break
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(names):
                result.problems.append(ImportProblem(line_no, "Row", f"has {len(cells)} cells but the header has {len(names)}"))
                continue
            _row(dict(zip(names, cells)), line_no, as_at, result, seen_ids)
    except csv.Error as exc:
        msg = str(exc)
        if "field larger than field limit" in msg:
            msg = f"a cell is longer than {MAX_CELL} characters"
        result.problems.append(ImportProblem(reader.line_num, "File", f"cannot be read as CSV ({msg})"))
    if not result.rows and not result.problems:
        result.problems.append(ImportProblem(0, "File", "has no young people in it"))
    return result


def _row(r: dict[str, str], n: int, as_at: date, result: ImportCheck, seen_ids: dict[str, int]) -> None:
    problems: list[ImportProblem] = []
    for column, value in r.items():
        if len(value) > MAX_CELL:
            problems.append(ImportProblem(n, column, f"is longer than {MAX_CELL} characters"))
        elif looks_like_formula(value):
            problems.append(ImportProblem(n, column, "looks like a spreadsheet formula (starts with =, @, + or -): remove it"))
    if problems:
        result.problems.extend(problems)
        return
    get = lambda c: (r.get(c) or "").strip()  # noqa: E731
    gender = GENDER_WORDS.get(get("gender").lower())
    if gender is None:
        problems.append(ImportProblem(n, "gender", f"“{get('gender')}” should be male, female, neither or not stated"))
    ethnicity = get("ethnicity").upper() or "NOBT"
    if not is_code(ETHNICITIES, ethnicity):
        problems.append(ImportProblem(n, "ethnicity", f"“{get('ethnicity')}” is not a 903 ethnicity code (e.g. WBRI, BAFR)"))
    immigration = get("immigration_status").lower()
    if not is_code(IMMIGRATION_STATUSES, immigration):
        problems.append(ImportProblem(n, "immigration_status", f"“{immigration}” is not one of the listed statuses"))
    dob = _date(get("dob"), n, "dob", problems)
    if not get("dob"):
        problems.append(ImportProblem(n, "dob", "enter the date of birth as dd/mm/yyyy"))
    la_id = get("la_id")
    if la_id:
        if la_id in seen_ids:
            problems.append(ImportProblem(n, "la_id", f"{la_id} is also on row {seen_ids[la_id]}"))
        seen_ids[la_id] = n
    person = YoungPerson(
        legal_name=get("legal_name"), dob=dob, preferred_name=get("preferred_name"), pronouns=get("pronouns"),
        gender=gender or "not_stated", ethnicity=ethnicity, uasc=_flag(get("uasc"), n, "uasc", problems),
        immigration_status=immigration, phone=get("phone"), email=get("email"), address=get("address"),
        language=get("language") or "English", interpreter_needed=_flag(get("interpreter_needed"), n, "interpreter_needed", problems),
        la_id=la_id, risks=get("risks"), care_periods=_periods(get("care_periods"), n, problems),
    )
    if dob is not None:
        try:
            validate_person(person, as_at)
        except ValidationError as exc:
            for e in exc.errors:
                problems.append(ImportProblem(n, e.field, e.message))
    accommodation = None
    if get("accommodation"):
        letter = get("accommodation").upper()[:1]
        start = _date(get("accommodation_from"), n, "accommodation_from", problems)
        if letter not in ACCOMMODATION_TYPES:
            problems.append(ImportProblem(n, "accommodation", f"“{get('accommodation')}” is not a 903 accommodation letter (B … Z)"))
        elif start is None:
            problems.append(ImportProblem(n, "accommodation_from", "give the date they moved in"))
        elif dob is not None:
            accommodation = AccommodationEpisode("", letter, start, la_provided=_flag(get("la_provided"), n, "la_provided", problems))
            try:
                validate_episode(accommodation, dob, [], as_at)
            except ValidationError as exc:
                problems.extend(ImportProblem(n, "accommodation", e.message) for e in exc.errors)
    activity = None
    if get("activity"):
        code = normalise_activ(get("activity"))
        start = _date(get("activity_from"), n, "activity_from", problems)
        if code not in ACTIV_CODES:
            problems.append(ImportProblem(n, "activity", f"“{get('activity')}” is not a 903 activity code (F1 … G6)"))
        elif start is None:
            problems.append(ImportProblem(n, "activity_from", "give the date it started"))
        else:
            activity = EetEpisode("", code, start, provider="Imported" if code not in ("G4", "G5", "G6") else "")
    if problems:
        result.problems.extend(problems)
    else:
        result.rows.append(ImportRow(n, person, get("pa"), accommodation, activity))
