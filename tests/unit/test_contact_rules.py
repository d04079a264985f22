"""Keeping-in-touch rules at their boundaries: statutory visits, local standard, in touch."""

from datetime import date, datetime

import pytest

from careleaver_app.domain.contacts import (
    Contact,
    ContactType,
    FollowUp,
    InTouch,
    LaAccommodation,
    derive_in_touch,
    next_contact_due,
    validate_amendment,
    validate_contact,
)
from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.worktray import ItemKind, WorkItem, sort_by_urgency
from careleaver_app.storage.contacts import fts_query
from tests.support.rules import refusals


def due(as_at, **kw):
    base = dict(cadence_days=56, cadence_reason="local standard of 8 weeks", last_seen=None)
    base.update(kw)
    return next_contact_due(as_at, **base)


@pytest.mark.parametrize("moved, first_visit_by", [
    (date(2026, 12, 29), date(2027, 1, 5)),   # across the year end
    (date(2028, 2, 25), date(2028, 3, 3)),    # leap year: February has 29 days
    (date(2027, 2, 25), date(2027, 3, 4)),
])
def test_first_statutory_visit_within_7_days_of_moving_in(moved, first_visit_by):
    d = due(moved, la_accommodation=LaAccommodation(moved))
    assert d.due == first_visit_by and d.statutory and "7 days" in d.reason


def test_first_visit_overdue_from_the_eighth_day():
    acc = LaAccommodation(date(2026, 11, 1))
    assert due(date(2026, 11, 8), la_accommodation=acc).overdue_days == 0
    assert due(date(2026, 11, 9), la_accommodation=acc).overdue_days == 1


@pytest.mark.parametrize("visit, next_by", [
    (date(2026, 12, 31), date(2027, 2, 28)),
    (date(2027, 12, 31), date(2028, 2, 29)),
    (date(2026, 10, 31), date(2026, 12, 31)),
    (date(2026, 3, 15), date(2026, 5, 15)),
])
def test_then_no_more_than_two_months_between_visits_month_end_safe(visit, next_by):
    acc = LaAccommodation(date(2026, 1, 1))
    d = due(date(2026, 1, 1), la_accommodation=acc, visits_since_move=[date(2026, 1, 3), visit])
    assert d.due == next_by and d.statutory


def test_a_visit_before_the_review_that_follows_the_move():
    acc = LaAccommodation(date(2026, 11, 1), review_by=date(2026, 11, 29))
    d = due(date(2026, 11, 10), la_accommodation=acc, visits_since_move=[date(2026, 11, 3)])
    assert d.due == date(2026, 11, 29) and "before the review" in d.reason
    # After the second visit, the two-month rule.
    d = due(date(2026, 11, 30), la_accommodation=acc, visits_since_move=[date(2026, 11, 3), date(2026, 11, 25)])
    assert d.due == date(2027, 1, 25)


def test_visits_before_the_move_do_not_count():
    acc = LaAccommodation(date(2026, 11, 1))
    d = due(date(2026, 11, 2), la_accommodation=acc, visits_since_move=[date(2026, 10, 20)])
    assert d.due == date(2026, 11, 8)


def test_local_standard_and_a_closer_cadence():
    d = due(date(2026, 11, 22), last_seen=date(2026, 10, 1))
    assert d.due == date(2026, 11, 26) and not d.statutory and "8 weeks" in d.reason
    d = due(date(2026, 11, 22), last_seen=date(2026, 11, 20), cadence_days=7, cadence_reason="every 7 days (in crisis)")
    assert d.due == date(2026, 11, 27)
    assert due(date(2026, 11, 27), last_seen=date(2026, 10, 2)).overdue_days == 0
    assert due(date(2026, 11, 28), last_seen=date(2026, 10, 2)).overdue_days == 1


def test_never_seen_runs_from_allocation():
    d = due(date(2026, 11, 22), allocated_on=date(2026, 11, 1))
    assert d.due == date(2026, 12, 27) and "not seen yet" in d.reason


def test_in_touch_within_the_lost_touch_period():
    as_at = date(2026, 11, 22)
    assert derive_in_touch(as_at, last_successful=date(2026, 8, 24), decision=None, lost_touch_days=90) == InTouch.YES  # 90 days
    assert derive_in_touch(as_at, last_successful=date(2026, 8, 23), decision=None, lost_touch_days=90) == InTouch.NO  # 91 days
    assert derive_in_touch(as_at, last_successful=None, decision=None, lost_touch_days=90) == InTouch.NO
    assert derive_in_touch(as_at, last_successful=as_at, decision=InTouch.REFU, lost_touch_days=90) == InTouch.REFU


NOW = datetime(2026, 11, 22, 15, 0)


def contact(**kw):
    base = dict(person_id="p", occurred_at=datetime(2026, 11, 22, 14, 0), contact_type=ContactType.VISIT_HOME,
                worker_id="w", seen=True, summary="Visited; all well.")
    base.update(kw)
    return Contact(**base)


def fields(c):
    return refusals(validate_contact, c, NOW)


def test_contact_input_checks():
    validate_contact(contact(), NOW)
    assert "future" in fields(contact(occurred_at=datetime(2026, 11, 22, 15, 1)))["occurred_at"]
    assert "before" in fields(contact(ended_at=datetime(2026, 11, 22, 13, 30)))["ended_at"]
    assert "notes are needed for a visit at home" in fields(contact(summary="  "))["summary"]
    validate_contact(contact(contact_type=ContactType.ATTEMPTED, seen=False, summary=""), NOW)
    assert "seen" in fields(contact(contact_type=ContactType.TEXT, seen=True))
    assert "seen_alone" in fields(contact(seen=False, seen_alone=True, contact_type=ContactType.VIDEO))
    bad = contact(follow_ups=[FollowUp("Chase landlord", "PA", date(2026, 11, 21))])
    assert "before the contact" in fields(bad)["follow_ups"]


def test_an_amendment_needs_a_reason_and_a_change():
    with pytest.raises(ValidationError) as exc:
        validate_amendment("New text", "", "Old text")
    assert exc.value.for_field("reason")
    with pytest.raises(ValidationError):
        validate_amendment("Old text", "typo", "Old text")
    validate_amendment("New text", "typo", "Old text")


def item(kind, due, name="A", as_at=date(2026, 11, 22)):
    return WorkItem("p", name, "PA", kind, due, "", as_at)


def test_work_tray_order_overdue_by_kind_then_longest_waiting_then_due_soon():
    items = [
        item(ItemKind.ACTION, date(2026, 11, 1)),
        item(ItemKind.REVIEW, date(2026, 11, 30)),
        item(ItemKind.CONTACT, date(2026, 11, 20)),
        item(ItemKind.CONTACT, date(2026, 10, 20), "B"),
        item(ItemKind.LOST_TOUCH, None),
        item(ItemKind.STATUTORY_VISIT, date(2026, 11, 21)),
        item(ItemKind.FOLLOW_UP, date(2026, 11, 25)),
        item(ItemKind.CONTACT, date(2026, 11, 22)),  # due today: not overdue
    ]
    ordered = [(i.kind, i.due) for i in sort_by_urgency(items)]
    assert ordered == [
        (ItemKind.LOST_TOUCH, None),
        (ItemKind.STATUTORY_VISIT, date(2026, 11, 21)),
        (ItemKind.CONTACT, date(2026, 10, 20)),
        (ItemKind.CONTACT, date(2026, 11, 20)),
        (ItemKind.ACTION, date(2026, 11, 1)),
        (ItemKind.CONTACT, date(2026, 11, 22)),
        (ItemKind.FOLLOW_UP, date(2026, 11, 25)),
        (ItemKind.REVIEW, date(2026, 11, 30)),
    ]


@pytest.mark.parametrize("typed, expected", [
    ("tenancy", '"tenancy"*'),
    ('"unbalanced', '"unbalanced"*'),
    ("ellie-may", '"ellie"* AND "may"*'),
    ("zoë*", '"zoë"*'),
    ("NEAR(x y)", '"NEAR"* AND "x"* AND "y"*'),
    ("'; DROP TABLE contacts; --", '"DROP"* AND "TABLE"* AND "contacts"*'),
    ("***", None),
    ("   ", None),
    ("", None),
])
def test_fts_query_never_passes_syntax_through(typed, expected):
    assert fts_query(typed) == expected


def test_the_decision_in_force_on_a_day_is_the_last_made_not_yet_ended():
    from careleaver_app.domain.contacts import decision_in_force
    made = [("REFU", date(2024, 2, 1), date(2024, 2, 29)), ("NREQ", date(2024, 2, 29), None)]
    assert decision_in_force(made, date(2024, 1, 31)) is None  # the day before the first
    assert decision_in_force(made, date(2024, 2, 1)) == "REFU"  # in force from the day it was made
    assert decision_in_force(made, date(2024, 2, 28)) == "REFU"
    assert decision_in_force(made, date(2024, 2, 29)) == "NREQ"  # the day it was replaced: the new one
    assert decision_in_force(made, date(2030, 1, 1)) == "NREQ"  # not ended: still in force
    both = [("REFU", date(2024, 2, 1), None), ("DIED", date(2024, 3, 1), None)]
    assert decision_in_force(both, date(2024, 3, 1)) == "DIED"  # two in force: the last made
    assert decision_in_force([], date(2024, 3, 1)) is None
