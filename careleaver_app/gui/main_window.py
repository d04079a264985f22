"""The main window: fixed pages (caseload, team) and a closable tab per open record.

The window composes three helpers of its own: the lock sequence (gui/lock_sequence.py), the
backups and checks (gui/backups_and_checks.py) and cover publishing (gui/cover_publishing.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabBar, QTabWidget, QWidget

from ..domain.people import Worker
from ..services.people import Scope, ScopeKind
from .ask import ask
from .backups_and_checks import BackupsAndChecks
from .caseload import CaseloadPage
from .cover_publishing import CoverPublishing
from .lock_sequence import LockSequence
from .ops import Operations
from .screen import fit_to_screen, scroll_when_cramped
from .team import TeamPage
from .widgets import replace_placeholder

if TYPE_CHECKING:
    from ..app import Services
    from ..services.access import StoreAccess
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
    def __init__(self, services: Services, me: Worker, *, demo: bool = False, access: StoreAccess | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        self.demo = demo
        self.access = access  # to unlock again after locking
        self.persist_state = True
        # The one queue of long work, on a connection of its own; what each write changed brings
        # up to date only the pages that show it.
        self.operations = Operations(services, self)
        self.operations.changed.connect(self.refresh_changed)
        self.locking = LockSequence(self, services.store, access, demo=demo)
        self.backups = BackupsAndChecks(self, services)
        self.publishing = CoverPublishing(self, services.cover, services.store)
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
        self.locking.start(services.settings.get().lock_after_minutes)
        self.publishing.start()  # to the team folder once a day (and on closing), if one is set
        self.backups.start()  # on a timer while changes are being made (and on closing)

    @property
    def locked(self) -> bool:
        return self.locking.locked

    def lock(self) -> None:
        self.locking.lock()

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
        """Each page gets the services it uses (and nothing else)."""
        services, me = self.services, self.me
        if name == "worktray":
            from .worktray_page import WorkTrayPage

            page = WorkTrayPage(services.workers, services.worktray, me)
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

            page = SearchPage(services.people, services.search, me)
            page.open_result.connect(lambda r: self.open_person(r.person_id).go_to(r.target, r.ref))
        elif name == "cover":
            from .cover_page import CoverPage

            page = CoverPage(services.people, services.workers, services.cover, services.team, services.clock, me)
            page.changed.connect(self.saved)
        elif name == "returns":
            from .returns_page import ReturnsPage
            page = ReturnsPage(services.returns, services.clock, self.operations)
            page.open_target.connect(lambda pid, target: self.open_person(pid).go_to(target))
        else:
            from .dashboard_page import DashboardPage
            page = DashboardPage(services.dashboard, services.clock, self.operations, me)
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
        """Every page is out of date (View → Refresh, a restore, another worker, after an unlock);
        the one in view is brought up to date now, the others when next shown."""
        self.operations.watch.reset()
        self._stale = set(self._pages)
        self._page_shown()

    def saved(self) -> None:
        """Something was saved here: the pages that show what it changed are out of date."""
        self.operations.note_changes()  # tells refresh_changed, as a background write does

    def refresh_changed(self, changes) -> None:
        """The pages that show what changed (``Changes``: their ``SHOWS`` tables, or every table)
        are out of date; the one in view is brought up to date now, the others when next shown."""
        self._stale |= {name for name, page in self._pages.items() if changes.touches(getattr(page, "SHOWS", None))}
        self._page_shown()

    def _page_shown(self, *_args) -> None:
        name = self._name_of(self.tabs.currentWidget())
        if name is not None:
            self.page(name)

    def open_item(self, item) -> None:
        """Open a work-tray item where it is dealt with."""
        if item.target == "conflict":  # a manager's: the conflicts, at this one
            from .team_sync import open_conflicts

            open_conflicts(self, self.services.team, item.ref)
            return
        self.open_person(item.person_id).go_to(item.target, item.ref)

    def current_record(self) -> RecordPage | None:
        """The young person's record in view, if a record is."""
        page = self.tabs.currentWidget()
        return page if _is_record(page) else None  # type: ignore[return-value]

    def record_pages(self) -> list[RecordPage]:
        return [self.tabs.widget(i) for i in range(self.tabs.count()) if _is_record(self.tabs.widget(i))]

    def open_person(self, person_id: str) -> RecordPage:
        for page in self.record_pages():
            if page.person_id == person_id:
                self.tabs.setCurrentWidget(page)
                return page
        self._close_oldest_if_too_many()
        from .record import RecordPage  # loaded when the first record is opened

        page = RecordPage(self.services, person_id, self.me, ops=self.operations)
        self.services.people.note_opened(person_id)
        page.changed.connect(self._record_changed)
        i = self.tabs.addTab(page, page.record.person.display_name)
        page.title_changed.connect(lambda title, p=page: self.tabs.setTabText(self.tabs.indexOf(p), title))
        self.tabs.setCurrentIndex(i)
        return page

    def drop_record(self, page: QWidget) -> None:
        """Close a record's tab without asking (its changes are saved, or to be kept no longer)."""
        self.tabs.removeTab(self.tabs.indexOf(page))
        page.deleteLater()

    def _close_oldest_if_too_many(self) -> None:
        pages = self.record_pages()
        if len(pages) >= MAX_OPEN_RECORDS:
            for page in pages:
                if not page.has_unsaved_changes:
                    self.drop_record(page)
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
        self.saved()

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes for page in self.record_pages())

    def refresh_after_sync(self, left: set[str]) -> None:
        """What the team server sent has arrived: records of young people no longer in this
        laptop's scope close; the others, and every page, show what is now stored."""
        for page in self.record_pages():
            if page.person_id in left:
                self.drop_record(page)
            elif not page.has_unsaved_changes:
                page.changed_elsewhere()
        self.refresh()

    def new_person(self) -> None:
        from .dialogs import NewPersonDialog

        dlg = NewPersonDialog(self.services.people, self.services.workers, self.me, self)
        if dlg.exec() and dlg.created_id:
            self.saved()
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
        self._action(file_menu, "&Back up now", self.backups.backup_now, None, "action_backup")
        self._action(file_menu, "&Restore a backup…", self.backups.restore_backup, None, "action_restore")
        self._action(file_menu, "Check the &database", self.backups.check_database, None, "action_check_database")
        self._action(file_menu, "Check the &audit trail", self.backups.check_audit, None, "action_check_audit")
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

        if SettingsDialog(self.services.settings, self.me, self).exec():
            self.locking.set_minutes(self.services.settings.get().lock_after_minutes)

    def import_csv(self) -> None:
        from .import_dialog import ImportDialog

        path = ask.open_path(self, "Import young people from CSV", "CSV files (*.csv);;All files (*)")
        if not path:
            return
        dlg = ImportDialog(self.services.importer, path, self)
        if dlg.exec() and dlg.imported:
            self.saved()
            ask.inform(self, "Imported", f"{dlg.imported} young {'person' if dlg.imported == 1 else 'people'} imported.")

    def change_passphrase(self) -> None:
        from .unlock import ChangePassphraseDialog

        if self.access is None:
            return
        if ChangePassphraseDialog(self.access, self).exec():
            ask.inform(self, "Passphrase changed", "Your passphrase has been changed. Use the new one from now on.")

    # -- locking: what the window clears and brings back (the sequence is gui/lock_sequence.py) -------
    def clear_for_lock(self, keep) -> dict:
        """Close every record that can go (``keep(page)``: a page a put-away dialog belongs to stays,
        as does unsaved work: in memory, never on disk, hidden while locked), clear every page, and
        return what to reopen after the unlock."""
        current = self.tabs.currentWidget()
        reopen = []
        for page in self.record_pages():
            reopen.append((page.person_id, page.tabs.currentIndex()))
            if not (page.has_unsaved_changes or keep(page)):
                self.drop_record(page)
        snapshot = {"reopen": reopen, "current": current.person_id if _is_record(current) else
                    (self._name_of(current) or FIXED_PAGES[0][0])}
        for page in self._pages.values():  # nothing of anyone's record stays on screen
            page.clear_for_lock() if hasattr(page, "clear_for_lock") else page.model.set_rows([])
        self._stale = set(self._pages)
        return snapshot

    def reopen_after_unlock(self, snap: dict) -> None:
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
        # Published and backed up once more; then a closed window neither publishes, backs up nor
        # locks any more (its timers would otherwise fire later).
        self.publishing.on_close()
        self.backups.on_close()
        self.locking.stop()
        self.operations.close()
        event.accept()
