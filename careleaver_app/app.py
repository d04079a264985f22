"""The composition root: opens the store, builds the services, builds the main window.

Nothing else creates services; widgets receive only what they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .services.chronology import ChronologyService
from .services.contacts import ContactService
from .services.context import Clock
from .services.cover import CoverService
from .services.duties import DutiesService
from .services.health import HealthService
from .services.living import LivingService
from .services.own_copy import OwnCopyService
from .services.people import PeopleService
from .services.plans import PlanService
from .services.search import SearchService
from .services.settings import SettingsService
from .services.subject_access import SubjectAccessService
from .services.workers import WorkerService
from .services.worktray import WorkTrayService
from .storage.store import Store

if TYPE_CHECKING:
    from datetime import date

    from .services.backups import BackupService
    from .services.dashboard import DashboardService
    from .services.importer import ImportService
    from .services.returns import ReturnsService
    from .services.team import TeamService


@dataclass
class Services:
    store: Store
    clock: Clock
    people: PeopleService
    workers: WorkerService
    settings: SettingsService
    plans: PlanService
    contacts: ContactService
    living: LivingService
    health: HealthService
    duties: DutiesService
    worktray: WorkTrayService
    chronology: ChronologyService
    search: SearchService
    own_copy: OwnCopyService
    # Made just after the rest (build_services), as they need the others: never None once built.
    cover: CoverService = field(init=False)
    subject_access: SubjectAccessService = field(init=False)  # gathers from all the others

    # Made when first used (their modules are not loaded at start-up).
    @cached_property
    def importer(self) -> ImportService:
        from .services.importer import ImportService

        return ImportService(self.store, self.clock, self.settings)

    @cached_property
    def backups(self) -> BackupService:
        from .services.backups import BackupService

        return BackupService(self.store, self.settings)

    @cached_property
    def team(self) -> TeamService:
        from .services.team import TeamService

        return TeamService(self.store)

    @cached_property
    def returns(self) -> ReturnsService:
        from .services.returns import ReturnsService

        return ReturnsService(self.store, self.clock, self.settings)

    @cached_property
    def dashboard(self) -> DashboardService:
        from .services.dashboard import DashboardService

        return DashboardService(self.store, self.clock, self.settings, self.people, self.workers, self.duties)

    def plan_section_notes(self, plan) -> dict:
        """What the plan editor shows beside a section from elsewhere in the record (the PA's
        own view, so not filtered by consent): the health record and handover (Schedule 1 item 9)."""
        from .domain.plans import SectionKey

        return {SectionKey.HEALTH: ["From the health record:"] + self.health.summary_lines(plan.person_id, None)}


def build_services(store: Store, clock: Clock | None = None) -> Services:
    clock = clock or Clock()
    people = PeopleService(store, clock)
    workers = WorkerService(store)
    workers.current()  # sets the store's actor to the current worker, if chosen
    settings = SettingsService(store)
    plans = PlanService(store, clock, settings)
    contacts = ContactService(store, clock, settings)
    living = LivingService(store, clock, settings, plans)
    contacts.la_accommodation_provider = living.la_accommodation  # statutory visits follow the stay
    health = HealthService(store, clock, settings)
    plans.add_print_extender(living.plan_print_notes)  # where they live and whether it suits them, what they do, money
    plans.add_print_extender(health.plan_print_notes)  # the plan's health section, within consent
    duties = DutiesService(store, clock, settings, people)
    plans.add_print_extender(duties.plan_print_notes)  # identity: documents and immigration status
    own_copy = OwnCopyService(store, clock, plans)
    plans.story_for = own_copy.story_for_copy  # their story, in their copy only if they chose
    worktray = WorkTrayService(store, clock, settings, people)
    worktray.add_source(living.work_items)
    worktray.add_source(health.work_items)
    worktray.add_source(duties.work_items)
    worktray.add_source(duties.death_items, ended=True)
    worktray.add_source(duties.offer_items)  # the offer at 21: before the birthday (active) and after it (ended at 21)
    worktray.add_source(duties.offer_items, ended=True)
    worktray.add_source(_conflict_items(store))
    chronology = ChronologyService(store, clock)
    chronology.add_source(living.chronology)
    chronology.add_source(health.chronology)
    chronology.add_source(duties.chronology)
    # Caseload columns, in order: the tray count needs the other facts first.
    people.add_row_extender(plans.extend_caseload)
    people.add_row_extender(plans.extend_caseload_late, "late")
    people.add_row_extender(contacts.extend_caseload)
    people.add_row_extender(living.extend_caseload)
    people.add_row_extender(health.extend_caseload)
    people.add_row_extender(duties.extend_caseload)  # after the plans' columns: it reads them
    people.add_row_extender(worktray.extend_caseload, "tray")
    services = Services(store=store, clock=clock, people=people, workers=workers, settings=settings, plans=plans,
                    contacts=contacts, living=living, health=health, duties=duties, worktray=worktray, chronology=chronology,
                    search=SearchService(store), own_copy=own_copy)
    services.cover = CoverService(store, clock, services)
    services.subject_access = SubjectAccessService(store, clock, services)
    worktray.add_source(services.subject_access.work_items)
    people.add_row_extender(services.cover.extend_caseload, "cover")
    people.covered_by = services.cover.covered_for  # a worker's own views include whom they cover
    return services



def _conflict_items(store: Store):
    """A team manager's conflicts in the work tray (nothing is loaded on a standalone laptop)."""
    def items(rows, as_at, horizon):
        if not store.is_team_laptop():
            return []
        from .services.team import TeamService

        return TeamService(store).work_items(rows, as_at, horizon)
    return items


def open_worker_services(services: Services) -> Services:
    """A database connection of its own, and the services built on it, for the operations'
    worker thread (gui/ops.py keeps them while the store is unlocked; a SQLite connection belongs
    to the thread that made it). The caller closes ``.store``."""
    store = services.store
    own = Store.open(store.path, store.key, check=False)
    try:
        built = build_services(own, services.clock)  # (which reads the laptop's current worker)
    except BaseException:
        own.close()
        raise
    own.actor = store.actor  # the work is done by whoever is acting now, as on the GUI's connection
    return built


def fill_demo(store: Store, as_at: date | None = None, people: int = 60) -> None:
    """Write the synthetic demo caseload into a new, empty store (``--demo``). The GUI reaches the
    demo generator only through here: nothing in the app's layers imports ``careleaver_app.demo``."""
    from .demo import generate_demo

    generate_demo(store, people=people, today=as_at)
