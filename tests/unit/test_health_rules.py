"""Health-history handover and consent rules around the 18th birthday."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.health import (
    NOT_RECORDED,
    Consent,
    Handover,
    Stage,
    handover_status,
    may_share,
    validate_consent,
    validate_handover,
)

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
    with pytest.raises(ValidationError) as exc:
        fn(*a)
    return {e.field: e.message for e in exc.value.errors}


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
