"""Long work off the GUI thread: one small helper.

``run_in_background(parent, label, work, on_done)`` runs ``work()`` in a worker thread and calls
``on_done(result)`` (or ``on_error(exc)``) back on the GUI thread. A progress dialog appears only
if the work takes longer than ``PROGRESS_DELAY_MS``, so quick jobs never flash a window.
Work done in the background must not use the GUI's database connection: it opens its own.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from ..app import Services

PROGRESS_DELAY_MS = 600


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the GUI thread
            exc.__traceback_text__ = traceback.format_exc()
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    @staticmethod
    def _report(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app closed while the work was running: nobody to tell
            pass


class BackgroundTask(QObject):
    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str, work, on_done, on_error=None, *, quiet: bool = False):
        super().__init__(parent)
        self.quiet = quiet  # no progress window (checks the user did not ask for)
        self.job = _Job(work)
        self.on_done, self.on_error = on_done, on_error
        self.progress = QProgressDialog(label, None, 0, 0, parent)
        self.progress.setWindowTitle("Please wait")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.reset()
        self.progress.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.progress.show)
        self.job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.result = None
        self.error = None
        self.running = False

    def start(self) -> BackgroundTask:
        self.running = True
        if not self.quiet:
            self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(self.job)
        return self

    def _finish(self) -> None:
        self._timer.stop()
        self.progress.hide()
        self.running = False
        self.finished.emit()

    def _done(self, result) -> None:
        self.result = result
        self._finish()
        self.on_done(result)

    def _failed(self, exc) -> None:
        self.error = exc
        self._finish()
        if self.on_error is not None:
            self.on_error(exc)
        else:
            raise exc


def run_in_background(parent: QWidget | None, label: str, work, on_done, on_error=None, *, quiet: bool = False) -> BackgroundTask:
    return BackgroundTask(parent, label, work, on_done, on_error, quiet=quiet).start()


class OwnConnection:
    """Runs a page's long work in the background on a database connection of its own, with the
    services rebuilt on it (app.with_own_connection). The one thing a page is given the whole set
    of services for, and only to hand on to that work (issue 26 point 6 is to end the rebuild)."""

    def __init__(self, services: Services):
        self._services = services

    def run(self, parent: QWidget | None, label: str, work: Callable[[Services], Any], on_done, on_error=None, *,
            quiet: bool = False) -> BackgroundTask | None:
        return run_on_own_connection(parent, label, self._services, work, on_done, on_error, quiet=quiet)


def run_on_own_connection(parent: QWidget | None, label: str, services, work, on_done, on_error=None, *,
                          quiet: bool = False) -> BackgroundTask | None:
    """``work(services)`` in the background on a database connection of its own. A store held
    only in memory has a single connection, so there the work runs here and now."""
    from ..app import with_own_connection

    if services.store.path is None:
        try:
            result = work(services)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
        return None
    return run_in_background(parent, label, lambda: with_own_connection(services, work), on_done, on_error, quiet=quiet)
