"""An audit trail an insider cannot rewrite (issue 19, points 5 and 6): the chain and its anchor
are sealed with a key derived from the data key; the anchor moves with every commit and never
backwards; a write-ahead log that lost committed transactions is found at the next opening."""

import hashlib
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from careleaver_app.services.access import StoreAccess
from careleaver_app.storage import audit, keys
from careleaver_app.storage.store import Store

from tests.support.stores import PASS
from tests.support.stores import make_store as _make

ROOT = Path(__file__).resolve().parents[2]


def make_store(tmp_path, people=4):
    access, store, _ = _make(tmp_path, people)
    return access, store


def sql(path: Path, key, statements: str, params=()):
    """What an insider with the key and an SQLCipher shell can do: drop the triggers and edit."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for s in statements.split(";"):
        if s.strip():
            conn.execute(s, params if "?" in s else ())
    conn.commit()
    conn.close()


def rehash_with_plain_sha256(path: Path, key) -> None:
    """Recompute every entry's hash the way the unkeyed chain did (anyone with SQL can)."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    prev = audit.GENESIS
    rows = conn.execute("SELECT seq, at, actor, action, table_name, record_id, fields, detail FROM audit_log ORDER BY seq").fetchall()
    for seq, at, actor, action, table, record_id, fields, detail in rows:
        canonical = json.dumps([prev, seq, at, actor, action, table, record_id, json.loads(fields), detail],
                               separators=(",", ":"), ensure_ascii=False)
        h = hashlib.sha256(canonical.encode()).hexdigest()
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, h, seq])
        prev = h
    conn.commit()
    conn.close()


def reopen_and_close_then_verify(access):
    """Any opening and closing in between (including `audit verify` itself) must not hide it."""
    access.unlock(PASS).close()
    store = access.unlock(PASS)
    result, problem = store.verify_audit(), getattr(store, "audit_problem", None)
    store.close()
    return result, problem


def test_entries_are_sealed_with_a_key_derived_from_the_data_key(tmp_path):
    access, store = make_store(tmp_path)
    seals = [r["hash"] for r in store.query("SELECT hash FROM audit_log")]
    assert all(s.startswith("k1:") for s in seals)
    assert bytes(store.key).hex() not in json.dumps(seals)
    assert store.verify_audit().ok
    store.close()


def test_cutting_entries_off_the_end_stays_detected_after_any_open_and_close(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    last = audit.head(store.conn)[0]
    store.close()
    sql(path, key, "DELETE FROM audit_log WHERE seq > ?", [last - 3])
    result, problem = reopen_and_close_then_verify(access)
    assert not result.ok and "missing" in result.problem
    assert problem and "missing" in problem


def test_rehashing_the_chain_without_the_audit_key_is_detected(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    store.close()
    sql(path, key, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 5")
    rehash_with_plain_sha256(path, key)
    result, problem = reopen_and_close_then_verify(access)
    assert not result.ok
    assert problem and "rewritten" in problem


@pytest.mark.parametrize("edit", ["null", "delete", "older seq", "edited seal"])
def test_editing_or_removing_the_anchor_is_detected(tmp_path, edit):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    last = audit.head(store.conn)[0]
    store.close()
    anchor_file = audit.anchor_file_for(path)
    d = json.loads(anchor_file.read_text())
    sql(path, key, "DELETE FROM audit_log WHERE seq > ?", [last - 2])  # and cut two entries off the end
    if edit == "null":
        anchor_file.write_text("null")
    elif edit == "delete":
        anchor_file.unlink()
    elif edit == "older seq":
        d["seq"] = last - 2
        anchor_file.write_text(json.dumps(d))
    else:
        d["seal"] = "0" * 64
        anchor_file.write_text(json.dumps(d))
    result, problem = reopen_and_close_then_verify(access)
    assert not result.ok and problem, (edit, str(result))


def test_putting_back_an_older_key_file_or_anchor_after_cutting_entries_is_detected(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    old_key_file = keys.key_file_for(path).read_bytes()
    old_anchor = audit.anchor_file_for(path).read_bytes()
    old_head = audit.head(store.conn)[0]
    for i in range(5):
        store.insert("teams", {"name": f"Later {i}"})
    store.backup("manual")  # keeps a second copy of the anchor with the backups
    store.close()
    sql(path, key, "DELETE FROM audit_log WHERE seq > ?", [old_head])
    keys.key_file_for(path).write_bytes(old_key_file)
    audit.anchor_file_for(path).write_bytes(old_anchor)
    result, problem = reopen_and_close_then_verify(access)
    assert not result.ok and problem and "missing" in problem


def test_the_anchor_never_moves_backwards_or_past_a_rewritten_entry(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    anchored = json.loads(audit.anchor_file_for(path).read_text())["seq"]
    store.close()
    sql(path, key, "DELETE FROM audit_log WHERE seq > ?", [anchored - 2])
    again = access.unlock(PASS)
    again.insert("teams", {"name": "Written after the cut"})  # new entries reuse the cut numbers
    again.insert("teams", {"name": "And another"})
    again.insert("teams", {"name": "And a third"})
    again.close()
    assert json.loads(audit.anchor_file_for(path).read_text())["seq"] == anchored  # not moved on
    result, problem = reopen_and_close_then_verify(access)
    assert not result.ok and problem


def test_accepting_a_reported_problem_records_it_in_the_trail_and_anchors_afresh(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    last = audit.head(store.conn)[0]
    store.close()
    sql(path, key, "DELETE FROM audit_log WHERE seq > ?", [last - 1])
    again = access.unlock(PASS)
    reported = again.audit_problem
    assert reported and "missing" in reported
    again.accept_audit_problem()
    entry = again.query("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert entry["action"] == "audit_problem_accepted" and "missing" in entry["detail"]
    again.close()
    result, problem = reopen_and_close_then_verify(access)
    assert result.ok and problem is None


def test_a_store_written_by_an_older_version_is_checked_against_its_old_anchor_then_sealed(tmp_path, key):
    """Upgrading: an unsealed chain and an anchor in the key file (version 1) are accepted as
    they are, and from then on new entries are sealed and anchored."""
    path = tmp_path / "old.db"
    conn = Store.open(path, key).conn  # the chain as the older version wrote it: plain SHA-256
    for i in range(3):
        audit.record(conn, "someone", "create", "teams", f"t{i}", ["name"])
    conn.commit()
    h = audit.head(conn)
    conn.close()
    audit.anchor_file_for(path).unlink(missing_ok=True)
    kf = keys.KeyFile.wrap(key, PASS)
    legacy = json.loads(kf.to_json())
    legacy.update(version=1, audit_anchor=list(h))
    legacy.pop("checksum")
    keys.key_file_for(path).write_text(json.dumps(legacy))
    store = StoreAccess(path).unlock(PASS)
    assert store.audit_problem is None
    store.insert("teams", {"name": "North"})
    assert store.verify_audit().ok
    assert store.query("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")[0]["hash"].startswith("k1:")
    store.close()
    assert json.loads(keys.key_file_for(path).read_text())["version"] == 2  # rewritten once the passphrase proved it


# -- 5. a damaged write-ahead log ------------------------------------------------------------------

def crashed_writer(path: Path, key, count: int) -> None:
    """A writer that commits ``count`` transactions and is killed, leaving its -wal as a crash does."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.writer", str(path), bytes(key).hex(), "0", str(count)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.strip() == "done":
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def test_a_damaged_write_ahead_log_that_drops_committed_changes_is_reported_at_opening(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    store.close()
    crashed_writer(path, key, 40)
    wal = Path(str(path) + "-wal")
    data = bytearray(wal.read_bytes())
    assert len(data) > 100_000
    data[len(data) // 2] ^= 0xFF  # one bit of rot halfway through the log
    wal.write_bytes(bytes(data))
    store = access.unlock(PASS)
    present = store.scalar("SELECT count(*) FROM teams WHERE name LIKE 'write-%'")
    assert present < 40  # SQLite stopped at the bad frame: committed writes are gone
    assert store.audit_problem and "missing" in store.audit_problem and "-wal" in store.audit_problem
    assert not store.verify_audit().ok
    store.close()


def test_after_a_crash_with_nothing_lost_the_trail_is_intact_and_says_so(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    store.close()
    crashed_writer(path, key, 10)
    store = access.unlock(PASS)
    assert store.scalar("SELECT count(*) FROM teams WHERE name LIKE 'write-%'") == 10
    assert store.audit_problem is None and store.after_crash
    result = store.verify_audit()
    assert result.ok and "did not close properly" in str(result)
    store.close()


def test_a_store_without_its_audit_table_is_reported_calmly(tmp_path):
    access, store = make_store(tmp_path)
    key, path = bytearray(store.key), store.path
    store.close()
    sql(path, key, "DROP TABLE audit_log")
    store = access.unlock(PASS)
    result = store.verify_audit()
    assert not result.ok and "missing" in str(result)
    assert store.audit_problem and "audit trail is missing" in store.audit_problem
    store.close()
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
