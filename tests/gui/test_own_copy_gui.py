"""Their copy tab, driven as a PA would: save My plan (locked, the passwords checked), record the
copy given and their reply, write their story (in their copy if they choose), log a request for
their record, see it in the work tray, and export it."""

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careleaver_app.domain.worktray import ItemKind
from careleaver_app.gui.widgets import set_combo
from careleaver_app.services.people import Scope, ScopeKind
from tests.support.young_persons_copy import person_with_plan


@pytest.fixture
def person(services, team):
    return person_with_plan(services, team)[0]


def in_dialog(steps):
    """Run ``steps(dialog)`` on the next modal dialog once it is shown."""
    QTimer.singleShot(0, lambda: steps(QApplication.activeModalWidget()))


def save(qtbot, dlg):
    qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def typed(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)


def open_tab(window, person):
    page = window.open_person(person)
    page.go_to("copy")
    return page, page.own_copy


def test_save_a_locked_my_plan_the_passwords_checked_first(qtbot, window, services, person, gui_ask, tmp_path):
    page, tab = open_tab(window, person)
    assert page.tabs.currentWidget() is tab
    target = tmp_path / "zoe-plan.html"
    seen = {}

    def steps(dlg):
        qtbot.mouseClick(dlg.lock, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dlg.password, "purple otter 42")
        qtbot.keyClicks(dlg.again, "purple otter 43")
        save(qtbot, dlg)
        seen["mismatch"] = dlg.errors.messages().get("again", "")
        typed(qtbot, dlg.again, "purple otter 42")
        gui_ask.queue(str(target))  # the file name the PA chooses
        save(qtbot, dlg)

    in_dialog(steps)
    qtbot.mouseClick(tab.my_plan_button, Qt.MouseButton.LeftButton)
    assert "the two passwords are not the same" in seen["mismatch"]
    html = target.read_text(encoding="utf-8")
    assert "Your plan is locked" in html and "Zoë" not in html
    assert ("inform", f"Saved to {target}. When you give it to them, record it with “Record a copy given”.") in gui_ask.log


def test_record_the_copy_given_and_their_reply_against_a_part(qtbot, window, services, person, gui_ask):
    _, tab = open_tab(window, person)

    def give(dlg):
        set_combo(dlg.format, "my_plan")
        set_combo(dlg.channel, "phone_message")
        typed(qtbot, dlg.given_on, "21/11/2026")
        qtbot.keyClicks(dlg.shared, "Their supported lodgings key worker")
        save(qtbot, dlg)  # shared without their agreement: refused at the field
        assert "only with the young person's agreement" in dlg.errors.messages()["agreed_by_young_person"]
        qtbot.mouseClick(dlg.agreed, Qt.MouseButton.LeftButton)
        save(qtbot, dlg)

    in_dialog(give)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    [copy] = tab.copies.rows
    assert (copy.given_on, copy.format, copy.channel, copy.agreed_by_young_person, copy.given_by) == \
        (date(2026, 11, 21), "my_plan", "phone_message", True, "Priya Valente")
    assert tab.copies_table.model().index(0, 2).data() == "My plan (phone page)"

    def reply(dlg):
        set_combo(dlg.part, "accommodation")
        qtbot.keyClicks(dlg.views, "I want to stay in the flat till my course ends.")
        typed(qtbot, dlg.replied_on, "20/11/2026")  # before the copy was given
        save(qtbot, dlg)
        assert "cannot be before the copy was given" in dlg.errors.messages()["replied_on"]
        typed(qtbot, dlg.replied_on, "22/11/2026")
        save(qtbot, dlg)

    in_dialog(reply)
    qtbot.mouseClick(tab.reply_button, Qt.MouseButton.LeftButton)
    assert tab.replies_table.model().index(0, 1).data() == "5. Where I live"
    assert tab.replies_table.model().index(0, 2).data() == "I want to stay in the flat till my course ends."
    assert any(e["action"] == "create" for e in services.store.audit_entries(tab.replies.rows[0].id))


def test_their_story_goes_in_their_copy_only_when_they_choose(qtbot, window, services, person, gui_ask):
    _, tab = open_tab(window, person)

    def write(include):
        def steps(dlg):
            typed(qtbot, dlg.story, "I came into care when I was 13. My nan helped.")
            if dlg.include.isChecked() != include:
                qtbot.mouseClick(dlg.include, Qt.MouseButton.LeftButton)
            save(qtbot, dlg)
        in_dialog(steps)
        qtbot.mouseClick(tab.story_button, Qt.MouseButton.LeftButton)

    write(False)
    assert "Not in their own copy (their choice)" in tab.story_label.text()
    assert "I came into care when I was 13." not in services.plans.my_plan(person)
    write(True)
    assert tab.story_label.text().startswith("Version 2, 22/11/2026") and "In their own copy." in tab.story_label.text()
    page_html = services.plans.my_plan(person)
    assert "Your story" in page_html and "I came into care when I was 13. My nan helped." in page_html
    assert [s.version for s in services.own_copy.story_versions(person)] == [2, 1]  # the first is kept


def test_a_request_for_their_record_is_logged_tracked_in_the_tray_and_exported(qtbot, window, services, person, gui_ask, tmp_path):
    _, tab = open_tab(window, person)

    def log(dlg):
        typed(qtbot, dlg.received, "02/11/2026")
        qtbot.keyClicks(dlg.scope, "Everything from my time in care")
        typed(qtbot, dlg.identity, "03/11/2026")
        save(qtbot, dlg)

    in_dialog(log)
    qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    assert tab.requests_table.model().index(0, 1).data() == "Due by 03/12/2026"
    [item] = [i for i in services.worktray.items(Scope(ScopeKind.ALL)) if i.kind == ItemKind.SUBJECT_ACCESS]
    assert item.due == date(2026, 12, 3) and item.target == "copy"

    def extend(dlg):
        dlg.extension.setValue(1)
        save(qtbot, dlg)  # no reason, no date told
        messages = dlg.errors.messages()
        assert "say why the request is complex" in messages["extension_reason"]
        qtbot.keyClicks(dlg.extension_reason, "Records held by three teams")
        typed(qtbot, dlg.extended_on, "20/11/2026")
        save(qtbot, dlg)

    tab.requests_table.setCurrentIndex(tab.requests_table.model().index(0, 0))
    in_dialog(extend)
    qtbot.mouseClick(tab.update_request_button, Qt.MouseButton.LeftButton)
    assert tab.requests_table.model().index(0, 1).data() == "Due by 04/01/2027 (extended by 1 month)"

    out = tmp_path / "for-zoe"
    out.mkdir()
    gui_ask.queue(str(out))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    # One export at a time: the button waits for this one (a second press would write it again).
    assert not tab.export_button.isEnabled() and tab.export_status.text() == "Exporting their record…"
    qtbot.waitUntil(lambda: "Written:" in tab.export_status.text(), timeout=20000)
    assert tab.export_button.isEnabled()
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["record_requests"][0]["extension_reason"] == "Records held by three teams"
    assert len(list(out.glob("*.pdf"))) == 1


def test_the_work_tray_item_opens_the_request(qtbot, window, services, person, gui_ask):
    from careleaver_app.domain.subject_access import SubjectAccessRequest

    rid = services.subject_access.save(SubjectAccessRequest(person, date(2026, 11, 20)))
    [item] = [i for i in services.worktray.items(Scope(ScopeKind.ALL)) if i.kind == ItemKind.SUBJECT_ACCESS]
    page = window.open_person(item.person_id)
    page.go_to(item.target, item.ref)
    assert page.tabs.currentWidget() is page.own_copy
    from careleaver_app.gui.models import selected_row

    assert selected_row(page.own_copy.requests_table).id == rid
