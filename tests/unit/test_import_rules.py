"""Reading a caseload CSV (docs/import.md): the file's limits at their boundaries, problems named by row
and column, and what is and is not a spreadsheet formula (more in tests/storage/test_import.py)."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.importing import check_csv, looks_like_formula
from tests.support.caseload_csv import GOOD, csv_of

TODAY = date(2026, 11, 22)


def problems(data: bytes):
    return [(p.row, p.column, p.message) for p in check_csv(data, TODAY).problems]


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
        ["File: is not a text CSV file (it contains binary data): in Excel, save it as “CSV UTF-8 (Comma delimited)”"]
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
    exactly = b"\xff" * (20 * 1024 * 1024 - 1) + b"\x00"  # read, then refused for what is in it
    assert str(check_csv(exactly, TODAY).problems[0]).startswith("File: is not a text CSV file (it contains binary data)")
    assert [str(p) for p in check_csv(b"\xff" + exactly, TODAY).problems] == \
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
    assert [str(p) for p in found] == ["Row 2, risks: is 2,001 characters long: at most 2,000 fit"]


# Mutants judged equivalent (16 of 170; the other 154 are caught, 91%):
# - in the "larger than 20 MB" message, MAX_BYTES // (1024 * 1024) with either 1024 as 1023: 20 MB divided by
#   1023 × 1024 is still 20 in whole numbers;
# - in _delimiter, _LINE_END.split(text, 1)[0] with the 1 as 2 or 0 (no limit): only the first line is read;
# - in _quote_problem, `0 < start_line` as `<=`, or its 0 as 1 or -1: a row starts on line 1 or later (the
#   reader's line count plus one), and only the header starts on line 1, where the header's call gives no
#   column names, so the column said is "Row" whatever cell is found; for the same reason the header's call
#   with its start line 1 as 2 or 0 (its row number, the other 1, is tested: row 1);
# - in _bad_quote_cell, the checks that only differ once the scan has reached the end of the row's text:
#   `while i <= len(line)` as `<`, `if i >= len(line)` as `>`, `i < len(line) and line[i] == '"'` and
#   `i < len(line) and line[i] != delimiter` as `<=`, and `len(line) if j < 0 else j` as `j < -1`. The scan
#   reads the row the CSV reader refused, by the reader's own rules, so it stops at the wrong cell before
#   that end: it gets there only when every cell is right, which a refused row never has;
# - in _bad_quote_cell, `if j < 0` (no closing quote) as `j <= 0` or `j < 1`: j is where the next quote
#   is, searched for after the opening one, so it is 1 or more when found (-1 when not).


def test_a_stray_quote_is_named_in_its_own_cell_after_a_quote_that_is_fine():
    header = "la_id,legal_name,dob,address"
    # A quote inside a cell that does not start with one is read as it is, so it is not the problem.
    found = check_csv(csv_of('LC1,Kai "KJ" Reid,01/01/2008,"1 High St"x', header=header), TODAY).problems
    assert [(p.row, p.column) for p in found] == [(2, "address")]


# -- files saved as UTF-16 (Excel's "Unicode text") ---------------------------------------------------

BINARY = "File: is not a text CSV file (it contains binary data): in Excel, save it as “CSV UTF-8 (Comma delimited)”"
NOT_UTF16 = "File: looks like UTF-16 text but cannot be read as it: in Excel, save it as “CSV UTF-8 (Comma delimited)”"


def file_problems(data):
    return [str(p) for p in check_csv(data, TODAY).problems]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_either_way_round(encoding):
    result = check_csv("legal_name,dob\nZoë Kowalski,31/08/2007\n".encode(encoding), TODAY)
    assert result.ok and result.rows[0].person.legal_name == "Zoë Kowalski"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_needs_more_than_nine_in_ten_characters_with_a_zero_high_byte(encoding):
    # Ł (U+0141) has a high byte of 1; "a" a high byte of 0.
    assert file_problems(("ŁŁ" + "a" * 18).encode(encoding)) == [BINARY]  # 18 of 20: exactly nine in ten
    assert file_problems(("Ł" + "a" * 19).encode(encoding))[0].startswith("Row 1, Header: unknown column 'łaaaa")  # 19 of 20


def test_a_utf16_file_of_two_characters_is_read_and_three_bytes_are_not():
    assert file_problems(b"a\x00b\x00")[0] == "Row 1, Header: unknown column 'ab': see the list of columns in the guide"
    assert file_problems(b"\x00a\x00b")[0] == "Row 1, Header: unknown column 'ab': see the list of columns in the guide"
    assert file_problems(b"a\x00b") == [BINARY]


def test_an_odd_number_of_bytes_that_looks_like_utf16_says_so():
    assert file_problems(b"a\x00b\x00c\x00d\x00e\x00f") == [NOT_UTF16]  # five high bytes of five are zero
    assert file_problems(b"\x00a\x00b\x00c\x00d\x00ex") == [BINARY]  # five of six: not more than nine in ten


def test_a_tab_separated_file_may_have_commas_in_its_cells():
    text = "legal_name\tdob\taddress\r\nZoë Kowalski\t31/08/2007\tFlat 2, 14 Mill Lane\r\n"
    result = check_csv(text.encode("utf-16"), TODAY)
    assert result.ok and result.rows[0].person.address == "Flat 2, 14 Mill Lane"


def test_a_comma_header_with_a_stray_tab_is_still_read_as_commas():
    result = check_csv(b"legal_name,dob,address\t\nKai Reid,01/01/2008,1 High St\n", TODAY)
    assert result.ok and result.rows[0].person.address == "1 High St"


# -- where a quote mark went wrong --------------------------------------------------------------------

UNCLOSED = ("a quote mark (\") opens this cell and is never closed, so the rest of the file was read as one cell: "
            "add the closing quote, or remove the opening one")
MISPLACED = ("a quote mark (\") is in the wrong place: a cell that has quote marks must start and end with one, and a "
             "quote mark inside it is written twice (\"\")")
QUOTES_HEADER = "la_id,preferred_name,legal_name,dob"


def quote_problems(*rows, header=QUOTES_HEADER, end="\n"):
    data = ("\n".join([header, *rows]) + end).encode()
    return [(p.row, p.column, p.message) for p in check_csv(data, TODAY).problems]


def test_a_quote_never_closed_says_so_and_names_its_cell():
    assert quote_problems('LC1,,"Kai Reid,01/01/2008', "LC2,,Zo Brown,01/01/2008") == [(2, "legal_name", UNCLOSED)]


def test_a_quote_never_closed_on_the_last_line_without_a_line_end():
    assert quote_problems("LC1,,Kai Reid,01/01/2008", 'LC2,,"Zo Brown,01/01/2008', end="") == [(3, "legal_name", UNCLOSED)]


@pytest.mark.parametrize("row, column", [
    ('"LC1"x,,Kai Reid,01/01/2008', "la_id"),  # the first cell
    ('LC1,"",Kai Reid,"01/01/2008"x', "dob"),  # after an empty quoted cell
    ('"LC1","Kai","Kai Reid"x,01/01/2008', "legal_name"),  # after quoted cells that are fine
    ('LC1,,"Kai ""KJ"" Reid"x,01/01/2008', "legal_name"),  # doubled quotes, then text after the closing one
    ('LC1,,"Kai ""KJ"" Reid","01/01/2008"x', "dob"),  # doubled quotes in a cell that is fine
    ('LC1,,Kai Reid,01/01/2008,"x"y', "Row"),  # a cell beyond the header's columns
])
def test_a_misplaced_quote_is_named_in_its_cell(row, column):
    assert quote_problems(row) == [(2, column, MISPLACED)]


def test_a_misplaced_quote_in_the_header_is_on_row_1():
    assert quote_problems("LC1,,Kai Reid,01/01/2008", header='la_id,"legal_name"x,dob') == [(1, "Row", MISPLACED)]


def test_a_missing_required_column_is_said_once_and_the_rows_are_not_checked_against_it():
    found = check_csv(b"la_id,dob\nLC1,01/01/2008\nLC2,01/01/2009\n", TODAY).problems
    assert [str(p) for p in found] == ["Row 1, Header: missing required column: legal_name"]


def test_a_quoted_cell_with_a_line_break_before_the_wrong_one_does_not_take_the_blame():
    # A cell may hold line breaks inside its quotes (an address typed on two lines); the wrong quote is
    # after it, on the row's next line, and is named there, not in the cell that broke the line.
    assert quote_problems('LC1,,"Kai\nReid","01/01/2008"x') == [(2, "dob", MISPLACED)]
    assert quote_problems('LC1,,"Kai\r\nReid","01/01/2008') == [(2, "dob", UNCLOSED)]
    assert quote_problems('LC1,"KJ\nK",Kai Reid,01/01/2008', 'LC2,,"Zo Brown"x,01/01/2008') == [(3, "legal_name", MISPLACED)]


@pytest.mark.parametrize("row, column, message", [
    (',,"Kai Reid,01/01/2008', "legal_name", UNCLOSED),  # the first cells empty: the row starts with a comma
    (',,"Kai Reid"x,01/01/2008', "legal_name", MISPLACED),
    (',"KJ",Kai Reid,"01/01/2008"x', "dob", MISPLACED),
    ('LC1,,"Kai ""KJ""","01/01/2008"x', "dob", MISPLACED),  # a cell ending in a doubled quote, then its closing one
])
def test_a_quote_is_named_in_its_cell_after_empty_cells_and_doubled_quotes(row, column, message):
    assert quote_problems(row) == [(2, column, message)]


def test_moving_in_and_activity_are_not_judged_against_a_date_of_birth_that_was_refused():
    header = "la_id,legal_name,dob,accommodation,accommodation_from,activity,activity_from"
    # A date of birth in the future is refused; saying the move was "before the date of birth" too would be noise.
    assert [str(p) for p in check_csv(csv_of("LC1,Kai Reid,01/01/2027,U,01/01/2026,F3,01/01/2026", header=header),
                                      TODAY).problems] == ["Row 2, dob: 01/01/2027 is in the future: check the year"]
    # Another detail refused leaves the date of birth standing, so the dates are still judged against it.
    found = [(p.column, p.message) for p in check_csv(csv_of("LC1,,01/01/2010,U,01/01/2009,F3,01/01/2009", header=header),
                                                      TODAY).problems]
    assert ("accommodation_from", "is before the date of birth") in found and ("activity_from", "is before the date of birth") in found
    assert "legal_name" in {c for c, _ in found}


def test_binary_data_with_many_zero_bytes_not_on_alternate_bytes_is_not_read_as_utf16():
    assert file_problems(b"\x00a\x00") == [BINARY]  # three bytes shaped like UTF-16 big-endian: too few to be it
    assert file_problems(b"\x00\x00\x01\x01" * 50) == [BINARY]  # half the bytes zero, but not every other one


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_is_judged_on_the_first_4000_bytes_only(encoding):
    # The first 2,000 characters (4,000 bytes) have exactly nine in ten with a zero high byte: not enough,
    # whatever follows. The 2,000th is Ł (a high byte of 1) and the 2,001st is "a" (a high byte of 0), so a
    # sample one byte shorter or longer would tip the judgement.
    text = "Ł" * 199 + "a" * 1800 + "Ł" + "a" * 100
    assert file_problems(text.encode(encoding)) == [BINARY]
