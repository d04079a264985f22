"""Who may change what on a team server, by role (domain/team_access.py)."""

from careleaver_app.domain.people import Role
from careleaver_app.domain.team_access import ALL, may_sign_off, write_rules


def rules_for(tables):
    return {(role, table): (kinds, fields) for role, table, kinds, fields in write_rules(tables)}


def test_each_role_may_change_what_its_work_needs():
    rules = rules_for(["contacts", "young_people", "plan_actions", "plan_oversight", "absences", "teams", "workers"])
    assert rules == {
        # A PA keeps the record of their young people (CLR 2010 reg 8), but no sign-off, cover or settings.
        ("pa", "contacts"): (ALL, None), ("pa", "young_people"): (ALL, None), ("pa", "plan_actions"): (ALL, None),
        # A duty worker adds what covering work makes, and only progress on plan actions.
        ("duty", "contacts"): (("insert",), None),
        ("duty", "plan_actions"): (("update",), ("status", "done_date", "status_reason")),
        # A team manager does everything a PA does, signs off plans, arranges cover, changes settings.
        ("manager", "contacts"): (ALL, None), ("manager", "young_people"): (ALL, None), ("manager", "plan_actions"): (ALL, None),
        ("manager", "plan_oversight"): (ALL, None), ("manager", "absences"): (ALL, None),
        ("manager", "settings"): (("setting",), None),
        # The service team puts details right and changes settings, but signs off nothing and arranges no cover.
        ("service", "contacts"): (ALL, None), ("service", "young_people"): (ALL, None), ("service", "plan_actions"): (ALL, None),
        ("service", "settings"): (("setting",), None),
        # Teams and workers are issued by the server alone.
    }


def test_only_a_team_manager_signs_off_a_plan():
    assert [r for r in Role if may_sign_off(r)] == [Role.MANAGER]
