"""One rule for a date that has happened (domain/errors.py Collector.day_up_to and ends_after),
as each record words it: required, not after today, not before birth; an end after its start."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.accommodation import (
    AccommodationEpisode,
    HousingApplication,
    Suitability,
    SuitabilityAssessment,
    validate_assessment,
    validate_episode,
    validate_housing,
)
from careleaver_app.domain.duties import (
    AgencyRequest,
    DeathNotification,
    HomelessnessRisk,
    PaOffer,
    StayingCloseAssessment,
    validate_death_notification,
    validate_offer,
    validate_request,
    validate_risk,
    validate_staying_close,
)
from careleaver_app.domain.eet import EetEpisode, validate_eet
from careleaver_app.domain.entitlements import EntitlementRecord, Spend, validate_spend
from careleaver_app.domain.errors import Collector, ValidationError
from careleaver_app.domain.health import Consent, validate_consent
from careleaver_app.domain.plans import Plan, validate_plan_header

TODAY = date(2026, 12, 1)
DOB = date(2005, 6, 1)  # 21 on 01/06/2026: an offer made today is in time
TOMORROW = TODAY + timedelta(days=1)


def said(check, day) -> dict[str, list[str]]:
    try:
        check(day)
    except ValidationError as e:
        out: dict[str, list[str]] = {}
        for x in e.errors:
            out.setdefault(x.field, []).append(x.message)
        return out
    return {}


def moved_in(day):
    return AccommodationEpisode("p", "H", day)


# Each record's date that has happened: how it is checked, its field, and its own words.
CASES = [
    (lambda d: validate_episode(moved_in(d), DOB, [], TODAY), "start",
     "enter the date they moved in (dd/mm/yyyy)", "is in the future: record a move once it has happened"),
    (lambda d: validate_eet(EetEpisode("p", "F2", d, provider="Leeds College"), DOB, [], TODAY), "start",
     "enter the date it started (dd/mm/yyyy)", "is in the future: record it once it has started"),
    (lambda d: validate_assessment(SuitabilityAssessment("p", "e", d, Suitability.UNSUITABLE, reason="damp"),
                                   moved_in(date(2026, 1, 1)), DOB, TODAY), "assessed_on",
     "enter the date of the assessment (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_housing(HousingApplication("p", "Leeds", d), TODAY), "applied_on",
     "enter the date of the application (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_death_notification(DeathNotification("p", d), None, TODAY), "learned_on",
     "enter the date the service learned of the death (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_offer(PaOffer("p", d, outcome="accepted"), DOB, TODAY), "offered_on",
     "enter the date the offer was made (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_request(AgencyRequest("p", "nhs", what="GP records", asked_on=d), TODAY), "asked_on",
     "enter the date it was asked (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_risk(HomelessnessRisk("p", d, reason="notice to leave"), TODAY), "at_risk_from",
     "enter the date the risk was known (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_staying_close(StayingCloseAssessment("p", d, "yes", "a flat near", "wants to stay near"), TODAY),
     "assessed_on", "enter the date of the assessment (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_spend(EntitlementRecord("p", "setting_up_home"), Spend(d, 1000, "a bed"), None, TODAY), "on",
     "enter the date of the spend (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_consent(Consent("p", d, ["plan_pdf"]), TODAY), "given_on",
     "enter the date consent was given (dd/mm/yyyy)", "is in the future"),
    (lambda d: validate_plan_header(Plan("p", 1, d), TODAY), "start_date",
     "enter the date the plan starts (dd/mm/yyyy)", "is in the future: a plan starts on the day it is agreed"),
]


@pytest.mark.parametrize("check, field, missing, future", CASES)
def test_each_record_asks_for_its_date_and_refuses_tomorrow_in_its_own_words(check, field, missing, future):
    assert said(check, None).get(field) == [missing]
    assert field not in said(check, TODAY)
    assert said(check, TOMORROW).get(field) == [future]


@pytest.mark.parametrize("check", [CASES[0][0], CASES[1][0]])
def test_a_stay_or_course_cannot_begin_before_birth(check):
    assert "start" not in said(check, DOB)
    assert said(check, DOB - timedelta(days=1))["start"] == ["is before the date of birth"]


def test_an_end_must_come_after_the_start_and_not_after_today():
    start = date(2026, 3, 1)
    ep = lambda end: AccommodationEpisode("p", "H", start, end)  # noqa: E731
    assert said(lambda e: validate_episode(ep(e), DOB, [], TODAY), start)["end"] == ["is on or before the date they moved in"]
    assert "end" not in said(lambda e: validate_episode(ep(e), DOB, [], TODAY), start + timedelta(days=1))
    assert "end" not in said(lambda e: validate_episode(ep(e), DOB, [], TODAY), TODAY)
    assert said(lambda e: validate_episode(ep(e), DOB, [], TODAY), TOMORROW)["end"] == [
        "is in the future: leave it blank until they move"]
    course = lambda end: EetEpisode("p", "F2", start, end, provider="Leeds College")  # noqa: E731
    assert said(lambda e: validate_eet(course(e), DOB, [], TODAY), start)["end"] == ["is on or before the start"]
    assert said(lambda e: validate_eet(course(e), DOB, [], TODAY), TOMORROW)["end"] == [
        "is in the future: leave it blank while it continues"]


def test_day_up_to_says_true_only_for_a_date_that_has_happened_and_keeps_every_reason():
    c = Collector()
    assert c.day_up_to(TODAY, "on", "On", TODAY, born=DOB)
    assert not c.day_up_to(None, "on", "On", TODAY)  # optional: no message
    assert c.errors == []
    # Both wrong at once (a date of birth in the future): both are said.
    assert not c.day_up_to(TOMORROW, "on", "On", TODAY, born=TOMORROW + timedelta(days=1))
    assert [e.message for e in c.errors] == ["cannot be in the future", "is before the date of birth"]
