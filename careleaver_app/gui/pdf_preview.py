"""Preview a PDF in the app (QtPdf), print it (QPrinter) or save it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import ExportRefused
from ..safe_files import write_private
from .ask import ask
from .colours import ERROR, hex_colour
from .screen import fit_to_screen
from .widgets import counted

# The most a page is rendered at for printing: print-sharp for text, a sixteenth of 1200 dpi's
# pixels; long documents (a cover summary of 80 pages) at 200 dpi, still clear for 11 pt text,
# so they print in under a minute (docs/decisions.md, Printing).
PRINT_DPI = 300
PRINT_DPI_LONG = 200
LONG_DOCUMENT_PAGES = 30


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None, on_output=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, QSize(900, 1000))  # a page's width, as tall as the screen allows
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.on_output = on_output  # called with "print" or "save" (for the audit trail)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(counted(self.document.pageCount(), "page"))
        self.print_button = QPushButton("&Print…")
        self.save_button = QPushButton("&Save as…")
        self.protect_check = QCheckBox("Protect the saved file with a password")
        self.protect_check.setObjectName("protect_pdf")
        close = QPushButton("&Close")
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.protect_check)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        lay = QVBoxLayout(self)
        # Characters no embedded font has print as empty boxes: say which before anyone prints.
        missing = getattr(pdf, "unprintable", ())
        self.unprintable_label = QLabel(
            "Some characters cannot be printed and will show as empty boxes: "
            + ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing[:8]) + (" and more" if len(missing) > 8 else "")
            + ". Check the names and notes they are in." if missing else "")
        self.unprintable_label.setObjectName("unprintable_warning")
        self.unprintable_label.setWordWrap(True)
        self.unprintable_label.setStyleSheet(f"color: {hex_colour(ERROR)};")
        self.unprintable_label.setVisible(bool(missing))
        lay.addWidget(self.unprintable_label)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)

    def save_pdf(self) -> str | None:
        path = ask.save_path(self, "Save PDF", self.suggested_name)
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        data = self.pdf
        if self.protect_check.isChecked():
            from ..reports.protect import protect

            password = ask.secret(self, "Password", "A password for the file (at least 8 characters; send it separately):")
            if not password:
                return None
            if ask.secret(self, "Password", "Type the password again:") != password:
                ask.warn(self, "Not saved", "The two passwords are not the same.")
                return None
            try:
                data = protect(self.pdf, password)
            except ValueError as exc:
                ask.warn(self, "Not saved", f"The password is too short: {exc}.")
                return None
        try:
            write_private(path, data)
        except ExportRefused as exc:  # open in Acrobat (Windows): close it there and try again
            ask.warn(self, "Not saved", str(exc))
            return None
        except OSError as exc:
            ask.warn(self, "Not saved", f"The PDF could not be saved: {exc.strerror or exc}. Choose another folder.")
            return None
        if self.on_output:
            self.on_output("export")
        return path

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)
        if self.on_output:
            self.on_output("print")

    def render_to(self, printer) -> None:
        """Print every page (or the range chosen in the print dialog), one page at a time, each
        rendered at no more than ``PRINT_DPI`` (``PRINT_DPI_LONG`` for long documents), without an
        alpha channel, and scaled to the paper by the printer. Printed to a file ("Print to
        file"), the file is readable by the user only, like every file the app writes (safe_files).

        QtPdf can only rasterise a page, and rendered at the printer's own resolution (1200 dpi)
        a 5-page plan took a minute and 1 GB and made a 36 MB job. Text and tables are sharp at
        300 dpi, a sixteenth of the pixels; each page's image is let go before the next."""
        import os

        pages = range(self.document.pageCount())
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = range(printer.fromPage() - 1, min(printer.toPage(), self.document.pageCount()))
        most = PRINT_DPI_LONG if len(pages) > LONG_DOCUMENT_PAGES else PRINT_DPI
        out = printer.outputFileName()
        old = os.umask(0o077) if out else None  # Qt creates the file when painting begins
        try:
            painter = QPainter(printer)
        finally:
            if old is not None:
                os.umask(old)
        try:
            for n, i in enumerate(pages):
                if n:
                    printer.newPage()
                target = painter.viewport()
                points = self.document.pagePointSize(i)
                fitted = points.toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                dpi = min(most, printer.resolution())
                image = self.document.render(i, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
                image = image.convertToFormat(QImage.Format.Format_RGB32)  # opaque: no soft mask in the job
                painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
                del image
        finally:
            painter.end()
            if out and os.path.exists(out):
                os.chmod(out, 0o600)
