"""One young person's caseload row (PeopleService.row), which the record's header judges with
domain/attention.py: the same facts as the caseload's, and the new duties' facts in it."""

from datetime import date

import pytest

from careleaver_app.domain.attention import header_lines
from careleaver_app.domain.contacts import InTouch
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.errors import NotFound
from careleaver_app.domain.people import YoungPerson
from careleaver_app.services.people import Scope, ScopeKind


def died_aged(services, team, dob: date) -> str:
    pid = services.people.create(YoungPerson(legal_name="Joël Achterberg", dob=dob,
                                             care_periods=[CarePeriod(date(dob.year + 14, 5, 1), date(dob.year + 18, 5, 1))]),
                                 team["pa"])
    services.contacts.record_decision(pid, InTouch.DIED, date(2026, 11, 20), "Confirmed by the coroner's office")
    return pid


def test_a_death_to_notify_is_in_the_facts_and_the_header(services, team):
    pid = died_aged(services, team, date(2006, 5, 1))  # 20
    row = services.people.row(pid)
    assert row.facts.death_notify_by == date(2026, 11, 27)
    assert header_lines(row) == ["Notify the death by 27/11/2026"]


def test_a_death_at_25_or_over_is_not_notifiable_so_the_header_says_nothing(services, team):
    # Working Together 2023 ch. 6: the death of a care leaver under 25 (the header used to ask for
    # any death; the tray and the dashboard never did).
    pid = died_aged(services, team, date(2001, 5, 1))  # 25
    assert services.people.row(pid).facts.death_notify_by is None
    assert header_lines(services.people.row(pid)) == []


def test_an_archived_record_has_a_row_and_needs_nothing(services, team):
    pid = services.people.create(YoungPerson(legal_name="Ana Ferreira", dob=date(2007, 3, 2),
                                             care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 2))]), team["pa"])
    assert header_lines(services.people.row(pid))  # no plan, no contact yet, …
    services.people.archive(pid, "Moved out of area (synthetic test)")
    row = services.people.row(pid)
    assert row.archived and header_lines(row) == []
    with pytest.raises(NotFound):
        services.people.row("no-such-person")


def test_one_row_says_what_the_caseload_says(demo_services):
    rows = demo_services.people.caseload(Scope(ScopeKind.ALL))
    assert sum(bool(header_lines(r)) for r in rows) > len(rows) // 2
    for r in rows:
        one = demo_services.people.row(r.id)
        assert one.facts.tray is None  # the header does not need the tray's counts
        assert header_lines(one) == header_lines(r), r.display_name
