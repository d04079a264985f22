"""A PA writing up visits at speed, by keyboard: Enter opens, focus goes where the typing belongs."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.contacts import Contact, ContactType, FollowUp
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.gui.main_window import MainWindow
from careleaver_app.gui.record import RecordPage


@pytest.fixture
def person(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kofi Mensah", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]), team["pa"])
    services.contacts.log(Contact(pid, datetime(2026, 11, 10, 10, 0), ContactType.VISIT_HOME, team["pa"], seen=True,
                                  summary="Visited at home; talked about the tenancy renewal.",
                                  follow_ups=[FollowUp("Ring the housing officer", "Priya", date(2026, 11, 30)),
                                              FollowUp("Send the bursary form", "Priya", date(2026, 11, 25))]))
    return pid


@pytest.fixture
def window(qtbot, services, person, gui_ask):
    w = MainWindow(services, services.workers.current())
    qtbot.addWidget(w)
    w.show()
    return w


def test_enter_opens_a_search_result(qtbot, window, person):
    window.tabs.setCurrentWidget(window.search)
    search = window.search
    qtbot.keyClicks(search.query_edit, "tenancy")
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert search.model.rowCount() >= 1
    search.table.setFocus()
    search.table.selectRow(0)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordPage) and page.person_id == person
    assert page.tabs.currentWidget() is page.contacts
    assert "Press Enter" in search.summary.text()


def _dialog(qtbot, services, person):
    from careleaver_app.gui.contacts_tab import ContactDialog

    dlg = ContactDialog(services, person, services.workers.current())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    return dlg


def test_typing_after_add_follow_up_goes_into_the_follow_up(qtbot, services, person, gui_ask):
    dlg = _dialog(qtbot, services, person)
    ui = dlg.ui
    qtbot.keyClicks(ui.summary_edit, "Talked about college.")
    qtbot.mouseClick(ui.add_followup_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.focusWidget(), "Book a GP appointment")
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    assert ui.followups_table.item(0, 0).text() == "Book a GP appointment"
    assert ui.summary_edit.toPlainText() == "Talked about college."
    dlg.discard()


def _done_dialog(fill):
    from careleaver_app.gui.contacts_tab import FollowUpDoneDialog

    def run():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, FollowUpDoneDialog):
            QTimer.singleShot(10, run)
            return
        fill(dlg)
    QTimer.singleShot(0, run)


def test_any_open_follow_up_can_be_marked_done_on_the_day_it_was_done(qtbot, window, services, person, today):
    tab = window.open_person(person).contacts
    assert "Ring the housing officer" in tab.followups_label.text() and "Send the bursary form" in tab.followups_label.text()

    def fill(dlg):
        ui = dlg.ui
        assert ui.followup_combo.count() == 2 and ui.done_on_edit.text() == today.strftime("%d/%m/%Y")
        ui.followup_combo.setCurrentIndex(next(i for i in range(2) if "bursary" in ui.followup_combo.itemText(i)))
        for bad, words in (((today + timedelta(days=1)), "future"), (date(2026, 11, 9), "before the contact it came from")):
            ui.done_on_edit.clear()
            qtbot.keyClicks(ui.done_on_edit, bad.strftime("%d/%m/%Y"))
            dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
            assert dlg.isVisible() and words in ui.done_on_error.text()
        ui.done_on_edit.clear()
        qtbot.keyClicks(ui.done_on_edit, "10/11/2026")  # the day of the visit: the boundary
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    _done_dialog(fill)
    tab.followup_done_button.click()
    left = services.contacts.followups(person)
    assert [f.what for f in left] == ["Ring the housing officer"]
    done = next(f for f in services.contacts.contacts(person, limit=5)[0].follow_ups if f.what == "Send the bursary form")
    assert done.done_on == date(2026, 11, 10)
    assert "Send the bursary form" not in tab.followups_label.text()
