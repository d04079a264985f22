"""Issue 25's duties through the services: the first plan's due date and a PA in the work tray,
a death's notification, identity documents and the status letter, immigration leave."""

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from careleaver_app.domain.contacts import InTouch
from careleaver_app.domain.duties import DeathNotification, ImmigrationStatus
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.people import Scope, ScopeKind
from tests.storage.test_plans_service import fill

EVERYONE = Scope(ScopeKind.ALL)


def tray(services, as_at, kind, pid=None):
    return [i for i in services.worktray.items(EVERYONE, as_at=as_at) if i.kind == kind and (pid is None or i.person_id == pid)]


@pytest.fixture
def sixteen(services, team):
    """16 on 31/08/2026, in care since 2023: owed an assessment and plan by 30/11/2026."""
    return services.people.create(YoungPerson(legal_name="Amara Quist", dob=date(2010, 8, 31),
                                              care_periods=[CarePeriod(date(2023, 1, 9))]), team["pa"])


@pytest.mark.parametrize("as_at, when", [(date(2026, 11, 29), "Due in 1 day"), (date(2026, 11, 30), "Due today"),
                                         (date(2026, 12, 1), "Overdue 1 day")])
def test_no_plan_is_due_three_months_after_the_16th_birthday(services, sixteen, as_at, when):
    [item] = tray(services, as_at, ItemKind.NO_PLAN, sixteen)
    assert item.due == date(2026, 11, 30) and item.when == when
    assert "by 30/11/2026 (CPPCR 2010 reg 42; CLR 2010 reg 5)" in item.reason
    assert services.duties.first_plan_due(sixteen) == date(2026, 11, 30)


def test_a_draft_carries_the_first_plan_date_and_a_finalised_plan_ends_it(services, sixteen):
    plan = services.plans.start_plan(sixteen, date(2026, 11, 1))
    [item] = tray(services, date(2026, 12, 1), ItemKind.DRAFT_PLAN, sixteen)
    assert item.due == date(2026, 11, 30) and item.overdue
    services.plans.finalise(fill(plan))
    assert not tray(services, date(2026, 12, 1), ItemKind.DRAFT_PLAN, sixteen)
    assert not tray(services, date(2026, 12, 1), ItemKind.NO_PLAN, sixteen)


def test_becoming_eligible_after_16_starts_the_three_months(services, team):
    pid = services.people.create(YoungPerson(legal_name="Tomasz Ekwueme", dob=date(2010, 3, 10),
                                             care_periods=[CarePeriod(date(2026, 6, 1))]), team["pa"])
    [item] = tray(services, date(2026, 11, 22), ItemKind.NO_PLAN, pid)
    assert item.due == date(2026, 11, 30)  # eligible on 30/08/2026 (91 days), + 3 months


def test_an_eligible_young_person_without_a_pa_is_flagged(services, team):
    pid = services.people.create(YoungPerson(legal_name="Nia Okonkwo", dob=date(2010, 8, 31),
                                             care_periods=[CarePeriod(date(2023, 1, 9))]), None)
    [item] = tray(services, date(2026, 11, 22), ItemKind.NO_PA, pid)
    assert item.due == date(2026, 8, 31) and item.overdue and item.target == "pa"
    assert "No personal adviser allocated" in item.reason
    assert not tray(services, date(2026, 8, 30), ItemKind.NO_PA, pid)  # 15 the day before: not yet owed one
    services.people.reallocate(pid, team["pa"], "First PA", date(2026, 11, 22))
    assert not tray(services, date(2026, 11, 22), ItemKind.NO_PA, pid)


@pytest.fixture
def died(services, team):
    """Former relevant, 20; recorded as DIED on Friday 20/11/2026."""
    pid = services.people.create(YoungPerson(legal_name="Joël Achterberg", dob=date(2006, 5, 1),
                                             care_periods=[CarePeriod(date(2020, 5, 1), date(2024, 5, 1))]), team["pa"])
    services.contacts.record_decision(pid, InTouch.DIED, date(2026, 11, 20), "Told by his sister; confirmed by the coroner's office")
    return pid


def test_died_starts_the_notification_five_working_days_on(services, died):
    [item] = tray(services, date(2026, 11, 22), ItemKind.DEATH_NOTIFICATION, died)
    assert item.due == date(2026, 11, 27)  # Friday to the next Friday, across a weekend
    assert "Secretary of State (DfE) and Ofsted" in item.reason and item.target == "duties"
    services.duties.save_death_notification(DeathNotification(died, date(2026, 11, 20), sos_notified_on=date(2026, 11, 21)))
    [item] = tray(services, date(2026, 11, 22), ItemKind.DEATH_NOTIFICATION, died)
    assert "Notify Ofsted of the death" in item.reason
    n = services.duties.death_notification(died)
    n.ofsted_notified_on = date(2026, 11, 22)
    services.duties.save_death_notification(n)
    assert not tray(services, date(2026, 11, 22), ItemKind.DEATH_NOTIFICATION, died)
    titles = [e.title for e in services.chronology.events(died)]
    assert "Death notified to Ofsted" in titles and "Death notified to the Secretary of State (DfE)" in titles


def test_bank_holidays_are_a_local_setting(services, team, died):
    from careleaver_app.domain.errors import NotAllowed

    services.duties.save_death_notification(DeathNotification(died, date(2026, 11, 20)))
    assert tray(services, date(2026, 11, 22), ItemKind.DEATH_NOTIFICATION, died)[0].due == date(2026, 11, 27)
    with pytest.raises(NotAllowed):  # a PA cannot change them
        services.duties.save_bank_holidays(["23/11/2026"])
    services.workers.set_current(team["manager"])
    services.duties.save_bank_holidays(["23/11/2026", "", *[d.strftime("%d/%m/%Y") for d in services.duties.bank_holidays()]])
    assert tray(services, date(2026, 11, 22), ItemKind.DEATH_NOTIFICATION, died)[0].due == date(2026, 11, 30)
    with pytest.raises(ValidationError) as e:
        services.duties.save_bank_holidays(["31/11/2026"])
    assert "row 1" in str(e.value.errors[0]) and date(2026, 11, 23) in services.duties.bank_holidays()  # nothing half-saved


def test_a_notification_needs_a_death_recorded(services, sixteen):
    assert services.duties.death_notification(sixteen) is None
    with pytest.raises(ValidationError) as e:
        services.duties.save_death_notification(DeathNotification(sixteen, date(2026, 11, 20)))
    assert "record DIED" in str(e.value.errors[0])


def test_documents_flagged_from_six_months_before_18_and_in_the_plan(services, team):
    pid = services.people.create(YoungPerson(legal_name="Zoë Łukasik", dob=date(2009, 5, 22),
                                             care_periods=[CarePeriod(date(2021, 1, 1))]), team["pa"])
    assert not tray(services, date(2026, 11, 21), ItemKind.DOCUMENTS, pid)  # the day before
    [item] = tray(services, date(2026, 11, 22), ItemKind.DOCUMENTS, pid)  # six months before 22/05/2027
    assert item.due == date(2027, 5, 22) and "birth certificate" in item.reason
    docs = services.duties.documents(pid)
    for d in docs:
        d.status = "held"
    docs[1].status, docs[1].on = "applied", date(2026, 11, 1)
    docs[5].status = "not_needed"
    services.duties.save_documents(pid, docs)
    [item] = tray(services, date(2026, 11, 22), ItemKind.DOCUMENTS, pid)
    assert item.reason == "Identity documents to sort out: passport or photo id (applied for)"
    plan = services.plans.finalise(fill(services.plans.start_plan(pid, date(2026, 11, 1))))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages).split())
    assert "Documents you have: birth certificate, national insurance number" in text
    assert "Applied for and waiting: passport or photo id." in text


def test_a_document_applied_for_needs_its_date(services, sixteen):
    docs = services.duties.documents(sixteen)
    docs[0].status = "applied"
    with pytest.raises(ValidationError) as e:
        services.duties.save_documents(sixteen, docs)
    assert e.value.errors[0].label == "Birth certificate"
    assert all(d.id is None for d in services.duties.documents(sixteen))


def test_the_status_letter_names_them_their_category_and_the_team(services, sixteen):
    reader = PdfReader(io.BytesIO(services.duties.status_letter_pdf(sixteen)))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Confirmation of care-leaver status" in text and "Amara Quist, born 31/08/2010" in text
    assert "Eligible child" in text and "Leaving Care North" in text and "01632 960001" in text
    assert "Priya Valente" in text and "OFFICIAL-SENSITIVE" in text


@pytest.mark.parametrize("as_at, shown", [(date(2027, 2, 27), False), (date(2027, 2, 28), True), (date(2027, 9, 1), True)])
def test_leave_expiry_in_the_tray(services, sixteen, as_at, shown):
    services.duties.save_immigration(ImmigrationStatus(sixteen, "limited_leave", date(2027, 8, 31), citizenship_entitled=True))
    items = tray(services, as_at, ItemKind.LEAVE_EXPIRY, sixteen)
    assert bool(items) is shown
    if shown:
        assert items[0].due == date(2027, 8, 31) and "ends on 31/08/2027" in items[0].reason


def test_the_dashboard_shows_these_duties_for_a_manager(services, team, sixteen, died):
    nopa = services.people.create(YoungPerson(legal_name="Nia Okonkwo", dob=date(2010, 8, 31),
                                              care_periods=[CarePeriod(date(2023, 1, 9))]), None)
    late = services.people.create(YoungPerson(legal_name="Ivo Marchetti", dob=date(2010, 7, 31),
                                              care_periods=[CarePeriod(date(2023, 1, 9))]), team["pa"])
    dash = services.dashboard.build(EVERYONE)
    figures = {f.key: f for f in dash.duties}
    assert [(p.id, p.detail) for p in figures["first_plan_overdue"].people] == [(late, "due 31/10/2026")]
    assert [p.id for p in figures["no_pa"].people] == [nopa]
    assert [p.id for p in figures["deaths_to_notify"].people] == [died]
    assert figures["deaths_to_notify"].people[0].detail == "due 27/11/2026"
    # (Amara's is due 30/11/2026: not yet overdue on 22/11/2026.)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(services.dashboard.pdf(EVERYONE))).pages).split())
    assert "Duties and documents" in text and "Deaths still to notify to the DfE and Ofsted" in text


def test_custody_with_a_release_date_asks_for_a_review_and_accommodation(services, team):
    from careleaver_app.domain.accommodation import AccommodationEpisode
    from careleaver_app.domain.duties import CustodyRelease

    pid = services.people.create(YoungPerson(legal_name="Kai Brennan", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 3, 3), date(2025, 3, 3))]), team["pa"])
    services.duties.save_custody(CustodyRelease(pid, date(2027, 1, 15)))
    assert not tray(services, date(2026, 11, 22), ItemKind.CUSTODY_RELEASE, pid)  # not in custody: nothing to prepare
    services.living.record_move(AccommodationEpisode(pid, "X", date(2026, 9, 1), provider="HMP Brackenford"))
    [item] = tray(services, date(2026, 11, 22), ItemKind.CUSTODY_RELEASE, pid)
    assert item.due == date(2026, 12, 18)  # 28 days before the release
    assert "review the plan and arrange accommodation" in item.reason
    assert tray(services, date(2026, 12, 19), ItemKind.CUSTODY_RELEASE, pid)[0].overdue
    assert not tray(services, date(2026, 12, 18), ItemKind.CUSTODY_RELEASE, pid)[0].overdue
    services.duties.save_custody(CustodyRelease(pid, date(2027, 1, 15), plan_reviewed_on=date(2026, 11, 20)))
    assert "arrange accommodation before" in tray(services, date(2026, 11, 22), ItemKind.CUSTODY_RELEASE, pid)[0].reason
    plan = services.plans.finalise(fill(services.plans.start_plan(pid, date(2026, 11, 1))))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(services.plans.pdf(plan.id))).pages).split())
    assert "When you are released on 15/01/2027: your personal adviser will arrange where you will live before then." in text
    services.duties.save_custody(CustodyRelease(pid, date(2027, 1, 15), date(2026, 11, 20), date(2026, 11, 21)))
    assert not tray(services, date(2026, 11, 22), ItemKind.CUSTODY_RELEASE, pid)
    with pytest.raises(ValidationError) as e:
        services.duties.save_custody(CustodyRelease(pid, None))
    assert e.value.errors[0].field == "release_on"


@pytest.fixture
def turning_21(services, team):
    """Former relevant, 21 on 15/12/2026."""
    return services.people.create(YoungPerson(legal_name="Ruairí Dlamini", dob=date(2005, 12, 15),
                                              care_periods=[CarePeriod(date(2019, 12, 15), date(2023, 12, 15))]), team["pa"])


def test_the_offer_at_21_is_flagged_three_months_before_and_due_on_the_birthday(services, turning_21):
    from careleaver_app.domain.duties import PaOffer

    assert not tray(services, date(2026, 9, 14), ItemKind.OFFER_AT_21, turning_21)  # the day before the window
    [item] = tray(services, date(2026, 9, 15), ItemKind.OFFER_AT_21, turning_21)
    assert item.due == date(2026, 12, 15) and "CA 1989 s.23CZB" in item.reason
    # After the birthday their duties have ended, and the offer is still owed (overdue).
    [item] = tray(services, date(2026, 12, 16), ItemKind.OFFER_AT_21, turning_21)
    assert item.overdue
    services.duties.record_offer(PaOffer(turning_21, date(2026, 11, 20), "At a visit", "declined", "Wants to manage alone for now"))
    [item] = tray(services, date(2027, 8, 20), ItemKind.OFFER_AT_21, turning_21)  # offered again a year on
    assert item.due == date(2027, 11, 20) and "last offered 20/11/2026: declined for now" in item.reason
    assert not tray(services, date(2027, 8, 19), ItemKind.OFFER_AT_21, turning_21)
    services.duties.record_offer(PaOffer(turning_21, date(2026, 11, 22), "Phone", "accepted"))
    assert services.people.get(turning_21).support_requested_to_25  # accepting is asking for support (s.23CZB)
    assert services.people.category_of(services.people.get(turning_21), date(2027, 1, 1)).active
    assert not tray(services, date(2027, 8, 20), ItemKind.OFFER_AT_21, turning_21)
    assert [o.outcome for o in services.duties.offers(turning_21)] == ["declined", "accepted"]  # both kept
    assert "Offered a PA's support to 25" in [e.title for e in services.chronology.events(turning_21)]


def test_an_offer_is_checked(services, turning_21):
    from careleaver_app.domain.duties import PaOffer

    with pytest.raises(ValidationError) as e:
        services.duties.record_offer(PaOffer(turning_21, date(2026, 9, 14), "", "declined"))
    assert "more than 3 months before their 21st birthday" in str(e.value.errors[0])
    with pytest.raises(ValidationError):
        services.duties.record_offer(PaOffer(turning_21, date(2026, 11, 1), "", ""))
    assert services.duties.offers(turning_21) == []


def test_requests_to_other_bodies_are_chased_and_the_dashboard_shows_who_does_not_answer(services, sixteen):
    from careleaver_app.domain.duties import AgencyRequest

    rid = services.duties.save_request(AgencyRequest(sixteen, "dwp", "Jobcentre Plus Kingsmere", "Universal Credit advance",
                                                     date(2026, 10, 20)))
    [q] = services.duties.requests(sixteen)
    assert q.chase_by == date(2026, 11, 17)  # four weeks on
    [item] = tray(services, date(2026, 11, 22), ItemKind.REQUEST, sixteen)
    assert item.overdue and item.ref == rid and "No answer from DWP (benefits, Jobcentre): Jobcentre Plus Kingsmere" in item.reason
    assert not tray(services, date(2026, 11, 2), ItemKind.REQUEST, sixteen)  # not within 14 days of the chase date yet
    fig = {f.key: f for f in services.dashboard.build(EVERYONE).duties}["requests_unanswered"]
    assert fig.people[0].detail.startswith("No answer from DWP")
    services.duties.save_request(replace(q, answered_on=date(2026, 11, 21), answer="Advance paid"))
    assert not tray(services, date(2026, 11, 22), ItemKind.REQUEST, sixteen)
    with pytest.raises(ValidationError) as e:
        services.duties.save_request(replace(q, id=None, answered_on=date(2026, 10, 1), answer="x"))
    assert e.value.errors[0].field == "answered_on"


def test_at_risk_of_homelessness_needs_a_referral_under_the_duty_to_refer(services, sixteen):
    from careleaver_app.domain.duties import AgencyRequest, HomelessnessRisk

    services.duties.save_risk(HomelessnessRisk(sixteen, date(2026, 11, 10), "Notice to leave supported lodgings"))
    [item] = tray(services, date(2026, 11, 22), ItemKind.DUTY_TO_REFER, sixteen)
    assert item.due is None and "Housing Act 1996 s.213B" in item.reason
    with pytest.raises(ValidationError) as e:  # a duty-to-refer referral goes to housing, with consent
        services.duties.save_request(AgencyRequest(sixteen, "nhs", "", "Referral", date(2026, 11, 12), duty_to_refer=True))
    assert {x.field for x in e.value.errors} == {"body_kind", "consent"}
    services.duties.save_request(AgencyRequest(sixteen, "housing", "Millbrook District Council", "Duty to refer: notice to leave",
                                               date(2026, 11, 12), duty_to_refer=True, consent=True))
    assert not tray(services, date(2026, 11, 22), ItemKind.DUTY_TO_REFER, sixteen)
    assert "Referred under the duty to refer to Housing authority: Millbrook District Council" in [
        e.title for e in services.chronology.events(sixteen)]


def test_staying_close_is_off_until_a_manager_turns_it_on(services, team, turning_21):
    from dataclasses import replace as with_

    from careleaver_app.domain.duties import StayingCloseAssessment

    assert not tray(services, date(2026, 11, 22), ItemKind.STAYING_CLOSE, turning_21)  # not in force
    a = StayingCloseAssessment(turning_21, date(2026, 11, 20), "yes", "Support to stay near Elm House", "I want to stay near my friends")
    with pytest.raises(ValidationError) as e:
        services.duties.record_staying_close(a)
    assert "not in force" in str(e.value.errors[0])
    services.workers.set_current(team["manager"])  # a manager turns it on from commencement
    services.settings.save(with_(services.settings.get(), staying_close_duty_in_force=True))
    services.workers.set_current(team["pa"])
    [item] = tray(services, date(2026, 11, 22), ItemKind.STAYING_CLOSE, turning_21)
    assert "CA 1989 s.23CZAA" in item.reason
    with pytest.raises(ValidationError) as e:
        services.duties.record_staying_close(with_(a, representations=""))
    assert e.value.errors[0].field == "representations"
    services.duties.record_staying_close(a)
    assert not tray(services, date(2026, 11, 22), ItemKind.STAYING_CLOSE, turning_21)
