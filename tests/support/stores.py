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
