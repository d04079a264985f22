"""Printing sends each page at a bounded resolution (not the printer's 1200 dpi), one at a time.
The speed itself is measured by benchmarks/printing.py, never timed here."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from careleaver_app.gui.pdf_preview import LONG_DOCUMENT_PAGES, PRINT_DPI, PRINT_DPI_LONG, PdfPreviewDialog
from careleaver_app.reports.pdfbase import build_pdf, para, styles

A4_WIDTH_INCHES = 210 / 25.4


def document(pages: int) -> bytes:
    st = styles(12)
    lines = 16 * pages  # about 15 of these paragraphs fill a page
    return build_pdf([para(f"Paragraph {i}: " + "words to fill the line " * 5, st.body) for i in range(lines)], title="Print test")


def print_to_file(qtbot, tmp_path, pdf: bytes, **range_) -> tuple[PdfReader, PdfPreviewDialog]:
    dlg = PdfPreviewDialog(pdf, "Print test", "print.pdf")
    qtbot.addWidget(dlg)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)  # a 1200 dpi office printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "job.pdf"))
    if range_:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(range_["first"], range_["last"])
    dlg.render_to(printer)
    return PdfReader(str(tmp_path / "job.pdf")), dlg


def page_images(page):
    xobjects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


def test_a_plan_is_printed_page_by_page_at_no_more_than_300_dpi(qtbot, tmp_path):
    job, dlg = print_to_file(qtbot, tmp_path, document(5))
    assert len(job.pages) == dlg.document.pageCount() >= 5 and dlg.document.pageCount() <= LONG_DOCUMENT_PAGES
    for page in job.pages:
        (image,) = page_images(page)
        assert image["/Width"] <= A4_WIDTH_INCHES * PRINT_DPI + 1  # not 1200 dpi's 9,921 pixels across
        assert image["/Width"] >= A4_WIDTH_INCHES * PRINT_DPI - 1  # and not blurred below 300 dpi
        assert "/SMask" not in image  # opaque: no soft mask for the printer to work through


def test_a_long_document_is_printed_at_200_dpi(qtbot, tmp_path):
    job, dlg = print_to_file(qtbot, tmp_path, document(LONG_DOCUMENT_PAGES + 4))
    assert dlg.document.pageCount() > LONG_DOCUMENT_PAGES
    widths = {page_images(p)[0]["/Width"] for p in job.pages}
    assert max(widths) <= A4_WIDTH_INCHES * PRINT_DPI_LONG + 1


def test_only_the_pages_chosen_are_printed(qtbot, tmp_path):
    job, _ = print_to_file(qtbot, tmp_path, document(5), first=2, last=3)
    assert len(job.pages) == 2


def test_the_preview_says_which_characters_cannot_be_printed(qtbot):
    st = styles(12)
    fine = PdfPreviewDialog(build_pdf([para("Zoë 王小明 محمد", st.body)], title="Fine"), "Fine", "fine.pdf")
    qtbot.addWidget(fine)
    assert fine.unprintable_label.isHidden()
    odd = PdfPreviewDialog(build_pdf([para("Name \U00010000", st.body)], title="Odd"), "Odd", "odd.pdf")
    qtbot.addWidget(odd)
    odd.show()
    assert odd.unprintable_label.isVisible() and "U+10000" in odd.unprintable_label.text()
