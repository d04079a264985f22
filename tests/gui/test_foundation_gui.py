"""The main window, caseload, record and details form, driven as a user would."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from careleaver_app.domain.text import fold
from careleaver_app.gui.dialogs import ChangePaDialog, ChooseWorkerDialog, NewPersonDialog
from careleaver_app.gui.main_window import MainWindow
from careleaver_app.gui.record import RecordPage
from careleaver_app.services.people import Scope, ScopeKind
from tests.support.windows import shown_main_window


@pytest.fixture
def window(qtbot, demo_services, gui_ask):
    me = demo_services.workers.current()
    return shown_main_window(qtbot, demo_services, me, demo=True)


def test_caseload_shows_my_young_people(window, demo_services):
    mine = demo_services.people.caseload(Scope(ScopeKind.MINE, window.me.id))
    assert window.caseload.model.rowCount() == len(mine) > 0
    assert window.caseload.count_label.text() == f"{len(mine)} young people"
    assert "DEMO" in window.windowTitle()


def test_typing_filters_by_name_ignoring_accents(window, qtbot):
    rows = window.caseload.visible_rows()
    target = next(r for r in rows if fold(r.legal_name) != r.legal_name.casefold()) if any(
        fold(r.legal_name) != r.legal_name.casefold() for r in rows) else rows[0]
    typed = fold(target.legal_name.split()[-1])[:5]
    qtbot.keyClicks(window.caseload.filter_edit, typed)
    shown = window.caseload.visible_rows()
    assert target in shown
    assert all(typed in r.search_key for r in shown)
    assert window.caseload.count_label.text().startswith(f"Showing {len(shown)} of ")


def test_filter_by_la_id_and_clear(window, qtbot):
    target = window.caseload.visible_rows()[3]
    qtbot.keyClicks(window.caseload.filter_edit, target.la_id)
    assert [r.id for r in window.caseload.visible_rows()] == [target.id]
    window.caseload.filter_edit.clear()
    assert len(window.caseload.visible_rows()) == window.caseload.model.rowCount()


def test_sorting_by_age_uses_dates_not_text(window, qtbot):
    view = window.caseload.table
    age_col = [c.key for c in window.caseload.model.columns].index("age")
    view.sortByColumn(age_col, Qt.SortOrder.AscendingOrder)
    dobs = [r.dob for r in window.caseload.visible_rows()]
    assert dobs == sorted(dobs, reverse=True)  # youngest first


def test_enter_opens_the_record(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View → Caseload
    assert window.tabs.currentWidget() is window.caseload
    table = window.caseload.table
    table.setFocus()
    table.selectRow(2)
    target = window.caseload.visible_rows()[2]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordPage) and page.person_id == target.id
    assert page.header.name_label.text() == target.display_name
    assert "Personal adviser:" in page.header.pa_label.text()
    assert target.category.label in page.header.category_label.text()
    # Opening it again switches to the same tab rather than a second copy.
    window.open_person(target.id)
    assert len(window.record_pages()) == 1


def test_edit_details_shows_errors_at_the_field_then_saves(window, qtbot, demo_services):
    rid = window.caseload.visible_rows()[0].id
    page = window.open_person(rid)
    form = page.details.form
    form.ui.phone_edit.clear()
    qtbot.keyClicks(form.ui.phone_edit, "ring me")
    assert page.details.save_button.isEnabled()
    qtbot.mouseClick(page.details.save_button, Qt.MouseButton.LeftButton)
    assert form.ui.phone_error.isVisible()
    assert "Phone:" in form.ui.phone_error.text() and "digits" in form.ui.phone_error.text()
    assert demo_services.people.get(rid).phone != "ring me"
    form.ui.phone_edit.clear()
    qtbot.keyClicks(form.ui.phone_edit, "07700 900555")
    qtbot.mouseClick(page.details.save_button, Qt.MouseButton.LeftButton)
    assert not form.ui.phone_error.isVisible()
    assert page.details.status.text() == "Saved"
    assert demo_services.people.get(rid).phone == "07700 900555"


def test_archive_from_the_record_and_restore(window, qtbot, gui_ask, demo_services):
    target = window.caseload.visible_rows()[1]
    page = window.open_person(target.id)
    gui_ask.queue("Moved to another local authority")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.header.banner.isVisible() and "Moved to another local authority" in page.header.banner.text()
    assert target.id not in [r.id for r in window.caseload.visible_rows()]
    gui_ask.queue(True)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not page.header.banner.isVisible()
    assert target.id in [r.id for r in window.caseload.visible_rows()]


def test_closing_a_record_with_unsaved_changes_asks_first(window, qtbot, gui_ask):
    page = window.open_person(window.caseload.visible_rows()[0].id)
    qtbot.keyClicks(page.details.form.ui.preferred_name_edit, "x")
    gui_ask.queue(False)
    assert not window.close_tab(window.tabs.indexOf(page))
    assert page in window.record_pages()
    gui_ask.queue(True)
    assert window.close_tab(window.tabs.indexOf(page))


def _new_dialog(qtbot, services):
    dlg = NewPersonDialog(services.people, services.workers, services.workers.current())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _save(qtbot, dlg):
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_create_a_young_person_through_the_form(qtbot, demo_services, gui_ask, type_text):
    dlg = _new_dialog(qtbot, demo_services)
    ui = dlg.form.ui
    type_text(ui.legal_name_edit, "Siobhán Ó Briain")
    qtbot.keyClicks(ui.preferred_name_edit, "Shiv")
    qtbot.keyClicks(ui.dob_edit, "29/02/2008")
    qtbot.mouseClick(ui.add_period_button, Qt.MouseButton.LeftButton)
    start = ui.care_periods_table.cellWidget(0, 0)
    qtbot.keyClicks(start, "01/09/2021")
    qtbot.keyClicks(ui.phone_edit, "07700 900321")
    _save(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.form.errors.messages()
    p = demo_services.people.get(dlg.created_id)
    assert (p.legal_name, p.preferred_name, p.dob) == ("Siobhán Ó Briain", "Shiv", date(2008, 2, 29))
    assert p.care_periods[0].start == date(2021, 9, 1) and p.care_periods[0].end is None
    assert demo_services.people.record(dlg.created_id).category.category.value == "former_relevant"


def test_an_impossible_date_is_named_at_the_field_and_nothing_is_saved(qtbot, demo_services, gui_ask):
    before = demo_services.store.scalar("SELECT count(*) FROM young_people")
    dlg = _new_dialog(qtbot, demo_services)
    ui = dlg.form.ui
    qtbot.keyClicks(ui.legal_name_edit, "Kofi Mensah")
    qtbot.keyClicks(ui.dob_edit, "31/02/2008")
    _save(qtbot, dlg)
    assert dlg.isVisible() and dlg.created_id is None
    assert ui.dob_error.isVisible()
    assert ui.dob_error.text() == "Date of birth: 31/02/2008 does not exist: February 2008 has 29 days"
    assert ui.summary_error.text().startswith("Not saved")
    assert demo_services.store.scalar("SELECT count(*) FROM young_people") == before


def test_empty_name_and_out_of_range_age_are_both_reported(qtbot, demo_services, gui_ask):
    dlg = _new_dialog(qtbot, demo_services)
    ui = dlg.form.ui
    qtbot.keyClicks(ui.dob_edit, "01/01/2015")
    _save(qtbot, dlg)
    assert "Legal name: enter the young person's full legal name" == ui.legal_name_error.text()
    assert "age of 11" in ui.dob_error.text()


def test_change_pa_dialog_records_the_change(qtbot, demo_services, gui_ask):
    pid = demo_services.people.caseload(Scope(ScopeKind.MINE, demo_services.workers.current().id))[0].id
    before = len(demo_services.people.record(pid).allocations)
    dlg = ChangePaDialog(demo_services.people, demo_services.workers, pid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Reason: say why" in dlg.ui.reason_error.text()
    qtbot.keyClicks(dlg.ui.reason_edit, "Caseload rebalanced")
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    rec = demo_services.people.record(pid)
    assert len(rec.allocations) == before + 1 and rec.allocations[-1].reason == "Caseload rebalanced"


def test_first_run_adds_the_worker_and_their_team(qtbot, services, gui_ask):
    dlg = ChooseWorkerDialog(services.workers)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ui.worker_list.isVisible()
    qtbot.keyClicks(dlg.ui.name_edit, "Hannah Quinlan")
    dlg.ui.team_combo.setEditText("Leaving Care East")
    qtbot.mouseClick(dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    me = services.workers.current()
    assert me.name == "Hannah Quinlan" and me.team_name == "Leaving Care East"


def test_team_page_counts_each_pas_young_people(window, demo_services):
    window.tabs.setCurrentWidget(window.team)
    counts = {c.worker.name: c.count for c in window.team.model.rows}
    expected = {c.worker.name: c.count for c in demo_services.workers.caseload_counts(window.me.team_id)}
    assert counts == expected and sum(counts.values()) > 0
    assert "PAs holding" in window.team.summary.text()


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.caseload.model)
    qtmodeltester.check(window.caseload.proxy)
    qtmodeltester.check(window.team.model)
    page = window.open_person(window.caseload.visible_rows()[0].id)
    qtmodeltester.check(page.allocation.model)


def test_opens_on_the_page_last_used_and_builds_only_that(qtbot, demo_services, gui_ask):
    from PySide6.QtCore import QSettings

    from careleaver_app.gui.main_window import FIXED_PAGES

    names = [name for name, *_ in FIXED_PAGES]
    settings = QSettings()
    before = settings.value("main/tab")
    settings.setValue("main/tab", names.index("caseload"))
    try:
        w = MainWindow(demo_services, demo_services.workers.current(), demo=True)
        qtbot.addWidget(w)
        w.persist_state = False
        w.show()
        assert w.tabs.tabText(w.tabs.currentIndex()) == "Caseload"
        assert w.tabs.currentWidget().visible_rows()  # read and shown
        # The work tray and the other pages wait for their first look.
        for i, name in enumerate(names):
            if name != "caseload":
                assert w.tabs.widget(i).objectName() == f"{name}_page_placeholder"
        w.tabs.setCurrentIndex(names.index("worktray"))
        assert w.tabs.widget(names.index("worktray")).objectName() != "worktray_page_placeholder"
    finally:
        if before is None:
            settings.remove("main/tab")
        else:
            settings.setValue("main/tab", before)


def test_a_new_young_person_is_not_recorded_as_male_or_white_british_by_default(qtbot, demo_services, gui_ask):
    dlg = _new_dialog(qtbot, demo_services)
    ui = dlg.form.ui
    assert ui.gender_combo.currentText() == "Not stated/recorded"
    assert ui.ethnicity_combo.currentText() == "Information not yet obtained (NOBT)"
    assert dlg.form.not_recorded_note.isVisible() and "903" in dlg.form.not_recorded_note.text()
    qtbot.keyClicks(ui.legal_name_edit, "Tomasz Kowalczyk")
    qtbot.keyClicks(ui.dob_edit, "12/03/2008")
    _save(qtbot, dlg)
    p = demo_services.people.get(dlg.created_id)
    assert (p.gender, p.ethnicity) == ("not_stated", "NOBT")
    # An existing record shows what was recorded, without the note.
    page = RecordPage(demo_services, dlg.created_id, demo_services.workers.current())
    qtbot.addWidget(page)
    page.show()
    assert not page.details.form.not_recorded_note.isVisible()
    assert page.details.form.ui.gender_combo.currentText() == "Not stated/recorded"


def test_a_message_goes_as_soon_as_its_field_is_put_right(qtbot, demo_services, gui_ask):
    dlg = _new_dialog(qtbot, demo_services)
    ui = dlg.form.ui
    _save(qtbot, dlg)
    assert ui.legal_name_error.isVisible() and ui.dob_error.isVisible() and ui.summary_error.isVisible()
    qtbot.keyClicks(ui.legal_name_edit, "Ewa Nowak")
    assert not ui.legal_name_error.isVisible()  # not left saying the name was refused
    assert ui.dob_error.isVisible() and ui.summary_error.isVisible()  # the date is still to put right
    qtbot.keyClicks(ui.dob_edit, "0")
    assert not ui.dob_error.isVisible() and not ui.summary_error.isVisible()
    # Saving checks again, and says what is still wrong.
    _save(qtbot, dlg)
    assert ui.dob_error.isVisible() and not ui.legal_name_error.isVisible()


def test_counts_agree_with_their_nouns(qtbot, services, team, gui_ask):
    from datetime import datetime

    from careleaver_app.domain.contacts import Contact, ContactType
    from careleaver_app.domain.eligibility import CarePeriod
    from careleaver_app.domain.people import YoungPerson
    from careleaver_app.gui.contacts_tab import ContactsTab

    pid = services.people.create(YoungPerson(legal_name="Amara Okafor", dob=date(2008, 4, 1),
                                             care_periods=[CarePeriod(date(2022, 1, 1), date(2026, 4, 1))]), team["pa"])
    tab = ContactsTab(services.workers, services.contacts, services.cover, services.settings, services.clock, pid,
                      services.workers.current())
    qtbot.addWidget(tab)
    assert tab.count_label.text() == "0 contacts"
    services.contacts.log(Contact(person_id=pid, occurred_at=datetime(2026, 11, 20, 10, 0), contact_type=ContactType.PHONE,
                                  worker_id=team["pa"], summary="Checked in about college"))
    tab.reload()
    assert tab.count_label.text() == "1 contact"


def test_window_titles_leave_the_app_name_to_the_window_system(window):
    # Qt adds the application's display name to every title itself ("… — careleaver_app").
    assert "careleaver_app" not in window.windowTitle()
    assert window.me.name in window.windowTitle()


def test_the_record_header_says_how_the_category_was_worked_out_when_asked(window, qtbot):
    target = window.caseload.visible_rows()[0]
    page = window.open_person(target.id)
    header = page.header
    assert target.category.label in header.category_label.text()
    assert not header.reason_label.isVisible()  # a paragraph: kept out of the way on a small screen
    assert page.record.category.reason in header.category_label.toolTip()
    qtbot.mouseClick(header.how_button, Qt.MouseButton.LeftButton)
    assert header.reason_label.isVisible() and page.record.category.reason in header.reason_label.text()
    header.how_button.setFocus()
    qtbot.keyClick(header.how_button, Qt.Key.Key_Space)  # and by keyboard
    assert not header.reason_label.isVisible()


def test_the_caseload_speaks_in_plain_words_with_codes_only_where_the_data_team_needs_them(window):
    import re

    from PySide6.QtCore import Qt as _Qt

    model = window.caseload.model
    keys = [c.key for c in model.columns]
    texts = lambda key: [model.data(model.index(r, keys.index(key)), _Qt.ItemDataRole.DisplayRole)  # noqa: E731
                         for r in range(model.rowCount())]
    assert keys.count("tray") == 1 and model.columns[keys.index("tray")].title == "To do"
    assert all(t == "" or re.fullmatch(r"\d+ overdue of \d+|\d+ due soon", t) for t in texts("tray")), texts("tray")
    assert all(t in ("", "Yes", "No", "Refuses contact", "No longer requires services", "Returned home (6 months or more)", "Died")
               for t in texts("in_touch"))
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|\d+ days? overdue|", t) for t in texts("next_due")), texts("next_due")
    coded = re.compile(r"[A-Z][\w ,/.-]+ \([A-Z]\d?\)")  # words first, the code after
    for key in ("accom", "eet"):
        assert all(t in ("", "Not recorded") or coded.fullmatch(t) for t in texts(key)), texts(key)
    rows = model.rows
    v2 = next(i for i, r in enumerate(rows) if r.facts.accom.accom_code == "V2")
    assert texts("accom")[v2] == "Emergency accommodation, unsuitable (V2)"
    g5 = next(i for i, r in enumerate(rows) if r.facts.eet.neet_since and r.facts.eet.episode.activ == "G5")
    assert re.fullmatch(r"NEET for \d+ days \(G5\)", texts("eet")[g5])
    unjudged = [i for i, r in enumerate(rows) if r.facts.accom.episode and r.facts.accom.suitability is None]
    assert all(texts("accom")[i].endswith(f", not judged ({rows[i].facts.accom.episode.accom_type})") for i in unjudged)
