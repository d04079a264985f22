"""Long work, one kind (gui/ops.py): one queue, in order, on one kept connection of its own;
what is queued can be cancelled; a write says what it changed, and the window brings up to date
only the pages that show it."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest

from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.gui.ops import Operations, OpState
from tests.support.people import seen_at_home


@pytest.fixture
def person(services, team):
    return seen_at_home(services, team["pa"])


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


# -- found in review: each failed before its fix -------------------------------------------------

def _block(qtbot, ops):
    """A long write (a sync) running, so what comes next is queued behind it."""
    gate = threading.Event()
    op = ops.write(None, "A long sync", lambda own: gate.wait(10), lambda _: None)
    qtbot.waitUntil(lambda: op.state is OpState.RUNNING, timeout=5_000)
    return gate


def test_work_sees_settings_saved_after_the_worker_connection_opened(qtbot, ops, services):
    """The worker's services are kept, so what they remember must follow the data: a settings
    save in the window is seen by the next 903 return or dashboard PDF."""
    from dataclasses import replace

    from tests.support.acting import as_manager

    first = ops.read(None, "a backup", lambda own: own.settings.get().caseload_threshold, lambda _: None)
    qtbot.waitUntil(lambda: not first.running, timeout=5_000)
    with as_manager(services):
        services.settings.save(replace(services.settings.get(), caseload_threshold=first.result + 7))
    later = ops.read(None, "the dashboard PDF", lambda own: own.settings.get().caseload_threshold, lambda _: None)
    qtbot.waitUntil(lambda: not later.running, timeout=5_000)
    assert later.result == first.result + 7


def test_a_backup_due_while_a_restore_is_chosen_waits_and_the_restore_goes_ahead(qtbot, window, services, team):
    from careleaver_app.domain.people import Role

    store = services.store
    earlier = store.backup("manual")
    services.workers.create_worker("Nia Adeyemi", Role.PA, team["team"])  # a change since: the timer backs up
    window.operations.hold()  # File → Restore a backup…, before its dialog
    window.backups.auto_backup()  # its timer, firing while the dialog is open
    task = window.backups._backup_task
    qtbot.wait(200)
    assert task.state is OpState.QUEUED and not window.operations.has_connection
    store.restore(earlier)  # not refused: nothing else has the file open
    window.operations.release()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert task.state is OpState.DONE


def test_a_903_check_queued_at_lock_time_runs_after_the_unlock(qtbot, window):
    page = window.page("returns")
    window.tabs.setCurrentWidget(page)
    gate = _block(qtbot, window.operations)
    page.check_button.click()
    assert page.task.state is OpState.QUEUED and not page.check_button.isEnabled()
    threading.Timer(0.3, gate.set).start()
    window.operations.hold()  # the lock
    qtbot.wait(300)
    assert page.task.state is OpState.QUEUED and not window.operations.has_connection
    window.operations.release()  # the unlock
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10_000)
    assert page.task.state is OpState.DONE and page.result is not None


def test_a_check_cancelled_before_it_started_says_so_and_gives_the_buttons_back(qtbot, window, gui_ask):
    page = window.page("returns")
    window.tabs.setCurrentWidget(page)
    gate = _block(qtbot, window.operations)
    page.check_button.click()
    assert page.task.cancel()
    gate.set()
    assert page.check_button.isEnabled()
    assert "nothing was done" in page.summary.text()


def test_work_whose_page_has_gone_still_runs_and_holding_still_works(qtbot, ops):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    gate = _block(qtbot, ops)
    page, ran, told = QWidget(), [], []
    op = ops.read(page, "Exporting their record…", lambda own: ran.append("export"), told.append)
    page.deleteLater()  # the record closed while its export waits
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ops.hold()  # a lock: no error from the page's progress window or timer being gone
    gate.set()
    ops.release()
    qtbot.waitUntil(lambda: not op.running, timeout=5_000)
    assert ran == ["export"] and told == []  # it ran; nobody to tell


def test_holding_wipes_the_worker_connections_copy_of_the_key(qtbot, ops):
    first = ops.read(None, "one", lambda own: own.store, lambda _: None)
    qtbot.waitUntil(lambda: not first.running, timeout=5_000)
    own_store = first.result
    ops.hold()
    assert not own_store.is_open
    assert own_store.key is None or not any(own_store.key)
    ops.release()


def test_a_result_arriving_while_locked_is_handed_over_after_the_unlock(qtbot, ops):
    gate, told = threading.Event(), []
    op = ops.read(None, "The 903 check", lambda own: gate.wait(10) and "checked", told.append)
    qtbot.waitUntil(lambda: op.state is OpState.RUNNING, timeout=5_000)
    ops.hold(wait_ms=0)  # locked while it runs
    gate.set()
    qtbot.waitUntil(lambda: op.state is OpState.DONE, timeout=5_000)
    qtbot.wait(50)
    assert told == []  # nothing shown over the lock
    ops.release()
    assert told == ["checked"]


def test_finished_work_leaves_no_progress_window_behind_and_quick_work_shows_none(qtbot, ops):
    """A sync every few minutes must not leave a hidden progress window behind each time."""
    from PySide6.QtWidgets import QProgressDialog, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    done = []
    for n in range(3):
        ops.write(page, f"sync {n}", lambda own, n=n: n, done.append, quiet=n == 0)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5_000)
    assert page.findChildren(QProgressDialog) == []
    gate = threading.Event()
    slow = ops.read(page, "A slow check…", lambda own: gate.wait(10), done.append)
    qtbot.waitUntil(lambda: slow.progress is not None and slow.progress.isVisible(), timeout=5_000)
    assert slow.progress.labelText() == "A slow check…"
    gate.set()
    qtbot.waitUntil(lambda: not slow.running, timeout=5_000)
    assert slow.progress is None
