"""Search across names, contact notes, plans and chronology events."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk
from ..services.people import Scope, ScopeKind
from .models import Column, RowsModel, RowsProxy
from .widgets import counted

if TYPE_CHECKING:
    from ..services.people import PeopleService
    from ..services.search import SearchService

OPEN, CLOSE = "\x02", "\x03"  # the FTS snippet markers (see storage.contacts.SEARCHES)


def snippet_html(snippet: str) -> str:
    """Escape the text, then show the matched words in bold."""
    return escape(snippet).replace(OPEN, "<b>").replace(CLOSE, "</b>")


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's text as simple HTML (for bold matches)."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(snippet_html(option.text))
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.setTextWidth(option.rect.width())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(300, 40)


class SearchPage(QWidget):
    open_result = Signal(object)

    def __init__(self, people: PeopleService, search: SearchService, me, parent: QWidget | None = None):
        super().__init__(parent)
        self.people, self.search = people, search
        self.setObjectName("search_page")
        self.me = me
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("search_query")
        self.query_edit.setPlaceholderText("Search names, contact notes, plans and chronologies")
        self.query_edit.setAccessibleName("Search")
        self.query_edit.setClearButtonEnabled(True)
        self.mine_check = QCheckBox("Only my caseload")
        self.summary = QLabel()
        self.summary.setObjectName("search_summary")
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.mine_check)
        self.model = RowsModel([
            Column("Young person", lambda r: r.person_name + (" (archived)" if r.archived else "")),
            Column("Found in", lambda r: r.kind_label),
            Column("Date", lambda r: format_uk(r.on), sort=lambda r: r.on),
            Column("Match", lambda r: r.snippet),
        ], self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("search_results")
        self.table.setAccessibleName("Search results")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.setItemDelegateForColumn(3, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((200, 140, 90)):
            self.table.setColumnWidth(i, w)
        self.table.activated.connect(self._open)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.query_edit.textChanged.connect(lambda _: self._timer.start())
        self.query_edit.returnPressed.connect(self.run)
        self.mine_check.toggled.connect(self.run)

    def run(self) -> None:
        self._timer.stop()
        text = self.query_edit.text()
        ids = None
        if self.mine_check.isChecked():
            ids = {r.id for r in self.people.caseload(Scope(ScopeKind.MINE, self.me.id), include_archived=True)}
        results = self.search.search(text, person_ids=ids)
        self.model.set_rows(results)
        if not text.strip():
            self.summary.setText("Type a word or part of a word: every word must match. Accents do not matter.")
        else:
            self.summary.setText(counted(len(results), "result")
                                 + (" (the newest 200)" if len(results) >= 200 else "") + ", newest first. Press Enter or double-click to open.")

    def refresh(self) -> None:
        """Records changed: search again for what is typed."""
        self.run()

    def clear_for_lock(self) -> None:
        """Locking: no results on screen, and no search waiting to run against the closed store
        (typing then Ctrl+L within the pause would otherwise search after the key was dropped)."""
        self._timer.stop()
        self.model.set_rows([])

    def focus(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def _open(self, index) -> None:
        if index.isValid():
            self.open_result.emit(self.proxy.row_at(index.row()))
