"""The team server as a worker sees it: the status bar, Sync now, what arrives, what was not
taken, and joining a team from an empty store."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from careleaver_app.app import build_services
from careleaver_app.domain.contacts import Contact, ContactType
from careleaver_app.services.context import Clock
from careleaver_app.storage.store import Store
from tests.support.team_server import PASSWORD
from tests.support.windows import shown_main_window


def make_window(qtbot, services):
    w = shown_main_window(qtbot, services)
    w.activateWindow()
    return w


def wait_for_sync(qtbot, w):
    qtbot.waitUntil(lambda: w.sync_controller.task is not None and not w.sync_controller.running, timeout=20_000)


def sync_by_keyboard(qtbot, w):
    before = w.sync_controller.task
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: w.sync_controller.task is not before, timeout=5_000)
    wait_for_sync(qtbot, w)


def test_a_team_laptop_shows_its_sync_and_brings_in_another_workers_contact(qtbot, council, gui_ask):
    pa, duty = council.laptop("pa"), council.laptop("duty")
    w = make_window(qtbot, pa.services)
    wait_for_sync(qtbot, w)  # a sync at start
    label = w.sync_controller.label
    assert label.isVisible()
    assert label.text().startswith("Team server: synced ") and label.text().endswith("all changes sent")
    assert not w.findChild(QAction, "action_switch_worker").isEnabled()  # the signed-in worker acts
    amara = council.people["amara"]
    page = w.open_person(amara)
    page.show_tab("contacts_tab")
    rows = page.contacts.proxy.rowCount()
    when = datetime.combine(council.today - timedelta(days=1), time(16, 30))
    duty.services.contacts.log(Contact(amara, when, ContactType.PHONE, council.workers["duty"],
                                       summary="Duty call: Amara asked about her bus pass"))
    duty.sync()
    sync_by_keyboard(qtbot, w)
    assert page.contacts.proxy.rowCount() == rows + 1  # the open record shows it at once
    assert any("bus pass" in page.contacts.proxy.row_at(r).summary for r in range(page.contacts.proxy.rowCount()))


def test_a_change_the_server_refuses_is_reported_and_what_stands_is_shown(qtbot, council, gui_ask):
    duty = council.laptop("duty")
    amara = council.people["amara"]
    w = make_window(qtbot, duty.services)
    wait_for_sync(qtbot, w)
    duty.services.people.update(replace(duty.services.people.get(amara), phone="07700 900999"))
    sync_by_keyboard(qtbot, w)
    assert "1 not taken" in w.sync_controller.label.text()
    assert "did not take some of your changes" in w.statusBar().currentMessage()
    assert duty.services.people.get(amara).phone == "07700 900001"
    w.findChild(QAction, "action_sync_notices").trigger()
    kind, text = gui_ask.log[-1]
    assert kind == "inform" and "A duty worker cannot change young people" in text and "07700 900999" in text
    assert "not taken" not in w.sync_controller.label.text()  # read now


def test_offline_is_calm_and_keeps_the_changes(qtbot, council, gui_ask):
    pa = council.laptop("pa")
    w = make_window(qtbot, pa.services)
    wait_for_sync(qtbot, w)
    council.cluster.stop()
    try:
        pa.services.contacts.log(Contact(council.people["ben"], datetime.combine(council.today, time(8, 0)),
                                         ContactType.TEXT, council.workers["pa"], summary="Texted Ben: no reply yet"))
        sync_by_keyboard(qtbot, w)
        assert w.sync_controller.label.text() == "Team server: offline · 1 change kept on this laptop"
        assert gui_ask.log == []  # no dialog: offline is normal
    finally:
        council.cluster.start()
    sync_by_keyboard(qtbot, w)
    assert w.sync_controller.label.text().endswith("all changes sent")


def test_a_standalone_laptop_offers_to_join_and_a_new_store_joins_by_keyboard(qtbot, council, tmp_path, gui_ask, type_text):
    store = Store.open(tmp_path / "new.db", os.urandom(32))
    services = build_services(store, Clock(council.today))
    tid = services.workers.create_team("Temporary", "")
    from careleaver_app.domain.people import Role

    services.workers.set_current(services.workers.create_worker("Someone New", Role.PA, tid))
    w = make_window(qtbot, services)
    assert not w.sync_controller.label.isVisible()
    assert not w.findChild(QAction, "action_sync_now").isVisible()
    join = w.findChild(QAction, "action_join_team")
    assert join.isVisible()
    # (a store that already holds young people's records could not join: see the service's test)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = {}

    def fill():
        dlg = QApplication.activeModalWidget()
        ui = dlg.ui
        # Enter with nothing typed: each field says what it needs.
        qtbot.keyClick(ui.server_edit, Qt.Key.Key_Return)
        seen["login_error"] = ui.login_error.text()
        host = council.conninfo()["host"]
        type_text(ui.server_edit, host)
        ui.council_edit.setFocus()
        type_text(ui.council_edit, council.dbname[len("careleaver_"):])
        type_text(ui.login_edit, council.login("pa2"))
        type_text(ui.password_edit, PASSWORD)
        qtbot.keyClick(ui.password_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    join.trigger()
    assert "Login" in seen["login_error"] and "enter your login" in seen["login_error"]
    assert services.store.is_team_laptop()
    assert w.me.name == "Gareth Lloyd"
    assert w.sync_controller.label.isVisible()
    assert gui_ask.log[-1][1].startswith("This laptop now syncs with your team's server as Gareth Lloyd")
    names = sorted(r.legal_name for r in w.caseload.visible_rows())
    assert "Chloe Test" in names
    store.close()


@pytest.mark.parametrize("scale", ["1"])
def test_the_join_dialog_fits_a_small_laptop_screen(qtbot, council, scale, gui_ask):
    from careleaver_app.gui.ops import Operations
    from careleaver_app.gui.team_sync import JoinTeamDialog

    pa = council.laptop("pa")
    dlg = JoinTeamDialog(Operations(pa.services))
    qtbot.addWidget(dlg)
    dlg.show()
    size = dlg.sizeHint()
    assert size.width() <= 1366 and size.height() <= 700


def test_a_manager_resolves_a_conflict_from_the_work_tray(qtbot, council, gui_ask, type_text):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from careleaver_app.domain.worktray import ItemKind

    pa, pa2, manager = council.phone_conflict()
    amara = council.people["amara"]
    w = make_window(qtbot, manager.services)
    wait_for_sync(qtbot, w)
    assert w.sync_controller.label.text().endswith("1 conflict to resolve")
    assert w.findChild(QAction, "action_conflicts").isVisible()
    tray = w.worktray
    assert tray.scope_combo.currentText() == "My team"  # a manager's tray opens on their team
    row = next(r for r in range(tray.proxy.rowCount()) if tray.proxy.row_at(r).kind == ItemKind.CONFLICT)
    assert "Two values for the phone (details)" in tray.proxy.row_at(row).reason
    summary = tray.pa_model  # by PA and kind of work: the conflict is counted in its own column
    headers = [summary.headerData(i, Qt.Orientation.Horizontal) for i in range(summary.columnCount())]
    col = headers.index("Conflicts to resolve")
    by_pa = {summary.index(r, 0).data(): summary.index(r, col).data() for r in range(summary.rowCount())}
    assert by_pa["Priya Valente"] == "1"
    seen = {}

    def resolve():
        dlg = QApplication.activeModalWidget()
        seen["detail"] = dlg.detail.toPlainText()
        dlg.activateWindow()
        dlg.value_edit.setFocus()
        qtbot.waitUntil(dlg.value_edit.hasFocus)
        qtbot.keyClick(dlg.value_edit, Qt.Key.Key_Return)  # nothing typed: said at once
        seen["error"] = dlg.error_label.text()
        type_text(dlg.value_edit, "07700 900333")
        qtbot.keyClick(dlg.value_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 0, timeout=20_000)
        seen["after"] = dlg.detail.toPlainText()
        dlg.reject()

    QTimer.singleShot(0, resolve)
    tray.table.selectRow(row)
    tray.table.setFocus()
    qtbot.keyClick(tray.table, Qt.Key.Key_Return)
    assert "07700 900111" in seen["detail"] and "07700 900222" in seen["detail"] and "Gareth Lloyd" in seen["detail"]
    assert seen["error"] == "Corrected value: type the value that is right."
    assert "No conflicts are waiting" in seen["after"]
    assert manager.services.people.get(amara).phone == "07700 900333"
    assert not w.sync_controller.label.text().endswith("to resolve")
    w.grab().save(str(council.tmp / "manager.png"))


def test_a_manager_sees_who_has_looked_at_a_record(qtbot, council, gui_ask):
    pa, manager = council.laptop("pa"), council.laptop("manager")
    amara = council.people["amara"]
    pw = make_window(qtbot, pa.services)
    wait_for_sync(qtbot, pw)
    pw.open_person(amara)
    sync_by_keyboard(qtbot, pw)
    w = make_window(qtbot, manager.services)
    wait_for_sync(qtbot, w)
    w.open_person(amara)
    w.findChild(QAction, "action_who_looked").trigger()
    kind, text = gui_ask.log[-1]
    assert kind == "inform" and "Priya Valente: opened the record" in text
    assert not pw.findChild(QAction, "action_who_looked").isVisible()  # a PA does not ask


def test_the_cover_page_on_a_team_laptop_says_cover_needs_no_pack(qtbot, council, gui_ask):
    pa = council.laptop("pa")
    w = make_window(qtbot, pa.services)
    wait_for_sync(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = w.tabs.currentWidget()
    assert page.exchanges_label.text().startswith("On the team server, cover recorded here reaches the duty worker's laptop")
    assert "no cover pack is needed" in page.exchanges_label.text()


def test_a_pa_records_their_leave_and_the_duty_worker_sees_the_caseload_at_their_next_sync(qtbot, council, gui_ask):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

    from careleaver_app.gui.widgets import set_combo

    south, duty = council.laptop("south"), council.laptop("duty")
    dev = council.people["dev"]
    w = make_window(qtbot, south.services)
    wait_for_sync(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    cover = w.tabs.currentWidget()

    def fill():
        dlg = QApplication.activeModalWidget()
        ui = dlg.ui
        assert ui.worker_combo.currentText() == "Siân Ó Súilleabháin"  # her own leave
        set_combo(ui.kind_combo, "planned")
        ui.start_edit.clear()
        qtbot.keyClicks(ui.start_edit, council.today.strftime("%d/%m/%Y"))
        ui.return_edit.clear()
        qtbot.keyClicks(ui.return_edit, (council.today + timedelta(days=7)).strftime("%d/%m/%Y"))
        set_combo(ui.cover_combo, council.workers["duty"])
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(next(b for b in cover.findChildren(QPushButton) if b.objectName() == "record_absence"),
                     Qt.MouseButton.LeftButton)
    assert [a.cover_worker_id for a in south.services.cover.absences()] == [council.workers["duty"]]
    qtbot.waitUntil(lambda: not w.sync_controller.running, timeout=20_000)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    sync_by_keyboard(qtbot, w)
    assert w.sync_controller.label.text().endswith("all changes sent")
    d = make_window(qtbot, duty.services)
    wait_for_sync(qtbot, d)
    tray = d.worktray
    assert tray.scope_combo.currentText() == "My work"
    people = {tray.proxy.row_at(r).person_id for r in range(tray.proxy.rowCount())}
    assert dev in people  # Siân's young person, in the duty worker's own work while she is away
    d.grab().save(str(council.tmp / "duty.png"))
