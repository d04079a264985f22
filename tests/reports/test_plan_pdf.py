"""The young person's plan PDF: sections, names, marking and page numbers, repeated headers."""

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SECTIONS, Contingency, ContingencyKind, OwnerKind, PlanAction, SectionKey


@pytest.fixture
def plan_pdf(services, team):
    pid = services.people.create(YoungPerson(legal_name="Nguyễn Thị Łucja Şahin", preferred_name="Lucy", dob=date(2008, 2, 29),
                                             care_periods=[CarePeriod(date(2021, 3, 1), date(2026, 3, 1))]), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    for info in SECTIONS:
        plan.sections[info.key].need = f"Need <b>for</b> {info.plain_title} & more"
    plan.sections[SectionKey.EDUCATION].own_words = "I want to go to university"
    for i in range(85):
        plan.actions.append(PlanAction(f"Step {i:02d} towards the goal", OwnerKind.YOUNG_PERSON, "Lucy",
                                       date(2026, 11, 2) + timedelta(days=i), SectionKey.EDUCATION))
    plan.contingencies.append(Contingency("I lose my tenancy", "my PA contacts the housing options team the same day",
                                          "Priya, 07700 900123", date(2026, 12, 1)))
    plan.contingencies.append(Contingency("going missing", "call the police after 24 hours", "PA / EDT", date(2026, 12, 1),
                                          kind=ContingencyKind.SAFETY, escalation="strategy discussion the same day"))
    plan.views = "Zoë's friend helped me say this: I'm happy."
    plan.copy_given_date = date(2026, 11, 2)
    services.plans.finalise(plan)
    return PdfReader(io.BytesIO(services.plans.pdf(plan.id)))


def text_of(reader):
    return [p.extract_text() for p in reader.pages]


def test_every_page_has_the_marking_top_and_bottom_and_page_x_of_y(plan_pdf):
    pages = text_of(plan_pdf)
    n = len(pages)
    assert n >= 3
    for i, t in enumerate(pages, start=1):
        assert t.count("OFFICIAL-SENSITIVE") == 2, i
        assert f"Page {i} of {n}" in t


def test_sections_names_and_contingencies_are_printed(plan_pdf):
    text = " ".join(" ".join(text_of(plan_pdf)).split())  # line breaks from wrapping do not matter
    assert "Lucy Şahin's pathway plan" in text
    assert "Nguyễn Thị Łucja Şahin" in text
    for info in SECTIONS:
        assert info.plain_title in text
    assert "Need <b>for</b>" in text  # user text is printed, never interpreted as markup
    assert "If I lose my tenancy, then my PA contacts the housing options team the same day (Priya, 07700 900123)" in text
    assert "If it gets more risky: strategy discussion the same day" in text
    assert "I want to go to university" in text
    assert "Next review" in text and "By 01/05/2027" in text
    assert "01632 960001" in text  # the duty team's number


def test_long_action_table_repeats_its_header_on_each_page(plan_pdf):
    pages = text_of(plan_pdf)
    with_steps = [t for t in pages if "Step " in t]
    assert len(with_steps) >= 2
    for t in with_steps:
        assert "What" in t and "By when" in t
    assert "Step 84" in "\n".join(pages)


def test_the_unicode_font_is_embedded(plan_pdf):
    embedded = set()
    for page in plan_pdf.pages:
        for f in page["/Resources"]["/Font"].values():
            font = f.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded


def test_a_draft_says_so(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1)), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    text = PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages[0].extract_text()
    assert "DRAFT" in text and "not yet agreed" in text
