"""The main window's lock sequence: on File → Lock, Ctrl+L or the idle timer (gui/locker.py),
dialogs with typing in them are put away and the others closed, every view is cleared, the key is
dropped, and the passphrase is asked for; after it, the window, the records and the dialogs come
back as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from .ask import ask

if TYPE_CHECKING:
    from ..app import Store
    from ..services.access import StoreAccess
    from .guarded import GuardedDialog
    from .locker import IdleLocker
    from .main_window import MainWindow


class LockSequence(QObject):
    def __init__(self, window: MainWindow, store: Store, access: StoreAccess | None, *, demo: bool = False):
        super().__init__(window)
        self.window, self.store, self.access, self.demo = window, store, access, demo
        self.locked = False
        self.put_away: list[GuardedDialog] = []  # dialogs with typing in them, hidden while locked
        self._snapshot: dict = {}
        self.locker: IdleLocker | None = None

    def start(self, lock_after_minutes: int) -> None:
        """Lock after this many idle minutes (only with a passphrase to unlock with)."""
        if self.access is not None:
            from .locker import IdleLocker

            self.locker = IdleLocker(QApplication.instance(), lock_after_minutes, self.lock, self)

    def set_minutes(self, minutes: int) -> None:
        if self.locker is not None:
            self.locker.set_minutes(minutes)

    def stop(self) -> None:
        """A closed window locks no more (a lock would otherwise ask for the passphrase of a window
        already gone)."""
        if self.locker is not None:
            self.locker.timer.stop()

    def lock(self) -> None:
        """Put away or close dialogs, clear every view, drop the key, and ask for the passphrase."""
        if self.locked or self.access is None:
            return
        self.locked = True
        from .guarded import GuardedDialog

        self.put_away = []
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                if isinstance(w, GuardedDialog):
                    if w.put_away_for_lock():  # typing in it: hidden, kept in memory, shown after unlock
                        self.put_away.append(w)
                else:
                    w.reject()
        # The rest happens once any dialogs' own event loops have ended.
        QTimer.singleShot(0, self._lock_now)

    def owns_put_away_dialog(self, page: QWidget) -> bool:
        """Does a dialog put away by the lock belong to ``page`` (so the page must be kept)?"""
        for dlg in self.put_away:
            w = dlg.parentWidget()
            while w is not None:
                if w is page:
                    return True
                w = w.parentWidget()
        return False

    def _lock_now(self) -> None:
        self._snapshot = self.window.clear_for_lock(keep=self.owns_put_away_dialog)
        self.window.hide()
        # Background work is held while locked: nothing new starts (what is queued runs after the
        # unlock), and the worker's connection is closed and its copy of the key wiped once what
        # is running has finished; a result arriving meanwhile is handed over after the unlock.
        self.window.operations.hold()
        self.store.lock()
        self._ask_to_unlock()

    def _ask_to_unlock(self) -> None:
        from .unlock import UnlockDialog

        access = self.access
        if access is None:  # lock() locks only with a passphrase to unlock with
            return
        hint = "The demo's passphrase is in the README." if self.demo else ""
        dlg = UnlockDialog(access, access.key_for, hint=hint)
        dlg.setWindowTitle("Locked")
        while True:
            if dlg.exec():
                key = dlg.result_value
                if dlg.recovered:  # the recovery dialog opened a fresh store: use its key
                    key = dlg.result_value.key
                    dlg.result_value.close()
                self.store.unlock(key)
                break
            if ask.confirm(None, "Quit", "Quit careleaver_app? Anything not saved is lost.", yes="Quit", no="Unlock"):
                self.window.persist_state = False
                QApplication.quit()
                return
        self.locked = False
        self._restore_after_unlock()

    def _restore_after_unlock(self) -> None:
        self.window.reopen_after_unlock(self._snapshot)
        self.window.operations.release()
        if self.locker is not None:
            self.locker.timer.start()
        put_away, self.put_away = self.put_away, []
        for dlg in put_away:  # back as they were, with what was typed in them
            dlg.bring_back()
