"""Every window and dialog on the screen Qt is given (run in a subprocess by test_screen_gui.py
with a 1366×768 offscreen screen, at 100% and at QT_SCALE_FACTOR=1.5).

Prints one JSON object: {"screen": [w, h], "problems": [...]}. A window has a problem when it
(its frame) does not fit on the screen, when what its content needs (its minimum size) is more
than the screen has, when a button of a dialog's button box is off the dialog, when a button is
beyond the window's right edge (a row that does not reflow), when a record's header takes more
than a quarter of the window, or when a title repeats the app's name (the window system adds it).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

    app = QApplication([sys.argv[0]])
    from careleaver_app.app import build_services
    from careleaver_app.domain.people import Role
    from careleaver_app.gui.ask import ask
    from careleaver_app.gui.main_window import MainWindow
    from careleaver_app.gui.screen import free_area
    from careleaver_app.services.context import Clock
    from careleaver_app.demo import generate_demo
    from careleaver_app.storage.store import Store
    from tests.gui import every_window as ew

    ask.interactive = False
    tmp = Path(tempfile.mkdtemp(prefix="careleaver-screen-check-"))
    store = Store.open(tmp / "check.db", os.urandom(32))
    today = date(2026, 11, 22)
    generate_demo(store, people=60, today=today)
    services = build_services(store, Clock(today))
    area = app.primaryScreen().availableGeometry()
    problems: list[str] = []

    def check(name: str, win) -> None:
        app.processEvents()
        frame = win.frameGeometry()
        if not area.contains(frame):
            problems.append(f"{name}: the window ({frame.width()}×{frame.height()} at {frame.x()},{frame.y()}) "
                            f"is off the {area.width()}×{area.height()} screen")
        need = win.minimumSizeHint().expandedTo(win.minimumSize())
        room = free_area(win)
        if need.width() > room.width() or need.height() > room.height():
            problems.append(f"{name}: needs at least {need.width()}×{need.height()}, the screen leaves {room.width()}×{room.height()}")
        inside = QRect(QPoint(0, 0), win.size())
        for box in win.findChildren(QDialogButtonBox):
            if box.isVisibleTo(win) and box.window() is win:
                r = QRect(box.mapTo(win, QPoint(0, 0)), box.size())
                if not inside.contains(r):
                    problems.append(f"{name}: its buttons ({', '.join(b.text() for b in box.buttons())}) are off the window")
        for b in win.findChildren(QPushButton):
            if b.isVisibleTo(win) and b.window() is win:
                left = b.mapTo(win, QPoint(0, 0)).x()
                if left + b.width() > win.width() + 1:
                    problems.append(f"{name}: the button {b.text()!r} is beyond the window's right edge")
        if "careleaver_app" in win.windowTitle():
            problems.append(f"{name}: the title {win.windowTitle()!r} repeats the app's name")

    people = [ew.rich_person(services), ew.draft_person(services)]
    for role in (Role.PA, Role.MANAGER):
        me = services.workers.current() if role == Role.PA else next(w for w in services.workers.workers() if w.role == role)
        window = MainWindow(services, me)
        window.persist_state = False
        window.show()
        for state in ew.main_window_states(window, people):
            check(f"{role.value}, {state}", window)
            page = window.tabs.currentWidget()
            if page.objectName() == "record_page" and page.header.height() > window.height() // 4:
                problems.append(f"{role.value}, {state}: the record's header takes {page.header.height()} of "
                                f"{window.height()} points")
        window.hide()
        window.deleteLater()
    for name, dlg in ew.dialogs(services, tmp):
        dlg.show()
        check(name, dlg)
        dlg.discard() if hasattr(dlg, "discard") else dlg.hide()
    store.close()
    print(json.dumps({"screen": [area.width(), area.height()], "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
