"""Nothing a PA types is lost: long plan sections, locks, and dialogs closed with typing in them."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.plans import SECTIONS, SectionKey
from careleaver_app.gui.plan_tab import PlanTab
from tests.gui.test_security_gui import PASS, answer_unlock, locked_app  # noqa: F401 (a fixture)


@pytest.fixture
def person(services, team):
    return services.people.create(YoungPerson(legal_name="Amara Okafor", preferred_name="Mara", dob=date(2008, 4, 1),
                                              care_periods=[CarePeriod(date(2022, 1, 1), date(2026, 4, 1))]), team["pa"])


@pytest.fixture
def tab(qtbot, services, person, gui_ask):
    t = PlanTab(services, person, services.workers.current())
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    return t


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
    row = next(r for r in w.caseload.model.rows if not (r.extra.get("plan") and r.extra["plan"].has_plan and
                                                         r.extra["plan"].review.due is not None) and r.category_active)
    page = w.open_person(row.id)
    page.show_tab("plan_tab")
    plan = page.plan
    if plan.plan is None:
        plan.start_button.click()
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
