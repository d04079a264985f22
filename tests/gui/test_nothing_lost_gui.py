"""Nothing a PA types is lost: long plan sections, locks, and dialogs closed with typing in them."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.app import build_services
from careleaver_app.demo import generate_demo
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SECTIONS, SectionKey
from careleaver_app.services.access import StoreAccess
from careleaver_app.services.context import Clock
from tests.conftest import TODAY
from tests.gui.test_security_gui import PASS, answer_unlock
from tests.support.windows import shown_main_window


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Amara Okafor", preferred_name="Mara", dob=date(2008, 4, 1),
                                              care_periods=[CarePeriod(date(2022, 1, 1), date(2026, 4, 1))]), team["pa"])


@pytest.fixture
def locked_app(qtbot, tmp_path, gui_ask):
    """The main window on an encrypted demo store, so it can be locked and unlocked."""
    access = StoreAccess(tmp_path / "cl.db")
    store, _ = access.create(PASS, PASS)
    generate_demo(store, people=12, today=TODAY)
    services = build_services(store, Clock(TODAY))
    w = shown_main_window(qtbot, services, access=access)
    yield w
    store.close()


def test_typing_in_a_plan_updates_the_checklist_in_place(qtbot, tab):
    tab.start_button.click()
    first, count = tab.checklist.item(0), tab.checklist.count()
    money = next(i for i in range(count) if "Money" in tab.checklist.item(i).text())
    assert money > 0
    tab.show_section(SectionKey.FINANCE)
    need = tab.pages[SectionKey.FINANCE].ui.need_edit
    qtbot.keyClicks(need, "R")
    # The gap for money has gone; the other items are the same items, not new ones.
    assert tab.checklist.count() == count - 1
    assert not any("Money" in tab.checklist.item(i).text() for i in range(tab.checklist.count()))
    assert tab.checklist.item(0) is first
    assert tab.section_list.item(1 + [s.key for s in SECTIONS].index(SectionKey.FINANCE)).text().startswith("✓ ")
    kept = [tab.checklist.item(i) for i in range(tab.checklist.count())]
    qtbot.keyClicks(need, "ent and bills")
    assert [tab.checklist.item(i) for i in range(tab.checklist.count())] == kept
    assert all(a is b for a, b in zip(kept, [tab.checklist.item(i) for i in range(tab.checklist.count())]))
    # Emptying the field brings the gap back.
    need.selectAll()
    qtbot.keyClicks(need, "\b")
    assert tab.checklist.count() == count and tab.checklist.item(0) is first


def _paragraphs(length: int) -> str:
    words = ("Mara wants to stay in her flat near college and keep up her course; rent is paid on time "
             "but the electricity key is often low, so we agreed a weekly check-in and a budget plan. ")
    text, n = "", 0
    while len(text) < length:
        n += 1
        text += words + (f"Point {n}.\n" if n % 4 == 0 else "")
    return text[:length]


def test_a_plan_section_of_20000_characters_typed_key_by_key_survives_a_lock(qtbot, locked_app):
    w = locked_app
    plans = w.services.plans
    row = next(r for r in w.caseload.model.rows  # someone whose plan is a draft (the demo has a few)
               if r.category_active and plans.current(r.id) is not None and not plans.current(r.id).is_final)
    page = w.open_person(row.id)
    page.show_tab("plan_tab")
    plan = page.plan
    assert plan.editable
    plan.show_section(SectionKey.ACCOMMODATION)
    need = plan.pages[SectionKey.ACCOMMODATION].ui.need_edit
    need.setFocus()
    need.selectAll()
    text = _paragraphs(20_000)
    for i, line in enumerate(text.split("\n")):  # real key events, one character at a time
        if i:
            qtbot.keyClick(need, Qt.Key.Key_Return)
        qtbot.keyClicks(need, line)
    assert need.toPlainText() == text
    assert plan.has_unsaved_changes and plan.save_status.text() == "Unsaved changes"

    QTimer.singleShot(50, lambda: answer_unlock(qtbot, [PASS]))
    w.lock()
    qtbot.waitUntil(lambda: not w.locked, timeout=20_000)
    kept = next(p for p in w.record_pages() if p.person_id == row.id)
    assert kept.plan.pages[SectionKey.ACCOMMODATION].ui.need_edit.toPlainText() == text
    assert kept.plan.plan.sections[SectionKey.ACCOMMODATION].need == text
    assert kept.plan.has_unsaved_changes
    kept.plan.save_button.click()
    assert kept.plan.save_status.text() == "Draft saved"
    assert w.services.plans.get(kept.plan.plan.id).sections[SectionKey.ACCOMMODATION].need.strip() == text.strip()


NOTE = "Met Mara at the library; she has a new job offer and wants help with travel costs"


def _contact_dialog():
    from careleaver_app.gui.contacts_tab import ContactDialog

    dlg = QApplication.activeModalWidget()
    return dlg if isinstance(dlg, ContactDialog) else None


def _when(qtbot, condition, then):
    """Run ``then()`` once ``condition()`` holds (checked from the event loop, as dialogs run their own)."""
    def poll():
        if condition():
            then()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_a_half_written_contact_is_kept_through_a_lock_and_then_saved(qtbot, locked_app, gui_ask):
    w = locked_app
    row = w.caseload.model.rows[0]
    tab = w.open_person(row.id).contacts
    before = w.services.contacts.count(row.id)
    seen = {}

    def write_then_lock():
        dlg = seen["dialog"] = _contact_dialog()
        qtbot.keyClicks(dlg.ui.summary_edit, NOTE)
        _when(qtbot, lambda: not w.isVisible() and not w.services.store.is_open, while_locked)
        w.lock()  # the phone rings; ten minutes pass

    def while_locked():
        dlg = seen["dialog"]
        seen["hidden while locked"] = not dlg.isVisible()
        answer_unlock(qtbot, [PASS])
        _when(qtbot, lambda: not w.locked and dlg.isVisible(), after_unlock)

    def after_unlock():
        dlg = seen["dialog"]
        seen["kept"] = dlg.ui.summary_edit.toPlainText()
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    _when(qtbot, lambda: _contact_dialog() is not None, write_then_lock)
    tab.log_button.click()  # returns once the dialog is finally closed
    assert seen["hidden while locked"] and seen["kept"] == NOTE
    assert w.services.contacts.count(row.id) == before + 1
    assert w.services.contacts.contacts(row.id, limit=1)[0].summary == NOTE
    assert tab.model.rowCount() == before + 1  # the tab shows it


def test_a_dialog_with_nothing_typed_is_still_cancelled_by_a_lock(qtbot, locked_app, gui_ask):
    w = locked_app
    tab = w.open_person(w.caseload.model.rows[0].id).contacts
    seen = {}

    def lock():
        seen["dialog"] = _contact_dialog()
        _when(qtbot, lambda: not w.isVisible(), lambda: answer_unlock(qtbot, [PASS]))
        w.lock()

    _when(qtbot, lambda: _contact_dialog() is not None, lock)
    tab.log_button.click()
    qtbot.waitUntil(lambda: not w.locked, timeout=10_000)
    assert not seen["dialog"].isVisible() and w.locking.put_away == []


@pytest.fixture
def contact_dialog(qtbot, services, person, gui_ask):
    from careleaver_app.gui.contacts_tab import ContactDialog

    dlg = ContactDialog(services.workers, services.contacts, services.clock, person, services.workers.current())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.mark.parametrize("how", ["Escape", "Cancel", "close"])
def test_closing_a_dialog_with_typing_in_it_asks_first(qtbot, contact_dialog, gui_ask, how):
    dlg = contact_dialog

    def close():
        if how == "Escape":
            qtbot.keyClick(dlg.ui.summary_edit, Qt.Key.Key_Escape)
        elif how == "Cancel":
            dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dlg.close()

    close()  # nothing typed yet: no question
    assert not dlg.isVisible() and gui_ask.log == []
    dlg.show()
    qtbot.keyClicks(dlg.ui.summary_edit, "Phoned about the")
    gui_ask.queue(False)  # "Keep editing"
    close()
    assert dlg.isVisible() and dlg.ui.summary_edit.toPlainText() == "Phoned about the"
    assert gui_ask.log[-1] == ("confirm", "Close this without saving? What you typed here will be lost.")
    gui_ask.queue(True)  # "Discard"
    close()
    assert not dlg.isVisible()


def test_a_changed_choice_counts_as_typing_and_an_empty_new_row_does_not(qtbot, contact_dialog, gui_ask):
    dlg = contact_dialog
    dlg.ui.add_followup_button.click()  # an empty follow-up row: nothing to lose
    assert not dlg.has_typed_content()
    dlg.ui.significant_check.click()
    assert dlg.has_typed_content()
    dlg.ui.significant_check.click()
    assert not dlg.has_typed_content()
    qtbot.keyClicks(dlg.ui.followups_table.cellWidget(0, 2), "01/12/2026")
    assert dlg.has_typed_content()
    dlg.discard()


def test_locking_during_the_worker_changed_message_is_safe(qtbot, locked_app, gui_ask, monkeypatch):
    from careleaver_app.gui import dialogs

    w = locked_app
    other = next(x for x in w.services.workers.workers() if x.id != w.me.id and x.role.value == "pa")

    def choose(self):
        self.chosen = w.services.workers.set_current(other.id)
        return 1
    monkeypatch.setattr(dialogs.ChooseWorkerDialog, "exec", choose)
    gui_ask.interactive = True  # the real message box, so the lock happens while it is open

    def lock_during_message():
        gui_ask.interactive = False
        _when(qtbot, lambda: not w.isVisible(), lambda: answer_unlock(qtbot, [PASS]))
        w.lock()

    _when(qtbot, lambda: QApplication.activeModalWidget() is not None, lock_during_message)
    w.switch_worker()
    qtbot.waitUntil(lambda: not w.locked and w.isVisible(), timeout=10_000)
    qtbot.wait(50)  # nothing left over raises (pytest-qt fails the test on an exception in the loop)
    assert w.me.id == other.id and other.name in w.who_label.text()
    assert w.caseload.scope().worker_id == other.id
    assert {r.pa_id for r in w.caseload.model.rows} == {other.id}


def test_ctrl_l_in_a_dialog_locks_and_keeps_what_was_typed(qtbot, locked_app, gui_ask):
    w = locked_app
    tab = w.open_person(w.caseload.model.rows[0].id).contacts
    seen = {}

    def write_then_ctrl_l():
        dlg = seen["dialog"] = _contact_dialog()
        qtbot.keyClicks(dlg.ui.summary_edit, NOTE)
        dlg.activateWindow()  # the dialog is the active window, as on a desktop
        _when(qtbot, lambda: QApplication.activeWindow() is dlg, press)

    def press():
        dlg = seen["dialog"]
        def while_locked():
            seen["locked, dialog hidden"] = not dlg.isVisible()
            answer_unlock(qtbot, [PASS])
        _when(qtbot, lambda: w.locked and not w.isVisible(), while_locked)
        qtbot.keyClick(dlg.ui.summary_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        _when(qtbot, lambda: "locked, dialog hidden" in seen and not w.locked and dlg.isVisible(), done)

    def done():
        dlg = seen["dialog"]
        seen["kept"] = dlg.ui.summary_edit.toPlainText()
        dlg.discard()

    _when(qtbot, lambda: _contact_dialog() is not None, write_then_ctrl_l)
    give_up = QTimer(tab)  # if it never locks, close the dialog so the test ends (and fails)
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: seen.get("dialog") and seen["dialog"].discard())
    give_up.start(8000)
    tab.log_button.click()
    give_up.stop()
    assert seen.get("locked, dialog hidden") is True
    assert seen["kept"] == NOTE
