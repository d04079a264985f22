"""The 903 and Annex A files as bytes, from rows already derived (exports/ is rows in, bytes out)."""

from __future__ import annotations

import csv
import io
from datetime import date
from types import SimpleNamespace

from openpyxl import load_workbook

from careleaver_app.domain.returns import ANNEX_A_COLUMNS, HEADER_COLUMNS, OC3_COLUMNS, HeaderRow, Oc3Row, RuleFailure
from careleaver_app.exports.annex_a import annex_a_csv, annex_a_xlsx
from careleaver_app.exports.ssda903 import oc3_files


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def _person(pid: str, child: str, dob: date):
    oc3 = Oc3Row(pid, f"Person {pid}", child, dob, dob, 18, "YES", "F2", "K")
    header = HeaderRow(pid, f"Person {pid}", child, "F", dob, "WBRI")
    return oc3, header


def test_the_files_hold_the_passing_rows_in_child_order_and_the_failing_ones_go_to_the_companion():
    a, b, c = _person("a", "CL3", date(2008, 2, 29)), _person("b", "CL1", date(2008, 3, 1)), _person("c", "CL2", date(2008, 2, 28))
    facts = {"a": SimpleNamespace(la_id="CL3", dob=date(2008, 2, 29)), "c": SimpleNamespace(la_id="CL2", dob=date(2008, 2, 28))}
    failing = [RuleFailure("c", "Person c", "1016", "Care ended after the birthday", "Check the care end date", "details")]
    files = oc3_files(2026, [a[0], b[0], c[0]], [a[1], b[1], c[1]], failing, facts, ["note"])
    oc3, header = _rows(files.oc3), _rows(files.header)
    assert oc3[0] == OC3_COLUMNS and header[0] == HEADER_COLUMNS
    assert not files.oc3.startswith(b"\xef\xbb\xbf")  # files for upload start with the column names
    assert [r[0] for r in oc3[1:]] == ["CL1", "CL3"]  # CHILD order; CL2 fails and is left out
    assert oc3[2][1] == "29/02/2008"
    assert [r[0] for r in header[1:]] == ["CL1", "CL3"]
    assert (files.rows, files.left_out, files.notes) == (2, 1, ["note"])
    assert _rows(files.failing)[1] == ["CL2", "28/02/2008", "Person c", "1016", "Care ended after the birthday",
                                       "Check the care end date"]
    assert files.names() == ["OC3_2026.csv", "Header_2026.csv", "OC3_2026_failing.csv"]
    assert files.contents() == [files.oc3, files.header, files.failing]


def test_with_nothing_failing_there_is_no_companion_file():
    a = _person("a", "CL1", date(2007, 12, 31))
    files = oc3_files(2026, [a[0]], [a[1]], [], {}, [])
    assert files.failing is None and files.left_out == 0
    assert files.names() == ["OC3_2026.csv", "Header_2026.csv"]
    assert _rows(files.oc3)[1] == ["CL1", "31/12/2007", "YES", "F2", "K"]


def _annex_row(first: str, dob: date, plan: date | None, contact: date | None) -> list:
    row: list = [""] * len(ANNEX_A_COLUMNS)
    row[0], row[3], row[11], row[13] = first, dob, plan, contact
    return row


def test_annex_a_csv_writes_dates_dd_mm_yyyy_and_keeps_formulas_as_text():
    data = annex_a_csv([_annex_row("=HYPERLINK(\"x\")", date(2008, 2, 29), date(2026, 12, 1), None)])
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    rows = _rows(data[3:])
    assert rows[0] == ANNEX_A_COLUMNS
    assert rows[1][0] == "'=HYPERLINK(\"x\")"
    assert (rows[1][3], rows[1][11], rows[1][13]) == ("29/02/2008", "01/12/2026", "")


def test_annex_a_workbook_shows_dates_dd_mm_yyyy_and_formulas_as_text():
    data = annex_a_xlsx([_annex_row("=1+1", date(2008, 2, 29), date(2026, 12, 1), date(2026, 11, 30))])
    ws = load_workbook(io.BytesIO(data)).active
    assert ws.title == "List 9" and ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ANNEX_A_COLUMNS and ws["A1"].font.bold
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=1+1"
    for cell in ("D2", "L2", "N2"):
        assert ws[cell].number_format == "dd/mm/yyyy"
    assert ws["D2"].value.date() == date(2008, 2, 29)
