"""This laptop and the team server: joining, syncing, what the server did not take.

Other services never know whether a change will be synced: the Store queues it (storage/sync.py).
This service is what the GUI and the command line use to join a team and to sync now."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from ..domain.errors import Collector, NotAllowed, NotFound
from ..domain.people import Role
from ..domain.worktray import ItemKind, WorkItem
from ..storage import people as people_repo
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

    def sync_now(self, *, pull: bool = True, connection: sync.ServerConnection | None = None) -> SyncResult:
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

    # -- conflicts (a team manager's to resolve) ------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return [Conflict.from_row(r) for r in sync.conflicts(self.store)]

    def resolve(self, conflict_id: str, choice: str, value: str | None = None,
                connection: sync.ServerConnection | None = None) -> None:
        """Keep the value that stands ("server"), take the other worker's ("laptop"), or write a
        corrected one ("value"): made on the team server, which every laptop then follows."""
        conflict = next((c for c in self.conflicts() if c.id == conflict_id), None)
        if conflict is None:
            raise NotFound("That conflict is not waiting to be resolved (another manager may have resolved it).")
        me = people_repo.get_worker(self.store, self.store.actor)
        if me is None or me.role not in (Role.MANAGER, Role.SERVICE):
            raise NotAllowed("Only a team manager resolves conflicts.")
        if choice not in ("server", "laptop", "value"):
            raise ValueError(choice)
        c = Collector()
        if choice == "value":
            if conflict.is_whole_record:
                c.add("value", "Corrected value", "choose one of the two versions for this record")
            elif value is None or not str(value).strip():
                c.add("value", "Corrected value", "type the value that is right")
        c.raise_if_any()
        sync.resolve_conflict(self.store, conflict_id, choice, None if value is None else str(value).strip(), connection)

    def work_items(self, rows, as_at: date, horizon: date) -> list[WorkItem]:
        """A team manager's tray: each conflict waiting for them, on the young person's record."""
        if not self.is_team_laptop:
            return []
        me = people_repo.get_worker(self.store, self.store.actor)
        if me is None or me.role not in (Role.MANAGER, Role.SERVICE):
            return []
        by_id = {r.id: r for r in rows}
        items = []
        for c in self.conflicts():
            r = by_id.get(c.person_id)
            if r is None:
                continue
            items.append(WorkItem(r.id, r.display_name, r.pa_name, ItemKind.CONFLICT, c.at.date(), c.summary, as_at,
                                  "conflict", c.id))
        return items

    # -- the read audit ---------------------------------------------------------------------------
    def who_looked(self, person_id: str) -> list[dict]:
        """Who opened, printed or exported this young person's record (the team server's read
        audit), for a subject access request."""
        return sync.who_looked(self.store, person_id)


FIELD_LABELS = {"(draft)": "the draft plan", "(removed)": "whether it is kept"}
# Where a conflicting field is, in the words of the record's tabs (the table's name otherwise).
TABLE_LABELS = {"young_people": "details", "accommodation_episodes": "where they live", "key_people": "key people", "eet_episodes": "education, "
                "employment or training", "plans": "pathway plan", "plan_actions": "plan action",
                "plan_contingencies": "plan contingency", "plan_sections": "plan section", "health_records": "health",
                "contact_followups": "follow-up", "in_touch_decisions": "keeping in touch"}


@dataclass(frozen=True)
class Conflict:
    """Two workers changed the same thing: the value that stands (reached the server first) and
    the other, with who and when."""

    id: str
    at: datetime
    table: str
    record_id: str
    person_id: str | None
    person_name: str
    field: str
    seen: object
    standing: object
    other: object
    standing_by: str
    other_by: str

    @property
    def is_whole_record(self) -> bool:
        return self.field.startswith("(")

    @property
    def what(self) -> str:
        if self.field in FIELD_LABELS:
            return FIELD_LABELS[self.field]
        where = TABLE_LABELS.get(self.table, self.table.replace("_", " "))
        return f"the {self.field.replace('_', ' ')} ({where})"

    @property
    def summary(self) -> str:
        if self.field == "(draft)":
            return f"Two versions of the draft plan: {self.standing_by}'s stands; {self.other_by}'s is kept: choose"
        if self.field == "(removed)":
            return f"{self.other_by} removed a record {self.standing_by} had changed: choose"
        return (f"Two values for {self.what}: {show(self.standing)} ({self.standing_by}, stands) and "
                f"{show(self.other)} ({self.other_by}): choose")

    @classmethod
    def from_row(cls, r: dict) -> Conflict:
        def value(text):
            if text is None:
                return None
            try:
                return json.loads(text)
            except ValueError:
                return text

        name = r.get("person_preferred") or r.get("person_name") or ""
        return cls(r["id"], datetime.fromisoformat(r["at"]), r["table_name"], r["record_id"], r.get("person_id"), name,
                   r["field"], value(r.get("seen_value")), value(r.get("server_value")), value(r.get("laptop_value")),
                   r.get("server_worker_name") or "another worker", r.get("worker_name") or "another worker")


def show(value) -> str:
    """A conflicting value as a person reads it."""
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, (dict, list)):
        return "(a whole record)"
    return f"“{value}”"
