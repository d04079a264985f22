"""The store: migrations, refusal of unknown files, pragmas, foreign keys, archive."""

import sqlite3

import pytest

from careleaver_app.storage.database import open_database
from careleaver_app.storage.errors import CannotOpen, NewerDatabase, NotADatabase, StoreError
from careleaver_app.storage.migrations import MIGRATION_SET, known_names
from careleaver_app.storage.store import Store
from tests.support.private_files import assert_private, posix_only


def test_migrations_from_empty_create_the_schema(tmp_path):
    db = open_database(tmp_path / "new.db")
    tables = set(db.table_names())
    assert {"young_people", "workers", "teams", "care_periods", "key_people", "allocations", "settings"} <= tables
    applied = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])]
    assert applied == known_names()
    for table in ("young_people", "workers", "care_periods"):
        cols = db[table].columns_dict
        assert {"id", "created_at", "updated_at", "updated_by"} <= set(cols), table
    db.close()


def test_pragmas_are_set_on_every_connection(tmp_path):
    db = open_database(tmp_path / "p.db")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    db.close()


def test_reopening_applies_nothing_new(tmp_path):
    path = tmp_path / "again.db"
    open_database(path).close()
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(known_names())
    db.close()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [MIGRATION_SET, "9999_from_the_future", "2030-01-01"])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase) as exc:
        open_database(path)
    assert "newer version" in str(exc.value)
    assert "Install the latest version" in exc.value.user_message()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(NotADatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase) as exc:
        open_database(path)
    assert "not one made by careleaver_app" in str(exc.value)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError):
        open_database(tmp_path)


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception) as exc:
        with store.transaction():
            store.insert("care_periods", {"person_id": "no-such-person", "start_date": "2024-01-01"})
    assert "FOREIGN KEY" in str(exc.value)
    assert store.scalar("SELECT count(*) FROM care_periods") == 0


def test_rows_get_uuid_ids_and_stamps(store):
    store.actor = "worker-1"
    with store.transaction():
        tid = store.insert("teams", {"name": "North"})
    row = store.get("teams", tid)
    assert len(tid) == 36 and tid.count("-") == 4
    assert row["created_at"].endswith("+00:00") and row["updated_by"] == "worker-1"


@posix_only
def test_files_are_private_to_the_user(tmp_path):
    path = tmp_path / "private.db"
    open_database(path).close()
    assert_private(path)


def test_a_transaction_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.insert("teams", {"name": "North"})
            raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) FROM teams") == 0


def test_store_open_explains_a_missing_folder_it_cannot_create(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CannotOpen) as exc:
        Store.open(blocker / "sub" / "x.db")
    message = exc.value.user_message()
    assert f"The folder {blocker / 'sub'} could not be made" in message
    assert "Check that the folder exists and that you can write to it." in message
    assert blocker.read_text() == "x"  # what was in the way is left alone


def test_an_older_store_is_backed_up_then_brought_up_to_date_when_opened(tmp_path, key):
    """Opening goes through a plain connection; a store missing the newest step is backed up
    first, then given it (sqlite-utils applies the steps)."""
    import sqlite_utils

    from careleaver_app.storage.database import open_connection
    from careleaver_app.storage.migrations import applied_names, migrations

    path = tmp_path / "older.db"
    newest = known_names()[-1]
    old = sqlite_utils.Database(open_connection(path, key, migrate=False))
    migrations.sqlite_utils().apply(old, stop_before=newest)
    old["teams"].insert({"id": "t1", "name": "Leaving Care East", "created_at": "2026-01-01T00:00:00+00:00",
                         "updated_at": "2026-01-01T00:00:00+00:00", "updated_by": "system"})
    assert applied_names(old) == known_names()[:-1]
    old.close()

    store = Store.open(path, key)
    assert applied_names(store.conn) == known_names()
    assert store.scalar("SELECT name FROM teams WHERE id = 't1'") == "Leaving Care East"
    assert [p.name for p in (tmp_path / "backups").glob("older-*-before-migration.db")] != []
    store.close()


STARTS_WITHOUT_SQLITE_UTILS = """
import sys
from pathlib import Path
from careleaver_app.app import build_services
from careleaver_app.services.context import Clock
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage.store import Store
from datetime import date
store = Store.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
services = build_services(store, Clock(date(2026, 11, 22)))
me = services.workers.current()
rows = services.people.caseload(Scope(ScopeKind.MINE, me.id))
assert rows, "empty caseload"
assert "sqlite_utils" not in sys.modules, "read the caseload with sqlite_utils loaded"
services.workers.create_team("Leaving Care West", "01632 960002")
assert "sqlite_utils" in sys.modules
print("ok", len(rows), store.change_marker())
"""


def test_opening_a_store_and_reading_a_caseload_does_not_load_sqlite_utils(tmp_path, key, demo, store):
    """Start-up only reads: sqlite-utils (slow to import) is loaded at the first write, which
    then works and is audited (docs/decisions.md, "Speed at county scale")."""
    import subprocess
    import sys
    from pathlib import Path

    before = store.change_marker()
    store.close()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", STARTS_WITHOUT_SQLITE_UTILS, str(tmp_path / "test.db"), key.hex()],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    word, count, marker = done.stdout.split()
    assert word == "ok" and int(count) > 0
    assert int(marker) > before  # the write after start-up was audited


def test_an_older_store_is_upgraded_only_with_the_backup_step_first(tmp_path, key):
    """The migration is handed what to do before an existing file's layout changes (the store's
    backup); opened any other way, an older store is refused and left exactly as it was."""
    import sqlite_utils

    from careleaver_app.storage.database import open_connection
    from careleaver_app.storage.migrations import applied_names, migrations

    path = tmp_path / "older.db"
    old = sqlite_utils.Database(open_connection(path, key, migrate=False))
    migrations.sqlite_utils().apply(old, stop_before=known_names()[-1])
    old.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="needs upgrading"):
        open_connection(path, key)
    assert path.read_bytes() == before and not (tmp_path / "backups").exists()
    seen = []
    conn = open_connection(path, key, before_upgrade=lambda db: seen.append(applied_names(db)))
    assert seen == [known_names()[:-1]]  # called once, before the new step
    assert applied_names(conn) == known_names()
    conn.close()
