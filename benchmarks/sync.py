"""The team server at county scale: how long syncs take, and what row-level security costs.

    python -m benchmarks.sync                         # 2,000 young people, the README's table
    python -m benchmarks.sync --stress-minutes 5      # also 20 laptops syncing every few seconds
    python -m benchmarks.sync --people 30 --runs 1 --out /tmp/s.json   # a smoke run (CI)

Uses the same synthetic county store as benchmarks/run.py (generated once into benchmarks/data/),
loaded into a throw-away PostgreSQL cluster (socket only, removed at the end). Laptops are
SQLCipher stores joining as real worker logins. Each figure is reported beside a reference
measured in the same run on the same machine (the plain read of the same rows), as well as its
budget.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.timing import median_ms

ROOT = Path(__file__).resolve().parent
PASSWORD = "benchmark password, synthetic data only"


def _laptop(folder: Path, name: str):
    from careleaver_app.storage.store import Store

    return Store.open(folder / f"{name}.db", os.urandom(32))


def setup(people: int, data: Path):
    from benchmarks.run import PASSPHRASE, ensure_data
    from careleaver_app.domain.people import Role
    from careleaver_app.services.access import StoreAccess
    from careleaver_app.storage.server import admin
    from careleaver_app.storage.server.cluster import throwaway_cluster

    db = ensure_data(people, 4 if people >= 1000 else 10, data)
    source = StoreAccess(db).unlock(PASSPHRASE)
    cluster = throwaway_cluster()
    a = cluster.admin_conninfo()
    dbname = admin.create_council(a, "bench", "Benchmark County")
    t = time.perf_counter()
    counts = admin.load_store(a, dbname, source)
    load_s = time.perf_counter() - t
    # The PA whose team holds the most young people, and a service-team worker.
    team = source.query("SELECT w.team_id, count(*) AS n FROM young_people yp JOIN workers w ON w.id = yp.allocated_pa_id "
                        "GROUP BY w.team_id ORDER BY n DESC LIMIT 1")[0]
    pa = source.query("SELECT id FROM workers WHERE team_id = ? AND role = 'pa' ORDER BY name LIMIT 1", [team["team_id"]])[0]
    pas = [r["id"] for r in source.query("SELECT id FROM workers WHERE role = 'pa' AND id <> ? ORDER BY name", [pa["id"]])]
    source.close()
    admin.add_worker(a, dbname, name="", team=None, login="bench_pa", password=PASSWORD, worker_id=pa["id"])
    admin.add_worker(a, dbname, name="Data Team", team=None, role=Role.SERVICE, login="bench_service", password=PASSWORD)
    return cluster, dbname, counts, load_s, team, pas


def measure(people: int, runs: int, data: Path, stress_minutes: float, laptops: int) -> dict:
    from careleaver_app.app import build_services
    from careleaver_app.domain.contacts import Contact, ContactType
    from careleaver_app.services.context import Clock
    from careleaver_app.storage import sync
    from careleaver_app.storage.server import admin

    cluster, dbname, counts, load_s, team, pas = setup(people, data)
    folder = Path(tempfile.mkdtemp(prefix="careleaver-bench-sync-"))
    info = cluster.conninfo(dbname)
    results = []
    try:
        def first_sync(login: str):
            stores, cpu = [], []

            def run():
                s = _laptop(folder, f"{login}-{len(stores)}")
                stores.append(s)
                c = time.process_time()
                sync.join(s, info, login, PASSWORD)
                cpu.append(time.process_time() - c)
            ms = median_ms(run, runs, warm_up=False)
            s = stores[-1]
            n_people = s.scalar("SELECT count(*) FROM young_people")
            n_contacts = s.scalar("SELECT count(*) FROM contacts")
            for other in stores[:-1]:
                other.close()
            return ms, s, n_people, n_contacts, statistics.median(cpu), median_ms(lambda: read_scope(login), runs, warm_up=False)

        def read_scope(login: str) -> None:
            """The reference: the same rows read from PostgreSQL by the tables' owner (no row-level
            security, nothing written), in the same run on the same machine."""
            from careleaver_app.storage import replication

            with admin.connect({**info, "user": login, "password": PASSWORD}) as pg:
                ids = [r[0] for r in pg.execute("SELECT cl.visible_people()")]
            with admin.connect(cluster.admin_conninfo(dbname)) as pg:
                for t in replication.this_builds_tables().values():
                    cols = ", ".join(f'"{c}"' for c in t.column_names)
                    if t.scope is None:
                        pg.execute(f'SELECT {cols} FROM cl."{t.name}"').fetchall()
                    else:
                        pg.execute(f'SELECT {cols} FROM cl."{t.name}" WHERE _person = ANY(%s)', [ids]).fetchall()

        pa_ms, pa_store, pa_people, pa_contacts, pa_cpu, pa_ref = first_sync("bench_pa")
        results.append(dict(key="first_sync_team", label=f"First sync of a PA's team ({pa_people} young people, "
                            f"{pa_contacts} contacts)", median_ms=round(pa_ms), budget="< 5000 ms", within=pa_ms < 5000,
                            sql_ms=round(pa_ref, 1), ratio=round(pa_ms / pa_ref, 2),
                            note=f"the laptop's CPU: {pa_cpu:.1f} s"))
        svc_ms, svc_store, svc_people, svc_contacts, svc_cpu, svc_ref = first_sync("bench_service")
        results.append(dict(key="first_sync_council", label=f"First sync of the whole council for the service team "
                            f"({svc_people} young people, {svc_contacts} contacts)", median_ms=round(svc_ms),
                            budget="< 20000 ms", within=svc_ms < 20000, sql_ms=round(svc_ref, 1),
                            ratio=round(svc_ms / svc_ref, 2), note=f"the laptop's CPU: {svc_cpu:.1f} s"))
        svc_store.close()

        kept = sync.ServerConnection()
        sync.sync(pa_store, connection=kept)
        idle = median_ms(lambda: sync.sync(pa_store, connection=kept), max(runs, 5), warm_up=False)
        fresh = median_ms(lambda: sync.sync(pa_store), max(runs, 5), warm_up=False)
        kept.drop()
        results.append(dict(key="sync_nothing_new", label="A sync with nothing new (the PA's laptop, its connection kept "
                            "between syncs as the app keeps it)", median_ms=round(idle, 1), budget="< 100 ms",
                            within=idle < 100, note=f"signing in afresh each time: {fresh:.0f} ms"))

        services = build_services(pa_store, Clock())
        mine = [r["id"] for r in pa_store.query("SELECT id FROM young_people WHERE allocated_pa_id = ? LIMIT 30",
                                                [pa_store.actor])]
        push_times, full_times = [], []
        for _ in range(runs):
            base = datetime.now().replace(microsecond=0) - timedelta(days=2)
            for i in range(300):
                services.contacts.log(Contact(mine[i % len(mine)], base + timedelta(minutes=i), ContactType.PHONE,
                                              pa_store.actor, summary=f"Benchmark call {i}: checked in, all fine"))
            # Logging a contact also moves the young person's follow-ups marked for the plan into
            # their draft, so a few more operations than 300 may wait: every one must be pushed.
            queued = sync.waiting(pa_store)
            assert queued >= 300, queued
            with admin.connect({**info, "user": "bench_pa", "password": PASSWORD}, autocommit=True) as pg:
                result = sync.SyncResult()
                t = time.perf_counter()
                sync.push(pa_store, pg, result)
                push_times.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                sync.pull(pa_store, pg, result)
                full_times.append(push_times[-1] + (time.perf_counter() - t) * 1000)
            assert result.pushed == queued and sync.waiting(pa_store) == 0, result
        push_ms = statistics.median(push_times)
        results.append(dict(key="push_300", label="Pushing 300 contacts (one batch, applied on the server)",
                            median_ms=round(push_ms), budget="< 1000 ms", within=push_ms < 1000,
                            note=f"with the pull that follows: {statistics.median(full_times):.0f} ms"))

        # Row-level security: the PA's pull of every contact they may see, as themselves (RLS),
        # against the same rows read by the table's owner with the same young people listed.
        cols = "id, person_id, occurred_at, ended_at, contact_type, worker_id, worker_name, covering, seen, seen_alone, " \
               "location, summary, significant, created_at, updated_at, updated_by"
        with admin.connect({**info, "user": "bench_pa", "password": PASSWORD}) as pg:
            ids = [r[0] for r in pg.execute("SELECT cl.visible_people()")]
            rls = median_ms(lambda: pg.execute(f"SELECT {cols} FROM cl.contacts").fetchall(), max(runs, 5), warm_up=False)
            n_rls = len(pg.execute(f"SELECT {cols} FROM cl.contacts").fetchall())
        with admin.connect(cluster.admin_conninfo(dbname)) as pg:
            plain = median_ms(lambda: pg.execute(f"SELECT {cols} FROM cl.contacts WHERE _person = ANY(%s)", [ids]).fetchall(),
                              max(runs, 5), warm_up=False)
            n_plain = len(pg.execute(f"SELECT {cols} FROM cl.contacts WHERE _person = ANY(%s)", [ids]).fetchall())
        assert n_rls == n_plain, (n_rls, n_plain)
        results.append(dict(key="rls_cost", label=f"Row-level security on a team's contacts ({n_rls} rows): as the PA, "
                            "against the owner reading the same rows", median_ms=round(rls, 1), budget="< 1.5 × plain",
                            within=rls < 1.5 * plain, sql_ms=round(plain, 1), ratio=round(rls / plain, 2)))
        pa_store.close()

        if stress_minutes:
            results.append(stress(cluster, dbname, info, folder, pas, laptops, stress_minutes))
    finally:
        cluster.remove()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return {"people": people, "counts": {k: counts.get(k) for k in ("young_people", "contacts", "plans", "workers")},
            "load_into_server_s": round(load_s, 1), "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "results": results}


def _stress_laptop(args) -> dict:
    """One simulated laptop: log a contact, sync, wait a few seconds; for ``minutes``."""
    path, key, login, info, minutes, seed = args
    import random

    from careleaver_app.app import build_services
    from careleaver_app.domain.contacts import Contact, ContactType
    from careleaver_app.services.context import Clock
    from careleaver_app.storage import sync
    from careleaver_app.storage.store import Store

    rng = random.Random(seed)
    store = Store.open(path, key)
    services = build_services(store, Clock())
    mine = [r["id"] for r in store.query("SELECT id FROM young_people WHERE allocated_pa_id = ?", [store.actor])]
    logged, syncs, errors = [], 0, []
    end = time.monotonic() + minutes * 60
    n = 0
    while time.monotonic() < end:
        n += 1
        cid = services.contacts.log(Contact(rng.choice(mine), datetime.now().replace(microsecond=0) - timedelta(minutes=n),
                                            ContactType.TEXT, store.actor, summary=f"{login} stress {n}"))
        logged.append(cid)
        try:
            sync.sync(store)
            syncs += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(rng.uniform(1, 4))
    for _ in range(5):  # whatever is still waiting goes now
        try:
            sync.sync(store)
            break
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")
    waiting = sync.waiting(store)
    store.close()
    return {"login": login, "logged": logged, "syncs": syncs, "errors": errors, "waiting": waiting}


def stress(cluster, dbname, info, folder, pas, laptops, minutes) -> dict:
    from careleaver_app.storage import sync
    from careleaver_app.storage.server import admin

    a = cluster.admin_conninfo()
    jobs = []
    for i, wid in enumerate(pas[:laptops]):
        login = f"stress_{i}"
        admin.add_worker(a, dbname, name="", team=None, login=login, password=PASSWORD, worker_id=wid)
        key = os.urandom(32)
        from careleaver_app.storage.store import Store

        s = Store.open(folder / f"{login}.db", key)
        sync.join(s, info, login, PASSWORD)
        s.close()
        jobs.append((folder / f"{login}.db", key, login, info, minutes, i))
    t = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
        outcomes = pool.map(_stress_laptop, jobs)
    elapsed = time.perf_counter() - t
    logged = [cid for o in outcomes for cid in o["logged"]]
    with admin.connect(cluster.admin_conninfo(dbname)) as pg:
        on_server = pg.execute("SELECT id FROM cl.contacts WHERE summary LIKE 'stress_%'").fetchall()
        deadlocks = pg.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").fetchone()[0]
    server_ids = [r[0] for r in on_server]
    lost = set(logged) - set(server_ids)
    duplicated = len(server_ids) - len(set(server_ids))
    errors = [e for o in outcomes for e in o["errors"]]
    ok = not lost and not duplicated and not deadlocks and all(o["waiting"] == 0 for o in outcomes)
    return dict(key="stress", label=f"{len(jobs)} laptops syncing every few seconds for {minutes:g} minutes "
                f"({len(logged)} contacts, {sum(o['syncs'] for o in outcomes)} syncs)", median_ms=round(elapsed * 1000),
                budget="no lost or duplicated operation, no deadlock", within=ok,
                note=f"lost {len(lost)}, duplicated {duplicated}, deadlocks {deadlocks}, sync errors {len(errors)}"
                     + (f" (first: {errors[0]})" if errors else ""))


def table(report: dict) -> str:
    lines = ["| Operation | Median | Budget | Within | Reference | × ref |", "|---|---:|---|:-:|---:|---:|"]
    for r in report["results"]:
        ref = f"{r['sql_ms']:.1f} ms" if r.get("sql_ms") is not None else ""
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else ""
        note = f" ({r['note']})" if r.get("note") else ""
        lines.append(f"| {r['label']}{note} | {r['median_ms']} ms | {r['budget']} | {'yes' if r['within'] else '**no**'} | "
                     f"{ref} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--people", type=int, default=2000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--data", type=Path, default=ROOT / "data")
    p.add_argument("--out", type=Path, default=ROOT / "results" / "sync.json")
    p.add_argument("--stress-minutes", type=float, default=0, help="also run the many-laptops stress test for this long")
    p.add_argument("--laptops", type=int, default=20)
    args = p.parse_args(argv)
    report = measure(args.people, args.runs, args.data, args.stress_minutes, args.laptops)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
