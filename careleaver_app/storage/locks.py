"""Who has the store open: a lock file beside it (``careleaver.db.lock``).

Every connection to a store holds a *shared* lock on that file for as long as it is open (in
this process or another: the app, a background backup or check, the command line). Replacing
the file (restoring a backup) needs the *exclusive* lock, so it happens only when nothing else
has the store open; otherwise it is refused plainly, never done under a live connection (whose
later writes would be lost with the old file). On Linux and macOS these are flock() locks; on
Windows, where an open file cannot be replaced at all, portalocker's LockFileEx ones (it is not
imported elsewhere: its import alone takes longer than the rest of the app's start-up).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from typing import Iterator

from .errors import DatabaseInUse

PRIVATE_UMASK = 0o077
# A shared lock is waited for while a restore or an encryption holds the exclusive one.
WAIT_FOR_SHARED_SECONDS = 10.0

_open_here: dict[str, int] = {}  # connections this process holds, by store path
_count_guard = threading.Lock()


class Busy(Exception):
    """Another holder has the lock (asked without waiting)."""


if os.name == "nt":  # pragma: no cover - Windows
    import portalocker

    def take(fh, *, exclusive: bool, wait: bool = False) -> None:
        flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
        try:
            portalocker.lock(fh, flags if wait else flags | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.LockException:
            raise Busy() from None

    def let_go(fh) -> None:
        portalocker.unlock(fh)
else:
    import fcntl

    def take(fh, *, exclusive: bool, wait: bool = False) -> None:
        """Lock an open file: shared or exclusive, waiting for it or raising Busy at once."""
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fh.fileno(), flags if wait else flags | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy() from None

    def let_go(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def lock_file_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _open_lock_file(db_path: Path):
    path = lock_file_for(db_path)
    old = os.umask(PRIVATE_UMASK)
    try:
        return open(path, "a+b")  # noqa: SIM115 - held for the connection's lifetime
    finally:
        os.umask(old)


class SharedLock:
    """Held by one open connection; released by :meth:`release` (or when collected)."""

    def __init__(self, db_path: Path, wait: float = WAIT_FOR_SHARED_SECONDS):
        self.key = str(Path(db_path).resolve())
        self._fh = _open_lock_file(db_path)
        deadline = time.monotonic() + wait
        while True:
            try:
                take(self._fh, exclusive=False)
                break
            except Busy:
                if time.monotonic() >= deadline:
                    self._fh.close()
                    raise DatabaseInUse("The database is being restored or encrypted by another copy of the app.") from None
                time.sleep(0.05)
        with _count_guard:
            _open_here[self.key] = _open_here.get(self.key, 0) + 1

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        with _count_guard:
            _open_here[self.key] = max(0, _open_here.get(self.key, 1) - 1)
        with contextlib.suppress(Exception):
            let_go(fh)
        fh.close()

    def __del__(self):  # a connection dropped without closing still lets go
        with contextlib.suppress(Exception):
            self.release()


def open_in_this_process(db_path: Path) -> int:
    """How many connections this process holds to the store (background work included)."""
    with _count_guard:
        return _open_here.get(str(Path(db_path).resolve()), 0)


@contextlib.contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """Nobody else has the store open while this is held; refused (DatabaseInUse) otherwise."""
    fh = _open_lock_file(db_path)
    try:
        try:
            take(fh, exclusive=True)
        except Busy:
            if open_in_this_process(db_path):
                raise DatabaseInUse("The database is still in use by work running in the background (a backup or a check).",
                                    hint="Wait a minute for it to finish, then try again. Nothing has been changed.") from None
            raise DatabaseInUse("The database is open in another copy of the app or a command.",
                                hint="Close every other copy of the app (and any command using it), then try again. "
                                     "Nothing has been changed.") from None
        try:
            yield
        finally:
            with contextlib.suppress(Exception):
                let_go(fh)
    finally:
        fh.close()


def nobody_has_it_open(db_path: Path) -> bool:
    """True if no connection anywhere holds the store's lock (asked without waiting)."""
    fh = _open_lock_file(db_path)
    try:
        take(fh, exclusive=True)
    except Busy:
        fh.close()
        return False
    with contextlib.suppress(Exception):
        let_go(fh)
    fh.close()
    return True


@contextlib.contextmanager
def held(path: Path, *, wait: float | None = None) -> Iterator[bool]:
    """An exclusive lock on a small lock file of its own (``path``), for work that must not run
    twice at once (moving the audit anchor, writing a backup). ``wait=None`` waits as long as it
    takes; otherwise up to ``wait`` seconds, then yields False (not held)."""
    old = os.umask(PRIVATE_UMASK)
    try:
        fh = open(path, "a+b")  # noqa: SIM115
    finally:
        os.umask(old)
    with fh:
        got = False
        if wait is None:
            take(fh, exclusive=True, wait=True)
            got = True
        else:
            deadline = time.monotonic() + wait
            while True:
                try:
                    take(fh, exclusive=True)
                    got = True
                    break
                except Busy:
                    if time.monotonic() >= deadline:
                        break
                    time.sleep(0.05)
        try:
            yield got
        finally:
            if got:
                with contextlib.suppress(Exception):
                    let_go(fh)
