"""The team dashboard as a PDF for a management meeting: bars with the numbers beside them,
the breakdowns, caseloads against the threshold, and who is not suitably housed."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm

from ..domain.dates import format_uk
from .pdfbase import ACCENT, FONT, FONT_BOLD, INK, RULE, SHADE, build_pdf, gap, keep, para, styles, table

BAR_WIDTH = 62 * mm
LABEL_WIDTH = 74 * mm


def bars(figures, *, width: float = 174 * mm) -> Drawing:
    """Horizontal percentage bars, the count and denominator written beside each."""
    row_h = 9 * mm
    d = Drawing(width, row_h * len(figures) + 2 * mm)
    for i, f in enumerate(figures):
        y = d.height - (i + 1) * row_h
        d.add(String(0, y + 2.6 * mm, f.label, fontName=FONT, fontSize=10, fillColor=INK))
        d.add(Rect(LABEL_WIDTH, y + 1.2 * mm, BAR_WIDTH, 5.5 * mm, fillColor=SHADE, strokeColor=RULE, strokeWidth=0.5))
        share = (f.count / f.total) if f.total else 0
        if share:
            d.add(Rect(LABEL_WIDTH, y + 1.2 * mm, BAR_WIDTH * share, 5.5 * mm, fillColor=ACCENT, strokeColor=None))
        d.add(String(LABEL_WIDTH + BAR_WIDTH + 3 * mm, y + 2.6 * mm, f.text, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    return d


def dashboard_pdf(dash, printed_on: date) -> bytes:
    st = styles(11)
    story = [para("Leaving care dashboard", st.h1),
             para(f"{dash.scope_label}. Figures as at {format_uk(dash.as_at)}; printed {format_uk(printed_on)}.", st.body),
             para(f"Care leavers: {dash.care_leavers.count}", st.h2),
             bars(dash.headline()), gap(4),
             para("How the figures are counted: everyone in the scope who is an eligible, relevant, former relevant or "
                  "qualifying young person on the date. Plans count those owed a pathway plan (not qualifying care leavers); "
                  "health histories count those aged 18 and over.", st.small)]

    def breakdown(title, figures):
        rows = [[f.label, str(f.count), f"{f.percent:.0f}%" if f.total else ""] for f in figures]
        return keep(para(title, st.h2), table(["", "Young people", "Share"], rows, [110 * mm, 32 * mm, 32 * mm], st))

    story.append(breakdown("By category", dash.by_category))
    story.append(breakdown("Keeping in touch", [dash.in_touch, *dash.touch_breakdown]))
    story.append(breakdown("Education, employment and training", [dash.in_eet, *dash.neet_by_reason]))
    story.append(breakdown("Pathway plans", [dash.plans_in_date, dash.reviews_overdue, dash.no_plan]))
    story.append(breakdown("Health histories and PA changes", [dash.health_history, dash.pa_changes]))

    loads = [[p.name, str(p.count), "Over the threshold" if p.over else ""] for p in dash.caseloads]
    story.append(keep(
        para(f"Caseload per personal adviser (threshold {dash.threshold})", st.h2),
        table(["Personal adviser", "Young people", ""], loads, [110 * mm, 32 * mm, 32 * mm], st,
              highlight=[i for i, p in enumerate(dash.caseloads) if p.over]),
    ))

    housed = dash.not_suitable.people
    story.append(para(f"Not known to be suitably housed ({len(housed)})", st.h2))
    if housed:
        story.append(table(["LA ID", "Young person", "Where they live", "PA"],
                           [[p.la_id, p.name, p.detail, p.pa_name] for p in housed],
                           [24 * mm, 50 * mm, 62 * mm, 38 * mm], st))
    else:
        story.append(para("Everyone is in accommodation judged suitable.", st.body))
    return build_pdf(story, title="Leaving care dashboard", footer_text=f"Dashboard as at {format_uk(dash.as_at)}")

