"""The main window's cover publishing: today's cover pack and summary in the team folder, once a
day (checked hourly) and on closing, so cover can start without this laptop."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ..app import Store
    from ..services.cover import CoverService
    from .main_window import MainWindow


class CoverPublishing(QObject):
    def __init__(self, window: MainWindow, cover: CoverService, store: Store):
        super().__init__(window)
        self.window, self.cover, self.store = window, cover, store
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.publish_if_due)

    def start(self) -> None:
        QTimer.singleShot(2000, self.publish_if_due)
        self.timer.start(60 * 60_000)

    def publish_if_due(self) -> None:
        """Today's cover pack and summary in the team folder, if one is set and not yet today."""
        if self.window.locked or not self.store.is_open or not self.cover.needs_publishing():
            return
        try:
            self.cover.publish()
        except Exception as exc:  # noqa: BLE001 - a shared folder can be offline; say so, do not stop work
            self.window.statusBar().showMessage(f"Could not publish to the team folder: {type(exc).__name__}", 10_000)

    def on_close(self) -> None:
        """Publish once more as the window closes, and stop (a closed window publishes no more)."""
        if self.store.is_open and self.cover.team_folder()[0]:
            with contextlib.suppress(Exception):  # closing must not fail because a share is offline
                self.cover.publish()
        self.timer.stop()
