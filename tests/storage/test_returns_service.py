"""The 903 OC3 / Header files and Annex A List 9 through the service: derived from the record,
refused whole when a check fails, written whole or not at all."""

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from careleaver_app.domain.accommodation import SCHEDULE_2, AccommodationEpisode, Suitability, SuitabilityAssessment
from careleaver_app.domain.contacts import Contact, ContactType, InTouch
from careleaver_app.domain.eet import EetEpisode
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import ExportRefused, ValidationError
from careleaver_app.domain.people import KeyPerson, YoungPerson
from careleaver_app.domain.returns import ANNEX_A_COLUMNS
from tests.support.private_files import assert_private


def contact(services, pid, worker, day: date, kind=ContactType.VISIT_HOME):
    services.contacts.log(Contact(pid, datetime(day.year, day.month, day.day, 10), kind, worker, seen=kind != ContactType.ATTEMPTED,
                                  summary="Synthetic contact."))


def housed(services, pid, start: date, letter="U", suitable=True):
    eid = services.living.record_move(AccommodationEpisode(pid, letter, start))
    services.living.assess(SuitabilityAssessment(pid, eid, start, Suitability.SUITABLE if suitable else Suitability.UNSUITABLE,
                                                 "Safe, secure and affordable" if suitable else "Damp and unsafe",
                                                 {k: "noted" for k, _, _ in SCHEDULE_2}))


@pytest.fixture
def people(services, team):
    """Three care leavers in 2025-26: Ada (19, settled), Ben (18, left care at 17 and lost touch), Cal (20, no
    accommodation recorded)."""
    pa = team["pa"]
    ids = {}
    for key, name, la_id, dob in (("ada", "Ada Quinlan", "LC900001", date(2006, 9, 14)), ("ben", "Ben Okafor", "LC900002", date(2007, 6, 2)),
                                   ("cal", "Cal Novak", "LC900003", date(2005, 12, 1))):
        ids[key] = services.people.create(YoungPerson(
            legal_name=name, dob=dob, la_id=la_id, gender="female" if key == "ada" else "male", ethnicity="WBRI",
            care_periods=[CarePeriod(date(dob.year + 14, dob.month, dob.day),
                                     date(2025, 1, 2) if key == "ben" else date(dob.year + 18, dob.month, dob.day))],
            key_people=[KeyPerson("Sam Social", "Social worker")] if key == "ada" else []), pa)
    # Ada: 19 on 14/09/2025: in touch, at college, in her own flat (suitable).
    contact(services, ids["ada"], pa, date(2025, 9, 1))
    housed(services, ids["ada"], date(2025, 1, 6))
    services.living.save_eet(EetEpisode(ids["ada"], "F2", date(2024, 9, 2), provider="Synthetic College", course_or_job="Level 3"))
    # Ben: 18 on 02/06/2025: only an attempt near the birthday (not in touch).
    contact(services, ids["ben"], pa, date(2025, 6, 1), ContactType.ATTEMPTED)
    # Cal: 20 on 01/12/2025: in touch and working, but nowhere recorded to live.
    contact(services, ids["cal"], pa, date(2025, 11, 20))
    services.living.save_eet(EetEpisode(ids["cal"], "F5", date(2025, 1, 1), provider="Synthetic Shop", course_or_job="Sales"))
    return ids


@pytest.fixture
def out(tmp_path):
    """An empty folder to export into (the test database sits in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_csv(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


def test_rows_are_derived_and_a_failing_record_stops_the_export(services, people, out):
    result = services.returns.oc3(2026)
    assert {r.child: r.cells() for r in result.rows} == {
        "LC900001": ["LC900001", "14/09/2006", "YES", "F2", "U1"],
        "LC900002": ["LC900002", "02/06/2007", "NO", "0", "0"],
        "LC900003": ["LC900003", "01/12/2005", "YES", "F5", ""],
    }
    (fail,) = result.failures
    assert (fail.rule, fail.person_id, fail.target) == ("153", people["cal"], "living")
    with pytest.raises(ExportRefused, match="1 check failed"):
        services.returns.write_oc3(2026, out)
    assert list(out.iterdir()) == []  # nothing written


def test_exact_files_once_the_record_is_put_right(services, people, out):
    housed(services, people["cal"], date(2025, 10, 1), "D", suitable=False)
    paths = services.returns.write_oc3(2026, out)
    assert [p.name for p in paths] == ["OC3_2026.csv", "Header_2026.csv"]
    oc3 = paths[0].read_bytes()
    assert oc3.startswith(b"CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n")  # no byte-order mark before the first column
    assert read_csv(paths[0]) == [["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
                                  ["LC900001", "14/09/2006", "YES", "F2", "U1"],
                                  ["LC900002", "02/06/2007", "NO", "0", "0"],
                                  ["LC900003", "01/12/2005", "YES", "F5", "D2"]]
    assert read_csv(paths[1]) == [["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
                                  ["LC900001", "F", "14/09/2006", "WBRI", "", "", ""],  # 2025-26: M, F or U (rule 101)
                                  ["LC900002", "M", "02/06/2007", "WBRI", "", "", ""],
                                  ["LC900003", "M", "01/12/2005", "WBRI", "", "", ""]]
    assert_private(*paths)
    assert any(a["action"] == "export" and "903 OC3 2026" in (a["detail"] or "") for a in services.store.query("SELECT * FROM audit_log"))


def test_a_decision_is_reported_and_died_carries_forward(services, people, team):
    services.contacts.record_decision(people["ben"], InTouch.REFU, date(2025, 5, 1), "Does not want contact")
    assert next(r for r in services.returns.oc3(2026).rows if r.person_id == people["ben"]).in_touch == "REFU"
    # Ada died on 01/08/2025, after leaving care: DIED in 2025-26 and again in 2026-27 (DfE rule 348),
    # with ACTIV and ACCOM 0 (rule 344), although her college and flat are still on the record.
    services.contacts.record_decision(people["ada"], InTouch.DIED, date(2025, 8, 1), "Synthetic: died")
    for year in (2026, 2027):
        result = services.returns.oc3(year)
        ada = [r for r in result.rows if r.person_id == people["ada"]]
        assert [(r.in_touch, r.activ, r.accom) for r in ada] == [("DIED", "0", "0")], year
        assert [f for f in result.failures if f.person_id == people["ada"]] == [], year


def test_files_are_written_whole_or_not_at_all(services, people, out):
    housed(services, people["cal"], date(2025, 10, 1))
    (out / "Header_2026.csv").mkdir()  # the second file cannot be put in place
    with pytest.raises(OSError):
        services.returns.write_oc3(2026, out)
    assert sorted(p.name for p in out.iterdir()) == ["Header_2026.csv"]  # no OC3 file, no temporary files
    (out / "OC3_2026.csv").write_text("last week's file")
    with pytest.raises(OSError):
        services.returns.write_oc3(2026, out)
    assert (out / "OC3_2026.csv").read_text() == "last week's file"  # the earlier file is put back
    assert sorted(p.name for p in out.iterdir()) == ["Header_2026.csv", "OC3_2026.csv"]


def test_bad_requests_are_refused_with_the_reason(services, people, out):
    with pytest.raises(ExportRefused, match="Nobody is in the OC3 cohort for 2019-20"):
        services.returns.write_oc3(2020, out)
    with pytest.raises(ValidationError) as exc:
        services.returns.oc3(2028)
    assert "2027-28 has not started yet" in exc.value.for_field("year").message
    housed(services, people["cal"], date(2025, 10, 1))
    with pytest.raises(ExportRefused, match="not a folder"):
        services.returns.write_oc3(2026, out / "missing")
    assert list(out.iterdir()) == []


def test_coming_up_lists_open_windows_and_what_is_missing(services, team, today):
    pid = services.people.create(YoungPerson(legal_name="Dee Marsh", dob=date(2007, 12, 20), la_id="LC900009",
                                             care_periods=[CarePeriod(date(2021, 12, 20), date(2025, 12, 20))]), team["pa"])
    (item,) = [c for c in services.returns.coming_up(today) if c.person_id == pid]
    assert (item.birthday, item.age, item.window, item.target) == (date(2026, 12, 20), 19, "open", "contacts")
    assert "Not reached yet in the window" in item.missing


# -- Annex A List 9 --------------------------------------------------------------------------------

def test_annex_a_workbook_has_the_template_columns_labels_and_dates(services, people, team, out, today):
    path = services.returns.write_annex_a(today, out / "list9.xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == ANNEX_A_COLUMNS
    by_id = {r[0]: dict(zip(ANNEX_A_COLUMNS, r)) for r in rows[1:]}
    ada = by_id["LC900001"]
    assert ada["Gender"] == "b) Female" and ada["Age"] == 20 and ada["UASC"] == "b) No"
    assert ada["AllocatedTeam"] == "Leaving Care North" and ada["AllocatedPersonalAdvisor"] == "Priya Valente"
    assert ada["AllocatedWorker"] == "Sam Social" and ada["EligibilityCategory"] == "b) Former relevant child"
    assert ada["TypeOfAccommodation"] == "U: Independent living" and ada["SuitabilityOfAccommodation"] == "a) Suitable"
    assert ada["ActivityStatus"] == "F2: Full time in education other than higher education"
    assert ada["DateOfBirth"].date() == date(2006, 9, 14)
    assert ws.cell(2, 4).number_format == "dd/mm/yyyy"
    # Not reached in over 90 days: not in touch, so LatestContact is blank.
    assert ada["LAInTouch"] == "b) No" and ada["LatestContact"] is None


def test_annex_a_csv_uses_dd_mm_yyyy_and_labels(services, people, team, today, out):
    contact(services, people["ada"], team["pa"], today)
    path = services.returns.write_annex_a(today, out / "list9.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    ada = next(r for r in rows if r["ChildUniqueID"] == "LC900001")
    assert ada["DateOfBirth"] == "14/09/2006" and ada["LAInTouch"] == "a) Yes" and ada["LatestContact"] == today.strftime("%d/%m/%Y")
    assert list(rows[0]) == ANNEX_A_COLUMNS


def test_annex_a_as_at_a_past_date_uses_the_record_as_it_was(services, people):
    rows = {r[0]: dict(zip(ANNEX_A_COLUMNS, r)) for r in services.returns.annex_a(date(2025, 9, 20))}
    assert rows["LC900001"]["LAInTouch"] == "a) Yes" and rows["LC900001"]["LatestContact"] == date(2025, 9, 1)
    assert rows["LC900001"]["Age"] == 19
    assert rows["LC900003"]["TypeOfAccommodation"] == ""


def test_annex_a_refuses_a_future_date(services, people, today, out):
    from datetime import timedelta

    with pytest.raises(ValidationError) as exc:
        services.returns.write_annex_a(today + timedelta(days=1), out / "x.xlsx")
    assert "future" in exc.value.for_field("as_at").message
    assert list(out.iterdir()) == []


def test_text_that_looks_like_a_formula_stays_text(services, team, today, out):
    services.people.create(YoungPerson(legal_name="Eve Formula", dob=date(2006, 1, 1), la_id="=HYPERLINK(1)",
                                       care_periods=[CarePeriod(date(2020, 1, 1), date(2024, 1, 1))]), team["pa"])
    ws = load_workbook(services.returns.write_annex_a(today, out / "l.xlsx")).active
    cell = ws.cell(2, 1)
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"
    text = services.returns.write_annex_a(today, out / "l.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK(1)" in text
