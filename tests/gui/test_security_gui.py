"""Locking and unlocking, set-up, import, restore, PDF protection, clipboard, privacy of logs and settings."""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.app import build_services
from careleaver_app.demo import generate_demo
from careleaver_app.gui.unlock import ChangePassphraseDialog, RecoverDialog, SetupDialog, UnlockDialog
from careleaver_app.services.access import StoreAccess
from careleaver_app.services.context import Clock
from tests.support.windows import shown_main_window

PASS = "tangerine lighthouse orbit velvet"
TODAY = date(2026, 11, 22)


@pytest.fixture
def locked_app(qtbot, tmp_path, gui_ask):
    access = StoreAccess(tmp_path / "cl.db")
    store, _ = access.create(PASS, PASS)
    summary = generate_demo(store, people=20, today=TODAY)
    services = build_services(store, Clock(TODAY))
    w = shown_main_window(qtbot, services, access=access)
    w.summary = summary
    return w


def answer_unlock(qtbot, passphrases):
    """Type each passphrase into the unlock dialog when it appears."""
    remaining = list(passphrases)

    def step():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, UnlockDialog):
            QTimer.singleShot(20, step)
            return
        dlg.ui.passphrase_edit.setText(remaining.pop(0))
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        if remaining:
            QTimer.singleShot(20, step)
    QTimer.singleShot(0, step)


def test_lock_clears_views_drops_the_key_and_unlock_returns_to_the_same_place(qtbot, locked_app, gui_ask):
    w = locked_app
    pid = w.caseload.model.rows[0].id
    page = w.open_person(pid)
    page.go_to("contacts")
    seen = {}

    def check_locked_then_unlock():
        seen["hidden"] = not w.isVisible()
        seen["store_open"] = w.services.store.is_open
        seen["rows"] = w.caseload.model.rowCount()
        seen["tabs"] = len(w.record_pages())
        answer_unlock(qtbot, ["not the passphrase", PASS])

    QTimer.singleShot(50, check_locked_then_unlock)
    w.lock()
    qtbot.waitUntil(lambda: not w.locked, timeout=10_000)
    assert seen == {"hidden": True, "store_open": False, "rows": 0, "tabs": 0}
    assert w.isVisible() and w.services.store.is_open
    assert w.tabs.currentWidget().person_id == pid
    assert w.tabs.currentWidget().tabs.currentWidget().objectName() == "contacts_tab"
    assert w.caseload.model.rowCount() > 0


def watch_for_the_lock(qtbot, w, passphrase=PASS):
    """Records what the user sees once the app has locked itself, then unlocks it."""
    seen = {}

    def poll():
        if w.locked and isinstance(QApplication.activeModalWidget(), UnlockDialog):
            seen.update(hidden=not w.isVisible(), store_open=w.services.store.is_open)
            answer_unlock(qtbot, [passphrase])
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)
    return seen


def test_the_app_locks_itself_after_the_idle_time_and_use_keeps_it_open(qtbot, locked_app):
    w = locked_app
    timer, wait = w.locking.locker.timer, 10 * 60_000  # the local setting's default: 10 minutes
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == wait
    # A key press or a mouse move anywhere puts the full wait back.
    qtbot.wait(1500)
    assert timer.remainingTime() <= wait - 1000
    qtbot.keyClick(w.caseload, Qt.Key.Key_Down)
    assert timer.remainingTime() > wait - 1000 and not w.locked
    qtbot.wait(1500)
    qtbot.mouseMove(w.tabs, w.tabs.rect().center())
    assert timer.remainingTime() > wait - 1000 and not w.locked
    # Left alone until the wait is over (shortened to a fifth of a second here), it locks itself.
    seen = watch_for_the_lock(qtbot, w)
    timer.start(200)
    qtbot.waitUntil(lambda: bool(seen) and not w.locked, timeout=10_000)
    assert seen == {"hidden": True, "store_open": False}
    assert w.isVisible() and timer.isActive() and timer.interval() == 200  # waiting again after unlocking
    # A shorter time in the settings applies at once (never less than a minute).
    w.locking.locker.set_minutes(0)
    assert timer.interval() == 60_000 and timer.isActive()


def test_ctrl_l_locks_at_once_and_a_typed_l_does_not(qtbot, locked_app, type_text):
    w = locked_app
    w.tabs.setCurrentWidget(w.search)
    type_text(w.search.query_edit, "Lola l")
    assert not w.locked and w.search.query_edit.text() == "Lola l"
    qtbot.keyClick(w.search.query_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not w.locked
    seen = watch_for_the_lock(qtbot, w)
    qtbot.keyClick(w.search.query_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and not w.locked, timeout=10_000)
    assert seen == {"hidden": True, "store_open": False}


def test_unsaved_changes_are_kept_through_a_lock(qtbot, locked_app):
    w = locked_app
    page = w.open_person(w.caseload.model.rows[0].id)
    page.details.form.ui.phone_edit.setText("07700 900999")
    page.details.form.changed.emit()
    QTimer.singleShot(50, lambda: answer_unlock(qtbot, [PASS]))
    w.lock()
    qtbot.waitUntil(lambda: not w.locked, timeout=10_000)
    kept = next(p for p in w.record_pages() if p.person_id == page.person_id)
    assert kept.details.dirty and kept.details.form.ui.phone_edit.text() == "07700 900999"
    kept.details.revert()  # leave nothing unsaved behind


def test_unlock_dialog_says_when_the_passphrase_is_wrong(qtbot, tmp_path):
    access = StoreAccess(tmp_path / "cl.db")
    access.create(PASS, PASS)[0].close()
    dlg = UnlockDialog(access, access.unlock)
    qtbot.addWidget(dlg)
    dlg.ui.passphrase_edit.setText("wrong")
    dlg.accept()
    assert "passphrase is not right" in dlg.ui.error_label.text() and dlg.result_value is None
    dlg.ui.passphrase_edit.setText(PASS)
    dlg.accept()
    assert dlg.result_value is not None
    dlg.result_value.close()


def test_setup_dialog_checks_strength(qtbot, tmp_path):
    access = StoreAccess(tmp_path / "new.db")
    dlg = SetupDialog(access.create)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.ui.passphrase_edit, "short")
    assert dlg.ui.strength_value.text() == "Too weak"
    qtbot.keyClicks(dlg.ui.confirm_edit, "short")
    dlg.accept()
    assert "Use at least 12 characters" in dlg.ui.error_label.text() and not access.path.exists()
    dlg.ui.passphrase_edit.setText(PASS)
    dlg.ui.confirm_edit.setText(PASS)
    assert dlg.ui.strength_value.text() == "Strong"
    dlg.accept()
    assert dlg.recovery.count("-") == 13
    dlg.result_value.close()


NEW_PASS = "marigold canal whistle quartz"


def test_recovery_and_change_of_passphrase_dialogs_say_what_is_wrong_then_work(qtbot, tmp_path):
    access = StoreAccess(tmp_path / "cl.db")
    store, recovery = access.create(PASS, PASS)
    store.close()
    dlg = RecoverDialog(access)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.ui.recovery_edit, "AAAA-BBBB")
    qtbot.keyClicks(dlg.ui.passphrase_edit, NEW_PASS)
    assert dlg.ui.strength_value.text() == "Strong"
    qtbot.keyClicks(dlg.ui.confirm_edit, NEW_PASS)
    dlg.accept()
    assert dlg.ui.error_label.text() and dlg.result_value is None
    dlg.ui.recovery_edit.setText(recovery)
    dlg.accept()
    assert dlg.result_value is not None and dlg.result() == 1
    dlg.result_value.close()
    access.unlock(NEW_PASS).close()  # the new passphrase now opens it

    change = ChangePassphraseDialog(access)
    qtbot.addWidget(change)
    change.ui.old_edit.setText("not the passphrase")
    change.ui.passphrase_edit.setText(PASS)
    change.ui.confirm_edit.setText(PASS + " typo")
    change.accept()
    assert change.ui.error_label.text() and change.result() == 0
    change.ui.old_edit.setText(NEW_PASS)
    change.ui.confirm_edit.setText(PASS)
    change.accept()
    assert change.result() == 1
    access.unlock(PASS).close()


def test_import_dialog_lists_problems_then_imports(qtbot, locked_app, tmp_path):
    from careleaver_app.gui.import_dialog import ImportDialog
    bad = tmp_path / "bad.csv"
    bad.write_text("legal_name,dob\nKai Reid,31/02/2008\n=2+2,01/01/2008\n", encoding="utf-8")
    dlg = ImportDialog(locked_app.services.importer, str(bad))
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 2 and not dlg.import_button.isEnabled()
    assert "Nothing can be imported" in dlg.summary.text()
    good = tmp_path / "good.csv"
    good.write_text("legal_name,dob\nKai Reid,05/01/2008\n", encoding="utf-8")
    dlg = ImportDialog(locked_app.services.importer, str(good))
    qtbot.addWidget(dlg)
    assert dlg.import_button.isEnabled() and "1 young person is ready" in dlg.summary.text()
    dlg.accept()
    assert dlg.imported == 1


def test_restore_dialog_shows_what_a_backup_holds_and_restores(qtbot, locked_app, gui_ask):
    from careleaver_app.gui.backup_dialog import RestoreDialog
    store = locked_app.services.store
    store.backup("manual")
    store.insert("teams", {"name": "After the backup"})
    dlg = RestoreDialog(store.path, store.key, store.restore)
    qtbot.addWidget(dlg)
    assert "It holds 20 young people" in dlg.summary.text()
    gui_ask.queue(True)
    dlg.accept()
    assert dlg.restored and store.scalar("SELECT count(*) FROM teams WHERE name = 'After the backup'") == 0


def test_a_saved_pdf_can_be_password_protected(qtbot, tmp_path, gui_ask, services, team):
    from pypdf import PdfReader

    from careleaver_app.domain.people import YoungPerson
    from careleaver_app.gui.pdf_preview import PdfPreviewDialog
    pid = services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1)), team["pa"])
    plan = services.plans.start_plan(pid, date(2026, 11, 1))
    outputs = []
    dlg = PdfPreviewDialog(services.plans.pdf(plan.id), "Plan", "plan.pdf", on_output=outputs.append)
    qtbot.addWidget(dlg)
    dlg.protect_check.setChecked(True)
    out = tmp_path / "plan.pdf"
    gui_ask.queue(str(out), "long enough pw", "long enough pw")
    assert dlg.save_pdf() == str(out)
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("long enough pw")
    assert "Kai Reid" in reader.pages[0].extract_text() and outputs == ["export"]


def test_copied_identifiers_are_cleared(qtbot):
    from careleaver_app.gui.clipboard import copy_identifier
    copy_identifier("LC123456", seconds=1)
    assert QApplication.clipboard().text() == "LC123456"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)


def test_logs_and_settings_hold_no_names_after_a_full_demo_session(qtbot, tmp_path, monkeypatch, gui_ask):
    from careleaver_app.domain.contacts import Contact, ContactType
    from careleaver_app.gui.errors import explain_fault
    from careleaver_app.logs import event, setup_logging
    logs = setup_logging(tmp_path / "logs")
    access = StoreAccess(tmp_path / "cl.db")
    store, _ = access.create(PASS, PASS)
    summary = generate_demo(store, people=30, today=TODAY)
    services = build_services(store, Clock(TODAY))
    w = shown_main_window(qtbot, services, access=access)
    names = [p.name for p in summary.people] + [w_["name"] for w_ in store.query("SELECT name FROM workers")]
    for p in summary.people[:5]:
        page = w.open_person(p.id)
        for tab in ("contacts", "plan", "living", "health", "chronology"):
            page.go_to(tab)
    w.caseload.filter_edit.setText(summary.people[0].name.split()[0])
    w.search.query_edit.setText(summary.people[1].name.split()[-1])
    w.search.run()
    services.contacts.log(Contact(summary.people[0].id, __import__("datetime").datetime(2026, 11, 22, 9), ContactType.PHONE,
                                  services.workers.current().id, summary=f"Spoke to {summary.people[0].name}"))
    event("test_session", records=5)
    try:
        raise RuntimeError(f"a bug whose message quotes {summary.people[2].name}")
    except RuntimeError as exc:
        explain_fault(exc)
    w.close()
    store.close()
    settings_dirs = [Path(os.environ["XDG_CONFIG_HOME"]), logs]
    text = ""
    for d in settings_dirs:
        for f in d.rglob("*"):
            if f.is_file():
                text += f.read_text(errors="ignore")
    assert "test_session" in text and "RuntimeError" in text  # the log was written
    for name in names:
        for part in name.split():
            if len(part) > 3:
                assert part not in text, f"{part} found in logs or settings"


@pytest.mark.parametrize("problems", [[], ["*** in database main ***\nPage 7: btreeInitPage() returns error code 11"]])
def test_the_app_opens_at_once_and_checks_the_file_in_the_background(qtbot, tmp_path, gui_ask, monkeypatch, problems):
    from careleaver_app.storage.store import Store

    access = StoreAccess(tmp_path / "cl.db")
    store, _ = access.create(PASS, PASS)
    generate_demo(store, people=10, today=TODAY)
    store.close()
    access.check_on_open = False  # as the app opens it
    store = access.unlock(PASS)
    assert not store.checked_on_open
    checked = []
    # The file-level check itself is tested in tests/storage/test_security.py; here, what the user sees.
    monkeypatch.setattr(Store, "integrity_problems", lambda self, full=False: checked.append(self is not store) or problems)
    services = build_services(store, Clock(TODAY))
    if problems:
        gui_ask.queue(1)  # "Not now" to the offer of a restore
    w = shown_main_window(qtbot, services, access=access)
    qtbot.waitUntil(lambda: w.backups.integrity_task is not None and not w.backups.integrity_task.running, timeout=10_000)
    assert checked == [True]  # on a connection of its own
    assert store.checked_on_open
    warned = [text for kind, text in gui_ask.log if kind == "choose"]
    assert bool(warned) is bool(problems)
    if problems:
        assert "restore a recent backup" in warned[0]
