"""What a piece of work changed, so only the views showing it are brought up to date.

Read from the audit trail after the work (storage/changes.py): every write is audited with its
table and record in the same transaction, whichever connection made it, so a save on the GUI's
connection, a background operation and a sync are told apart the same way."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage import changes as repo
from ..storage.store import Store

# Audit actions that record what was read or sent out, not a change to the records.
NOT_A_CHANGE = frozenset({"export", "print", "cover_pack_export", "cover_return_export", "audit_problem_accepted"})
# Actions on one table's rows, which say which table (and record) they changed. Any other action
# (a sync, an import, a restore, a cover pack merged, joining a team server) may have changed
# anything, and is taken to have.
ROW_ACTIONS = frozenset({"create", "update", "delete", "setting", "finalise"})


@dataclass(frozen=True)
class Changes:
    """Tables written; the young people whose records were written; ``unplaced``: tables written
    where some row's young person could not be told (a row deleted since, several at once), so
    any record might show it; ``everything``: anything may have changed."""

    tables: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    unplaced: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def touches(self, shows: frozenset[str] | None) -> bool:
        """Does a view that shows these tables (None: a view of everything) need bringing up to date?"""
        if not self:
            return False
        return self.everything or shows is None or not shows.isdisjoint(self.tables)

    def touches_person(self, person_id: str) -> bool:
        """Might a young person's record show something that changed?"""
        return self.everything or person_id in self.people or bool(self.unplaced)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.people | other.people, self.unplaced | other.unplaced,
                       self.everything or other.everything)


EVERYTHING = Changes(everything=True)


class ChangeWatch:
    """Remembers how far through the audit trail it has looked; ``since_last()`` says what was
    changed after that, by anyone on this store's file, and moves on."""

    def __init__(self, store: Store):
        self.store = store
        self.seen = repo.head(store.conn) if store.is_open else 0

    def since_last(self) -> Changes:
        if not self.store.is_open:
            return Changes()
        entries = repo.entries_after(self.store.conn, self.seen)
        if entries:  # as far as that read saw: an entry committed since is told next time
            self.seen = entries[-1][0]
        return changes_in(self.store, entries)

    def reset(self) -> None:
        """The file was replaced (a restore) or reopened: look from its newest entry on."""
        self.seen = repo.head(self.store.conn) if self.store.is_open else 0


def changes_in(store: Store, entries: list[tuple[int, str, str, str | None]]) -> Changes:
    rows = [e for e in entries if e[1] not in NOT_A_CHANGE]
    if any(action not in ROW_ACTIONS for _, action, _, _ in rows):
        return EVERYTHING
    tables, people, unplaced = set(), set(), set()
    for table, ids in repo.group_by_table(rows).items():
        tables.add(table)
        known = [i for i in ids if i is not None]
        found, all_placed = repo.people_of(store.conn, table, known) if known else (set(), False)
        people |= found
        if not all_placed or len(known) < len(ids):
            unplaced.add(table)
    return Changes(frozenset(tables), frozenset(people), frozenset(unplaced))
