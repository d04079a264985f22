"""The health passport: a young-person-friendly summary they keep."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm

from ..domain.dates import format_uk
from ..domain.health import FORMATS, Handover, HealthRecord, format_nhs_number
from .pdfbase import Bookmark, build_pdf, para, styles, table


@dataclass
class PassportData:
    name: str
    dob: date
    record: HealthRecord
    handover: Handover
    crisis_lines: list[tuple[str, str, str]]
    printed_on: date
    pa_name: str = ""
    pa_phone: str = ""
    team_name: str = ""  # the leaving care team
    team_phone: str = ""
    out_of_hours: str = ""  # the Emergency Duty Team


def health_passport_pdf(d: PassportData) -> bytes:
    st = styles(12, for_young_person=True)
    r = d.record
    story = [Bookmark("Your health passport"), para(f"{d.name}'s health passport", st.h1),
             para(f"Born {format_uk(d.dob)}. Made {format_uk(d.printed_on)}. This is yours to keep: you choose who sees it.", st.small)]

    story += [Bookmark("Who to contact", 1), para("Who to contact", st.h2)]
    story.append(table(["Who", "Phone"], [
        ["Your personal adviser" + (f": {d.pa_name}" if d.pa_name else ""), d.pa_phone or "Ask the leaving care team"],
        [f"The leaving care team ({d.team_name})" if d.team_name else "The leaving care team", d.team_phone or "Ask your personal adviser"],
        ["Evenings and weekends: the Emergency Duty Team", d.out_of_hours or "In an emergency, call 999"],
    ], [100 * mm, 74 * mm], st))

    story += [Bookmark("My doctor (GP)", 1), para("My doctor (GP)", st.h2)]
    if r.gp_practice:
        story.append(para(f"{r.gp_practice}" + (f", phone {r.gp_phone}" if r.gp_phone else "")
                          + (f". Registered since {format_uk(r.gp_registered_on)}." if r.gp_registered_on else "."), st.body))
    else:
        story.append(para("You are not registered with a GP yet.", st.body))
    if r.nhs_number and r.passport_nhs_number:
        story.append(para(f"Your NHS number: {format_nhs_number(r.nhs_number)}. Give it when you register with a GP or call NHS 111.",
                          st.body))
    story.append(para("How to register with a GP: find a practice near where you live on the NHS website or app, or ask at the "
                      "practice. You do not need proof of address or ID to register. If you move, register with a GP near your new home.",
                      st.body))
    if r.dentist or r.optician:
        story.append(para("Dentist and optician", st.h3))
        for label, value in (("Dentist", r.dentist), ("Optician", r.optician)):
            if value:
                story.append(para(f"{label}: {value}", st.body))

    needs = [n for n in r.needs if n.active and n.in_passport]
    story += [Bookmark("My health needs", 1), para("My health needs", st.h2)]
    if needs:
        story.append(table(["What", "What helps"], [[f"{n.kind_label}: {n.description}", n.how_met] for n in needs],
                           [80 * mm, 94 * mm], st))
    else:
        story.append(para("Nothing recorded that you wanted in your passport.", st.body))
    if r.passport_allergies:
        story.append(para("Allergies", st.h3))
        story.append(para(r.allergies or "None known.", st.body))
    if r.passport_medicines:
        story.append(para("Medicines", st.h3))
        story.append(para(r.medicines or "None.", st.body))

    story += [Bookmark("Getting help", 1), para("Getting help", st.h2)]
    story.append(table(["Who", "How to reach them", "When to use it"], [[n, num, note] for n, num, note in d.crisis_lines],
                       [40 * mm, 50 * mm, 84 * mm], st))

    story += [Bookmark("My health history", 1), para("My health history", st.h2)]
    h = d.handover
    if h.given_on:
        story.append(para(f"You were given your health history on {format_uk(h.given_on)} ({FORMATS.get(h.given_format, h.given_format).lower()}).",
                          st.body))
    elif h.received_on:
        story.append(para("Your health history has arrived. Your personal adviser will go through it with you.", st.body))
    else:
        story.append(para("Your personal adviser is getting your health history for you.", st.body))
    if h.pack_contents.strip():
        story.append(para("What your health history pack contains", st.h3))
        for line in h.pack_contents.splitlines():
            if line.strip():
                story.append(para("• " + line.strip(), st.body))
    return build_pdf(story, title="Health passport", footer_text=f"Health passport, {format_uk(d.printed_on)}", for_young_person=True)
