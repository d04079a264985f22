"""Who is acting, and may they do this? The acting worker is the store's actor: on a team laptop
the worker signed in to the team server, on a standalone laptop the worker chosen (switching to
another worker needs that worker's own passphrase). The rules themselves are in
domain/team_access.py; the team server applies the same ones."""

from __future__ import annotations

from ..domain import team_access
from ..domain.errors import NotAllowed
from ..domain.people import Worker
from ..storage import people as people_repo
from ..storage.store import Store


def acting_worker(store: Store) -> Worker | None:
    return people_repo.get_worker(store, store.actor) if store.actor != "system" else None


def require_local_settings_rights(store: Store) -> None:
    me = acting_worker(store)
    if me is None or not team_access.may_change_local_settings(me.role):
        raise NotAllowed("Only a team manager, signed in as themselves, can change the local settings.")


def require_sign_off_rights(store: Store, manager_id: str) -> Worker:
    me = acting_worker(store)
    if me is None or me.id != manager_id or not team_access.may_sign_off(me.role):
        raise NotAllowed("Only a team manager, signed in as themselves, can sign off or return a plan.")
    return me


def require_cover_rights(store: Store, absent_worker_id: str) -> None:
    me = acting_worker(store)
    absent = people_repo.get_worker(store, absent_worker_id)
    if me is None or absent is None or not team_access.may_arrange_cover(me.role, me.id, me.team_id, absent.id,
                                                                           absent.team_id):
        raise NotAllowed("Cover is arranged by the absent worker's team manager, or by a PA for their own leave.")
