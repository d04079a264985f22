"""Encryption at rest, keys and recovery, lock-out, the audit chain, backups, damaged files."""

import logging
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlcipher3

from careleaver_app.domain.errors import ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.services.access import AccessState, StoreAccess, TooSoon
from careleaver_app.storage import audit, keys
from careleaver_app.storage.backup import list_backups, rotate, summarise
from careleaver_app.storage.errors import StoreError
from careleaver_app.storage.keys import BadRecoveryKey, KeyFileMissing, WrongPassphrase
from careleaver_app.storage.store import Store
from tests.support.private_files import assert_private
from tests.support.stores import PASS
from tests.support.stores import make_store as _make


def make_store(tmp_path, people=8):
    return _make(tmp_path, people)


def raw(path: Path, key: bytes):
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def test_nothing_is_written_in_plaintext(tmp_path):
    access, store, _ = make_store(tmp_path)
    name = store.query("SELECT legal_name FROM young_people LIMIT 1")[0]["legal_name"]
    note = max((w for r in store.query("SELECT summary FROM contacts LIMIT 50") for w in r["summary"].split()), key=len)
    assert len(note) >= 8
    backup = store.backup("manual")
    # Everything on disk while the store is open (database, write-ahead log, backups), then after closing.
    snapshots = [(p, p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(".keys")]
    assert any(p.name.endswith("-wal") for p, _ in snapshots) and any(p == backup for p, _ in snapshots)
    store.close()
    snapshots += [(store.path, store.path.read_bytes())]
    for f, data in snapshots:
        if f.name.endswith("-shm"):
            continue  # the shared-memory index holds page numbers, not content
        assert not data.startswith(b"SQLite format 3"), f
        for secret in (name.encode(), note.encode(), b"young_people", b"contacts_fts"):
            assert secret not in data, (f, secret)


def test_states_and_unlock(tmp_path):
    access = StoreAccess(tmp_path / "cl.db")
    assert access.state() == AccessState.NEW
    with pytest.raises(ValidationError) as exc:
        access.create("short", "short")
    assert "at least 12 characters" in str(exc.value)
    with pytest.raises(ValidationError):
        access.create(PASS, PASS + "x")
    store, recovery = access.create(PASS, PASS)
    store.close()
    assert access.state() == AccessState.LOCKED
    with pytest.raises(WrongPassphrase):
        access.unlock("tangerine lighthouse orbit")
    again = access.unlock(PASS)
    assert again.scalar("SELECT count(*) FROM young_people") == 0
    again.close()


def test_repeated_wrong_passphrases_slow_down(tmp_path):
    now = [1000.0]
    access = StoreAccess(tmp_path / "cl.db", clock=lambda: now[0])
    store, _ = access.create(PASS, PASS)
    store.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            access.unlock("wrong wrong wrong")
    assert access.seconds_to_wait() == 1
    with pytest.raises(TooSoon):
        access.unlock(PASS)  # even the right one must wait
    now[0] += 1
    with pytest.raises(WrongPassphrase):
        access.unlock("wrong again, four")
    assert access.seconds_to_wait() == 2
    now[0] += 2
    access.unlock(PASS).close()
    assert access.failed == 0


def test_recovery_key_opens_even_without_the_key_file_and_sets_a_new_passphrase(tmp_path):
    access, store, recovery = make_store(tmp_path)
    store.close()
    keys.key_file_for(access.path).unlink()
    assert access.state() == AccessState.NO_KEY_FILE
    with pytest.raises(KeyFileMissing):
        access.unlock(PASS)
    typo = recovery[:5] + ("A" if recovery[5] != "A" else "B") + recovery[6:]
    with pytest.raises(BadRecoveryKey):
        access.recover(typo, "a brand new passphrase", "a brand new passphrase")
    opened = access.recover(recovery.lower().replace("-", " "), "a brand new passphrase", "a brand new passphrase")
    assert opened.scalar("SELECT count(*) FROM young_people") == 8
    opened.close()
    access.unlock("a brand new passphrase").close()


def test_change_passphrase_keeps_the_data(tmp_path):
    access, store, _ = make_store(tmp_path)
    store.close()
    with pytest.raises(WrongPassphrase):
        access.change_passphrase("not it at all", "another good passphrase", "another good passphrase")
    access.change_passphrase(PASS, "another good passphrase", "another good passphrase")
    with pytest.raises(WrongPassphrase):
        access.unlock(PASS)
    s = access.unlock("another good passphrase")
    assert s.scalar("SELECT count(*) FROM young_people") == 8
    s.close()


def test_an_old_plaintext_store_is_encrypted_in_place(tmp_path):
    path = tmp_path / "old.db"
    plain = Store.open(path)
    plain.insert("teams", {"name": "North"})
    plain.close()
    assert path.read_bytes().startswith(b"SQLite format 3")
    access = StoreAccess(path)
    assert access.state() == AccessState.PLAINTEXT
    store, recovery = access.encrypt_existing(PASS, PASS)
    assert store.scalar("SELECT name FROM teams") == "North"
    store.close()
    assert not path.read_bytes().startswith(b"SQLite format 3") and b"North" not in path.read_bytes()
    access.unlock(PASS).close()


def test_every_change_is_in_the_audit_trail(services, team):
    pid = services.people.create(YoungPerson(legal_name="Zoë Kowalski", dob=date(2007, 1, 1)), team["pa"])
    services.people.archive(pid, "Moved away")
    entries = services.store.audit_entries(pid)
    assert [(e["action"], e["table"], e["fields"]) for e in entries][1:] == [
        ("update", "young_people", ["allocated_pa_id"]),  # the first allocation
        ("update", "young_people", ["archived_at", "archived_reason"])]
    assert entries[0]["action"] == "create" and "legal_name" in entries[0]["fields"]
    assert entries[0]["actor"] == "Priya Valente"
    assert "Moved away" not in str(entries) and "Zoë" not in str(entries)  # fields, never values
    assert services.store.verify_audit().ok


def tamper(store, sql, params=()):
    conn = raw(store.path, store.key)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in sql.split(";"):
        conn.execute(statement, params if "?" in statement else ())
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, what", [
    ("UPDATE audit_log SET fields = '[\"legal_name\"]' WHERE seq = 3", "altered"),
    ("DELETE FROM audit_log WHERE seq = 3", "missing"),
    ("UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; "
     "UPDATE audit_log SET seq = 4 WHERE seq = -3", "follow on"),
])
def test_edits_deletions_and_reordering_are_detected(tmp_path, sql, what):
    access, store, _ = make_store(tmp_path)
    assert store.verify_audit().ok
    tamper(store, sql)
    result = store.verify_audit()
    assert not result.ok and what in result.problem and result.first_bad_seq == 3
    assert "broken at entry 3" in str(result)
    store.close()


def test_cutting_entries_off_the_end_is_detected_by_the_anchor(tmp_path):
    access, store, _ = make_store(tmp_path)
    store.close()  # leaves the newest entry in the key file
    store = access.unlock(PASS)
    last = audit.head(store.db.conn)[0]
    tamper(store, "DELETE FROM audit_log WHERE seq = ?", [last])
    result = store.verify_audit()
    assert not result.ok and "missing" in result.problem
    store.close()


def test_audit_rows_cannot_be_changed_through_sql(services, team):
    with pytest.raises(Exception) as exc:
        with services.store.transaction():
            services.store.db.execute("UPDATE audit_log SET actor = 'someone else'")
    assert "audit trail cannot be changed" in str(exc.value)


def test_backups_are_encrypted_verified_summarised_and_restorable(tmp_path):
    access, store, _ = make_store(tmp_path)
    path = store.backup("manual")
    assert path.parent.name == "backups" and (path.parent / "cl.db.keys").exists()
    assert_private(path, path.parent)
    s = summarise(path, store.key)
    assert s.young_people == 8 and s.contacts > 0
    store.insert("teams", {"name": "Added after the backup"})
    store.restore(path)
    assert store.scalar("SELECT count(*) FROM teams WHERE name = 'Added after the backup'") == 0
    assert any(b.reason == "before-restore" for b in list_backups(store.path))
    assert store.verify_audit().ok
    store.close()


def test_rotation_keeps_daily_weekly_monthly_and_special(tmp_path):
    db = tmp_path / "cl.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    made = []
    for day in range(1, 61):  # two months of daily backups, two a day
        for hour in (9, 17):
            ts = datetime(2026, 9 + (day - 1) // 30, (day - 1) % 30 + 1, hour, tzinfo=timezone.utc)
            name = f"cl-{ts:%Y%m%dT%H%M%S}000000Z-auto.db"
            (folder / name).write_bytes(b"x")
            made.append(name)
    for i in range(7):
        (folder / f"cl-2026090{i + 1}T120000000000Z-before-import.db").write_bytes(b"x")
    rotate(db, daily=7, weekly=4, monthly=12)
    left = sorted(p.name for p in folder.iterdir())
    autos = [n for n in left if n.endswith("-auto.db")]
    assert len([n for n in left if n.endswith("before-import.db")]) == 5
    assert made[-1] in autos  # the newest is always kept
    assert made[-2] not in autos  # the older one of the same day goes
    assert 7 <= len(autos) <= 7 + 4 + 12


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_files_are_refused_calmly_and_left_alone(tmp_path, damage):
    access, store, _ = make_store(tmp_path, people=20)
    backup = store.backup("manual")
    store.close()
    for target in (access.path, backup):
        data = bytearray(target.read_bytes())
        if damage == "truncate":
            data = data[: len(data) // 2 + 100]
        else:
            data[len(data) // 2] ^= 0xFF
        target.write_bytes(bytes(data))
    before = access.path.read_bytes()
    with pytest.raises(StoreError) as exc:
        access.unlock(PASS)  # the quick check on open finds the damage
    assert "Traceback" not in exc.value.user_message() and "backup" in exc.value.user_message().lower()
    assert access.path.read_bytes() == before
    with pytest.raises(StoreError):
        summarise(backup, keys.unlock(access.path, PASS))


def test_a_plain_sqlite_error_is_classified(tmp_path):
    from careleaver_app.storage.errors import DiskFull, classify
    assert isinstance(classify(sqlite3.OperationalError("database or disk is full")), DiskFull)
    assert isinstance(classify(sqlcipher3.OperationalError("database or disk is full")), DiskFull)
    assert classify(ValueError("x")).__class__ is ValueError


def test_key_bytes_never_in_logs_or_key_file_plaintext(tmp_path):
    import base64

    from careleaver_app.logs import event, log_fault, setup_logging
    folder = setup_logging(tmp_path / "logs")
    access, store, recovery = make_store(tmp_path)
    kf = keys.key_file_for(access.path).read_text()
    assert store.key.hex() not in kf and recovery.replace("-", "") not in kf.replace("-", "")
    assert_private(keys.key_file_for(access.path))
    # What a session logs: events, a wrong passphrase, and a fault whose message quotes the
    # key and the passphrase (as a driver's message might).
    event("unlock", attempts=1)
    with pytest.raises(WrongPassphrase) as wrong:
        StoreAccess(tmp_path / "cl.db").unlock(PASS + "x")
    log_fault(wrong.value)
    try:
        raise StoreError(f"key {store.key.hex()} passphrase {PASS} recovery {recovery}")
    except StoreError as exc:
        log_fault(exc)
    for h in logging.getLogger("careleaver_app").handlers:
        h.flush()
    text = "".join(f.read_text() for f in folder.iterdir())
    assert "unlock attempts=1" in text and "WrongPassphrase" in text and "storage.errors.StoreError" in text
    secret = bytes(store.key)
    for form in (secret.hex(), secret.hex().upper(), base64.b64encode(secret).decode(), base64.b32encode(secret).decode(),
                 PASS, recovery, recovery.replace("-", "")):
        assert form not in text
    store.close()
