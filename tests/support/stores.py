"""A small encrypted store with synthetic people, as the storage tests of issue 19 use it."""

from datetime import date

PASS = "tangerine lighthouse orbit velvet"


def make_store(tmp_path, people=6):
    """(access, open store, recovery key) for ``people`` demo young people in ``tmp_path/cl.db``."""
    from careleaver_app.services.access import StoreAccess
    from careleaver_app.demo import generate_demo

    access = StoreAccess(tmp_path / "cl.db")
    store, recovery = access.create(PASS, PASS)
    generate_demo(store, people=people, today=date(2026, 11, 22))
    return access, store, recovery


# The columns every row carries, as an older store would have written them.
OLD_STAMP = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00", "updated_by": "system"}


def older_store(path, key, stop_before: str):
    """A store at ``path`` migrated only up to (not including) ``stop_before``,
    holding one young person "yp1" (Older Record, born 01/01/2006): the sqlite_utils Database, to
    add older rows to (stamped with OLD_STAMP) and close before opening it with Store.open."""
    import sqlite_utils

    from careleaver_app.storage.database import open_connection
    from careleaver_app.storage.migrations import migrations

    old = sqlite_utils.Database(open_connection(path, key, migrate=False))
    migrations.sqlite_utils().apply(old, stop_before=stop_before)
    old["young_people"].insert({"id": "yp1", "legal_name": "Older Record", "dob": "2006-01-01", **OLD_STAMP})
    return old
