"""A duty worker's own views ("My work", "My caseload") show the young people they cover."""

from datetime import date, timedelta

import pytest

from careleaver_app.domain.cover import Absence
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.services.people import Scope, ScopeKind
from tests.support.windows import shown_main_window


@pytest.fixture
def caseloads(services, team):
    """Three young people for the first PA, one for the second."""
    def person(name, pa):
        return services.people.create(YoungPerson(legal_name=name, dob=date(2007, 3, 3),
                                                  care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]), pa)
    return {"pa": [person(n, team["pa"]) for n in ("Kofi Mensah", "Zoë Adeyemi", "Łukasz Nowak")],
            "pa2": [person("Şahin Demir", team["pa2"])]}


def _away(services, team, today, **kw):
    services.cover.save_absence(Absence(team["pa"], "unplanned", today - timedelta(days=2), today + timedelta(days=5),
                                        cover_worker_id=team["duty"], **kw))


def _window(qtbot, services, worker_id):
    return shown_main_window(qtbot, services, services.workers.set_current(worker_id))


def test_a_duty_worker_covering_sees_that_caseload_in_my_work(qtbot, services, team, caseloads, today, gui_ask):
    _away(services, team, today)
    w = _window(qtbot, services, team["duty"])
    tray = w.worktray
    assert tray.scope_combo.currentText() == "My work"
    covered = {i.person_id for i in tray.visible_items()}
    assert covered == set(caseloads["pa"])  # every young person has something due (no plan yet)
    assert w.caseload.scope_combo.currentText() == "My caseload"
    assert {r.id for r in w.caseload.visible_rows()} == set(caseloads["pa"])
    assert all(r.facts.cover.cover_name == "Marta Sørensen" for r in w.caseload.visible_rows())
    # The dashboard still counts by allocation.
    assert services.people.caseload(Scope(ScopeKind.MINE, team["duty"], with_cover=False)) == []


def test_per_person_cover_shows_only_those_given_to_the_duty_worker(qtbot, services, team, caseloads, today, gui_ask):
    first, second, third = caseloads["pa"]
    _away(services, team, today, per_person={second: team["pa2"]})
    assert {r.id for r in services.people.caseload(Scope(ScopeKind.MINE, team["duty"]))} == {first, third}
    # The second PA covering one young person sees them beside their own.
    assert {r.id for r in services.people.caseload(Scope(ScopeKind.MINE, team["pa2"]))} == {second, *caseloads["pa2"]}


@pytest.mark.parametrize("back_in, shown", [(1, True), (0, False)])
def test_cover_leaves_my_work_on_the_day_the_pa_is_back(services, team, caseloads, today, back_in, shown):
    services.cover.save_absence(Absence(team["pa"], "planned", today - timedelta(days=3), today + timedelta(days=back_in),
                                        cover_worker_id=team["duty"]))
    items = services.worktray.items(Scope(ScopeKind.MINE, team["duty"]))
    assert bool(items) == shown
    assert {i.person_id for i in items} <= set(caseloads["pa"])
