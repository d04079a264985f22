"""A young person's chronology as a PDF."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm

from ..domain.dates import format_uk
from .pdfbase import build_pdf, para, styles, table


def chronology_pdf(name: str, legal_name: str, events: list, printed_on: date, kinds: list[str]) -> bytes:
    st = styles(11)
    story = [para(f"Chronology: {name}", st.h1)]
    if legal_name != name:
        story.append(para(f"Legal name: {legal_name}", st.small))
    story.append(para(f"Printed {format_uk(printed_on)}. " + (f"Showing: {', '.join(kinds)}." if kinds else "All kinds of event."), st.small))
    if not events:
        story.append(para("No events recorded.", st.body))
    else:
        rows = [[format_uk(e.on), e.kind_label, e.title + (f"\n{e.detail}" if e.detail else "")] for e in events]
        story.append(table(["Date", "Kind", "What happened"], rows, [24 * mm, 38 * mm, 112 * mm], st))
    return build_pdf(story, title="Chronology", footer_text=f"Chronology printed {format_uk(printed_on)}")
