"""Windows that fit the screen they open on: a 1366×768 laptop, at 100% or 150% scaling
(910×512 points), and bigger screens.

- ``fit_to_screen`` sizes a window to what it would like, but never beyond the screen's free
  area less room for the title bar (the taskbar is already outside the free area).
- ``scroll_when_cramped`` moves a page's content into a frameless scroll area: where the screen
  is big enough nothing changes; where it is not, the page scrolls instead of pushing the window
  (and its buttons) off the screen.
- ``fit_dialog`` does both for a dialog: the part above its buttons scrolls if it must, so Save
  and Cancel always stay on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

# Room left for a window's title bar and borders, in points (about 30 px at 100%, 45 at 150%).
FRAME_ALLOWANCE = QSize(16, 40)


def free_area(widget: QWidget) -> QSize:
    """The most a window's content may take on the screen it is on (or will open on)."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(max(200, area.width() - FRAME_ALLOWANCE.width()), max(200, area.height() - FRAME_ALLOWANCE.height()))


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize ``widget`` (a window) to ``wanted`` (default: its own size), no bigger than the screen
    allows, and keep it on the screen."""
    room = free_area(widget)
    want = wanted if wanted is not None else widget.size()
    widget.resize(min(want.width(), room.width()), min(want.height(), room.height()))
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    geo = widget.frameGeometry()
    x = min(max(geo.x(), area.x()), area.right() - geo.width() + 1)
    y = min(max(geo.y(), area.y()), area.bottom() - geo.height() + 1)
    if (x, y) != (geo.x(), geo.y()):
        widget.move(max(area.x(), x), max(area.y(), y))


def _scroll_area(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("cramped_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
    area.setWidget(inner)
    return area


def scroll_when_cramped(page: QWidget) -> QScrollArea:
    """Put everything ``page``'s layout holds into a scroll area that is the page's only child
    (the page itself, and every reference to its widgets, stay as they were)."""
    layout = page.layout()
    inner = QWidget()
    inner.setObjectName(f"{page.objectName() or 'page'}_content")
    inner.setLayout(layout)  # takes the layout, and the widgets in it, from the page
    area = _scroll_area(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


def fit_dialog(dialog: QWidget) -> None:
    """Before a dialog is first shown: if what it needs is more than the screen has, the part
    above its buttons becomes a scroll area; then it is sized to the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    room = free_area(dialog)
    # A minimum set by hand (in the form) gives way to the screen; one the content needs cannot,
    # so then the content scrolls.
    dialog.setMinimumSize(min(dialog.minimumWidth(), room.width()), min(dialog.minimumHeight(), room.height()))
    need = layout.totalMinimumSize()
    if (need.width() > room.width() or need.height() > room.height()) and isinstance(layout, QBoxLayout):
        _scroll_above_buttons(layout).show()  # (added while the dialog is being shown)
    fit_to_screen(dialog, dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint())


def _scroll_above_buttons(layout: QBoxLayout) -> QScrollArea:
    """Move every item of ``layout`` but a trailing button box into a scroll area."""
    stretches = [layout.stretch(i) for i in range(layout.count())]
    items = [layout.takeAt(0) for _ in range(layout.count())]
    last = items[-1].widget() if items else None
    buttons = last if isinstance(last, QDialogButtonBox) else None
    content = QVBoxLayout()
    content.setContentsMargins(0, 0, 0, 0)
    for item, stretch in zip(items[:-1] if buttons else items, stretches):
        if item.widget() is not None:
            content.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            child: QLayout = item.layout()
            child.setParent(None)
            content.addLayout(child, stretch)
        else:
            content.addItem(item)
    inner = QWidget()
    inner.setObjectName("dialog_content")
    inner.setLayout(content)
    area = _scroll_area(inner)
    layout.addWidget(area, 1)
    if buttons is not None:
        layout.addWidget(buttons)
    return area
