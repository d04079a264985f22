"""A manager's work tray: a summary by PA and by kind of work that opens onto the items."""

import pytest
from PySide6.QtCore import Qt

from careleaver_app.domain.people import Role
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.services.worktray import GROUP_OF, KIND_GROUPS, pressing
from tests.support.windows import shown_main_window


def test_every_kind_of_work_is_in_exactly_one_group():
    assert sorted(GROUP_OF, key=lambda k: k.name) == sorted(ItemKind, key=lambda k: k.name)  # kinds can share a rank
    assert sum(len(k) for k in KIND_GROUPS.values()) == len(ItemKind)


@pytest.fixture
def manager_window(qtbot, demo_services, gui_ask):
    manager = next(w for w in demo_services.workers.workers() if w.role == Role.MANAGER)
    w = shown_main_window(qtbot, demo_services, manager)
    w.tabs.setCurrentWidget(w.worktray)
    return w


def test_a_manager_sees_the_teams_tray_by_pa_and_by_kind(manager_window):
    tray = manager_window.worktray
    assert tray.scope_combo.currentText() == "My team" and tray.by_pa.isVisible()
    items = tray.visible_items()
    by_pa = {s.pa_name: s for s in tray.pa_model.rows}
    assert set(by_pa) == {i.pa_name for i in items} and len(by_pa) >= 2
    for name, s in by_pa.items():
        theirs = [i for i in items if i.pa_name == name]
        assert s.total == (sum(map(pressing, theirs)), len(theirs))
        for group, kinds in KIND_GROUPS.items():
            mine = [i for i in theirs if i.kind in kinds]
            assert s.count(group) == (sum(map(pressing, mine)), len(mine))
    # The most pressing PA comes first.
    shown = [tray.pa_proxy.row_at(r).total for r in range(tray.pa_proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)


def test_choosing_a_number_shows_those_items_and_show_everyones_brings_them_back(qtbot, manager_window):
    tray = manager_window.worktray
    everything = len(tray.visible_items())
    col = 2 + list(KIND_GROUPS).index("Keeping in touch")
    row = next(r for r in range(tray.pa_proxy.rowCount()) if tray.pa_proxy.row_at(r).count("Keeping in touch")[1])
    chosen = tray.pa_proxy.row_at(row)
    assert tray.pa_proxy.index(row, col).data() == (f"{chosen.count('Keeping in touch')[0]} of {chosen.count('Keeping in touch')[1]}"
                                                    if chosen.count("Keeping in touch")[0] else str(chosen.count("Keeping in touch")[1]))
    tray.pa_table.setFocus()
    tray.pa_table.setCurrentIndex(tray.pa_proxy.index(row, col))
    qtbot.keyClick(tray.pa_table, Qt.Key.Key_Return)  # by keyboard
    shown = tray.visible_items()
    assert len(shown) == chosen.count("Keeping in touch")[1]
    assert all(i.pa_name == chosen.pa_name and i.kind in KIND_GROUPS["Keeping in touch"] for i in shown)
    assert tray.group_combo.currentText() == "Keeping in touch"
    assert tray.chosen_label.text() == f"Showing {chosen.pa_name}'s items: keeping in touch."
    # The PA's name: all of their items.
    qtbot.mouseClick(tray.pa_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tray.pa_table.visualRect(tray.pa_proxy.index(row, 0)).center())
    assert len(tray.visible_items()) == chosen.total[1]
    qtbot.mouseClick(tray.show_all_button, Qt.MouseButton.LeftButton)
    assert len(tray.visible_items()) == everything and not tray.show_all_button.isEnabled()


def test_a_pas_own_tray_has_no_summary(demo_window):
    demo_window.tabs.setCurrentWidget(demo_window.worktray)
    assert demo_window.worktray.scope_combo.currentText() == "My work"
    assert not demo_window.worktray.by_pa.isVisible()
