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
