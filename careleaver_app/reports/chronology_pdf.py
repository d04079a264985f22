"""A young person's chronology as a PDF: one row per event, dates on one line, a bookmark per year."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.lib.units import mm

from ..domain.dates import format_uk
from .pdfbase import Bookmark, build_pdf, date_width, heading, para, styles, table


def chronology_pdf(name: str, legal_name: str, events: list, printed_on: date, kinds: list[str]) -> bytes:
    st = styles(12)
    story = [Bookmark("Chronology"), para(f"Chronology: {name}", st.h1)]
    if legal_name != name:
        story.append(para(f"Legal name: {legal_name}", st.small))
    story.append(para(f"Printed {format_uk(printed_on)}. " + (f"Showing: {', '.join(kinds)}." if kinds else "All kinds of event."), st.small))
    if not events:
        story.append(para("No events recorded.", st.body))
    dw = date_width(st)
    for year, group in groupby(events, key=lambda e: e.on.year):
        rows = [[format_uk(e.on), e.kind_label, e.title + (f"\n{e.detail}" if e.detail else "")] for e in group]
        story += [Bookmark(str(year), 1)] + heading(str(year), st.h2, room=30 * mm)
        story.append(table(["Date", "Kind", "What happened"], rows, [dw, 40 * mm, 174 * mm - 40 * mm - dw], st))
    return build_pdf(story, title="Chronology", footer_text=f"Chronology printed {format_uk(printed_on)}")
