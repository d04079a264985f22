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
cancelled (``Op.cancel``: its ``on_error`` hears ``Cancelled``); a running one finishes. A
progress window appears only if the work takes longer than ``PROGRESS_DELAY_MS``.

While the store is locked or a backup is being restored the operations are held (``hold`` /
``release``): nothing new starts (what is queued waits, and runs after), the worker's connection
is closed and its copy of the key wiped, on its own thread, as soon as what is running has
finished, and a result that arrives meanwhile is handed over after. ``close()`` (the window
closing) holds and waits. Work whose page has gone (a record closed) still runs; nobody is told.
A store held only in memory has one connection, so there the work runs at once, on it.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..services.changes import Changes, ChangeWatch

if TYPE_CHECKING:
    from ..app import Services

PROGRESS_DELAY_MS = 600
HOLD_WAIT_MS = 2_000  # how long a lock waits for running work before the window goes (it then finishes unseen)


class Cancelled(Exception):
    """The work was taken off the queue before it started: it did not run."""

    def user_message(self) -> str:
        return str(self)


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
        # Owned by the operations, not by the page that asked: a page can go (a record closed)
        # while its work is queued or running, and the work must still be accounted for.
        super().__init__(ops)
        self.ops, self.label, self.writes, self.quiet = ops, label, writes, quiet
        self.on_done, self.on_error = on_done, on_error
        self.state = OpState.QUEUED
        self.result: Any = None
        self.error: Exception | None = None
        self.changes = Changes()
        self.owner_gone = False
        self.job = _Job(lambda: ops._run_on_worker(work))
        self.job.signals.started.connect(self._started, Qt.ConnectionType.QueuedConnection)
        self.job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._parent = parent
        self.progress: QProgressDialog | None = None  # made only if the work outlasts PROGRESS_DELAY_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        if parent is not None:
            parent.destroyed.connect(self._owner_destroyed)

    @property
    def running(self) -> bool:
        """Queued or running: not yet finished."""
        return self.state in (OpState.QUEUED, OpState.RUNNING)

    def cancel(self, *, tell: bool = True) -> bool:
        """Take the work off the queue if it has not started (``on_error`` hears ``Cancelled``
        unless ``tell`` is False). True if it will not run."""
        if self.state is OpState.QUEUED and self.ops._take(self):
            self.state = OpState.CANCELLED
            self._finish()
            if tell and self.on_error is not None and not self.owner_gone:
                self.on_error(Cancelled(f"{self.label.rstrip('…')}: stopped before it started; nothing was done."))
            return True
        return self.state is OpState.CANCELLED

    def _owner_destroyed(self, *_args) -> None:
        self.owner_gone = True

    def _show_progress(self) -> None:
        if self.owner_gone or self.ops.held or self.state is not OpState.RUNNING:
            return
        self.progress = dialog = QProgressDialog(self._parent)
        dialog.setLabelText(self.label)
        dialog.setRange(0, 0)  # busy, with no end shown
        dialog.setCancelButton(None)  # no cancel button: a running operation finishes
        dialog.setWindowTitle("Please wait")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()

    def _started(self, _=None) -> None:
        if self.state is OpState.QUEUED:
            self.state = OpState.RUNNING
            if not self.quiet:
                self._timer.start(PROGRESS_DELAY_MS)

    def _finish(self) -> None:
        self._timer.stop()
        if self.progress is not None and isValid(self.progress):
            self.progress.hide()
            self.progress.deleteLater()
        self.progress = None
        self.ops._forget(self)
        self.finished.emit()

    def _done(self, result) -> None:
        self.state, self.result = OpState.DONE, result
        self._finish()
        self.ops._deliver(self, lambda: self.on_done(result))

    def _failed(self, exc) -> None:
        self.state, self.error = OpState.FAILED, exc
        self._finish()
        if self.on_error is not None:
            on_error = self.on_error
            self.ops._deliver(self, lambda: on_error(exc))
        else:
            self.ops._deliver(self, lambda: _raise(exc))


def _raise(exc: Exception) -> None:
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
        self._waiting: list[Op] = []  # queued while held: started on release
        self._later: list[Callable[[], None]] = []  # results that arrived while held
        self.held = False
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
        if self.held:
            self._waiting.append(op)
        else:
            self.pool.start(op.job)
        return op

    def _take(self, op: Op) -> bool:
        if op in self._waiting:
            self._waiting.remove(op)
            return True
        return self.pool.tryTake(op.job)

    def _deliver(self, op: Op, callback: Callable[[], None]) -> None:
        """A finished op's news: what a write changed first, then its callback; kept until
        release while held (nothing is shown over the lock), dropped if its page has gone."""
        def deliver() -> None:
            if op.writes:  # (a failed write too: part of it may have been saved)
                op.changes = self.note_changes()
            if not op.owner_gone:
                callback()
        if self.held:
            self._later.append(deliver)
        else:
            deliver()

    def pending(self) -> list[Op]:
        """What is queued or running, oldest first."""
        return list(self._queue)

    def _forget(self, op: Op) -> None:
        if op in self._queue:
            self._queue.remove(op)

    def cancel_queued(self, *, tell: bool = True) -> int:
        """Take everything not yet started off the queue. How many were taken."""
        return sum(1 for op in list(self._queue) if op.state is OpState.QUEUED and op.cancel(tell=tell))

    def note_changes(self) -> Changes:
        """What was changed on the store's file since last asked (by anyone), told to the views."""
        changes = self.watch.since_last()
        if changes:
            self.changed.emit(changes)
        return changes

    # -- holding (a lock, a restore) and the worker's connection ----------------------------
    def hold(self, wait_ms: int = HOLD_WAIT_MS) -> None:
        """Before a lock or a restore: nothing more starts (what is queued waits for release),
        and the worker's connection is closed, its key wiped, once what is running has finished
        (waiting up to ``wait_ms`` for it here)."""
        if self.services.store.path is None:
            return
        if not self.held:
            self.held = True
            for op in list(self._queue):
                if op.state is OpState.QUEUED and op not in self._waiting and self.pool.tryTake(op.job):
                    self._waiting.append(op)
            self.pool.start(_Job(self._close_own))  # after the running op, on the worker's thread
        self.pool.waitForDone(wait_ms)

    def release(self) -> None:
        """After the unlock or the restore: results that arrived are handed over, and what waited starts."""
        if not self.held:
            return
        self.held = False
        later, self._later = self._later, []
        for deliver in later:
            deliver()
        waiting, self._waiting = self._waiting, []
        for op in waiting:
            if op.state is OpState.QUEUED:
                self.pool.start(op.job)

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

    def _close_own(self) -> None:
        """On the worker's thread: close its connection and wipe its copy of the key (Store.lock)."""
        own, self._own = self._own, None
        if own is not None and own.store.is_open:
            own.store.lock()

    @property
    def has_connection(self) -> bool:
        """Is the worker's connection open (from an earlier operation, until held or closed)?"""
        return self._own is not None

    def close(self) -> None:
        """The window is closing: nothing queued runs (nobody is told), what runs finishes, and
        the worker's connection is closed."""
        self.cancel_queued(tell=False)
        self.hold(wait_ms=-1)
        self._later.clear()
        self.held = False
