"""Locks the app after a spell with no keyboard or mouse use, or at Ctrl+L anywhere in the app,
dialogs included (one app-wide event filter: the File menu's Ctrl+L is the main window's own, and
Qt does not give it to a window while a dialog is open over it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleLocker(QObject):
    def __init__(self, app, minutes: int, on_idle, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.timer.start()
            if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_L
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                self.timer.timeout.emit()  # lock now, as after the idle time
                return True
        return False
