"""The young person's pathway plan as a PDF: plain language, large type, their own words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from ..domain.dates import format_uk
from ..domain.plans import SECTIONS, ActionStatus, ContingencyKind, Plan, SectionKey
from .pdfbase import ACCENT, SHADE, build_pdf, esc, gap, para, styles, table


@dataclass
class PlanPrint:
    """Everything the printed plan shows, gathered by the plan service."""

    plan: Plan
    name: str  # what they are called
    legal_name: str
    pa_name: str
    pa_phone: str
    pa_email: str
    duty_phone: str
    out_of_hours: str
    next_review: date | None
    printed_on: date
    section_notes: dict[SectionKey, list[str]] = field(default_factory=dict)  # e.g. health record, within consent


def _status(a) -> str:
    if a.status == ActionStatus.DONE:
        return f"Done {format_uk(a.done_date)}".strip()
    if a.status == ActionStatus.NOT_NEEDED:
        return "No longer needed"
    return "To do"


def _keep(style):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "-keep", parent=style, keepWithNext=1)


def plan_pdf(p: PlanPrint) -> bytes:
    st = styles(12)
    plan = p.plan
    story: list = []
    story.append(para(f"{p.name}'s pathway plan", st.h1))
    if plan.is_final:
        when = format_uk(plan.plan_date)
        story.append(para(f"Version {plan.version}, agreed {when}" + (f" at a review ({plan.review_reason})" if plan.review_reason else ""), st.body))
    else:
        story.append(Paragraph(f"<b>DRAFT</b>: version {plan.version}, not yet agreed. Printed {esc(format_uk(p.printed_on))}.", st.body))
    if p.legal_name != p.name:
        story.append(para(f"Full name: {p.legal_name}", st.small))

    # Who to contact: the first thing a young person looks for.
    contact_rows = [
        [Paragraph("<b>Your personal adviser</b>", st.cell), Paragraph(esc(" · ".join(x for x in (p.pa_name, p.pa_phone, p.pa_email) if x) or "Not allocated yet"), st.cell)],
        [Paragraph("<b>If you can't reach them</b>", st.cell), Paragraph(esc(f"Leaving care duty team: {p.duty_phone}" if p.duty_phone else "Ask your personal adviser for the duty team's number"), st.cell)],
        [Paragraph("<b>Evenings and weekends</b>", st.cell), Paragraph(esc(f"Emergency Duty Team: {p.out_of_hours}" if p.out_of_hours else "Call 999 in an emergency"), st.cell)],
        [Paragraph("<b>Next review</b>", st.cell), Paragraph(esc(f"By {format_uk(p.next_review)}. You can ask for a review at any time." if p.next_review else
                                                                  "Six months after the plan is agreed. You can ask for a review at any time."), st.cell)],
    ]
    box = Table(contact_rows, colWidths=[52 * mm, 120 * mm], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [gap(8), box]

    story.append(para("What I think about my plan", st.h2))
    if plan.views.strip():
        story.append(para(plan.views, st.quote))
    elif plan.views_not_recorded_reason.strip():
        story.append(para(f"Not recorded: {plan.views_not_recorded_reason}", st.body))
    else:
        story.append(para("Not written down yet.", st.body))
    if plan.disagreements.strip():
        story.append(para("What I don't agree with", st.h3))
        story.append(para(plan.disagreements, st.body))

    for info in SECTIONS:
        section = plan.sections[info.key]
        head = [Paragraph(f"{info.number}. {esc(info.plain_title)}", st.h2),
                Paragraph(esc(f"In the law: {info.statutory_title}"), _keep(st.small))]
        body: list = []
        if info.key != SectionKey.CONTINGENCY or section.need.strip():
            body.append(para("What I need and what will happen", st.h3))
            body.append(para(section.need.strip() or "Not written yet.", st.body))
        if section.own_words.strip():
            body.append(para("In my words", st.h3))
            body.append(para(section.own_words, st.quote))
        for note in p.section_notes.get(info.key, []):
            body.append(para(note, st.body))
        story.append(KeepTogether(head + body[:2]))
        story += body[2:]
        actions = plan.actions_in(info.key)
        if actions:
            story.append(para("What will be done", st.h3))
            rows = [[a.what, a.who, format_uk(a.target_date), _status(a)] for a in actions]
            story.append(table(["What", "Who", "By when", "Done?"], rows, [70 * mm, 44 * mm, 28 * mm, 32 * mm], st))
        conts = plan.contingencies_in(info.key)
        if conts:
            story.append(para("If things go wrong" if info.key != SectionKey.CONTINGENCY else "My plans for if things go wrong", st.h3))
            for c in conts:
                if c.kind == ContingencyKind.SAFETY:
                    story.append(Paragraph(f"<b>Keeping safe: {esc(c.trigger)}</b><br/>Right now: {esc(c.response)}<br/>"
                                           f"If it gets more risky: {esc(c.escalation)}<br/>Who: {esc(c.who)}", st.body))
                else:
                    story.append(para("• " + c.sentence(), st.body))
        elif info.key == SectionKey.CONTINGENCY:
            story.append(para("No plans written yet for if things go wrong.", st.body))

    if plan.participants.strip():
        story.append(para("Who helped write this plan", st.h2))
        story.append(para(plan.participants, st.body))
    story.append(gap(10))
    given = f" A copy was given to me on {format_uk(plan.copy_given_date)}." if plan.copy_given_date else ""
    story.append(para(f"Plan version {plan.version}. Written with {plan.pa_name or 'my personal adviser'}.{given}", st.small))
    footer = f"Pathway plan v{plan.version}" + (" (DRAFT)" if not plan.is_final else f", {format_uk(plan.plan_date)}")
    return build_pdf(story, title="Pathway plan", footer_text=footer)
