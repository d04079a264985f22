"""Command line: ``careleaver-app`` (the GUI) and its sub-commands.

Every command takes ``--db PATH``; without it the user's own store in the platform's
per-user data folder is used. Errors are printed as one calm line, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from platformdirs import user_data_path

from . import __version__
from .domain.dates import parse_uk_date
from .domain.errors import ExportRefused, NotAllowed, NotFound, ValidationError
from .storage.errors import StoreError

APP_NAME = "careleaver_app"


PASSPHRASE_ENV = "CARELEAVER_PASSPHRASE"
MY_PLAN_PASSWORD_ENV = "CARELEAVER_MY_PLAN_PASSWORD"


def pause(seconds: float) -> None:
    time.sleep(seconds)


class CliError(Exception):
    """A calm one-line message for the person at the command line."""


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "careleaver.db"


def read_secret(env: str, prompt: str, *, confirm: bool = False, what: str = "passphrase", no_terminal: str = "",
                error: type[Exception] = CliError) -> str:
    """A passphrase or password from the environment variable ``env`` (taken out of the environment
    as it is read, so nothing this process starts inherits it), or typed at the terminal (twice with
    ``confirm``). Without a terminal, ``error`` says which variable to set (``no_terminal``, or a
    plain sentence); typed twice unalike, it says the two ``what``s are not the same."""
    value = os.environ.pop(env, None)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise error(no_terminal or f"set {env} or run this in a terminal to type it")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != value:
        raise error(f"the two {what}s are not the same")
    return value


def read_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    """The store's passphrase: from CARELEAVER_PASSPHRASE, or typed at the terminal."""
    return read_secret(PASSPHRASE_ENV, prompt, confirm=confirm, no_terminal=(
        f"the store is encrypted: set {PASSPHRASE_ENV} or run this in a terminal to type the passphrase"))


def open_store(path: Path):
    """Open an existing encrypted store for a command."""
    from .services.access import AccessState, StoreAccess

    access = StoreAccess(path)
    state = access.state()
    if state == AccessState.NEW:
        raise CliError(f"there is no database at {path}: start the app to create one, or use demo-data")
    if state == AccessState.PLAINTEXT:
        raise CliError(f"{path} is not encrypted yet: open it in the app once to encrypt it")
    if state in (AccessState.NO_KEY_FILE, AccessState.KEY_FILE_DAMAGED):
        from .storage.keys import DAMAGED, KeyFileDamaged, KeyFileMissing

        if state == AccessState.NO_KEY_FILE:
            raise KeyFileMissing("The key file that holds this database's key is missing.",
                                 hint="Open the app and type the recovery key your team manager keeps: it sets a new passphrase.")
        raise KeyFileDamaged(DAMAGED, hint="Your passphrase may well be right. Open the app and type the recovery key your "
                                           "team manager keeps: it opens the store and sets a new passphrase.")
    wait = access.seconds_to_wait()
    if wait:  # wrong passphrases slow down here too: the count is kept beside the store
        print(f"careleaver-app: too many wrong passphrases: waiting {wait} second{'s' if wait != 1 else ''}", file=sys.stderr)
        pause(wait)
    store = access.unlock(read_passphrase())
    if store.audit_problem:
        print(f"careleaver-app: warning: {store.audit_problem}. Open the app to restore a backup, or to record that "
              "this has been seen.", file=sys.stderr)
    return store


def _date_arg(text: str):
    try:
        return parse_uk_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="the database file (default: your own store in the per-user data folder)")

    parser = argparse.ArgumentParser(
        prog="careleaver-app",
        description="Casework for personal advisers supporting care leavers. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"careleaver-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="open on a freshly generated synthetic caseload in a throw-away folder")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once it is populated, then exit")
    parser.add_argument("--view", default="worktray", help="with --screenshot: which view to show (worktray, caseload, team, record, plan, contacts, chronology, living, eet, money, health, cover, returns, dashboard, contact-dialog, pdf-preview)")
    parser.add_argument("--dark", action="store_true", help="use a dark palette (if the system's own is not dark)")
    parser.add_argument("--person", metavar="ID", help="with --view record: whose record")
    parser.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="treat this date as today (for reports and screenshots)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo-data", parents=[common], help="write a synthetic caseload into a new database")
    demo.add_argument("--people", type=int, default=60, help="how many young people (default 60)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="the day the history runs up to (default today)")
    demo.add_argument("--contact-gap-days", type=int, default=10, metavar="N",
                      help="mean days between contacts (default 10; 5 gives county-scale contact logs)")

    people = sub.add_parser("people", parents=[common], help="list young people: id, name, allocated PA (tab-separated)")
    people.add_argument("--all", action="store_true", help="include archived records")

    imp = sub.add_parser("import", help="import records from a file")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    caseload = imp_sub.add_parser("caseload", parents=[common], help="young people from a CSV (columns in docs/import.md)")
    caseload.add_argument("--csv", required=True, metavar="FILE", help="the CSV file")
    caseload.add_argument("--check", action="store_true", help="only check the file; import nothing")

    aud = sub.add_parser("audit", help="the audit trail")
    aud_sub = aud.add_subparsers(dest="what", metavar="WHAT", required=True)
    aud_sub.add_parser("verify", parents=[common], help="check that no audit entry was changed, removed or reordered")

    pdf = sub.add_parser("pdf", help="print a document to a PDF file")
    pdf_sub = pdf.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    plan = pdf_sub.add_parser("plan", parents=[common], help="a young person's pathway plan")
    plan.add_argument("--person", required=True, metavar="ID", help="the young person's id (see `people`)")
    plan.add_argument("--version", type=int, help="which version (default: the current one)")
    plan.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF")
    plan.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="treat this date as today")
    cover = pdf_sub.add_parser("cover", parents=[common], help="the duty cover summary for an absent PA's caseload")
    cover.add_argument("--worker", required=True, metavar="NAME", help="the PA who is away (their name as in the app)")
    cover.add_argument("--from", dest="start", required=True, type=_date_arg, metavar="DD/MM/YYYY", help="first day of cover")
    cover.add_argument("--to", dest="end", required=True, type=_date_arg, metavar="DD/MM/YYYY", help="last day of cover")
    cover.add_argument("--redacted", action="store_true", help="leave out addresses and other people's names and numbers")
    cover.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF")
    cover.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="treat this date as today")

    exp = sub.add_parser("export", help="statutory returns, and a young person's own copies")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    oc3 = exp_sub.add_parser("oc3", parents=[common], help="the 903 care-leaver files (OC3 and Header) for a collection year")
    oc3.add_argument("--year", required=True, type=int, metavar="YYYY",
                     help="the year the collection ends: 2026 is 1 April 2025 to 31 March 2026")
    oc3.add_argument("--out", metavar="DIR", help="the folder to write OC3_YYYY.csv and Header_YYYY.csv into")
    oc3.add_argument("--check", action="store_true", help="only run the DfE checks and list what fails; write nothing")
    oc3.add_argument("--include-failing", action="store_true",
                     help="write the file anyway: every row that passes, and OC3_YYYY_failing.csv listing the rows that fail "
                          "(rule, problem, fix); the exit code is 1 while any fail")
    annex = exp_sub.add_parser("annex-a", parents=[common], help="Ofsted Annex A List 9 (care leavers) as .xlsx or .csv")
    annex.add_argument("--as-at", dest="report_as_at", required=True, type=_date_arg, metavar="DD/MM/YYYY", help="the list's date")
    annex.add_argument("--out", required=True, metavar="FILE", help="FILE.xlsx (Excel workbook) or FILE.csv")
    record = exp_sub.add_parser("record", parents=[common],
                                help="everything held about a young person, for their subject access request (PDF and JSON)")
    record.add_argument("--person", required=True, metavar="ID", help="the young person's id (see `people`)")
    record.add_argument("--out", required=True, metavar="DIR", help="the folder to write the PDF and the JSON into")
    record.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="treat this date as today")
    my_plan = exp_sub.add_parser("my-plan", parents=[common],
                                 help="a young person's own copy of their current plan, as one web page for their phone")
    my_plan.add_argument("--person", required=True, metavar="ID", help="the young person's id (see `people`)")
    my_plan.add_argument("--out", required=True, metavar="FILE", help="where to write the page (FILE.html)")
    my_plan.add_argument("--easy-read", action="store_true", help="short sentences, one idea a line")
    my_plan.add_argument("--lock", action="store_true",
                         help=f"lock it with a password (from {MY_PLAN_PASSWORD_ENV}, or typed twice at the terminal)")
    my_plan.add_argument("--as-at", type=_date_arg, metavar="DD/MM/YYYY", help="treat this date as today")

    rep = sub.add_parser("report", help="management reports")
    rep_sub = rep.add_subparsers(dest="what", metavar="WHAT", required=True)
    dash = rep_sub.add_parser("dashboard", parents=[common], help="the dashboard as a PDF for a management meeting")
    dash.add_argument("--as-at", dest="report_as_at", type=_date_arg, metavar="DD/MM/YYYY", help="the figures' date (default today)")
    dash.add_argument("--team", metavar="NAME", help="only this team (default: the whole service)")
    dash.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF")

    from .cli_team import add_parsers

    add_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .hardening import disable_core_dumps

    disable_core_dumps()  # a crash must not write the decrypted records and keys to a core file
    parser = build_parser()
    args = parser.parse_args(argv)
    from .cli_team import TeamCliError
    from .cli_team import run as run_team_command

    try:
        code = run_team_command(args)
        if code is not None:
            return code
        if args.command == "demo-data":
            return cmd_demo_data(args)
        if args.command == "people":
            return cmd_people(args)
        if args.command == "pdf":
            return cmd_pdf(args)
        if args.command == "import":
            return cmd_import(args)
        if args.command == "audit":
            return cmd_audit(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "report":
            return cmd_report(args)
        return cmd_gui(args)
    except StoreError as exc:
        print(f"careleaver-app: {exc.user_message()}", file=sys.stderr)
        return 2
    except (ValidationError, NotFound, NotAllowed, ExportRefused, CliError, TeamCliError) as exc:
        print(f"careleaver-app: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("careleaver-app: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last resort: one calm line, never a traceback
        return last_resort(exc)


def last_resort(exc: BaseException) -> int:
    """A bug: say so in one line, and log where it happened (never its message, which can quote
    what was typed)."""
    from .logs import log_fault, log_folder, setup_logging

    where = ""
    try:
        setup_logging()
        log_fault(exc)
        where = f" Where it happened (no personal information) is in the log in {log_folder()}."
    except Exception:  # noqa: BLE001 - nowhere to log: still one calm line
        pass
    print(f"careleaver-app: something went wrong inside the app ({type(exc).__name__}); what was saved before is safe."
          f"{where}", file=sys.stderr)
    return 3


def main_gui(argv: list[str] | None = None) -> int:
    """The windowed entry point (``careleaver-app-gui``; on Windows the one the Start menu opens,
    with no console window behind it). A windowed process has no standard streams, so it gets
    empty ones: a message meant for a terminal is dropped instead of failing."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))
    return main(argv)


def _db_path(args) -> Path:
    return Path(args.db) if args.db else default_db_path()


def _clock(args):
    from .services.context import Clock

    return Clock(getattr(args, "as_at", None))


def cmd_demo_data(args) -> int:
    from .demo import generate_demo
    from .services.access import StoreAccess

    path = _db_path(args)
    if args.people < 1:
        print("careleaver-app: --people must be at least 1", file=sys.stderr)
        return 2
    if not 1 <= args.contact_gap_days <= 365:
        print("careleaver-app: --contact-gap-days must be from 1 to 365", file=sys.stderr)
        return 2
    if path.exists() and path.stat().st_size > 0:
        print(f"careleaver-app: {path} already exists: demo data goes into a new file only (choose another --db)", file=sys.stderr)
        return 2
    passphrase = read_passphrase("Passphrase for the new store: ", confirm=True)
    store, recovery = StoreAccess(path).create(passphrase, passphrase)
    try:
        summary = generate_demo(store, people=args.people, seed=args.seed, today=args.as_at, contact_gap_days=args.contact_gap_days)
    finally:
        store.close()
    print(f"Wrote {len(summary.people)} synthetic young people to {path} (encrypted)")
    print(f"Recovery key: {recovery}", file=sys.stderr)
    return 0


def _services(args):
    from .app import build_services

    return build_services(open_store(_db_path(args)), _clock(args))


def cmd_people(args) -> int:
    from .services.people import Scope, ScopeKind

    services = _services(args)
    try:
        rows = services.people.caseload(Scope(ScopeKind.ALL), include_archived=args.all)
        for r in rows:
            print(f"{r.id}\t{r.legal_name}\t{r.pa_name}")
    finally:
        services.store.close()
    return 0


def cmd_pdf(args) -> int:
    from .safe_files import write_private

    services = _services(args)
    try:
        if args.document == "plan":
            services.people.get(args.person)
            versions = services.plans.versions(args.person)
            if not versions:
                raise NotFound("This young person has no pathway plan yet.")
            chosen = versions[0] if args.version is None else next((v for v in versions if v.version == args.version), None)
            if chosen is None:
                raise NotFound(f"There is no version {args.version}: versions are {', '.join(str(v.version) for v in versions)}.")
            data = services.plans.pdf(chosen.id)
            write_private(args.out, data)
            services.store.audit("export", "plans", chosen.id, [], "pathway plan PDF (command line)")
        elif args.document == "cover":
            worker = services.workers.find_by_name(args.worker)
            if worker is None:
                names = ", ".join(w.name for w in services.workers.workers() if w.role.value == "pa")
                raise CliError(f"there is no worker called {args.worker!r}: PAs here are {names}")
            absence = next((a for a in services.cover.absences() if a.worker_id == worker.id and a.in_force(args.start)), None)
            data = services.cover.summary_pdf(worker.id, args.start, args.end, redacted=args.redacted, absence=absence)
            write_private(args.out, data)
    finally:
        services.store.close()
    print(f"Wrote {args.out}")
    return 0


def _my_plan_password() -> str:
    """The password for a locked My plan: from CARELEAVER_MY_PLAN_PASSWORD, or typed twice at the terminal."""
    return read_secret(MY_PLAN_PASSWORD_ENV, "Password for their copy: ", confirm=True, what="password", no_terminal=(
        f"--lock: set {MY_PLAN_PASSWORD_ENV} or run this in a terminal to type the password"))


def cmd_export(args) -> int:
    password = _my_plan_password() if args.what == "my-plan" and args.lock else None
    services = _services(args)
    try:
        if args.what == "oc3":
            return _export_oc3(services, args)
        if args.what == "record":
            services.people.get(args.person)
            pdf, data = services.subject_access.export(args.person, args.out)
            print(f"Wrote {pdf}\nWrote {data}")
            return 0
        if args.what == "my-plan":
            from .safe_files import write_private

            services.people.get(args.person)
            page = services.plans.my_plan(args.person, easy_read=args.easy_read, password=password)
            write_private(args.out, page.encode("utf-8"))
            print(f"Wrote {args.out}" + (" (locked with a password)" if password else ""))
            return 0
        path = services.returns.write_annex_a(args.report_as_at, args.out)
        print(f"Wrote {path}")
        return 0
    finally:
        services.store.close()


def _export_oc3(services, args) -> int:
    """Exit 0 when every row passes, 1 when rows fail (listed; with --include-failing the file is
    written without them), 2 when nothing could be done."""
    from .services.returns import year_label

    result = services.returns.oc3(args.year)
    for f in result.failures:
        la_id = result.facts[f.person_id].la_id or "(no LA ID)"
        print(f"{la_id}\trule {f.rule}\t{f.problem}\tfix: {f.fix}\t{f.effect}")
    failing = len(result.failing_ids)
    summary = f"{year_label(args.year)}: {len(result.rows)} rows, {len(result.blocking)} failing checks ({failing} young people)"
    if args.check:
        print(summary, file=sys.stderr)
        for note in result.notes:
            print(note, file=sys.stderr)
        return 1 if result.blocking else 0
    if not args.out:
        raise CliError("give --out DIR (the folder to write into), or --check to check only")
    for path in services.returns.write_oc3(args.year, args.out, include_failing=args.include_failing):
        print(f"Wrote {path}")
    print(summary + (f": their rows were left out and are listed in OC3_{args.year}_failing.csv" if failing else ""), file=sys.stderr)
    for note in result.notes:
        print(note, file=sys.stderr)
    return 1 if result.blocking else 0


def cmd_report(args) -> int:
    from .services.people import Scope, ScopeKind

    services = _services(args)
    try:
        scope = Scope(ScopeKind.ALL)
        if args.team:
            team = next((t for t in services.workers.teams() if t.name.casefold() == args.team.strip().casefold()), None)
            if team is None:
                raise CliError(f"there is no team called {args.team!r}: teams are {', '.join(t.name for t in services.workers.teams())}")
            member = next((w for w in services.workers.workers(include_inactive=True) if w.team_id == team.id), None)
            if member is None:
                raise CliError(f"nobody works in {team.name}")
            scope = Scope(ScopeKind.TEAM, member.id)
        services.dashboard.write_pdf(scope, args.report_as_at, args.out)
    finally:
        services.store.close()
    print(f"Wrote {args.out}")
    return 0


def cmd_import(args) -> int:
    from .domain.importing import MAX_BYTES

    try:
        with open(args.csv, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CliError(f"cannot read {args.csv}: {exc.strerror or exc}") from None
    services = _services(args)
    try:
        result = services.importer.check(data)
        for p in result.problems:
            print(str(p), file=sys.stderr)
        if result.problems:
            print(f"careleaver-app: nothing imported: {len(result.problems)} problem(s) to put right", file=sys.stderr)
            return 2
        if args.check:
            print(f"{len(result.rows)} young people ready to import")
            return 0
        n = services.importer.apply(data)
    finally:
        services.store.close()
    print(f"Imported {n} young people")
    return 0


def cmd_audit(args) -> int:
    services = _services(args)
    try:
        result = services.store.verify_audit()
    finally:
        services.store.close()
    print(str(result), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def cmd_gui(args) -> int:
    from .gui.launch import run_gui

    workdir = None
    if args.demo:
        if args.db:
            print("careleaver-app: --demo makes its own throw-away database: leave out --db", file=sys.stderr)
            return 2
        workdir = Path(tempfile.mkdtemp(prefix="careleaver-demo-"))
        path = workdir / "demo.db"
    else:
        path = _db_path(args)
    try:
        return run_gui(path, demo=args.demo, screenshot=args.screenshot, view=args.view, person=args.person, as_at=args.as_at,
                       dark=args.dark)
    finally:
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
