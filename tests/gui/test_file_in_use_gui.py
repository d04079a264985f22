"""Saving over a file open in Excel or Acrobat (Windows refuses with PermissionError): the user
is told where the problem is and to close it there and try again, never "Something went wrong"."""

from PySide6.QtCore import Qt

from careleaver_app.gui.pdf_preview import PdfPreviewDialog
from careleaver_app.reports.pdfbase import build_pdf, para, styles
from tests.support.held_files import held_by_another_program


def wait_for(qtbot, page):
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=20_000)


def test_annex_a_over_a_workbook_open_in_excel(qtbot, demo_window, gui_ask, tmp_path):
    page = demo_window.returns
    demo_window.tabs.setCurrentWidget(page)
    page.as_at_edit.clear()
    qtbot.keyClicks(page.as_at_edit, "31/03/2026")
    target = tmp_path / "list9.xlsx"
    with held_by_another_program(target):
        gui_ask.queue(str(target))
        qtbot.mouseClick(page.annex_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, page)
    assert page.annex_error.isVisible()
    assert page.annex_error.text().startswith("list9.xlsx could not be saved")
    assert "Close it in Excel and try again" in page.annex_error.text()
    # Closed in Excel, the same export goes through.
    gui_ask.queue(str(target))
    qtbot.mouseClick(page.annex_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page)
    assert not page.annex_error.isVisible() and target.read_bytes()[:2] == b"PK"


def test_the_dashboard_pdf_over_a_file_open_in_acrobat(qtbot, demo_window, gui_ask, tmp_path):
    page = demo_window.dashboard
    demo_window.tabs.setCurrentWidget(page)
    target = tmp_path / "dash.pdf"
    with held_by_another_program(target):
        gui_ask.queue(str(target))
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, page)
    assert page.error.isVisible() and "dash.pdf could not be saved" in page.error.text()
    assert "Close it in Acrobat" in page.error.text() and page.pdf_button.isEnabled()


def test_saving_a_previewed_pdf_over_one_open_in_acrobat(qtbot, gui_ask, tmp_path):
    dlg = PdfPreviewDialog(build_pdf([para("A plan", styles(12).body)], title="Plan"), "Plan", "plan.pdf")
    qtbot.addWidget(dlg)
    target = tmp_path / "plan.pdf"
    with held_by_another_program(target):
        gui_ask.queue(str(target))
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
        assert target.read_bytes() == b"the copy open in Excel"
    kind, text = gui_ask.log[-1]
    assert kind == "warn" and text.startswith("plan.pdf could not be saved") and "Close it in Acrobat" in text
