"""The recovery paths the app offers (issue 19): restoring a backup over a damaged store from the
unlock screen and from File → Check the database, a damaged key file, what the opening check of
the audit trail found, a restore refused while the store is in use, private printed files and
screenshot folders that do not linger."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.app import build_services
from careleaver_app.demo import generate_demo
from careleaver_app.gui.backup_dialog import RestoreDialog
from careleaver_app.gui.main_window import MainWindow
from careleaver_app.gui.unlock import RecoverDialog, UnlockDialog, face_audit_problem
from careleaver_app.services.access import StoreAccess
from careleaver_app.services.context import Clock
from careleaver_app.storage import audit, keys
from tests.support.private_files import assert_private, posix_only
from tests.support.windows import shown_main_window

PASS = "tangerine lighthouse orbit velvet"
TODAY = date(2026, 11, 22)


def made(tmp_path, people=12):
    access = StoreAccess(tmp_path / "cl.db")
    store, recovery = access.create(PASS, PASS)
    generate_demo(store, people=people, today=TODAY)
    backup = store.backup("manual")
    return access, store, recovery, backup


def damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 64):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def when_modal(qtbot, kind, act):
    """Do ``act(dialog)`` once a modal dialog of ``kind`` is showing."""
    def step():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, kind):
            act(dlg)
        else:
            QTimer.singleShot(20, step)
    QTimer.singleShot(0, step)


def test_unlock_offers_a_backup_in_place_of_a_damaged_store(qtbot, tmp_path, gui_ask):
    access, store, _, backup = made(tmp_path)
    store.close()
    damage_middle(access.path)
    dlg = UnlockDialog(access, access.unlock)
    qtbot.addWidget(dlg)
    assert not dlg.ui.restore_button.isVisibleTo(dlg)
    qtbot.keyClicks(dlg.ui.passphrase_edit, PASS)
    dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "damaged" in dlg.ui.error_label.text() and "not right" not in dlg.ui.error_label.text()
    assert dlg.ui.restore_button.isVisibleTo(dlg)
    gui_ask.queue(True)  # "Put this backup in place of the damaged database?"
    seen = {}

    def choose(restore_dialog):
        seen["intro"] = restore_dialog.findChild(type(restore_dialog.summary), "restore_intro").text()
        seen["summary"] = restore_dialog.summary.text()
        restore_dialog.restore_button.click()

    when_modal(qtbot, RestoreDialog, choose)
    dlg.ui.restore_button.click()
    assert "damaged file is kept" in seen["intro"] and "12 young people" in seen["summary"]
    opened = dlg.result_value
    assert opened is not None and opened.integrity_problems() == []
    assert opened.scalar("SELECT count(*) FROM young_people") == 12
    assert list((tmp_path / "damaged").glob("*.db"))
    opened.close()


def test_a_damaged_key_file_goes_straight_to_the_recovery_key(qtbot, tmp_path, gui_ask):
    from careleaver_app.gui.launch import obtain_store

    access, store, recovery, _ = made(tmp_path, people=3)
    store.close()
    keys.key_file_for(access.path).write_bytes(b"\x00garbage")
    seen = {}

    def recover(dlg):
        seen["intro"] = dlg.ui.intro_label.text()
        dlg.ui.recovery_edit.setText(recovery)
        dlg.ui.passphrase_edit.setText("marigold canal whistle quartz")
        dlg.ui.confirm_edit.setText("marigold canal whistle quartz")
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(qtbot, RecoverDialog, recover)
    opened = obtain_store(access)
    assert "damaged" in seen["intro"] and "may well be right" in seen["intro"]
    assert opened is not None and opened.scalar("SELECT count(*) FROM young_people") == 3
    opened.close()
    access.unlock("marigold canal whistle quartz").close()


@pytest.fixture
def window(qtbot, tmp_path, gui_ask):
    access, store, _, backup = made(tmp_path)
    services = build_services(store, Clock(TODAY))
    w = shown_main_window(qtbot, services, access=access)
    w.backup_path = backup
    return w


def test_check_the_database_offers_a_restore_when_it_is_damaged(qtbot, window, gui_ask):
    store = window.services.store
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_middle(store.path)
    gui_ask.queue(0, True)  # "Restore a backup…", then "Replace what is in the app now…?"
    when_modal(qtbot, RestoreDialog, lambda d: d.restore_button.click())
    window.findChild(type(window.menuBar().actions()[0]), "action_check_database").trigger()
    kinds = [k for k, _ in gui_ask.log]
    assert kinds[0] == "choose" and "integrity check found problems" in gui_ask.log[0][1]
    assert store.integrity_problems(full=True) == []
    restored = [t for k, t in gui_ask.log if k == "inform"]
    assert restored and "damaged" in restored[-1]


def test_restore_is_refused_plainly_while_background_work_has_the_store_open(qtbot, window, gui_ask):
    from careleaver_app.storage.store import Store

    store = window.services.store
    busy = Store.open(store.path, store.key, check=False)  # as a background backup or check holds it
    store.insert("teams", {"name": "Kept"})
    gui_ask.queue(True)
    dlg = RestoreDialog(store.path, store.key, store.restore, window)
    qtbot.addWidget(dlg)
    dlg.accept()
    busy.close()
    warned = [t for k, t in gui_ask.log if k == "warn"]
    assert warned and "background" in warned[0] and "Nothing has been changed" in warned[0]
    assert not dlg.restored and store.scalar("SELECT count(*) FROM teams WHERE name = 'Kept'") == 1


def test_what_the_opening_check_of_the_audit_trail_found_is_said_and_can_be_accepted(qtbot, tmp_path, gui_ask):
    import sqlcipher3

    access, store, _, _ = make_cut(tmp_path, sqlcipher3)
    gui_ask.queue(1)  # "Carry on with the records as they are"
    assert face_audit_problem(store, access) is store
    question = gui_ask.log[0][1]
    assert "missing" in question and "no backups" in question
    assert store.audit_problem is None
    assert store.query("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")[0]["action"] == "audit_problem_accepted"
    store.close()
    again = access.unlock(PASS)
    assert again.audit_problem is None and again.verify_audit().ok
    again.close()


def test_quitting_at_the_audit_question_closes_the_store(qtbot, tmp_path, gui_ask):
    import sqlcipher3

    access, store, _, _ = make_cut(tmp_path, sqlcipher3)
    gui_ask.queue(2)
    assert face_audit_problem(store, access) is None and not store.is_open


def make_cut(tmp_path, sqlcipher3):
    access, store, recovery, backup = made(tmp_path, people=3)
    key, path = bytearray(store.key), store.path
    last = audit.head(store.conn)[0]
    store.close()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq > ?", [last - 2])
    conn.commit()
    conn.close()
    for b in (tmp_path / "backups").glob("*.db"):
        b.unlink()  # no backups: only carry on or quit are offered
    store = access.unlock(PASS)
    assert store.audit_problem
    return access, store, recovery, backup


@posix_only
def test_a_pdf_printed_to_a_file_is_readable_by_the_user_only(qtbot, tmp_path, services, team):
    from PySide6.QtPrintSupport import QPrinter

    from careleaver_app.domain.people import YoungPerson
    from careleaver_app.gui.pdf_preview import PdfPreviewDialog

    old = os.umask(0o022)
    try:
        pid = services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1)), team["pa"])
        plan = services.plans.start_plan(pid, date(2026, 11, 1))
        dlg = PdfPreviewDialog(services.plans.pdf(plan.id), "Plan", "plan.pdf")
        qtbot.addWidget(dlg)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        out = tmp_path / "printed.pdf"
        printer.setOutputFileName(str(out))  # "Print to file" in the print dialog
        dlg.render_to(printer)
    finally:
        os.umask(old)
    assert out.read_bytes().startswith(b"%PDF")
    assert_private(out)


def test_screenshot_mode_leaves_no_temporary_folders_behind(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp))
    result = subprocess.run([sys.executable, "-m", "careleaver_app", "--demo", "--screenshot", str(tmp_path / "shot.png")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shot.png").exists()
    assert sorted(p.name for p in tmp.iterdir()) == []


def test_a_closed_window_never_locks_backs_up_or_publishes_later(qtbot, window):
    """A closed window's timers used to keep running: ten minutes later the lock fired and asked
    for the passphrase of a window already gone (it hung a long test run)."""
    assert window.locking.locker.timer.isActive() and window.backups.timer.isActive()
    window.close()
    assert not window.locking.locker.timer.isActive() and not window.backups.timer.isActive()
    assert not window.publishing.timer.isActive()


def test_restore_on_a_store_held_only_in_memory_says_there_are_no_backups(qtbot, gui_ask):
    """An in-memory store (as the benchmarks and some screenshots use) has no backups folder:
    File → Restore a backup… says so instead of failing on a missing path."""
    from careleaver_app.storage.store import Store

    store = Store.open(None)
    services = build_services(store, Clock(TODAY))
    generate_demo(store, people=2, today=TODAY)
    w = MainWindow(services, services.workers.current())
    qtbot.addWidget(w)
    w.persist_state = False
    w.findChild(type(w.menuBar().actions()[0]), "action_restore").trigger()
    assert gui_ask.log == [("inform", "This database is held only in memory, so it has no backups to restore.")]
    w.close()
