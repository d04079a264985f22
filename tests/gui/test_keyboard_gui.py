"""A PA writing up visits at speed, by keyboard: Enter opens, focus goes where the typing belongs."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.contacts import Contact, ContactType, FollowUp
from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.gui.main_window import MainWindow
from careleaver_app.gui.record import RecordPage
from tests.gui import every_window as ew


@pytest.fixture
def person(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kofi Mensah", dob=date(2007, 3, 3),
                                             care_periods=[CarePeriod(date(2021, 1, 1), date(2025, 3, 3))]), team["pa"])
    services.contacts.log(Contact(pid, datetime(2026, 11, 10, 10, 0), ContactType.VISIT_HOME, team["pa"], seen=True,
                                  summary="Visited at home; talked about the tenancy renewal.",
                                  follow_ups=[FollowUp("Ring the housing officer", "Priya", date(2026, 11, 30)),
                                              FollowUp("Send the bursary form", "Priya", date(2026, 11, 25))]))
    return pid


def test_enter_opens_a_search_result(qtbot, window, person):
    window.tabs.setCurrentWidget(window.search)
    search = window.search
    qtbot.keyClicks(search.query_edit, "tenancy")
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert search.model.rowCount() >= 1
    search.table.setFocus()
    search.table.selectRow(0)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordPage) and page.person_id == person
    assert page.tabs.currentWidget() is page.contacts
    assert "Press Enter" in search.summary.text()


def _dialog(qtbot, services, person):
    from careleaver_app.gui.contacts_tab import ContactDialog

    dlg = ContactDialog(services.workers, services.contacts, services.clock, person, services.workers.current())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    return dlg


def test_typing_after_add_follow_up_goes_into_the_follow_up(qtbot, services, person, gui_ask):
    dlg = _dialog(qtbot, services, person)
    ui = dlg.ui
    qtbot.keyClicks(ui.summary_edit, "Talked about college.")
    qtbot.mouseClick(ui.add_followup_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.focusWidget(), "Book a GP appointment")
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
    assert ui.followups_table.item(0, 0).text() == "Book a GP appointment"
    assert ui.summary_edit.toPlainText() == "Talked about college."
    dlg.discard()


def _done_dialog(fill):
    from careleaver_app.gui.contacts_tab import FollowUpDoneDialog

    def run():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, FollowUpDoneDialog):
            QTimer.singleShot(10, run)
            return
        fill(dlg)
    QTimer.singleShot(0, run)


def test_any_open_follow_up_can_be_marked_done_on_the_day_it_was_done(qtbot, window, services, person, today):
    tab = window.open_person(person).contacts
    assert "Ring the housing officer" in tab.followups_label.text() and "Send the bursary form" in tab.followups_label.text()

    def fill(dlg):
        ui = dlg.ui
        assert ui.followup_combo.count() == 2 and ui.done_on_edit.text() == today.strftime("%d/%m/%Y")
        ui.followup_combo.setCurrentIndex(next(i for i in range(2) if "bursary" in ui.followup_combo.itemText(i)))
        for bad, words in (((today + timedelta(days=1)), "future"), (date(2026, 11, 9), "before the contact it came from")):
            ui.done_on_edit.clear()
            qtbot.keyClicks(ui.done_on_edit, bad.strftime("%d/%m/%Y"))
            dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
            assert dlg.isVisible() and words in ui.done_on_error.text()
        ui.done_on_edit.clear()
        qtbot.keyClicks(ui.done_on_edit, "10/11/2026")  # the day of the visit: the boundary
        dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    _done_dialog(fill)
    tab.followup_done_button.click()
    left = services.contacts.followups(person)
    assert [f.what for f in left] == ["Ring the housing officer"]
    done = next(f for f in services.contacts.contacts(person, limit=5)[0].follow_ups if f.what == "Send the bursary form")
    assert done.done_on == date(2026, 11, 10)
    assert "Send the bursary form" not in tab.followups_label.text()


# -- access keys: one control per Alt+key in every window, and the key reaches that control ------

class ShortcutSpy(QObject):
    """Records which control each access key reaches (and stops it acting, except on tab bars)."""

    def __init__(self):
        super().__init__()
        self.hits: list = []
        self.let_through = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Shortcut:
            self.hits.append((obj, event.isAmbiguous()))
            return not self.let_through
        return False


def _key_of(access_key: str):
    letter = access_key.split("+")[-1]
    return getattr(Qt.Key, f"Key_{letter}")


def _press_each(qtbot, window, spy) -> list[str]:
    """Press every access key ``window`` shows; the problems found."""
    problems = []
    for key, controls in ew.access_keys(window).items():
        kind, control, text = controls[0]
        target = control[0] if kind in ("tab", "menu") else control
        if not target.isEnabled() or (kind == "tab" and not target.isTabEnabled(control[1])):
            continue
        before = target.currentIndex() if kind == "tab" else None
        spy.hits.clear()
        spy.let_through = kind == "tab"
        qtbot.keyClick(window, _key_of(key), Qt.KeyboardModifier.AltModifier)
        if [(o, amb) for o, amb in spy.hits] != [(target, False)]:
            problems.append(f"{key} ({text!r}) reached {[(type(o).__name__, amb) for o, amb in spy.hits]}")
        elif kind == "tab":
            if target.currentIndex() != control[1]:
                problems.append(f"{key} ({text!r}) showed tab {target.tabText(target.currentIndex())!r}")
            target.setCurrentIndex(before)
    return problems


@pytest.fixture
def spy(qapp):
    s = ShortcutSpy()
    qapp.installEventFilter(s)
    yield s
    qapp.removeEventFilter(s)


@pytest.mark.parametrize("role", ["pa", "manager"])
def test_every_window_has_one_control_per_access_key_and_each_key_reaches_it(qtbot, demo_services, gui_ask, spy, role):
    from careleaver_app.domain.people import Role

    me = demo_services.workers.current() if role == "pa" else next(
        w for w in demo_services.workers.workers() if w.role == Role.MANAGER)
    w = MainWindow(demo_services, me)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    found = {}
    for state in ew.main_window_states(w, [ew.rich_person(demo_services), ew.draft_person(demo_services)]):
        problems = [f"{k} is shown by {v}" for k, v in ew.clashes(w).items()]
        problems += [f"label {t!r} shows an access key with nothing to go to" for t in ew.labels_without_buddies(w)]
        problems += _press_each(qtbot, w, spy)
        if problems:
            found[state] = problems
    assert found == {}


def test_every_dialog_has_one_control_per_access_key_and_each_key_reaches_it(qtbot, demo_services, gui_ask, spy, tmp_path):
    found, walked = {}, set()
    for name, dlg in ew.dialogs(demo_services, tmp_path):
        walked.add(name)
        qtbot.addWidget(dlg)
        with qtbot.waitActive(dlg):
            dlg.show()
            dlg.activateWindow()
        problems = [f"{k} is shown by {v}" for k, v in ew.clashes(dlg).items()]
        problems += [f"label {t!r} shows an access key with nothing to go to" for t in ew.labels_without_buddies(dlg)]
        problems += _press_each(qtbot, dlg, spy)
        if problems:
            found[name] = problems
        dlg.discard() if hasattr(dlg, "discard") else dlg.hide()
    assert found == {}
    assert walked == ew.dialog_classes(), "a dialog the app can open is not walked in tests/gui/every_window.py"


@pytest.mark.parametrize("letter, dialog", [(Qt.Key.Key_A, "AmendDialog"), (Qt.Key.Key_L, "ContactDialog"),
                                         (Qt.Key.Key_I, "DecisionDialog"), (Qt.Key.Key_C, "CadenceDialog")])
def test_the_contact_logs_access_keys_open_their_dialogs(qtbot, window, person, letter, dialog):
    page = window.open_person(person)
    page.show_tab("contacts_tab")
    with qtbot.waitActive(window):
        window.activateWindow()
    opened = []

    def look():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(10, look)
            return
        opened.append(type(dlg).__name__)
        dlg.discard()
    QTimer.singleShot(0, look)
    qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    assert opened == [dialog]
