"""Health-history handover and consent rules around the 18th birthday."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.errors import Collector
from careleaver_app.domain.health import (
    NOT_RECORDED,
    Consent,
    Handover,
    HealthRecord,
    Stage,
    format_nhs_number,
    handover_status,
    may_share,
    nhs_check_digit,
    nhs_number_digits,
    nhs_number_problem,
    validate_consent,
    validate_handover,
    validate_record,
)
from tests.support.rules import refusals

DOB = date(2008, 8, 31)
B16, B18 = date(2024, 8, 31), date(2026, 8, 31)
FLAG_FROM = date(2026, 2, 28)  # six months before 31/08/2026, month-end safe
D = timedelta(days=1)


def level(as_at, h=None):
    return handover_status(DOB, h, as_at).level


def test_prompts_start_at_16():
    assert level(B16 - D) == ""
    assert level(B16) == "prompt"


def test_flagged_from_six_months_before_18_due_on_the_birthday_and_overdue_from_the_day_after():
    assert level(FLAG_FROM - D) == "prompt"
    assert level(FLAG_FROM) == "flag"
    assert level(B18 - D) == "flag"
    assert level(B18) == "flag" and "due today" in handover_status(DOB, None, B18).message
    assert level(B18 + D) == "overdue"
    assert "overdue since the 18th birthday (31/08/2026)" in handover_status(DOB, None, B18 + D).message


def test_given_or_declined_needs_no_more_attention():
    given = Handover("p", requested_on=date(2026, 1, 1), requested_from="lac_nursing", received_on=date(2026, 2, 1),
                     received_by="PA", given_on=date(2026, 3, 1), given_format="paper")
    st = handover_status(DOB, given, B18 + D)
    assert st.stage == Stage.GIVEN and not st.needs_attention
    declined = Handover("p", declined_on=date(2026, 9, 1), declined_reason="Not now")
    assert not handover_status(DOB, declined, date(2026, 10, 1)).needs_attention


def test_stage_follows_the_steps():
    h = Handover("p")
    assert h.stage == Stage.NOT_STARTED
    h.requested_on = date(2026, 1, 1)
    assert h.stage == Stage.REQUESTED
    h.received_on = date(2026, 1, 20)
    assert h.stage == Stage.RECEIVED


def fields(fn, *a):
    return refusals(fn, *a)


def test_received_before_requested_and_given_before_received_are_refused():
    h = Handover("p", requested_on=date(2026, 3, 1), requested_from="gp", received_on=date(2026, 2, 1), received_by="PA")
    assert "before it was requested (01/03/2026)" in fields(validate_handover, h, date(2026, 11, 1))["received_on"]
    h = Handover("p", requested_on=date(2026, 1, 1), requested_from="gp", received_on=date(2026, 2, 1), received_by="PA",
                 given_on=date(2026, 1, 15), given_format="paper")
    assert "before it was received" in fields(validate_handover, h, date(2026, 11, 1))["given_on"]
    assert "requested first" in fields(validate_handover, Handover("p", received_on=date(2026, 2, 1), received_by="PA"), date(2026, 11, 1))["received_on"]
    assert "declined_reason" in fields(validate_handover, Handover("p", declined_on=date(2026, 2, 1)), date(2026, 11, 1))


def test_consent_needs_a_scope():
    assert "scope" in fields(validate_consent, Consent("p", date(2026, 9, 1), []), date(2026, 11, 1))


def test_sharing_needs_consent_from_18():
    consent = Consent("p", B18 + 10 * D, ["plan_pdf"])
    assert may_share(DOB, [], B18 - D, "plan_pdf").allowed  # under 18: corporate parent
    no = may_share(DOB, [], B18, "plan_pdf")
    assert not no.allowed and no.reason == NOT_RECORDED
    assert not may_share(DOB, [consent], B18 + 9 * D, "plan_pdf").allowed  # before it was given
    assert may_share(DOB, [consent], B18 + 10 * D, "plan_pdf").allowed
    assert not may_share(DOB, [consent], B18 + 10 * D, "cover_summary").allowed  # outside its scope
    consent.withdrawn_on = B18 + 20 * D
    assert not may_share(DOB, [consent], B18 + 20 * D, "plan_pdf").allowed


def test_an_empty_handover_and_one_with_every_step_today_are_fine():
    validate_handover(Handover("p"), B18)
    today = Handover("p", requested_on=B18, requested_from="lac_nursing", received_on=B18, received_by="PA",
                     given_on=B18, given_format="health_passport")
    validate_handover(today, B18)  # requested, received and given on the same day
    tomorrow = Handover("p", requested_on=B18 + D, requested_from="gp")
    assert fields(validate_handover, tomorrow, B18)["requested_on"] == "is in the future"


def test_each_step_counts_from_the_day_it_was_taken():
    h = Handover("p", requested_on=date(2026, 1, 1), requested_from="gp", received_on=date(2026, 2, 1), received_by="PA",
                 given_on=date(2026, 3, 1), given_format="paper")
    assert [h.stage_on(d) for d in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))] == \
        [Stage.NOT_STARTED, Stage.REQUESTED, Stage.RECEIVED, Stage.GIVEN]


def test_given_or_declined_says_when():
    given = Handover("p", requested_on=date(2026, 1, 1), requested_from="gp", received_on=date(2026, 2, 1), received_by="PA",
                     given_on=date(2026, 3, 1), given_format="paper")
    assert handover_status(DOB, given, B18 + D).message == "Given to them on 01/03/2026"
    declined = Handover("p", declined_on=date(2026, 9, 1), declined_reason="Not now")
    assert handover_status(DOB, declined, date(2026, 10, 1)).message == "Declined by them on 01/09/2026"


def test_what_to_do_next_follows_the_step_reached():
    assert handover_status(DOB, None, B18 - D).message == \
        "Health history due by the 18th birthday (31/08/2026): Not started; request it"
    asked = Handover("p", requested_on=date(2026, 5, 1), requested_from="gp")
    assert handover_status(DOB, asked, B18 - D).message.endswith("Requested 01/05/2026; chase it")
    late = handover_status(DOB, None, B18 + D, left_care_before_tracking=True).message
    assert late.endswith("(left care before handovers were tracked: the LA should obtain it)")


def test_a_referral_is_overdue_the_day_after_its_response_was_due_while_still_waiting():
    from careleaver_app.domain.health import Referral

    r = Referral("CAMHS", date(2026, 9, 1), response_due=date(2026, 10, 13))
    assert not r.is_overdue(date(2026, 10, 13)) and r.is_overdue(date(2026, 10, 14))
    r.status = "accepted"
    assert not r.is_overdue(date(2026, 12, 1))
    assert not Referral("CAMHS", date(2026, 9, 1)).is_overdue(date(2026, 12, 1))  # no response date set


def test_consent_given_today_with_no_review_date_is_fine():
    validate_consent(Consent("p", B18, ["plan_pdf"]), B18)
    assert fields(validate_consent, Consent("p", B18 + D, ["plan_pdf"]), B18)["given_on"] == "is in the future"
    assert "listed purposes" in fields(validate_consent, Consent("p", B18, ["facebook"]), B18)["scope"]


def test_consent_is_reviewed_after_the_day_it_was_given():
    same_day = Consent("p", B18, ["plan_pdf"], review_by=B18)
    assert "after the date it was given" in fields(validate_consent, same_day, B18)["review_by"]
    validate_consent(Consent("p", B18, ["plan_pdf"], review_by=B18 + D), B18)


def test_consent_without_a_date_is_not_in_force():
    assert not Consent("p", None, ["plan_pdf"]).in_force(B18)


def test_the_latest_consent_covering_the_purpose_is_the_one_cited():
    older, newer = Consent("p", B18 + D, ["plan_pdf"]), Consent("p", B18 + 5 * D, ["plan_pdf", "gp"])
    assert may_share(DOB, [older, newer], B18 + 10 * D, "plan_pdf").reason == "Consent given 05/09/2026"
    assert may_share(DOB, [newer, older], B18 + 10 * D, "plan_pdf").reason == "Consent given 05/09/2026"


# -- the NHS number (NHS Data Dictionary, "NHS Number": modulus 11 check digit) ---------------------
# Synthetic numbers only, from the range the NHS keeps for test data (999 000 0000 to 999 999 9999).

VALID = "9990000018"  # 9×10 + 9×9 + 9×8 + 1×2 = 245; 245 mod 11 = 3; 11 − 3 = 8
CHECK_ZERO = "9990000050"  # 9×10 + 9×9 + 9×8 + 5×2 = 253 = 11 × 23: 11 − 0 = 11, which gives 0
REMAINDER_TEN = "999000000"  # 243 mod 11 = 1: 11 − 1 = 10, never issued
CHECK_SLIP = "check digit is wrong — check for a typing slip"
HOW = "10 digits, as on their NHS letter or the NHS App"


def test_a_valid_nhs_number_passes_and_is_stored_as_its_ten_digits():
    assert nhs_check_digit(VALID[:9]) == 8
    assert nhs_number_problem(VALID) is None
    assert nhs_number_digits(VALID) == VALID


def test_a_check_digit_of_eleven_becomes_zero():
    assert nhs_check_digit(CHECK_ZERO[:9]) == 0
    assert nhs_number_problem(CHECK_ZERO) is None
    assert CHECK_SLIP in nhs_number_problem("9990000051")


@pytest.mark.parametrize("changed", ["9990000019", "9990000017", "9990000028", "8990000018", "9990001018"])
def test_one_digit_changed_is_caught_by_the_check_digit(changed):
    assert nhs_number_problem(changed) == f"{HOW}; this one's {CHECK_SLIP}"


@pytest.mark.parametrize("last", "0123456789")
def test_nine_digits_whose_remainder_gives_ten_make_no_valid_number(last):
    assert nhs_check_digit(REMAINDER_TEN) is None
    assert CHECK_SLIP in nhs_number_problem(REMAINDER_TEN + last)


@pytest.mark.parametrize("typed", ["999000001", "99900000180", "999000001B", "999 OOO OO18", "９９９０００００１８", "+9990000018"])
def test_not_ten_digits_says_what_to_type(typed):
    problem = nhs_number_problem(typed)
    assert problem is not None and problem.startswith(HOW) and CHECK_SLIP not in problem


@pytest.mark.parametrize("typed", ["999 000 0018", "999-000-0018", " 9990000018 ", "999 - 000 - 0018"])
def test_spaces_and_hyphens_between_the_groups_are_accepted(typed):
    assert nhs_number_problem(typed) is None
    assert nhs_number_digits(typed) == VALID


def test_no_nhs_number_is_fine_it_is_optional():
    assert nhs_number_problem("") is None and nhs_number_problem("   ") is None
    assert nhs_number_digits("  ") == ""
    assert format_nhs_number("") == ""


def test_an_nhs_number_is_shown_three_three_four():
    assert format_nhs_number(VALID) == "999 000 0018"


def test_the_record_names_the_nhs_number_field_and_the_fix():
    c = Collector()
    validate_record(HealthRecord("p", nhs_number="999 000 0019"), c)
    assert [str(e) for e in c.errors] == [
        "NHS number: 10 digits, as on their NHS letter or the NHS App; this one's check digit is wrong — check for a typing slip"]
    assert c.errors[0].field == "nhs_number"
    c = Collector()
    validate_record(HealthRecord("p", nhs_number=VALID), c)
    assert c.errors == []
