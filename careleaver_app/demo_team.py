"""``careleaver-app demo-team``: a throw-away team server with a synthetic team, three laptops
(a PA's, the duty worker's and the team manager's) and the app opened as one of them.

Everything lives in a temporary folder and is removed when the app closes: the PostgreSQL cluster
(socket only), the council's database and the laptops' encrypted stores (passphrase: the demo's,
as the README says). While the app is open the other laptops keep working: every couple of
minutes the duty worker logs a call with one of the PA's young people and syncs, so the PA sees
another worker's record arrive.
"""

from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

OTHERS_EVERY_S = 120


@dataclass
class DemoTeam:
    folder: Path
    cluster: object
    dbname: str
    laptops: dict[str, Path] = field(default_factory=dict)  # role -> store path
    workers: dict[str, str] = field(default_factory=dict)  # role -> worker id
    passwords: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
        self.cluster.remove()
        shutil.rmtree(self.folder, ignore_errors=True)


def make_demo_team(*, people: int = 60, today: date | None = None) -> DemoTeam:
    """The server, the team's records (the same synthetic generator as --demo) and three joined laptops."""
    from .demo import generate_demo
    from .services.access import open_demo_store
    from .storage import keys, sync
    from .storage.server import admin
    from .storage.server.cluster import throwaway_cluster

    folder = Path(tempfile.mkdtemp(prefix="careleaver-demo-team-"))
    cluster = throwaway_cluster()
    team = None
    try:
        dbname = admin.create_council(cluster.admin_conninfo(), "demo", "Demo County (synthetic)")
        team = DemoTeam(folder, cluster, dbname)
        src = open_demo_store(folder / "team-records.db")
        summary = generate_demo(src, people=people, today=today)
        admin.load_store(cluster.admin_conninfo(), dbname, src)
        src.close()
        for role in ("pa", "duty", "manager"):
            wid = summary.workers[role][0]
            team.workers[role] = wid
            team.passwords[role] = secrets.token_urlsafe(18)
            admin.add_worker(cluster.admin_conninfo(), dbname, name="", team=None, login=f"demo_{role}",
                             password=team.passwords[role], worker_id=wid)
            path = folder / f"{role}-laptop.db"
            store = open_demo_store(path)
            sync.join(store, cluster.conninfo(dbname), f"demo_{role}", team.passwords[role])
            store.close()
            team.laptops[role] = path
        (folder / "team-records.db").unlink(missing_ok=True)
        keys.key_file_for(folder / "team-records.db").unlink(missing_ok=True)
        return team
    except BaseException:
        if team is not None:
            team.close()
        else:
            cluster.remove()
            shutil.rmtree(folder, ignore_errors=True)
        raise


def open_laptop(team: DemoTeam, role: str):
    from .services.access import DEMO_PASSPHRASE, StoreAccess

    return StoreAccess(team.laptops[role]).unlock(DEMO_PASSPHRASE)


def others_at_work(team: DemoTeam, as_role: str, stop: threading.Event) -> None:
    """The other laptops, simulated: the duty worker logs a call now and then and syncs."""
    from .app import build_services
    from .domain.contacts import Contact, ContactType
    from .services.context import Clock

    who = "duty" if as_role != "duty" else "pa"
    n = 0
    while not stop.wait(OTHERS_EVERY_S if n else 5):
        n += 1
        try:
            store = open_laptop(team, who)
        except Exception:  # noqa: BLE001 - a simulated laptop never stops the demo
            continue
        try:
            services = build_services(store, Clock())
            theirs = store.query("SELECT id FROM young_people WHERE allocated_pa_id = ? AND archived_at IS NULL "
                                 "ORDER BY legal_name LIMIT 5", [team.workers["pa"]])
            if theirs:
                pid = theirs[n % len(theirs)]["id"]
                services.contacts.log(Contact(pid, datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=5),
                                              ContactType.PHONE, team.workers[who],
                                              summary=f"Duty call ({n}): rang to check in while the PA was out; all well."))
            services.team.sync_now()
        except Exception:  # noqa: BLE001
            pass
        finally:
            store.close()


def run_demo_team(*, as_role: str = "pa", people: int = 60, screenshot: str | None = None, view: str = "worktray") -> int:
    from .gui.launch import run_gui

    print("Starting a throw-away team server with a synthetic team…", file=sys.stderr)
    team = make_demo_team(people=people)
    stop = threading.Event()
    helper = threading.Thread(target=others_at_work, args=(team, as_role, stop), daemon=True)
    try:
        if not screenshot:
            helper.start()
        store = open_laptop(team, as_role)
        return run_gui(team.laptops[as_role], demo=True, opened=store, screenshot=screenshot, view=view)
    finally:
        stop.set()
        if helper.is_alive():
            helper.join(timeout=10)
        team.close()
