"""The young person's plan PDF: sections, names, marking and page numbers, repeated headers."""

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SECTIONS, ActionStatus, Contingency, ContingencyKind, OwnerKind, PlanAction, SectionKey
from careleaver_app.services.people import Scope, ScopeKind


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
    from tests.reports.test_scripts import embedded_fonts

    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(plan_pdf)


def test_a_draft_says_so(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1)), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    text = PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages[0].extract_text()
    assert "DRAFT" in text and "not yet agreed" in text


# -- issue 20: the plan speaks to the young person and prints what the law asks for ------------------------------

STAFF_WORDING = ("chase it", "Given to them", "Consent to share health information is not recorded", "request it",
                 "explain it and give it to them", "Declined by them", "Not started", "the LA should obtain")


def plain(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def finalised(services, pid, start, actions=(), **changes):
    plan = services.plans.start_plan(pid, start)
    plan.actions.extend(actions)
    for info in SECTIONS:
        plan.sections[info.key].need = f"Need for {info.plain_title}"
    plan.contingencies.append(Contingency("I lose my tenancy", "my PA contacts housing options", "PA", start + timedelta(days=60)))
    plan.views = "I am happy with it."
    plan.copy_given_date = start
    for k, v in changes.items():
        setattr(plan, k, v)
    return services.plans.finalise(plan)


@pytest.fixture
def adult(services, team):
    return services.people.create(YoungPerson(legal_name="Renée Osei", dob=date(2007, 10, 1),
                                              care_periods=[CarePeriod(date(2020, 1, 1), date(2025, 10, 1))]), team["pa"])


def test_no_demo_plan_prints_the_staffs_wording(demo_services):
    printed = 0
    for r in demo_services.people.caseload(Scope(ScopeKind.ALL)):
        plan = demo_services.plans.current(r.id)
        if plan is None or printed >= 15 or not demo_services.health.status(r.id).message:
            continue
        text = plain(demo_services.plans.pdf(plan.id))
        for phrase in STAFF_WORDING:
            assert phrase not in text, (phrase, r.display_name)
        printed += 1
    assert printed == 15


def test_where_they_live_and_whether_it_suits_them_is_printed(services, adult):
    from careleaver_app.domain.accommodation import AccommodationEpisode, Arrangement, Suitability, SuitabilityAssessment
    from careleaver_app.domain.eet import EetEpisode
    from careleaver_app.domain.entitlements import EntitlementRecord

    stay = services.living.record_move(AccommodationEpisode(adult, "Z", date(2025, 10, 1), provider="Mrs Ellery"))
    services.living.assess(SuitabilityAssessment(adult, stay, date(2026, 10, 2), Suitability.SUITABLE, reason="Settled and safe", answers={
        "facilities": "Own room and bathroom", "repair": "Good", "safety": "Smoke alarms checked", "location": "Near college",
        "support": "Carer at home", "tenancy": "Staying Put agreement", "finance": "Rent covered", "views": "Wants to stay",
        "rights": "Knows the house rules", "funding": "Knows the LA pays the carer"}))
    services.living.save_arrangement(Arrangement(adult, "staying_put", date(2025, 10, 1), carer="Mrs Ellery"))
    services.living.save_eet(EetEpisode(adult, "F2", date(2025, 9, 1), provider="Northgate College", course_or_job="Level 3 Health"))
    services.living.set_entitlement(EntitlementRecord(adult, "setting_up_home", "awarded", date(2026, 1, 5), 300_000))
    plan = finalised(services, adult, date(2026, 11, 1))
    text = plain(services.plans.pdf(plan.id))
    assert "Where you live now: with former foster carers after 18 (staying put) (Mrs Ellery), since 01/10/2025." in text
    assert "You are Staying Put with Mrs Ellery until 01/10/2028." in text
    assert "Does where you live suit you?" in text and "When we checked 02/10/2026" in text and "It suits you." in text
    for matter, found in (("Facilities and services", "Own room and bathroom"), ("Safety", "Smoke alarms checked"),
                          ("What you think", "Wants to stay")):
        assert f"{matter} {found}" in text
    assert "What you do now: full-time other education, Level 3 Health at Northgate College, since 01/09/2025." in text
    assert "Money you can get" in text and "Setting-up-home allowance (£3,000) You have this" in text


def test_actions_print_to_do_first_with_late_ones_marked_then_done(services, adult):
    actions = [PlanAction(what, OwnerKind.YOUNG_PERSON, "Renée", when, SectionKey.INDEPENDENCE)
               for what, when in (("Open a bank account", date(2026, 12, 1)), ("Register with a dentist", date(2026, 11, 21)),
                                  ("Apply for college", date(2026, 9, 20)))]
    plan = finalised(services, adult, date(2026, 9, 1), actions)
    apply = next(a for a in plan.actions if a.what == "Apply for college")
    services.plans.set_action_status(apply.id, ActionStatus.DONE, date(2026, 9, 18))
    text = plain(services.plans.pdf(plan.id))  # printed 22/11/2026
    dentist, bank, college = (text.index(w) for w in ("Register with a dentist", "Open a bank account", "Apply for college"))
    assert dentist < bank < college  # to do (soonest first), then done
    assert "Register with a dentist Renée (young person) 21/11/2026 Late: not done yet" in text  # the day before printing
    assert "Open a bank account Renée (young person) 01/12/2026 To do" in text
    assert "Done 18/09/2026" in text


def test_a_late_review_says_so(services, adult):
    plan = finalised(services, adult, date(2026, 5, 21))  # review due by 21/11/2026, printed 22/11/2026
    text = plain(services.plans.pdf(plan.id))
    assert "Late: your review was due by 21/11/2026" in text


def test_a_review_due_today_is_not_late(services, adult):
    plan = finalised(services, adult, date(2026, 5, 22))  # due by 22/11/2026: today
    text = plain(services.plans.pdf(plan.id))
    assert "By 22/11/2026." in text and "Late" not in text


def test_an_older_version_says_it_was_replaced_and_every_version_says_when_it_was_printed(services, adult):
    v1 = finalised(services, adult, date(2026, 5, 1))
    v2 = services.plans.start_review(adult, date(2026, 11, 1), "Six-monthly review")
    v2.views = "Still happy."
    v2.copy_given_date = date(2026, 11, 1)
    v2 = services.plans.finalise(v2)
    old = PdfReader(io.BytesIO(services.plans.pdf(v1.id)))
    old_text = plain(services.plans.pdf(v1.id))
    assert "This is an older version of your plan: it was replaced by version 2 on 01/11/2026." in old_text
    assert "Next review By" not in old_text.replace("Next review Six", "")  # no review date on a replaced version
    new_text = plain(services.plans.pdf(v2.id))
    assert "replaced by" not in new_text and "Printed 22/11/2026" in new_text
    for page in old.pages:
        assert "printed 22/11/2026" in page.extract_text()  # on every page of every version


def test_the_young_persons_plan_has_nothing_under_12_pt_and_no_italic_text(plan_pdf):
    sizes, italic = set(), []
    for page in plan_pdf.pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                sizes.add(round(size * tm[0], 1))
                if font and "Oblique" in str(font.get("/BaseFont", "")):
                    italic.append(text)
        page.extract_text(visitor_text=visit)
    assert min(sizes) >= 12  # the marking, footer and page numbers too
    assert not italic  # their own words are set upright


def test_the_plan_has_a_language_a_title_and_an_outline(plan_pdf):
    root = plan_pdf.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert plan_pdf.metadata.title == "Pathway plan"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = [o.title if not isinstance(o, list) else None for o in plan_pdf.outline]
    assert "Your plan" in titles
    flat = " ".join(str(o.title) for o in _walk(plan_pdf.outline))
    assert "5. Where you live" in flat and "4. If things go wrong" in flat


def _walk(outline):
    for o in outline:
        if isinstance(o, list):
            yield from _walk(o)
        else:
            yield o
