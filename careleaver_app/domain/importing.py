"""Reading a caseload CSV exported from the LA's case management system (columns in docs/import.md).

Every problem is reported by row and column; nothing here touches the database. Cells that
look like spreadsheet formulas (=…, @…, +/- followed by text) are refused rather than stored,
so the data can never carry a formula into a later export.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from .accommodation import ACCOMMODATION_TYPES, AccommodationEpisode, validate_episode
from .codes import ETHNICITIES, IMMIGRATION_STATUSES, is_code
from .dates import parse_uk_date
from .eet import ACTIV_CODES, NEET_CODES, EetEpisode, normalise_activ, validate_eet
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
    """The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 (Excel's "Unicode
    text"), else a problem saying how to save it."""
    if len(data) > MAX_BYTES:
        return None, ImportProblem(0, "File", f"is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
    encoding = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data:
        sample = data[:4000]
        if len(sample) >= 4 and sample[1::2].count(0) > 0.9 * len(sample[1::2]):
            encoding = "utf-16-le"
        elif len(sample) >= 4 and sample[0::2].count(0) > 0.9 * len(sample[0::2]):
            encoding = "utf-16-be"
        else:
            return None, ImportProblem(0, "File", "is not a text CSV file (it contains binary data): in Excel, save it as "
                                                  "“CSV UTF-8 (Comma delimited)”")
    try:
        return (data.decode(encoding) if encoding else data.decode("utf-8-sig")), None
    except UnicodeDecodeError:
        if encoding:
            return None, ImportProblem(0, "File", "looks like UTF-16 text but cannot be read as it: in Excel, save it as "
                                                  "“CSV UTF-8 (Comma delimited)”")
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


_LINE_END = re.compile(r"\r\n|\r|\n")


def _delimiter(text: str) -> str:
    """Comma, or tab for Excel's "Unicode text" (tab-separated) when the header has no commas."""
    first = _LINE_END.split(text, 1)[0]
    return "\t" if "\t" in first and "," not in first else ","


def _quote_problem(text: str, start_line: int, end_line: int, names: list[str], row: int, delimiter: str,
                   message: str) -> ImportProblem:
    """Where a quote went wrong: the row (as a spreadsheet numbers it) and the cell it opens in. The
    row runs from its first line to the line the reader stopped on (``end_line``): a quoted cell
    before the wrong one may hold line breaks, and the cells after it are on later lines."""
    lines = _LINE_END.split(text)
    row_text = "\n".join(lines[start_line - 1:max(start_line, end_line)]) if 0 < start_line <= len(lines) else ""
    index = _bad_quote_cell(row_text, delimiter)
    column = names[index] if index is not None and index < len(names) else "Row"
    if "end of data" in message or "unexpected end" in message or "EOF" in message:
        return ImportProblem(row, column, "a quote mark (\") opens this cell and is never closed, so the rest of the file "
                                          "was read as one cell: add the closing quote, or remove the opening one")
    return ImportProblem(row, column, "a quote mark (\") is in the wrong place: a cell that has quote marks must start and "
                                      "end with one, and a quote mark inside it is written twice (\"\")")


def _bad_quote_cell(line: str, delimiter: str) -> int | None:
    """The index of the first cell of a row's text (``line``: its lines, with the line breaks inside
    quoted cells) whose quote marks are wrong (or never closed)."""
    cell, i = 0, 0
    while i <= len(line):
        if i < len(line) and line[i] == '"':
            i += 1
            while True:
                j = line.find('"', i)
                if j < 0:
                    return cell  # opened here, never closed in the row
                if line[j + 1:j + 2] == '"':
                    i = j + 2
                    continue
                i = j + 1
                break
            if i < len(line) and line[i] != delimiter:
                return cell  # something after the closing quote
        else:  # a cell that does not start with a quote mark: the reader takes any quote in it as it is
            j = line.find(delimiter, i)
            i = len(line) if j < 0 else j
        if i >= len(line):
            return None
        i += 1  # past the delimiter
        cell += 1
    return None


def check_csv(data: bytes, as_at: date) -> ImportCheck:
    """Parse and check every row, listing every problem in one pass by the row a spreadsheet
    shows (the header is row 1; a cell with line breaks is still one row) and the column.
    Nothing is imported unless the result is ok."""
    result = ImportCheck()
    text, problem = decode(data)
    if problem:
        result.problems.append(problem)
        return result
    csv.field_size_limit(MAX_BYTES)  # long cells are reported by column (below), never by the reader
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        result.problems.append(_quote_problem(text, 1, reader.line_num, [], 1, delimiter, str(exc)))
        return result
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
        return result  # which cell is which cannot be known
    seen_ids: dict[str, int] = {}
    row = 1
    while True:
        start_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.problems.append(_quote_problem(text, start_line, reader.line_num, names, row + 1, delimiter, str(exc)))
            break  # the reader cannot find where the next row starts
        row += 1
        if row - 1 > MAX_ROWS:
            result.problems.append(ImportProblem(row, "File", f"more than {MAX_ROWS} rows: split the file"))
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            result.problems.append(ImportProblem(row, "Row", f"has {len(cells)} cells but the header has {len(names)}"))
            continue
        _row({k: v for k, v in zip(names, cells) if k in COLUMNS}, row, as_at, result, seen_ids, check_people=not missing)
    if not result.rows and not result.problems:
        result.problems.append(ImportProblem(0, "File", "has no young people in it"))
    result.problems.sort(key=lambda p: p.row)
    return result


# Which column each rule's field is typed in (the rules name their own form's fields).
ACCOMMODATION_FIELDS = {"start": "accommodation_from", "accom_type": "accommodation", "end": "accommodation"}
ACTIVITY_FIELDS = {"start": "activity_from", "activ": "activity", "end": "activity", "provider": "activity",
                   "hours_per_week": "activity", "he_bursary": "activity"}


def _row(r: dict[str, str], n: int, as_at: date, result: ImportCheck, seen_ids: dict[str, int], *, check_people: bool = True) -> None:
    problems: list[ImportProblem] = []
    for column, value in list(r.items()):
        if len(value) > MAX_CELL:
            problems.append(ImportProblem(n, column, f"is {len(value):,} characters long: at most {MAX_CELL:,} fit"))
            r[column] = ""  # reported once; the rest of the row is still checked
        elif looks_like_formula(value):
            problems.append(ImportProblem(n, column, "looks like a spreadsheet formula (starts with =, @, + or -): remove it"))
            r[column] = ""
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
    if "dob" in r and not get("dob") and "dob" not in {p.column for p in problems}:  # a missing column is said once, in the header
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
    dob_ok = dob is not None
    if dob is not None and check_people:
        reported = {p.column for p in problems}  # a cell already refused above is not reported again
        try:
            validate_person(person, as_at)
        except ValidationError as exc:
            for e in exc.errors:
                dob_ok = dob_ok and e.field != "dob"  # the dates below are judged against a date of birth that stands
                if e.field not in reported:
                    problems.append(ImportProblem(n, e.field if e.field in COLUMNS else "Row", e.message))
    accommodation = None
    if get("accommodation"):
        letter = get("accommodation").upper()[:1]
        start = _date(get("accommodation_from"), n, "accommodation_from", problems)
        la_provided = _flag(get("la_provided"), n, "la_provided", problems)
        if letter not in ACCOMMODATION_TYPES:
            problems.append(ImportProblem(n, "accommodation", f"“{get('accommodation')}” is not a 903 accommodation letter (B … Z)"))
        elif start is None:
            if not get("accommodation_from"):
                problems.append(ImportProblem(n, "accommodation_from", "give the date they moved in"))
        elif dob_ok:
            accommodation = AccommodationEpisode("", letter, start, la_provided=la_provided)
            try:
                validate_episode(accommodation, dob, [], as_at)
            except ValidationError as exc:
                problems.extend(ImportProblem(n, ACCOMMODATION_FIELDS.get(e.field, "accommodation"), e.message) for e in exc.errors)
    activity = None
    if get("activity"):
        code = normalise_activ(get("activity"))
        start = _date(get("activity_from"), n, "activity_from", problems)
        if code not in ACTIV_CODES:
            problems.append(ImportProblem(n, "activity", f"“{get('activity')}” is not a 903 activity code (F1 … G6)"))
        elif start is None:
            if not get("activity_from"):
                problems.append(ImportProblem(n, "activity_from", "give the date it started"))
        elif dob_ok:
            activity = EetEpisode("", code, start, provider="Imported" if code not in NEET_CODES else "")
            try:
                validate_eet(activity, dob, [], as_at)
            except ValidationError as exc:
                problems.extend(ImportProblem(n, ACTIVITY_FIELDS.get(e.field, "activity"), e.message) for e in exc.errors)
    if problems:
        result.problems.extend(problems)
    else:
        result.rows.append(ImportRow(n, person, get("pa"), accommodation, activity))
