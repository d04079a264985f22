"""Caseload CSV import: errors by row and column; all or nothing; fuzzed input never crashes."""

import random
from datetime import date

import pytest

from careleaver_app.domain.importing import check_csv, looks_like_formula
from careleaver_app.exports.csv_safe import csv_bytes, safe_cell
from careleaver_app.services.importer import ImportRefused
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
    assert any("characters long" in m and c == "legal_name" for _, c, m in problems(huge))


def test_duplicate_la_ids_within_the_file():
    found = problems(csv_of(GOOD[0], GOOD[0].replace("Zoë", "Zoe")))
    assert any("also on row 2" in m for _, _, m in found)


def test_import_is_all_or_nothing_and_backed_up_first(services, team):
    before = services.store.scalar("SELECT count(*) FROM young_people")
    bad = csv_of(*GOOD, "LC9003,Kai Reid,,31/02/2008,M,WBRI,,,,,,")
    with pytest.raises(ImportRefused) as exc:
        services.importer.apply(bad)
    assert exc.value.problems[0].row == 4
    assert services.store.scalar("SELECT count(*) FROM young_people") == before
    assert services.importer.apply(csv_of(*GOOD)) == 2
    people = {p["legal_name"]: p for p in services.store.query("SELECT * FROM young_people")}
    assert people["Zoë Kowalski"]["allocated_pa_id"] == team["pa"]
    assert services.living.eet_state(people["Zoë Kowalski"]["id"]).episode.activ == "F5"
    from careleaver_app.storage.backup import list_backups
    assert any(b.reason == "before-import" for b in list_backups(services.store.path))
    # The same file again: every row clashes with what is now in the store.
    again = services.importer.check(csv_of(*GOOD))
    assert len([p for p in again.problems if "already in the database" in p.message]) == 2


def test_an_unknown_pa_is_a_problem(services, team):
    result = services.importer.check(csv_of(GOOD[0].replace("Priya Valente", "Nobody Known")))
    assert result.problems[0].column == "pa"


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randrange(len(b) + 1)
        if op < 0.3 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op < 0.5:
            b[pos:pos] = rng.choice([b",", b'"', b"\n", b"\r", b"=", b"\x00", b"\xff\xfe", "é".encode(), b";",
                                     b"31/02/2008", b"-", b"@", b"\t", b"9" * 50])
        elif op < 0.7 and b:
            del b[pos:pos + rng.randint(1, 20)]
        elif op < 0.8:
            b[pos:pos] = b"x" * rng.choice([10, 3000, 9000])
        else:
            b += rng.choice([b"\n", b'"unterminated', b",,,,,,,,,,,,,,,,", GOOD[1].encode()])
    return bytes(b)


def test_fuzzed_files_never_crash_and_never_half_import(services, team):
    rng = random.Random(20261122)
    base = csv_of(*GOOD)
    imported = 0
    for _ in range(300):
        data = mutate(rng, base)
        before = services.store.scalar("SELECT count(*) FROM young_people")
        result = services.importer.check(data)
        try:
            n = services.importer.apply(data)
        except ImportRefused:
            assert services.store.scalar("SELECT count(*) FROM young_people") == before  # nothing half-done
            assert not result.ok
        else:
            imported += 1
            assert result.ok and services.store.scalar("SELECT count(*) FROM young_people") == before + n
    assert services.store.verify_audit().ok


@pytest.mark.parametrize("cell, safe", [
    ("=cmd|'/C calc'!A0", "'=cmd|'/C calc'!A0"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@x", "'@x"),
    ("\t=1", "'\t=1"), ("-5", "-5"), ("+44", "+44"), ("12.5", "12.5"), ("Zoë", "Zoë"), ("", ""), (None, ""),
])
def test_exported_cells_are_neutralised(cell, safe):
    assert safe_cell(cell) == safe


def test_csv_bytes_have_a_bom_and_safe_cells():
    data = csv_bytes(["name", "note"], [["Zoë", "=HYPERLINK(\"x\")"]])
    assert data.startswith("\ufeff".encode()) and "'=HYPERLINK" in data.decode("utf-8-sig")


def test_formula_detection():
    assert looks_like_formula("=1+1") and looks_like_formula(" @x") and looks_like_formula("-cmd")
    assert not looks_like_formula("+44 7700 900123") and not looks_like_formula("- 5") and not looks_like_formula("Zoë")


# -- issue 19, point 8: the real row and column, every problem in one pass, never a traceback --------

def test_a_date_of_birth_in_the_year_9999_is_a_message_not_a_traceback():
    found = problems(csv_of("LC1,Kai Reid,,01/01/9999,M,WBRI,,,U,01/01/2026,F2,01/01/2026"))
    assert found == [(2, "dob", "01/01/9999 is in the future: check the year")]


@pytest.mark.parametrize("start, words", [("01/01/2030", "in the future"), ("01/01/1950", "before the date of birth")])
def test_activity_dates_are_checked_and_named_by_their_column(start, words):
    found = problems(csv_of(f"LC1,Kai Reid,,01/01/2008,M,WBRI,,,,,F2,{start}"))
    assert [(r, c) for r, c, _ in found] == [(2, "activity_from")] and words in found[0][2]


def test_a_move_in_date_in_the_future_is_reported_under_accommodation_from():
    found = problems(csv_of("LC1,Kai Reid,,01/01/2008,M,WBRI,,,U,01/01/2030,,"))
    assert [(r, c) for r, c, _ in found] == [(2, "accommodation_from")]


def test_rows_are_numbered_as_the_spreadsheet_shows_them_after_cells_with_line_breaks():
    data = ('legal_name,dob,address\r\nKai Reid,01/01/2008,"Flat 2\r\nHigh Street\r\nQX1 1AA"\r\n'
            'Zoë Brown,31/02/2008,x\r\n"Ann\nLee",01/01/2008,"a\rb"\r\nBo Li,2008,y\r\n').encode()
    assert [(r, c) for r, c, _ in problems(data)] == [(3, "dob"), (5, "dob")]
    long_after_breaks = ('legal_name,dob,address\nKai Reid,01/01/2008,"Flat 2\nHigh Street\nQX1 1AA"\n'
                         f'Zoë Brown,01/01/2008,{"x" * 9000}\n').encode()
    assert [(r, c) for r, c, _ in problems(long_after_breaks)] == [(3, "address")]  # the spreadsheet's row 3, not line 5


def test_a_very_long_cell_is_named_by_its_column_and_the_rest_of_the_file_is_still_checked():
    data = csv_of("LC1,Kai Reid,,01/01/2008,M,WBRI,,,,,,", header="la_id,legal_name,preferred_name,dob,gender,ethnicity,pa,"
                  "care_periods,accommodation,accommodation_from,activity,activity_from").replace(b"Kai Reid", b"K" * 9000)
    data += b"LC2,Zo Brown,,31/02/2008,F,WBRI,,,,,,\n"
    found = problems(data)
    assert (2, "legal_name") in [(r, c) for r, c, _ in found] and (3, "dob") in [(r, c) for r, c, _ in found]
    assert "9,000 characters" in found[0][2]


def test_every_problem_in_a_row_is_listed_at_once():
    found = problems(csv_of("LC1,=HYPERLINK(1),,31/02/2008,X,ZZZZ,,,,,,"))
    assert {c for _, c, _ in found} == {"legal_name", "dob", "gender", "ethnicity"}


def test_an_unbalanced_quote_is_called_what_it_is_with_its_row_and_column():
    data = b'la_id,legal_name,dob\nLC0,Ann Lee,01/01/2008\nLC1,"Kai Reid,01/01/2008\nLC2,Zo Brown,01/01/2008\n' + \
        b"LC%d,Someone,01/01/2008\n" % 3 * 100
    found = problems(data)
    assert [(r, c) for r, c, _ in found] == [(3, "legal_name")] and "quote" in found[0][2] and "too long" not in found[0][2]
    found = problems(b'la_id,legal_name,dob\nLC0,"Ann" Lee,01/01/2008\n')
    assert [(r, c) for r, c, _ in found] == [(2, "legal_name")] and "quote" in found[0][2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_files_from_excel_are_read(encoding):
    text = "la_id\tlegal_name\tdob\r\nLC1\tZoë Kowalski\t31/08/2007\r\n"  # Excel's "Unicode text": tab-separated UTF-16
    result = check_csv(text.encode(encoding), TODAY)
    assert result.ok and result.rows[0].person.legal_name == "Zoë Kowalski"
    result = check_csv("legal_name,dob\nZoë Kowalski,31/08/2007\n".encode(encoding), TODAY)
    assert result.ok


def test_the_cell_length_limit_is_exactly_2000_characters():
    at_limit = problems(csv_of("LC1,Kai Reid,,01/01/2008,M,WBRI,,,,,,").replace(b"Kai Reid", b"K" * 2000))
    over = problems(csv_of("LC1,Kai Reid,,01/01/2008,M,WBRI,,,,,,").replace(b"Kai Reid", b"K" * 2001))
    assert at_limit == [] and [(r, c) for r, c, _ in over] == [(2, "legal_name")]


def test_quoted_cells_with_doubled_quotes_and_delimiters_are_fine_and_a_stray_quote_names_its_cell():
    good = b'la_id,legal_name,dob,address\nLC1,"Kai ""KJ"" Reid",01/01/2008,"1, High St"\n'
    assert problems(good) == []
    assert check_csv(good, TODAY).rows[0].person.legal_name == 'Kai "KJ" Reid'
    stray = b'la_id,legal_name,dob,address\nLC1,Kai Reid,01/01/2008,"1 High St"x\n'
    assert [(r, c) for r, c, _ in problems(stray)] == [(2, "address")]
    unclosed_last = b'la_id,legal_name,dob,address\nLC1,Kai Reid,01/01/2008,"1 High St\n'
    assert [(r, c) for r, c, _ in problems(unclosed_last)] == [(2, "address")]


def test_a_header_with_tabs_and_commas_is_read_as_commas():
    data = b"legal_name,dob\nKai\tReid,01/01/2008\n"
    result = check_csv(data, TODAY)
    assert result.ok and result.rows[0].person.legal_name == "Kai\tReid"


def test_header_problems_are_on_row_1():
    assert [(r, c) for r, c, _ in problems(b"legal_name\nKai Reid\n")] == [(1, "Header")]
    assert [(r, c) for r, c, _ in problems(b"legal_name,dob,dob\nKai Reid,01/01/2008,01/01/2008\n")] == [(1, "Header")]
