"""What a PA sees where the law's boundaries fall (issue 18, issue 17 point 8)."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from tests.support.windows import shown_main_window


@pytest.fixture
def window(qtbot, services, team, gui_ask):
    return shown_main_window(qtbot, services)


def test_a_young_person_added_today_is_not_flagged_as_lost_contact(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Kit Ferris", dob=date(2007, 5, 1),
                                             care_periods=[CarePeriod(date(2021, 5, 1), date(2025, 5, 1))]), team["pa"])
    page = window.open_person(pid)
    assert "Not in touch" not in page.header.alerts_label.text()
    page.go_to("contacts")
    status = page.contacts.status_label.text()
    assert "Not in touch" not in status and "17/01/2027" in status  # next contact: 8 weeks from today's allocation
    window.worktray.refresh()
    assert (pid, ItemKind.LOST_TOUCH) not in [(i.person_id, i.kind) for i in window.worktray.visible_items()]


def test_the_contact_form_asks_whether_a_text_was_answered_and_only_an_answer_keeps_in_touch(qtbot, window, services, team, today):
    from datetime import datetime

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from careleaver_app.domain.contacts import Contact, ContactType

    pid = services.people.create(YoungPerson(legal_name="Sol Baptiste", dob=date(2006, 6, 6),
                                             care_periods=[CarePeriod(date(2020, 6, 6), date(2024, 6, 6))]), team["pa"])
    services.contacts.log(Contact(pid, datetime(2026, 7, 1, 10, 0), ContactType.VISIT_HOME, team["pa"], seen=True, summary="Visit."))
    page = window.open_person(pid)
    page.go_to("contacts")
    assert "Not in touch" in page.contacts.status_label.text()  # last reached 01/07/2026: over 90 days
    seen_states = {}

    def log_text(answered: bool):
        def fill(dlg):
            ui = dlg.ui
            for kind in (ContactType.PHONE, ContactType.ATTEMPTED, ContactType.TEXT):
                ui.type_combo.setCurrentIndex(ui.type_combo.findData(kind))
                seen_states[kind] = (ui.two_way_check.isChecked(), ui.two_way_check.isEnabled())
            if answered:
                qtbot.mouseClick(ui.two_way_check, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(ui.summary_edit, "Texted about the drop-in." + (" Sol replied: will come." if answered else ""))
            qtbot.mouseClick(ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
        qtbot.mouseClick(page.contacts.log_button, Qt.MouseButton.LeftButton)

    log_text(answered=False)
    assert seen_states == {ContactType.PHONE: (True, False), ContactType.ATTEMPTED: (False, False), ContactType.TEXT: (False, True)}
    assert "Not in touch" in page.contacts.status_label.text()
    page.contacts.table.selectRow(0)
    assert "no reply" in page.contacts.model.data(page.contacts.model.index(0, 1))
    log_text(answered=True)
    assert "Not in touch" not in page.contacts.status_label.text()
    assert services.contacts.status(pid).last_successful.date() == today
