"""903 OC3 and Annex A rules (DOMAIN.md §5, §6): cohort edges, derivation from histories, DfE checks."""

from dataclasses import replace
from datetime import date

import pytest
from dateutil.relativedelta import relativedelta

from careleaver_app.domain.accommodation import AccommodationEpisode, Suitability, SuitabilityAssessment
from careleaver_app.domain.eet import EetEpisode
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.returns import (
    ANNEX_A_COLUMNS,
    CATEGORY_LABELS,
    HEADER_COLUMNS,
    IN_TOUCH_LABELS,
    OC3_COLUMNS,
    Oc3Row,
    PersonFacts,
    Window,
    accom_around,
    activ_around,
    check_oc3,
    collection_year,
    in_touch_around,
    oc3_cohort,
    oc3_row,
)

W = Window(3, 1)
AS_AT = date(2026, 11, 22)


def person(dob: date, *, left_on: date | None = None, la_id="LC1", contacts=(), decisions=(), episodes=(), assessments=(), eet=(),
           support=False, returned_home_from=None, pid="p1") -> PersonFacts:
    """Looked after from 14 until ``left_on`` (default the 18th birthday): a relevant then former relevant child."""
    periods = [CarePeriod(dob + relativedelta(years=14), left_on or dob + relativedelta(years=18))]
    return PersonFacts(pid, la_id, "Test Person", dob, "female", "WBRI", False, False, support, False, returned_home_from, periods,
                       list(contacts), list(decisions), list(episodes), list(assessments), list(eet))


def housed(pid: str, start: date, letter="U", suitable=True):
    ep = AccommodationEpisode(pid, letter, start, id="e1")
    a = SuitabilityAssessment(pid, "e1", start, Suitability.SUITABLE if suitable else Suitability.UNSUITABLE, "judged")
    return [ep], [a]


def settled(dob: date, birthday_age: int = 19, **kw) -> PersonFacts:
    """In touch, in education and suitably housed around the given birthday."""
    b = dob + relativedelta(years=birthday_age)
    eps, ass = housed("p1", b - relativedelta(years=1))
    return person(dob, contacts=[(b - relativedelta(days=10), True)], episodes=eps, assessments=ass,
                  eet=[EetEpisode("p1", "F2", b - relativedelta(years=1), provider="College")], **kw)


# -- the collection year and the cohort ------------------------------------------------------------

def test_collection_year_is_named_by_the_year_it_ends():
    assert collection_year(2026) == (date(2025, 4, 1), date(2026, 3, 31))


@pytest.mark.parametrize("dob, year, reported_on, age", [
    (date(2007, 3, 31), 2026, date(2026, 3, 31), 19),  # 19 on the last day of 2025-26
    (date(2007, 3, 31), 2027, date(2027, 3, 31), 20),
    (date(2007, 4, 1), 2026, None, None),  # 18 on the first day of 2025-26, care ending that day: no row (DfE rule 1016)
    (date(2007, 4, 1), 2027, date(2026, 4, 1), 19),
    (date(2004, 4, 1), 2026, date(2025, 4, 1), 21),  # 21 on the first day of the year
    (date(2004, 3, 31), 2026, None, None),  # 22 on 31/03/2026, 21 in the year before: not in 2025-26
])
def test_cohort_edges_birthdays_on_31_march_and_1_april(dob, year, reported_on, age):
    rows, _ = oc3_cohort([settled(dob)], year, W, date(2030, 1, 1))
    assert [(r.reported_on, r.age) for r in rows] == ([(reported_on, age)] if age else [])


def test_turning_22_is_reported_only_for_those_who_asked_for_support_at_their_latest_contact():
    dob = date(2003, 6, 10)  # 22 on 10/06/2025, in 2025-26
    latest = date(2026, 2, 14)
    eps, ass = housed("p1", date(2024, 1, 1))
    base = dict(contacts=[(date(2025, 9, 1), True), (latest, True), (date(2026, 4, 2), True)], episodes=eps, assessments=ass,
                eet=[EetEpisode("p1", "F5", date(2024, 1, 1), provider="Work")])
    rows, _ = oc3_cohort([person(dob, **base)], 2026, W, AS_AT)
    assert rows == []
    rows, _ = oc3_cohort([person(dob, support=True, **base)], 2026, W, AS_AT)
    assert [(r.reported_on, r.age, r.in_touch, r.activ, r.accom) for r in rows] == [(latest, 22, "YES", "F5", "U1")]


def test_turning_21_is_in_the_cohort_and_turning_26_is_not():
    rows, _ = oc3_cohort([settled(date(2004, 7, 1), 21)], 2026, W, AS_AT)
    assert [r.age for r in rows] == [21]
    older = person(date(1999, 7, 1), support=True, contacts=[(date(2025, 12, 1), True)])
    assert oc3_cohort([older], 2026, W, AS_AT)[0] == []


def test_no_row_for_a_17_year_old_still_looked_after_on_the_birthday():
    dob = date(2008, 9, 1)  # 17 on 01/09/2025; looked after until 18
    rows, excluded = oc3_cohort([settled(dob, 17)], 2026, W, AS_AT)
    assert rows == [] and "still looked after on their 17th birthday" in excluded[0][1]


def test_a_17_year_old_who_left_care_at_16_is_reported():
    dob = date(2008, 9, 1)
    f = replace(settled(dob, 17), care_periods=[CarePeriod(date(2022, 9, 1), date(2024, 12, 1))])
    rows, _ = oc3_cohort([f], 2026, W, AS_AT)
    assert [(r.age, r.in_touch) for r in rows] == [(17, "YES")]


def test_birthdays_still_to_come_are_left_out_of_a_year_under_way():
    dob = date(2008, 1, 15)  # 19 on 15/01/2027, after AS_AT
    rows, excluded = oc3_cohort([settled(date(2008, 1, 15))], 2027, W, AS_AT)
    assert rows == [] and "still to come" in excluded[0][1]
    assert len(oc3_cohort([settled(dob)], 2027, W, date(2027, 1, 15))[0]) == 1


def test_29_february_birthdays_fall_on_1_march_in_common_years():
    dob = date(2008, 2, 29)  # 17 on 01/03/2025 (2024-25); 18 on 01/03/2026 (2025-26)
    f = replace(settled(dob, 18), care_periods=[CarePeriod(date(2022, 3, 1), date(2024, 6, 1))])
    rows, _ = oc3_cohort([f], 2026, W, AS_AT)
    assert [(r.reported_on, r.age) for r in rows] == [(date(2026, 3, 1), 18)]


# -- deriving the fields from the histories ------------------------------------------------------------

def test_in_touch_means_reached_within_the_window_around_the_birthday():
    b = date(2025, 10, 10)
    f = person(date(2006, 10, 10))
    assert in_touch_around(replace(f, contacts=[(date(2025, 7, 10), True)]), b, W) == "YES"  # 3 months before: in
    assert in_touch_around(replace(f, contacts=[(date(2025, 7, 9), True)]), b, W) == "NO"  # the day before: out
    assert in_touch_around(replace(f, contacts=[(date(2025, 11, 10), True)]), b, W) == "YES"  # 1 month after: in
    assert in_touch_around(replace(f, contacts=[(date(2025, 11, 11), True)]), b, W) == "NO"
    assert in_touch_around(replace(f, contacts=[(date(2025, 10, 1), False)]), b, W) == "NO"  # an attempt is not contact


def test_a_decision_in_force_on_the_birthday_wins():
    b = date(2025, 10, 10)
    f = person(date(2006, 10, 10), contacts=[(date(2025, 10, 1), True)])
    assert in_touch_around(replace(f, decisions=[("REFU", date(2025, 10, 10), None)]), b, W) == "REFU"
    assert in_touch_around(replace(f, decisions=[("REFU", date(2025, 10, 11), None)]), b, W) == "YES"
    assert in_touch_around(replace(f, decisions=[("NREQ", date(2025, 1, 1), date(2025, 10, 10))]), b, W) == "YES"


def test_activity_and_accommodation_are_those_on_the_birthday():
    b = date(2025, 10, 10)
    f = person(date(2006, 10, 10), episodes=[AccommodationEpisode("p1", "D", date(2025, 1, 1), date(2025, 10, 10), id="e0"),
                                             AccommodationEpisode("p1", "U", date(2025, 10, 10), id="e1")],
               assessments=[SuitabilityAssessment("p1", "e0", date(2025, 1, 1), Suitability.SUITABLE),
                            SuitabilityAssessment("p1", "e1", date(2025, 10, 10), Suitability.UNSUITABLE, "damp")],
               eet=[EetEpisode("p1", "G5", date(2025, 6, 1), date(2025, 10, 11)), EetEpisode("p1", "F5", date(2025, 10, 11), provider="Shop")])
    assert accom_around(f, b, W) == "U2"
    assert accom_around(f, b - relativedelta(days=1), W) == "D1"
    assert activ_around(f, b, W) == "G5"
    assert activ_around(f, b + relativedelta(days=1), W) == "F5"


def test_nothing_on_the_birthday_takes_the_nearest_start_in_the_window():
    b = date(2025, 10, 10)
    f = person(date(2006, 10, 10), eet=[EetEpisode("p1", "F1", date(2025, 11, 10), provider="Uni")])
    assert activ_around(f, b, W) == "F1"  # starts 1 month after: in the window
    late = replace(f, eet=[EetEpisode("p1", "F1", date(2025, 11, 11), provider="Uni")])
    assert activ_around(late, b, W) is None


def test_the_window_reaches_back_exactly_three_months_to_a_start():
    # An activity that started exactly 3 months before the birthday and ended before it: nothing on
    # the day, so the start on the window's first day is the nearest value; a day earlier is outside.
    b = date(2025, 10, 10)
    f = person(date(2006, 10, 10), eet=[EetEpisode("p1", "G2", date(2025, 7, 10), date(2025, 8, 1))])
    assert activ_around(f, b, W) == "G2"
    early = replace(f, eet=[EetEpisode("p1", "G2", date(2025, 7, 9), date(2025, 8, 1))])
    assert activ_around(early, b, W) is None


def test_not_in_touch_reports_0_and_returned_home_reports_rhom():
    b = date(2025, 10, 10)
    f = settled(date(2006, 10, 10))
    lost = replace(f, contacts=[])
    assert oc3_row(lost, b, W).cells()[2:] == ["NO", "0", "0"]
    assert oc3_row(f, b, W, returned_home=True).cells()[2:] == ["RHOM", "0", "0"]
    died = replace(f, decisions=[("DIED", date(2025, 5, 1), None)])
    assert oc3_row(died, b, W, returned_home=True).cells()[2:] == ["DIED", "0", "0"]


def test_row_cells_use_dd_mm_yyyy():
    assert oc3_row(settled(date(2006, 4, 3)), date(2025, 4, 3), W).cells()[:2] == ["LC1", "03/04/2006"]


# -- the DfE checks ---------------------------------------------------------------------------------------

def row(**kw) -> Oc3Row:
    base = dict(person_id="p1", name="Test Person", child="LC1", dob=date(2006, 10, 10), reported_on=date(2025, 10, 10), age=19,
                in_touch="YES", activ="F2", accom="U1")
    base.update(kw)
    return Oc3Row(**base)


def rules(r: Oc3Row, f: PersonFacts | None = None) -> list[str]:
    return [x.rule for x in check_oc3([r], {"p1": f or person(date(2006, 10, 10))}, date(2025, 4, 1))]


@pytest.mark.parametrize("fields, rule", [
    (dict(child=""), "CHILD"),
    (dict(in_touch="MAYBE"), "131"),
    (dict(activ="F3"), "132"),  # pre-2022 code: mapped on import, never exported
    (dict(accom="S1"), "133"),  # homeless cannot be suitable
    (dict(accom="", notes=["no accommodation"]), "153"),
    (dict(in_touch="RHOM", activ="F2", accom="B1"), "344"),
    (dict(in_touch="YES", activ="0", accom="U1"), "345"),
    (dict(age=17, dob=date(2008, 1, 1), accom="T1"), "347"),  # under 18 at the start of the year (01/04/2025)
    (dict(age=17, accom="Z1"), "3001"),
    (dict(age=16), "391"),
])
def test_each_dfe_rule_fails_on_a_bad_row(fields, rule):
    assert rule in rules(row(**fields))


@pytest.mark.parametrize("fields", [
    dict(), dict(in_touch="NO", activ="0", accom="0"), dict(in_touch="RHOM", activ="0", accom="0"), dict(age=18, accom="T1"),
    dict(age=18, accom="Z1"), dict(in_touch="REFU", activ="G5", accom="S2"), dict(age=21), dict(in_touch="", activ="", accom=""),
])
def test_good_rows_pass_every_rule(fields):
    assert rules(row(**fields)) == []


def test_rule_348_died_in_an_earlier_year_must_be_reported_again():
    died = person(date(2006, 10, 10), decisions=[("DIED", date(2024, 6, 1), None)])
    assert "348" in rules(row(), died)
    assert rules(row(in_touch="DIED", activ="0", accom="0"), died) == []


def test_rule_391_allows_22_to_25_only_with_support():
    assert "391" in rules(row(age=23))
    assert rules(row(age=23), person(date(2002, 10, 10), support=True)) == []


def test_a_failure_names_the_fix_and_where_to_make_it():
    (f,) = check_oc3([row(accom="", notes=["no accommodation"])], {"p1": person(date(2006, 10, 10))}, date(2025, 4, 1))
    assert f.target == "living" and "Where they live" in f.fix


# -- the files' shapes ---------------------------------------------------------------------------------------

def test_exact_columns():
    assert OC3_COLUMNS == ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
    assert HEADER_COLUMNS == ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
    assert ANNEX_A_COLUMNS == [
        "ChildUniqueID", "Gender", "Ethnicity", "DateOfBirth", "Age", "UASC", "HasDisability", "AllocatedTeam", "AllocatedWorker",
        "AllocatedPersonalAdvisor", "EligibilityCategory", "LatestPathwayPlan", "LAInTouch", "LatestContact",
        "TypeOfAccommodation", "SuitabilityOfAccommodation", "ActivityStatus"]


def test_annex_a_value_labels():
    assert list(IN_TOUCH_LABELS.values()) == ["a) Yes", "b) No", "c) Died", "d) Refu", "e) NREQ", "f) Rhom"]
    assert sorted(CATEGORY_LABELS.values()) == ["a) Relevant child", "b) Former relevant child", "c) Qualifying care leaver",
                                                 "d) Eligible child"]
