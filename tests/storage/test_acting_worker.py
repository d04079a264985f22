"""Who is acting: only a team manager signed in as themselves signs off, changes the local
settings or arranges another worker's cover; on a standalone laptop, switching to another worker
needs that worker's own passphrase."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from careleaver_app.domain.cover import Absence
from careleaver_app.domain.errors import NotAllowed, ValidationError
from careleaver_app.domain.people import Role


def test_only_a_manager_acting_as_themselves_changes_the_local_settings(services, team):
    s = services.settings.get()
    with pytest.raises(NotAllowed, match="team manager"):
        services.settings.save(replace(s, review_after_move_days=21))
    with pytest.raises(NotAllowed):
        services.living.save_entitlement_types([("setting_up_home", "Setting-up-home allowance", 300000, "")])
    with pytest.raises(NotAllowed):
        services.health.save_crisis_lines([("Samaritans", "116 123", "Any time")])
    assert services.settings.get().review_after_move_days == 28
    services.workers.set_current(team["manager"])
    services.settings.save(replace(s, review_after_move_days=21))
    assert services.settings.get().review_after_move_days == 21


def test_cover_is_arranged_by_the_teams_manager_or_by_a_pa_for_their_own_leave(services, team, today):
    w = services.workers
    south = w.create_team("South")
    other_manager = w.create_worker("Other Manager", Role.MANAGER, south)
    leave = Absence(team["pa"], "planned", today + timedelta(days=7), today + timedelta(days=14), team["duty"])
    # A PA records their own planned leave…
    services.cover.save_absence(leave)
    # …but not someone else's.
    with pytest.raises(NotAllowed, match="team manager"):
        services.cover.save_absence(replace(leave, worker_id=team["pa2"], id=None))
    # Another team's manager cannot arrange it; the team's own manager can.
    w.set_current(other_manager)
    with pytest.raises(NotAllowed):
        services.cover.save_absence(replace(leave, worker_id=team["pa2"], id=None))
    w.set_current(team["manager"])
    services.cover.save_absence(replace(leave, worker_id=team["pa2"], id=None))
    assert sorted(a.worker_id for a in services.cover.absences()) == sorted([team["pa"], team["pa2"]])
    w.set_current(team["duty"])
    with pytest.raises(NotAllowed):  # a duty worker covers; they do not arrange cover
        services.cover.save_absence(replace(leave, start=today + timedelta(days=30), expected_return=today + timedelta(days=31),
                                            id=None))


def test_switching_to_another_worker_needs_their_own_passphrase(services, team):
    w = services.workers
    assert not w.has_own_passphrase(team["manager"])
    # The first time, the manager chooses it (typed twice), at the keyboard.
    with pytest.raises(ValidationError):
        w.switch_to(team["manager"], "copper heron winter biscuit", "copper heron winter biscuits")
    assert services.store.actor == team["pa"]
    me = w.switch_to(team["manager"], "copper heron winter biscuit", "copper heron winter biscuit")
    assert me.id == team["manager"] == services.store.actor and w.has_own_passphrase(team["manager"])
    w.switch_to(team["pa"], "velvet tractor lagoon pepper", "velvet tractor lagoon pepper")
    # From then on, only that passphrase switches to them.
    with pytest.raises(NotAllowed, match="not Delroy Mbeki's own passphrase"):
        w.switch_to(team["manager"], "velvet tractor lagoon pepper")
    assert services.store.actor == team["pa"]
    assert w.switch_to(team["manager"], "copper heron winter biscuit").id == team["manager"]
    # Kept as a laptop setting, never in the clear.
    stored = services.store.setting(f"worker_passphrase:{team['manager']}")
    assert "copper" not in str(stored) and len(stored["hash"]) == 64


def test_a_sign_off_in_a_managers_name_needs_the_manager_acting(services, team, today):
    from careleaver_app.domain.people import YoungPerson

    pid = services.people.create(YoungPerson(legal_name="Ama Test", dob=date(2007, 5, 5)), team["pa"])
    plan = services.plans.start_plan(pid, today)
    with pytest.raises(NotAllowed, match="signed in as themselves"):
        services.plans.oversee(plan.id, team["manager"], "signed_off", "")
