"""The duty cover summary (for printing or reading on a phone), and "while you were away"."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table, TableStyle

from ..domain.dates import format_uk
from .pdfbase import (ACCENT, SHADE, WARN, Bookmark, RunningHeader, build_pdf, date_width, esc, heading, labelled, para, styles,
                      table)

WIDTH = 174 * mm


def _box(rows, st, widths=(48 * mm, 126 * mm), border=ACCENT) -> Table:
    t = Table([[Paragraph(f"<b>{esc(k, st.cell, bold=True)}</b>", st.cell), Paragraph(esc(v, st.cell), st.cell)] for k, v in rows],
              colWidths=list(widths), hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, border),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def cover_pdf(s) -> bytes:
    st = styles(12)
    story = [RunningHeader(""), Bookmark("Cover sheet"), para("Duty cover summary", st.h1)]
    if s.redacted:
        story.append(Paragraph(f"<b>{esc('Redacted copy', st.body, bold=True)}</b>: " + esc(
            "addresses and other people's names and numbers are left out (a key person is named by their role). "
            "Use the full copy at the office.", st.body), st.body))
    story.append(_box([
        ("PA who is away", s.absent_name), ("Period", s.period), ("Covered by", s.cover_names),
        ("Team manager", s.manager or "see the team"), ("Duty team", s.duty_phone or "—"),
        ("Out of hours", f"Emergency Duty Team: {s.out_of_hours}" if s.out_of_hours else "Emergency Duty Team: number not set in the app"),
        *([("Out-of-hours arrangements", s.out_of_hours_arrangements)] if s.out_of_hours_arrangements else []),
        ("Young people", str(len(s.people))), ("Printed", format_uk(s.printed_on)),
    ], st))

    # 1. Act today: risk first, whatever the work tray says about dates.
    urgent = s.act_today
    story += [PageBreak(), Bookmark(f"Act today ({len(urgent)})"), para(f"Act today ({len(urgent)})", st.h1),
              para("Young people with a safety plan or an Emergency Duty Team alert, who are not in touch, or whose statutory "
                   "visit or plan review falls due by the end of the cover. Most serious first (safety plans in red); what to do "
                   "is on each young person's own page.", st.small)]
    if urgent:
        rows = [[str(i), p.name, "; ".join(p.act_today), p.phone or "no phone recorded"] for i, p in enumerate(urgent, start=1)]
        serious = [i for i, p in enumerate(urgent) if p.tier == 0]
        phone_w = date_width(st, "07700 900000 ")
        story.append(table(["#", "Young person", "Act on", "Phone"], rows, [9 * mm, 44 * mm, WIDTH - 53 * mm - phone_w, phone_w], st,
                           highlight=serious))
    else:
        story.append(para("Nobody: no safety plans, known risks, lost contact or statutory visits and reviews due in this period.", st.body))

    # 2. Everything that falls due, in order (the PA's administrative list).
    story += [PageBreak(), Bookmark("What falls due while you cover"), para("What falls due while you cover", st.h1)]
    rows = []
    for i, p in enumerate(s.people, start=1):
        rows.append([str(i), p.name + (" (EDT alert)" if p.edt_alert else ""), "; ".join(p.reasons) or "Nothing due in this period",
                     p.next_due.split(":")[0]])
    highlight = [i for i, p in enumerate(s.people) if p.reasons and p.reasons[0].startswith(("Overdue", "Now"))]
    story.append(table(["#", "Young person", "Why", "Next contact"], rows, [10 * mm, 46 * mm, 118 * mm - date_width(st, "00/00/0000 (overdue)"),
                                                                           date_width(st, "00/00/0000 (overdue)")], st, highlight=highlight))
    story.append(para("Rows in red are overdue now.", st.small))

    # 3. A page (or more) per young person, their name on each.
    story.append(Bookmark("Young people"))
    for p in s.people:
        story.append(PageBreak())
        story += _person(p, st, s.redacted)
    return build_pdf(story, title="Duty cover summary", footer_text=f"Cover for {s.absent_name}, {s.period}"
                     + (" (redacted)" if s.redacted else ""))


def _person(p, st, redacted: bool) -> list:
    head = f"{p.name}" + (f" ({p.legal_name})" if p.legal_name != p.name else "")
    out = [RunningHeader(f"Young person: {p.name}"), Bookmark(p.name, 1), para(head, st.h2)]
    facts = [("About", f"{p.age}, {p.category}" + (f", {p.pronouns}" if p.pronouns else "")),
             ("Phone", (p.phone or "none recorded") + (f"; prefers {p.contact_preference}" if p.contact_preference else ""))]
    if not redacted:
        facts.append(("Address", p.address or "none recorded"))
    facts += [("Where they live", p.accommodation or "not recorded"), ("Education, work", p.eet or "not recorded"),
              ("Last contact", p.last_contact), ("Next contact", p.next_due)]
    if p.covered_by:
        facts.append(("Covered by", p.covered_by))
    if p.edt_alert:
        facts.append(("Out of hours", "The Emergency Duty Team has an alert for this young person"))
    out.append(_box(facts, st))
    if p.act_today:
        out.append(_box([("Act today", "\n".join("• " + a for a in p.act_today))], st, border=WARN))
    for risk, now, rises, who in p.safety_plans:
        out.append(KeepTogether([para(f"Safety plan: {risk}", st.h3), labelled("Right now", now, st.body),
                                 labelled("If the risk rises", rises, st.body), labelled("Who", who, st.body)]))
    if p.risks or p.safety:
        out.append(para("Risks and safety", st.h3))
        if p.risks:
            out.append(para(p.risks, st.body))
        if p.safety:
            out.append(para(p.safety, st.body))
    if p.contingencies:
        out.append(para("If things go wrong", st.h3))
        for c in p.contingencies:
            out.append(para("• " + c, st.body))
    if p.actions:
        out += heading("Plan actions due in this period", st.h3, room=30 * mm)
        dw = date_width(st, "00/00/0000 (overdue)")
        out.append(table(["What", "Who", "By"], [list(a) for a in p.actions], [WIDTH - 48 * mm - dw, 48 * mm, dw], st))
    if not redacted:
        out += heading("Key people and agencies", st.h3, room=25 * mm)
        if p.key_people:
            out.append(table(["Name", "Role", "Phone"], [list(k) for k in p.key_people], [64 * mm, 60 * mm, 50 * mm], st))
        else:
            out.append(para("None recorded.", st.body))
    out.append(para("Health", st.h3))
    for h in p.health or ["Nothing recorded."]:
        out.append(para(h, st.body))
    return out[:2] + [KeepTogether(out[2:4])] + out[4:]


def away_pdf(summary: dict, printed_on: date) -> bytes:
    """What the duty worker did, grouped by young person, then what is overdue now."""
    st = styles(12)
    when_w = date_width(st, "00/00/0000 00:00")
    day_w = date_width(st)
    story = [Bookmark("While you were away"), para("While you were away", st.h1),
             para(f"What {summary['from']} recorded while covering, and what is overdue now. Printed {format_uk(printed_on)}.", st.body)]
    counts = [(len(summary["contacts"]), "contact", "contacts"), (len(summary["actions"]), "plan action updated", "plan actions updated"),
              (len(summary["checks"]), "contingency checked", "contingencies checked"), (len(summary["notes"]), "note", "notes"),
              (len(summary["overdue"]), "item overdue now", "items overdue now")]
    story.append(_box([("In this return", "; ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts))], st))
    people = summary.get("people") or []
    if not people:
        story.append(para("The duty worker recorded nothing for your young people.", st.body))
    for person in people:
        story += [Bookmark(person["name"], 1)] + heading(person["name"], st.h2, room=40 * mm)
        if person["contacts"]:
            story.append(table(["When", "Type", "By", "Summary"], [list(c) for c in person["contacts"]],
                               [when_w, 28 * mm, 32 * mm, WIDTH - when_w - 60 * mm], st))
        for label, items in (("Plan actions", person["actions"]), ("Contingency checks", person["checks"]), ("Notes", person["notes"])):
            if items:
                story.append(para(label, st.h3))
                for line in items:
                    story.append(para("• " + line, st.body))
    story += [Bookmark("Overdue now")] + heading(f"Overdue now ({len(summary['overdue'])})", st.h2, room=40 * mm)
    if summary["overdue"]:
        story.append(table(["Young person", "Since", "What", "Why"], [list(o) for o in summary["overdue"]],
                           [40 * mm, day_w, 36 * mm, WIDTH - 76 * mm - day_w], st))
    else:
        story.append(para("Nothing overdue.", st.body))
    return build_pdf(story, title="While you were away", footer_text=f"While you were away, {format_uk(printed_on)}")
