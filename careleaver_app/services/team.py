"""This laptop and the team server: joining, syncing, what the server did not take.

Other services never know whether a change will be synced: the Store queues it (storage/sync.py).
This service is what the GUI and the command line use to join a team and to sync now."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..domain.errors import Collector
from ..storage import sync
from ..storage.server.admin import CODE, dbname_for
from ..storage.store import Store

SyncResult = sync.SyncResult
Offline = sync.Offline
ServerConnection = sync.ServerConnection


@dataclass(frozen=True)
class SyncStatus:
    team_laptop: bool
    text: str  # the status bar's words
    waiting: int
    last_sync: datetime | None
    unread_notices: int


@dataclass(frozen=True)
class Notice:
    at: str
    kind: str  # "refused" or "conflict"
    message: str
    person_id: str | None


class TeamService:
    def __init__(self, store: Store):
        self.store = store

    @property
    def is_team_laptop(self) -> bool:
        return self.store.is_team_laptop()

    def can_join(self) -> bool:
        """A new, empty store can become a team laptop (a store with records cannot: IT loads
        those onto the server instead)."""
        return not self.is_team_laptop and not self.store.scalar("SELECT count(*) FROM young_people")

    @staticmethod
    def check_join_details(server: str, port: str, council: str, login: str, password: str) -> None:
        c = Collector()
        c.require(server, "server", "Server", "enter the address IT gave you")
        if not re.fullmatch(r"\d{1,5}", port.strip() or "x") or not 0 < int(port.strip()) < 65536:
            c.add("port", "Port", "enter a number from 1 to 65535 (usually 5432)")
        if not CODE.match(council.strip()):
            c.add("council", "Council code", "enter the code IT gave you: lower-case letters, digits or underscores")
        c.require(login, "login", "Login", "enter your login on the team server")
        c.require(password, "password", "Password", "enter your team server password")
        c.raise_if_any()

    def join(self, server: str, port: str, council: str, login: str, password: str) -> dict:
        """Make this new, empty store a team laptop (a first sync brings the team's records)."""
        self.check_join_details(server, port, council, login, password)
        return sync.join(self.store, {"host": server.strip(), "port": int(port), "dbname": dbname_for(council.strip())},
                         login.strip(), password)

    def sync_now(self, *, pull: bool = True, connection: "sync.ServerConnection | None" = None) -> SyncResult:
        """Send what is waiting, then (``pull``) take what changed. ``connection``: one kept
        between syncs (see ServerConnection)."""
        return sync.sync(self.store, pull_changes=pull, connection=connection)

    def status(self) -> SyncStatus:
        team = self.is_team_laptop
        if not team:
            return SyncStatus(False, "", 0, None, 0)
        return SyncStatus(True, sync.describe_status(self.store), sync.waiting(self.store), sync.last_sync(self.store),
                          len(sync.notices(self.store)))

    def notices(self, unread_only: bool = False) -> list[Notice]:
        return [Notice(n["at"], n["kind"], n["message"], n["person_id"]) for n in sync.notices(self.store, unread_only)]

    def mark_notices_read(self) -> None:
        sync.mark_notices_read(self.store)
