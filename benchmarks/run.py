"""The benchmark runner: is the app instant at county scale?

    python -m benchmarks.run                    # 2,000 young people, 5 runs each (the README table)
    python -m benchmarks.run --people 30 --runs 1 --out /tmp/smoke.json   # a smoke run

The synthetic county-scale store is generated once into benchmarks/data/ and reused. Each
operation runs once to warm up, then ``--runs`` times; the median is reported beside its budget
and, for the data-heavy operations, beside a plain SQL query that fetches the same rows (the
ratio shows what the app adds). Cold starts are separate processes. Prints a table and writes
JSON.

Budgets travel: each was set in milliseconds on a 2-core machine like the project's CI, beside a
reference measured there (the plain SQL query fetching the same rows where that takes long
enough to time well, otherwise the minimal PySide6 window's cold start). Each run measures the
same reference again and judges the operation against the budget scaled by it (a machine or a
slow spell twice as slow has twice the budget); the table shows both. Cold start is judged
against the bare window as full as the app's, measured in the same run (at most 2.5 times it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.timing import median_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)  # the data's "today", fixed so every run measures the same records
PASSPHRASE = "synthetic demo only"  # the demo passphrase: the data is synthetic


MINIMAL, SQL, BARE, ABSOLUTE = "minimal window", "plain SQL", "bare window", "absolute"


@dataclass(frozen=True)
class Budget:
    """``limit`` (ms, or MB for memory) where ``reference`` took ``reference_at_budget`` ms: on the
    2-core machine the budgets were set on (the run of 22/11/2026 in benchmarks/results). A BARE
    budget is a multiple of the bare window; an ABSOLUTE one is not scaled (memory)."""
    limit: float
    reference: str
    reference_at_budget: float = 0.0


MINIMAL_AT_BUDGET = 85.5  # ms: the minimal window's cold start where the budgets were set
STARTUP_TIMES_BARE = 2.5  # the app's start: at most 2.5 x a bare window as full as the app's (issue 10)
# Plain SQL is the reference where it takes 10 ms or more there (shorter queries vary between runs
# by more than a budget's margin), otherwise the minimal window.
BUDGETS = {
    "cold_start": Budget(STARTUP_TIMES_BARE, BARE),
    "record_open": Budget(50, MINIMAL, MINIMAL_AT_BUDGET),
    "record_tab": Budget(50, MINIMAL, MINIMAL_AT_BUDGET),
    "caseload_filter": Budget(50, MINIMAL, MINIMAL_AT_BUDGET),
    "caseload_all": Budget(200, SQL, 12.7),
    "search": Budget(50, MINIMAL, MINIMAL_AT_BUDGET),
    "worktray_team": Budget(200, MINIMAL, MINIMAL_AT_BUDGET),
    "dashboard_service": Budget(200, SQL, 67.1),
    "plan_pdf": Budget(300, MINIMAL, MINIMAL_AT_BUDGET),
    "cover_pdf": Budget(3000, MINIMAL, MINIMAL_AT_BUDGET),
    "export_oc3": Budget(2000, SQL, 289.5),
    "export_annex_a": Budget(2000, SQL, 307.2),
    "peak_memory": Budget(400, ABSOLUTE),
}


@dataclass
class Result:
    key: str
    label: str
    median_ms: float
    budget: str = ""
    within: bool = False
    sql_ms: float | None = None
    ratio: float | None = None
    runs: int = 0
    note: str = ""
    reference: str = ""  # what the budget is judged against in this run
    reference_ms: float | None = None  # that reference, measured in this run
    budget_here: float | None = None  # the budget scaled by it: what this run is judged on

    def judge(self, minimal_ms: float, bare_ms: float) -> None:
        """Judge against the budget scaled by this run's own reference (see BUDGETS)."""
        b = BUDGETS[self.key]
        self.reference = b.reference
        if b.reference == BARE:
            self.reference_ms, here = round(bare_ms, 1), b.limit * bare_ms
            self.budget = f"≤ {b.limit} × bare window"
        elif b.reference == ABSOLUTE:
            self.reference_ms, here = None, b.limit
            self.budget = f"< {b.limit:g} MB"
        else:
            now = minimal_ms if b.reference == MINIMAL else self.sql_ms
            self.reference_ms = round(now, 1)
            here = b.limit * now / b.reference_at_budget
            self.budget = f"< {b.limit:g} ms where {b.reference} took {b.reference_at_budget:g} ms"
        self.budget_here = round(here, 1)
        self.within = self.median_ms <= here if b.reference == BARE else self.median_ms < here


# -- the data ------------------------------------------------------------------------------------

def ensure_data(people: int, gap: int, folder: Path) -> Path:
    """Generate the synthetic store once (through the app's own command) and reuse it."""
    path = folder / f"county-{people}-gap{gap}.db"
    from careleaver_app.storage.keys import key_file_for

    if path.exists() and key_file_for(path).exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    env = dict(os.environ, CARELEAVER_PASSPHRASE=PASSPHRASE)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from careleaver_app.cli import main; sys.exit(main())", "demo-data", "--people", str(people), "--contact-gap-days",
                    str(gap), "--as-at", TODAY.strftime("%d/%m/%Y"), "--db", str(path)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"Generated {path.name} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return path


# -- cold start ----------------------------------------------------------------------------------

def _cold_start_ms(args: list[str], env: dict) -> float:
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.startup", *args], cwd=ROOT.parent, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - t) * 1000
    _, err = proc.communicate(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"cold start did not finish: {err[-2000:]}")
    return elapsed


def compile_app() -> None:
    """Write the app's bytecode first, as installing it does (pip compiles a package on install).
    An editable checkout has none, and where PYTHONDONTWRITEBYTECODE is set (this machine) Python
    never writes it, so every start would compile the app's modules from source again."""
    import compileall

    import careleaver_app

    compileall.compile_dir(Path(careleaver_app.__file__).parent, quiet=1)


def cold_starts(db: Path, key: bytes, runs: int) -> tuple[float, float, float]:
    """Median cold starts of the minimal window, a bare window as full as the app's (no app
    code: the floor for that much on screen), and the app, interleaved so all three see the same
    machine state."""
    compile_app()
    scratch = tempfile.mkdtemp(prefix="clbench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CARELEAVER_BENCH_KEY=key.hex(), XDG_CONFIG_HOME=scratch,
               XDG_STATE_HOME=scratch, XDG_DATA_HOME=scratch, XDG_CACHE_HOME=scratch)
    minimal, bare, app = [], [], []
    _cold_start_ms(["minimal"], env)  # warm the file cache for all three
    _cold_start_ms(["bare", str(db)], env)
    _cold_start_ms(["app", str(db)], env)
    for _ in range(runs):
        minimal.append(_cold_start_ms(["minimal"], env))
        bare.append(_cold_start_ms(["bare", str(db)], env))
        app.append(_cold_start_ms(["app", str(db)], env))
    return statistics.median(minimal), statistics.median(bare), statistics.median(app)


# -- in-process measurements ----------------------------------------------------------------------

def measure(db: Path, key: bytes, runs: int) -> list[Result]:
    from PySide6.QtCore import QEvent

    from careleaver_app.app import build_services
    from careleaver_app.gui.ask import ask
    from careleaver_app.gui.caseload import CaseloadPage
    from careleaver_app.gui.launch import make_application
    from careleaver_app.gui.record import RecordPage
    from careleaver_app.services.context import Clock
    from careleaver_app.services.people import Scope, ScopeKind
    from careleaver_app.storage.store import Store

    ask.interactive = False
    app = make_application()
    store = Store.open(db, key)
    s = build_services(store, Clock(TODAY))
    q = store.query
    me = s.workers.current()
    team = Scope(ScopeKind.TEAM, me.id)
    everyone = Scope(ScopeKind.ALL)
    out: list[Result] = []

    def add(key_, label, fn, sql=None, note="", shared=False):
        """``shared``: the result is remembered until the data changes; the budget is measured
        from scratch (as after a change), and the remembered time is noted."""
        ms = median_ms(fn, runs, before=store.forget)
        if shared:
            again = median_ms(fn, runs)
            note = (note + "; " if note else "") + f"{again:.1f} ms when shown again with no change"
        sql_ms = median_ms(sql, runs) if sql else None
        out.append(Result(key_, label, round(ms, 1), sql_ms=None if sql_ms is None else round(sql_ms, 1),
                          ratio=None if not sql_ms else round(ms / sql_ms, 1), runs=runs, note=note))

    # A record: the young person with the longest contact log. A record opens on its details and
    # each other tab reads its data the first time it is looked at, so the wait a PA meets is the
    # opening or one tab's first look; both are measured, and all of them together is noted.
    busiest = q("SELECT person_id FROM contacts GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")[0]["person_id"]
    n_contacts = store.scalar("SELECT count(*) FROM contacts WHERE person_id = ?", [busiest])
    from careleaver_app.gui.record import LAZY_TABS

    def close(page) -> None:
        """Delete a page now, as the app's event loop would (processEvents alone leaves it)."""
        page.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def open_record():
        page = RecordPage(s, busiest, me)
        app.processEvents()
        close(page)

    def record_sql():
        for t in ("young_people WHERE id", "care_periods WHERE person_id", "key_people WHERE person_id", "allocations WHERE person_id",
                  "plans WHERE person_id", "contacts WHERE person_id", "accommodation_episodes WHERE person_id",
                  "eet_episodes WHERE person_id", "health_records WHERE person_id", "chronology_events WHERE person_id"):
            q(f"SELECT * FROM {t} = ?", [busiest])

    add("record_open", "Open a young person's record", open_record, record_sql,
        f"the longest contact log: {n_contacts} contacts")

    def tab_looks() -> dict[str, float]:
        page = RecordPage(s, busiest, me)
        app.processEvents()
        out = {}
        for name, _title in LAZY_TABS:
            t = time.perf_counter()
            page.go_to(name)
            app.processEvents()
            out[name] = (time.perf_counter() - t) * 1000
        close(page)
        return out

    tab_looks()  # warm up
    looks = [tab_looks() for _ in range(runs)]
    per_tab = {name: statistics.median(lk[name] for lk in looks) for name, _t in LAZY_TABS}
    slowest = max(per_tab, key=per_tab.get)
    every = out[-1].median_ms + sum(per_tab.values())
    out.append(Result("record_tab", "First look at each tab of that record (the slowest tab)", round(per_tab[slowest], 1), runs=runs,
                      note=f"{slowest}; opening and looking at all {len(per_tab)} tabs: {every:.0f} ms in all"))

    # The whole service's caseload, filtered as a user types a name.
    page = CaseloadPage(s.people, s.workers, me)
    page.set_scope(everyone)
    app.processEvents()
    word = next(r.legal_name for r in page.visible_rows() if len(r.legal_name.split()[-1]) >= 4).split()[-1]
    prefixes = [word[: i + 1] for i in range(min(4, len(word)))]

    def type_filter():
        for p in prefixes:
            page.filter_edit.setText(p)
            app.processEvents()
        page.filter_edit.setText("")

    add("caseload_filter", "Filter the whole service's caseload, per keystroke",
        lambda: type_filter(), lambda: [q("SELECT id FROM young_people WHERE legal_name LIKE ?", [f"%{p}%"]) for p in prefixes],
        f"{len(page.visible_rows())} young people; typing “{word[:4]}”")
    out[-1].median_ms = round(out[-1].median_ms / len(prefixes), 1)
    out[-1].sql_ms = round(out[-1].sql_ms / len(prefixes), 1)
    out[-1].ratio = round(out[-1].median_ms / out[-1].sql_ms, 1) if out[-1].sql_ms else None

    add("caseload_all", "Load the whole service's caseload (every column)",
        lambda: s.people.caseload(everyone), lambda: q("SELECT * FROM young_people yp LEFT JOIN workers w ON w.id = yp.allocated_pa_id"),
        shared=True)

    from careleaver_app.storage.contacts import fts_query

    term = "college"  # a word in about one contact note in seven
    matches = store.scalar("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?", [fts_query(term)])

    def fts_sql():
        q("SELECT c.person_id, c.id, snippet(contacts_fts, -1, '', '', '…', 12) FROM contacts_fts JOIN contacts c "
          "ON c.rowid = contacts_fts.rowid WHERE contacts_fts MATCH ? ORDER BY contacts_fts.rowid DESC LIMIT 200", [fts_query(term)])

    add("search", "Full-text search over every contact note", lambda: s.search.search(term), fts_sql,
        f"{store.scalar('SELECT count(*) FROM contacts')} contact notes; “{term}” matches {matches}")

    add("worktray_team", "The team's work tray", lambda: s.worktray.items(team), lambda: q(
        "SELECT yp.*, (SELECT max(occurred_at) FROM contacts c WHERE c.person_id = yp.id) AS last FROM young_people yp "
        "JOIN workers w ON w.id = yp.allocated_pa_id WHERE w.team_id = ?", [me.team_id]), shared=True,
        note=f"{len(s.people.caseload(team))} young people")
    add("dashboard_service", "The whole service's dashboard", lambda: s.dashboard.build(everyone), lambda: (
        q("SELECT * FROM young_people"), q("SELECT person_id, max(occurred_at) FROM contacts GROUP BY person_id"),
        q("SELECT * FROM accommodation_episodes"), q("SELECT * FROM eet_episodes"), q("SELECT * FROM health_handovers")), shared=True)

    plan_id = q("SELECT p.id FROM plans p JOIN plan_actions a ON a.plan_id = p.id WHERE p.status = 'final' "
                "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1")[0]["id"]
    add("plan_pdf", "A pathway plan PDF", lambda: s.plans.pdf(plan_id))

    pa = q("SELECT allocated_pa_id AS id, count(*) AS n FROM young_people WHERE archived_at IS NULL AND allocated_pa_id IS NOT NULL "
           "GROUP BY allocated_pa_id ORDER BY abs(count(*) - 40) LIMIT 1")[0]
    add("cover_pdf", "A duty-cover summary PDF",
        lambda: s.cover.summary_pdf(pa["id"], TODAY, TODAY + timedelta(days=14)), note=f"{pa['n']} young people")

    def export_sql():
        q("SELECT person_id, substr(occurred_at, 1, 10), contact_type FROM contacts")
        q("SELECT * FROM accommodation_episodes")
        q("SELECT * FROM suitability_assessments")
        q("SELECT * FROM eet_episodes")

    def oc3():
        result = s.returns.oc3(2026)
        from careleaver_app.domain.returns import OC3_COLUMNS
        from careleaver_app.exports.csv_safe import csv_bytes
        csv_bytes(OC3_COLUMNS, [r.cells() for r in result.rows], bom=False)

    add("export_oc3", "The 903 OC3 export (checks and file) for 2025-26", oc3, export_sql)
    add("export_annex_a", "Annex A List 9 workbook for the whole service", lambda: s.returns.annex_a_xlsx(TODAY), export_sql)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    out.append(Result("peak_memory", "Peak memory (MB) of the app doing all of the above", round(peak, 1), runs=runs))
    store.close()
    return out


def run(people: int, runs: int, gap: int, out_path: Path | None, data: Path = ROOT / "data") -> dict:
    db = ensure_data(people, gap, data)
    from careleaver_app.storage import keys

    key = keys.unlock(db, PASSPHRASE)
    minimal, bare, app = cold_starts(db, key, runs)
    results = [Result("cold_start", "Cold start to a PA's caseload window (vs a bare window as full as the app's)", round(app, 1),
                      ratio=round(app / bare, 2), runs=runs,
                      note=f"a bare window, no app code, {bare:.0f} ms; the minimal window {minimal:.0f} ms "
                           f"(the app is {app / minimal:.2f} × minimal)")]
    results += measure(db, key, runs)
    for r in results:
        r.judge(minimal, bare)
    from careleaver_app.storage.store import Store

    st = Store.open(db, key)
    counts = {t: st.scalar(f"SELECT count(*) FROM {t}") for t in ("young_people", "workers", "teams", "contacts", "plans",
                                                                  "plan_actions", "accommodation_episodes", "eet_episodes")}
    st.close()
    report = {"people": people, "runs": runs, "contact_gap_days": gap, "counts": counts, "database_mb": round(db.stat().st_size / 1e6),
              "machine": {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count()},
              "minimal_window_ms": round(minimal, 1), "bare_window_ms": round(bare, 1),
              "minimal_window_at_budget_ms": MINIMAL_AT_BUDGET, "results": [asdict(r) for r in results],
              "all_within_budget": all(r.within for r in results)}
    print(table(report))
    if out_path:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(report, indent=2) + "\n")
    return report


def table(report: dict) -> str:
    c = report["counts"]
    lines = [f"{report['people']} young people, {c['contacts']} contacts, {c['plans']} plan versions, {c['workers']} workers in "
             f"{c['teams']} teams; median of {report['runs']} runs",
             f"This run's references: the minimal window {report['minimal_window_ms']:.0f} ms (budgets were set where it took "
             f"{report['minimal_window_at_budget_ms']:g} ms), the bare window {report['bare_window_ms']:.0f} ms, and each "
             "operation's plain SQL query.",
             "",
             "| Operation | Median | Budget | Reference in this run | Budget in this run | Within | Plain SQL | × SQL |",
             "|---|---:|---|---|---:|:-:|---:|---:|"]
    for r in report["results"]:
        unit = " MB" if r["key"] == "peak_memory" else " ms"
        sql = f"{r['sql_ms']:.1f} ms" if r["sql_ms"] is not None else ""
        ratio = f"{r['ratio']}" if r["ratio"] is not None and r["key"] != "cold_start" else (f"{r['ratio']} × bare" if r["ratio"] else "")
        label = r["label"] + (f" ({r['note']})" if r["note"] else "")
        reference = f"{r['reference']} {r['reference_ms']:.1f} ms" if r["reference_ms"] is not None else "none (not a time)"
        lines.append(f"| {label} | {r['median_ms']:.1f}{unit} | {r['budget']} | {reference} | {r['budget_here']:.1f}{unit} | "
                     f"{'yes' if r['within'] else '**no**'} | {sql} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--people", type=int, default=2000, help="young people in the synthetic store (default 2000)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per operation; the median is reported (default 5)")
    p.add_argument("--contact-gap-days", type=int, default=4, help="mean days between contacts (default 4: over 300,000 contacts)")
    p.add_argument("--out", type=Path, default=ROOT / "results" / "latest.json", help="where to write the JSON")
    p.add_argument("--data", type=Path, default=ROOT / "data", help="where the generated store is kept (default benchmarks/data)")
    a = p.parse_args(argv)
    report = run(a.people, max(1, a.runs), a.contact_gap_days, a.out, a.data)
    return 0 if report["results"] else 1


if __name__ == "__main__":
    sys.exit(main())
