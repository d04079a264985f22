"""Import young people from a CSV: every problem listed by row and column; all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..domain.errors import ValidationError
from ..domain.importing import MAX_BYTES, ImportProblem
from ..services.errors import StoreError
from .ask import ask
from .dialogs import RememberingDialog
from .colours import ERROR, hex_colour


class ImportDialog(RememberingDialog):
    def __init__(self, importer, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import young people")
        self.setMinimumSize(720, 460)
        self.importer = importer
        self.path = Path(path)
        self.imported = 0
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import_problems")
        self.table.setAccessibleName("Problems found, by row and column")
        self.table.setHorizontalHeaderLabels(["Row", "Column", "Problem"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"File: {self.path.name}"))
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.data = self._read()
        self.check()
        self.restore_geometry()

    def _read(self) -> bytes | None:
        try:
            with open(self.path, "rb") as fh:
                return fh.read(MAX_BYTES + 1)
        except OSError as exc:
            self._show([ImportProblem(0, "File", f"cannot be read: {exc.strerror or exc}")])
            return None

    def _show(self, problems: list[ImportProblem], ready: int = 0) -> None:
        self.table.setRowCount(0)
        for p in problems:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate((str(p.row) if p.row else "", p.column, p.message)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if problems:
            self.summary.setText(f"Nothing can be imported until these {len(problems)} problem{'s are' if len(problems) != 1 else ' is'} "
                                 "put right in the file. Nothing has been changed.")
            self.summary.setStyleSheet(f"color: {hex_colour(ERROR)};")
        else:
            self.summary.setText(f"{ready} young {'person is' if ready == 1 else 'people are'} ready to import. "
                                 "The database is backed up first; if anything fails, nothing is imported.")
            self.summary.setStyleSheet("")
        self.import_button.setEnabled(not problems and ready > 0)

    def check(self) -> None:
        if self.data is None:
            return
        result = self.importer.check(self.data)
        self._show(result.problems, len(result.rows))

    def accept(self) -> None:
        try:
            self.imported = self.importer.apply(self.data)
        except ValidationError as exc:
            self._show(getattr(exc, "problems", []))
            return
        except StoreError as exc:
            ask.warn(self, "Not imported", exc.user_message())
            return
        super().accept()
