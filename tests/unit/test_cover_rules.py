"""Absence rules and redaction."""

from datetime import date

from careleaver_app.domain.cover import Absence, validate_absence
from careleaver_app.domain.redaction import scrub
from tests.support.rules import refusals

TODAY = date(2026, 11, 22)
WORKERS = {"pa", "duty", "pa2"}


def absence(**kw):
    base = dict(worker_id="pa", kind="unplanned", start=date(2026, 11, 20), expected_return=date(2026, 12, 1), cover_worker_id="duty")
    base.update(kw)
    return Absence(**base)


def fields(a, others=()):
    return refusals(validate_absence, a, list(others), WORKERS, TODAY)


def test_cover_is_in_force_up_to_the_day_before_return_or_end():
    a = absence()
    assert not a.in_force(date(2026, 11, 19))
    assert a.in_force(date(2026, 11, 20)) and a.in_force(date(2026, 11, 30))
    assert not a.in_force(date(2026, 12, 1))
    a.ended_on = date(2026, 11, 25)
    assert a.in_force(date(2026, 11, 24)) and not a.in_force(date(2026, 11, 25))


def test_bad_absences_are_refused():
    assert "on or before the first day" in fields(absence(expected_return=date(2026, 11, 20)))["expected_return"]
    assert "cannot cover their own caseload" in fields(absence(cover_worker_id="pa"))["cover_worker_id"]
    assert "choose who covers" in fields(absence(cover_worker_id=None))["cover_worker_id"]
    other = absence(id="x", start=date(2026, 11, 25), expected_return=date(2026, 12, 5))
    assert "overlaps" in fields(absence(), [other])["start"]
    validate_absence(absence(), [absence(id="y", worker_id="pa2")], WORKERS, TODAY)  # another PA: fine
    validate_absence(absence(), [absence(id="z", start=date(2026, 12, 1), expected_return=date(2026, 12, 8))], WORKERS, TODAY)
    assert "future" in fields(absence(ended_on=date(2026, 11, 23)))["ended_on"]


def test_per_person_cover_overrides_the_caseload_cover():
    a = absence(per_person={"p1": "pa2"})
    assert a.cover_for("p1") == "pa2" and a.cover_for("p2") == "duty"
    validate_absence(absence(cover_worker_id=None, per_person={"p1": "pa2"}), [], WORKERS, TODAY)


def test_scrub_says_a_key_persons_role_and_keeps_allowed_numbers():
    text = "Call Ciara Pryce on 07700 900285 or the duty team on 01632 960001; nan is on 07700900418."
    out = scrub(text, {"Ciara Pryce": "Former foster carer"}, {"01632 960001"})
    assert out == ("Call the former foster carer on (number left out) or the duty team on 01632 960001; "
                   "nan is on (number left out).")


def test_cover_can_be_ended_on_its_first_day_or_today_but_not_before_or_in_the_future():
    validate_absence(absence(ended_on=date(2026, 11, 20)), [], WORKERS, TODAY)  # came back on the first day
    assert "before the absence started" in fields(absence(ended_on=date(2026, 11, 19)))["ended_on"]
    validate_absence(absence(ended_on=TODAY), [], WORKERS, TODAY)


def test_an_absence_that_ended_before_this_one_began_does_not_overlap():
    earlier = absence(id="e", start=date(2026, 11, 1), expected_return=date(2026, 11, 20))  # back on the 20th
    validate_absence(absence(), [earlier], WORKERS, TODAY)


def test_absences_overlap_when_they_share_a_single_day():
    earlier = absence(id="e", start=date(2026, 11, 1), expected_return=date(2026, 11, 21))  # last day the 20th
    assert "overlaps another absence from 01/11/2026 to 20/11/2026" in fields(absence(), [earlier])["start"]
    later = absence(id="l", start=date(2026, 11, 30), expected_return=date(2026, 12, 5))  # ours ends on the 30th
    assert "overlaps another absence from 30/11/2026" in fields(absence(), [later])["start"]


def test_an_absence_being_changed_is_not_compared_with_itself():
    a = absence(id="a")
    validate_absence(absence(id="a", expected_return=date(2026, 12, 3)), [a], WORKERS, TODAY)
