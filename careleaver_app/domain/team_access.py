"""Who may change what on a team server, by role.

The team server applies every change as the worker who signed in, and refuses what their role
may not do; these rules are installed into the server from here (storage/server/schema.py), so
they live in one place. Seeing is a separate rule (the server's ``visible_people``): a PA and a
manager see their team's young people, a duty worker also those they cover today, the service
team the whole council.

- A **personal adviser** keeps the record of the young people they can see (CLR 2010 reg 8:
  the PA keeps a written record of contacts and services, and takes part in planning).
- A **duty worker** adds the records covering work makes (contacts, amendments to their own
  contacts, follow-ups, progress on plan actions and contingency checks, notes, significant
  events, a young person's request for a review), never the young person's details, plan or
  judgements (Vol 3 on duty cover; the same kinds of record a cover return carries).
- A **team manager** does what a PA does, and signs off plans (Vol 3: management oversight),
  arranges cover and changes the council's local settings.
- The **service team** (the data team, the head of service) sees the whole council and may put
  details right, but does not sign off plans or arrange a team's cover.
- Teams and workers are issued by the server itself (``careleaver-app server add-worker``):
  no laptop creates them.
"""

from __future__ import annotations

from .people import Role

ALL = ("insert", "update", "delete")

# What covering work adds (kinds of change allowed to a duty worker).
COVER_WORK: dict[str, tuple[str, ...]] = {
    "contacts": ("insert",),
    "contact_amendments": ("insert",),
    "contact_followups": ("insert", "update"),
    "plan_action_updates": ("insert",),
    "contingency_checks": ("insert",),
    "cover_notes": ("insert",),
    "chronology_events": ("insert",),
    "review_requests": ("insert",),
    "plan_actions": ("update",),
    "plan_contingencies": ("update",),
}
# The only fields covering work changes on a record it did not add.
COVER_PROGRESS_FIELDS: dict[str, tuple[str, ...]] = {
    "plan_actions": ("status", "done_date", "status_reason"),
    "plan_contingencies": ("last_checked", "next_check_by"),
    "contact_followups": ("done_on", "plan_action_id"),
}
# Sign-off (Vol 3: management oversight) and the council's local settings.
MANAGERS_ONLY = ("plan_oversight", "settings")
# Arranging cover: the absent worker's team manager, or a PA for their own planned leave (the
# server checks whose absence it is: see may_arrange_cover).
COVER_ARRANGEMENTS = ("absences", "cover_assignments")
SERVER_ONLY = ("teams", "workers")


def write_rules(tables: list[str]) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...] | None]]:
    """(role, table, kinds of change allowed, the only fields an update may touch or None for any)
    for every role and table a role may change at all."""
    rules = []
    for table in [*tables, "settings"]:
        if table in SERVER_ONLY:
            continue
        kinds = ("setting",) if table == "settings" else ALL
        for role in Role:
            if role == Role.DUTY:
                allowed = table in COVER_WORK
                if allowed:
                    rules.append((role.value, table, COVER_WORK[table], COVER_PROGRESS_FIELDS.get(table)))
                continue
            if role == Role.MANAGER:
                allowed = True
            elif role == Role.PA:
                allowed = table not in MANAGERS_ONLY
            else:  # the service team: details, not sign-off, settings or a team's cover
                allowed = table not in MANAGERS_ONLY and table not in COVER_ARRANGEMENTS
            if allowed:
                rules.append((role.value, table, kinds, None))
    return rules


def may_sign_off(role: Role) -> bool:
    """Only a team manager signs off or returns a plan (Vol 3: management oversight)."""
    return role == Role.MANAGER


def may_change_local_settings(role: Role) -> bool:
    """The council's local settings (timescales left to local practice, the local offer, crisis
    lines) are a team manager's to change."""
    return role == Role.MANAGER


def may_arrange_cover(role: Role, acting_worker_id: str, acting_team_id: str | None, absent_worker_id: str,
                      absent_team_id: str | None) -> bool:
    """Cover is arranged by the absent worker's team manager, or by a PA for their own leave
    (the team server's cl.apply_op says the same)."""
    if role == Role.MANAGER:
        return acting_team_id is not None and acting_team_id == absent_team_id
    return role == Role.PA and acting_worker_id == absent_worker_id
