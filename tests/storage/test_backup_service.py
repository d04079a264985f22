"""Backups through the service the GUI uses (services/backups.py), on a real encrypted store."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.services.backups import backups_of, summary_of
from careleaver_app.services.errors import StoreError


def test_a_backup_job_made_before_the_lock_still_backs_up_and_is_listed_with_what_it_holds(services, team, key):
    store = services.store
    services.people.create(YoungPerson(legal_name="Nia Synthetic", dob=date(2007, 3, 1),
                                       care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 1))]), team["pa"])
    assert services.backups.backups() == []
    job = services.backups.backup_job("manual")
    store.lock()  # locking wipes the store's key: the job holds its own copy, taken when it was made
    made = job()
    listed = backups_of(store.path)
    assert [b.path for b in listed] == [made] and listed[0].reason == "manual"
    summary = summary_of(made, key)
    assert (summary.young_people, summary.contacts) == (1, 0)
    with pytest.raises(StoreError):
        summary_of(made, bytes(32))  # the wrong key: a calm, known error the GUI may catch
    assert backups_of(None) == []


def test_work_on_a_connection_of_its_own_is_done_by_whoever_is_acting(services, team):
    """Background work (a backup, a sync, resolving a conflict) runs on the operations' own
    connection with the services built on it; it still acts as the worker acting on the GUI's
    connection, even where that is not the laptop's saved current worker."""
    from careleaver_app.app import open_worker_services
    services.workers.set_current(team["pa"])
    services.store.actor = team["manager"]
    own = open_worker_services(services)
    try:
        assert (own.store.actor, own.store is services.store) == (team["manager"], False)
    finally:
        own.store.close()
