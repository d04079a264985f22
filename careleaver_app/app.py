"""The composition root: opens the store, builds the services, builds the main window.

Nothing else creates services; widgets receive only what they need.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .services.context import Clock
from .services.people import PeopleService
from .services.plans import PlanService
from .services.settings import SettingsService
from .services.workers import WorkerService
from .storage.store import Store


@dataclass
class Services:
    store: Store
    clock: Clock
    people: PeopleService
    workers: WorkerService
    settings: SettingsService
    plans: PlanService


def build_services(store: Store, clock: Clock | None = None) -> Services:
    clock = clock or Clock()
    people = PeopleService(store, clock)
    workers = WorkerService(store)
    workers.current()  # sets the store's actor to the current worker, if chosen
    settings = SettingsService(store)
    plans = PlanService(store, clock, settings)
    people.add_row_extender(plans.extend_caseload)
    return Services(store=store, clock=clock, people=people, workers=workers, settings=settings, plans=plans)


def open_services(db_path: str | Path, key: bytes | None = None, clock: Clock | None = None) -> Services:
    return build_services(Store.open(db_path, key), clock)
