"""Small shared widgets: the dd/mm/yyyy date field, field-error display, combos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_uk, parse_uk_date
from ..domain.errors import Collector, ValidationError
from ..domain.text import counted  # the GUI's counted words are the domain's (domain/text.py)
from .colours import ERROR, banner_colours, hex_colour



class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (Alt+Down or the button opens a calendar).

    ``value()`` is the date or None when blank; ``problem()`` says what is wrong with
    the text, if anything, in words that name the fix.
    """

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaxLength(10)
        self.setMinimumWidth(110)
        self.setMaximumWidth(150)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self._calendar_action = QAction(icon, "Choose from a calendar (Alt+Down)", self)
        self._calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._normalise)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_uk_date(text)
        except ValueError:
            return None

    def problem(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            parse_uk_date(text)
        except ValueError as exc:
            return str(exc)
        return None

    def setDate(self, d: date | None) -> None:  # noqa: N802
        self.setText(format_uk(d))

    def _normalise(self) -> None:
        d = self.value()
        if d is not None and self.text() != format_uk(d):
            self.setText(format_uk(d))
        self.dateChanged.emit(d)

    def open_calendar(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle("Choose a date")
        cal = QCalendarWidget(dlg)
        cal.setGridVisible(True)
        cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        current = self.value() or date.today()
        cal.setSelectedDate(QDate(current.year, current.month, current.day))
        lay = QVBoxLayout(dlg)
        lay.addWidget(cal)

        def chosen(qd: QDate) -> None:
            self.setDate(date(qd.year(), qd.month(), qd.day()))
            self.dateChanged.emit(self.value())
            dlg.accept()

        cal.activated.connect(chosen)
        cal.clicked.connect(chosen)
        dlg.exec()


def error_label(label: QLabel | None = None) -> QLabel:
    """A label for saying what is wrong: in the error colour, wrapping (a new one if none given)."""
    label = label if label is not None else QLabel()
    label.setStyleSheet(f"color: {hex_colour(ERROR)};")
    label.setWordWrap(True)
    return label


def typed_date(c: Collector, edit, field: str, label: str) -> date | None:
    """A DateEdit's date (None when blank); typed text that is not a date becomes an error in ``c``."""
    problem = edit.problem()
    if problem:
        c.add(field, label, problem)
    return edit.value()


def typed_dates(c: Collector, *fields) -> list:
    """``typed_date`` for each (edit, field, label)."""
    return [typed_date(c, edit, field, label) for edit, field, label in fields]


class FieldErrors(QObject):
    """Shows validation messages next to the fields they name.

    ``fields`` maps a field name (as in FieldError.field) to (input widget, error label).
    """

    def __init__(self, fields: dict[str, tuple[QWidget, QLabel]], summary: QLabel | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.fields = fields
        self.summary = summary
        for field, (widget, label) in fields.items():
            error_label(label)
            label.setVisible(False)
            label.setAccessibleName("Error message")
            for signal in _edit_signals(widget):  # a message goes as soon as its field is changed
                signal.connect(lambda *_, f=field: self._edited(f))
        if summary is not None:
            summary.setWordWrap(True)
            summary.setStyleSheet(f"color: {hex_colour(ERROR)}; font-weight: bold;")
            summary.setVisible(False)

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.setVisible(False)
            _mark(widget, False)
        if self.summary is not None:
            self.summary.clear()
            self.summary.setVisible(False)

    def _edited(self, field: str) -> None:
        """The user changed ``field``: its message is out of date (it is checked again on saving).
        Once every message has gone, so has the summary."""
        if self.fields[field][1].isVisibleTo(self.fields[field][1].parentWidget()):
            self.clear_field(field)
            if self.summary is not None and not self.messages():
                self.summary.clear()
                self.summary.setVisible(False)

    def clear_field(self, field: str) -> None:
        widget, label = self.fields[field]
        label.clear()
        label.setVisible(False)
        _mark(widget, False)

    def set(self, field: str, message: str) -> None:
        widget, label = self.fields[field]
        existing = label.text()
        label.setText(f"{existing}\n{message}" if existing else message)
        label.setVisible(True)
        _mark(widget, True)

    def show(self, error: ValidationError) -> None:
        self.clear()
        first = None
        other = []
        for e in error.errors:
            if e.field in self.fields:
                self.set(e.field, f"{e.label}: {e.message}")
                first = first or self.fields[e.field][0]
            else:
                other.append(str(e))
        if self.summary is not None:
            n = len(error.errors)
            text = f"Not saved: {counted(n, 'thing')} to put right." + ("\n" + "\n".join(other) if other else "")
            self.summary.setText(text)
            self.summary.setVisible(True)
        elif other:  # no summary label: never lose a message, show it at the first field
            fallback = next(iter(self.fields))
            self.set(fallback, "\n".join(other))
            first = first or self.fields[fallback][0]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def messages(self) -> dict[str, str]:
        return {f: lbl.text() for f, (w, lbl) in self.fields.items() if lbl.isVisibleTo(lbl.parentWidget())}


def _edit_signals(widget: QWidget) -> list:
    """The signals that say a user changed ``widget``."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.activated] + ([widget.lineEdit().textEdited] if widget.isEditable() else [])
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished] + ([widget.textChanged] if hasattr(widget, "textChanged") else [])
    if isinstance(widget, QAbstractButton):
        return [widget.clicked]
    if isinstance(widget, QTableWidget):
        return [widget.itemChanged, widget.model().rowsInserted, widget.model().rowsRemoved]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return [widget.model().modelReset, widget.model().rowsInserted]
    return []


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(f"border: 2px solid {hex_colour(ERROR)};" if invalid else "")


def fill_combo(combo: QComboBox, items, current=None) -> None:
    """Fill a combo with (code, label) pairs; the code is the item's data."""
    combo.clear()
    for code, label in items:
        combo.addItem(label, code)
    if current is not None:
        set_combo(combo, current)


def set_combo(combo: QComboBox, code) -> None:
    i = combo.findData(code)
    if i >= 0:
        combo.setCurrentIndex(i)


def combo_code(combo: QComboBox):
    return combo.currentData()


# Looks are set on the few widgets that need them, never as an application-wide style sheet:
# one on QApplication makes Qt re-style every widget as it is built, which made screens three
# times slower to open (benchmarks/run.py). Colours come from the palette (colours.py).
def role_style(role: str) -> str:
    """The style sheet for a label's role: "banner-warning", "banner-danger", "heading" or "subtle"."""
    if role in ("banner-warning", "banner-danger"):
        background, text, border = banner_colours(role)
        return f"background: {background.name()}; color: {text.name()}; padding: 6px; border: 1px solid {border.name()};"
    if role == "heading":
        return "font-size: 16pt; font-weight: bold;"
    if role == "subtle":
        from .colours import MUTED

        return f"color: {hex_colour(MUTED)};"
    raise KeyError(role)


def set_role(widget: QWidget, role: str) -> None:
    """Give a label its look: "banner-warning", "banner-danger", "heading" or "subtle"."""
    widget.setProperty("role", role)
    widget.setStyleSheet(role_style(role))


def replace_placeholder(tabs: QTabWidget, holder: QWidget, real: QWidget) -> int:
    """Put ``real`` in the tab that ``holder`` kept (same place, same title, still current if it
    was), without telling anyone the current tab changed; the holder is deleted. Returns the
    tab's index. For pages and tabs built the first time they are looked at."""
    i = tabs.indexOf(holder)
    was_current = tabs.currentIndex() == i
    blocked = tabs.blockSignals(True)
    try:
        title = tabs.tabText(i)
        tabs.removeTab(i)
        tabs.insertTab(i, real, title)
        if was_current:
            tabs.setCurrentIndex(i)
    finally:
        tabs.blockSignals(blocked)
    holder.deleteLater()
    return i


def group_box(title: str, table: QTableView | list[QWidget], buttons: list[QPushButton],
              below: tuple[QWidget, ...] = ()) -> QGroupBox:
    """A titled box: a table (or several widgets, in order), with its buttons in a row below (and
    then any widgets ``below`` them)."""
    box = QGroupBox(title)
    lay = QVBoxLayout(box)
    for w in table if isinstance(table, list) else [table]:
        lay.addWidget(w)
    bar = QHBoxLayout()
    for b in buttons:
        bar.addWidget(b)
    bar.addStretch(1)
    lay.addLayout(bar)
    for w in below:
        lay.addWidget(w)
    return box


def scroll_area(inner: QWidget) -> QScrollArea:
    s = QScrollArea()
    s.setWidgetResizable(True)
    s.setWidget(inner)
    return s
