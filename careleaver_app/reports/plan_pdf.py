"""The young person's pathway plan as a PDF: it speaks to them ("you", "your"), in large type,
with their own words as they wrote them, and what the law asks a plan to show (CLR 2010
Schedule 1), including where they live and whether it suits them (para 5, with Schedule 2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from ..domain.dates import format_uk
from ..domain.plans import SECTIONS, ActionStatus, ContingencyKind, Plan, SectionKey
from .pdfbase import ACCENT, SHADE, Bookmark, build_pdf, date_width, esc, gap, heading, labelled, para, styles, table


@dataclass
class Facts:
    """A small two-column table under a section of the printed plan (what was looked at, what was found)."""

    title: str
    rows: list[tuple[str, str]]


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
    section_notes: dict[SectionKey, list[str | Facts]] = field(default_factory=dict)  # living, money, health within consent
    replaced_by: tuple[int, date | None] | None = None  # (version, its date) when a later version was agreed
    advocacy: str = ""  # how to get an advocate (a local setting)
    complaints: str = ""  # how to complain (a local setting)
    story: str = ""  # their story, when they chose to have it in their copy


# The plan talks to the young person: each section's title as it is printed for them.
YOUR_TITLES = {
    SectionKey.CONTACT: "Who supports you and how we keep in touch",
    SectionKey.EDUCATION: "Learning",
    SectionKey.EMPLOYMENT: "Work and things you do",
    SectionKey.CONTINGENCY: "If things go wrong",
    SectionKey.ACCOMMODATION: "Where you live",
    SectionKey.RELATIONSHIPS: "Your family and friends",
    SectionKey.INDEPENDENCE: "Looking after yourself",
    SectionKey.FINANCE: "Money",
    SectionKey.HEALTH: "Your health",
    SectionKey.IDENTITY: "Who you are",
}


def _status(a, printed_on: date) -> str:
    if a.status == ActionStatus.DONE:
        return f"Done {format_uk(a.done_date)}".strip()
    if a.status == ActionStatus.NOT_NEEDED:
        return "No longer needed"
    if a.is_overdue(printed_on):
        return "Late: not done yet"
    return "To do"


def ordered_actions(actions, printed_on: date) -> list:
    """To do first (soonest first; late ones are the soonest), then done (most recent first), then
    those no longer needed."""
    todo = sorted((a for a in actions if a.status == ActionStatus.OPEN), key=lambda a: (a.target_date or date.max, a.position))
    done = sorted((a for a in actions if a.status == ActionStatus.DONE), key=lambda a: a.done_date or date.min, reverse=True)
    dropped = [a for a in actions if a.status == ActionStatus.NOT_NEEDED]
    return todo + done + dropped


def _facts(f: Facts, st) -> list:
    rows = [[Paragraph(f"<b>{esc(k, st.cell, bold=True)}</b>", st.cell), Paragraph(esc(v, st.cell), st.cell)] for k, v in f.rows]
    t = Table(rows, colWidths=[62 * mm, 112 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, SHADE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [para(f.title, st.h3), t]


def plan_pdf(p: PlanPrint) -> bytes:
    st = styles(12, for_young_person=True)
    plan = p.plan
    printed = format_uk(p.printed_on)
    story: list = [Bookmark("Your plan"), para(f"{p.name}'s pathway plan", st.h1)]
    if p.replaced_by is not None:
        version, on = p.replaced_by
        story.append(para(f"This is an older version of your plan: it was replaced by version {version}"
                          + (f" on {format_uk(on)}" if on else "") + ". Ask your personal adviser for the latest one.", st.warn))
    if plan.is_final:
        when = format_uk(plan.plan_date)
        story.append(para(f"Version {plan.version}, agreed {when}" + (f" at a review ({plan.review_reason})" if plan.review_reason else "")
                          + f". Printed {printed}.", st.body))
    else:
        story.append(Paragraph(f"<b>DRAFT</b>: version {plan.version}, not yet agreed. Printed {printed}.", st.body))
    if p.legal_name != p.name:
        story.append(para(f"Full name: {p.legal_name}", st.small))

    # Who to contact: the first thing a young person looks for.
    if p.next_review is None:
        review = "Six months after the plan is agreed. You can ask for a review at any time."
    elif p.next_review < p.printed_on:
        review = f"Late: your review was due by {format_uk(p.next_review)}. Ask your personal adviser when it will be. " \
                 "You can ask for a review at any time."
    else:
        review = f"By {format_uk(p.next_review)}. You can ask for a review at any time."
    contact_rows = [
        ("Your personal adviser", " · ".join(x for x in (p.pa_name, p.pa_phone, p.pa_email) if x) or "Not allocated yet"),
        ("If you can't reach them", f"Leaving care duty team: {p.duty_phone}" if p.duty_phone else "Ask your personal adviser for the duty team's number"),
        ("Evenings and weekends", f"Emergency Duty Team: {p.out_of_hours}" if p.out_of_hours else "Call 999 in an emergency"),
        ("Next review", review),
    ]
    box = Table([[Paragraph(f"<b>{esc(k, st.cell, bold=True)}</b>", st.cell),
                  Paragraph(esc(v, st.cell_warn if v.startswith("Late") else st.cell), st.cell_warn if v.startswith("Late") else st.cell)]
                 for k, v in contact_rows], colWidths=[52 * mm, 122 * mm], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [gap(8), box]

    story += [Bookmark("What you think about your plan", 1), para("What you think about your plan", st.h2)]
    if plan.views.strip():
        story.append(para("In your own words:", st.label))
        story.append(para(plan.views, st.quote))
    elif plan.views_not_recorded_reason.strip():
        story.append(para(f"Not written down: {plan.views_not_recorded_reason}", st.body))
    else:
        story.append(para("Not written down yet.", st.body))
    if plan.disagreements.strip():
        story.append(para("What you don't agree with", st.h3))
        story.append(para(plan.disagreements, st.body))

    date_col = date_width(st)
    for info in SECTIONS:
        section = plan.sections[info.key]
        title = f"{info.number}. {YOUR_TITLES[info.key]}"
        head = [Bookmark(title, 1), para(title, st.h2), labelled("In the law", info.statutory_title, st.small)]
        body: list = []
        if info.key != SectionKey.CONTINGENCY or section.need.strip():
            body.append(para("What you need and what will happen", st.h3))
            body.append(para(section.need.strip() or "Not written yet.", st.body))
        if section.own_words.strip():
            body.append(para("In your own words", st.h3))
            body.append(para(section.own_words, st.quote))
        for note in p.section_notes.get(info.key, []):
            body += _facts(note, st) if isinstance(note, Facts) else [para(note, st.body)]
        story.append(KeepTogether(head + body[:2]))
        story += body[2:]
        actions = ordered_actions(plan.actions_in(info.key), p.printed_on)
        if actions:
            story += heading("What will be done", st.h3, room=35 * mm)
            rows = [[a.what, a.who, format_uk(a.target_date), _status(a, p.printed_on)] for a in actions]
            late = [i for i, a in enumerate(actions) if a.is_overdue(p.printed_on)]
            story.append(table(["What", "Who", "By when", "Done?"], rows, [174 * mm - 44 * mm - date_col - 34 * mm, 44 * mm, date_col, 34 * mm],
                               st, highlight=late))
        conts = plan.contingencies_in(info.key)
        if conts:
            story.append(para("If things go wrong" if info.key != SectionKey.CONTINGENCY else "Your plans for if things go wrong", st.h3))
            for c in conts:
                if c.kind == ContingencyKind.SAFETY:
                    story.append(KeepTogether([
                        Paragraph(f"<b>{esc('Keeping safe: ' + c.trigger, st.body, bold=True)}</b>", st.body),
                        labelled("Right now", c.response, st.body), labelled("If it gets more risky", c.escalation, st.body),
                        labelled("Who", c.who, st.body)]))
                else:
                    story.append(para("• " + c.sentence(), st.body))
        elif info.key == SectionKey.CONTINGENCY:
            story.append(para("No plans written yet for if things go wrong.", st.body))

    if p.story.strip():
        story += [Bookmark("Your story", 1), para("Your story", st.h2),
                  para("Written with you, in your words, about why you came into care and what happened.", st.small)]
        story += [para(piece.strip(), st.body) for piece in p.story.split("\n\n") if piece.strip()]
    if plan.participants.strip():
        story.append(para("Who helped write this plan", st.h2))
        story.append(para(plan.participants, st.body))
    story.append(gap(10))
    given = f" A copy was given to you on {format_uk(plan.copy_given_date)}." if plan.copy_given_date else ""
    story.append(para(f"Plan version {plan.version}, written with you by {plan.pa_name or 'your personal adviser'}.{given}", st.small))
    footer = f"Pathway plan v{plan.version}" + (" (DRAFT)" if not plan.is_final else f", {format_uk(plan.plan_date)}") + f"; printed {printed}"
    return build_pdf(story, title="Pathway plan", footer_text=footer, for_young_person=True)
