"""Long work off the GUI thread, one kind (modelled on Anki's CollectionOp and QueryOp).

``Operations`` runs work one piece at a time, in order, on a worker thread that keeps a database
connection of its own (a SQLite connection belongs to the thread that made it) with the services
built on it once, not per job. Two kinds:

- ``read(...)``: work that only reads the records (the 903 check, a dashboard PDF written to a
  file, an integrity check). ``work(services)`` returns a value handed to ``on_done``.
- ``write(...)``: work that changes records (a team-server sync, a backup). After it, the
  operations say what it changed (``changed``, a services.changes.Changes read from the audit
  trail), so the window brings up to date only the views that show it.

Both are serial: a write never overlaps another write or a read. One still queued can be
cancelled (``Op.cancel``); a running one finishes. A progress window appears only if the work
takes longer than ``PROGRESS_DELAY_MS``. Before the store locks, or a backup is restored,
``close()`` cancels what is queued, waits for what runs, and closes the worker's connection
(and its copy of the key); the next operation opens it again. A store held only in memory has
one connection, so there the work runs at once, on it.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.changes import Changes, ChangeWatch

if TYPE_CHECKING:
    from ..app import Services

PROGRESS_DELAY_MS = 600


class OpState(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class _Signals(QObject):
    started = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        self._report(self.signals.started, None)
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread, to on_error or raised there
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    @staticmethod
    def _report(signal, value) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the work ran: nobody to tell
            signal.emit(value)


class Op(QObject):
    """One piece of work on the queue: its state, and the progress window while it runs."""

    finished = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None, label: str, work: Callable[[Services], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None, *, writes: bool,
                 quiet: bool):
        super().__init__(parent)
        self.ops, self.label, self.writes, self.quiet = ops, label, writes, quiet
        self.on_done, self.on_error = on_done, on_error
        self.state = OpState.QUEUED
        self.result: Any = None
        self.error: Exception | None = None
        self.changes = Changes()
        self.job = _Job(lambda: ops._run_on_worker(work))
        self.job.signals.started.connect(self._started, Qt.ConnectionType.QueuedConnection)
        self.job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress = QProgressDialog(parent)
        self.progress.setLabelText(label)
        self.progress.setRange(0, 0)  # busy, with no end shown
        self.progress.setCancelButton(None)  # no cancel button: a running operation finishes
        self.progress.setWindowTitle("Please wait")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.reset()
        self.progress.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.progress.show)

    @property
    def running(self) -> bool:
        """Queued or running: not yet finished."""
        return self.state in (OpState.QUEUED, OpState.RUNNING)

    def cancel(self) -> bool:
        """Take the work off the queue if it has not started. True if it will not run."""
        if self.state is OpState.QUEUED and self.ops.pool.tryTake(self.job):
            self.state = OpState.CANCELLED
            self._finish()
            return True
        return self.state is OpState.CANCELLED

    def _started(self, _=None) -> None:
        if self.state is OpState.QUEUED:
            self.state = OpState.RUNNING
            if not self.quiet:
                self._timer.start(PROGRESS_DELAY_MS)

    def _finish(self) -> None:
        self._timer.stop()
        self.progress.hide()
        self.ops._forget(self)
        self.finished.emit()

    def _done(self, result) -> None:
        self.state, self.result = OpState.DONE, result
        if self.writes:
            self.changes = self.ops.note_changes()
        self._finish()
        self.on_done(result)

    def _failed(self, exc) -> None:
        self.state, self.error = OpState.FAILED, exc
        if self.writes:  # part of the work may have been saved before it failed
            self.changes = self.ops.note_changes()
        self._finish()
        if self.on_error is not None:
            self.on_error(exc)
        else:
            raise exc


class Operations(QObject):
    """The one queue of long work, and the worker's connection (see the module's docstring)."""

    changed = Signal(object)  # Changes: what a write (or a save on the GUI's connection) changed

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one at a time, in order: writes are serial
        self.pool.setExpiryTimeout(-1)  # the one thread is kept, so its connection can be
        self._own: Services | None = None  # the worker's services: touched only on the worker thread
        self._queue: list[Op] = []
        self.watch = ChangeWatch(services.store)

    # -- running work ----------------------------------------------------------------------
    def read(self, parent: QWidget | None, label: str, work: Callable[[Services], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None] | None = None, *, quiet: bool = False) -> Op:
        return self._submit(Op(self, parent, label, work, on_done, on_error, writes=False, quiet=quiet))

    def write(self, parent: QWidget | None, label: str, work: Callable[[Services], Any], on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None] | None = None, *, quiet: bool = False) -> Op:
        return self._submit(Op(self, parent, label, work, on_done, on_error, writes=True, quiet=quiet))

    def _submit(self, op: Op) -> Op:
        self._queue.append(op)
        if self.services.store.path is None:  # held in memory: one connection, so now, here
            op._started()
            try:
                result = op.job.work()
            except Exception as exc:  # noqa: BLE001 - as from the worker thread: to on_error, or raised
                op._failed(exc)
            else:
                op._done(result)
            return op
        self.pool.start(op.job)
        return op

    def pending(self) -> list[Op]:
        """What is queued or running, oldest first."""
        return list(self._queue)

    def _forget(self, op: Op) -> None:
        if op in self._queue:
            self._queue.remove(op)

    def cancel_queued(self) -> int:
        """Take everything not yet started off the queue. How many were taken."""
        return sum(1 for op in list(self._queue) if op.state is OpState.QUEUED and op.cancel())

    def note_changes(self) -> Changes:
        """What was changed on the store's file since last asked (by anyone), told to the views."""
        changes = self.watch.since_last()
        if changes:
            self.changed.emit(changes)
        return changes

    # -- the worker's connection -----------------------------------------------------------
    def _run_on_worker(self, work: Callable[[Services], Any]):
        """On the worker thread (or here, for a store in memory): ``work`` with the worker's services."""
        gui = self.services
        if gui.store.path is None:
            return work(gui)
        own = self._own
        if own is None or not own.store.is_open:
            from ..app import open_worker_services

            own = self._own = open_worker_services(gui)
        own.store.actor = gui.store.actor  # done by whoever is acting now, as on the GUI's connection
        return work(own)

    @property
    def has_connection(self) -> bool:
        """Is the worker's connection open (from an earlier operation, until ``close``)?"""
        return self._own is not None

    def close(self) -> None:
        """Before a lock or a restore, and on closing: nothing queued runs, what runs finishes,
        and the worker's connection is closed (on its own thread)."""
        self.cancel_queued()
        self.pool.waitForDone()
        if self._own is not None and self.services.store.path is not None:
            own, self._own = self._own, None
            closer = _Job(lambda: own.store.close())
            self.pool.start(closer)
            self.pool.waitForDone()
        # Each finished op's result is delivered by the event loop; nothing is left queued here.

