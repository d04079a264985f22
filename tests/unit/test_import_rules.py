"""Reading a caseload CSV (docs/import.md): every problem named by row and column, the file's limits
at their boundaries, and cells that look like spreadsheet formulas refused."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.importing import check_csv, looks_like_formula
from tests.support.caseload_csv import GOOD, HEADER, csv_of

TODAY = date(2026, 11, 22)


def problems(data: bytes):
    return [(p.row, p.column, p.message) for p in check_csv(data, TODAY).problems]


def test_a_good_file_reads_every_row_and_maps_legacy_codes():
    result = check_csv(csv_of(*GOOD), TODAY)
    assert result.ok and len(result.rows) == 2
    assert result.rows[0].activity.activ == "F5"  # F3 before 2022
    assert result.rows[1].person.dob == date(2008, 2, 29)
    assert result.rows[0].person.care_periods[0].end == date(2025, 8, 31)


@pytest.mark.parametrize("row, column, fragment", [
    ("LC1,Kai Reid,,31/02/2008,M,WBRI,,,,,,", "dob", "February 2008 has 29 days"),
    ("LC1,Kai Reid,,2008-01-05,M,WBRI,,,,,,", "dob", "dd/mm/yyyy"),
    ("LC1,Kai Reid,,05/01/2015,M,WBRI,,,,,,", "dob", "age of 11"),
    ("LC1,,,05/01/2008,M,WBRI,,,,,,", "legal_name", "legal name"),
    ("LC1,Kai Reid,,05/01/2008,X,WBRI,,,,,,", "gender", "should be male"),
    ("LC1,Kai Reid,,05/01/2008,M,XXXX,,,,,,", "ethnicity", "not a 903 ethnicity code"),
    ("LC1,=cmd|' /C calc'!A0,,05/01/2008,M,WBRI,,,,,,", "legal_name", "formula"),
    ("LC1,Kai Reid,@SUM(1+1),05/01/2008,M,WBRI,,,,,,", "preferred_name", "formula"),
    ("LC1,Kai Reid,,05/01/2008,M,WBRI,,2021-2025,,,,", "care_periods", "should look like"),
    ("LC1,Kai Reid,,05/01/2008,M,WBRI,,,Q,01/01/2026,,", "accommodation", "903 accommodation letter"),
    ("LC1,Kai Reid,,05/01/2008,M,WBRI,,,T,01/01/2026,,", "accommodation", "under 18"),
    ("LC1,Kai Reid,,05/01/2008,M,WBRI,,,,,Z9,01/01/2026", "activity", "903 activity code"),
])
def test_each_problem_is_named_by_row_and_column(row, column, fragment):
    found = problems(csv_of(GOOD[0], row))
    assert any(r == 3 and c == column and fragment in m for r, c, m in found), found


def test_header_problems():
    assert "missing required column" in problems(b"la_id,legal_name\nLC1,Kai\n")[0][2]
    assert "unknown column" in problems(csv_of(header=HEADER + ",shoe_size"))[0][2]
    assert "appears twice" in problems(b"legal_name,dob,dob\nKai,01/01/2008,01/01/2008\n")[0][2]


def test_file_level_problems():
    assert "not UTF-8" in problems("legal_name,dob\nRenée,01/01/2008\n".encode("latin-1"))[0][2]
    assert "binary" in problems(b"legal_name,dob\nK\x00ai,01/01/2008\n")[0][2]
    assert "empty" in problems(b"")[0][2]
    assert "no young people" in problems(b"legal_name,dob\n\n\n")[0][2]
    assert "cells" in problems(b"legal_name,dob\nKai,01/01/2008,extra\n")[0][2]
    huge = b"legal_name,dob\n" + b"A" * 10_000 + b",01/01/2008\n"
    assert any("longer than" in m for _, _, m in problems(huge))


def test_duplicate_la_ids_within_the_file():
    found = problems(csv_of(GOOD[0], GOOD[0].replace("Zoë", "Zoe")))
    assert any("also on row 2" in m for _, _, m in found)




def test_formula_detection():
    assert looks_like_formula("=1+1") and looks_like_formula(" @x") and looks_like_formula("-cmd")
    assert not looks_like_formula("+44 7700 900123") and not looks_like_formula("- 5") and not looks_like_formula("Zoë")


@pytest.mark.parametrize("cell", ["-", "+", "- called the GP", "-5", "+44 7700 900123", "Zoë", "", "   "])
def test_text_that_is_not_a_formula(cell):
    assert not looks_like_formula(cell)


@pytest.mark.parametrize("cell", ["-x", "+A1", "=1", "@x", " =1", "\t=1"])
def test_text_that_is_a_formula(cell):
    assert looks_like_formula(cell)


def test_each_detail_is_read_into_the_record():
    header = ("legal_name,dob,gender,ethnicity,language,immigration_status,care_periods,"
              "accommodation,accommodation_from,la_provided")
    row = "Kai Reid,05/01/2008,male,,Polish,refugee,01/09/2021-31/08/2025; 01/01/2026-,u1,01/01/2026,yes"
    result = check_csv(csv_of(row, header=header), TODAY)
    assert result.ok and result.problems == []
    [r] = result.rows
    assert r.row == 2
    p = r.person
    assert (p.gender, p.ethnicity, p.language, p.immigration_status) == ("male", "NOBT", "Polish", "refugee")
    assert p.care_periods == [CarePeriod(date(2021, 9, 1), date(2025, 8, 31)), CarePeriod(date(2026, 1, 1), None)]
    assert (r.accommodation.accom_type, r.accommodation.start, r.accommodation.la_provided) == ("U", date(2026, 1, 1), True)


def test_a_file_with_a_problem_is_not_ok_even_with_good_rows():
    result = check_csv(csv_of(GOOD[0], "LC1,Kai Reid,,31/02/2008,M,WBRI,,,,,,"), TODAY)
    assert len(result.rows) == 1 and not result.ok


def test_rows_are_numbered_as_in_a_spreadsheet():
    result = check_csv(csv_of(GOOD[0], "LC1,Kai Reid,,31/02/2008,M,WBRI,,,,,,"), TODAY)
    assert [str(p) for p in result.problems] == ["Row 3, dob: 31/02/2008 does not exist: February 2008 has 29 days"]
    assert result.rows[0].row == 2


def test_file_and_header_problems_are_named_without_a_data_row():
    assert [str(p) for p in check_csv(b"", TODAY).problems] == ["File: is empty"]
    assert [str(p) for p in check_csv(b"legal_name,dob\n\n", TODAY).problems] == ["File: has no young people in it"]
    assert [str(p) for p in check_csv(b"legal_name,dob\nK\x00ai,01/01/2008\n", TODAY).problems] == \
        ["File: is not a text CSV file (it contains binary data)"]
    assert str(check_csv("legal_name,dob\nRenée,01/01/2008\n".encode("latin-1"), TODAY).problems[0]).startswith(
        "File: is not UTF-8 text")
    assert [str(p) for p in check_csv(b"legal_name,dob,dob\nKai,01/01/2008,01/01/2008\n", TODAY).problems] == \
        ["Row 1, Header: a column appears twice"]


def test_one_unknown_or_missing_column_and_several():
    assert [str(p) for p in check_csv(b"legal_name,dob,shoe_size\n", TODAY).problems] == \
        ["Row 1, Header: unknown column 'shoe_size': see the list of columns in the guide"]
    assert str(check_csv(b"legal_name,dob,shoe_size,hat\n", TODAY).problems[0]).startswith(
        "Row 1, Header: unknown columns 'shoe_size', 'hat'")
    assert [str(p) for p in check_csv(b"legal_name,la_id\n", TODAY).problems] == ["Row 1, Header: missing required column: dob"]
    assert [str(p) for p in check_csv(b"la_id\n", TODAY).problems] == ["Row 1, Header: missing required columns: legal_name, dob"]


def test_at_most_ten_unknown_columns_are_listed():
    names = ",".join(f"col{i}" for i in range(1, 12))
    message = check_csv(f"legal_name,dob,{names}\n".encode(), TODAY).problems[0].message
    assert "'col10'" in message and "'col11'" not in message


def test_a_file_of_20_mb_is_read_and_one_byte_more_is_refused():
    exactly = b"\x00" * (20 * 1024 * 1024)  # read, then refused for what is in it
    assert [str(p) for p in check_csv(exactly, TODAY).problems] == ["File: is not a text CSV file (it contains binary data)"]
    assert [str(p) for p in check_csv(exactly + b"\x00", TODAY).problems] == \
        ["File: is larger than 20 MB: split it into smaller files"]


def test_a_file_of_20000_rows_is_read_and_one_row_more_is_refused():
    blank = ["," * 11] * 19_999  # blank rows count towards the limit but are not read as people
    assert check_csv(csv_of(*blank, GOOD[0]), TODAY).ok
    found = check_csv(csv_of(*blank, "," * 11, GOOD[0]), TODAY).problems
    assert [str(p) for p in found] == ["Row 20002, File: more than 20000 rows: split the file"]


def test_a_cell_of_2000_characters_is_read_and_one_character_more_is_refused():
    header = "legal_name,dob,risks"
    assert check_csv(csv_of(f"Kai Reid,05/01/2008,{'r' * 2000}", header=header), TODAY).ok
    found = check_csv(csv_of(f"Kai Reid,05/01/2008,{'r' * 2001}", header=header), TODAY).problems
    assert [str(p) for p in found] == ["Row 2, risks: is longer than 2000 characters"]


def test_a_cell_far_over_the_limit_stops_the_reading_with_a_message():
    header = "legal_name,dob,risks"
    # Up to four times the limit the cell is named by row and column; beyond that the CSV reader stops.
    found = check_csv(csv_of(f"Kai Reid,05/01/2008,{'r' * 7_000}", header=header), TODAY).problems
    assert [str(p) for p in found] == ["Row 2, risks: is longer than 2000 characters"]
    found = check_csv(csv_of(f"Kai Reid,05/01/2008,{'r' * 9_000}", header=header), TODAY).problems
    assert [str(p) for p in found] == ["Row 2, File: cannot be read as CSV (a cell is longer than 2000 characters)"]


# Mutants judged equivalent: in the "larger than 20 MB" message, MAX_BYTES // (1024 * 1024) with either
# 1024 as 1023: 20 MB divided by 1023 × 1024 is still 20 in whole numbers.
