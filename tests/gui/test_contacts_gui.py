"""Logging a contact through the form and seeing next-due and the work tray update."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.worktray import ItemKind
from tests.support.people import seen_at_home


@pytest.fixture
def person(services, team):
    return seen_at_home(services, team["pa"])


def in_dialog(fill):
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_log_a_contact_and_see_next_due_and_the_work_tray_update(qtbot, window, services, person, today):
    tray_kinds = lambda: [(i.person_id, i.kind) for i in window.worktray.visible_items()]  # noqa: E731
    assert (person, ItemKind.CONTACT) in tray_kinds()  # last seen 01/09: overdue
    # The tray item opens the record at the contact log.
    row = next(r for r in range(window.worktray.proxy.rowCount()) if window.worktray.proxy.row_at(r).kind == ItemKind.CONTACT)
    window.worktray.table.selectRow(row)
    window.worktray.table.setFocus()
    qtbot.keyClick(window.worktray.table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert page.tabs.currentWidget() is page.contacts
    assert "Contact overdue by" in page.contacts.status_label.text()
    assert "Contact overdue by" in page.header.alerts_label.text()

    def fill(dlg):
        ui = dlg.ui
        ui.date_edit.clear()
        qtbot.keyClicks(ui.date_edit, (today + timedelta(days=1)).strftime("%d/%m/%Y"))
        ok(qtbot, dlg)
        assert dlg.isVisible() and "future" in ui.occurred_at_error.text()
        ui.date_edit.clear()
        qtbot.keyClicks(ui.date_edit, today.strftime("%d/%m/%Y"))
        ui.start_time_edit.setTime(ui.start_time_edit.time().fromString("10:00", "HH:mm"))
        qtbot.keyClicks(ui.end_time_edit, "09:30")
        ok(qtbot, dlg)
        assert "before" in ui.ended_at_error.text()
        ui.end_time_edit.clear()
        qtbot.keyClicks(ui.end_time_edit, "11:00")
        ok(qtbot, dlg)
        assert "notes are needed" in ui.summary_error.text()
        qtbot.keyClicks(ui.summary_edit, "Visited Kofi at home. He is settled and college is going well.")
        qtbot.mouseClick(ui.add_followup_button, Qt.MouseButton.LeftButton)
        from PySide6.QtWidgets import QTableWidgetItem
        ui.followups_table.setItem(0, 0, QTableWidgetItem("Send the bursary form"))
        ui.followups_table.setItem(0, 1, QTableWidgetItem("Priya"))
        qtbot.keyClicks(ui.followups_table.cellWidget(0, 2), (today + timedelta(days=7)).strftime("%d/%m/%Y"))
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.contacts.log_button, Qt.MouseButton.LeftButton)
    assert "Next contact due by" in page.contacts.status_label.text()
    assert (today + timedelta(days=56)).strftime("%d/%m/%Y") in page.contacts.status_label.text()
    assert page.contacts.model.rowCount() == 2
    assert "Send the bursary form" in page.contacts.followups_label.text()
    # The work tray no longer has the overdue contact; it has the follow-up.
    assert (person, ItemKind.CONTACT) not in tray_kinds()
    assert (person, ItemKind.FOLLOW_UP) in tray_kinds()
    c = services.contacts.contacts(person)[0]
    assert (c.occurred_at, c.ended_at, c.duration_minutes) == (datetime(today.year, today.month, today.day, 10, 0),
                                                               datetime(today.year, today.month, today.day, 11, 0), 60)


def test_amend_a_contact_keeps_and_shows_the_original(qtbot, window, services, person):
    page = window.open_person(person)
    page.go_to("contacts")
    page.contacts.table.selectRow(0)

    def fill(dlg):
        ok(qtbot, dlg)
        assert "Reason" in dlg.ui.reason_error.text()
        dlg.ui.summary_edit.setPlainText("Visited at home; all fine. Boiler broken: landlord told.")
        qtbot.keyClicks(dlg.ui.reason_edit, "Left out the boiler")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.contacts.amend_button, Qt.MouseButton.LeftButton)
    html = page.contacts.detail.toPlainText()
    assert "Boiler broken" in html and "Original" in html and "Visited at home; all fine." in html
    assert "Left out the boiler" in html
    assert page.contacts.model.row_at(0).amendments


def test_search_page_finds_and_opens(qtbot, window, services, person, type_text):
    window.tabs.setCurrentWidget(window.search)
    type_text(window.search.query_edit, "settled\"*-")
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)
    assert window.search.model.rowCount() == 0
    window.search.query_edit.clear()
    qtbot.keyClicks(window.search.query_edit, "all fi")
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)
    assert window.search.model.rowCount() == 1
    assert window.search.summary.text().startswith("1 result")
    # Enter on the result opens the record at the contact it found.
    window.search.table.setCurrentIndex(window.search.proxy.index(0, 0))
    qtbot.keyClick(window.search.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is not window.search
    assert window.tabs.currentWidget().tabs.currentWidget().objectName() == "contacts_tab"


def test_chronology_tab_lists_and_adds_events(qtbot, window, services, person, today):
    page = window.open_person(person)
    page.go_to("chronology")
    n = page.chronology.model.rowCount()
    assert n >= 3

    def fill(dlg):
        qtbot.keyClicks(dlg.ui.title_edit, "Started at Brackenford College")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.chronology.add_button, Qt.MouseButton.LeftButton)
    assert page.chronology.model.rowCount() == n + 1
    page.chronology.kind_combo.setCurrentIndex(page.chronology.kind_combo.findData("manual"))
    assert [e.title for e in page.chronology.model.rows] == ["Started at Brackenford College"]


def test_cadence_and_decision_dialogs_show_errors_at_the_fields_then_save(qtbot, services, person, today, gui_ask):
    from careleaver_app.domain.contacts import InTouch
    from careleaver_app.gui.contacts_tab import CadenceDialog, DecisionDialog
    dlg = CadenceDialog(services.contacts, services.settings, person)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.ui.reason_edit, "Crisis after losing her flat")
    qtbot.keyClicks(dlg.ui.until_edit, "31/02/2027")
    ok(qtbot, dlg)
    assert dlg.ui.until_error.text()  # 31 February is not a date
    assert services.contacts.status(person).cadence_days != 7  # nothing saved
    dlg.ui.until_edit.setText("28/02/2027")
    ok(qtbot, dlg)
    assert dlg.result() == 1 and services.contacts.status(person).cadence_days == 7

    dlg = DecisionDialog(services.contacts, services.clock, person)
    qtbot.addWidget(dlg)
    dlg.ui.status_combo.setCurrentIndex(dlg.ui.status_combo.findData(InTouch.REFU))
    ok(qtbot, dlg)
    assert dlg.ui.reason_error.text() and services.contacts.decisions(person) == []
    qtbot.keyClicks(dlg.ui.reason_edit, "Told me by phone she does not want contact for now")
    ok(qtbot, dlg)
    assert dlg.result() == 1 and services.contacts.status(person).decision == InTouch.REFU


def test_models_pass_the_model_tester(qtmodeltester, window, person):
    qtmodeltester.check(window.worktray.model)
    qtmodeltester.check(window.worktray.proxy)
    page = window.open_person(person)
    qtmodeltester.check(page.contacts.model)
    qtmodeltester.check(page.chronology.model)
    window.search.query_edit.setText("visited")
    window.search.run()
    qtmodeltester.check(window.search.model)
