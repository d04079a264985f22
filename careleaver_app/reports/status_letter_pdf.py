"""A letter confirming care-leaver status, for the young person to show a landlord, a college,
the DWP, a council tax office or a bank: their name, their leaving-care category, the LA's contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm

from ..domain.dates import format_uk
from .pdfbase import Bookmark, build_pdf, para, styles, table


@dataclass
class StatusLetter:
    name: str
    dob: date
    category: str  # e.g. "Former relevant child"
    category_reason: str
    active: bool
    duties_end: date | None
    printed_on: date
    pa_name: str = ""
    pa_phone: str = ""
    pa_email: str = ""
    team_name: str = ""  # the leaving care team
    team_phone: str = ""
    out_of_hours: str = ""


def status_letter_pdf(d: StatusLetter) -> bytes:
    st = styles(11)
    story = [Bookmark("Confirmation of care-leaver status"), para(format_uk(d.printed_on), st.body),
             para("To whom it may concern", st.body), para("Confirmation of care-leaver status", st.h1)]
    if d.active:
        story.append(para(f"This letter confirms that {d.name}, born {format_uk(d.dob)}, is a care leaver supported by "
                          f"{d.team_name or 'our leaving care service'}. Their leaving-care status under the Children Act 1989 "
                          f"is: {d.category}.", st.body))
        if d.duties_end:
            story.append(para(f"The local authority's leaving-care duties to them continue until at least {format_uk(d.duties_end)}.",
                              st.body))
    else:
        story.append(para(f"This letter confirms that {d.name}, born {format_uk(d.dob)}, was looked after by the local authority "
                          f"and is a care leaver ({d.category}). The local authority's leaving-care duties to them have ended; "
                          f"they may still ask for advice and support.", st.body))
    story.append(para("Being a care leaver can entitle them to help that other young people do not get (for example a "
                      "council tax exemption, priority for housing, or a bursary). Please contact us if you need to check "
                      "their status: we will confirm it with their permission.", st.body))
    story += [Bookmark("Who to contact", 1), para("Who to contact", st.h2)]
    story.append(table(["Who", "How to reach them"], [
        ["Their personal adviser" + (f": {d.pa_name}" if d.pa_name else ""),
         ", ".join(x for x in (d.pa_phone, d.pa_email) if x) or "Through the leaving care team"],
        [d.team_name or "The leaving care team", d.team_phone or "Through the local authority's main number"],
        ["Evenings and weekends: the Emergency Duty Team", d.out_of_hours or "In an emergency, call 999"],
    ], [90 * mm, 84 * mm], st))
    story.append(para(f"Signed on behalf of {d.team_name or 'the leaving care service'}" + (f" by {d.pa_name}, personal adviser"
                                                                                              if d.pa_name else "") + ".", st.body))
    return build_pdf(story, title="Confirmation of care-leaver status", footer_text=f"Care-leaver status letter, {format_uk(d.printed_on)}")
