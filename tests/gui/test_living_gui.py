"""Recording a move through the form: the statutory visit and the plan review prompt appear."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.gui.widgets import set_combo


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Niamh Doğan", dob=date(2008, 1, 20),
                                              care_periods=[CarePeriod(date(2022, 1, 1), date(2026, 1, 20))]), team["pa"])


def in_dialog(fill):
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_record_a_move_and_see_the_visit_due_and_review_prompt(qtbot, window, services, person, today):
    page = window.open_person(person)
    page.go_to("living")
    assert "No accommodation recorded" in page.living.now_label.text()
    moved = today - timedelta(days=2)

    def fill(dlg):
        set_combo(dlg.ui.type_combo, "T")  # a foyer: not allowed under 18
        dlg.ui.start_edit.clear()
        qtbot.keyClicks(dlg.ui.start_edit, "10/01/2026")
        ok(qtbot, dlg)
        assert "under 18" in dlg.ui.accom_type_error.text()
        set_combo(dlg.ui.type_combo, "D")
        dlg.ui.start_edit.clear()
        qtbot.keyClicks(dlg.ui.start_edit, moved.strftime("%d/%m/%Y"))
        qtbot.keyClicks(dlg.ui.provider_edit, "Millbrook Young People's Housing")
        dlg.ui.la_check.setChecked(True)
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.living.move_button, Qt.MouseButton.LeftButton)
    assert "Semi-independent" in page.living.now_label.text()
    assert "No suitability judgement" in page.living.now_label.text()
    # The statutory visit is due within 7 days, and a review prompt is on the plan.
    page.go_to("contacts")
    assert (moved + timedelta(days=7)).strftime("%d/%m/%Y") in page.contacts.status_label.text()
    assert "first visit within 7 days" in page.contacts.status_label.text()
    page.go_to("plan")
    assert "Change of accommodation" in page.plan.requests_label.text()
    kinds = {(i.person_id, i.kind) for i in window.worktray.visible_items()}
    assert (person, ItemKind.STATUTORY_VISIT) in kinds
    assert (person, ItemKind.SUITABILITY) in kinds
    # Judge it suitable: every Schedule 2 matter is needed.
    page.go_to("living")
    page.living.stays_table.selectRow(0)

    def judge(dlg):
        dlg.ui.suitable_radio.setChecked(True)
        qtbot.keyClicks(dlg.ui.reason_edit, "Safe, with support, near college")
        ok(qtbot, dlg)
        assert "answer every matter" in dlg.ui.answers_error.text()
        for w in dlg.answers.values():
            qtbot.keyClicks(w, "Checked")
        ok(qtbot, dlg)
    in_dialog(judge)
    qtbot.mouseClick(page.living.assess_button, Qt.MouseButton.LeftButton)
    assert "903 code D1" in page.living.now_label.text()
    assert page.living.judgements.rowCount() == 1


def test_eet_through_the_form(qtbot, window, person, services, today):
    page = window.open_person(person)
    page.go_to("eet")

    def fill(dlg):
        set_combo(dlg.ui.activ_combo, "G5")
        dlg.ui.start_edit.clear()
        qtbot.keyClicks(dlg.ui.start_edit, (today - timedelta(days=30)).strftime("%d/%m/%Y"))
        ok(qtbot, dlg)
    in_dialog(fill)
    qtbot.mouseClick(page.eet.add_button, Qt.MouseButton.LeftButton)
    assert "for 30 days" in page.eet.now_label.text()
    assert "NEET for 30 days" in page.header.alerts_label.text()  # the header counts the same days
    window.tabs.setCurrentWidget(window.caseload)
    window.caseload.show_only("NEET")
    assert [r.id for r in window.caseload.visible_rows()] == [person]
    window.caseload.show_only("Unsuitable accommodation")
    assert window.caseload.visible_rows() == []


def test_living_models_pass_the_model_tester(qtmodeltester, window, person):
    page = window.open_person(person)
    for m in (page.living.stays, page.living.judgements, page.living.arrangements, page.living.housing_model,
              page.eet.model, page.money.ent_model, page.money.offer_model):
        qtmodeltester.check(m)


def test_managers_edit_the_list_of_entitlements(qtbot, services, team, person, gui_ask):
    from PySide6.QtWidgets import QTableWidgetItem

    from careleaver_app.gui.entitlement_types_dialog import EntitlementTypesDialog
    dlg = EntitlementTypesDialog(services.living, services.workers.get(team["pa"]))
    qtbot.addWidget(dlg)
    assert dlg.table.editTriggers() == dlg.table.EditTrigger.NoEditTriggers and not dlg.add_button.isEnabled()
    dlg = EntitlementTypesDialog(services.living, services.workers.set_current(team["manager"]))
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    r = dlg.table.rowCount() - 1
    dlg.table.setItem(r, 0, QTableWidgetItem("Gym membership"))
    dlg.table.setItem(r, 1, QTableWidgetItem("twelve"))
    dlg.accept()
    assert "is not an amount" in dlg.error_label.text()
    assert "gym_membership" not in [t[0] for t in services.living.entitlement_types()]
    dlg.table.setItem(r, 1, QTableWidgetItem("120"))
    dlg.accept()
    assert ("gym_membership", "Gym membership", 12000, "") in services.living.entitlement_types()
    assert any(e.code == "gym_membership" for e in services.living.entitlements(person))


def test_the_allowances_the_law_sets_cannot_be_removed_from_the_list(qtbot, services, team, gui_ask):
    from careleaver_app.domain.entitlements import ALLOWANCE_CODES
    from careleaver_app.gui.entitlement_types_dialog import EntitlementTypesDialog
    dlg = EntitlementTypesDialog(services.living, services.workers.set_current(team["manager"]))
    qtbot.addWidget(dlg)
    n = dlg.table.rowCount()
    statutory = dlg.codes.index(next(c for c in dlg.codes if c in ALLOWANCE_CODES))
    dlg.table.setCurrentCell(statutory, 0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == n and statutory < len(dlg.codes) and dlg.codes[statutory] in ALLOWANCE_CODES
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == n + 1 and dlg.codes[-1] == ""
    dlg.table.setCurrentCell(n, 0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == n and len(dlg.codes) == n
