"""Who has the store open: a lock file beside it (``careleaver.db.lock``).

Every connection to a store holds a *shared* lock on that file for as long as it is open (in
this process or another: the app, a background backup or check, the command line). Replacing
the file (restoring a backup) needs the *exclusive* lock, so it happens only when nothing else
has the store open; otherwise it is refused plainly, never done under a live connection (whose
later writes would be lost with the old file). portalocker gives the same locks on Windows
(LockFileEx) as on Linux and macOS (flock), where an open file cannot be replaced at all.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from typing import Iterator

import portalocker

from .errors import DatabaseInUse

PRIVATE_UMASK = 0o077
# A shared lock is waited for while a restore or an encryption holds the exclusive one.
WAIT_FOR_SHARED_SECONDS = 10.0

_open_here: dict[str, int] = {}  # connections this process holds, by store path
_count_guard = threading.Lock()


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
                portalocker.lock(self._fh, portalocker.LockFlags.SHARED | portalocker.LockFlags.NON_BLOCKING)
                break
            except portalocker.LockException:
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
            portalocker.unlock(fh)
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
            portalocker.lock(fh, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.LockException:
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
                portalocker.unlock(fh)
    finally:
        fh.close()


def nobody_has_it_open(db_path: Path) -> bool:
    """True if no connection anywhere holds the store's lock (asked without waiting)."""
    fh = _open_lock_file(db_path)
    try:
        portalocker.lock(fh, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.LockException:
        fh.close()
        return False
    with contextlib.suppress(Exception):
        portalocker.unlock(fh)
    fh.close()
    return True
