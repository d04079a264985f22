"""One cold start, run in a fresh process by the benchmark runner.

``python -m benchmarks.startup minimal`` shows a minimal PySide6 window (a table of 20 rows);
``python -m benchmarks.startup bare DB`` shows, without the app, a window as full as the app's
(tabs, menus, a filter row and a 38-row, 17-column table of caseload-like text, in Qt's own item
table) after opening the encrypted store: what any app showing that much costs, for reference;
``python -m benchmarks.startup app DB`` opens the app's main window on the store at DB (key in
the environment variable CARELEAVER_BENCH_KEY, hex, so the deliberately slow passphrase key
derivation is left out) as the app does, opening on the caseload (the page last used) of the
worker using it. Each prints ``ready`` once the window is populated and has painted, then
exits. The runner measures wall time from spawning the process to that line.
"""

from __future__ import annotations

import os
import sys


def minimal() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    t = QTableWidget(20, 4)
    for r in range(20):
        for c in range(4):
            t.setItem(r, c, QTableWidgetItem(f"{r},{c}"))
    w.setCentralWidget(t)
    w.resize(1366, 860)
    w.show()
    app.processEvents()
    w.grab()  # painted
    print("ready", flush=True)


BARE_ROWS, BARE_COLUMNS = 38, 17  # a PA's caseload on the county data, every column


def bare(db: str) -> None:
    import sqlcipher3
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QHBoxLayout,
        QLineEdit,
        QMainWindow,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    conn = sqlcipher3.connect(db)
    conn.execute(f"PRAGMA key = \"x'{os.environ['CARELEAVER_BENCH_KEY']}'\"")
    assert conn.execute("SELECT count(*) FROM young_people").fetchone()[0]
    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    tabs = QTabWidget()
    page = QWidget()
    layout = QVBoxLayout(page)
    bar = QHBoxLayout()
    for widget in (QComboBox(), QLineEdit(), QComboBox()):
        bar.addWidget(widget)
    layout.addLayout(bar)
    t = QTableWidget(BARE_ROWS, BARE_COLUMNS)
    t.setHorizontalHeaderLabels([f"Column {c}" for c in range(BARE_COLUMNS)])
    for r in range(BARE_ROWS):
        for c in range(BARE_COLUMNS):
            t.setItem(r, c, QTableWidgetItem(f"Cell {r} {c} text"))
    layout.addWidget(t)
    tabs.addTab(page, "Caseload")
    for name in ("Work tray", "Team", "Search", "Cover", "Returns", "Dashboard"):
        tabs.addTab(QWidget(), name)
    w.setCentralWidget(tabs)
    for name in ("File", "View", "Help"):
        menu = w.menuBar().addMenu(name)
        for i in range(6):
            menu.addAction(f"{name} {i}")
    w.statusBar().showMessage("Signed in")
    w.resize(1366, 860)
    w.show()
    app.processEvents()
    w.grab()  # painted
    print("ready", flush=True)
    conn.close()


def app_window(db: str) -> None:
    from PySide6.QtCore import QSettings

    from careleaver_app.app import build_services
    from careleaver_app.gui.launch import make_application
    from careleaver_app.gui.main_window import FIXED_PAGES, MainWindow
    from careleaver_app.services.context import Clock
    from careleaver_app.storage.store import Store

    app = make_application([sys.argv[0]])
    store = Store.open(db, bytes.fromhex(os.environ["CARELEAVER_BENCH_KEY"]), check=False)  # as the app: checked in the background
    services = build_services(store, Clock())
    # The app opens on the page used last (remembered in the settings): here the caseload, so
    # only the caseload is built and read, as for a PA who last had it open.
    QSettings().setValue("main/tab", [name for name, *_ in FIXED_PAGES].index("caseload"))
    w = MainWindow(services, services.workers.current())
    w.persist_state = False
    w.resize(1366, 860)
    assert w.tabs.currentWidget() is w.caseload
    w.show()
    app.processEvents()
    w.grab()  # painted
    assert w.caseload.visible_rows(), "the caseload is empty"
    print("ready", flush=True)
    store.close()


if __name__ == "__main__":
    if sys.argv[1] == "minimal":
        minimal()
    elif sys.argv[1] == "bare":
        bare(sys.argv[2])
    else:
        app_window(sys.argv[2])
