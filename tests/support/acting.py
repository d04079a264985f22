"""Test set-up that a team manager would do (local settings): the store acts as one of its
managers for the duration, then as before."""

import contextlib


@contextlib.contextmanager
def as_manager(services):
    store = services.store
    manager = store.scalar("SELECT id FROM workers WHERE role = 'manager' ORDER BY name LIMIT 1")
    if manager is None:
        raise AssertionError("this store has no team manager")
    before = store.actor
    store.actor = manager
    try:
        yield manager
    finally:
        store.actor = before
