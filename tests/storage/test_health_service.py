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
    stages = {r.facts.health.stage.value for r in rows}
    assert {"not_started", "requested", "received", "given", "declined"} <= stages
    assert any(r.facts.health.level == "overdue" for r in rows)


# Synthetic NHS numbers from the range the NHS keeps for test data (999 000 0000 to 999 999 9999).
NHS_NUMBER = "9990000018"


def passport_text(services, pid):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(services.health.passport_pdf(pid))).pages).split())


def test_the_nhs_number_is_stored_as_ten_digits_and_shown_back(services, adult):
    rec = services.health.record(adult)
    assert rec.nhs_number == "" and rec.passport_nhs_number  # optional; in the passport unless they say no
    rec.nhs_number = "999-000 0018"
    services.health.save_record(rec)
    assert services.health.record(adult).nhs_number == NHS_NUMBER
    assert services.store.scalar("SELECT nhs_number FROM health_records WHERE person_id = ?", [adult]) == NHS_NUMBER


def test_a_wrong_nhs_number_names_the_field_and_saves_nothing(services, adult):
    rec = services.health.record(adult)
    rec.gp_practice, rec.nhs_number = "Another Practice", "999 000 0019"
    with pytest.raises(ValidationError) as exc:
        services.health.save_record(rec)
    assert str(exc.value) == ("NHS number: 10 digits, as on their NHS letter or the NHS App; this one's check digit is wrong "
                              "— check for a typing slip")
    after = services.health.record(adult)
    assert after.nhs_number == "" and after.gp_practice == "Kingsmere Medical Practice"


def test_the_passport_prints_the_nhs_number_formatted_beside_the_gp_only_when_recorded_and_chosen(services, adult):
    assert "NHS number" not in passport_text(services, adult)  # none recorded
    rec = services.health.record(adult)
    rec.nhs_number = NHS_NUMBER
    services.health.save_record(rec)
    text = passport_text(services, adult)
    assert "Your NHS number: 999 000 0018." in text and NHS_NUMBER not in text
    gp = text.index("My doctor (GP)")
    assert gp < text.index("999 000 0018") < text.index("My health needs")
    rec.passport_nhs_number = False  # they would rather it was not in their passport
    services.health.save_record(rec)
    text = passport_text(services, adult)
    assert "999 000 0018" not in text and "NHS number" not in text
    assert services.health.record(adult).nhs_number == NHS_NUMBER  # still on their record


def test_an_older_store_gains_an_empty_nhs_number_and_its_passports_do_not_change(tmp_path, key):
    from careleaver_app.storage.store import Store
    from tests.support.stores import OLD_STAMP as stamp
    from tests.support.stores import older_store

    path = tmp_path / "older.db"
    old = older_store(path, key, "0016_nhs_number")
    old["health_records"].insert({"id": "h1", "person_id": "yp1", "gp_practice": "Kingsmere Medical Practice", **stamp})
    old.close()
    store = Store.open(path, key)
    assert store.query("SELECT nhs_number, passport_nhs_number FROM health_records") == [{"nhs_number": "", "passport_nhs_number": 1}]
    with pytest.raises(Exception, match="NOT NULL"):
        store.conn.execute("UPDATE health_records SET nhs_number = NULL")
    store.close()


def test_the_demo_has_valid_synthetic_nhs_numbers_for_most_young_people(demo_services):
    from careleaver_app.domain.health import nhs_number_problem

    rows = demo_services.store.query("SELECT nhs_number, passport_nhs_number FROM health_records")
    numbers = [r["nhs_number"] for r in rows if r["nhs_number"]]
    assert 0.6 * len(rows) < len(numbers) < len(rows)  # most recorded, some not known
    assert all(n.startswith("999") and nhs_number_problem(n) is None for n in numbers)  # the NHS's test range
    assert len(set(numbers)) == len(numbers)
    assert {r["passport_nhs_number"] for r in rows} == {0, 1}
