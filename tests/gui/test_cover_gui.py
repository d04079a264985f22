"""Setting up cover in the app, and what a duty worker sees of a cover copy."""

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from careleaver_app.app import build_services
from careleaver_app.domain.people import Role
from careleaver_app.gui.widgets import set_combo
from careleaver_app.services.context import Clock
from careleaver_app.storage.store import Store
from tests.support.windows import shown_main_window

TODAY = date(2026, 11, 22)


def test_set_up_cover_through_the_form(qtbot, demo_window, demo_services, demo):
    demo_window.tabs.setCurrentWidget(demo_window.cover)
    me = demo_services.workers.current()
    duty = demo.workers["duty"][0]

    def fill(dlg):
        ui = dlg.ui
        set_combo(ui.worker_combo, me.id)
        ui.start_edit.clear()
        qtbot.keyClicks(ui.start_edit, "22/11/2026")
        ui.return_edit.clear()
        qtbot.keyClicks(ui.return_edit, "20/11/2026")
        set_combo(ui.cover_combo, me.id)
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "on or before the first day" in ui.expected_return_error.text()
        assert "cannot cover their own caseload" in ui.cover_worker_id_error.text()
        ui.return_edit.clear()
        qtbot.keyClicks(ui.return_edit, "07/12/2026")
        set_combo(ui.cover_combo, duty)
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    button = next(b for b in demo_window.cover.findChildren(QPushButton) if b.objectName() == "record_absence")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    mine = [a for a in demo_services.cover.absences() if a.worker_id == me.id and a.in_force(TODAY)]
    assert len(mine) == 1 and mine[0].cover_worker_id == duty
    # The caseload and the record say who is covering, until when.
    duty_name = demo_services.workers.get(duty).name
    demo_window.tabs.setCurrentWidget(demo_window.caseload)
    demo_window.caseload.show_only("Being covered")
    rows = demo_window.caseload.visible_rows()
    assert rows and all(r.facts.cover.cover_name == duty_name for r in rows)
    page = demo_window.open_person(rows[0].id)
    assert f"Covered by {duty_name} until 06/12/2026" in page.header.alerts_label.text()


def test_a_cover_copy_is_read_only_except_cover_work(qtbot, tmp_path, demo_services, demo, gui_ask):
    from careleaver_app.domain.cover import Absence
    pa = demo.current_worker_id
    duty = demo.workers["duty"][0]
    a = Absence(pa, "planned", TODAY, TODAY + timedelta(days=7), cover_worker_id=duty)
    demo_services.cover.save_absence(a)
    data, _ = demo_services.cover.export_pack(pa, "team passphrase for cover", absence=a)
    store = Store.open(tmp_path / "duty.db", b"k" * 32)
    s = build_services(store, Clock(TODAY))
    me = demo_services.workers.get(duty)
    s.workers.set_current(s.workers.create_worker(me.name, Role.DUTY, s.workers.create_team(me.team_name)))
    s.cover.import_pack(data, "team passphrase for cover")
    w = shown_main_window(qtbot, s)
    w.caseload.scope_combo.setCurrentIndex(2)  # everyone
    pid = w.caseload.visible_rows()[0].id
    page = w.open_person(pid)
    assert page.cover_banner.isVisible() and "copy from a cover pack" in page.cover_banner.text()
    assert not page.details.save_button.isEnabled() and page.details.form.ui.legal_name_edit.isReadOnly()
    assert page.contacts.log_button.isEnabled() and page.contacts.note_button.isEnabled()
    assert not page.contacts.decision_button.isEnabled()
    assert not page.plan.editable and not page.plan.review_button.isVisible()
    assert not page.living.move_button.isEnabled()
    gui_ask.queue("Called; all fine")
    page.contacts.add_note()
    assert "Called; all fine" in page.contacts.notes_label.text()
    store.close()


def test_cover_model_passes_the_model_tester(qtmodeltester, demo_window):
    demo_window.cover.refresh()
    qtmodeltester.check(demo_window.cover.model)


def test_importing_a_cover_pack_through_the_buttons_says_what_happened(qtbot, tmp_path, demo_services, demo, gui_ask):
    """The pack is read, its passphrase asked; a wrong passphrase is refused, a first import says
    how many young people came, and a second says it was imported before."""
    from careleaver_app.domain.cover import Absence
    pa = demo.current_worker_id
    duty = demo.workers["duty"][0]
    a = Absence(pa, "planned", TODAY, TODAY + timedelta(days=7), cover_worker_id=duty)
    demo_services.cover.save_absence(a)
    data, _ = demo_services.cover.export_pack(pa, "team passphrase for cover", absence=a)
    pack = tmp_path / "pack.clpack"
    pack.write_bytes(data)
    store = Store.open(tmp_path / "duty.db", b"k" * 32)
    s = build_services(store, Clock(TODAY))
    me = demo_services.workers.get(duty)
    s.workers.set_current(s.workers.create_worker(me.name, Role.DUTY, s.workers.create_team(me.team_name)))
    w = shown_main_window(qtbot, s)
    w.tabs.setCurrentWidget(w.cover)
    button = next(b for b in w.cover.findChildren(QPushButton) if b.objectName() == "import_pack")

    def press(*answers):
        gui_ask.log.clear()
        gui_ask.queue(*answers)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return [text for kind, text in gui_ask.log if kind in ("inform", "warn")]

    said = press(str(pack), "not the team passphrase")
    assert len(said) == 1 and "passphrase" in said[0].lower() and not s.cover.imported_packs()
    said = press(str(pack), "team passphrase for cover")
    assert len(said) == 1 and "young people from" in said[0] and len(s.cover.imported_packs()) == 1
    said = press(str(pack), "team passphrase for cover")
    assert said == ["This cover pack was imported before: nothing has changed."]
    assert len(s.cover.imported_packs()) == 1
    store.close()


def test_exporting_a_cover_pack_and_a_return_through_the_buttons_saves_them(qtbot, tmp_path, demo_window, demo_services, demo,
                                                                            gui_ask):
    """The PA exports a pack for a selected absence (the passphrase typed twice, where to save it
    asked); the duty worker who imported it exports a return for the PA. Mistyped passphrases
    save nothing."""
    from careleaver_app.domain.cover import Absence
    pa = demo.current_worker_id
    duty = demo.workers["duty"][0]
    demo_services.cover.save_absence(Absence(pa, "planned", TODAY, TODAY + timedelta(days=7), cover_worker_id=duty))
    page = demo_window.cover
    demo_window.tabs.setCurrentWidget(page)
    page.refresh()
    for row in range(page.proxy.rowCount()):
        page.table.selectRow(row)
        chosen = page.selected()
        if chosen is not None and chosen.worker_id == pa and chosen.start == TODAY:
            break
    else:
        raise AssertionError("the absence just recorded is not in the table")

    def press(window, name, *answers):
        gui_ask.log.clear()
        gui_ask.queue(*answers)
        button = next(b for b in window.cover.findChildren(QPushButton) if b.objectName() == name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return [text for kind, text in gui_ask.log if kind in ("inform", "warn")]

    pack = tmp_path / "cover-pack.clpack"
    said = press(demo_window, "export_pack", "guessable", "guessable")
    assert said == ["Team passphrase: use at least 12 characters: three or four unrelated words are easy to remember"]
    assert not pack.exists()  # refused: nothing saved
    assert press(demo_window, "export_pack", "team passphrase for cover", "team passfrase for cover") == ["The two passphrases are not the same."]
    assert not pack.exists()
    said = press(demo_window, "export_pack", "team passphrase for cover", "team passphrase for cover", str(pack))
    assert said == ["Saved cover-pack.clpack. Give it to the duty worker with the team passphrase (separately). It is encrypted."]
    assert pack.stat().st_size > 0

    store = Store.open(tmp_path / "duty.db", b"k" * 32)
    s = build_services(store, Clock(TODAY))
    me = demo_services.workers.get(duty)
    s.workers.set_current(s.workers.create_worker(me.name, Role.DUTY, s.workers.create_team(me.team_name)))
    s.cover.import_pack(pack.read_bytes(), "team passphrase for cover")
    w = shown_main_window(qtbot, s)
    back = tmp_path / "cover-return.clreturn"
    said = press(w, "export_return", "team passphrase for cover", "team passphrase for cover", str(back))
    assert len(said) == 1 and said[0].startswith(f"Saved {back.name}: give it to ") and back.stat().st_size > 0
    report = demo_services.cover.import_return(back.read_bytes(), "team passphrase for cover")
    assert not report.already and report.from_name == me.name
    store.close()
