"""Accommodation, suitability, EET and entitlement rules at their boundaries."""

from datetime import date

import pytest

from careleaver_app.domain.accommodation import (
    SCHEDULE_2,
    AccommodationEpisode,
    Arrangement,
    Suitability,
    SuitabilityAssessment,
    accommodation_on,
    forced_unsuitable,
    type_not_allowed,
    validate_arrangement,
    validate_assessment,
    validate_episode,
)
from careleaver_app.domain.eet import EetEpisode, main_activity_on, neet_since, normalise_activ, validate_eet
from careleaver_app.domain.entitlements import EntitlementRecord, Spend, parse_pounds, validate_spend
from tests.support.rules import refusals

DOB = date(2008, 6, 15)  # 18 on 15/06/2026
B18 = date(2026, 6, 15)
TODAY = date(2026, 11, 22)


def errs(fn, *a, **k):
    return refusals(fn, *a, **k)


def ep(letter, start, end=None, **kw):
    return AccommodationEpisode("p", letter, start, end, **kw)


def test_s_and_x_are_always_unsuitable():
    assert forced_unsuitable("S", DOB, TODAY, False)
    assert forced_unsuitable("X", DOB, TODAY, False)
    assert forced_unsuitable("U", DOB, TODAY, False) is None


def test_bed_and_breakfast_is_unsuitable_under_18_unless_emergency():
    assert forced_unsuitable("W", DOB, B18.replace(day=14), emergency=False)
    assert forced_unsuitable("W", DOB, B18.replace(day=14), emergency=True) is None
    assert forced_unsuitable("W", DOB, B18, emergency=False) is None  # 18 today


def test_foyer_and_staying_put_not_before_18():
    assert "under 18" in type_not_allowed("T", DOB, date(2026, 6, 14))
    assert type_not_allowed("T", DOB, B18) is None
    assert "begins at 18" in type_not_allowed("Z", DOB, date(2026, 6, 14))
    assert type_not_allowed("Z", DOB, B18) is None
    e = errs(validate_episode, ep("Z", date(2026, 6, 14)), DOB, [], TODAY)
    assert "accom_type" in e


def test_episodes_cannot_overlap_or_end_before_they_start():
    current = ep("D", date(2025, 1, 1), id="a")
    assert "overlaps" in errs(validate_episode, ep("U", date(2025, 6, 1)), DOB, [current], TODAY)["start"]
    validate_episode(ep("U", date(2025, 6, 1)), DOB, [ep("D", date(2025, 1, 1), date(2025, 6, 1), id="a")], TODAY)
    assert "on or before" in errs(validate_episode, ep("U", date(2025, 6, 1), date(2025, 6, 1)), DOB, [], TODAY)["end"]
    assert "future" in errs(validate_episode, ep("U", date(2026, 11, 23)), DOB, [], TODAY)["start"]
    assert "name the area" in errs(validate_episode, ep("U", date(2025, 6, 1), out_of_area=True), DOB, [], TODAY)["area"]


def full_answers():
    return {k: "fine" for k, _, _ in SCHEDULE_2}


def test_suitable_needs_every_schedule_2_answer():
    e = ep("U", date(2026, 7, 1), id="e")
    a = SuitabilityAssessment("p", "e", date(2026, 7, 2), Suitability.SUITABLE, "Safe and affordable", {"safety": "ok"})
    msg = errs(validate_assessment, a, e, DOB, TODAY)["answers"]
    assert "State of repair" in msg and "Safety" not in msg.split(":", 1)[1].split(";")[0]
    a.answers = full_answers()
    validate_assessment(a, e, DOB, TODAY)
    # Unsuitable does not need every answer.
    validate_assessment(SuitabilityAssessment("p", "e", date(2026, 7, 2), Suitability.UNSUITABLE, "Damp and unsafe"), e, DOB, TODAY)


def test_homeless_cannot_be_judged_suitable():
    e = ep("S", date(2026, 7, 1), id="e")
    a = SuitabilityAssessment("p", "e", date(2026, 7, 2), Suitability.SUITABLE, "x", full_answers())
    assert "always unsuitable" in errs(validate_assessment, a, e, DOB, TODAY)["overall"]


def test_accom_code_as_at_dates_across_episode_boundaries():
    d = ep("D", date(2025, 1, 1), date(2026, 3, 1), id="d")
    u = ep("U", date(2026, 3, 1), id="u")
    judged = [SuitabilityAssessment("p", "d", date(2025, 1, 10), Suitability.SUITABLE, "ok"),
              SuitabilityAssessment("p", "u", date(2026, 3, 5), Suitability.UNSUITABLE, "Rent arrears")]
    code = lambda day: accommodation_on([d, u], judged, DOB, day).accom_code  # noqa: E731
    assert code(date(2024, 12, 31)) is None  # no stay yet
    assert code(date(2025, 1, 9)) is None  # stay, but not yet judged
    assert code(date(2025, 1, 10)) == "D1"
    assert code(date(2026, 2, 28)) == "D1"
    assert code(date(2026, 3, 1)) is None  # moved: the new stay is not yet judged
    assert code(date(2026, 3, 5)) == "U2"
    st = accommodation_on([d, u], judged, DOB, date(2026, 3, 2))
    assert st.flag == "No suitability judgement for the current accommodation"


def test_of_two_judgements_made_the_same_day_the_one_recorded_later_stands():
    u = ep("U", date(2026, 1, 1), id="u")
    judged = [SuitabilityAssessment("p", "u", date(2026, 1, 5), Suitability.SUITABLE, "ok"),
              SuitabilityAssessment("p", "u", date(2026, 1, 9), Suitability.SUITABLE, "Visited: fine"),
              SuitabilityAssessment("p", "u", date(2026, 1, 9), Suitability.UNSUITABLE, "Second look: damp in the bedroom")]
    assert accommodation_on([u], judged, DOB, date(2026, 1, 8)).accom_code == "U1"
    st = accommodation_on([u], judged, DOB, date(2026, 1, 9))
    assert st.accom_code == "U2" and "damp" in st.flag


def test_suitability_is_due_again_after_the_reassessment_period():
    u = ep("U", date(2025, 1, 1), id="u")
    judged = [SuitabilityAssessment("p", "u", date(2025, 1, 10), Suitability.SUITABLE, "ok")]
    assert accommodation_on([u], judged, DOB, date(2026, 1, 10), reassess_months=12).flag == ""
    assert "judge it again" in accommodation_on([u], judged, DOB, date(2026, 1, 11), reassess_months=12).flag


def test_staying_put_from_18_to_21():
    a = Arrangement("p", "staying_put", date(2026, 6, 14), carer="The Okafors")
    assert "begins at 18" in errs(validate_arrangement, a, DOB, TODAY, 25)["start"]
    a.start = B18
    a.end = date(2029, 6, 16)
    assert "ends by their 21st birthday (15/06/2029)" in errs(validate_arrangement, a, DOB, TODAY, 25)["end"]
    a.end = date(2029, 6, 15)
    validate_arrangement(a, DOB, TODAY, 25)


def test_legacy_activity_codes_map_on_import():
    assert normalise_activ("f3") == "F5"
    assert normalise_activ(" P3 ") == "P5"
    assert normalise_activ("G6") == "G6"


def eet(code, start, end=None, provider="Brackenford College", **kw):
    return EetEpisode("p", code, start, end, provider, **kw)


def test_neet_cannot_overlap_eet_and_he_bursary_is_for_he():
    college = eet("F2", date(2025, 9, 1), id="c")
    assert "cannot be NEET" in errs(validate_eet, eet("G5", date(2026, 1, 1), provider=""), DOB, [college], TODAY)["start"]
    validate_eet(eet("P5", date(2026, 1, 1), provider="Café"), DOB, [college], TODAY)  # part-time job alongside college
    assert "higher education" in errs(validate_eet, eet("F2", date(2026, 1, 1), he_bursary=True), DOB, [], TODAY)["he_bursary"]
    assert "provider" in errs(validate_eet, eet("F5", date(2026, 1, 1), provider=""), DOB, [], TODAY)


def test_main_activity_and_time_neet():
    eps = [eet("F2", date(2024, 9, 1), date(2025, 7, 1)), eet("G5", date(2025, 7, 1), date(2025, 10, 1), provider=""),
           eet("G6", date(2025, 10, 1), provider=""), eet("P5", date(2024, 9, 1), date(2025, 7, 1), provider="Café")]
    assert main_activity_on(eps, date(2025, 1, 1)).activ == "F2"  # full-time education over part-time work
    assert main_activity_on(eps, date(2025, 6, 30)).activ == "F2"
    assert main_activity_on(eps, date(2025, 7, 1)).activ == "G5"
    assert neet_since(eps, TODAY) == date(2025, 7, 1)  # the spell runs on across G5 -> G6
    assert neet_since(eps, date(2025, 1, 1)) is None


def test_spending_above_the_allowance_needs_a_managers_note():
    record = EntitlementRecord("p", "setting_up_home", "awarded", amount=300_000, spends=[Spend(date(2026, 1, 1), 290_000, "Furniture")])
    assert "£50 over the allowance of £3,000" in errs(validate_spend, record, Spend(TODAY, 15_000, "Cooker"), None, TODAY)["manager_note"]
    validate_spend(record, Spend(TODAY, 10_000, "Cooker"), None, TODAY)  # exactly to the limit
    validate_spend(record, Spend(TODAY, 15_000, "Cooker", manager_note="Agreed: cooker broke"), None, TODAY)


@pytest.mark.parametrize("text, pence", [("250", 25000), ("£1,234.50", 123450), (" 0.99 ", 99)])
def test_parse_pounds(text, pence):
    assert parse_pounds(text) == pence


@pytest.mark.parametrize("text", ["", "abc", "-5", "0"])
def test_parse_pounds_refuses(text):
    with pytest.raises(ValueError):
        parse_pounds(text)


def test_neet_for_counts_whole_days_from_the_day_the_spell_began():
    from careleaver_app.domain.eet import neet_days
    assert neet_days(date(2024, 2, 28), date(2024, 2, 28)) == 0  # the first day
    assert neet_days(date(2024, 2, 28), date(2024, 3, 1)) == 2  # through 29 February
    assert neet_days(None, date(2024, 3, 1)) is None  # not NEET
