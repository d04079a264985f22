"""CSV files that are safe to open in a spreadsheet.

A cell that starts with =, +, -, @, tab or carriage return can be run as a formula by Excel or
LibreOffice (CSV injection). Such cells are written with a leading apostrophe, which spreadsheets
show as plain text. Numbers (including negative ones) and dates are left alone.
"""

from __future__ import annotations

import csv
import io
import re

_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r" and not _NUMBER.match(text):
        return "'" + text
    return text


def csv_bytes(header: list[str], rows: list[list], *, bom: bool = True) -> bytes:
    """UTF-8 (with a byte-order mark so Excel reads the accents, unless ``bom`` is False: files
    for upload to the DfE start with the column names themselves), CRLF line ends, every cell safe."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([safe_cell(h) for h in header])
    for r in rows:
        w.writerow([safe_cell(c) for c in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode("utf-8")
