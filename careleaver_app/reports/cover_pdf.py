"""The duty cover summary (for printing or reading on a phone), and "while you were away"."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table, TableStyle

from ..domain.dates import format_uk
from .pdfbase import ACCENT, SHADE, build_pdf, esc, para, styles, table


def _box(rows, st, widths=(48 * mm, 126 * mm)) -> Table:
    t = Table([[Paragraph(f"<b>{esc(k)}</b>", st.cell), Paragraph(esc(v), st.cell)] for k, v in rows], colWidths=list(widths), hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def cover_pdf(s) -> bytes:
    st = styles(11)
    story = [para("Duty cover summary", st.h1)]
    if s.redacted:
        story.append(Paragraph("<b>Redacted copy</b>: addresses and other people's names and numbers are left out. "
                               "Use the full copy at the office.", st.body))
    story.append(_box([
        ("PA who is away", s.absent_name), ("Period", s.period), ("Covered by", s.cover_names),
        ("Team manager", s.manager or "see the team"), ("Duty team", s.duty_phone or "—"),
        ("Out of hours", s.out_of_hours or "Emergency Duty Team: number not set in the app"),
        ("Young people", str(len(s.people))), ("Printed", format_uk(s.printed_on)),
    ], st))
    from reportlab.lib.styles import ParagraphStyle

    story.append(para("Who needs what, most urgent first", ParagraphStyle("h2-flow", parent=st.h2, keepWithNext=0)))
    rows = []
    for i, p in enumerate(s.people, start=1):
        rows.append([str(i), p.name + (" (EDT alert)" if p.edt_alert else ""), "; ".join(p.reasons) or "Nothing due in this period",
                     p.next_due.split(":")[0]])
    highlight = [i for i, p in enumerate(s.people) if p.reasons and p.reasons[0].startswith(("Overdue", "Now"))]
    story.append(table(["#", "Young person", "Why", "Next contact"], rows, [10 * mm, 46 * mm, 88 * mm, 30 * mm], st, highlight=highlight))
    for p in s.people:
        story.append(PageBreak())
        story += _person(p, st, s.redacted)
    return build_pdf(story, title="Duty cover summary", footer_text=f"Cover for {s.absent_name}, {s.period}"
                     + (" (redacted)" if s.redacted else ""))


def _person(p, st, redacted: bool) -> list:
    head = f"{p.name}" + (f" ({p.legal_name})" if p.legal_name != p.name else "")
    out = [para(head, st.h2)]
    facts = [("About", f"{p.age}, {p.category}" + (f", {p.pronouns}" if p.pronouns else "")),
             ("Phone", (p.phone or "none recorded") + (f"; prefers {p.contact_preference.replace('_', ' ')}" if p.contact_preference else ""))]
    if not redacted:
        facts.append(("Address", p.address or "none recorded"))
    facts += [("Where they live", p.accommodation or "not recorded"), ("Education, work", p.eet or "not recorded"),
              ("Last contact", p.last_contact), ("Next contact", p.next_due)]
    if p.covered_by:
        facts.append(("Covered by", p.covered_by))
    if p.edt_alert:
        facts.append(("Out of hours", "The Emergency Duty Team has an alert for this young person"))
    out.append(_box(facts, st))
    if p.risks or p.safety:
        out.append(Paragraph("<b>Risks and safety</b>", st.h3))
        if p.risks:
            out.append(Paragraph(esc(p.risks), st.body))
        if p.safety:
            out.append(Paragraph(esc(p.safety), st.body))
    if p.contingencies:
        out.append(Paragraph("<b>If things go wrong</b>", st.h3))
        for c in p.contingencies:
            out.append(para("• " + c, st.body))
    if p.actions:
        out.append(Paragraph("<b>Plan actions due in this period</b>", st.h3))
        out.append(table(["What", "Who", "By"], [list(a) for a in p.actions], [96 * mm, 48 * mm, 30 * mm], st))
    if not redacted:
        out.append(Paragraph("<b>Key people and agencies</b>", st.h3))
        if p.key_people:
            out.append(table(["Name", "Role", "Phone"], [list(k) for k in p.key_people], [64 * mm, 60 * mm, 50 * mm], st))
        else:
            out.append(para("None recorded.", st.body))
    out.append(Paragraph("<b>Health</b>", st.h3))
    for h in p.health or ["Nothing recorded."]:
        out.append(para(h, st.body))
    return [KeepTogether(out[:2])] + out[2:]


def away_pdf(summary: dict, printed_on: date) -> bytes:
    st = styles(11)
    story = [para("While you were away", st.h1),
             para(f"What {summary['from']} recorded while covering, and what is overdue now. Printed {format_uk(printed_on)}.", st.body)]
    story.append(para(f"Contacts ({len(summary['contacts'])})", st.h2))
    if summary["contacts"]:
        story.append(table(["Young person", "When", "Type", "By", "Summary"], [list(c) for c in summary["contacts"]],
                           [34 * mm, 26 * mm, 26 * mm, 26 * mm, 62 * mm], st))
    else:
        story.append(para("None.", st.body))
    story.append(para(f"Plan actions updated ({len(summary['actions'])})", st.h2))
    for what, status, on in summary["actions"]:
        story.append(para(f"• {what}: {status.replace('_', ' ')} {on}", st.body))
    story.append(para(f"Contingency checks ({len(summary['checks'])})", st.h2))
    for trig, on, note in summary["checks"]:
        story.append(para(f"• If {trig}: checked {on}. {note}", st.body))
    story.append(para(f"Notes ({len(summary['notes'])})", st.h2))
    for who, by, note in summary["notes"]:
        story.append(para(f"• {who} ({by}): {note}", st.body))
    story.append(para(f"Overdue now ({len(summary['overdue'])})", st.h2))
    if summary["overdue"]:
        story.append(table(["Young person", "When", "What", "Why"], [list(o) for o in summary["overdue"]],
                           [36 * mm, 28 * mm, 34 * mm, 76 * mm], st))
    else:
        story.append(para("Nothing overdue.", st.body))
    return build_pdf(story, title="While you were away", footer_text=f"While you were away, {format_uk(printed_on)}")
