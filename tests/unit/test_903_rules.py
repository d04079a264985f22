"""The SSDA903 OC3 and Header as the DfE validates them (issue 18 points 1-7): the cohort, the
values, and every DfE rule that reads the two tables, at each boundary."""

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from careleaver_app.domain.accommodation import AccommodationEpisode, Suitability, SuitabilityAssessment
from careleaver_app.domain.dates import add_months
from careleaver_app.domain.eet import EetEpisode
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.returns import PersonFacts, Window, oc3_cohort

W = Window(3, 1)
D = timedelta(days=1)
AS_AT = date(2026, 11, 22)


def facts(dob: date, periods, *, pid="p1", gender="female", contacts=None, decisions=(), returned_home_from=None, support=False,
          episodes=None, assessments=None, eet=None, la_id="LC1") -> PersonFacts:
    """Reached, housed (U, suitable) and at college throughout, unless told otherwise."""
    start = dob + relativedelta(years=15)
    eps = [AccommodationEpisode(pid, "U", start, id="e1")] if episodes is None else episodes
    ass = [SuitabilityAssessment(pid, "e1", start, Suitability.SUITABLE, "judged")] if assessments is None else assessments
    return PersonFacts(pid, la_id, "Test Person", dob, gender, "WBRI", False, False, support, False, returned_home_from,
                       list(periods), [(d, True) for d in (contacts or [])], list(decisions), eps, ass,
                       [EetEpisode(pid, "F2", start, provider="College")] if eet is None else eet)


def reported(f: PersonFacts, year: int, as_at: date = AS_AT):
    rows, excluded = oc3_cohort([f], year, W, as_at)
    return [(r.reported_on, r.in_touch, r.activ, r.accom) for r in rows], [why for _, why in excluded]


# -- returned home (RHOM) ------------------------------------------------------------------------------

def test_a_relevant_child_six_months_at_home_by_the_17th_birthday_is_reported_as_rhom():
    dob = date(2008, 9, 1)  # 17 on 01/09/2025 (2025-26)
    left = date(2024, 12, 1)
    f = facts(dob, [CarePeriod(date(2022, 9, 1), left)], contacts=[date(2025, 8, 20)], returned_home_from=left)
    assert reported(f, 2026)[0] == [(date(2025, 9, 1), "RHOM", "0", "0")]
    late = facts(dob, [CarePeriod(date(2022, 9, 1), left)], contacts=[date(2025, 8, 20)], returned_home_from=add_months(date(2025, 9, 1), -6) + D)
    assert reported(late, 2026)[0] == [(date(2025, 9, 1), "YES", "F2", "U1")]  # six months only the day after the birthday


# -- rules 1007 and 1016: no row for a 17 or 18 year old looked after on or after the birthday ---------

def test_care_ending_on_the_18th_birthday_counts_as_looked_after_on_it():
    dob = date(2007, 9, 14)  # 18 on 14/09/2025 (2025-26)
    b18 = date(2025, 9, 14)
    near = [b18 - 10 * D]

    def outcome(end):
        rows, why = reported(facts(dob, [CarePeriod(date(2021, 9, 14), end)], contacts=near), 2026)
        return rows[0][1] if rows else why[0]

    assert outcome(b18 - D) == "YES"  # left the day before: a relevant child at 18, reported
    assert "DfE rule 1016" in outcome(b18) and "care ended on their 18th birthday" in outcome(b18)
    assert "DfE rule 1007" in outcome(b18 + D)  # still looked after on the birthday
    assert "DfE rule 1007" in outcome(None)


def test_a_17_year_old_who_came_back_into_care_and_left_after_the_birthday_has_no_row():
    dob = date(2008, 6, 1)  # 17 on 01/06/2025
    periods = [CarePeriod(date(2022, 6, 1), date(2024, 12, 1)), CarePeriod(date(2025, 8, 1), date(2025, 10, 1))]
    rows, why = reported(facts(dob, periods, contacts=[date(2025, 5, 20)]), 2026)
    assert rows == [] and "DfE rule 1016" in why[0] and "ceased to be looked after on 01/10/2025" in why[0]
    after_year = [periods[0], CarePeriod(date(2025, 8, 1), date(2026, 4, 2))]  # ceased after the year's end
    assert reported(facts(dob, after_year, contacts=[date(2025, 5, 20)]), 2026, date(2026, 6, 1))[0][0][1] == "YES"


def test_at_19_to_21_a_period_ending_on_the_birthday_does_not_stop_the_row():
    dob = date(2006, 9, 14)  # 19 on 14/09/2025
    rows, _ = reported(facts(dob, [CarePeriod(date(2020, 9, 14), date(2024, 9, 14))], contacts=[date(2025, 9, 1)]), 2026)
    assert rows == [(date(2025, 9, 14), "YES", "F2", "U1")]


# -- REFU and NREQ: what is known, else 0 ---------------------------------------------------------------

def test_refuses_contact_and_no_longer_requires_services_report_0_when_nothing_is_known():
    from careleaver_app.domain.returns import check_oc3

    dob = date(2006, 9, 14)
    base = {"periods": [CarePeriod(date(2020, 9, 14), date(2024, 9, 14))]}
    for code in ("REFU", "NREQ"):
        unknown = facts(dob, base["periods"], decisions=[(code, date(2025, 1, 1), None)], episodes=[], assessments=[], eet=[])
        rows, _ = oc3_cohort([unknown], 2026, W, AS_AT)
        assert rows[0].cells()[2:] == [code, "0", "0"]
        assert check_oc3(rows, {"p1": unknown}, date(2025, 4, 1)) == []  # nothing to put right: it cannot be done
        known = facts(dob, base["periods"], decisions=[(code, date(2025, 1, 1), None)])
        assert oc3_cohort([known], 2026, W, AS_AT)[0][0].cells()[2:] == [code, "F2", "U1"]


# -- rule 347: a foyer for someone under 18 at the start of the collection year ----------------------------

def test_rule_347_reads_the_age_at_the_start_of_the_collection_year():
    from careleaver_app.domain.returns import Oc3Row, check_oc3

    def rules(dob, accom="T1"):
        r = Oc3Row("p1", "Test Person", "LC1", dob, date(2025, 10, 10), age_on_reported(dob), "YES", "F2", accom)
        return [x.rule for x in check_oc3([r], {"p1": facts(dob, [])}, date(2025, 4, 1))]

    def age_on_reported(dob):
        from careleaver_app.domain.dates import age_on
        return age_on(dob, date(2025, 10, 10))

    assert "347" not in rules(date(2007, 4, 1))  # 18 on 01/04/2025, the first day of the year
    assert "347" in rules(date(2007, 4, 2))  # 18 the day after the year began: 17 at its start
    assert "347" not in rules(date(2007, 4, 2), accom="U1")


# -- point 7: 22 to 25 year olds who asked for support; returning home after 18 ----------------------------

def test_a_21st_birthday_on_31_march_is_followed_by_a_row_in_the_next_year_at_the_latest_contact():
    dob = date(2004, 3, 31)  # 21 on 31/03/2025 (2024-25); 22 on 31/03/2026 (2025-26)
    periods = [CarePeriod(date(2018, 3, 31), date(2022, 3, 31))]
    latest = date(2026, 2, 10)
    f = facts(dob, periods, contacts=[date(2025, 3, 20), date(2025, 9, 1), latest], support=True)
    assert reported(f, 2025, date(2025, 6, 1))[0] == [(date(2025, 3, 31), "YES", "F2", "U1")]
    assert reported(f, 2026)[0] == [(latest, "YES", "F2", "U1")]
    assert reported(facts(dob, periods, contacts=[latest]), 2026)[0] == []  # without asking for support: no row
    f23 = facts(dob, periods, contacts=[date(2027, 1, 5)], support=True)
    assert reported(f23, 2027, date(2027, 4, 1))[0] == [(date(2027, 1, 5), "YES", "F2", "U1")]  # 23 on 31/03/2027


def test_in_the_year_of_the_25th_birthday_they_are_reported_while_still_owed_support():
    dob = date(2000, 6, 1)  # 25 on 01/06/2025
    periods = [CarePeriod(date(2014, 6, 1), date(2018, 6, 1))]
    f = facts(dob, periods, contacts=[date(2025, 5, 20), date(2025, 7, 1)], support=True)
    assert reported(f, 2026)[0] == [(date(2025, 5, 20), "YES", "F2", "U1")]  # not the contact after duties ended


def test_living_with_a_parent_for_six_months_after_18_is_reported_as_rhom():
    dob = date(2005, 9, 14)  # 20 on 14/09/2025
    periods = [CarePeriod(date(2019, 9, 14), date(2023, 9, 14))]
    home = add_months(date(2025, 9, 14), -6)
    assert reported(facts(dob, periods, contacts=[date(2025, 9, 1)], returned_home_from=home), 2026)[0] == [
        (date(2025, 9, 14), "RHOM", "0", "0")]
    assert reported(facts(dob, periods, contacts=[date(2025, 9, 1)], returned_home_from=home + D), 2026)[0] == [
        (date(2025, 9, 14), "YES", "F2", "U1")]  # five months and 30 days: with family (ACCOM U here), in touch


# -- the Header's rules, each failing on a bad row and passing on a good one ----------------------------------

from dataclasses import replace as _replace  # noqa: E402

import pytest  # noqa: E402

from careleaver_app.domain.returns import (  # noqa: E402
    DFE_RULES,
    HeaderRow,
    check_header,
    header_sex,
)

HEADER = HeaderRow("p1", "Test Person", "LC1", "F", date(2006, 10, 10), "WBRI")
LEFT_BEFORE_YEAR = [CarePeriod(date(2020, 10, 10), date(2024, 10, 10))]
IN_CARE_IN_YEAR = [CarePeriod(date(2020, 10, 10), date(2025, 4, 1))]  # left on the year's first day: looked after on it


def header_rules(h: HeaderRow, periods=LEFT_BEFORE_YEAR, year=2026, others=()) -> set[str]:
    fs = {"p1": facts(h.dob or date(2006, 10, 10), periods)}
    fs.update({o.person_id: facts(o.dob, LEFT_BEFORE_YEAR, pid=o.person_id) for o in others})
    return {f.rule for f in check_header([h, *others], fs, year) if f.person_id == "p1"}


@pytest.mark.parametrize("change, periods, rule", [
    ({"sex": "2"}, LEFT_BEFORE_YEAR, "101"),  # the old code, from 2024-25
    ({"sex": ""}, LEFT_BEFORE_YEAR, "101"),
    ({"dob": None}, LEFT_BEFORE_YEAR, "102"),
    ({"ethnic": "XXXX"}, LEFT_BEFORE_YEAR, "103"),
    ({"upn": "I123456789012"}, LEFT_BEFORE_YEAR, "168"),  # I is not used
    ({"upn": "UN1"}, LEFT_BEFORE_YEAR, "209"),
    ({"sex": "M", "mother": "1", "mc_dob": date(2025, 1, 1)}, IN_CARE_IN_YEAR, "174"),
    ({"sex": "U"}, LEFT_BEFORE_YEAR, "232"),
    ({"dob": date(2026, 4, 1)}, LEFT_BEFORE_YEAR, "301"),  # born the day after the year ended
    ({"dob": date(2000, 3, 31)}, LEFT_BEFORE_YEAR, "351"),  # 25 the day before the year began
    ({"mother": "2"}, IN_CARE_IN_YEAR, "165"),
    ({"sex": "M", "mother": "0"}, IN_CARE_IN_YEAR, "165"),
    ({"mother": "1"}, IN_CARE_IN_YEAR, "611"),
    ({"mother": "0", "mc_dob": date(2025, 1, 1)}, IN_CARE_IN_YEAR, "612"),
    ({"dob": date(2014, 4, 2), "mother": "1", "mc_dob": date(2025, 1, 1)}, IN_CARE_IN_YEAR, "620"),  # 11 the day after the year began
    ({"mother": "1", "mc_dob": date(2006, 10, 10)}, IN_CARE_IN_YEAR, "621"),
    ({"mother": "0"}, LEFT_BEFORE_YEAR, "628"),
    ({}, IN_CARE_IN_YEAR, "442"),  # looked after in the year: the data team adds the UPN ...
    ({}, IN_CARE_IN_YEAR, "165"),  # ... and, for a young woman, MOTHER
])
def test_each_header_rule_fails_on_a_bad_row(change, periods, rule):
    assert rule in header_rules(_replace(HEADER, **change), periods)


@pytest.mark.parametrize("change, periods", [
    ({}, LEFT_BEFORE_YEAR), ({"sex": "M"}, LEFT_BEFORE_YEAR), ({"upn": "A123456789012"}, LEFT_BEFORE_YEAR),
    ({"upn": "A12345678901B"}, LEFT_BEFORE_YEAR), ({"upn": "UN2"}, LEFT_BEFORE_YEAR), ({"dob": date(2026, 3, 31)}, LEFT_BEFORE_YEAR),
    ({"dob": date(2000, 4, 1)}, LEFT_BEFORE_YEAR), ({"upn": "A123456789012", "mother": "0"}, IN_CARE_IN_YEAR),
    ({"upn": "A123456789012", "mother": "1", "mc_dob": date(2025, 1, 1)}, IN_CARE_IN_YEAR),
    ({"dob": date(2014, 4, 1), "upn": "A123456789012", "mother": "1", "mc_dob": date(2025, 1, 1)}, IN_CARE_IN_YEAR),
    ({"upn": "A123456789012", "sex": "M"}, IN_CARE_IN_YEAR),
])
def test_good_header_rows_pass_every_rule(change, periods):
    assert header_rules(_replace(HEADER, **change), periods) == set()


def test_dates_in_the_header_are_written_as_valid_dd_mm_yyyy_dates_rule_171():
    from datetime import datetime

    cells = _replace(HEADER, mother="1", mc_dob=date(2025, 2, 28)).cells()
    assert cells[2] == "10/10/2006" and cells[6] == "28/02/2025"
    assert datetime.strptime(cells[6], "%d/%m/%Y").date() == date(2025, 2, 28)  # "171": a valid date, or blank
    assert HEADER.cells()[6] == ""


def test_a_upn_given_twice_fails_444_and_unknown_codes_may_repeat():
    other = _replace(HEADER, person_id="p2", child="LC2", upn="A123456789012")
    assert "444" in header_rules(_replace(HEADER, upn="A123456789012"), others=[other])
    assert "444" not in header_rules(_replace(HEADER, upn="UN2"), others=[_replace(other, upn="UN2")])


def test_sex_is_coded_by_the_collection_year():
    assert [header_sex(g, 2025) for g in ("male", "female", "neither", "not_stated")] == ["M", "F", "U", "U"]
    assert [header_sex(g, 2024) for g in ("male", "female", "neither", "not_stated")] == ["1", "2", "", ""]
    long_ago = [CarePeriod(date(2019, 10, 10), date(2022, 10, 10))]
    assert header_rules(_replace(HEADER, sex="2"), long_ago, year=2024) == set()
    assert "101" in header_rules(_replace(HEADER, sex="F"), long_ago, year=2024)


def test_mother_for_a_young_woman_looked_after_in_the_year_is_left_to_the_data_team_under_rules_165_393_and_607():
    (add,) = [f for f in check_header([HEADER], {"p1": facts(HEADER.dob, IN_CARE_IN_YEAR)}, 2026) if f.rule == "165"]
    assert add.severity == "add" and not add.blocking and "393" in add.problem and "607" in add.problem
    assert "165" not in header_rules(_replace(HEADER, sex="M", upn="A123456789012"), IN_CARE_IN_YEAR)


# -- who has no row at all: rules 1000, 1001, 1002 -----------------------------------------------------------------

def test_no_row_for_someone_who_died_in_care_or_is_not_relevant_or_was_never_looked_after():
    dob = date(2006, 9, 14)  # 19 on 14/09/2025
    near = [date(2025, 9, 1)]
    died = facts(dob, [CarePeriod(date(2020, 9, 14), date(2024, 5, 1))], contacts=near, decisions=[("DIED", date(2024, 4, 30), None)])
    assert "DfE rule 1000" in reported(died, 2026)[1][0]
    brief = facts(dob, [CarePeriod(date(2023, 1, 1), date(2023, 2, 1))], contacts=near)  # qualifying: 31 days after 16
    assert "DfE rule 1001" in reported(brief, 2026)[1][0]
    never = facts(dob, [], contacts=near)
    assert "DfE rule 1002" in reported(never, 2026)[1][0]


def test_every_listed_rule_is_tested_here_or_in_test_returns_rules():
    import pathlib
    here = pathlib.Path(__file__)
    text = here.read_text() + (here.parent / "test_returns_rules.py").read_text()
    missing = [r.code for r in DFE_RULES if f'"{r.code}"' not in text and f"rule {r.code}" not in text]
    assert missing == []


# -- boundaries the mutation run found untested ------------------------------------------------------------------
# Equivalent mutants left alive, and why: `birthday < p.start` in looked_after_on_or_after_birthday
# (a period starting on the birthday is caught by the test before it); the unknown-UPN filter when
# counting UPNs for rule 444 (the rule itself skips unknown codes); `d <= last_day` for the 22-25
# group's contacts (a contact on the last day is reported on that day either way); `d < day` in
# _nearest's tie-break as `d <= day` (the day itself is never among the candidates, so the order is the same).

def test_the_collection_year_of_a_day_turns_on_1_april():
    from careleaver_app.domain.returns import year_of

    assert (year_of(date(2025, 3, 31)), year_of(date(2025, 4, 1))) == (2025, 2026)
    assert year_of(date(2025, 12, 31)) == 2026


def test_the_window_s_defaults_are_the_local_settings_defaults():
    from careleaver_app.domain.settings import LocalSettings

    s = LocalSettings()
    assert Window() == Window(s.oc3_window_before_months, s.oc3_window_after_months, s.bb_emergency_days)
    assert (Window().before_months, Window().after_months) == (3, 1)


def test_coming_into_care_on_the_17th_birthday_is_looked_after_on_it():
    dob = date(2008, 6, 1)  # 17 on 01/06/2025
    before = CarePeriod(date(2022, 6, 1), date(2024, 12, 1))
    for later in (CarePeriod(date(2025, 6, 1)), CarePeriod(date(2025, 6, 1), date(2025, 9, 1))):
        rows, why = reported(facts(dob, [before, later], contacts=[date(2025, 5, 20)]), 2026)
        assert rows == [] and "DfE rule 1007" in why[0]


def test_ceasing_to_be_looked_after_on_the_last_day_of_the_year_is_after_the_birthday():
    dob = date(2008, 6, 1)
    periods = [CarePeriod(date(2022, 6, 1), date(2024, 12, 1)), CarePeriod(date(2025, 8, 1), date(2026, 3, 31))]
    assert "DfE rule 1016" in reported(facts(dob, periods, contacts=[date(2025, 5, 20)]), 2026, date(2026, 6, 1))[1][0]


def test_looked_after_only_before_16_is_rule_1001_and_never_looked_after_is_1002():
    dob = date(2006, 9, 14)
    young = facts(dob, [CarePeriod(date(2020, 9, 14), date(2022, 1, 1))], contacts=[date(2025, 9, 1)])
    assert "DfE rule 1001" in reported(young, 2026)[1][0]


def test_the_22_to_25_group_at_its_edges():
    periods = [CarePeriod(date(2016, 4, 1), date(2020, 4, 1))]  # 18 on 01/04/2020: former relevant
    dob = date(2002, 4, 1)  # 24 on 01/04/2026, the first day of 2026-27
    f = facts(dob, periods, contacts=[date(2026, 4, 1)], support=True)
    assert reported(f, 2027, date(2027, 4, 1))[0] == [(date(2026, 4, 1), "YES", "F2", "U1")]  # a contact on the first day
    assert reported(facts(dob, periods, contacts=[date(2026, 4, 1)]), 2027, date(2027, 4, 1)) == ([], [])  # no support asked
    # The 25th birthday on 2 April: owed support on 1 April only, and the contact that day is reported.
    dob25 = date(2000, 4, 2)
    p25 = [CarePeriod(date(2014, 4, 2), date(2018, 4, 2))]
    assert reported(facts(dob25, p25, contacts=[date(2025, 4, 1)], support=True), 2026)[0] == [(date(2025, 4, 1), "YES", "F2", "U1")]
    # The day before the 25th birthday is the last day counted; the birthday itself is not.
    dob_june = date(2000, 6, 1)
    pj = [CarePeriod(date(2014, 6, 1), date(2018, 6, 1))]
    fj = facts(dob_june, pj, contacts=[date(2025, 5, 20), date(2025, 5, 31), date(2025, 6, 1)], support=True)
    assert reported(fj, 2026)[0][0][0] == date(2025, 5, 31)


def test_a_qualifying_care_leaver_in_education_at_23_is_not_in_the_22_to_25_group():
    q = PersonFacts("p1", "LC1", "Test Person", date(2002, 10, 1), "female", "WBRI", False, False, True, True, None,
                    [CarePeriod(date(2019, 1, 1), date(2019, 2, 1))], [(date(2025, 12, 1), True)], [], [], [], [])
    rows, why = oc3_cohort([q], 2026, W, AS_AT)
    assert rows == [] and "Qualifying" in why[0][1]


def test_a_decision_other_than_died_is_not_a_death():
    from careleaver_app.domain.returns import category_on, died_on

    f = facts(date(2006, 9, 14), [CarePeriod(date(2020, 9, 14), date(2024, 9, 14))], decisions=[("REFU", date(2025, 1, 1), None)])
    assert died_on(f) is None and category_on(f, date(2025, 9, 14)).active


def test_rule_348_reads_a_death_before_the_year_began_not_on_its_first_day():
    from careleaver_app.domain.returns import Oc3Row, check_oc3

    r = Oc3Row("p1", "Test Person", "LC1", date(2006, 10, 10), date(2025, 10, 10), 19, "YES", "F2", "U1")
    on_first_day = facts(date(2006, 10, 10), [], decisions=[("DIED", date(2025, 4, 1), None)])
    day_before = facts(date(2006, 10, 10), [], decisions=[("DIED", date(2025, 3, 31), None)])
    assert "348" not in [x.rule for x in check_oc3([r], {"p1": on_first_day}, date(2025, 4, 1))]
    assert "348" in [x.rule for x in check_oc3([r], {"p1": day_before}, date(2025, 4, 1))]


def test_rule_344_fails_if_either_value_is_not_0():
    from careleaver_app.domain.returns import Oc3Row, check_oc3

    for activ, accom in (("0", "B1"), ("F2", "0")):
        r = Oc3Row("p1", "Test Person", "LC1", date(2006, 10, 10), date(2025, 10, 10), 19, "RHOM", activ, accom)
        assert "344" in [x.rule for x in check_oc3([r], {"p1": facts(date(2006, 10, 10), [])}, date(2025, 4, 1))]


def test_the_preflight_reads_the_first_day_of_the_year_for_rule_347_and_puts_what_stops_a_row_first():
    from careleaver_app.domain.returns import Oc3Row, check_return, header_row

    f = facts(date(2007, 4, 2), [CarePeriod(date(2021, 4, 2), date(2025, 4, 1))], gender="neither")
    r = Oc3Row("p1", "Test Person", "LC1", f.dob, date(2025, 10, 10), 18, "YES", "F2", "T1")
    found = check_return([r], [header_row(f, 2026)], {"p1": f}, 2026)
    assert [(x.rule, x.severity) for x in found] == [("347", "error"), ("232", "query"), ("442", "add")]


def test_header_codes_from_2024_25_are_the_letters():
    assert "101" not in header_rules(_replace(HEADER, sex="F"), year=2025)
    (f,) = [x for x in check_header([_replace(HEADER, sex="2")], {"p1": facts(HEADER.dob, LEFT_BEFORE_YEAR)}, 2026) if x.rule == "101"]
    assert "2025-26" in f.problem and "M or U or F" not in f.problem and "F or M or U" in f.problem and "up to 2023-24" not in f.problem


def test_rule_209_unknown_upn_un1_for_someone_of_school_age_on_31_august_before_the_year():
    four_on_the_day = _replace(HEADER, dob=date(2020, 8, 31), upn="UN1")  # 4 on 31/08/2024 (for 2025-26)
    assert "209" in header_rules(four_on_the_day)
    assert "209" not in header_rules(_replace(four_on_the_day, dob=date(2020, 9, 1)))


def test_looked_after_on_the_last_day_of_the_year_counts_as_in_the_year():
    assert "442" in header_rules(HEADER, [CarePeriod(date(2020, 1, 1), date(2022, 1, 1)), CarePeriod(date(2026, 3, 31))])


def test_the_2024_25_collection_already_takes_the_letters():
    (f,) = [x for x in check_header([_replace(HEADER, sex="2")], {"p1": facts(HEADER.dob, LEFT_BEFORE_YEAR)}, 2025) if x.rule == "101"]
    assert "2024-25" in f.problem and "up to 2023-24" not in f.problem


def test_died_in_care_means_a_death_on_a_day_looked_after():
    dob = date(2006, 9, 14)
    periods = [CarePeriod(date(2020, 9, 14), date(2024, 5, 1))]
    back = [periods[0], CarePeriod(date(2024, 6, 10), date(2024, 7, 1))]
    on_first_day = facts(dob, back, decisions=[("DIED", date(2024, 6, 10), None)])
    assert "DfE rule 1000" in reported(on_first_day, 2026)[1][0]  # care began that day: looked after on it
    refused_in_care = facts(dob, periods, contacts=[date(2025, 9, 1)], decisions=[("REFU", date(2024, 4, 1), date(2024, 6, 1))])
    assert reported(refused_in_care, 2026)[0][0][1] == "YES"  # another decision while looked after is not a death
    on_leaving = facts(dob, periods, contacts=[date(2025, 9, 1)], decisions=[("DIED", date(2024, 5, 1), None)])
    assert reported(on_leaving, 2026)[0][0][1] == "DIED"  # the day care ended: no longer looked after


def test_of_two_decisions_in_force_the_later_one_is_reported():
    from careleaver_app.domain.returns import decision_on

    f = facts(date(2006, 9, 14), [], decisions=[("REFU", date(2025, 1, 1), None), ("NREQ", date(2025, 3, 1), None)])
    assert decision_on(f, date(2025, 6, 1)) == "NREQ"


def test_annex_a_labels_for_accommodation_and_activity():
    from careleaver_app.domain.returns import accommodation_label, activity_label

    assert accommodation_label("U") == "U: Independent living" and accommodation_label("?") == ""
    assert activity_label("F1") == "F1: Full time in higher education" and activity_label("?") == ""
