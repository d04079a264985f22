"""Team-server fixtures (a plugin: tests/conftest.py loads it). A throw-away PostgreSQL cluster for the whole session (a temp folder, socket only, stopped and
removed at the end, even when the run is interrupted; one left by a killed run is removed at the
next start), a fresh council database per test, and laptops (SQLCipher stores) that join it."""

from __future__ import annotations

import itertools
import os
import signal
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from careleaver_app.app import build_services
from careleaver_app.domain.people import Role, YoungPerson
from careleaver_app.services.context import Clock
from careleaver_app.storage import sync
from careleaver_app.storage.server import admin
from careleaver_app.storage.server.cluster import throwaway_cluster
from careleaver_app.storage.store import Store

PASSWORD = "correct horse battery staple"
_codes = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # finalisers run on a polite kill too
    cluster = throwaway_cluster()
    try:
        yield cluster
    finally:
        cluster.remove()
        signal.signal(signal.SIGTERM, previous)


@dataclass
class Laptop:
    login: str
    store: Store
    services: object

    def sync(self) -> sync.SyncResult:
        return sync.sync(self.store)


@dataclass
class Council:
    cluster: object
    dbname: str
    tmp: Path
    today: date
    workers: dict[str, str] = field(default_factory=dict)  # role key -> worker id
    teams: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # label -> person id
    laptops: list[Laptop] = field(default_factory=list)
    seed_key: bytes = b""  # the standalone store the council was loaded from (tmp/seed.db), kept closed

    @property
    def admin(self) -> dict:
        return self.cluster.admin_conninfo(self.dbname)

    def conninfo(self) -> dict:
        return self.cluster.conninfo(self.dbname)

    def laptop(self, who: str, name: str | None = None) -> Laptop:
        store = Store.open(self.tmp / f"{name or who}.db", os.urandom(32))
        sync.join(store, self.conninfo(), self.login(who), PASSWORD)
        lap = Laptop(self.login(who), store, build_services(store, Clock(self.today)))
        self.laptops.append(lap)
        return lap

    def login(self, who: str) -> str:
        return f"{self.dbname[len('careleaver_'):]}_{who}"

    def as_worker(self, who: str):
        return admin.connect({**self.conninfo(), "user": self.login(who), "password": PASSWORD})

    def server(self):
        return admin.connect(self.admin)

    def phone_conflict(self) -> tuple[Laptop, Laptop, Laptop]:
        """Priya and Gareth both change Amara's phone offline; Priya syncs first (07700 900111
        stands), Gareth's 07700 900222 is the conflict. Returns their laptops and the manager's."""
        from dataclasses import replace

        pa, pa2, manager = self.laptop("pa"), self.laptop("pa2"), self.laptop("manager")
        amara = self.people["amara"]
        pa.services.people.update(replace(pa.services.people.get(amara), phone="07700 900111"))
        pa2.services.people.update(replace(pa2.services.people.get(amara), phone="07700 900222"))
        pa.sync()
        pa2.sync()
        return pa, pa2, manager

    def close(self) -> None:
        for lap in self.laptops:
            lap.store.close()


def seed(cluster, tmp: Path, today: date) -> Council:
    """A council with two teams: North (two PAs, a duty worker, a manager) and South (a PA), a
    service-team worker, and four young people (two with North's first PA, one with the second,
    one in South), each with a contact. Made in a standalone store, loaded onto the server."""
    code = f"t{os.getpid()}_{next(_codes)}"
    dbname = admin.create_council(cluster.admin_conninfo(), code, "Test County")
    council = Council(cluster, dbname, tmp, today)
    council.seed_key = os.urandom(32)
    src = Store.open(tmp / "seed.db", council.seed_key)
    s = build_services(src, Clock(today))
    north = s.workers.create_team("North", "01632 960001")
    south = s.workers.create_team("South", "01632 960002")
    council.teams = {"north": north, "south": south}
    for who, name, role, team in (("pa", "Priya Valente", Role.PA, north), ("pa2", "Gareth Lloyd", Role.PA, north),
                                  ("duty", "Marta Sørensen", Role.DUTY, north), ("manager", "Delroy Mbeki", Role.MANAGER, north),
                                  ("south", "Siân Ó Súilleabháin", Role.PA, south), ("service", "Data Team", Role.SERVICE, None)):
        council.workers[who] = s.workers.create_worker(name, role, team)
    s.workers.set_current(council.workers["manager"])
    from careleaver_app.domain.contacts import Contact, ContactType

    from careleaver_app.domain.dates import nth_birthday
    from careleaver_app.domain.eligibility import CarePeriod

    for label, pa, dob in (("amara", "pa", date(2007, 3, 14)), ("ben", "pa", date(2006, 8, 2)),
                           ("chloe", "pa2", date(2008, 1, 20)), ("dev", "south", date(2006, 11, 5))):
        # In care from 15 until the 18th birthday: former relevant care leavers, with duties.
        care = [CarePeriod(nth_birthday(dob, 15), nth_birthday(dob, 18))]
        pid = s.people.create(YoungPerson(legal_name=label.capitalize() + " Test", dob=dob, phone="07700 900001",
                                          la_id=f"CL{dob:%y%m%d}", care_periods=care), council.workers[pa])
        council.people[label] = pid
        s.contacts.log(Contact(pid, datetime.combine(today - timedelta(days=3), time(10, 0)), ContactType.VISIT_HOME,
                               council.workers[pa], seen=True, summary=f"Visit to {label} at home"))
    admin.load_store(cluster.admin_conninfo(), dbname, src)
    src.close()
    for who, wid in council.workers.items():
        admin.add_worker(cluster.admin_conninfo(), dbname, name="", team=None, login=council.login(who),
                         password=PASSWORD, worker_id=wid)
    return council


@pytest.fixture
def council(pg_cluster, tmp_path):
    c = seed(pg_cluster, tmp_path, date.today())
    yield c
    c.close()


def finalised_plan(lap: Laptop, council: Council, label: str = "amara"):
    """A finalised plan (every section, an action, a contingency) for ``label``, made on
    ``lap`` and synced to the server."""
    from careleaver_app.domain.plans import SECTIONS, Contingency, OwnerKind, PlanAction, SectionKey

    plan = lap.services.plans.start_plan(council.people[label], council.today)
    for info in SECTIONS:
        plan.sections[info.key].need = f"What is needed: {info.plain_title}"
    plan.actions.append(PlanAction("Register with a dentist", OwnerKind.PA, "Priya Valente",
                                   council.today + timedelta(days=10), SectionKey.HEALTH))
    plan.contingencies.append(Contingency("I lose my tenancy", "PA contacts housing options the same day", "PA",
                                          council.today + timedelta(days=40)))
    plan.views = "I'm happy with my plan"
    plan.copy_given_date = council.today
    plan = lap.services.plans.finalise(plan)
    lap.sync()
    return plan
