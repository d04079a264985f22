"""Smoke-test an installed or frozen careleaver-app, as IT would after installing it.

    python scripts/smoke_test.py [--team] APP [ARG ...]

APP (with any leading ARGs) is how the app is started: ``careleaver-app`` from an installed wheel,
``dist/careleaver_app/careleaver-app`` for the frozen app. Every command runs from the
filesystem's root folder (never the project folder, so nothing is found there by accident) on a
synthetic store in a temporary folder, offscreen. It checks that each command succeeds without a
traceback and looks inside what it wrote: the version, a pathway plan PDF, a duty cover summary
PDF, the dashboard PDF, an Ofsted Annex A workbook, the 903 checks, a screenshot of the demo.
With ``--team`` it also starts a throw-away team server (``demo-team --screenshot``), which needs
PostgreSQL's own programs (initdb, pg_ctl) on this machine; without it, it still checks that the
PostgreSQL client library (psycopg's libpq) loads and reports an unreachable server calmly.

Only the standard library, pypdf and openpyxl (both the app's own dependencies) are used, so any
Python that has the app's dependencies can run it. Exit code 0 when everything passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "synthetic demo only"
AS_AT = "22/11/2026"
ROOT = Path(os.path.abspath(os.sep))  # "/" (or the drive's root on Windows)


class SmokeFailure(Exception):
    pass


def run(app: list[str], *args: str, env: dict[str, str], expect: int | tuple[int, ...] = 0, timeout: int = 300) -> str:
    cmd = [*app, *args]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    shown = " ".join(args)
    expected = expect if isinstance(expect, tuple) else (expect,)
    if proc.returncode not in expected:
        raise SmokeFailure(f"`{shown}` exited with {proc.returncode} (expected {expected}):\n{proc.stdout}\n{proc.stderr}")
    if "Traceback" in proc.stderr or "Traceback" in proc.stdout:
        raise SmokeFailure(f"`{shown}` printed a traceback:\n{proc.stderr}")
    print(f"ok   {shown}")
    return proc.stdout


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeFailure(f"{path.name} was not written")
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def expect_in(text: str, needle: str, what: str) -> None:
    if needle not in text:
        raise SmokeFailure(f"{what} does not say {needle!r}")


def smoke(app: list[str], work: Path, *, team: bool) -> None:
    env = dict(os.environ, CARELEAVER_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               # the app's own per-user folders (log, settings) go into the temporary folder too
               XDG_DATA_HOME=str(work / "data"), XDG_STATE_HOME=str(work / "state"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_CACHE_HOME=str(work / "cache"), HOME=str(work / "home"), LOCALAPPDATA=str(work / "local"),
               APPDATA=str(work / "roaming"))
    (work / "home").mkdir()

    version = run(app, "--version", env=env).strip()
    if not re.fullmatch(r"careleaver-app \d+\.\d+\.\d+\S*", version):
        raise SmokeFailure(f"--version printed {version!r}")

    db = work / "store.db"
    run(app, "demo-data", "--people", "12", "--as-at", AS_AT, "--db", str(db), env=env)
    people = [line.split("\t") for line in run(app, "people", "--db", str(db), env=env).splitlines() if line.strip()]
    if not 6 <= len(people) <= 12:  # the demo archives a few of its 12
        raise SmokeFailure(f"people listed {len(people)} young people of the demo's 12")

    plan = work / "plan.pdf"
    for pid, name, _pa in people:  # the first young person who has a plan
        out = subprocess.run([*app, "pdf", "plan", "--person", pid, "--out", str(plan), "--as-at", AS_AT, "--db", str(db)],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        if "Traceback" in out.stderr:
            raise SmokeFailure(f"pdf plan printed a traceback:\n{out.stderr}")
        if out.returncode == 0:
            text = pdf_text(plan)
            expect_in(text, "Pathway plan", "the plan PDF")
            expect_in(text, name, "the plan PDF")
            expect_in(text, "OFFICIAL-SENSITIVE", "the plan PDF")
            print(f"ok   pdf plan (for {len(text)} characters of text)")
            break
    else:
        raise SmokeFailure("no young person's plan printed")

    pa = people[0][2]
    cover = work / "cover.pdf"
    run(app, "pdf", "cover", "--worker", pa, "--from", AS_AT, "--to", "06/12/2026", "--as-at", AS_AT, "--out", str(cover),
        "--db", str(db), env=env)
    text = pdf_text(cover)
    expect_in(text, pa, "the cover summary PDF")
    expect_in(text, "OFFICIAL-SENSITIVE", "the cover summary PDF")

    dashboard = work / "dashboard.pdf"
    run(app, "report", "dashboard", "--as-at", AS_AT, "--out", str(dashboard), "--db", str(db), env=env)
    expect_in(pdf_text(dashboard), "OFFICIAL-SENSITIVE", "the dashboard PDF")

    annex = work / "annex-a.xlsx"
    run(app, "export", "annex-a", "--as-at", AS_AT, "--out", str(annex), "--db", str(db), env=env)
    from openpyxl import load_workbook

    rows = list(load_workbook(annex, read_only=True).active.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    if header[0] != "ChildUniqueID" or "AllocatedPersonalAdvisor" not in header or not data:
        raise SmokeFailure(f"Annex A has the header {header} and {len(data)} rows")
    advisers = {row[header.index("AllocatedPersonalAdvisor")] for row in data}
    if not advisers & {pa_name for _pid, _name, pa_name in people}:
        raise SmokeFailure("Annex A names none of the demo's personal advisers")
    print(f"ok   Annex A workbook ({len(rows)} rows)")

    run(app, "export", "oc3", "--year", "2026", "--check", "--db", str(db), env=env, expect=(0, 1))

    shot = work / "shot.png"
    run(app, "--demo", "--as-at", AS_AT, "--screenshot", str(shot), "--view", "caseload", env=env)
    if not shot.is_file() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n" or shot.stat().st_size < 10_000:
        raise SmokeFailure("the demo's screenshot is missing or empty")

    # The team server's client: psycopg with the libpq inside psycopg-binary (PSYCOPG_IMPL=binary
    # refuses any other, e.g. the machine's own libpq); an unreachable server is a calm message.
    env_join = dict(env, CARELEAVER_SERVER_PASSWORD="not a real password", PSYCOPG_IMPL="binary")
    out = subprocess.run([*app, "team", "join", "--server", "127.0.0.1", "--port", "9", "--council", "smoke",
                          "--login", "nobody", "--db", str(work / "laptop.db")],
                         cwd=ROOT, env=env_join, capture_output=True, text=True, timeout=120)
    if out.returncode != 2 or "Traceback" in out.stderr or "could not be reached" not in out.stderr:
        raise SmokeFailure(f"team join to nowhere: exit {out.returncode}\n{out.stderr}")
    print("ok   team join (no server there: a calm message)")
    if team:
        team_shot = work / "team.png"
        run(app, "demo-team", "--people", "12", "--screenshot", str(team_shot), env=env, timeout=600)
        if not team_shot.is_file() or team_shot.stat().st_size < 10_000:
            raise SmokeFailure("demo-team's screenshot is missing or empty")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--team", action="store_true", help="also start a throw-away team server (needs PostgreSQL's programs)")
    parser.add_argument("app", nargs=argparse.REMAINDER, help="how the app is started, e.g. careleaver-app")
    args = parser.parse_args(argv)
    if not args.app:
        parser.error("say how to start the app, e.g. careleaver-app")
    with tempfile.TemporaryDirectory(prefix="careleaver-smoke-") as folder:
        try:
            smoke(args.app, Path(folder), team=args.team)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
    print("Smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
