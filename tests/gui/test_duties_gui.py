"""Issue 25 through the record's Identity and duties tab, as a PA uses it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidgetItem

from careleaver_app.domain.contacts import InTouch
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.gui.widgets import set_combo
from tests.support.windows import shown_main_window


@pytest.fixture
def window(qtbot, services, team, gui_ask):
    return shown_main_window(qtbot, services)


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def in_dialog(fill):
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))


def test_documents_through_the_form_and_the_first_plan_date(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Amara Quist", dob=date(2010, 8, 31),
                                             care_periods=[CarePeriod(date(2023, 1, 9))]), team["pa"])
    page = window.open_person(pid)
    assert "No pathway plan: due by 30/11/2026" in page.alert_lines()
    page.go_to("duties")
    tab = page.duties
    assert page.tabs.currentWidget() is tab
    assert "due by 30/11/2026" in tab.first_plan_label.text() and "Overdue" not in tab.first_plan_label.text()
    assert "Priya Valente" in tab.pa_label.text()
    assert [tab.documents.rows[i].status for i in range(6)] == [""] * 6

    def fill(dlg):
        ui = dlg.ui
        set_combo(ui.birth_certificate_combo, "held")
        set_combo(ui.passport_or_id_combo, "applied")
        ok(qtbot, dlg)
        assert dlg.isVisible() and "date it was applied for" in ui.passport_or_id_error.text()
        qtbot.keyClicks(ui.passport_or_id_date, "03/11/2026")
        set_combo(ui.voter_registration_combo, "not_needed")
        qtbot.keyClicks(ui.voter_registration_notes, "Not yet 18")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(tab.documents_button, Qt.MouseButton.LeftButton)
    shown = {d.kind: (d.status, d.on, d.notes) for d in services.duties.documents(pid)}
    assert shown["birth_certificate"][0] == "held" and shown["passport_or_id"][:2] == ("applied", date(2026, 11, 3))
    assert shown["voter_registration"] == ("not_needed", None, "Not yet 18")
    assert tab.documents.data(tab.documents.index(1, 1)) == "Applied for"


def test_immigration_status_with_leave_ending(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Dawit Haile", dob=date(2008, 4, 2),
                                             care_periods=[CarePeriod(date(2023, 1, 9))]), team["pa"])
    page = window.open_person(pid)
    page.go_to("duties")
    tab = page.duties
    assert "Not recorded" in tab.immigration_label.text()

    def fill(dlg):
        ui = dlg.ui
        set_combo(ui.status_combo, "refugee")
        ok(qtbot, dlg)
        assert dlg.isVisible() and "enter the date the leave ends" in ui.leave_expires_error.text()
        qtbot.keyClicks(ui.leave_expires_edit, "01/04/2027")
        ui.citizenship_check.setChecked(True)
        qtbot.keyClicks(ui.triple_plan_edit, "Stay: extend refugee leave. Return: not safe. Elsewhere: none.")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(tab.immigration_button, Qt.MouseButton.LeftButton)
    text = tab.immigration_label.text()
    assert "Refugee status" in text and "leave ends on 01/04/2027: apply to extend it in time" in text  # inside 6 months
    assert "entitled to register as a British citizen: not yet applied for" in text
    assert "Leave to remain ends 01/04/2027" in page.alert_lines()
    # The status is the young person's own field, for anyone (not only UASC): the Details tab shows it too.
    assert not page.details.form.ui.uasc_check.isChecked() and page.details.form.ui.immigration_combo.isEnabled()
    assert page.details.form.ui.immigration_combo.currentData() == "refugee"
    assert services.people.get(pid).immigration_status == "refugee"


def test_a_death_is_notified_through_the_tab(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Joël Achterberg", dob=date(2006, 5, 1),
                                             care_periods=[CarePeriod(date(2020, 5, 1), date(2024, 5, 1))]), team["pa"])
    page = window.open_person(pid)
    page.go_to("duties")
    assert page.duties.death_box.isHidden()
    services.contacts.record_decision(pid, InTouch.DIED, date(2026, 11, 20), "Confirmed by the coroner's office")
    page.reload()
    page.duties.reload()
    assert "Notify the death by 27/11/2026" in page.alert_lines()
    assert not page.duties.death_box.isHidden()
    assert "tell the Secretary of State (DfE) and Ofsted by 27/11/2026" in page.duties.death_label.text()

    def fill(dlg):
        ui = dlg.ui
        qtbot.keyClicks(ui.sos_notified_on_edit, "23/11/2026")
        ok(qtbot, dlg)
        assert dlg.isVisible() and "is in the future" in ui.sos_notified_on_error.text()
        ui.sos_notified_on_edit.clear()
        qtbot.keyClicks(ui.sos_notified_on_edit, "21/11/2026")
        qtbot.keyClicks(ui.ofsted_notified_on_edit, "22/11/2026")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.duties.death_button, Qt.MouseButton.LeftButton)
    assert "Ofsted on 22/11/2026" in page.duties.death_label.text()
    assert not any("Notify the death" in line for line in page.alert_lines())


def test_a_manager_keeps_the_bank_holidays(qtbot, services, team, gui_ask):
    from careleaver_app.gui.bank_holidays_dialog import BankHolidaysDialog

    services.workers.set_current(team["manager"])
    dlg = BankHolidaysDialog(services.duties, services.workers.get(team["manager"]))
    qtbot.addWidget(dlg)
    assert dlg.cell(0, 0) == "01/01/2025" and dlg.table.rowCount() == 32
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    dlg.table.setItem(32, 0, QTableWidgetItem("30/02/2029"))
    dlg.accept()
    assert "row 33" in dlg.error_label.text() and "February 2029 has 28 days" in dlg.error_label.text()
    dlg.table.setItem(32, 0, QTableWidgetItem("01/01/2029"))
    dlg.accept()
    assert date(2029, 1, 1) in services.duties.bank_holidays()
    pa = BankHolidaysDialog(services.duties, services.workers.get(team["pa"]))
    qtbot.addWidget(pa)
    assert not pa.add_button.isEnabled()


def test_release_from_custody_through_the_tab(qtbot, window, services, team):
    from careleaver_app.domain.accommodation import AccommodationEpisode

    pid = services.people.create(YoungPerson(legal_name="Kai Brennan", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 3, 3), date(2025, 3, 3))]), team["pa"])
    services.living.record_move(AccommodationEpisode(pid, "X", date(2026, 9, 1), provider="HMP Brackenford"))
    page = window.open_person(pid)
    page.go_to("duties")
    tab = page.duties
    assert "In custody: record the expected release date" in tab.custody_label.text()

    def fill(dlg):
        ui = dlg.ui
        ok(qtbot, dlg)
        assert dlg.isVisible() and "expected release date" in ui.release_on_error.text()
        qtbot.keyClicks(ui.release_on_edit, "15/12/2026")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(tab.custody_button, Qt.MouseButton.LeftButton)
    assert "Release on 15/12/2026: review the plan and arrange accommodation by 17/11/2026." in tab.custody_label.text()
    assert "color" in tab.custody_label.text()  # overdue: shown as a warning


def test_the_offer_at_21_through_the_tab(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Ruairí Dlamini", dob=date(2005, 12, 15),
                                             care_periods=[CarePeriod(date(2019, 12, 15), date(2023, 12, 15))]), team["pa"])
    page = window.open_person(pid)
    page.go_to("duties")
    tab = page.duties
    assert "is due by 15/12/2026" in tab.offer_label.text()

    def fill(dlg):
        ui = dlg.ui
        ok(qtbot, dlg)
        assert dlg.isVisible() and "choose accepted" in ui.outcome_error.text()
        set_combo(ui.outcome_combo, "accepted")
        qtbot.keyClicks(ui.how_edit, "At a visit")
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(tab.offer_button, Qt.MouseButton.LeftButton)
    assert "offered 22/11/2026: accepted: wants a pa's support" in tab.offer_label.text()
    assert page.details.form.ui.support_to_25_check.isChecked()


def test_requests_and_the_duty_to_refer_through_the_tab(qtbot, window, services, team, gui_ask):
    pid = services.people.create(YoungPerson(legal_name="Amara Quist", dob=date(2008, 8, 31),
                                             care_periods=[CarePeriod(date(2023, 1, 9), date(2025, 1, 9))]), team["pa"])
    page = window.open_person(pid)
    page.go_to("duties")
    tab = page.duties

    def risk(dlg):
        qtbot.keyClicks(dlg.ui.reason_edit, "Notice to leave supported lodgings")
        ok(qtbot, dlg)
    in_dialog(risk)
    qtbot.mouseClick(tab.risk_button, Qt.MouseButton.LeftButton)
    assert "Refer them to a housing authority" in tab.risk_label.text()

    def ask(dlg):
        ui = dlg.ui
        set_combo(ui.body_kind_combo, "housing")
        qtbot.keyClicks(ui.body_name_edit, "Millbrook District Council")
        qtbot.keyClicks(ui.what_edit, "Duty to refer: notice to leave")
        ui.duty_to_refer_check.setChecked(True)
        ok(qtbot, dlg)
        assert dlg.isVisible() and "needs the young person's consent" in ui.consent_error.text()
        ui.consent_check.setChecked(True)
        ok(qtbot, dlg)
    in_dialog(ask)
    qtbot.mouseClick(tab.ask_button, Qt.MouseButton.LeftButton)
    assert "Referred under the duty to refer" in tab.risk_label.text()
    assert tab.requests.data(tab.requests.index(0, 3)) == "Waiting (chase by 20/12/2026)"

    def answer(dlg):
        ui = dlg.ui
        qtbot.keyClicks(ui.answered_on_edit, "22/11/2026")
        qtbot.keyClicks(ui.answer_edit, "Prevention duty accepted; housing officer allocated")
        ok(qtbot, dlg)
    tab.requests_table.selectRow(0)
    in_dialog(answer)
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    assert tab.requests.data(tab.requests.index(0, 3)) == "22/11/2026: Prevention duty accepted; housing officer allocated"


def test_staying_close_appears_once_a_manager_says_the_duty_is_in_force(qtbot, window, services, team):
    from careleaver_app.gui.settings_dialog import SettingsDialog

    pid = services.people.create(YoungPerson(legal_name="Ruairí Dlamini", dob=date(2005, 12, 15),
                                             care_periods=[CarePeriod(date(2019, 12, 15), date(2023, 12, 15))]), team["pa"])
    page = window.open_person(pid)
    page.go_to("duties")
    assert page.duties.close_box.isHidden()
    services.workers.set_current(team["manager"])  # only a manager signed in as themselves changes local settings
    dlg = SettingsDialog(services.settings, services.workers.get(team["manager"]))
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.inputs["staying_close_duty_in_force"]
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    dlg.accept()
    assert dlg.error_label.text() == ""
    assert services.settings.get().staying_close_duty_in_force
    services.workers.set_current(team["pa"])
    page.duties.reload()
    assert not page.duties.close_box.isHidden() and "Not yet assessed" in page.duties.close_label.text()

    def fill(d):
        ui = d.ui
        set_combo(ui.needed_combo, "yes")
        qtbot.keyClicks(ui.decision_edit, "Support to stay near Elm House")
        ok(qtbot, d)
        assert d.isVisible() and "what the young person said" in ui.representations_error.text()
        qtbot.keyClicks(ui.representations_edit, "I want to stay near my friends")
        ok(qtbot, d)
    in_dialog(fill)
    qtbot.mouseClick(page.duties.close_button, Qt.MouseButton.LeftButton)
    assert "Assessed 22/11/2026: needed (Support to stay near Elm House)." in page.duties.close_label.text()
