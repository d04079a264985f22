"""Writing a plan through the editor: gaps in the checklist, finalise blocked, then finalised."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SECTIONS, SectionKey
from tests.support.acting import as_manager
from tests.support.private_files import assert_private
from tests.support.windows import shown_main_window


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Amara Okafor", preferred_name="Mara", dob=date(2008, 4, 1),
                                              care_periods=[CarePeriod(date(2022, 1, 1), date(2026, 4, 1))]), team["pa"])


def in_dialog(qtbot, fill):
    """Run ``fill(dialog)`` on the next modal dialog that opens."""
    def run():
        dlg = QApplication.activeModalWidget()
        assert dlg is not None, "no dialog opened"
        fill(dlg)
    QTimer.singleShot(0, run)


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_write_a_plan_see_finalise_blocked_then_finalise(qtbot, tab, services, person, gui_ask, today):
    assert tab.start_button.isVisible() and "no pathway plan yet" in tab.empty_label.text()
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.plan is not None and tab.save_button.isVisible()
    assert "Still needed before finalising" in tab.checklist_title.text()

    # Finalising now is refused, with the checklist saying why.
    qtbot.mouseClick(tab.finalise_button, Qt.MouseButton.LeftButton)
    assert gui_ask.log[-1][0] == "warn" and "cannot be finalised yet" in gui_ask.log[-1][1]
    first_gap_count = tab.checklist.count()
    assert first_gap_count >= 12

    # Clicking a checklist item jumps to the field.
    item = next(tab.checklist.item(i) for i in range(tab.checklist.count()) if "Money" in tab.checklist.item(i).text())
    rect = tab.checklist.visualItemRect(item)
    qtbot.mouseClick(tab.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.stack.currentIndex() == 1 + [s.key for s in SECTIONS].index(SectionKey.FINANCE)

    for info in SECTIONS:
        if info.key != SectionKey.CONTINGENCY:
            tab.show_section(info.key)
            qtbot.keyClicks(tab.pages[info.key].ui.need_edit, f"Need for {info.plain_title}")

    # An action, through its dialog; first without a date (refused at the field), then with one.
    tab.show_section(SectionKey.EDUCATION)
    page = tab.pages[SectionKey.EDUCATION]

    def action(dlg):
        qtbot.keyClicks(dlg.ui.what_edit, "Apply for the 16-19 bursary")
        ok(qtbot, dlg)
        assert dlg.isVisible() and "timescale" in dlg.ui.target_date_error.text()
        qtbot.keyClicks(dlg.ui.target_date_edit, "15/12/2026")
        ok(qtbot, dlg)
    in_dialog(qtbot, action)
    qtbot.mouseClick(page.ui.add_action_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in tab.plan.actions] == ["Apply for the 16-19 bursary"]
    assert page.actions_model.rowCount() == 1

    # A plan-level contingency.
    tab.show_section(SectionKey.CONTINGENCY)

    def contingency(dlg):
        qtbot.keyClicks(dlg.ui.trigger_edit, "I lose my tenancy")
        qtbot.keyClicks(dlg.ui.response_edit, "my PA contacts housing options the same day")
        qtbot.keyClicks(dlg.ui.who_edit, "Priya, 07700 900123")
        ok(qtbot, dlg)
    in_dialog(qtbot, contingency)
    qtbot.mouseClick(tab.pages[SectionKey.CONTINGENCY].ui.add_contingency_button, Qt.MouseButton.LeftButton)
    assert len(tab.plan.contingencies_in(SectionKey.CONTINGENCY)) == 1

    tab.show_section(None)
    qtbot.keyClicks(tab.overview.ui.views_edit, "I'm happy with it")
    qtbot.keyClicks(tab.overview.ui.copy_given_edit, today.strftime("%d/%m/%Y"))
    tab.overview.ui.copy_given_edit.editingFinished.emit()
    assert "Ready to finalise" in tab.checklist_title.text()

    # Save the draft, then finalise.
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.save_status.text() == "Draft saved"
    gui_ask.queue(True)
    qtbot.mouseClick(tab.finalise_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text().startswith(f"Finalised {tab.plan.start_date:%d/%m/%Y}")
    assert services.plans.current(person).is_final
    assert not tab.save_button.isVisible() and tab.review_button.isVisible()
    assert tab.pages[SectionKey.HEALTH].ui.need_edit.isReadOnly()
    assert "Next review due by" in tab.review_label.text()


def test_start_a_review_from_a_finalised_plan(qtbot, tab, services, person, gui_ask, today):
    from tests.storage.test_plans_service import fill
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    services.plans.finalise(fill(plan))
    tab.reload()

    def review(dlg):
        dlg.ui.reason_combo.setCurrentIndex(1)
        ok(qtbot, dlg)
    in_dialog(qtbot, review)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    assert tab.plan.version == 2 and not tab.plan.is_final
    assert tab.version_combo.count() == 2
    assert tab.overview.ui.review_date_edit.text() == today.strftime("%d/%m/%Y")
    # The earlier version opens read-only.
    assert tab.version_combo.currentIndex() == 0
    qtbot.keyClick(tab.version_combo, Qt.Key.Key_Down)
    assert tab.plan.version == 1 and "earlier version" in tab.status_label.text()
    assert not tab.finalise_button.isVisible()


def test_plan_models_pass_the_model_tester(qtmodeltester, tab, services, person):
    from tests.storage.test_plans_service import fill
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    services.plans.save_draft(fill(plan))
    tab.reload()
    qtmodeltester.check(tab.pages[SectionKey.EDUCATION].actions_model)
    qtmodeltester.check(tab.pages[SectionKey.CONTINGENCY].cont_model)


def test_pdf_preview_opens_the_plan(qtbot, services, person, gui_ask, tmp_path):
    from careleaver_app.gui.pdf_preview import PdfPreviewDialog
    plan = services.plans.start_plan(person, date(2026, 11, 1))
    dlg = PdfPreviewDialog(services.plans.pdf(plan.id), "Pathway plan", "plan.pdf")
    qtbot.addWidget(dlg)
    assert dlg.document.pageCount() >= 2
    out = tmp_path / "saved.pdf"
    gui_ask.queue(str(out))
    assert dlg.save_pdf() == str(out)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert_private(out)


def test_local_settings_only_managers_change_and_unconfirmed_is_said(qtbot, services, team, gui_ask):
    from careleaver_app.gui.settings_dialog import SettingsDialog
    pa = services.workers.get(team["pa"])
    dlg = SettingsDialog(services.settings, pa)
    qtbot.addWidget(dlg)
    assert not dlg.inputs["review_after_move_days"].isEnabled()
    manager = services.workers.set_current(team["manager"])  # the manager signs in as themselves
    dlg = SettingsDialog(services.settings, manager)
    qtbot.addWidget(dlg)
    labels = [w.text() for w in dlg.findChildren(type(dlg.error_label))]
    assert any("(unconfirmed)" in t for t in labels)
    dlg.inputs["review_after_move_days"].setValue(21)
    dlg.inputs["out_of_hours_phone"].setText("not a phone")
    dlg.accept()
    assert "digits" in dlg.error_label.text()
    assert services.settings.get().review_after_move_days == 28  # nothing half-saved
    dlg.inputs["out_of_hours_phone"].setText("01632 960999")
    dlg.accept()
    assert services.settings.get().review_after_move_days == 21
    assert services.settings.get().out_of_hours_phone == "01632 960999"


def test_record_header_flags_plan_problems(qtbot, demo_services, gui_ask):
    w = shown_main_window(qtbot, demo_services)
    row = next(r for r in w.caseload.visible_rows() if r.facts.plan.review.is_overdue())
    page = w.open_person(row.id)
    assert page.header.alerts_label.isVisible()
    assert "Plan review overdue by" in page.header.alerts_label.text()


def test_printing_a_plan_warns_when_the_out_of_hours_number_is_not_set(qtbot, tab, services, person, gui_ask):
    from careleaver_app.gui.pdf_preview import PdfPreviewDialog

    services.plans.start_plan(person, date(2026, 11, 1))
    tab.reload()
    opened = []
    original = PdfPreviewDialog.exec
    PdfPreviewDialog.exec = lambda self: opened.append(self)  # record the preview instead of showing it
    try:
        gui_ask.queue(False)  # "Print anyway?" -> Cancel
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
        assert gui_ask.log[-1][0] == "confirm" and "out-of-hours" in gui_ask.log[-1][1].lower() or "Emergency Duty Team" in gui_ask.log[-1][1]
        assert opened == []
        s = services.settings.get()
        from dataclasses import replace
        with as_manager(services):
            services.settings.save(replace(s, out_of_hours_phone="01632 960999"))
        asked = len(gui_ask.log)
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1 and len(gui_ask.log) == asked  # set: no question, straight to the preview
    finally:
        PdfPreviewDialog.exec = original
