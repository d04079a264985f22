"""Returns and the dashboard, driven as a manager would on inspection morning."""

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.support.returns import add_unhoused_care_leaver


def shortcut(qtbot, demo_window, keys: str):
    qtbot.keySequence(demo_window, QKeySequence(keys))


def wait_for(qtbot, page):
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=20_000)


def visible(table) -> list:
    m = table.model()
    return [m.row_at(i) for i in range(m.rowCount())]


def refused_then_accepted(qtbot, edit, button, error, bad: str, future: str, good: str):
    """Type an impossible date, then a future one (each refused with a message naming the field),
    then a good one."""
    for text, message in ((bad, "As at:"), (future, "is in the future")):
        edit.clear()
        qtbot.keyClicks(edit, text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert error.isVisible() and message in error.text()
    edit.clear()
    qtbot.keyClicks(edit, good)


def export_into(qtbot, page, button, gui_ask, tmp_path):
    """Press an export button, choose a new folder, and wait for the message that it was written."""
    out = tmp_path / "out"
    out.mkdir()
    gui_ask.queue(str(out))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    qtbot.waitUntil(lambda: gui_ask.log and gui_ask.log[-1][0] == "inform", timeout=20_000)
    return out


def press_enter_on(qtbot, table, row: int = 0):
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_preflight_lists_failures_and_opens_the_record_where_they_are_put_right(qtbot, demo_window, demo_services, gui_ask, tmp_path):
    nell = add_unhoused_care_leaver(demo_services)
    shortcut(qtbot, demo_window, "Ctrl+5")
    page = demo_window.returns
    assert demo_window.tabs.currentWidget() is page
    assert page.year_combo.currentText().startswith("2025-26: 01/04/2025 to 31/03/2026")
    assert not page.anyway_button.isEnabled()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    result = demo_services.returns.oc3(2026)
    assert f"2025-26: {len(result.rows)} young people in the file. 1 record fails the DfE checks" in page.summary.text()
    assert "The data team adds them" in page.summary.text()  # UPN and MOTHER (rules 165, 442)
    failures = visible(page.fail_table)
    assert [(f.rule, f.person_id) for f in failures if f.blocking] == [("153", nell)] and page.lists.currentWidget() is page.fail_table
    row = failures.index(next(f for f in failures if f.blocking))
    assert page.fail_table.model().index(row, 4).data() == "record where they lived and judge its suitability on the Where they live tab"
    assert page.fail_table.model().index(row, 5).data() == "Left out until put right"
    assert page.anyway_button.isEnabled()
    # Exporting refuses while records fail, and writes nothing.
    out = tmp_path / "out"
    out.mkdir()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    assert gui_ask.log[-1][0] == "warn" and "Nothing was written" in gui_ask.log[-1][1]
    assert list(out.iterdir()) == []
    # Enter on a failure opens that young person's record on the tab where it is put right.
    press_enter_on(qtbot, page.fail_table, row)
    record = demo_window.tabs.currentWidget()
    assert record.person_id == nell and record.tabs.currentWidget() is record.living


def test_write_the_file_anyway_leaves_out_the_failing_rows_and_lists_them(qtbot, demo_window, demo_services, gui_ask, tmp_path):
    add_unhoused_care_leaver(demo_services)
    page = demo_window.returns
    demo_window.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    out = export_into(qtbot, page, page.anyway_button, gui_ask, tmp_path)
    assert sorted(p.name for p in out.iterdir()) == ["Header_2026.csv", "OC3_2026.csv", "OC3_2026_failing.csv"]
    assert "1 young person failing the DfE checks was left out" in gui_ask.log[-1][1]
    assert "LC990153" not in (out / "OC3_2026.csv").read_text() and "LC990153" in (out / "OC3_2026_failing.csv").read_text("utf-8-sig")


def test_a_clean_year_exports_both_files(qtbot, demo_window, gui_ask, tmp_path):
    page = demo_window.returns
    demo_window.tabs.setCurrentWidget(page)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    out = export_into(qtbot, page, page.export_button, gui_ask, tmp_path)
    assert sorted(p.name for p in out.iterdir()) == ["Header_2025.csv", "OC3_2025.csv"], gui_ask.log
    assert (out / "OC3_2025.csv").read_text().startswith("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM")
    assert "Every row passes the DfE checks" in page.summary.text()
    assert not page.anyway_button.isEnabled()


def test_coming_up_shows_birthday_windows(demo_window):
    page = demo_window.returns
    demo_window.tabs.setCurrentWidget(page)
    rows = visible(page.coming_table)
    assert rows and [r.birthday for r in rows] == sorted(r.birthday for r in rows)
    assert all(r.window == "open" or r.window.startswith("opens ") for r in rows)


def test_annex_a_refuses_a_bad_or_future_date_then_exports(qtbot, demo_window, gui_ask, tmp_path):
    page = demo_window.returns
    demo_window.tabs.setCurrentWidget(page)
    refused_then_accepted(qtbot, page.as_at_edit, page.annex_button, page.annex_error, "31/02/2026", "23/11/2026", "31/03/2026")
    target = tmp_path / "list9.xlsx"
    gui_ask.queue(str(target))
    qtbot.mouseClick(page.annex_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    assert not page.annex_error.isVisible()
    assert load_workbook(target).active.cell(1, 17).value == "ActivityStatus"


def test_dashboard_figures_list_the_people_behind_them(qtbot, demo_window, gui_ask, demo_services):
    shortcut(qtbot, demo_window, "Ctrl+6")
    page = demo_window.dashboard
    assert demo_window.tabs.currentWidget() is page
    me = demo_services.workers.current()
    assert page.scope_combo.currentText() == "My caseload"
    assert page.heading.text().startswith(f"Caseload of {me.name}: ")
    page.scope_combo.setCurrentIndex(2)
    dash = demo_services.dashboard.build(page.scope(), date(2026, 11, 22))
    assert page.heading.text() == f"The whole service: {dash.care_leavers.count} care leavers as at 22/11/2026"
    # The chart shows each headline figure with its numbers.
    assert page.categories.categories()[-1] == f"In touch: {dash.in_touch.count} of {dash.in_touch.total}"
    # Clicking the "in touch" bar lists the young people behind it.
    page.series.clicked.emit(len(dash.headline()) - 1, page.bars)
    assert {p.id for p in visible(page.people_table)} == {p.id for p in dash.in_touch.people}
    # Choosing a figure in the table does the same; Enter opens the record where it is put right.
    row = next(i for i, r in enumerate(page.figures_model.rows) if r.label == "Not known to be suitably housed")
    page.figures_table.selectRow(row)
    assert len(visible(page.people_table)) == dash.not_suitable.count
    assert "Where they live" not in page.people_title.text() and str(dash.not_suitable.count) in page.people_title.text()
    press_enter_on(qtbot, page.people_table)
    record = demo_window.tabs.currentWidget()
    assert record.tabs.currentWidget() is record.living


def test_dashboard_date_errors_and_pdf(qtbot, demo_window, gui_ask, tmp_path):
    page = demo_window.dashboard
    demo_window.tabs.setCurrentWidget(page)
    refused_then_accepted(qtbot, page.as_at_edit, page.show_button, page.error, "01/13/2026", "01/12/2026", "31/03/2026")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible() and page.heading.text().endswith("as at 31/03/2026")
    target = tmp_path / "dash.pdf"
    gui_ask.queue(str(target))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    assert target.read_bytes().startswith(b"%PDF") and gui_ask.log[-1] == ("inform", "Saved dash.pdf.")

