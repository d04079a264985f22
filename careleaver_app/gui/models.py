"""A table model over a list of dataclass rows, described by columns; and its proxy.

Sorting uses each column's raw sort value (dates sort as dates, numbers as numbers,
blanks last), never the displayed text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ..domain.text import fold
from .colours import colour

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BRUSHES: dict[tuple, QBrush] = {}


def _brush(role: str | None) -> QBrush | None:
    """One brush per colour role ("error", "muted", …; see colours.py) and palette, made once."""
    if not role:
        return None
    key = (role, QGuiApplication.palette().cacheKey())
    brush = _BRUSHES.get(key)
    if brush is None:
        brush = _BRUSHES[key] = QBrush(colour(role))
    return brush


@dataclass
class Column:
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], str | None] | None = None  # text colour role (colours.ERROR, …), e.g. for overdue
    background: Callable[[Any], str | None] | None = None
    key: str = ""
    width: int = 0


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None, *, row_colour: Callable[[Any], str | None] | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self._sort_cache: dict[int, list] = {}
        self._cells: dict[tuple[int, int, int], Any] = {}
        self.row_colour = row_colour

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_cache = {}
        self._cells = {}
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def sort_key(self, row: int, column: int):
        cache = self._sort_cache.get(column)
        if cache is None:
            col = self.columns[column]
            fn = col.sort or col.display
            cache = self._sort_cache[column] = [_key(fn(r)) for r in self.rows]
        return cache[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: the cell's value is worked out
        # once per set of rows and kept (cleared by set_rows), and the roles are plain ints.
        r, c = index.row(), index.column()
        cell = (r, c, role)
        cache = self._cells
        if cell in cache:
            return cache[cell]
        if not index.isValid() or not (0 <= r < len(self.rows)) or not (0 <= c < len(self.columns)):
            return None
        value = cache[cell] = self._value(self.rows[r], self.columns[c], role)
        return value

    def _value(self, row, col: Column, role: int) -> Any:
        if role == _DISPLAY:
            return col.display(row)
        if role == SORT_ROLE:
            fn = col.sort or col.display
            value = fn(row)
            return value if isinstance(value, (int, float, str)) else (None if value is None else str(value))
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == _TOOLTIP and col.tooltip is not None:
            return col.tooltip(row) or None
        if role == _ALIGNMENT and col.numeric:
            return _RIGHT
        if role == _FOREGROUND:
            return _brush((col.colour(row) if col.colour else None) or (self.row_colour(row) if self.row_colour else None))
        if role == _BACKGROUND and col.background is not None:
            return _brush(col.background(row))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


def _key(value):
    """A sort key that never compares across types: blanks sort last."""
    if value is None or value == "":
        return (1, 0, "")
    if isinstance(value, bool):
        return (0, int(value), "")
    if isinstance(value, (int, float)):
        return (0, value, "")
    if hasattr(value, "toordinal"):
        return (0, value.toordinal(), "")
    return (0, 0, fold(str(value)))


class RowsProxy(QSortFilterProxyModel):
    """Sorts on the source model's raw keys; filters with a predicate over the row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if self._predicate is None:
            return True
        return self._predicate(self.sourceModel().row_at(source_row))

    def lessThan(self, left, right) -> bool:  # noqa: N802
        m = self.sourceModel()
        return m.sort_key(left.row(), left.column()) < m.sort_key(right.row(), right.column())

    def row_at(self, proxy_row: int):
        src = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().row_at(src.row())


def rows_table(model: RowsModel, name: str, widths=(), *, accessible_name: str = "", sortable: bool = False) -> QTableView:
    """A read-only, row-selecting table over ``model`` (through a RowsProxy), the way every list
    in the app looks: one row selected at a time, no row numbers, the last column stretched."""
    proxy = RowsProxy(model)
    proxy.setSourceModel(model)
    t = QTableView()
    t.setObjectName(name)
    t.setAccessibleName(accessible_name or name.replace("_", " ").capitalize())
    t.setModel(proxy)
    t.setSortingEnabled(sortable)
    if sortable:
        t.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.setMinimumHeight(120)
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    return t


def selected_row(table: QTableView):
    """The row object under the table's current index (through its proxy), or None."""
    idx = table.currentIndex()
    return table.model().row_at(idx.row()) if idx.isValid() else None
