"""Keeping in touch at more boundaries: a visit on the day they move in, the review that follows a
move, times of a contact, follow-ups and amendments (more in test_contact_rules.py)."""

from datetime import date, datetime, timedelta

from careleaver_app.domain.contacts import Amendment, FollowUp, LaAccommodation, validate_contact
from careleaver_app.domain.dates import add_months
from tests.unit.test_contact_rules import NOW, contact, due, fields

MOVED = date(2026, 11, 1)


def test_a_visit_on_the_day_they_move_in_is_the_first_statutory_visit():
    d = due(date(2026, 11, 4), la_accommodation=LaAccommodation(MOVED), visits_since_move=[MOVED])
    assert d.due == add_months(MOVED, 2) == date(2027, 1, 1)
    assert d.reason == "no more than two months after the visit on 01/11/2026 (statutory)"


def test_the_two_months_run_from_the_latest_visit():
    visits = [date(2026, 11, 3), date(2026, 11, 25), date(2026, 12, 20)]
    d = due(date(2026, 12, 21), la_accommodation=LaAccommodation(MOVED), visits_since_move=list(reversed(visits)))
    assert d.due == date(2027, 2, 20) and d.reason == "no more than two months after the visit on 20/12/2026 (statutory)"


def test_a_review_two_months_after_the_first_visit_is_met_by_the_two_month_visit():
    first = date(2026, 11, 3)
    acc = LaAccommodation(MOVED, review_by=date(2027, 1, 3))  # exactly two months after the first visit
    d = due(date(2026, 11, 10), la_accommodation=acc, visits_since_move=[first])
    assert d.due == date(2027, 1, 3) and d.reason.startswith("no more than two months after the visit")
    acc = LaAccommodation(MOVED, review_by=date(2027, 1, 2))  # a day sooner: the visit before the review
    assert due(date(2026, 11, 10), la_accommodation=acc, visits_since_move=[first]).reason.startswith("a visit before the review")


def test_a_contact_due_in_the_future_or_today_is_not_overdue_and_a_day_late_is():
    acc = LaAccommodation(MOVED)  # first visit due 08/11/2026
    assert due(date(2026, 11, 3), la_accommodation=acc).overdue_days == 0
    assert not due(date(2026, 11, 8), la_accommodation=acc).is_overdue()
    late = due(date(2026, 11, 9), la_accommodation=acc)
    assert late.overdue_days == 1 and late.is_overdue()


def test_a_contact_logged_for_this_very_minute_is_not_in_the_future():
    validate_contact(contact(occurred_at=NOW), NOW)


def test_a_contact_must_end_after_it_starts_and_last_at_most_12_hours():
    start = datetime(2026, 11, 22, 2, 0)
    assert "before (or the same as) the start" in fields(contact(occurred_at=start, ended_at=start))["ended_at"]
    validate_contact(contact(occurred_at=start, ended_at=start + timedelta(minutes=1)), NOW)
    validate_contact(contact(occurred_at=start, ended_at=start + timedelta(hours=12)), NOW)
    longer = contact(occurred_at=start, ended_at=start + timedelta(hours=12, minutes=1))
    assert "longer than 12 hours" in fields(longer)["ended_at"]


def test_how_long_a_contact_lasted():
    c = contact(occurred_at=datetime(2026, 11, 22, 10, 0), ended_at=datetime(2026, 11, 22, 11, 30))
    assert c.duration_minutes == 90
    assert contact().duration_minutes is None


def test_a_follow_up_may_be_due_the_day_of_the_contact_and_rows_are_named():
    validate_contact(contact(follow_ups=[FollowUp("Chase landlord", "PA", date(2026, 11, 22))]), NOW)
    rows = [FollowUp("Chase landlord", "PA", date(2026, 11, 25)), FollowUp("Book GP", " ", date(2026, 11, 25))]
    assert fields(contact(follow_ups=rows))["follow_ups"] == "row 2: say who will do it"


def test_a_follow_up_is_overdue_the_day_after_it_is_due_until_done():
    f = FollowUp("Chase landlord", "PA", date(2026, 11, 22))
    assert not f.is_overdue(date(2026, 11, 22)) and f.is_overdue(date(2026, 11, 23))
    f.done_on = date(2026, 11, 24)
    assert not f.is_overdue(date(2026, 11, 30))


def test_the_latest_amendment_is_the_record_as_it_now_reads():
    c = contact(summary="Visited; all well.")
    assert c.current_summary == "Visited; all well."
    c.amendments = [Amendment("Visited with her sister; all well.", "sister was there", "PA", "2026-11-22T16:00"),
                    Amendment("Visited with her sister and nephew; all well.", "nephew too", "PA", "2026-11-23T09:00")]
    assert c.current_summary == "Visited with her sister and nephew; all well."
    assert c.summary == "Visited; all well."  # the original is kept
