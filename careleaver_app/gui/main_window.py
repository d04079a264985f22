"""The main window: fixed pages (caseload, team) and a closable tab per open record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QTabBar, QTabWidget, QWidget

from ..domain.people import Worker
from ..services.people import Scope, ScopeKind
from .ask import ask
from .caseload import CaseloadPage
from .screen import fit_to_screen, scroll_when_cramped
from .team import TeamPage
from .widgets import replace_placeholder

if TYPE_CHECKING:
    from .record import RecordPage

MAX_OPEN_RECORDS = 12


# The fixed pages have no access keys (Ctrl+1 … Ctrl+7 and the View menu reach them), so the
# letters are free for what is on each page and for a record's own tabs.
FIXED_PAGES = (("worktray", "Work tray", "Ctrl+1"), ("caseload", "Caseload", "Ctrl+2"), ("team", "Team", "Ctrl+3"),
               ("search", "Search", "Ctrl+Shift+F"), ("cover", "Cover", "Ctrl+4"), ("returns", "Returns", "Ctrl+5"),
               ("dashboard", "Dashboard", "Ctrl+6"))
PAGE_KEYS = {name: keys for name, _, keys in FIXED_PAGES}


def _is_record(widget) -> bool:
    return widget is not None and widget.objectName() == "record_page"


class MainWindow(QMainWindow):
    def __init__(self, services, me: Worker, *, demo: bool = False, access=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        self.demo = demo
        self.access = access  # to unlock again after locking
        self.persist_state = True
        self.locked = False
        self._lock_snapshot: dict = {}
        self._put_away: list = []  # dialogs with typing in them, hidden while locked
        fit_to_screen(self, QSize(1280, 800))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self.who_label = QLabel()
        self.who_label.setObjectName("status_worker")
        self.statusBar().addPermanentWidget(self.who_label)
        if demo:
            self.statusBar().showMessage("Demo: synthetic people only; nothing here is kept after you close the app.")
        self._build_menus()
        from .team_sync import SyncController

        # The team server (a standalone laptop shows nothing of it but File → Join…).
        self.sync_controller = SyncController(self, services, self.menuBar().actions()[0].menu())
        self._build_pages(me)
        self.tabs.currentChanged.connect(self._page_shown)
        self._restore_state()
        self.refresh()
        self.locker = None
        if access is not None:
            from .locker import IdleLocker

            self.locker = IdleLocker(QApplication.instance(), services.settings.get().lock_after_minutes, self.lock, self)
        # Publish to the team folder once a day (and on closing), if one is set.
        QTimer.singleShot(2000, self.publish_if_due)
        self.publish_timer = QTimer(self)
        self.publish_timer.timeout.connect(self.publish_if_due)
        self.publish_timer.start(60 * 60_000)
        # Back up on a timer while changes are being made (and on closing).
        self._backed_up_at = self.services.store.change_marker()
        self._backup_task = None
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.auto_backup)
        if services.store.path is not None:
            self.backup_timer.start(services.settings.get().backup_every_minutes * 60_000)
        # Opened without the integrity check (it takes seconds on a big store): run it now, in
        # the background, and say so at once if the file is damaged.
        self.integrity_task = None
        if not services.store.checked_on_open:
            QTimer.singleShot(0, self.check_integrity)

    def _build_pages(self, me: Worker) -> None:
        """The fixed pages, for the worker using the app."""
        self.me = me
        # The window system adds the app's name (QApplication's display name) to every title.
        self.setWindowTitle(me.name + (" — DEMO (synthetic data)" if self.demo else ""))
        self.who_label.setText(f"Signed in as {me.name} ({me.role.label}{', ' + me.team_name if me.team_name else ''})")
        # Pages are built, and their data read, when first shown (or asked for): opening the app
        # builds only the page it opens on.
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._fixed: list[QWidget] = []
        self._stale: set[str] = set()
        for name, title, keys in FIXED_PAGES:
            holder = QWidget()
            holder.setObjectName(f"{name}_page_placeholder")
            self._holders[name] = holder
            self._add_fixed(holder, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, f"{title} ({keys})")

    # -- pages ----------------------------------------------------------------------------
    def _add_fixed(self, page: QWidget, title: str) -> None:
        i = self.tabs.addTab(page, title)
        self.tabs.tabBar().setTabButton(i, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(i, QTabBar.ButtonPosition.LeftSide, None)
        self._fixed.append(page)

    def _make_page(self, name: str) -> QWidget:
        page = self._make_page_itself(name)
        if name in ("cover", "returns", "dashboard"):  # forms taller and wider than a small screen
            scroll_when_cramped(page)
        return page

    def _make_page_itself(self, name: str) -> QWidget:
        services, me = self.services, self.me
        if name == "worktray":
            from .worktray_page import WorkTrayPage

            page = WorkTrayPage(services, me)
            page.open_item.connect(self.open_item)
        elif name == "caseload":
            page = CaseloadPage(services.people, services.workers, me)
            page.open_person.connect(self.open_person)
            page.new_person.connect(self.new_person)
        elif name == "team":
            page = TeamPage(services.workers, me)
            page.open_worker_caseload.connect(self.show_worker_caseload)
        elif name == "search":
            from .search_page import SearchPage

            page = SearchPage(services, me)
            page.open_result.connect(lambda r: self.open_person(r.person_id).go_to(r.target, r.ref))
        elif name == "cover":
            from .cover_page import CoverPage

            page = CoverPage(services, me)
            page.changed.connect(self.refresh)
        elif name == "returns":
            from .returns_page import ReturnsPage

            page = ReturnsPage(services)
            page.open_target.connect(lambda pid, target: self.open_person(pid).go_to(target))
        else:
            from .dashboard_page import DashboardPage

            page = DashboardPage(services, me)
            page.open_target.connect(lambda pid, target: self.open_person(pid).go_to(target))
        return page

    def page(self, name: str) -> QWidget:
        """The fixed page called ``name``, built now if not yet, and up to date."""
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = self._make_page(name)
            holder = self._holders.pop(name)
            i = replace_placeholder(self.tabs, holder, page)
            self.tabs.tabBar().setTabButton(i, QTabBar.ButtonPosition.RightSide, None)  # fixed: no close button
            self.tabs.tabBar().setTabButton(i, QTabBar.ButtonPosition.LeftSide, None)
            self._fixed[self._fixed.index(holder)] = page
            self._stale.add(name)
        if name in self._stale and not self.locked and self.services.store.is_open:
            self._stale.discard(name)
            page.refresh()
        return page

    worktray = property(lambda self: self.page("worktray"))
    caseload = property(lambda self: self.page("caseload"))
    team = property(lambda self: self.page("team"))
    search = property(lambda self: self.page("search"))
    cover = property(lambda self: self.page("cover"))
    returns = property(lambda self: self.page("returns"))
    dashboard = property(lambda self: self.page("dashboard"))

    def _name_of(self, widget: QWidget) -> str | None:
        for name, w in list(self._pages.items()) + list(self._holders.items()):
            if w is widget:
                return name
        return None

    def refresh(self) -> None:
        """Something changed: every page is out of date; the one in view is brought up to date now,
        the others when next shown."""
        self._stale = set(self._pages)
        self._page_shown()

    def _page_shown(self, *_args) -> None:
        name = self._name_of(self.tabs.currentWidget())
        if name is not None:
            self.page(name)

    def open_item(self, item) -> None:
        """Open a work-tray item where it is dealt with."""
        if item.target == "conflict":  # a manager's: the conflicts, at this one
            from .team_sync import open_conflicts

            open_conflicts(self, self.services, item.ref)
            return
        self.open_person(item.person_id).go_to(item.target, item.ref)

    def record_pages(self) -> list[RecordPage]:
        return [self.tabs.widget(i) for i in range(self.tabs.count()) if _is_record(self.tabs.widget(i))]

    def open_person(self, person_id: str) -> RecordPage:
        for page in self.record_pages():
            if page.person_id == person_id:
                self.tabs.setCurrentWidget(page)
                return page
        self._close_oldest_if_too_many()
        from .record import RecordPage  # loaded when the first record is opened

        page = RecordPage(self.services, person_id, self.me)
        self.services.people.note_opened(person_id)
        page.changed.connect(self._record_changed)
        i = self.tabs.addTab(page, page.record.person.display_name)
        page.title_changed.connect(lambda title, p=page: self.tabs.setTabText(self.tabs.indexOf(p), title))
        self.tabs.setCurrentIndex(i)
        return page

    def _close_oldest_if_too_many(self) -> None:
        pages = self.record_pages()
        if len(pages) >= MAX_OPEN_RECORDS:
            for page in pages:
                if not page.has_unsaved_changes:
                    self.tabs.removeTab(self.tabs.indexOf(page))
                    page.deleteLater()
                    return

    def close_tab(self, index: int) -> bool:
        page = self.tabs.widget(index)
        if page in self._fixed:
            return False
        if _is_record(page) and page.has_unsaved_changes:
            if not ask.confirm(self, "Unsaved changes", f"Close {page.record.person.display_name}'s record without saving your changes?",
                               yes="Close without saving"):
                return False
        self.tabs.removeTab(index)
        page.deleteLater()
        return True

    def close_current_record(self) -> None:
        i = self.tabs.currentIndex()
        if self.tabs.widget(i) not in self._fixed:
            self.close_tab(i)

    def _record_changed(self, person_id: str) -> None:
        self.refresh()

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes for page in self.record_pages())

    def refresh_after_sync(self, left: set[str]) -> None:
        """What the team server sent has arrived: records of young people no longer in this
        laptop's scope close; the others, and every page, show what is now stored."""
        for page in self.record_pages():
            if page.person_id in left:
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
            elif not page.has_unsaved_changes:
                page.changed_elsewhere()
        self.refresh()

    def new_person(self) -> None:
        from .dialogs import NewPersonDialog

        dlg = NewPersonDialog(self.services.people, self.services.workers, self.me, self)
        if dlg.exec() and dlg.created_id:
            self.refresh()
            self.open_person(dlg.created_id)

    def show_worker_caseload(self, worker_id: str) -> None:
        scope = Scope(ScopeKind.MINE, worker_id) if worker_id == self.me.id else Scope(ScopeKind.WORKER, worker_id)
        self.caseload.set_scope(scope)
        self.tabs.setCurrentWidget(self.caseload)

    def switch_worker(self) -> None:
        from .dialogs import ChooseWorkerDialog

        dlg = ChooseWorkerDialog(self.services.workers, self, switching=True)
        if dlg.exec() and dlg.chosen is not None:
            self.rebuild_for(dlg.chosen)  # before the message, so a lock during it sees the new views
            ask.inform(self, "Worker changed", f"You are now signed in as {dlg.chosen.name}. The app has reopened its views for you.")

    def rebuild_for(self, me: Worker) -> None:
        """Reopen the fixed pages for another worker (after File → Switch worker)."""
        for page in self.record_pages():
            if page.details.dirty:
                page.details.save()
            if page.plan_has_unsaved_changes:
                page.plan.save()
        # No page is built for the old worker while the tabs go (each removal changes the current tab).
        blocked = self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                w = self.tabs.widget(0)
                self.tabs.removeTab(0)
                w.deleteLater()
            self._build_pages(me)
        finally:
            self.tabs.blockSignals(blocked)
        self.refresh()

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        if name:
            act.setObjectName(name)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New young person…", self.new_person, QKeySequence.StandardKey.New, "action_new_person")
        self._action(file_menu, "&Import young people from CSV…", self.import_csv, None, "action_import")
        self._action(file_menu, "&Switch worker…", self.switch_worker, None, "action_switch_worker")
        self._action(file_menu, "&Local settings…", self.local_settings, None, "action_settings")
        self._action(file_menu, "Local &offer: entitlements…", self.entitlement_types, None, "action_entitlements")
        self._action(file_menu, "&Health passport: where to get help…", self.crisis_lines, None, "action_crisis_lines")
        self._action(file_menu, "Working da&ys: bank holidays…", self.bank_holidays, None, "action_bank_holidays")
        file_menu.addSeparator()
        self._action(file_menu, "&Back up now", self.backup_now, None, "action_backup")
        self._action(file_menu, "&Restore a backup…", self.restore_backup, None, "action_restore")
        self._action(file_menu, "Check the &database", self.check_database, None, "action_check_database")
        self._action(file_menu, "Check the &audit trail", self.check_audit, None, "action_check_audit")
        file_menu.addSeparator()
        self._action(file_menu, "Loc&k", self.lock, "Ctrl+L", "action_lock")
        self._action(file_menu, "Change &passphrase…", self.change_passphrase, None, "action_change_passphrase")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "action_quit")
        view = bar.addMenu("&View")
        for name, label in (("worktray", "&Work tray"), ("caseload", "&Caseload"), ("team", "&Team"), ("search", "&Search"),
                            ("cover", "C&over"), ("returns", "&Returns"), ("dashboard", "Dash&board")):
            go = self._search if name == "search" else (lambda _=False, n=name: self.tabs.setCurrentWidget(self.page(n)))
            self._action(view, label, go, PAGE_KEYS[name], "action_search" if name == "search" else f"action_view_{name}")
        self._action(view, "&Find in caseload", self._find, QKeySequence.StandardKey.Find, "action_find")
        self._action(view, "&Refresh", self.refresh, QKeySequence.StandardKey.Refresh, "action_refresh")
        view.addSeparator()
        self._action(view, "C&lose record", self.close_current_record, QKeySequence.StandardKey.Close, "action_close_record")
        help_menu = bar.addMenu("Help")  # no access key: H is a record's Health tab (Alt on its own reaches the menus)
        self._action(help_menu, "&About careleaver_app", self._about, None, "action_about")
        self._action(help_menu, "About &Qt", lambda: QMessageBox.aboutQt(self), None, "action_about_qt")

    def local_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if SettingsDialog(self.services.settings, self.me, self).exec() and self.locker is not None:
            self.locker.set_minutes(self.services.settings.get().lock_after_minutes)

    def import_csv(self) -> None:
        from .import_dialog import ImportDialog

        path = ask.open_path(self, "Import young people from CSV", "CSV files (*.csv);;All files (*)")
        if not path:
            return
        dlg = ImportDialog(self.services.importer, path, self)
        if dlg.exec() and dlg.imported:
            self.refresh()
            ask.inform(self, "Imported", f"{dlg.imported} young {'person' if dlg.imported == 1 else 'people'} imported.")

    def change_passphrase(self) -> None:
        from .unlock import ChangePassphraseDialog

        if self.access is None:
            return
        if ChangePassphraseDialog(self.access, self).exec():
            ask.inform(self, "Passphrase changed", "Your passphrase has been changed. Use the new one from now on.")

    # -- backups and checks -------------------------------------------------------------------
    def auto_backup(self) -> None:
        """A backup in the background if anything changed since the last one."""
        store = self.services.store
        if self.locked or not store.is_open or store.path is None or (self._backup_task and self._backup_task.running):
            return
        marker = store.change_marker()
        if marker == self._backed_up_at:
            return
        from ..logs import event
        from .tasks import run_in_background

        job = self.services.backups.backup_job("auto")

        def done(_):
            self._backed_up_at = marker
            event("backup", reason_auto=1)

        self._backup_task = run_in_background(self, "Backing up…", job, done,
                                              lambda exc: self.statusBar().showMessage("The automatic backup did not work: "
                                                                                       + str(exc), 10_000))

    def publish_if_due(self) -> None:
        """Today's cover pack and summary in the team folder, so cover can start without this laptop."""
        if self.locked or not self.services.store.is_open or not self.services.cover.needs_publishing():
            return
        try:
            self.services.cover.publish()
        except Exception as exc:  # noqa: BLE001 - a shared folder can be offline; say so, do not stop work
            self.statusBar().showMessage(f"Could not publish to the team folder: {type(exc).__name__}", 10_000)

    def backup_now(self) -> None:
        from .tasks import run_in_background

        marker = self.services.store.change_marker()
        job = self.services.backups.backup_job("manual")

        def done(path):
            self._backed_up_at = marker
            ask.inform(self, "Backed up", f"Backed up to {path.name} in the backups folder beside the database.")

        run_in_background(self, "Backing up…", job, done,
                          lambda exc: ask.warn(self, "Not backed up", exc.user_message() if hasattr(exc, "user_message")
                                               else str(exc)))

    def restore_backup(self) -> None:
        from .backup_dialog import RestoreDialog

        for page in self.record_pages():
            if page.has_unsaved_changes:
                ask.warn(self, "Unsaved changes", "Save or undo the changes on open records before restoring a backup.")
                return
        from .backup_dialog import kept_message

        store = self.services.store
        dlg = RestoreDialog(store.path, store.key, store.restore, self)
        if dlg.exec() and dlg.restored:
            for page in self.record_pages():
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
            self._backed_up_at = self.services.store.change_marker()
            self.refresh()
            ask.inform(self, "Restored", "The backup has been restored." + kept_message(dlg.result_value))

    def offer_restore(self, title: str, found: str) -> None:
        """The database is damaged: say so, and offer the way back (a backup in its place)."""
        if ask.choose(self, title, f"{found} Stop using this copy: restore a recent backup now. The damaged file is kept "
                      "aside for examination.", ["Restore a backup…", "Not now"]) == 0:
            self.restore_backup()

    def check_integrity(self) -> None:
        """SQLite's quick check, off the GUI thread on a connection of its own."""
        from .tasks import run_on_own_connection

        def done(problems) -> None:
            self.services.store.checked_on_open = True
            if problems:
                from ..logs import event

                event("integrity_problem", count=len(problems))
                self.offer_restore("The database is damaged", "The check made on opening found problems with the database file.")

        self.integrity_task = run_on_own_connection(self, "Checking the database…", self.services,
                                                    lambda s: s.store.integrity_problems(), done,
                                                    lambda exc: done([str(exc)]), quiet=True)

    def check_database(self) -> None:
        problems = self.services.store.integrity_problems(full=True)  # on a fresh connection (storage.database.check_file)
        if problems:
            self.offer_restore("The database is damaged", "The full integrity check found problems.")
        else:
            ask.inform(self, "Database checked", "The full integrity check found no problems.")

    def check_audit(self) -> None:
        result = self.services.store.verify_audit()
        (ask.inform if result.ok else ask.warn)(self, "Audit trail", str(result))

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Put away or close dialogs, clear every view, drop the key, and ask for the passphrase."""
        if self.locked or self.access is None:
            return
        self.locked = True
        from .guarded import GuardedDialog

        self._put_away = []
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                if isinstance(w, GuardedDialog):
                    if w.put_away_for_lock():  # typing in it: hidden, kept in memory, shown after unlock
                        self._put_away.append(w)
                else:
                    w.reject()
        # The rest happens once any dialogs' own event loops have ended.
        QTimer.singleShot(0, self._lock_now)

    def _owns_put_away_dialog(self, page: QWidget) -> bool:
        """Does a dialog put away by the lock belong to ``page`` (so the page must be kept)?"""
        for dlg in self._put_away:
            w = dlg.parentWidget()
            while w is not None:
                if w is page:
                    return True
                w = w.parentWidget()
        return False

    def _lock_now(self) -> None:
        current = self.tabs.currentWidget()
        kept, reopen = [], []
        for page in self.record_pages():
            reopen.append((page.person_id, page.tabs.currentIndex()))
            if page.has_unsaved_changes or self._owns_put_away_dialog(page):
                kept.append(page)  # unsaved work stays in memory (never on disk), hidden while locked
            else:
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
        self._lock_snapshot = {"reopen": reopen, "current": current.person_id if _is_record(current) else
                               (self._name_of(current) or FIXED_PAGES[0][0])}
        for page in self._pages.values():  # nothing of anyone's record stays on screen
            page.clear_for_lock() if hasattr(page, "clear_for_lock") else page.model.set_rows([])
        self._stale = set(self._pages)
        self.hide()
        self.services.store.lock()
        self._ask_to_unlock()

    def _ask_to_unlock(self) -> None:
        from .unlock import UnlockDialog

        hint = "The demo's passphrase is in the README." if self.demo else ""
        dlg = UnlockDialog(self.access, self.access.key_for, hint=hint)
        dlg.setWindowTitle("Locked")
        while True:
            if dlg.exec():
                key = dlg.result_value
                if dlg.recovered:  # the recovery dialog opened a fresh store: use its key
                    key = dlg.result_value.key
                    dlg.result_value.close()
                self.services.store.unlock(key)
                break
            if ask.confirm(None, "Quit", "Quit careleaver_app? Anything not saved is lost.", yes="Quit", no="Unlock"):
                self.persist_state = False
                QApplication.instance().quit()
                return
        self.locked = False
        self._restore_after_unlock()

    def _restore_after_unlock(self) -> None:
        snap = self._lock_snapshot
        self.show()
        self.refresh()
        open_ids = {p.person_id for p in self.record_pages()}
        for person_id, tab_index in snap.get("reopen", []):
            page = self.open_person(person_id) if person_id not in open_ids else next(
                p for p in self.record_pages() if p.person_id == person_id)
            page.tabs.setCurrentIndex(tab_index)
        current = snap.get("current", FIXED_PAGES[0][0])
        if current in PAGE_KEYS:
            self.tabs.setCurrentWidget(self._pages.get(current) or self._holders[current])
        else:
            self.open_person(current)
        if self.locker is not None:
            self.locker.timer.start()
        put_away, self._put_away = self._put_away, []
        for dlg in put_away:  # back as they were, with what was typed in them
            dlg.bring_back()

    def entitlement_types(self) -> None:
        from .entitlement_types_dialog import EntitlementTypesDialog

        EntitlementTypesDialog(self.services.living, self.me, self).exec()

    def crisis_lines(self) -> None:
        from .crisis_lines_dialog import CrisisLinesDialog

        CrisisLinesDialog(self.services.health, self.me, self).exec()

    def bank_holidays(self) -> None:
        from .bank_holidays_dialog import BankHolidaysDialog

        BankHolidaysDialog(self.services.duties, self.me, self).exec()

    def _search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus()

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.caseload)
        self.caseload.focus_filter()

    def _about(self) -> None:
        import platform

        import PySide6
        from PySide6.QtCore import qVersion

        from .. import __version__

        ask.inform(self, "About",
                   f"careleaver_app\nVersion {__version__}\n\nFor personal advisers supporting young people leaving care in England: "
                   "pathway plans, keeping in touch, accommodation, EET, health histories and duty cover.\n\n"
                   f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}.\n"
                   "Licence: MIT. Qt is used under the GNU LGPL version 3 (Help → About Qt); the other open-source "
                   "software it includes and their licences are listed in THIRD-PARTY-NOTICES.md, installed with the app.")

    # -- remembered state (UI only: never names or search text) ----------------------------
    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        tab = s.value("main/tab", 0, type=int)
        if 0 <= tab < len(self._fixed):
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        if not self.persist_state:
            return
        s = QSettings()
        s.setValue("main/geometry", self.saveGeometry())
        current = self.tabs.currentWidget()
        s.setValue("main/tab", self._fixed.index(current) if current in self._fixed else 0)
        if "caseload" in self._pages:
            self._pages["caseload"].save_state()

    def closeEvent(self, event) -> None:  # noqa: N802
        for page in self.record_pages():
            if page.has_unsaved_changes:
                self.tabs.setCurrentWidget(page)
                if not ask.confirm(self, "Unsaved changes", f"Quit without saving your changes to {page.record.person.display_name}'s record?",
                                   yes="Quit without saving"):
                    event.ignore()
                    return
        self.save_state()
        self.sync_controller.on_close()
        store = self.services.store
        if store.is_open and self.services.cover.team_folder()[0]:
            try:
                self.services.cover.publish()
            except Exception:  # noqa: BLE001 - closing must not fail because a share is offline
                pass
        if store.is_open and store.path is not None and store.change_marker() != self._backed_up_at:
            try:
                store.backup("close", **self.services.settings.get().rotation())
            except Exception:  # noqa: BLE001 - a failed backup must not stop the app closing
                pass
        # A closed window neither locks, backs up nor publishes any more (its timers would
        # otherwise fire later, e.g. a lock asking for the passphrase of a window already gone).
        for timer in (self.backup_timer, self.publish_timer) + ((self.locker.timer,) if self.locker is not None else ()):
            timer.stop()
        event.accept()
