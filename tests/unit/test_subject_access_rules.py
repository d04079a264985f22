"""The right of access's clock (UK GDPR Art 12(3); ICO guidance): one month from receipt or the
identity check, the same date next month or that month's last day, stopped while the scope is
clarified, extended by up to two months with a reason told within the first month, and moved
off a weekend."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.subject_access import Pause, SubjectAccessRequest, access_due, next_working_day, validate_request

TODAY = date(2027, 6, 1)


def req(received, checked="same", **kw):
    return SubjectAccessRequest("p1", received, identity_checked_on=received if checked == "same" else checked, **kw)


@pytest.mark.parametrize("received, due", [
    (date(2026, 11, 3), date(2026, 12, 3)),     # the same date next month (a Thursday)
    (date(2027, 1, 29), date(2027, 3, 1)),      # 28/02/2027 is a Sunday -> Monday 01/03
    (date(2027, 1, 31), date(2027, 3, 1)),      # no 31 February: the month's last day (Sunday 28th) -> Monday
    (date(2028, 1, 31), date(2028, 2, 29)),     # a leap year: Tuesday 29 February
    (date(2027, 3, 31), date(2027, 4, 30)),     # no 31 April: 30 April (a Friday)
    (date(2026, 12, 5), date(2027, 1, 5)),      # over the year end
])
def test_the_response_is_due_a_month_on_at_the_month_end_and_off_a_weekend(received, due):
    d = access_due(req(received), TODAY)
    assert (d.state, d.due) == ("running", due)


def test_the_month_starts_when_the_identity_is_checked_not_before():
    r = req(date(2026, 11, 3), checked=None)
    d = access_due(r, date(2026, 11, 20))
    assert (d.state, d.due) == ("identity", None) and "check who is asking" in d.message
    r.identity_checked_on = date(2026, 11, 10)
    assert access_due(r, date(2026, 11, 20)).due == date(2026, 12, 10)


def test_the_clock_stops_while_the_scope_is_clarified_and_the_due_date_moves_on_by_the_days_stopped():
    r = req(date(2026, 11, 3), pauses=[Pause(date(2026, 11, 10), "Which years?")])
    d = access_due(r, date(2026, 11, 20))
    assert (d.state, d.due) == ("paused", None) and "since 10/11/2026" in d.message
    r.pauses[0].answered_on = date(2026, 11, 17)  # stopped 7 days
    assert access_due(r, date(2026, 11, 20)).due == date(2026, 12, 10)
    r.pauses[0].answered_on = date(2026, 11, 10)  # answered the same day: not stopped
    assert access_due(r, date(2026, 11, 20)).due == date(2026, 12, 3)


@pytest.mark.parametrize("months, due", [(1, date(2027, 1, 4)), (2, date(2027, 2, 3))])
def test_an_extension_adds_up_to_two_months(months, due):
    r = req(date(2026, 11, 3), extension_months=months, extension_reason="Records from three teams", extended_on=date(2026, 11, 20))
    assert access_due(r, TODAY).due == due  # 03/01/2027 is a Sunday -> Monday 04/01


def test_overdue_only_after_the_due_day():
    r = req(date(2026, 11, 3))
    assert not access_due(r, date(2026, 12, 2)).overdue(date(2026, 12, 2))
    assert not access_due(r, date(2026, 12, 3)).overdue(date(2026, 12, 3))
    assert access_due(r, date(2026, 12, 4)).overdue(date(2026, 12, 4))


def test_sent_and_withdrawn_requests_are_not_running():
    assert access_due(req(date(2026, 11, 3), completed_on=date(2026, 11, 30), completed_how="PDF"), TODAY).state == "done"
    assert access_due(req(date(2026, 11, 3), withdrawn_on=date(2026, 11, 5), withdrawn_reason="x"), TODAY).state == "withdrawn"


def test_next_working_day():
    assert next_working_day(date(2026, 11, 27)) == date(2026, 11, 27)  # Friday
    assert next_working_day(date(2026, 11, 28)) == date(2026, 11, 30)  # Saturday -> Monday
    assert next_working_day(date(2026, 11, 29)) == date(2026, 11, 30)  # Sunday -> Monday


def messages(r, today=TODAY):
    with pytest.raises(ValidationError) as exc:
        validate_request(r, today)
    return str(exc.value)


def test_an_extension_needs_a_reason_at_most_two_months_and_telling_within_the_first_month():
    assert "Extension: can be at most 2 months" in messages(req(date(2026, 11, 3), extension_months=3, extension_reason="x",
                                                                 extended_on=date(2026, 11, 4)))
    assert "Reason for the extension: say why" in messages(req(date(2026, 11, 3), extension_months=1, extended_on=date(2026, 11, 4)))
    assert "Extended on: enter the date" in messages(req(date(2026, 11, 3), extension_months=1, extension_reason="Many records"))
    late = req(date(2026, 11, 3), extension_months=1, extension_reason="Many records", extended_on=date(2026, 12, 4))
    assert "within the first month (by 03/12/2026" in messages(late)
    validate_request(req(date(2026, 11, 3), extension_months=1, extension_reason="Many records", extended_on=date(2026, 12, 3)), TODAY)


def test_dates_in_the_wrong_order_or_the_future_are_refused_naming_the_field():
    assert "Received on: cannot be in the future" in messages(req(date(2027, 6, 2)))
    assert "Identity checked on: cannot be before" in messages(req(date(2026, 11, 3), checked=date(2026, 11, 2)))
    assert "Clarification: the answer cannot come before" in messages(
        req(date(2026, 11, 3), pauses=[Pause(date(2026, 11, 10), "", date(2026, 11, 9))]))
    assert "Sent on: cannot be before" in messages(req(date(2026, 11, 3), completed_on=date(2026, 11, 2), completed_how="PDF"))
    assert "What was sent, and how: say what was sent" in messages(req(date(2026, 11, 3), completed_on=date(2026, 11, 4)))


def test_a_question_asked_before_the_clock_started_does_not_move_the_due_date():
    r = req(date(2026, 11, 3), checked=date(2026, 11, 10), pauses=[Pause(date(2026, 11, 5), "", date(2026, 11, 9))])
    assert access_due(r, TODAY).due == date(2026, 12, 10)
    r.pauses = [Pause(date(2026, 11, 10), "", date(2026, 11, 12))]  # asked on the day it started: counts
    assert access_due(r, TODAY).due == date(2026, 12, 14)  # 12/12/2026 is a Saturday -> Monday 14th


def test_days_stopped_are_never_negative_and_open_means_neither_sent_nor_withdrawn():
    assert Pause(date(2026, 11, 10), "", date(2026, 11, 9)).days_stopped(TODAY) == 0
    assert Pause(date(2026, 11, 10)).days_stopped(date(2026, 11, 12)) == 2
    assert req(date(2026, 11, 3)).open
    assert not req(date(2026, 11, 3), completed_on=date(2026, 11, 4), completed_how="PDF").open
    assert not req(date(2026, 11, 3), withdrawn_on=date(2026, 11, 4), withdrawn_reason="x").open


def test_the_message_says_how_long_the_extension_is():
    one = req(date(2026, 11, 3), extension_months=1, extension_reason="x", extended_on=date(2026, 11, 4))
    two = req(date(2026, 11, 3), extension_months=2, extension_reason="x", extended_on=date(2026, 11, 4))
    assert access_due(one, TODAY).message == "Due by 04/01/2027 (extended by 1 month)"
    assert access_due(two, TODAY).message == "Due by 03/02/2027 (extended by 2 months)"
    assert access_due(req(date(2026, 11, 3)), TODAY).message == "Due by 03/12/2026"


@pytest.mark.parametrize("months, ok", [(-1, False), (0, True), (1, True), (2, True), (3, False)])
def test_an_extension_is_none_one_or_two_months(months, ok):
    r = req(date(2026, 11, 3), extension_months=months, extension_reason="Many records", extended_on=date(2026, 11, 4))
    if ok:
        validate_request(r, TODAY)
    else:
        assert "Extension: can be at most 2 months" in messages(r)


def test_today_and_the_same_day_are_allowed_tomorrow_and_the_day_before_are_not():
    day = date(2026, 11, 22)
    validate_request(req(day), day)  # received and checked today
    assert "Received on: cannot be in the future" in messages(req(day + timedelta(days=1), checked=None), day)
    assert "Identity checked on: cannot be in the future" in messages(req(day, checked=day + timedelta(days=1)), day)
    validate_request(req(day, completed_on=day, completed_how="PDF", pauses=[Pause(day, "", day)]), day)
    assert "Sent on: cannot be in the future" in messages(req(day, completed_on=day + timedelta(days=1), completed_how="PDF"), day)
    assert "the answer cannot come before" in messages(req(day, pauses=[Pause(day, "", day - timedelta(days=1))]), day)
    assert "Sent on: cannot be before" in messages(req(day, completed_on=day - timedelta(days=1), completed_how="PDF"), day)
    assert "record the answer to the last question" in messages(req(day - timedelta(days=9), pauses=[
        Pause(day - timedelta(days=5)), Pause(day - timedelta(days=2))]), day)
