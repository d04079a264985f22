"""The team server's commands: ``server …`` (for IT), ``team join`` and ``sync`` (for a worker's
laptop) and ``demo-team``. Kept apart from cli.py, which adds them to its parser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import read_secret

WORKER_PASSWORD_ENV = "CARELEAVER_SERVER_PASSWORD"


class TeamCliError(Exception):
    """A calm one-line message (cli.main prints it)."""


def add_parsers(sub, common) -> None:
    srv = sub.add_parser("server", help="the team server (PostgreSQL): for IT")
    srv_sub = srv.add_subparsers(dest="server_command", metavar="WHAT", required=True)
    where = argparse.ArgumentParser(add_help=False)
    group = where.add_mutually_exclusive_group(required=True)
    group.add_argument("--data", metavar="DIR", help="the folder of a server made by 'server init'")
    group.add_argument("--dsn", metavar="URL", help="an existing PostgreSQL server: a libpq URL for a role that may create "
                                                    "roles and databases (never a worker's login)")
    council = argparse.ArgumentParser(add_help=False)
    council.add_argument("--council", required=True, metavar="CODE", help="the council's code (lower case, e.g. qx_county)")

    init = srv_sub.add_parser("init", help="make a team server in a folder, start it and make the council's database")
    init.add_argument("--data", required=True, metavar="DIR", help="a new folder for the server")
    init.add_argument("--council", required=True, metavar="CODE", help="the council's code (lower case, e.g. qx_county)")
    init.add_argument("--name", required=True, help="the council's name, as printed")
    init.add_argument("--port", type=int, default=5432)
    init.add_argument("--listen", default="", metavar="ADDRESSES",
                      help="TCP addresses to listen on (default: none, this machine's socket only)")
    for name, text in (("start", "start the server in a folder"), ("stop", "stop the server in a folder"),
                       ("status", "is the server running, and which councils it holds")):
        p = srv_sub.add_parser(name, help=text)
        p.add_argument("--data", required=True, metavar="DIR")
    team = srv_sub.add_parser("add-team", parents=[where, council], help="add a team")
    team.add_argument("--name", required=True)
    team.add_argument("--duty-phone", default="")
    worker = srv_sub.add_parser("add-worker", parents=[where, council],
                                help=f"add a worker with their own login (password from {WORKER_PASSWORD_ENV} or typed)")
    worker.add_argument("--name", required=True)
    worker.add_argument("--role", required=True, choices=["pa", "duty", "manager", "service"])
    worker.add_argument("--team", help="the team's name (not for the service team)")
    worker.add_argument("--login", required=True, help="their login on the server (lower case)")
    worker.add_argument("--phone", default="")
    worker.add_argument("--email", default="")
    leave = srv_sub.add_parser("deactivate-worker", parents=[where, council],
                               help="a worker leaving: their login stops working (their records stay)")
    leave.add_argument("--login", required=True)
    move = srv_sub.add_parser("move-worker", parents=[where, council], help="a worker joining another team")
    move.add_argument("--login", required=True)
    move.add_argument("--team", required=True)
    looked = srv_sub.add_parser("who-looked", parents=[where, council],
                                help="who opened, printed or exported a young person's record (subject access)")
    looked.add_argument("--person", required=True, metavar="ID")
    srv_sub.add_parser("upgrade", parents=[where, council], help="bring the council's database up to this version")
    srv_sub.add_parser("load", parents=[where, council, common],
                      help="copy a standalone store's records onto an empty council database (moving onto the server)")

    tj = sub.add_parser("team", help="this laptop and the team server")
    tj_sub = tj.add_subparsers(dest="team_command", metavar="WHAT", required=True)
    join = tj_sub.add_parser("join", parents=[common],
                             help=f"make this (new, empty) store a team laptop (password from {WORKER_PASSWORD_ENV} or typed)")
    join.add_argument("--server", required=True, metavar="HOST",
                      help="the server's address (a host name, an IP address, or the folder holding its socket)")
    join.add_argument("--port", type=int, default=5432)
    join.add_argument("--council", required=True, metavar="CODE")
    join.add_argument("--login", required=True)
    sub.add_parser("sync", parents=[common], help="send this laptop's changes to the team server and take what changed")

    dt = sub.add_parser("demo-team", help="a throw-away team server with a synthetic team; opens the app as one of its workers")
    dt.add_argument("--as", dest="as_role", choices=["pa", "duty", "manager"], default="pa",
                    help="whose laptop to open (default: a PA's)")
    dt.add_argument("--people", type=int, default=60)
    dt.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once it is populated, then exit")
    dt.add_argument("--view", default="worktray")


def _admin(args) -> tuple[dict | str, object]:
    from .storage.server.cluster import LocalCluster

    if getattr(args, "data", None):
        cluster = LocalCluster(Path(args.data))
        if not cluster.running():
            cluster.start()
        return cluster.admin_conninfo(), cluster
    return args.dsn, None


def cmd_server(args) -> int:
    from .domain.people import Role
    from .storage.server import admin
    from .storage.server.cluster import LocalCluster

    if args.server_command == "init":
        cluster = LocalCluster(Path(args.data))
        admin.dbname_for(args.council)  # a bad code is refused before anything is made
        cluster.init(port=args.port, listen=args.listen)
        cluster.start()
        dbname = admin.create_council(cluster.admin_conninfo(), args.council, args.name)
        info = cluster.conninfo(dbname)
        print(f"Team server for {args.name} running in {args.data} (database {dbname}).")
        print(f"Workers join with: careleaver-app team join --server {info['host']} --port {info['port']} "
              f"--council {args.council} --login LOGIN")
        return 0
    if args.server_command in ("start", "stop", "status"):
        cluster = LocalCluster(Path(args.data))
        if args.server_command == "start":
            cluster.start()
            print(f"Team server running in {args.data}")
        elif args.server_command == "stop":
            cluster.stop()
            print(f"Team server in {args.data} stopped")
        else:
            if not cluster.running():
                print(f"The team server in {args.data} is not running.")
                return 1
            names = admin.council_databases(cluster.admin_conninfo())
            print(f"Running in {args.data}; councils: {', '.join(n[len('careleaver_'):] for n in names) or 'none'}")
        return 0
    conninfo, _cluster = _admin(args)
    dbname = admin.dbname_for(args.council)
    if args.server_command == "add-team":
        admin.add_team(conninfo, dbname, args.name, args.duty_phone)
        print(f"Added the team {args.name}")
    elif args.server_command == "add-worker":
        if args.role != "service" and not args.team:
            raise TeamCliError("give --team: every worker but the service team belongs to a team")
        password = read_secret(WORKER_PASSWORD_ENV, f"Password for {args.login}: ", confirm=True, what="password",
                               error=TeamCliError)
        w = admin.add_worker(conninfo, dbname, name=args.name, role=Role(args.role), team=args.team, login=args.login,
                             password=password, phone=args.phone, email=args.email)
        print(f"Added {args.name} ({Role(args.role).label}) with the login {w.login}")
    elif args.server_command == "deactivate-worker":
        admin.deactivate_worker(conninfo, dbname, args.login)
        print(f"The login {args.login} can no longer sign in; their records are kept")
    elif args.server_command == "move-worker":
        admin.move_worker(conninfo, dbname, args.login, args.team)
        print(f"{args.login} is now in {args.team}; their laptop follows at its next sync")
    elif args.server_command == "who-looked":
        for at, worker, role, what, detail in admin.who_looked(conninfo, dbname, args.person):
            print(f"{at:%d/%m/%Y %H:%M}\t{worker}\t{role}\t{what}" + (f" ({detail})" if detail else ""))
    elif args.server_command == "upgrade":
        done = admin.upgrade_council(conninfo, dbname)
        print("Upgraded: " + (", ".join(done) if done else "already up to date"))
    elif args.server_command == "load":
        from .cli import _db_path, open_store

        store = open_store(_db_path(args))
        try:
            counts = admin.load_store(conninfo, dbname, store)
        finally:
            store.close()
        print(f"Loaded {counts.get('young_people', 0)} young people and {counts.get('contacts', 0)} contacts "
              f"({sum(counts.values())} records in all)")
    return 0


def cmd_team(args) -> int:
    from .cli import _db_path, open_store, read_passphrase
    from .services.access import AccessState, StoreAccess
    from .storage import sync
    from .storage.server import admin

    path = _db_path(args)
    access = StoreAccess(path)
    if access.state() == AccessState.NEW:
        # A new laptop: its own encrypted store first (the recovery key goes to the team manager).
        passphrase = read_passphrase("Passphrase for this laptop's new store: ", confirm=True)
        store, recovery = access.create(passphrase, passphrase)
        print(f"Made a new encrypted store at {path}. Recovery key (give it to your team manager): {recovery}",
              file=sys.stderr)
    else:
        store = open_store(path)
    try:
        password = read_secret(WORKER_PASSWORD_ENV, f"Server password for {args.login}: ", error=TeamCliError)
        me = sync.join(store, {"host": args.server, "port": args.port, "dbname": admin.dbname_for(args.council)},
                       args.login, password)
        people = store.scalar("SELECT count(*) FROM young_people")
    finally:
        store.close()
    print(f"This laptop now syncs with the team server as {me['name']}; {people} young people arrived.")
    return 0


def cmd_sync(args) -> int:
    from .cli import _db_path, open_store
    from .storage import sync

    store = open_store(_db_path(args))
    try:
        if not store.is_team_laptop():
            raise TeamCliError("this store does not sync with a team server (see 'team join')")
        r = sync.sync(store)
        status = sync.describe_status(store)
        for n in sync.notices(store):
            print(f"{n['kind']}: {n['message']}", file=sys.stderr)
    finally:
        store.close()
    print(f"Sent {r.pushed} change{'s' if r.pushed != 1 else ''}, took {r.pulled}"
          + (f"; {r.refused} refused" if r.refused else "") + (f"; {r.conflicts} kept as conflicts" if r.conflicts else "")
          + f". {status}")
    return 0 if not (r.refused or r.conflicts) else 1


def cmd_demo_team(args) -> int:
    from .demo_team import run_demo_team
    from .gui.qt_support import window_system_problem

    problem = window_system_problem()
    if problem:  # said before a server is started for nothing
        raise TeamCliError(problem)

    return run_demo_team(as_role=args.as_role, people=args.people, screenshot=args.screenshot, view=args.view)


def run(args) -> int | None:
    """The command's exit code, or None if it is not one of these."""
    handlers = {"server": cmd_server, "team": cmd_team, "sync": cmd_sync, "demo-team": cmd_demo_team}
    handler = handlers.get(args.command)
    return None if handler is None else handler(args)
