"""Importing a caseload from a CSV: checked in full, then applied all or nothing."""

from __future__ import annotations

from dataclasses import replace

from ..domain.errors import Collector, ValidationError
from ..domain.importing import ImportCheck, ImportProblem, check_csv
from ..logs import event
from ..storage import living as living_repo
from ..storage import people as people_repo
from ..storage.store import Store
from .context import Clock
from .settings import SettingsService


class ImportRefused(ValidationError):
    """The file has problems; nothing was imported."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        c = Collector()
        for p in problems:
            c.add(p.column, f"Row {p.row}" if p.row else "File", f"{p.column}: {p.message}")
        super().__init__(c.errors)


class ImportService:
    def __init__(self, store: Store, clock: Clock, settings: SettingsService):
        self.store = store
        self.clock = clock
        self.settings = settings

    def check(self, data: bytes) -> ImportCheck:
        """Everything wrong with the file, by row and column (including clashes with the store)."""
        result = check_csv(data, self.clock.today())
        workers = {w.name.casefold(): w for w in people_repo.list_workers(self.store)}
        workers.update({w.email.casefold(): w for w in people_repo.list_workers(self.store) if w.email})
        for r in result.rows:
            if r.person.la_id and people_repo.la_id_in_use(self.store, r.person.la_id, None):
                result.problems.append(ImportProblem(r.row, "la_id", f"{r.person.la_id} is already in the database"))
            if r.pa and r.pa.casefold() not in workers:
                result.problems.append(ImportProblem(r.row, "pa", f"“{r.pa}” is not a worker in this app: check the name or add them first"))
        result.problems.sort(key=lambda p: (p.row, p.column))
        return result

    def apply(self, data: bytes) -> int:
        """Import the file, all or nothing. Backs up first. Returns how many young people were added."""
        result = self.check(data)
        if not result.ok:
            raise ImportRefused(result.problems)
        workers = {w.name.casefold(): w for w in people_repo.list_workers(self.store)}
        workers.update({w.email.casefold(): w for w in people_repo.list_workers(self.store) if w.email})
        if self.store.path is not None:
            self.store.backup("before-import", **self.settings.get().rotation())
        today = self.clock.today()
        with self.store.transaction():
            for r in result.rows:
                pid = people_repo.insert_person(self.store, replace(r.person, id=None, allocated_pa_id=None))
                pa = workers.get(r.pa.casefold()) if r.pa else None
                people_repo.allocate(self.store, pid, pa.id if pa else None, today, "Imported from the case management system")
                if r.accommodation is not None:
                    living_repo.save_episode(self.store, replace(r.accommodation, person_id=pid))
                if r.activity is not None:
                    living_repo.save_eet(self.store, replace(r.activity, person_id=pid))
            self.store.audit("import", "young_people", None, [], f"{len(result.rows)} young people")
        event("import", people=len(result.rows))
        return len(result.rows)
