"""Long work, one kind (gui/ops.py): one queue, in order, on one kept connection of its own;
what is queued can be cancelled; a write says what it changed, and the window brings up to date
only the pages that show it."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime

import pytest

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.gui.ops import Operations, OpState


@pytest.fixture
def person(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kofi Mensah", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]), team["pa"])
    services.contacts.log(Contact(pid, datetime(2026, 9, 1, 10, 0), ContactType.VISIT_HOME, team["pa"], seen=True,
                                  summary="Visited at home; all fine."))
    return pid


@pytest.fixture
def ops(qtbot, services, team):
    o = Operations(services)
    yield o
    o.close()


def test_work_runs_one_at_a_time_in_order_on_one_kept_connection_of_its_own(qtbot, ops, services):
    active, most, order, stores, threads = [0], [0], [], set(), set()
    guard = threading.Lock()

    def work(n):
        def run(own):
            with guard:
                active[0] += 1
                most[0] = max(most[0], active[0])
            stores.add(id(own.store))
            threads.add(threading.get_ident())
            time.sleep(0.03)
            order.append(n)
            with guard:
                active[0] -= 1
            return n
        return run

    done: list[int] = []
    for n in range(5):
        (ops.write if n % 2 else ops.read)(None, f"work {n}", work(n), done.append)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=10_000)
    assert order == done == [0, 1, 2, 3, 4]
    assert most[0] == 1  # never two at once: writes are serial
    assert len(stores) == 1 and id(services.store) not in stores  # one connection, kept, not the GUI's
    assert threading.get_ident() not in threads and ops.has_connection
    assert ops.pending() == []


def test_work_still_queued_can_be_cancelled_and_never_runs(qtbot, ops):
    gate, ran, done = threading.Event(), [], []
    first = ops.write(None, "A long sync", lambda own: gate.wait(10), done.append)
    second = ops.read(None, "The 903 check", lambda own: ran.append("903"), done.append)
    qtbot.waitUntil(lambda: first.state is OpState.RUNNING, timeout=5_000)
    assert second.running and second.state is OpState.QUEUED
    assert second.cancel() and second.state is OpState.CANCELLED and not second.running
    assert not first.cancel() and first.running  # running: it finishes
    gate.set()
    qtbot.waitUntil(lambda: not first.running, timeout=5_000)
    third = ops.read(None, "after", lambda own: "ran", done.append)  # the queue goes on after a cancel
    qtbot.waitUntil(lambda: not third.running, timeout=5_000)
    assert ran == [] and done == [True, "ran"]


def test_a_write_says_what_it_changed_and_a_read_says_nothing(qtbot, ops, services, team, person):
    told = []
    ops.changed.connect(told.append)
    read = ops.read(None, "read", lambda own: own.people.get(person).display_name, lambda _: None)
    qtbot.waitUntil(lambda: not read.running, timeout=5_000)
    assert read.result == "Kofi Mensah" and told == []
    write = ops.write(None, "log", lambda own: own.contacts.log(Contact(
        person, datetime(2026, 9, 20, 9, 0), ContactType.PHONE, team["pa"], summary="Called.")), lambda _: None)
    qtbot.waitUntil(lambda: not write.running, timeout=5_000)
    assert "contacts" in write.changes.tables and write.changes.people == {person}
    assert told == [write.changes]
    # Done by the worker acting on the GUI's connection.
    assert services.store.query("SELECT updated_by FROM contacts WHERE id = ?", [write.result])[0]["updated_by"] == team["pa"]


def test_a_failure_goes_to_on_error_and_the_queue_goes_on(qtbot, ops):
    errors, done = [], []

    def fails(own):
        raise ValueError("the server said no")

    bad = ops.write(None, "fails", fails, done.append, errors.append)
    good = ops.read(None, "next", lambda own: "fine", done.append)
    qtbot.waitUntil(lambda: not good.running, timeout=5_000)
    assert bad.state is OpState.FAILED and [str(e) for e in errors] == ["the server said no"] and done == ["fine"]


def test_closing_waits_for_the_work_and_closes_the_connection_and_the_next_work_opens_it_again(qtbot, ops):
    seen = []
    first = ops.read(None, "one", lambda own: seen.append(own.store) or 1, lambda _: None)
    qtbot.waitUntil(lambda: not first.running, timeout=5_000)
    ops.close()  # before a lock or a restore
    assert not ops.has_connection and not seen[0].is_open  # its copy of the key is gone with it
    again = ops.read(None, "two", lambda own: seen.append(own.store) or 2, lambda _: None)
    qtbot.waitUntil(lambda: not again.running, timeout=5_000)
    assert again.result == 2 and seen[1] is not seen[0] and seen[1].is_open


def test_the_window_refreshes_only_the_pages_that_show_what_changed(qtbot, window, services, team, person, today):
    tray_kinds = lambda: [(i.person_id, i.kind) for i in window.worktray.visible_items()]  # noqa: E731
    team_page = window.team  # built (and read) once
    refreshed = []
    real = team_page.refresh
    team_page.refresh = lambda: (refreshed.append("team"), real())[1]
    window.tabs.setCurrentWidget(window.worktray)
    assert (person, ItemKind.CONTACT) in tray_kinds()  # last seen 01/09: overdue
    # A contact logged in the background: the work tray, in view, shows it at once.
    op = window.operations.write(window, "log", lambda own: own.contacts.log(Contact(
        person, datetime.combine(today, datetime.min.time()).replace(hour=9), ContactType.VISIT_HOME, team["pa"], seen=True, summary="Seen at home.")),
        lambda _: None)
    qtbot.waitUntil(lambda: not op.running, timeout=5_000)
    qtbot.waitUntil(lambda: (person, ItemKind.CONTACT) not in tray_kinds(), timeout=5_000)
    # The team page shows workers and caseload sizes, not contacts: not read again.
    window.tabs.setCurrentWidget(team_page)
    assert refreshed == []
    # A new PA (saved on the GUI's connection): the team page is read again when shown.
    window.tabs.setCurrentWidget(window.worktray)
    services.workers.create_worker("Nia Adeyemi", services.workers.get(team["pa"]).role, team["team"])
    window.saved()
    window.tabs.setCurrentWidget(team_page)
    assert refreshed == ["team"]
    assert any(c.worker.name == "Nia Adeyemi" for c in team_page.model.rows)


def test_a_page_that_says_which_tables_it_shows_reads_no_others(qtbot, demo_window, demo_services):
    """A page declaring SHOWS is not read again after a change to other tables, so what its
    refresh reads (SQLite's authorizer sees every table a statement reads) must all be declared."""
    store = demo_services.store
    checked = []
    for name in ("worktray", "caseload", "team", "search", "cover", "returns", "dashboard"):
        page = demo_window.page(name)
        shows = getattr(page, "SHOWS", None)
        if shows is None:  # a page of everything: any change refreshes it
            continue
        read: set[str] = set()

        def note(action, table, *_):
            if action == 20:  # SQLITE_READ
                read.add(table)
            return 0  # SQLITE_OK

        store.forget()  # nothing remembered: every read is made
        store.conn.set_authorizer(note)
        try:
            page.refresh()
        finally:
            store.conn.set_authorizer(None)
        assert read, name
        assert read - {"json_each"} <= shows, (name, sorted(read - shows))
        checked.append(name)
    assert checked == ["team", "cover"]
