"""The store: migrations, refusal of unknown files, pragmas, foreign keys, archive."""

import sqlite3

import pytest

from careleaver_app.storage.database import open_database
from careleaver_app.storage.errors import NewerDatabase, NotADatabase, StoreError
from careleaver_app.storage.migrations import MIGRATION_SET, known_names
from careleaver_app.storage.store import Store


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


def test_files_are_private_to_the_user(tmp_path):
    path = tmp_path / "private.db"
    open_database(path).close()
    assert path.stat().st_mode & 0o077 == 0


def test_a_transaction_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.insert("teams", {"name": "North"})
            raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) FROM teams") == 0


def test_store_open_explains_a_missing_folder_it_cannot_create(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception):
        Store.open(blocker / "sub" / "x.db")
