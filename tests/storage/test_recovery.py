"""Recovery that works when it is needed (issue 19): encryption in place that survives a crash at
any step, restores that never run under a live connection and work from a damaged store, checks
on a fresh connection, half-written backups cleared, writes that wait for another's lock."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3

from careleaver_app.services.access import AccessState, StoreAccess
from careleaver_app.storage import keys
from careleaver_app.storage.backup import backups_folder, list_backups
from careleaver_app.storage.errors import CorruptDatabase, DatabaseInUse, StoreError
from careleaver_app.storage.store import Store

from tests.support.stores import PASS, make_store
from tests.support.private_files import assert_private

ROOT = Path(__file__).resolve().parents[2]


def damaged_folder(db_path: Path) -> Path:
    return db_path.parent / "damaged"


def teams(store) -> set[str]:
    return {r["name"] for r in store.query("SELECT name FROM teams")}


# -- 1. encrypting an older plaintext store ------------------------------------------------------

class Crash(BaseException):
    """The app stopping dead at this point (not an Exception: nothing may catch it)."""


def plaintext_store(path: Path) -> None:
    plain = Store.open(path)
    for i in range(20):
        plain.insert("teams", {"name": f"Team {i}"})
    plain.close()


@pytest.mark.parametrize("crash_at", range(1, 8))
def test_encrypting_in_place_survives_a_crash_at_every_step(tmp_path, monkeypatch, crash_at):
    """The app stops at the n-th file operation (a rename or a removal) of the encryption:
    afterwards the store is either still plaintext with every row, or encrypted and opened by
    the passphrase that was chosen, with every row. Never a store under a key nobody has."""
    path = tmp_path / "old.db"
    plaintext_store(path)
    calls = {"n": 0}
    real_replace, real_unlink = os.replace, os.unlink

    def counted(real):
        def op(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == crash_at:
                raise Crash()
            return real(*args, **kwargs)
        return op

    monkeypatch.setattr(os, "replace", counted(real_replace))
    monkeypatch.setattr(os, "unlink", counted(real_unlink))
    access = StoreAccess(path)
    crashed = False
    try:
        access.encrypt_existing(PASS, PASS)[0].close()
    except Crash:
        crashed = True
    monkeypatch.setattr(os, "replace", real_replace)
    monkeypatch.setattr(os, "unlink", real_unlink)
    again = StoreAccess(path)
    if again.state() == AccessState.PLAINTEXT:
        assert crashed
        store, _ = again.encrypt_existing(PASS, PASS)  # the next opening encrypts it after all
    else:
        assert again.state() == AccessState.LOCKED, again.state()
        store = again.unlock(PASS)
    try:
        assert len(teams(store)) == 20
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_encrypting_folds_in_the_plaintext_write_ahead_log_first(tmp_path):
    """Rows still in the plaintext store's -wal (an older app killed while open) are kept."""
    path = tmp_path / "old.db"
    plaintext_store(path)
    code = ("import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
            "c.execute(\"INSERT INTO teams (id, name) VALUES ('late', 'Late team')\"); c.commit(); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(str(path) + "-wal").stat().st_size > 0
    store, _ = StoreAccess(path).encrypt_existing(PASS, PASS)
    assert "Late team" in teams(store)
    store.close()


# -- 2. no restore under a live connection ---------------------------------------------------------

def test_restore_is_refused_while_another_connection_has_the_store_open(tmp_path):
    access, store, _ = make_store(tmp_path)
    backup = store.backup("manual")
    other = Store.open(store.path, store.key, check=False)  # e.g. the background check or a task
    other.insert("teams", {"name": "Written by the other connection"})
    with pytest.raises(DatabaseInUse) as exc:
        store.restore(backup)
    assert "background" in exc.value.user_message() and "Nothing has been changed" in exc.value.user_message()
    other.insert("teams", {"name": "Written after the refusal"})
    other.close()
    assert {"Written by the other connection", "Written after the refusal"} <= teams(store)  # nothing lost
    store.restore(backup)  # once it has closed, the restore goes ahead
    assert "Written by the other connection" not in teams(store)
    store.close()


def test_restore_is_refused_while_another_process_has_the_store_open(tmp_path):
    access, store, _ = make_store(tmp_path)
    backup = store.backup("manual")
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.writer", str(store.path), bytes(store.key).hex(), "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout.readline().strip() == "0"
        with pytest.raises(DatabaseInUse) as exc:
            store.restore(backup)
        assert "another copy of the app" in exc.value.user_message()
    finally:
        proc.kill()
        out, _ = proc.communicate()
    acknowledged = {0} | {int(n) for n in out.split()}
    written = {int(r["name"].split("-")[1]) for r in store.query("SELECT name FROM teams WHERE name LIKE 'write-%'")}
    assert acknowledged <= written  # every write the other process was told was saved is still there
    store.close()


# -- 3. restoring from a damaged store -----------------------------------------------------------

def damage(path: Path, offset: int, length: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(len(data), offset + length)):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_store_can_still_be_backed_up_over_and_is_kept_for_examination(tmp_path):
    access, store, _ = make_store(tmp_path, people=20)
    backup = store.backup("manual")
    store.close()
    size = store.path.stat().st_size
    damage(store.path, size // 2)
    with pytest.raises(CorruptDatabase) as exc:
        access.unlock(PASS)
    assert "Restore a backup" in exc.value.user_message()
    damaged_bytes = store.path.read_bytes()
    key = access.key_for(PASS)
    restored = access.restore_backup(backup, key)
    assert restored.integrity_problems(full=True) == []
    assert restored.scalar("SELECT count(*) FROM young_people") == 20
    kept = sorted(damaged_folder(store.path).glob("*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # as it was, for examination
    assert_private(kept[0])
    assert restored.verify_audit().ok
    assert restored.query("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")[0]["action"] == "restore"
    restored.close()


def test_a_store_whose_first_page_is_damaged_says_so_rather_than_wrong_passphrase_and_can_be_restored(tmp_path):
    access, store, _ = make_store(tmp_path)
    backup = store.backup("manual")
    store.close()
    damage(store.path, 0, 4096)
    with pytest.raises(CorruptDatabase) as exc:
        access.unlock(PASS)  # the key file proved the passphrase: the file is damaged
    assert "damaged" in str(exc.value) and "passphrase" not in str(exc.value)
    restored = access.restore_backup(backup, access.key_for(PASS))
    assert restored.scalar("SELECT count(*) FROM young_people") == 6
    restored.close()


def test_the_recovery_key_says_the_store_is_damaged_when_a_backup_proves_the_key(tmp_path):
    access, store, recovery = make_store(tmp_path)
    store.backup("manual")
    store.close()
    damage(store.path, 0, 4096)
    keys.key_file_for(store.path).unlink()
    with pytest.raises(CorruptDatabase):
        access.recover(recovery, "a brand new passphrase", "a brand new passphrase")
    assert access.state() == AccessState.LOCKED  # the new passphrase is set: it opens the backups
    key = access.key_for("a brand new passphrase")
    access.restore_backup(list_backups(store.path)[0].path, key).close()


def test_restore_from_an_open_store_that_has_become_damaged(tmp_path):
    """File → Restore used to back the current store up first, and that backup refused a damaged
    store: exactly when a restore was needed."""
    access, store, _ = make_store(tmp_path, people=20)
    backup = store.backup("manual")
    size = store.path.stat().st_size
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(store.path, size // 2)
    assert store.integrity_problems() != []
    store.restore(backup)
    assert store.integrity_problems(full=True) == [] and store.scalar("SELECT count(*) FROM young_people") == 20
    assert list(damaged_folder(store.path).glob("*.db"))
    store.close()


def test_restore_keeps_a_sound_store_as_a_before_restore_backup(tmp_path):
    access, store, _ = make_store(tmp_path)
    backup = store.backup("manual")
    store.insert("teams", {"name": "After the backup"})
    store.restore(backup)
    kept = [b for b in list_backups(store.path) if b.reason == "before-restore"]
    assert len(kept) == 1
    again = Store.open(kept[0].path, store.key)
    assert "After the backup" in teams(again)
    again.close()
    store.close()


def test_a_restore_interrupted_after_the_file_was_replaced_is_finished_at_the_next_opening(tmp_path, monkeypatch):
    from careleaver_app.storage import backup as backup_module

    access, store, _ = make_store(tmp_path)
    backup = store.backup("manual")
    store.insert("teams", {"name": "After the backup"})
    key = bytearray(store.key)
    store.close()
    backup_module.restore_file(backup, store.path, key)  # the app stops right after the replace
    reopened = access.unlock(PASS)
    assert reopened.audit_problem is None
    assert reopened.verify_audit().ok
    last = reopened.query("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert last["action"] == "restore" and backup.name in last["detail"]
    reopened.close()


# -- 10. checks on a fresh connection ----------------------------------------------------------------

def write_contacts_in_another_process(path: Path, key: bytes, n: int = 30) -> None:
    code = f"""
from careleaver_app.storage.store import Store
s = Store.open({str(path)!r}, bytes.fromhex({bytes(key).hex()!r}))
pid = s.query('SELECT id FROM young_people LIMIT 1')[0]['id']
w = s.query('SELECT id FROM workers LIMIT 1')[0]['id']
for i in range({n}):
    s.insert('contacts', dict(person_id=pid, occurred_at='2026-11-20T10:00', contact_type='phone', worker_id=w,
                              summary='college visit note %d' % i, seen=0))
s.close()
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_checks_and_backups_are_not_fooled_by_another_process_writing(tmp_path):
    access, store, _ = make_store(tmp_path)
    store.query("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'college'")  # the index is read here
    write_contacts_in_another_process(store.path, store.key)
    assert store.integrity_problems() == []  # was "fts5: corruption found" on this long-lived connection
    assert store.integrity_problems(full=True) == []
    path = store.backup("manual")  # was refused as damaged
    assert path.exists()
    store.close()


# -- 11. half-written backups ---------------------------------------------------------------------------

def test_half_written_backups_are_cleared_at_start_and_before_each_backup(tmp_path):
    access, store, _ = make_store(tmp_path)
    store.backup("manual")
    folder = backups_folder(store.path)
    left = [folder / f"cl-2026010{i}T000000000000Z-auto.db.part" for i in range(3)]
    for p in left:
        p.write_bytes(b"x" * 1000)
    store.backup("manual")
    assert not any(p.exists() for p in left)
    store.close()
    for p in left:
        p.write_bytes(b"x" * 1000)
    access.unlock(PASS).close()  # the app starting
    assert not any(p.exists() for p in left)
    assert all(b.path.suffix == ".db" for b in list_backups(store.path))


# -- 12. writes wait for another's lock -------------------------------------------------------------------

def test_a_transaction_that_reads_then_writes_waits_for_another_writer(tmp_path):
    access, store, _ = make_store(tmp_path)
    held = threading.Event()

    def other_writer():
        conn = sqlcipher3.connect(str(store.path), check_same_thread=False)
        conn.execute(f"PRAGMA key = \"x'{bytes(store.key).hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO teams (id, name) VALUES ('other', 'The other writer')")
        held.set()
        time.sleep(0.8)
        conn.commit()
        conn.close()

    t = threading.Thread(target=other_writer)
    t.start()
    held.wait(5)
    with store.transaction():  # reads, then writes: must wait for the other commit, not fail at once
        n = store.scalar("SELECT count(*) FROM teams")
        store.insert("teams", {"name": f"After {n} teams"})
    t.join()
    assert "The other writer" in teams(store) and any(name.startswith("After") for name in teams(store))
    store.close()


def test_a_busy_store_gives_a_calm_message_after_the_wait(tmp_path, monkeypatch):
    from careleaver_app.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    access, store, _ = make_store(tmp_path)
    store.close()
    store = access.unlock(PASS)
    conn = sqlcipher3.connect(str(store.path))
    conn.execute(f"PRAGMA key = \"x'{bytes(store.key).hex()}'\"")
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError) as exc:
        store.insert("teams", {"name": "Blocked"})
    assert "busy" in str(exc.value).lower() or "locked" in str(exc.value).lower()
    conn.rollback()
    conn.close()
    store.close()
