"""The main window's backups and checks: a backup on a timer while changes are being made (and
on closing), Back up now and Restore, and the database's integrity and audit checks, with the way
back (a backup in its place) when the file is damaged."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from .ask import ask

if TYPE_CHECKING:
    from ..app import Services
    from ..services.backups import BackupService
    from .main_window import MainWindow
    from .ops import Op


class BackupsAndChecks(QObject):
    def __init__(self, window: MainWindow, services: Services):
        super().__init__(window)
        self.window, self.store, self.settings = window, services.store, services.settings
        # The whole set, for the backup service only, made when first used (not at start-up).
        self.services = services
        self.backed_up_at = self.store.change_marker()
        self._backup_task: Op | None = None
        self.integrity_task: Op | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.auto_backup)

    @property
    def backups(self) -> BackupService:
        return self.services.backups

    def start(self) -> None:
        """Back up on a timer while changes are being made; check the file if it was opened unchecked."""
        self.backed_up_at = self.store.change_marker()
        if self.store.path is not None:
            self.timer.start(self.settings.get().backup_every_minutes * 60_000)
        # Opened without the integrity check (it takes seconds on a big store): run it now, in
        # the background, and say so at once if the file is damaged.
        if not self.store.checked_on_open:
            QTimer.singleShot(0, self.check_integrity)

    # -- backups ---------------------------------------------------------------------------------
    def auto_backup(self) -> None:
        """A backup in the background if anything changed since the last one."""
        store = self.store
        if self.window.locked or not store.is_open or store.path is None or (self._backup_task and self._backup_task.running):
            return
        marker = store.change_marker()
        if marker == self.backed_up_at:
            return
        from ..logs import event

        job = self.backups.backup_job("auto")

        def done(_):
            self.backed_up_at = marker
            event("backup", reason_auto=1)

        self._backup_task = self.window.operations.read(self.window, "Backing up…", lambda _own: job(), done,
                                                        lambda exc: self.window.statusBar().showMessage(
                                                            "The automatic backup did not work: " + str(exc), 10_000))

    def backup_now(self) -> None:
        marker = self.store.change_marker()
        job = self.backups.backup_job("manual")

        def done(path):
            self.backed_up_at = marker
            ask.inform(self.window, "Backed up", f"Backed up to {path.name} in the backups folder beside the database.")

        self.window.operations.read(self.window, "Backing up…", lambda _own: job(), done,
                                    lambda exc: ask.warn(self.window, "Not backed up", exc.user_message()
                                                         if hasattr(exc, "user_message") else str(exc)))

    def restore_backup(self) -> None:
        from .backup_dialog import RestoreDialog

        window = self.window
        if window.has_unsaved_changes():
            ask.warn(window, "Unsaved changes", "Save or undo the changes on open records before restoring a backup.")
            return
        from .backup_dialog import kept_message

        store = self.store
        if store.path is None:
            ask.inform(window, "No backups", "This database is held only in memory, so it has no backups to restore.")
            return
        # Nothing else has the file open while it is replaced: background work waits until the
        # dialog is done (a backup or sync due meanwhile runs after), and its connection is closed.
        window.operations.hold()
        try:
            dlg = RestoreDialog(store.path, store.key, store.restore, window)
            restored = dlg.exec() and dlg.restored
            if restored:
                for page in window.record_pages():
                    window.drop_record(page)
                self.backed_up_at = self.store.change_marker()
                window.refresh()
        finally:
            window.operations.release()
        if restored:
            ask.inform(window, "Restored", "The backup has been restored." + kept_message(dlg.result_value))

    def on_close(self) -> None:
        """A last backup if anything changed, and stop (a closed window backs up no more)."""
        store = self.store
        if store.is_open and store.path is not None and store.change_marker() != self.backed_up_at:
            with contextlib.suppress(Exception):  # a failed backup must not stop the app closing
                store.backup("close", **self.settings.get().rotation())
        self.timer.stop()

    # -- checks ----------------------------------------------------------------------------------
    def offer_restore(self, title: str, found: str) -> None:
        """The database is damaged: say so, and offer the way back (a backup in its place)."""
        if ask.choose(self.window, title, f"{found} Stop using this copy: restore a recent backup now. The damaged file "
                      "is kept aside for examination.", ["Restore a backup…", "Not now"]) == 0:
            self.restore_backup()

    def check_integrity(self) -> None:
        """SQLite's quick check, off the GUI thread (on a fresh connection of its own: database.check_file)."""
        def done(problems) -> None:
            self.store.checked_on_open = True
            if problems:
                from ..logs import event

                event("integrity_problem", count=len(problems))
                self.offer_restore("The database is damaged", "The check made on opening found problems with the database file.")

        def failed(exc) -> None:
            from .ops import Cancelled

            if not isinstance(exc, Cancelled):  # stopped before it ran: nothing was found, nothing is said
                done([str(exc)])

        self.integrity_task = self.window.operations.read(self.window, "Checking the database…",
                                                          lambda own: own.store.integrity_problems(), done, failed,
                                                          quiet=True)

    def check_database(self) -> None:
        problems = self.store.integrity_problems(full=True)  # on a fresh connection (storage.database.check_file)
        if problems:
            self.offer_restore("The database is damaged", "The full integrity check found problems.")
        else:
            ask.inform(self.window, "Database checked", "The full integrity check found no problems.")

    def check_audit(self) -> None:
        result = self.store.verify_audit()
        (ask.inform if result.ok else ask.warn)(self.window, "Audit trail", str(result))
