"""Health through the service: handover, consent filtering of outputs, passport, work tray."""

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.health import Consent, Handover, HealthNeed, Referral
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind
from tests.storage.test_plans_service import fill


@pytest.fixture
def adult(services, team):
    """19, with a secret-looking health need so the tests can look for it in outputs."""
    pid = services.people.create(YoungPerson(legal_name="Renée Osei", dob=date(2007, 5, 1),
                                             care_periods=[CarePeriod(date(2021, 5, 1), date(2025, 5, 1))]), team["pa"])
    rec = services.health.record(pid)
    rec.gp_practice = "Kingsmere Medical Practice"
    rec.needs = [HealthNeed("mental_health", "Zyloprex-treated panic disorder", "Counselling")]
    services.health.save_record(rec)
    return pid


def plan_pdf_text(services, pid):
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    plan = services.plans.finalise(fill(plan))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages).split())


def test_a_plan_pdf_without_consent_contains_no_health_details(services, adult):
    text = plan_pdf_text(services, adult)
    assert "Your health details are not in this plan because you have not said they can be." in text
    assert "Consent to share" not in text  # the staff's wording is not in the young person's plan
    assert "Zyloprex" not in text and "Kingsmere Medical Practice" not in text


def test_with_consent_the_plan_pdf_shows_the_health_record(services, adult, today):
    services.health.record_consent(Consent(adult, today, ["plan_pdf"]))
    text = plan_pdf_text(services, adult)
    assert "Zyloprex-treated panic disorder" in text and "Your doctor (GP): Kingsmere Medical Practice" in text
    assert "your health history" in text and "chase" not in text


def test_consent_without_scope_saves_nothing_and_withdrawal(services, adult, today):
    with pytest.raises(ValidationError):
        services.health.record_consent(Consent(adult, today, []))
    assert services.health.consents(adult) == []
    services.health.record_consent(Consent(adult, today - timedelta(days=5), ["plan_pdf"]))
    c = services.health.consents(adult)[0]
    assert c.review_by == date(2027, 11, 17)  # 12 months, the local standard
    services.health.withdraw_consent(c.id, today, "Changed her mind")
    assert not services.health.may_share(adult, "plan_pdf").allowed


def test_handover_is_saved_whole_or_not_at_all(services, adult):
    bad = Handover(adult, requested_on=date(2026, 3, 1), requested_from="gp", received_on=date(2026, 2, 1), received_by="Priya")
    with pytest.raises(ValidationError):
        services.health.save_handover(bad)
    assert services.health.handover(adult).requested_on is None
    services.health.save_handover(Handover(adult, requested_on=date(2026, 3, 1), requested_from="lac_nursing"))
    st = services.health.status(adult)
    assert st.level == "overdue" and "chase it" in st.message


def test_work_tray_has_health_history_referrals_and_consent_renewal(services, adult, team, today):
    services.health.save_referral(adult, Referral("Young People's Mental Health Service", today - timedelta(weeks=7)))
    services.health.record_consent(Consent(adult, today - timedelta(days=360), ["plan_pdf"]))
    kinds = {i.kind for i in services.worktray.items(Scope(ScopeKind.MINE, team["pa"]))}
    assert {ItemKind.HEALTH_HISTORY, ItemKind.REFERRAL, ItemKind.CONSENT} <= kinds


def test_health_passport(services, adult, today):
    rec = services.health.record(adult)
    rec.allergies, rec.passport_allergies = "Penicillin", True
    rec.medicines, rec.passport_medicines = "Secretly-named tablets", False
    services.health.save_record(rec)
    services.health.save_handover(Handover(adult, requested_on=date(2026, 1, 1), requested_from="lac_nursing",
                                           received_on=date(2026, 2, 1), received_by="Priya", pack_contents="Birth details\nImmunisations"))
    pages = PdfReader(io.BytesIO(services.health.passport_pdf(adult))).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert "Renée Osei's health passport" in text
    assert "Kingsmere Medical Practice" in text and "Penicillin" in text
    assert "Secretly-named tablets" not in text  # they chose not to include medicines
    assert "Samaritans" in text and "116 123" in text and "Immunisations" in text
    pa = services.workers.get(services.people.get(adult).allocated_pa_id)
    assert f"Your personal adviser: {pa.name} {pa.phone}" in text
    assert "The leaving care team (Leaving Care North) 01632 960001" in text
    assert "Evenings and weekends: the Emergency Duty Team In an emergency, call 999" in text  # not set in this store
    assert all(p.extract_text().count("OFFICIAL-SENSITIVE") == 2 for p in pages)
    assert f"Page 1 of {len(pages)}" in pages[0].extract_text()


def test_the_health_passport_is_12_pt_with_an_outline(services, adult):
    reader = PdfReader(io.BytesIO(services.health.passport_pdf(adult)))
    sizes = set()
    for page in reader.pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: sizes.add(round(size * tm[0], 1)) if t.strip() else None)
    assert min(sizes) >= 12
    titles = [str(o.title) for o in reader.outline if not isinstance(o, list)] + \
        [str(x.title) for o in reader.outline if isinstance(o, list) for x in o]
    assert {"Your health passport", "Who to contact", "My doctor (GP)", "Getting help"} <= set(titles)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_demo_covers_every_handover_state(demo_services):
    rows = demo_services.people.caseload(Scope(ScopeKind.ALL), include_archived=True)
    stages = {r.extra["health"].stage.value for r in rows}
    assert {"not_started", "requested", "received", "given", "declined"} <= stages
    assert any(r.extra["health"].level == "overdue" for r in rows)
