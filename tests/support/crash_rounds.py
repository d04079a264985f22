"""Kill the app with SIGKILL in the middle of its riskiest file work, many times, and check that
nothing acknowledged is lost and the store always opens, sound, with an intact audit trail.

    python -m tests.support.crash_rounds --rounds 300

Five kinds of round, in turn: encrypting an older plaintext store in place, taking backups,
restoring a backup while writing, finalising plan reviews, importing CSV batches. Each round
starts a worker (tests/support/crash_worker.py), waits for it to begin, kills it at a random
moment, then checks (see ``check_*``). Not part of the default test run (it takes minutes);
tests/storage/test_crash.py runs one round of each kind as a smoke test.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASS = "tangerine lighthouse orbit velvet"
KINDS = ("encrypt", "backup", "restore", "finalise", "import")
TODAY = date(2026, 11, 22)


@dataclass
class Report:
    rounds: int = 0
    by_kind: dict = field(default_factory=dict)
    outcomes: dict = field(default_factory=dict)  # kind -> where the kill landed -> rounds
    failures: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind.items())
        verdict = "no loss, every store sound" if not self.failures else f"{len(self.failures)} FAILURES"
        landed = "".join(f"\n  {k}: " + ", ".join(f"{o} {n}" for o, n in sorted(v.items())) for k, v in self.outcomes.items())
        return f"{self.rounds} rounds ({kinds}): {verdict}{landed}" + "".join(f"\n  {f}" for f in self.failures[:20])


def run_worker(kind: str, path: Path, key: bytes | None, arg: str, kill_after: float, timeout: float = 60.0) -> list[str]:
    """Start a worker, wait for its "start", let it run ``kill_after`` seconds, SIGKILL it;
    returns every line it printed (what it acknowledged)."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.crash_worker", kind, str(path), key.hex() if key else "-", arg],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    if first.strip() != "start":
        proc.kill()
        _, err = proc.communicate()
        raise RuntimeError(f"the {kind} worker did not start: {err[-500:]}")
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=timeout)
    return [line.strip() for line in out.splitlines() if line.strip()]


def sound(store, where: str, failures: list[str]) -> None:
    problems = store.integrity_problems(full=True)
    if problems:
        failures.append(f"{where}: integrity check: {problems[:2]}")
    if store.audit_problem:
        failures.append(f"{where}: at opening: {store.audit_problem}")
    result = store.verify_audit()
    if not result.ok:
        failures.append(f"{where}: {result}")


def new_store(folder: Path, people: int = 12):
    from careleaver_app.services.access import StoreAccess
    from careleaver_app.demo import generate_demo

    access = StoreAccess(folder / "cl.db")
    store, _ = access.create(PASS, PASS)
    generate_demo(store, people=people, today=TODAY)
    return access, store


# -- the kinds of round -------------------------------------------------------------------------

def round_encrypt(folder: Path, rng: random.Random, failures: list[str]) -> None:
    from careleaver_app.services.access import AccessState, StoreAccess
    from careleaver_app.storage.store import Store

    path = folder / f"plain-{rng.randrange(10**9)}.db"
    plain = Store.open(path)
    with plain.transaction():
        for i in range(300):
            plain.insert("teams", {"name": f"Team {i}", "duty_phone": "01632 960000"})
    plain.close()
    lines = run_worker("encrypt", path, None, PASS, rng.uniform(0.0, 1.0))
    access = StoreAccess(path)
    state = access.state()
    where = f"encrypt ({len(lines)} lines, {state.value})"
    if state == AccessState.PLAINTEXT:
        if "done" in lines:
            failures.append(f"{where}: acknowledged but still plaintext")
        store, _ = access.encrypt_existing(PASS, PASS)
    elif state == AccessState.LOCKED:
        store = access.unlock(PASS)
    else:
        failures.append(f"{where}: the store cannot be opened with the passphrase that was chosen")
        return
    outcome = "before the replace" if state == AccessState.PLAINTEXT else ("after" if "done" in lines else "after the replace")
    try:
        if store.scalar("SELECT count(*) FROM teams") != 300:
            failures.append(f"{where}: rows lost")
        sound(store, where, failures)
    finally:
        store.close()
    for p in folder.glob(path.name + "*"):
        p.unlink()
    return outcome


def round_backup(access, rng: random.Random, failures: list[str]) -> None:
    from careleaver_app.storage.backup import backups_folder, list_backups, summarise

    key = access.key_for(PASS)
    lines = run_worker("backup", access.path, bytes(key), "", rng.uniform(0.0, 1.5))
    store = access.unlock(PASS)  # the next start clears what the killed backup left
    try:
        where = f"backup ({len(lines)} acknowledged)"
        sound(store, where, failures)
        names = {b.path.name for b in list_backups(access.path)}
        taken = [line.split()[1] for line in lines if line.startswith("backup ")]
        # Rotation keeps the newest of each day, so an acknowledged backup may give way to a newer
        # one (finished just before the kill), never to nothing.
        if taken and taken[-1] not in names and not any(n > taken[-1] for n in names):
            failures.append(f"{where}: the acknowledged backup {taken[-1]} is missing, and nothing newer is there")
        for b in list_backups(access.path)[:3]:
            try:
                summarise(b.path, key)
            except Exception as exc:  # noqa: BLE001
                failures.append(f"{where}: backup {b.path.name} does not open: {exc}")
        if list(backups_folder(access.path).glob("*.part")):
            failures.append(f"{where}: half-written backups left after a start")
    finally:
        store.close()
    return f"{min(len(lines), 3)}{'+' if len(lines) > 3 else ''} backups done"


def round_restore(access, rng: random.Random, failures: list[str]) -> None:
    from careleaver_app.storage.backup import list_backups
    from careleaver_app.storage.store import Store

    key = access.key_for(PASS)
    store = access.unlock(PASS)
    with store.transaction():
        store.delete_where("teams", "name LIKE ?", ["write-%"])
    target = store.backup("manual")
    store.close()
    lines = run_worker("restore", access.path, bytes(key), target.name, rng.uniform(0.0, 1.5))
    before = {int(ln.split()[1]) for ln in lines[:lines.index("restored")] if ln.startswith("write")} if "restored" in lines \
        else {int(ln.split()[1]) for ln in lines if ln.startswith("write")}
    after = {int(ln.split()[1]) for ln in lines[lines.index("restored"):] if ln.startswith("write")} if "restored" in lines else set()
    store = access.unlock(PASS)
    try:
        where = f"restore ({len(before)} writes before, {len(after)} after, {'restored' if 'restored' in lines else 'not acknowledged'})"
        sound(store, where, failures)
        present = {int(r["name"].split("-")[1]) for r in store.query("SELECT name FROM teams WHERE name LIKE 'write-%'")}
        if not after <= present:
            failures.append(f"{where}: writes after the restore lost: {sorted(after - present)[:5]}")
        if before and not before <= present:  # restored: the writes before must be in the kept copy
            kept = [b for b in list_backups(access.path) if b.reason == "before-restore"]
            found = False
            for b in kept[:3]:
                other = Store.open(b.path, key, check=False)
                try:
                    got = {int(r["name"].split("-")[1]) for r in other.query("SELECT name FROM teams WHERE name LIKE 'write-%'")}
                finally:
                    other.close()
                if before <= got:
                    found = True
                    break
            if not found:
                failures.append(f"{where}: writes before the restore are neither in the store nor in a before-restore backup")
        return ("restored" if "restored" in lines else "mid-restore" if before and not before <= present
                else "before the restore" if len(before) < 5 else "restore not finished, store as it was")
    finally:
        store.close()


def round_finalise(access, person: str, rng: random.Random, failures: list[str]) -> None:
    key = access.key_for(PASS)
    lines = run_worker("finalise", access.path, bytes(key), person, rng.uniform(0.0, 1.5))
    acknowledged = [int(ln.split()[1]) for ln in lines if ln.startswith("final")]
    store = access.unlock(PASS)
    try:
        where = f"finalise ({len(acknowledged)} acknowledged)"
        sound(store, where, failures)
        final = {r["version"] for r in store.query("SELECT version FROM plans WHERE person_id = ? AND status = 'final'", [person])}
        if not set(acknowledged) <= final:
            failures.append(f"{where}: finalised versions lost: {sorted(set(acknowledged) - final)}")
        from careleaver_app.app import build_services
        from careleaver_app.services.context import Clock

        plans = build_services(store, Clock(TODAY)).plans
        for d in store.query("SELECT id FROM plans WHERE person_id = ? AND status = 'draft'", [person]):
            plans.discard_draft(d["id"])  # a review killed before it was finalised: discarded, as a PA would
        return f"{min(len(acknowledged), 3)}{'+' if len(acknowledged) > 3 else ''} finalised"
    finally:
        store.close()


def round_import(access, rng: random.Random, failures: list[str]) -> None:
    key = access.key_for(PASS)
    lines = run_worker("import", access.path, bytes(key), "", rng.uniform(0.0, 2.0))
    acknowledged = {int(ln.split()[1]) for ln in lines if ln.startswith("batch")}
    store = access.unlock(PASS)
    try:
        where = f"import ({len(acknowledged)} batches acknowledged)"
        sound(store, where, failures)
        counts: dict[int, int] = {}
        for r in store.query("SELECT la_id FROM young_people WHERE la_id LIKE 'CR%'"):
            b = int(r["la_id"][2:6])
            counts[b] = counts.get(b, 0) + 1
        if any(n != 20 for n in counts.values()):
            failures.append(f"{where}: a batch is half imported: {counts}")
        if not acknowledged <= set(counts):
            failures.append(f"{where}: imported batches lost: {sorted(acknowledged - set(counts))}")
        return f"{min(len(acknowledged), 3)}{'+' if len(acknowledged) > 3 else ''} batches"
    finally:
        store.close()


def run_rounds(folder: Path, rounds: int, seed: int = 19, progress=None) -> Report:
    """``rounds`` rounds, the kinds in turn, in ``folder``."""
    rng = random.Random(seed)
    report = Report()
    access, store = new_store(folder)
    person = store.query("SELECT p.person_id FROM plans p WHERE p.status = 'final' "
                         "AND NOT EXISTS (SELECT 1 FROM plans d WHERE d.person_id = p.person_id AND d.status = 'draft') "
                         "LIMIT 1")[0]["person_id"]
    store.close()
    for i in range(rounds):
        kind = KINDS[i % len(KINDS)]
        if kind == "encrypt":
            outcome = round_encrypt(folder, rng, report.failures)
        elif kind == "backup":
            outcome = round_backup(access, rng, report.failures)
        elif kind == "restore":
            outcome = round_restore(access, rng, report.failures)
        elif kind == "finalise":
            outcome = round_finalise(access, person, rng, report.failures)
        else:
            outcome = round_import(access, rng, report.failures)
        by = report.outcomes.setdefault(kind, {})
        by[outcome or "?"] = by.get(outcome or "?", 0) + 1
        report.rounds += 1
        report.by_kind[kind] = report.by_kind.get(kind, 0) + 1
        if progress:
            progress(i + 1, kind, len(report.failures))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="careleaver-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def progress(n, kind, failed):
        if n % 10 == 0 or failed:
            print(f"{n}/{args.rounds} rounds ({kind}), {failed} failures, {time.monotonic() - started:.0f} s", flush=True)

    try:
        report = run_rounds(folder, args.rounds, args.seed, progress)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    print(report)
    return 0 if not report.failures else 1


if __name__ == "__main__":
    sys.exit(main())
