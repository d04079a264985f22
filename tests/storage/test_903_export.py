"""The 903 OC3 and Header files through the service (issue 18 points 1, 4 and 6): SEX by
collection year, the Header items the data team adds, and writing the file anyway."""

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from careleaver_app.app import build_services
from careleaver_app.domain.accommodation import SCHEDULE_2, AccommodationEpisode, Suitability, SuitabilityAssessment
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.eet import EetEpisode
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import ExportRefused
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.returns import MERGE_NOTE
from careleaver_app.services.context import Clock


def settled(services, pa, name, la_id, dob: date, gender: str, *, left: date | None = None, housed=True):
    """A care leaver reached a week before each birthday, at college and (if ``housed``) in a suitable flat."""
    left = left or date(dob.year + 18, dob.month, dob.day)
    pid = services.people.create(YoungPerson(legal_name=name, dob=dob, la_id=la_id, gender=gender, ethnicity="WBRI",
                                             care_periods=[CarePeriod(date(dob.year + 14, dob.month, dob.day), left)]), pa)
    for age in (17, 18, 19, 20, 21):
        day = date(dob.year + age, dob.month, dob.day)
        if day <= services.clock.today():
            services.contacts.log(Contact(pid, datetime(day.year, day.month, day.day, 10) - timedelta(days=7), ContactType.PHONE, pa,
                                          summary="Caught up."))
    services.living.save_eet(EetEpisode(pid, "F2", date(dob.year + 16, 9, 1), provider="Synthetic College", course_or_job="Level 3"))
    if housed:
        start = date(dob.year + 17, 1, 1)
        eid = services.living.record_move(AccommodationEpisode(pid, "U", start))
        services.living.assess(SuitabilityAssessment(pid, eid, start, Suitability.SUITABLE, "Safe, secure and affordable",
                                                     {k: "noted" for k, _, _ in SCHEDULE_2}))
    return pid


def rows(data: bytes):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def cohort(services, team):
    """2025-26: Ada (F, 19), Kit (neither male nor female, 20), Ned (M, 19, nowhere to live recorded), and Lou
    (F, 17, left care in the year a month before her 17th birthday)."""
    pa = team["pa"]
    return {
        "ada": settled(services, pa, "Ada Quinlan", "LC900001", date(2006, 9, 14), "female"),
        "kit": settled(services, pa, "Kit Ferris", "LC900002", date(2005, 6, 2), "neither"),
        "ned": settled(services, pa, "Ned Okafor", "LC900003", date(2006, 5, 1), "male", housed=False),
        "lou": settled(services, pa, "Lou Marsh", "LC900004", date(2008, 8, 20), "female", left=date(2025, 7, 20)),
    }


def test_header_sex_is_m_f_or_u_from_2024_25_and_1_or_2_before(services, team, cohort):
    result = services.returns.oc3(2026)
    sex = {h.child: h.sex for h in result.headers}
    assert sex == {"LC900001": "F", "LC900002": "U", "LC900003": "M", "LC900004": "F"}
    (query,) = [f for f in result.failures if f.rule == "232"]
    assert query.person_id == cohort["kit"] and query.severity == "query" and not query.blocking  # the DfE asks; it does not reject
    assert not [f for f in result.failures if f.rule == "101"]
    sam = settled(services, team["pa"], "Sam Reid", "LC900005", date(2003, 10, 10), "neither")  # 20 in 2023-24
    settled(services, team["pa"], "Mo Ahmed", "LC900006", date(2002, 12, 12), "male")  # 21 in 2023-24
    earlier = services.returns.oc3(2024)
    assert {h.child: h.sex for h in earlier.headers} == {"LC900005": "", "LC900006": "1"}
    (old,) = [f for f in earlier.failures if f.rule == "101"]
    assert old.person_id == sam and old.blocking and "1 or 2" in old.problem  # no code for it before 2024-25
    assert {h.child: h.sex for h in services.returns.oc3(2025).headers}["LC900005"] == "U"  # 21 in 2024-25


def test_upn_and_mother_are_left_for_the_data_team_for_those_looked_after_in_the_year(services, cohort):
    result = services.returns.oc3(2026)
    added = {(f.person_id, f.rule) for f in result.failures if f.severity == "add"}
    assert added == {(cohort["lou"], "442"), (cohort["lou"], "165")}  # Lou was looked after until 20/07/2025
    assert all(not f.blocking for f in result.failures if f.severity == "add")
    assert result.notes and result.notes[0].startswith(MERGE_NOTE) and "1 young person" in result.notes[0]
    lou = next(h for h in result.headers if h.person_id == cohort["lou"])
    assert lou.cells()[4:] == ["", "", ""]


def test_strict_export_refuses_and_writing_anyway_leaves_out_the_failing_rows_with_a_list_of_them(services, cohort, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportRefused, match="write the file anyway"):
        services.returns.write_oc3(2026, out)
    assert list(out.iterdir()) == []
    paths = services.returns.write_oc3(2026, out, include_failing=True)
    assert [p.name for p in paths] == ["OC3_2026.csv", "Header_2026.csv", "OC3_2026_failing.csv"]
    assert [r[0] for r in rows(paths[0].read_bytes())] == ["CHILD", "LC900001", "LC900002", "LC900004"]  # Ned fails 153
    assert [r[0] for r in rows(paths[1].read_bytes())] == ["CHILD", "LC900001", "LC900002", "LC900004"]
    assert paths[0].read_bytes().startswith(b"CHILD,")  # the DfE's files: no byte-order mark
    failing = rows(paths[2].read_bytes())
    assert failing[0] == ["CHILD", "DOB", "Young person", "Rule", "Problem", "Put it right"]
    assert failing[1][:4] == ["LC900003", "01/05/2006", "Ned Okafor", "153"] and "Where they live" in failing[1][5]
    assert any("1 left out" in (a["detail"] or "") for a in services.store.query("SELECT detail FROM audit_log WHERE action = 'export'"))
    # Once Ned's record is put right, a strict export writes both files and the old list goes.
    eid = services.living.record_move(AccommodationEpisode(cohort["ned"], "D", date(2024, 1, 1)))
    services.living.assess(SuitabilityAssessment(cohort["ned"], eid, date(2024, 1, 1), Suitability.SUITABLE, "Fine",
                                                 {k: "noted" for k, _, _ in SCHEDULE_2}))
    assert [p.name for p in services.returns.write_oc3(2026, out)] == ["OC3_2026.csv", "Header_2026.csv"]
    assert sorted(p.name for p in out.iterdir()) == ["Header_2026.csv", "OC3_2026.csv"]


def test_a_400_person_demo_passes_the_preflight_except_a_realistic_few_it_lists(store, today, tmp_path):
    """The demo is a mostly well-run service: its last complete year's return passes every DfE rule
    the app runs but for a few records it names, and writing anyway leaves out only those."""
    from collections import Counter

    from careleaver_app.demo import generate_demo

    generate_demo(store, people=400, today=today)
    services = build_services(store, Clock(today))
    result = services.returns.oc3(2026)
    failing = result.failing_ids
    assert 150 <= len(result.rows) and 0 < len(failing) <= 0.05 * len(result.rows)
    assert {f.rule for f in result.blocking} <= {"CHILD", "153", "347"}  # data to put right, never a rule the app breaks
    touch = Counter(r.in_touch for r in result.rows)
    assert touch["YES"] / len(result.rows) > 0.8 and touch["NO"] and touch["RHOM"] and touch["REFU"] + touch["NREQ"]
    accom = Counter(r.accom[:1] for r in result.rows)
    assert accom["S"] <= 0.05 * len(result.rows)  # a few homeless, not one in ten
    out = tmp_path / "out"
    out.mkdir()
    services.returns.write_oc3(2026, out, include_failing=True)
    written = [r[0] for r in rows((out / "OC3_2026.csv").read_bytes())[1:]]
    assert len(written) == len(result.rows) - len(failing)
    assert len(rows((out / "OC3_2026_failing.csv").read_bytes())) - 1 == len(result.blocking)
