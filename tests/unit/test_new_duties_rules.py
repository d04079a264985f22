"""Issue 25's rules (domain.duties): the first plan's due date, working days for a death's
notification, identity documents, leave expiry."""

from datetime import date

import pytest

from careleaver_app.domain.dates import add_working_days
from careleaver_app.domain.duties import (
    BANK_HOLIDAYS_DEFAULT,
    DeathNotification,
    IdentityDocument,
    ImmigrationStatus,
    death_is_notifiable,
    death_notification_due,
    documents_flagged_from,
    first_plan_due,
    leave_needs_action,
    needs_a_pa,
    outstanding_documents,
    plan_owed_from,
    validate_death_notification,
    validate_immigration,
)
from careleaver_app.domain.eligibility import CarePeriod, Category, category_timeline
from careleaver_app.domain.errors import ValidationError


@pytest.mark.parametrize("owed, due", [
    (date(2026, 11, 30), date(2027, 2, 28)),  # a month end: clamped to February's last day
    (date(2027, 11, 30), date(2028, 2, 29)),  # ... 29th in a leap year
    (date(2028, 2, 29), date(2028, 5, 29)),   # a 29 February 16th birthday
    (date(2026, 8, 31), date(2026, 11, 30)),
    (date(2026, 1, 15), date(2026, 4, 15)),
])
def test_the_first_plan_is_due_three_months_after_it_is_owed(owed, due):
    assert first_plan_due(owed) == due


def test_owed_from_the_16th_birthday_when_already_eligible():
    dob = date(2012, 2, 29)  # 16 on 29/02/2028 (a leap year)
    tl = category_timeline(dob, [CarePeriod(date(2025, 1, 1))], date(2028, 6, 1))
    assert plan_owed_from(tl) == date(2028, 2, 29)
    assert first_plan_due(plan_owed_from(tl)) == date(2028, 5, 29)


def test_owed_from_becoming_eligible_after_16():
    dob = date(2010, 3, 10)  # 16 on 10/03/2026; in care from 01/06/2026: eligible on the 91st day
    tl = category_timeline(dob, [CarePeriod(date(2026, 6, 1))], date(2026, 11, 22))
    assert plan_owed_from(tl) == date(2026, 8, 30)
    assert plan_owed_from(category_timeline(dob, [CarePeriod(date(2026, 6, 1))], date(2026, 8, 29))) is None  # the day before


def test_no_pa_is_flagged_for_those_owed_one_only():
    assert needs_a_pa(Category.ELIGIBLE, True, None)
    assert needs_a_pa(Category.RELEVANT, True, None)
    assert needs_a_pa(Category.FORMER_RELEVANT, True, None)
    assert not needs_a_pa(Category.RELEVANT, True, "pa-1")
    assert not needs_a_pa(Category.QUALIFYING, True, None)
    assert not needs_a_pa(Category.RELEVANT, False, None)


def test_bank_holidays_shipped_are_weekdays_in_2025_to_2028():
    assert {d.year for d in BANK_HOLIDAYS_DEFAULT} == {2025, 2026, 2027, 2028}
    assert all(d.weekday() < 5 for d in BANK_HOLIDAYS_DEFAULT)
    assert len(BANK_HOLIDAYS_DEFAULT) == 32
    assert date(2026, 12, 28) in BANK_HOLIDAYS_DEFAULT and date(2026, 12, 26) not in BANK_HOLIDAYS_DEFAULT  # Boxing Day substitute


@pytest.mark.parametrize("learned, due", [
    (date(2026, 11, 23), date(2026, 11, 30)),  # Monday: the 5th working day after is the next Monday
    (date(2026, 11, 20), date(2026, 11, 27)),  # Friday: across a weekend
    (date(2026, 11, 21), date(2026, 11, 27)),  # Saturday: Monday is the 1st working day
    (date(2026, 11, 22), date(2026, 11, 27)),  # Sunday
    (date(2026, 12, 18), date(2026, 12, 29)),  # Christmas: 25/12 and the 28/12 substitute are not working days
    (date(2026, 12, 24), date(2027, 1, 5)),    # ... and New Year's Day (29, 30, 31 Dec, 4, 5 Jan)
    (date(2027, 3, 24), date(2027, 4, 2)),     # Easter: Good Friday 26/03 and Easter Monday 29/03
    (date(2027, 3, 25), date(2027, 4, 5)),
])
def test_death_notification_five_working_days(learned, due):
    assert death_notification_due(learned, BANK_HOLIDAYS_DEFAULT) == due


def test_working_days_without_bank_holidays_count_christmas():
    assert add_working_days(date(2026, 12, 18), 5) == date(2026, 12, 25)
    assert add_working_days(date(2026, 12, 18), 0) == date(2026, 12, 18)


def test_a_death_is_notifiable_up_to_the_day_before_the_25th_birthday():
    dob = date(2002, 2, 28)
    assert death_is_notifiable(dob, date(2027, 2, 27))
    assert not death_is_notifiable(dob, date(2027, 2, 28))  # 25 that day
    assert death_is_notifiable(date(2004, 2, 29), date(2029, 2, 28))  # 29 Feb: 25 on 01/03/2029
    assert not death_is_notifiable(date(2004, 2, 29), date(2029, 3, 1))


def test_a_notification_is_done_only_when_both_are_told():
    n = DeathNotification("p", date(2026, 11, 2), sos_notified_on=date(2026, 11, 3))
    assert not n.done and n.outstanding() == ["Ofsted"]
    n.ofsted_notified_on = date(2026, 11, 4)
    assert n.done


def test_notification_dates_are_checked():
    with pytest.raises(ValidationError) as e:
        validate_death_notification(DeathNotification("p", date(2026, 10, 1), date(2026, 9, 30)), date(2026, 9, 29), date(2026, 11, 22))
    assert [x.field for x in e.value.errors] == ["sos_notified_on"]
    with pytest.raises(ValidationError) as e:
        validate_death_notification(DeathNotification("p", date(2026, 9, 28)), date(2026, 9, 29), date(2026, 11, 22))
    assert "before the date of death (29/09/2026)" in str(e.value.errors[0])
    validate_death_notification(DeathNotification("p", date(2026, 9, 29), date(2026, 9, 29)), date(2026, 9, 29), date(2026, 11, 22))


def test_documents_outstanding_and_their_window():
    docs = [IdentityDocument("birth_certificate", "held"), IdentityDocument("passport_or_id", "applied", date(2026, 10, 1)),
            IdentityDocument("voter_registration", "not_needed")]
    assert [d.kind for d in outstanding_documents(docs)] == ["passport_or_id", "ni_number", "bank_account", "gp_registration"]
    assert documents_flagged_from(date(2009, 8, 31)) == date(2027, 2, 28)  # six months before the 18th birthday


@pytest.mark.parametrize("as_at, flagged", [
    (date(2027, 2, 27), False),  # the day before the window opens
    (date(2027, 2, 28), True),   # six months before 31/08/2027 (clamped to February's end)
    (date(2027, 8, 31), True),   # on expiry
    (date(2027, 9, 1), True),    # expired: still to act on
])
def test_leave_expiry_window_edges(as_at, flagged):
    st = ImmigrationStatus("p", "limited_leave", date(2027, 8, 31))
    assert leave_needs_action(st, as_at, 6) is flagged


def test_settled_status_never_expires_and_limited_leave_needs_a_date():
    assert not leave_needs_action(ImmigrationStatus("p", "ilr", date(2027, 1, 1)), date(2030, 1, 1), 6)
    with pytest.raises(ValidationError) as e:
        validate_immigration(ImmigrationStatus("p", "refugee"), date(2026, 11, 22))
    assert e.value.errors[0].field == "leave_expires"
    with pytest.raises(ValidationError):
        validate_immigration(ImmigrationStatus("p", "citizen", date(2027, 1, 1)), date(2026, 11, 22))


# -- the boundaries the mutation run found untested ---------------------------------------------------
from careleaver_app.domain.duties import (  # noqa: E402
    AgencyRequest,
    CustodyRelease,
    HomelessnessRisk,
    PaOffer,
    StayingCloseAssessment,
    needs_duty_to_refer,
    offer_due,
    release_work_due,
    release_work_needed,
    staying_close_owed,
    validate_documents,
    validate_offer,
    validate_request,
    validate_risk,
    validate_staying_close,
)

TODAY = date(2026, 11, 22)
TOMORROW = date(2026, 11, 23)


def test_the_offer_at_21_and_again_a_year_after_a_decline_until_25():
    dob = date(2005, 12, 15)
    assert offer_due(dob, [], date(2026, 1, 1)) == date(2026, 12, 15)
    declined = [PaOffer("p", date(2026, 12, 1), outcome="declined")]
    assert offer_due(dob, declined, date(2027, 1, 1)) == date(2027, 12, 1)
    assert offer_due(dob, declined + [PaOffer("p", date(2027, 12, 1), outcome="no_reply")], date(2028, 1, 1)) == date(2028, 12, 1)
    assert offer_due(dob, declined + [PaOffer("p", date(2027, 1, 5), outcome="accepted")], date(2027, 2, 1)) is None
    assert offer_due(dob, [PaOffer("p", date(2026, 9, 14), outcome="accepted")], date(2026, 10, 1)) == date(2026, 12, 15)  # too early
    assert offer_due(dob, [], date(2030, 12, 14)) == date(2026, 12, 15)  # the day before the 25th birthday
    assert offer_due(dob, [], date(2030, 12, 15)) is None  # 25


def test_offer_dates_are_checked_at_their_edges():
    dob = date(2005, 12, 15)
    validate_offer(PaOffer("p", TODAY, outcome="declined"), dob, TODAY)
    validate_offer(PaOffer("p", date(2026, 9, 15), outcome="declined"), dob, TODAY)  # exactly 3 months before 21
    for bad in (PaOffer("p", TOMORROW, outcome="declined"), PaOffer("p", date(2026, 9, 14), outcome="declined")):
        with pytest.raises(ValidationError):
            validate_offer(bad, dob, TODAY)


def test_release_work_is_due_28_days_before_release_while_in_custody():
    c = CustodyRelease("p", date(2027, 1, 15))
    assert release_work_due(date(2027, 1, 15)) == date(2026, 12, 18)
    assert release_work_needed(c, "X") and not release_work_needed(c, "U") and not release_work_needed(None, "X")
    assert not release_work_needed(CustodyRelease("p"), "X")
    assert release_work_needed(CustodyRelease("p", date(2027, 1, 15), plan_reviewed_on=TODAY), "X")
    assert not release_work_needed(CustodyRelease("p", date(2027, 1, 15), TODAY, TODAY), "X")


def test_a_risk_of_homelessness_is_open_from_its_day_to_the_day_before_it_ends():
    r = HomelessnessRisk("p", date(2026, 11, 10), "Notice", ended_on=date(2026, 12, 1))
    assert not r.open_on(date(2026, 11, 9)) and r.open_on(date(2026, 11, 10)) and r.open_on(date(2026, 11, 30))
    assert not r.open_on(date(2026, 12, 1))
    assert HomelessnessRisk("p", date(2026, 11, 10), "Notice").open_on(date(2030, 1, 1))
    assert not HomelessnessRisk("p").open_on(TODAY)
    refer = AgencyRequest("p", "housing", what="x", asked_on=date(2026, 11, 10), duty_to_refer=True, consent=True)
    assert not needs_duty_to_refer(r, [refer], TODAY)  # referred the day the risk was known
    assert needs_duty_to_refer(r, [AgencyRequest("p", "housing", what="x", asked_on=date(2026, 11, 9), duty_to_refer=True)], TODAY)
    assert needs_duty_to_refer(r, [AgencyRequest("p", "housing", what="x", asked_on=date(2026, 11, 12))], TODAY)  # not under the duty
    assert not needs_duty_to_refer(None, [], TODAY)


def test_a_request_waits_from_the_day_after_its_chase_date():
    q = AgencyRequest("p", "dwp", what="UC", asked_on=date(2026, 10, 20), chase_by=date(2026, 11, 17))
    assert not q.waiting(date(2026, 11, 17)) and q.waiting(date(2026, 11, 18))
    q.answered_on = date(2026, 11, 1)
    assert not q.waiting(date(2026, 11, 18))
    assert q.body_label == "DWP (benefits, Jobcentre)"


@pytest.mark.parametrize("make, field", [
    (lambda: AgencyRequest("p", "dwp", what="UC", asked_on=TOMORROW), "asked_on"),
    (lambda: AgencyRequest("p", "dwp", what="UC", asked_on=TODAY, answered_on=TOMORROW, answer="ok"), "answered_on"),
    (lambda: AgencyRequest("p", "dwp", what="UC", asked_on=TODAY, answered_on=TODAY), "answer"),
    (lambda: AgencyRequest("p", "", what="UC", asked_on=TODAY), "body_kind"),
    (lambda: AgencyRequest("p", "dwp", what=" ", asked_on=TODAY), "what"),
])
def test_requests_are_checked(make, field):
    with pytest.raises(ValidationError) as e:
        validate_request(make(), TODAY)
    assert [x.field for x in e.value.errors] == [field]


def test_valid_requests_risks_and_assessments_on_the_day_pass():
    validate_request(AgencyRequest("p", "housing", what="Refer", asked_on=TODAY, answered_on=TODAY, answer="ok", duty_to_refer=True,
                                   consent=True), TODAY)
    validate_risk(HomelessnessRisk("p", TODAY, "Notice", TODAY), TODAY)
    validate_staying_close(StayingCloseAssessment("p", TODAY, "no", "Not needed", "I am fine"), TODAY)
    for bad in (HomelessnessRisk("p", TOMORROW, "Notice"), HomelessnessRisk("p", TODAY, " "),
                HomelessnessRisk("p", TODAY, "Notice", date(2026, 11, 21))):
        with pytest.raises(ValidationError):
            validate_risk(bad, TODAY)
    with pytest.raises(ValidationError):
        validate_staying_close(StayingCloseAssessment("p", TOMORROW, "no", "x", "y"), TODAY)


def test_staying_close_is_owed_to_former_relevant_under_25_only_when_in_force():
    dob = date(2002, 1, 10)
    assert staying_close_owed(True, Category.FORMER_RELEVANT, dob, date(2027, 1, 9), [])
    assert not staying_close_owed(True, Category.FORMER_RELEVANT, dob, date(2027, 1, 10), [])  # 25
    assert not staying_close_owed(False, Category.FORMER_RELEVANT, dob, date(2026, 1, 1), [])
    assert not staying_close_owed(True, Category.QUALIFYING, dob, date(2026, 1, 1), [])
    assert not staying_close_owed(True, Category.FORMER_RELEVANT, dob, date(2026, 1, 1),
                                  [StayingCloseAssessment("p", date(2025, 6, 1), "no")])


def test_document_dates_and_what_is_outstanding():
    validate_documents([IdentityDocument("birth_certificate", "held", TODAY)], TODAY)
    with pytest.raises(ValidationError):
        validate_documents([IdentityDocument("birth_certificate", "held", TOMORROW)], TODAY)
    validate_documents([IdentityDocument("passport_or_id", "held")], TODAY)  # held without a date is fine
    assert IdentityDocument("passport_or_id", "applied").outstanding and not IdentityDocument("ni_number", "not_needed").outstanding
    assert not death_is_notifiable(date(2006, 5, 1), date(2006, 4, 30))  # before birth: nonsense, not notifiable


# -- more boundaries the mutation run found untested (issue 18) ---------------------------------------
from careleaver_app.domain.duties import request_chase_by, validate_custody  # noqa: E402


def test_a_qualifying_care_leaver_is_never_owed_a_pathway_plan():
    # In care for a month after 16 (16 on 10/03/2024): qualifying from 01/07/2024, duties active, no plan owed.
    tl = category_timeline(date(2008, 3, 10), [CarePeriod(date(2024, 6, 1), date(2024, 7, 1))], TODAY)
    assert [(d, r.category, r.active) for d, r in tl] == [(date(2024, 7, 1), Category.QUALIFYING, True)]
    assert plan_owed_from(tl) is None


def test_a_death_on_the_day_of_birth_is_notifiable():
    assert death_is_notifiable(date(2026, 11, 22), date(2026, 11, 22))


def test_a_death_learned_of_and_notified_today_is_accepted_and_tomorrow_is_refused():
    validate_death_notification(DeathNotification("p", TODAY, TODAY, TODAY), date(2026, 11, 20), TODAY)
    for n, field in ((DeathNotification("p", TOMORROW), "learned_on"),
                     (DeathNotification("p", TODAY, sos_notified_on=TOMORROW), "sos_notified_on"),
                     (DeathNotification("p", TODAY, ofsted_notified_on=TOMORROW), "ofsted_notified_on")):
        with pytest.raises(ValidationError) as e:
            validate_death_notification(n, date(2026, 11, 20), TODAY)
        assert [(x.field, x.message) for x in e.value.errors] == [(field, "is in the future")]


def test_an_immigration_status_and_its_dates_are_checked():
    validate_immigration(ImmigrationStatus("p", "refugee", date(2031, 5, 1)), TODAY)  # limited leave with its end date
    validate_immigration(ImmigrationStatus("p", "ilr"), TODAY)  # settled: no end date
    validate_immigration(ImmigrationStatus("p", "citizen", citizenship_entitled=True, citizenship_applied_on=TODAY), TODAY)
    for st, field in ((ImmigrationStatus("p", ""), "status"), (ImmigrationStatus("p", "settled"), "status"),
                      (ImmigrationStatus("p", "citizen", citizenship_applied_on=TOMORROW), "citizenship_applied_on")):
        with pytest.raises(ValidationError) as e:
            validate_immigration(st, TODAY)
        assert [x.field for x in e.value.errors] == [field]


def test_custody_work_done_today_is_accepted_and_tomorrow_is_refused():
    validate_custody(CustodyRelease("p", date(2027, 1, 15), plan_reviewed_on=TODAY), TODAY)
    validate_custody(CustodyRelease("p", date(2027, 1, 15), accommodation_arranged_on=TODAY), TODAY)
    for c, field in ((CustodyRelease("p", date(2027, 1, 15), plan_reviewed_on=TOMORROW), "plan_reviewed_on"),
                     (CustodyRelease("p", date(2027, 1, 15), accommodation_arranged_on=TOMORROW), "accommodation_arranged_on"),
                     (CustodyRelease("p"), "release_on")):
        with pytest.raises(ValidationError) as e:
            validate_custody(c, TODAY)
        assert [x.field for x in e.value.errors] == [field]


def test_an_offer_made_exactly_three_months_before_21_counts():
    dob = date(2005, 12, 15)  # 21 on 15/12/2026
    assert offer_due(dob, [PaOffer("p", date(2026, 9, 15), outcome="declined")], date(2026, 10, 1)) == date(2027, 9, 15)
    assert offer_due(dob, [PaOffer("p", date(2026, 9, 14), outcome="declined")], date(2026, 10, 1)) == date(2026, 12, 15)


@pytest.mark.parametrize("asked, chase", [
    (date(2026, 10, 20), date(2026, 11, 17)),  # four weeks
    (date(2028, 2, 1), date(2028, 2, 29)),     # into a leap day
    (date(2026, 12, 15), date(2027, 1, 12)),   # over the year end
])
def test_a_request_is_chased_four_weeks_after_it_was_made(asked, chase):
    assert request_chase_by(asked) == chase
