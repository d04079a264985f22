"""The team server, as the main window shows it: the status bar's "synced at … · N changes
waiting", File → Sync now / Join your team's server… / Changes the server did not take…, and
syncing in the background: at start, soon after each save, every few minutes and on closing.

Offline is normal: a failed sync says so calmly in the status bar and tries again later. While a
record has unsaved changes, a sync only sends (it never changes what is being edited); what
arrives refreshes the pages, and a young person who left this laptop's scope has their record
closed."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..domain.errors import ValidationError
from .ask import ask
from .dialogs import RememberingDialog
from .ops import Operations
from .widgets import FieldErrors

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ..app import Services
    from ..services.team import ServerConnection, TeamService
    from .main_window import MainWindow
    from .ops import Op

CHECK_EVERY_MS = 15_000  # look for changes waiting to be sent (cheap: one count)
FULL_SYNC_EVERY_S = 180  # and take what others changed, every few minutes
CLOSE_TIMEOUT_S = 5


class JoinTeamDialog(RememberingDialog):
    """The details IT gave the worker; joining (a first sync) runs in the background."""

    keep_through_lock = False  # it holds a password: a lock cancels it

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        from .forms.join_team_dialog_ui import Ui_JoinTeamDialog

        self.ui = ui = Ui_JoinTeamDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({name: (getattr(ui, f"{name}_edit"), getattr(ui, f"{name}_error"))
                                   for name in ("server", "port", "council", "login", "password")}, ui.summary_label, self)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.restore_geometry()
        self.me: dict | None = None
        self.task: Op | None = None
        self.ops = ops  # the window's: joining runs on its worker's connection

    def accept(self) -> None:
        from ..services.team import TeamService

        ui = self.ui
        self.errors.clear()
        values = (ui.server_edit.text(), ui.port_edit.text(), ui.council_edit.text(), ui.login_edit.text(),
                  ui.password_edit.text())
        try:
            TeamService.check_join_details(*values)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        ui.button_box.setEnabled(False)
        self.task = self.ops.write(self, "Taking your team's records from the server…", lambda own: own.team.join(*values),
                                   self._joined, self._failed)

    def _joined(self, me: dict) -> None:
        self.me = me
        self.ui.password_edit.clear()
        super().accept()

    def _failed(self, exc) -> None:
        from ..services.errors import StoreError

        self.ui.button_box.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
            return
        message = exc.user_message() if isinstance(exc, StoreError) else "Joining did not work: try again, or ask IT."
        self.ui.summary_label.setText(message)
        self.ui.summary_label.setVisible(True)


class SyncController(QObject):
    """Owns the status label, the sync actions and the timers; asks the window to refresh."""

    synced = Signal(object)  # a SyncResult, after each sync that worked
    failed = Signal(str)

    def __init__(self, window: MainWindow, services: Services, file_menu: QMenu):
        super().__init__(window)
        self.window, self.services = window, services
        self.label = QLabel()
        self.label.setObjectName("status_sync")
        self.label.setAccessibleName("Team server status")
        window.statusBar().addPermanentWidget(self.label)
        file_menu.addSeparator()
        self.sync_action = self._add(file_menu, "S&ync with the team server now", self.sync_now, "action_sync_now",
                                     "Ctrl+Shift+Y")
        self.join_action = self._add(file_menu, "&Join your team's server…", self.join, "action_join_team")
        self.notices_action = self._add(file_menu, "Changes the server did &not take…", self.show_notices,
                                        "action_sync_notices")
        self.conflicts_action = self._add(file_menu, "Con&flicts to resolve…", lambda: open_conflicts(window, services.team),
                                          "action_conflicts")
        self.looked_action = self._add(file_menu, "Who has &looked at this record…", self.who_looked_current,
                                       "action_who_looked")
        self.task: Op | None = None
        self.connection: ServerConnection | None = None  # one connection to the server, kept between syncs
        self.offline_reason = ""
        self._last_full = 0.0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.update_status()
        if self.team_laptop:
            self.timer.start(CHECK_EVERY_MS)
            QTimer.singleShot(500, self.sync_now)

    def _add(self, menu, text: str, slot, name: str, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    # -- state ----------------------------------------------------------------------------------
    @property
    def team_laptop(self) -> bool:
        store = self.services.store
        return store.is_open and store.is_team_laptop()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def update_status(self) -> None:
        team = self.team_laptop
        self.label.setVisible(team)
        self.sync_action.setVisible(team)
        self.notices_action.setVisible(team)
        self.join_action.setVisible(not team and self.services.store.is_open)
        me = self.services.workers.current()
        manager = team and me is not None and me.role.value in ("manager", "service")
        self.conflicts_action.setVisible(manager)
        self.looked_action.setVisible(manager)
        if not team:
            return
        status = self.services.team.status()
        text = status.text
        if self.offline_reason:
            text = f"Team server: offline · {status.waiting} change{'s' if status.waiting != 1 else ''} kept on this laptop"
        if status.unread_notices:
            text += f" · {status.unread_notices} not taken (File menu)"
        if manager:
            waiting = len(self.services.team.conflicts())
            self.conflicts_action.setText(f"Con&flicts to resolve ({waiting})…")
            if waiting:
                text += f" · {waiting} conflict{'s' if waiting != 1 else ''} to resolve"
        self.label.setText(text)
        self.label.setToolTip(self.offline_reason or "Your changes are sent to the team server whenever you are online.")
        switch = self.window.findChild(QAction, "action_switch_worker")
        if switch is not None:
            switch.setEnabled(False)
            switch.setToolTip("On a team laptop you are the worker who signed in to the team server.")

    # -- syncing --------------------------------------------------------------------------------
    def tick(self) -> None:
        if self.window.locked or not self.team_laptop or self.running:
            return
        if time.monotonic() - self._last_full >= FULL_SYNC_EVERY_S or self.services.team.status().waiting:
            self.sync_now()

    def sync_now(self) -> None:
        if self.window.locked or not self.team_laptop or self.running:
            return
        pull = not self.window.has_unsaved_changes()

        from ..services.team import ServerConnection

        if self.connection is None:
            self.connection = ServerConnection()
        connection = self.connection

        self._last_full = time.monotonic() if pull else self._last_full
        self.task = self.window.operations.write(self.window, "Syncing with the team server…",
                                                 lambda own: own.team.sync_now(pull=pull, connection=connection),
                                                 self._done, self._failed, quiet=True)

    def _done(self, result) -> None:
        self.offline_reason = ""
        if not self.services.store.is_open:
            return
        if result.changed or result.tables:
            self.window.refresh_after_sync(set(result.left))
        self.update_status()
        if result.refused or result.conflicts:
            self.window.statusBar().showMessage(
                "The team server did not take some of your changes as they were: see File → Changes the server did not take.",
                15_000)
        self.synced.emit(result)

    def _failed(self, exc) -> None:
        from ..services.errors import StoreError

        message = exc.user_message() if isinstance(exc, StoreError) else "The team server could not be reached."
        self.offline_reason = message
        if self.services.store.is_open:
            self.update_status()
        self.failed.emit(message)

    def on_close(self) -> None:
        """Send what is waiting before the app closes (briefly: offline, it waits for next time)."""
        if not self.team_laptop or not self.services.team.status().waiting:
            return
        if self.running:
            deadline = time.monotonic() + CLOSE_TIMEOUT_S
            while self.running and time.monotonic() < deadline:
                from PySide6.QtWidgets import QApplication

                QApplication.processEvents()
            return
        try:
            self.services.team.sync_now(pull=False, connection=self.connection)
        except Exception:  # noqa: BLE001 - closing never fails because the server is unreachable
            pass
        finally:
            if self.connection is not None:
                self.connection.drop()

    def who_looked_current(self) -> None:
        page = self.window.current_record()
        if page is None or page.record is None:
            ask.inform(self.window, "Who has looked at this record", "Open a young person's record first.")
            return
        who_looked(self.window, self.services.team, page.person_id, page.record.person.display_name)

    # -- joining and notices ---------------------------------------------------------------------
    def join(self) -> None:
        if not self.services.team.can_join():
            ask.inform(self.window, "Join your team's server",
                       "Only a new, empty store can join a team server: this one already holds young people's records. "
                       "Start a new store for the team; IT can load these records onto the server.")
            return
        dlg = JoinTeamDialog(self.window.operations, self.window)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.me is None:
            return
        self.services.store.queues_operations = True
        me = self.services.workers.current()  # the signed-in worker acts from now on
        if me is None:  # joining signs the worker in: there is always one
            return
        self.window.rebuild_for(me)
        self.update_status()
        self.timer.start(CHECK_EVERY_MS)
        ask.inform(self.window, "Joined", f"This laptop now syncs with your team's server as {me.name}.")

    def show_notices(self) -> None:
        notices = self.services.team.notices()
        if not notices:
            ask.inform(self.window, "Changes the server did not take", "The team server has taken all your changes.")
            return
        lines = [f"{n.at[:16].replace('T', ' ')} — {'Refused' if n.kind == 'refused' else 'Conflict'}: {n.message}"
                 for n in notices[:50]]
        ask.inform(self.window, "Changes the server did not take", "\n\n".join(lines))
        self.services.team.mark_notices_read()
        self.update_status()


class ConflictsDialog(RememberingDialog):
    """A team manager's conflicts: which record, both values, who and when; resolve each by
    keeping the value that stands, taking the other, or writing a corrected one. Resolving is
    done on the team server (online), then this laptop syncs."""

    def __init__(self, team: TeamService, ops: Operations, parent: QWidget | None = None, *, select: str = ""):
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout

        from .models import Column, RowsModel, rows_table, selected_row

        self._selected_row = selected_row
        self.team = team
        self.ops = ops  # the window's: resolving runs on its worker's connection
        self.setWindowTitle("Conflicts to resolve")
        self.setObjectName("conflicts_dialog")
        lay = QVBoxLayout(self)
        intro = QLabel("Two workers changed the same thing before either synced. The change that reached the team "
                       "server first stands until you decide; nothing was overwritten.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = RowsModel([
            Column("When", lambda c: c.at.astimezone().strftime("%d/%m/%Y %H:%M"), sort=lambda c: c.at),
            Column("Young person", lambda c: c.person_name),
            Column("What", lambda c: c.what),
        ], self)
        self.table = rows_table(self.model, "conflicts_table", (130, 180), accessible_name="Conflicts", sortable=True)
        lay.addWidget(self.table, 1)
        self.detail = QTextBrowser()
        self.detail.setObjectName("conflict_detail")
        self.detail.setAccessibleName("The two values")
        lay.addWidget(self.detail, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton("&Keep the value that stands")
        self.take_button = QPushButton("&Take the other value")
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("corrected_value")
        self.value_edit.setAccessibleName("Corrected value")
        self.value_edit.setPlaceholderText("or type the value that is right…")
        self.value_button = QPushButton("&Use this value")
        for w in (self.keep_button, self.take_button, self.value_edit, self.value_button):
            row.addWidget(w)
        lay.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("conflict_error")
        self.error_label.setWordWrap(True)
        from .widgets import error_label

        error_label(self.error_label)
        lay.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        # Enter in the corrected value uses it; it never presses another button or closes the dialog.
        for b in (self.keep_button, self.take_button, self.value_button,
                  *(b for b in buttons.buttons() if isinstance(b, QPushButton))):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.keep_button.clicked.connect(lambda: self.resolve("server"))
        self.take_button.clicked.connect(lambda: self.resolve("laptop"))
        self.value_button.clicked.connect(lambda: self.resolve("value"))
        self.value_edit.returnPressed.connect(lambda: self.resolve("value"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.task: Op | None = None
        self.resolved: list[str] = []
        self.restore_geometry()
        self.reload(select)

    def reload(self, select: str = "") -> None:
        conflicts = self.team.conflicts()
        self.model.set_rows(conflicts)
        from .models import RowsProxy

        proxy = self.table.model()  # in the order shown (the list is sortable)
        shown = [proxy.row_at(i) for i in range(proxy.rowCount())] if isinstance(proxy, RowsProxy) else conflicts
        index = next((i for i, c in enumerate(shown) if c.id == select), 0)
        if conflicts:
            self.table.selectRow(index)
        self.show_detail()

    @property
    def current(self):
        return self._selected_row(self.table)

    def show_detail(self) -> None:
        from html import escape

        from ..services.team import show

        c = self.current
        for w in (self.keep_button, self.take_button, self.value_button, self.value_edit):
            w.setEnabled(c is not None and (w not in (self.value_button, self.value_edit) or not c.is_whole_record))
        if c is None:
            self.detail.setHtml("<p>No conflicts are waiting: every change has been taken.</p>")
            return
        when = c.at.astimezone().strftime("%d/%m/%Y %H:%M")
        if c.is_whole_record:
            body = (f"<p><b>{escape(c.summary)}</b></p><p>{escape(c.standing_by)}'s version stands; "
                    f"{escape(c.other_by)}'s was kept whole on {when}. Keep the one that stands, or take "
                    f"{escape(c.other_by)}'s.</p>")
        else:
            body = (f"<p><b>{escape(c.person_name)}: {escape(c.what)}</b></p><table cellpadding='4'>"
                    f"<tr><td>Stands (reached the server first)</td><td><b>{escape(show(c.standing))}</b></td>"
                    f"<td>{escape(c.standing_by)}</td></tr>"
                    f"<tr><td>The other change ({when})</td><td><b>{escape(show(c.other))}</b></td><td>{escape(c.other_by)}</td></tr>"
                    f"<tr><td>What both started from</td><td>{escape(show(c.seen))}</td><td></td></tr></table>")
        self.detail.setHtml(body)

    def resolve(self, choice: str) -> None:
        from ..domain.errors import NotAllowed, NotFound
        from ..services.errors import StoreError

        c = self.current
        if c is None or (self.task is not None and self.task.running):
            return
        self.error_label.clear()
        value = self.value_edit.text() if choice == "value" else None
        if choice == "value" and not (value or "").strip():  # said before going to the server
            self.error_label.setText("Corrected value: type the value that is right.")
            self.value_edit.setFocus()
            return
        def failed(exc):
            if isinstance(exc, (NotAllowed, NotFound)):
                self.error_label.setText(str(exc))
            elif isinstance(exc, ValidationError):
                self.error_label.setText("; ".join(str(e) for e in exc.errors))
            elif isinstance(exc, StoreError):
                self.error_label.setText(exc.user_message())
            else:
                raise exc

        def done(_):
            self.value_edit.clear()
            self.resolved.append(c.id)
            self.reload()

        self.task = self.ops.write(self, "Resolving on the team server…", lambda own: own.team.resolve(c.id, choice, value),
                                   done, failed)


def open_conflicts(window: MainWindow, team: TeamService, select: str = "") -> None:
    dlg = ConflictsDialog(team, window.operations, window, select=select)
    dlg.exec()
    if dlg.resolved:
        window.refresh_after_sync(set())
        window.sync_controller.update_status()


def who_looked(window: QWidget, team: TeamService, person_id: str, name: str) -> None:
    """Who opened, printed or exported this record (the team server's read audit)."""
    from ..services.errors import StoreError

    try:
        rows = team.who_looked(person_id)
    except StoreError as exc:
        ask.warn(window, "Who has looked at this record", exc.user_message())
        return
    if not rows:
        ask.inform(window, f"Who has looked at {name}'s record", "Nobody has opened, printed or exported it yet.")
        return
    lines = [f"{r['at'].astimezone():%d/%m/%Y %H:%M} — {r['worker']}: {r['what']}" + (f" ({r['detail']})" if r["detail"] else "")
             for r in rows]
    ask.inform(window, f"Who has looked at {name}'s record", "\n".join(lines))
