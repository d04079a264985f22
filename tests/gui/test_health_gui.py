"""Recording the health-history handover through the form."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.gui.widgets import set_combo
from tests.support.windows import shown_main_window


@pytest.fixture
def window(qtbot, services, team, gui_ask):
    pid = services.people.create(YoungPerson(legal_name="Kofi Baptiste", dob=date(2008, 12, 10),
                                             care_periods=[CarePeriod(date(2022, 1, 1))]), team["pa"])
    w = shown_main_window(qtbot, services)
    w.pid = pid
    return w


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_record_a_handover_through_the_form(qtbot, window, services):
    page = window.open_person(window.pid)
    page.go_to("health")
    assert "due by the 18th birthday (10/12/2026)" in page.health.handover_label.text()  # flagged: 17, six months to go

    def fill(dlg):
        ui = dlg.ui
        qtbot.keyClicks(ui.requested_on_edit, "01/10/2026")
        set_combo(ui.requested_from_combo, "lac_nursing")
        qtbot.keyClicks(ui.received_on_edit, "20/09/2026")
        qtbot.keyClicks(ui.received_by_edit, "Priya Valente")
        ok(qtbot, dlg)
        assert dlg.isVisible() and "before it was requested" in ui.received_on_error.text()
        ui.received_on_edit.clear()
        qtbot.keyClicks(ui.received_on_edit, "20/10/2026")
        qtbot.keyClicks(ui.given_on_edit, "01/11/2026")
        set_combo(ui.format_combo, "health_passport")
        ui.explained_check.setChecked(True)
        ok(qtbot, dlg)
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(page.health.handover_button, Qt.MouseButton.LeftButton)
    assert "Given to them on 01/11/2026" in page.health.handover_label.text()
    h = services.health.handover(window.pid)
    assert (h.requested_on, h.received_on, h.given_on, h.given_format) == (date(2026, 10, 1), date(2026, 10, 20), date(2026, 11, 1),
                                                                          "health_passport")
    assert not services.health.status(window.pid).needs_attention


def test_health_models_pass_the_model_tester(qtmodeltester, window):
    page = window.open_person(window.pid)
    qtmodeltester.check(page.health.needs)
    qtmodeltester.check(page.health.refs)


def test_managers_set_the_crisis_lines(qtbot, services, team, gui_ask):
    from careleaver_app.gui.crisis_lines_dialog import CrisisLinesDialog
    dlg = CrisisLinesDialog(services.health, services.workers.set_current(team["manager"]))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    n = dlg.table.rowCount()
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == n + 1

    def type_in_cell(row, col, text):
        """Go to the cell, press F2 and type into the editor that opens, then Enter."""
        dlg.table.setCurrentCell(row, col)
        qtbot.keyClick(dlg.table, Qt.Key.Key_F2)
        editors = [e for e in dlg.table.viewport().findChildren(QLineEdit) if e.isVisible()]
        assert len(editors) == 1, "F2 opened no editor"
        editor = editors[0]
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dlg.cell(row, col) == text)  # the delegate commits on the next turn

    type_in_cell(n, 0, "Local crisis team")
    type_in_cell(n, 2, "Evenings")
    save = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "how to reach them" in dlg.error_label.text() and dlg.isVisible()
    assert ("Local crisis team", "", "Evenings") not in services.health.crisis_lines()
    type_in_cell(n, 1, "01632 960777")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert ("Local crisis team", "01632 960777", "Evenings") in services.health.crisis_lines()


def test_typing_a_wrong_nhs_number_shows_the_fix_and_saves_nothing(qtbot, window, services):
    page = window.open_person(window.pid)
    page.go_to("health")
    f = page.health.fui
    assert f.nhs_number_label.text() == "NHS num&ber" and "optional" in f.nhs_number_edit.toolTip().lower()
    assert f.passport_nhs_number_check.isChecked()  # in their passport unless they say no
    qtbot.keyClicks(f.gp_practice_edit, "Kingsmere Medical Practice")
    qtbot.keyClick(f.gp_practice_edit, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # the label's access key (Alt+N is Chro&nology)
    assert f.nhs_number_edit.hasFocus()
    qtbot.keyClicks(f.nhs_number_edit, "999 000 0019")  # a typing slip: 999 000 0018 is right
    qtbot.mouseClick(f.save_record_button, Qt.MouseButton.LeftButton)
    assert f.nhs_number_error.text() == ("NHS number: 10 digits, as on their NHS letter or the NHS App; this one's check digit is "
                                         "wrong — check for a typing slip")
    assert f.nhs_number_error.isVisible() and f.record_status.text() == "Not saved: see the messages in red"
    rec = services.health.record(window.pid)
    assert rec.nhs_number == "" and rec.gp_practice == ""  # nothing half-saved
    f.nhs_number_edit.clear()
    qtbot.keyClicks(f.nhs_number_edit, "999-000-0018")
    qtbot.mouseClick(f.save_record_button, Qt.MouseButton.LeftButton)
    assert f.record_status.text() == "Saved" and f.nhs_number_error.text() == ""
    assert f.nhs_number_edit.text() == "999 000 0018"  # shown as people read it
    rec = services.health.record(window.pid)
    assert (rec.nhs_number, rec.gp_practice, rec.passport_nhs_number) == ("9990000018", "Kingsmere Medical Practice", True)
