"""The team dashboard as a PDF for a management meeting: bars with the numbers beside them and the
same figure a quarter before, the breakdowns, caseloads against the threshold, and who is not
suitably housed, grouped by why."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm

from ..domain.dates import format_uk
from .pdfbase import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, SHADE, Bookmark, build_pdf, gap, heading, para, styles, table

BAR_WIDTH = 44 * mm
LABEL_WIDTH = 78 * mm


def _figures(dash) -> dict:
    return {f.key: f for f in dash.all_figures()}


def bars(figures, previous: dict | None = None, *, width: float = 174 * mm) -> Drawing:
    """Horizontal percentage bars, the count and denominator written beside each, and the same
    figure before (if known) under it."""
    row_h = 11 * mm if previous else 9 * mm
    d = Drawing(width, row_h * len(figures) + 2 * mm)
    for i, f in enumerate(figures):
        y = d.height - (i + 1) * row_h
        d.add(String(0, y + 2.6 * mm, f.label, fontName=FONT, fontSize=11, fillColor=INK))
        d.add(Rect(LABEL_WIDTH, y + 1.2 * mm, BAR_WIDTH, 5.5 * mm, fillColor=SHADE, strokeColor=RULE, strokeWidth=0.5))
        share = (f.count / f.total) if f.total else 0
        if share:
            d.add(Rect(LABEL_WIDTH, y + 1.2 * mm, BAR_WIDTH * share, 5.5 * mm, fillColor=ACCENT, strokeColor=None))
        d.add(String(LABEL_WIDTH + BAR_WIDTH + 3 * mm, y + 2.6 * mm, f.text, fontName=FONT_BOLD, fontSize=11, fillColor=INK))
        if previous is not None:
            before = previous.get(f.key)
            d.add(String(LABEL_WIDTH + BAR_WIDTH + 3 * mm, y - 1.6 * mm, f"before: {before.text if before else 'not known'}",
                         fontName=FONT, fontSize=10, fillColor=MUTED))
    return d


def dashboard_pdf(dash, printed_on: date, previous=None) -> bytes:
    st = styles(12)
    before = _figures(previous) if previous is not None else None
    then = f" ({format_uk(previous.as_at)})" if previous is not None else ""
    story = [Bookmark("Headline figures"), para("Leaving care dashboard", st.h1),
             para(f"{dash.scope_label}. Figures as at {format_uk(dash.as_at)}; printed {format_uk(printed_on)}."
                  + (f" Beside each figure, the same figure on {format_uk(previous.as_at)}." if previous is not None
                     else " No figures for a quarter before: the records do not go back that far."), st.body),
             para(f"Care leavers: {dash.care_leavers.count}" + (f" (before{then}: {previous.care_leavers.count})" if previous else ""), st.h2),
             bars(dash.headline(), before), gap(4),
             para("How the figures are counted: everyone in the scope who is an eligible, relevant, former relevant or "
                  "qualifying young person on the date. Plans count those owed a pathway plan (not qualifying care leavers); "
                  "health histories count those aged 18 and over.", st.small)]

    def breakdown(title, first, figures):
        head = [first, "Young people", "Share"] + ([f"Before{then}"] if before is not None else [])
        rows = []
        for f in figures:
            row = [f.label, str(f.count), f"{f.percent:.0f}%" if f.total else ""]
            if before is not None:
                b = before.get(f.key)
                row.append(b.text if b else "not known")
            rows.append(row)
        widths = [78 * mm, 28 * mm, 22 * mm, 46 * mm] if before is not None else [110 * mm, 32 * mm, 32 * mm]
        return [Bookmark(title, 1)] + heading(title, st.h2, room=40 * mm) + [table(head, rows, widths, st)]

    story += breakdown("By category", "Category", dash.by_category)
    story += breakdown("Keeping in touch", "In touch", [dash.in_touch, *dash.touch_breakdown])
    story += breakdown("Education, employment and training", "Activity", [dash.in_eet, *dash.neet_by_reason])
    story += breakdown("Pathway plans", "Plan", [dash.plans_in_date, dash.reviews_overdue, dash.no_plan])
    story += breakdown("Health histories and PA changes", "Figure", [dash.health_history, dash.pa_changes])
    if dash.duties:
        story += breakdown("Duties and documents", "Figure", dash.duties)

    loads = [[p.name, str(p.count), "Over the threshold" if p.over else ""] for p in dash.caseloads]
    title = f"Caseload per personal adviser (threshold {dash.threshold})"
    story += [Bookmark("Caseloads", 1)] + heading(title, st.h2, room=40 * mm)
    story.append(table(["Personal adviser", "Young people", "Against the threshold"], loads, [100 * mm, 32 * mm, 42 * mm], st,
                       highlight=[i for i, p in enumerate(dash.caseloads) if p.over]))

    housed = dash.not_suitable.people
    title = f"Not known to be suitably housed ({len(housed)})"
    story += [Bookmark("Not known to be suitably housed", 1)] + heading(title, st.h2, room=40 * mm)
    if housed:
        for group, members in groupby(housed, key=lambda p: p.group):  # the service lists them by group
            members = list(members)
            story += heading(f"{group or 'Other'} ({len(members)})", st.h3, room=25 * mm)
            story.append(table(["LA ID", "Young person", "Where they live", "PA"],
                               [[p.la_id, p.name, p.detail, p.pa_name] for p in members], [24 * mm, 50 * mm, 62 * mm, 38 * mm], st))
    else:
        story.append(para("Everyone is in accommodation judged suitable.", st.body))
    return build_pdf(story, title="Leaving care dashboard", footer_text=f"Dashboard as at {format_uk(dash.as_at)}")
