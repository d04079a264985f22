"""Kill the app's writer at random moments, many times: every acknowledged write survives,
and the database's integrity check and audit chain pass every time."""

import os
import random
import signal
import subprocess
import sys
import time

from careleaver_app.storage.store import Store

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROUNDS = int(os.environ.get("CRASH_ROUNDS", "12"))


def test_killed_mid_stream_loses_no_acknowledged_write(tmp_path, key):
    path = tmp_path / "crash.db"
    Store.open(path, key).close()
    rng = random.Random(7)
    acknowledged: set[int] = set()
    next_n = 0
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-m", "tests.support.writer", str(path), key.hex(), str(next_n)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        # Wait for the first acknowledged write, then kill at a random moment.
        first = proc.stdout.readline()
        assert first.strip(), "the writer did not start"
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            if line.strip():
                acknowledged.add(int(line))
        next_n = max(acknowledged) + 1_000
        store = Store.open(path, key)
        try:
            assert store.integrity_problems(full=True) == []
            present = {int(r["name"].split("-")[1]) for r in store.query("SELECT name FROM teams")}
            assert acknowledged <= present, f"lost {sorted(acknowledged - present)[:5]}"
            assert store.verify_audit().ok
        finally:
            store.close()
    assert len(acknowledged) > ROUNDS


def test_one_round_of_each_kind_of_kill_loses_nothing(tmp_path):
    """The crash rounds (kills during encryption in place, backup, restore, finalising and import)
    in miniature; the full run is `python -m tests.support.crash_rounds --rounds 300`."""
    from tests.support.crash_rounds import KINDS, run_rounds

    report = run_rounds(tmp_path, len(KINDS), seed=int(os.environ.get("CRASH_SEED", "19")))
    assert report.failures == [], str(report)
    assert report.by_kind == {k: 1 for k in KINDS}
