"""Who may change what on a team server, by role (domain/team_access.py)."""

from careleaver_app.domain.people import Role
from careleaver_app.domain.team_access import ALL, may_arrange_cover, may_change_local_settings, may_sign_off, write_rules


def rules_for(tables):
    return {(role, table): (kinds, fields) for role, table, kinds, fields in write_rules(tables)}


def test_each_role_may_change_what_its_work_needs():
    rules = rules_for(["contacts", "young_people", "plan_actions", "plan_oversight", "absences", "teams", "workers"])
    assert rules == {
        # A PA keeps the record of their young people (CLR 2010 reg 8) and records their own leave
        # (whose absence it is: may_arrange_cover), but signs off nothing and changes no settings.
        ("pa", "contacts"): (ALL, None), ("pa", "young_people"): (ALL, None), ("pa", "plan_actions"): (ALL, None),
        ("pa", "absences"): (ALL, None),
        # A duty worker adds what covering work makes, and only progress on plan actions.
        ("duty", "contacts"): (("insert",), None),
        ("duty", "plan_actions"): (("update",), ("status", "done_date", "status_reason")),
        # A team manager does everything a PA does, signs off plans, arranges cover, changes settings.
        ("manager", "contacts"): (ALL, None), ("manager", "young_people"): (ALL, None), ("manager", "plan_actions"): (ALL, None),
        ("manager", "plan_oversight"): (ALL, None), ("manager", "absences"): (ALL, None),
        ("manager", "settings"): (("setting",), None),
        # The service team puts details right, but signs off nothing, arranges no cover and changes no settings.
        ("service", "contacts"): (ALL, None), ("service", "young_people"): (ALL, None), ("service", "plan_actions"): (ALL, None),
        # Teams and workers are issued by the server alone.
    }


def test_only_a_team_manager_signs_off_a_plan():
    assert [r for r in Role if may_sign_off(r)] == [Role.MANAGER]


def test_only_a_team_manager_changes_the_local_settings():
    assert [r for r in Role if may_change_local_settings(r)] == [Role.MANAGER]


def test_cover_is_arranged_by_the_absent_worker_s_own_team_manager_or_by_a_pa_for_their_own_leave():
    assert may_arrange_cover(Role.MANAGER, "m1", "t1", "pa1", "t1")
    assert not may_arrange_cover(Role.MANAGER, "m1", "t2", "pa1", "t1")  # another team's manager
    assert not may_arrange_cover(Role.MANAGER, "m1", None, "pa1", None)  # no team: not theirs to arrange
    assert may_arrange_cover(Role.PA, "pa1", "t1", "pa1", "t1")  # their own planned leave
    assert not may_arrange_cover(Role.PA, "pa2", "t1", "pa1", "t1")  # a colleague's leave
    assert not may_arrange_cover(Role.DUTY, "d1", "t1", "d1", "t1")
    assert not may_arrange_cover(Role.SERVICE, "s1", "t1", "pa1", "t1")
