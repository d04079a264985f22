"""Ofsted's Annex A List 9 (care leavers) as a workbook or CSV, from the rows
services/returns.py derives (one per young person, in ANNEX_A_COLUMNS order, dates as dates).
Pure: rows in, bytes out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from ..domain.dates import format_uk
from ..domain.returns import ANNEX_A_COLUMNS
from .csv_safe import csv_bytes

DATE_COLUMNS = (4, 12, 14)  # DateOfBirth, LatestPathwayPlan, LatestContact (1-based, as a spreadsheet counts)


def annex_a_xlsx(rows: Sequence[Sequence]) -> bytes:
    """Bold, frozen column names; dates shown dd/mm/yyyy; text that looks like a formula kept as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "List 9"
    ws.append(ANNEX_A_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                c.data_type = "s"  # text that looks like a formula stays text
    for col in DATE_COLUMNS:
        for cells in ws.iter_cols(min_col=col, max_col=col, min_row=2):
            for c in cells:
                c.number_format = "dd/mm/yyyy"
    for i, name in enumerate(ANNEX_A_COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, len(name) + 2)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def annex_a_csv(rows: Sequence[Sequence]) -> bytes:
    """UTF-8 with a byte-order mark (for Excel), dates dd/mm/yyyy, every cell safe to open."""
    return csv_bytes(ANNEX_A_COLUMNS, [[format_uk(v) if isinstance(v, date) else v for v in r] for r in rows])
