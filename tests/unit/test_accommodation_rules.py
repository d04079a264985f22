"""Where they live: stays, suitability judgements, Staying Put / Close and housing applications at
their boundaries (more in test_living_rules.py)."""

from datetime import date

import pytest

from careleaver_app.domain.accommodation import (
    SCHEDULE_2,
    Arrangement,
    HousingApplication,
    Suitability,
    SuitabilityAssessment,
    accommodation_on,
    assessment_on,
    forced_unsuitable,
    validate_arrangement,
    validate_assessment,
    validate_episode,
    validate_housing,
)
from tests.unit.test_living_rules import B18, DOB, TODAY, ep, errs  # DOB 15/06/2008: 18 on 15/06/2026


def judged(episode_id, on, overall=Suitability.SUITABLE, reason="Safe and affordable"):
    return SuitabilityAssessment("p", episode_id, on, overall, reason, {k: "fine" for k, _, _ in SCHEDULE_2})


def test_moving_in_today_is_not_in_the_future():
    validate_episode(ep("U", TODAY), DOB, [], TODAY)
    assert "future" in errs(validate_episode, ep("U", date(2026, 11, 23)), DOB, [], TODAY)["start"]


def test_moving_out_today_is_not_in_the_future():
    validate_episode(ep("U", date(2026, 1, 1), TODAY), DOB, [], TODAY)
    assert "future" in errs(validate_episode, ep("U", date(2026, 1, 1), date(2026, 11, 23)), DOB, [], TODAY)["end"]


def test_a_stay_cannot_begin_before_birth():
    validate_episode(ep("B", DOB), DOB, [], TODAY)
    assert "before the date of birth" in errs(validate_episode, ep("B", date(2008, 6, 14)), DOB, [], TODAY)["start"]


def test_a_one_day_stay_is_fine():
    validate_episode(ep("V", date(2026, 3, 1), date(2026, 3, 2)), DOB, [], TODAY)


def test_back_to_back_stays_do_not_overlap_either_way_round():
    current = ep("U", date(2026, 3, 1), id="u")
    validate_episode(ep("D", date(2025, 1, 1), date(2026, 3, 1)), DOB, [current], TODAY)  # the earlier one, recorded later
    earlier = ep("D", date(2025, 1, 1), date(2026, 3, 1), id="d")
    validate_episode(ep("U", date(2026, 3, 1)), DOB, [earlier], TODAY)


def test_stays_overlapping_by_one_day_are_refused_and_named():
    current = ep("U", date(2026, 3, 1), id="u", address="Flat 2, 14 Mill Lane")
    msg = errs(validate_episode, ep("D", date(2025, 1, 1), date(2026, 3, 2)), DOB, [current], TODAY)["start"]
    assert msg == ("overlaps the stay at Flat 2, 14 Mill Lane from 01/03/2026 "
                   "(still living there: enter the date they moved out first)")
    earlier = ep("D", date(2025, 1, 1), date(2026, 3, 1), id="d")
    msg = errs(validate_episode, ep("U", date(2026, 2, 28)), DOB, [earlier], TODAY)["start"]
    assert msg == ("overlaps the stay at Semi-independent, transitional or self-contained with support"
                   " from 01/01/2025 to 01/03/2026")


def test_a_stay_being_changed_is_not_compared_with_itself():
    current = ep("U", date(2026, 3, 1), id="u")
    validate_episode(ep("U", date(2026, 2, 1), id="u"), DOB, [current], TODAY)


def test_the_stay_covers_the_day_they_moved_in_and_not_the_day_they_moved_out():
    stay = ep("U", date(2026, 1, 1), date(2026, 6, 1), id="u")
    a = [judged("u", date(2026, 1, 1))]
    assert accommodation_on([stay], a, DOB, date(2026, 1, 1)).accom_code == "U1"
    assert accommodation_on([stay], a, DOB, date(2026, 5, 31)).accom_code == "U1"
    assert accommodation_on([stay], a, DOB, date(2026, 6, 1)).episode is None


def test_by_default_suitability_is_judged_again_after_12_months():
    stay = ep("U", date(2025, 1, 1), id="u")
    a = [judged("u", date(2025, 1, 10))]
    assert accommodation_on([stay], a, DOB, date(2026, 1, 10)).flag == ""
    assert accommodation_on([stay], a, DOB, date(2026, 1, 11)).flag == "Suitability last judged 10/01/2025: judge it again"


def test_the_judgement_that_stands_is_of_that_stay():
    d, u = ep("D", date(2025, 1, 1), date(2026, 3, 1), id="d"), ep("U", date(2026, 3, 1), id="u")
    a = [judged("d", date(2025, 1, 10)), judged("u", date(2026, 3, 5), Suitability.UNSUITABLE, "Rent arrears")]
    assert assessment_on(a, u, date(2026, 3, 4)) is None
    assert assessment_on(a, u, date(2026, 3, 5)).reason == "Rent arrears"
    assert assessment_on(a, d, date(2026, 3, 5)).assessed_on == date(2025, 1, 10)


def test_judged_on_the_day_they_moved_in_or_today_but_not_before_or_after():
    stay = ep("U", date(2026, 3, 1), id="u")
    validate_assessment(judged("u", date(2026, 3, 1)), stay, DOB, TODAY)
    validate_assessment(judged("u", TODAY), stay, DOB, TODAY)
    early = judged("u", date(2026, 2, 28))
    assert "before they moved in (01/03/2026)" in errs(validate_assessment, early, stay, DOB, TODAY)["assessed_on"]
    assert "future" in errs(validate_assessment, judged("u", date(2026, 11, 23)), stay, DOB, TODAY)["assessed_on"]


@pytest.mark.parametrize("overall", [Suitability.SUITABLE, Suitability.UNSUITABLE, None])
def test_a_judgement_without_a_stay_says_which_to_choose(overall):
    a = SuitabilityAssessment("p", None, date(2026, 3, 1), overall, "Damp", {k: "fine" for k, _, _ in SCHEDULE_2})
    assert errs(validate_assessment, a, None, DOB, TODAY)["episode"] == "choose which accommodation was assessed"


def test_always_unsuitable_says_which_kind():
    assert forced_unsuitable("S", DOB, TODAY, False) == "No fixed abode / homeless is always unsuitable"
    assert forced_unsuitable("X", DOB, TODAY, False) == "In custody is always unsuitable"


def test_labels():
    assert (Suitability.SUITABLE.label, Suitability.UNSUITABLE.label) == ("Suitable", "Unsuitable")
    assert (Suitability.SUITABLE.annex_a, Suitability.UNSUITABLE.annex_a) == ("a) Suitable", "b) Unsuitable")
    assert ep("E", TODAY).type_label == "Supported lodgings" and ep("Q", TODAY).type_label == "Unknown"
    assert Arrangement("p", "staying_close", B18).label == "Staying Close"


def test_an_arrangement_can_start_today_and_run_without_an_end():
    validate_arrangement(Arrangement("p", "staying_put", TODAY, carer="The Okafors"), DOB, TODAY, 25)
    assert "future" in errs(validate_arrangement, Arrangement("p", "staying_put", date(2026, 11, 23), carer="The Okafors"),
                            DOB, TODAY, 25)["start"]


def test_an_arrangement_must_end_after_it_starts():
    a = Arrangement("p", "staying_put", B18, B18, carer="The Okafors")
    assert errs(validate_arrangement, a, DOB, TODAY, 25)["end"] == "is on or before the start"
    a.end = date(2026, 6, 16)
    validate_arrangement(a, DOB, TODAY, 25)


def test_staying_close_ends_by_the_birthday_in_the_local_settings():
    a = Arrangement("p", "staying_close", B18, date(2031, 6, 15), carer="Oakfield House")  # the 23rd birthday
    validate_arrangement(a, DOB, TODAY, 23)
    a.end = date(2031, 6, 16)
    assert "ends by their 23rd birthday (15/06/2031)" in errs(validate_arrangement, a, DOB, TODAY, 23)["end"]


def housing(**kw):
    base = dict(person_id="p", district="Brackenford District Council", applied_on=date(2026, 9, 1))
    base.update(kw)
    return HousingApplication(**base)


def test_a_housing_application_pending_needs_no_outcome_date():
    validate_housing(housing(), TODAY)
    validate_housing(housing(applied_on=TODAY), TODAY)
    assert "future" in errs(validate_housing, housing(applied_on=date(2026, 11, 23)), TODAY)["applied_on"]


def test_a_housing_outcome_needs_its_date_on_or_after_the_application():
    assert "enter the date of the outcome" in errs(validate_housing, housing(outcome="offered"), TODAY)["outcome_on"]
    validate_housing(housing(outcome="offered", outcome_on=date(2026, 9, 1)), TODAY)  # the same day
    early = housing(outcome="offered", outcome_on=date(2026, 8, 31))
    assert "before the application" in errs(validate_housing, early, TODAY)["outcome_on"]
    assert "choose an outcome" in errs(validate_housing, housing(outcome="lost"), TODAY)["outcome"]
