"""Starting the GUI: the application object, the store, the first-run choice of worker,
the main window, and screenshot mode."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..app import Services, Store, build_services, fill_demo
from ..services.context import Clock
from ..services.errors import StoreError

ORGANISATION = "careleaver_app"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("careleaver_app")
    app.setApplicationDisplayName("careleaver_app")
    from PySide6.QtGui import QIcon

    from ..resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons/careleaver_app.png"))))
    return app


def isolate_settings() -> str:
    """Screenshots use a fresh, throw-away settings folder: always the same picture, and the
    user's remembered layout is neither used nor changed. Returns it (removed when the app ends)."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="careleaver-shot-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return folder


def explain(exc: StoreError, parent=None) -> None:
    print(f"careleaver-app: {exc.user_message()}", file=sys.stderr)
    if QApplication.platformName() != "offscreen":
        QMessageBox.critical(parent, "Cannot open the database", exc.user_message())


def obtain_store(access) -> Store | None:
    """Set up, unlock, recover or encrypt: whatever this store needs. None if the user gives up."""
    from ..services.access import AccessState
    from .unlock import RecoverDialog, RecoveryKeyDialog, SetupDialog, UnlockDialog

    try:
        state = access.state()
        if state == AccessState.LOCKED:
            dlg = UnlockDialog(access, access.unlock)
            return dlg.result_value if dlg.exec() else None
        if state in (AccessState.NO_KEY_FILE, AccessState.KEY_FILE_DAMAGED):
            dlg = RecoverDialog(access)
            what = "is missing" if state == AccessState.NO_KEY_FILE else \
                "is damaged, so your passphrase cannot be checked (it may well be right)"
            dlg.ui.intro_label.setText(f"The key file that holds this database's key {what}. Type the recovery key your "
                                       "team manager keeps, then choose a new passphrase.")
            return dlg.result_value if dlg.exec() else None
        if state == AccessState.PLAINTEXT:
            dlg = SetupDialog(access.encrypt_existing, title="Encrypt this store",
                              intro="These records are not encrypted yet. Choose a passphrase to encrypt them now: "
                                    "at least 12 characters; three or four unrelated words are strong and easy to remember.")
        else:
            dlg = SetupDialog(access.create)
        if not dlg.exec():
            return None
        RecoveryKeyDialog(dlg.recovery).exec()
        return dlg.result_value
    except StoreError as exc:
        explain(exc)
        return None


def choose_worker(services: Services):
    me = services.workers.current()
    if me is None:
        from .dialogs import ChooseWorkerDialog

        dlg = ChooseWorkerDialog(services.workers)
        if not dlg.exec():
            return None
        me = dlg.chosen
    return me


# Screenshots are taken on the screen the app must work on: a 1366×768 laptop (at 150% scaling,
# QT_SCALE_FACTOR=1.5, that is 910×512 points).
SCREENSHOT_SCREEN = {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}]}


def use_laptop_screen() -> str | None:
    """Screenshot mode, before the application exists: Qt's offscreen platform with one 1366×768
    screen (unless a platform, or an offscreen screen, was chosen already). Returns the screen's
    description file, which Qt reads when the application is made (then it can go)."""
    import json
    import os
    import tempfile

    chosen = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is not None or not chosen.startswith("offscreen") or "configfile" in chosen:
        return None
    fd, name = tempfile.mkstemp(prefix="careleaver-screen-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(SCREENSHOT_SCREEN, fh)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"
    return name


def run_gui(path: Path, *, demo: bool = False, screenshot: str | None = None, view: str = "worktray",
            person: str | None = None, as_at: date | None = None, opened: Store | None = None, dark: bool = False) -> int:
    """The app on the store at ``path`` (``opened``: already unlocked, e.g. a demo-team laptop)."""
    from ..logs import event, setup_logging
    from ..services.access import StoreAccess
    from .errors import install_excepthook
    from .qt_support import drops_none_references, unsupported_qt_message, window_system_problem

    screen_file = use_laptop_screen() if screenshot else None
    setup_logging()
    problem = window_system_problem()
    if problem:  # Qt would abort the process: say what is missing instead
        event("no_window_system")
        print(f"careleaver-app: {problem}", file=sys.stderr)
        return 2
    app = make_application()
    if screen_file is not None:  # read by Qt as the application was made: nothing is left behind
        Path(screen_file).unlink(missing_ok=True)
    if dark:
        from .colours import dark_palette

        app.setStyle("Fusion")  # a style that draws with the palette it is given
        app.setPalette(dark_palette())
    install_excepthook()

    if drops_none_references():
        # Refuse rather than abort mid-write-up, losing what was typed (see qt_support).
        event("unsupported_qt")
        print(f"careleaver-app: {unsupported_qt_message()}", file=sys.stderr)
        if QApplication.platformName() != "offscreen":
            QMessageBox.critical(None, "This version of Qt is not supported", unsupported_qt_message())
        return 2
    event("start", demo=int(demo))
    settings_folder = isolate_settings() if screenshot else None
    try:
        return _run(app, path, StoreAccess(path), demo=demo, screenshot=screenshot, view=view, person=person, as_at=as_at,
                    opened=opened)
    finally:
        if settings_folder:
            import shutil

            shutil.rmtree(settings_folder, ignore_errors=True)


def _run(app, path: Path, access, *, demo: bool, screenshot: str | None, view: str, person: str | None,
         as_at: date | None, opened: Store | None) -> int:
    from ..services.access import open_demo_store

    access.check_on_open = False  # checked in the background once the window is up
    try:
        store = opened or (open_demo_store(path) if demo else obtain_store(access))
    except StoreError as exc:
        explain(exc)
        return 2
    if store is None:
        return 2 if not demo else 1
    try:
        if demo and opened is None:
            fill_demo(store, as_at)
        services = build_services(store, Clock(as_at))
        me = choose_worker(services)
        if me is None:
            return 0
        from .unlock import face_audit_problem

        if face_audit_problem(store, access) is None:  # said what the opening check found; they chose to quit
            return 0
        from .main_window import MainWindow

        window = MainWindow(services, me, demo=demo, access=access)
        if screenshot:
            return take_screenshot(app, window, Path(screenshot), view, person)
        window.show()
        return app.exec()
    finally:
        store.close()


def show_view(window, view: str, person: str | None):
    """Put the window on the named view (screenshot mode); returns what to take a picture of (the
    window, or the dialog the view opens)."""
    if view == "worktray":
        window.tabs.setCurrentWidget(window.worktray)
    elif view == "caseload":
        window.tabs.setCurrentWidget(window.caseload)
    elif view == "team":
        window.tabs.setCurrentWidget(window.team)
    elif view == "record":
        pid = person or (window.caseload.visible_rows()[0].id if window.caseload.visible_rows() else None)
        if pid is None:
            raise SystemExit("careleaver-app: no young person to show")
        window.open_person(pid)
    elif view == "plan":
        pid = person or _first_with_plan(window)
        window.open_person(pid).show_tab("plan_tab")
    elif view in ("cover", "returns", "dashboard"):
        window.tabs.setCurrentWidget(getattr(window, view))
        if view == "returns":
            window.returns.check()
            while window.returns.task is not None and window.returns.task.running:
                QApplication.processEvents()  # wait for the checks (screenshot mode only)
    elif view in ("contacts", "chronology", "living", "eet", "money", "health"):
        pid = person or window.caseload.visible_rows()[0].id
        window.open_person(pid).show_tab(f"{view}_tab")
    elif view == "contact-dialog":
        from .contacts_tab import ContactDialog

        pid = person or window.caseload.visible_rows()[0].id
        tab = window.open_person(pid).contacts
        window.tabs.currentWidget().show_tab("contacts_tab")
        s = window.services
        dlg = ContactDialog(s.workers, s.contacts, s.clock, pid, window.me, tab)
        dlg.show()
        return dlg
    elif view == "pdf-preview":
        from .pdf_preview import PdfPreviewDialog

        pid = person or _first_with_plan(window)
        plan = window.open_person(pid).plan
        window.tabs.currentWidget().show_tab("plan_tab")
        dlg = PdfPreviewDialog(window.services.plans.pdf(plan.plan.id), "Pathway plan", "plan.pdf", plan)
        dlg.show()
        return dlg
    else:
        raise SystemExit(f"careleaver-app: unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    return window


VIEWS = ("worktray", "caseload", "team", "record", "plan", "contacts", "chronology", "living", "eet", "money", "health", "cover", "returns",
         "dashboard", "contact-dialog", "pdf-preview")


def _first_with_plan(window) -> str:
    for row in window.caseload.visible_rows():
        plan = row.facts.plan
        if plan is not None and plan.has_plan:
            return row.id
    raise SystemExit("careleaver-app: nobody on this caseload has a plan to show")


def take_screenshot(app: QApplication, window, out: Path, view: str, person: str | None) -> int:
    window.persist_state = False  # a screenshot never changes the user's remembered layout
    window.resize(window.screen().availableGeometry().size())  # the whole screen, as a PA would have it
    window.show()
    shown = show_view(window, view, person)
    result = {"code": 1}

    def grab() -> None:
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = shown.grab().save(str(out))
        result["code"] = 0 if ok else 1
        if ok:
            print(f"Saved {out}")
        if shown is not window:
            shown.hide()
        window.close()
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    return result["code"]
