"""Workers and teams, and who is using the app (the current worker)."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from ..domain.errors import Collector, NotAllowed, NotFound
from ..domain.people import Role, Team, Worker
from ..storage import people as repo
from ..storage.store import Store

CURRENT_WORKER_KEY = "current_worker_id"
# A worker's own passphrase on a standalone laptop (a laptop setting: never synced), so that
# switching to them, and so signing off as them, needs them at the keyboard.
OWN_PASSPHRASE_KEY = "worker_passphrase:"
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}


def _hash(passphrase: str, salt: bytes) -> str:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_SCRYPT).hex()


@dataclass
class CaseloadCount:
    worker: Worker
    count: int


class WorkerService:
    def __init__(self, store: Store):
        self.store = store

    def teams(self) -> list[Team]:
        return repo.list_teams(self.store)

    def workers(self, *, include_inactive: bool = False) -> list[Worker]:
        return repo.list_workers(self.store, include_inactive=include_inactive)

    def get(self, worker_id: str) -> Worker:
        w = repo.get_worker(self.store, worker_id)
        if w is None:
            raise NotFound("That worker is not in this database.")
        return w

    def find_by_name(self, name: str) -> Worker | None:
        wanted = name.strip().casefold()
        return next((w for w in self.workers(include_inactive=True) if w.name.casefold() == wanted), None)

    # -- who is using the app -------------------------------------------------------------
    def current(self) -> Worker | None:
        wid = self.store.setting(CURRENT_WORKER_KEY)
        w = repo.get_worker(self.store, wid) if wid else None
        if w is not None:
            self.store.actor = w.id
        return w

    def set_current(self, worker_id: str) -> Worker:
        w = self.get(worker_id)
        self.store.actor = w.id
        with self.store.transaction():
            self.store.upsert_setting(CURRENT_WORKER_KEY, w.id)
        return w

    def has_own_passphrase(self, worker_id: str) -> bool:
        return self.store.setting(OWN_PASSPHRASE_KEY + worker_id) is not None

    def switch_to(self, worker_id: str, passphrase: str, confirm: str | None = None) -> Worker:
        """File → Switch worker on a standalone laptop: the worker switched to types their own
        passphrase (the first time on this laptop they choose it, ``confirm`` typed again), so
        what is then done in their name (a sign-off) was done with them at the keyboard. A team
        laptop acts as the worker signed in to the team server and never switches."""
        if self.store.is_team_laptop():
            raise NotAllowed("On a team laptop you are the worker signed in to the team server.")
        w = self.get(worker_id)
        if w.id == self.store.actor:
            return w
        stored = self.store.setting(OWN_PASSPHRASE_KEY + w.id)
        if stored is None:
            from .access import new_passphrase_problems  # the same rules as the store's passphrase (zxcvbn)

            problems = new_passphrase_problems(passphrase, passphrase if confirm is None else confirm)
            if problems:
                c = Collector()
                for p in problems:
                    c.add("passphrase", f"{w.name}'s own passphrase", p)
                c.raise_if_any()
            salt = os.urandom(16)
            with self.store.transaction():
                self.store.upsert_setting(OWN_PASSPHRASE_KEY + w.id, {"salt": salt.hex(), "hash": _hash(passphrase, salt)})
        elif not hmac.compare_digest(_hash(passphrase, bytes.fromhex(stored["salt"])), stored["hash"]):
            raise NotAllowed(f"That is not {w.name}'s own passphrase: only {w.name} can switch to their name.")
        return self.set_current(w.id)

    # -- setting up -----------------------------------------------------------------------
    def create_team(self, name: str, duty_phone: str = "") -> str:
        c = Collector()
        c.require(name, "name", "Team name")
        c.raise_if_any()
        with self.store.transaction():
            return self.store.insert("teams", {"name": name.strip(), "duty_phone": duty_phone.strip()})

    def create_worker(self, name: str, role: Role, team_id: str | None, phone: str = "", email: str = "") -> str:
        c = Collector()
        c.require(name, "name", "Name", "enter the worker's name")
        if team_id is not None and not any(t.id == team_id for t in self.teams()):
            c.add("team_id", "Team", "choose one of the teams")
        c.raise_if_any()
        with self.store.transaction():
            return self.store.insert("workers", {"name": name.strip(), "role": role.value, "team_id": team_id,
                                                 "phone": phone.strip(), "email": email.strip(), "active": 1})

    def caseload_counts(self, team_id: str | None = None) -> list[CaseloadCount]:
        """How many young people (not archived) each PA holds; managers' workload view."""
        counts = repo.caseload_counts(self.store)
        out = [
            CaseloadCount(w, counts.get(w.id, 0))
            for w in self.workers()
            if w.role == Role.PA and (team_id is None or w.team_id == team_id)
        ]
        return sorted(out, key=lambda c: (-c.count, c.worker.name))

    def unallocated_count(self) -> int:
        return repo.caseload_counts(self.store).get(None, 0)
