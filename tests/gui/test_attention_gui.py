"""The record's header, the caseload's "Only show" filter and its red cells say the same about a
young person (all read domain/attention.py): chosen from the keyboard as a PA would, on the demo
caseload."""

import re

from PySide6.QtCore import Qt

from careleaver_app.gui.colours import ERROR, colour

# What the header says when each filter would show the young person (the header's own words).
SAYS = {
    "Contact overdue": r"^(Contact|Statutory visit) overdue by \d+ days?$",
    "Not in touch": r"^Not in touch: re-establish contact$",
    "Being covered": r"^Covered by .+ \(.+ is away\)$",
    "No plan": r"^No pathway plan",
    "Review overdue": r"^Plan review overdue by \d+ days?$",
    "Unsuitable accommodation": r"^Unsuitable",
    "No suitability judgement": r"^No suitability judgement for the current accommodation",
    "No accommodation recorded": r"^No accommodation recorded$",
    "NEET": r"^NEET for \d+ days?$",
    "Health history overdue": r"^Health history overdue$",
}


# The caseload's column marked red when a filter would show the young person.
RED_IN = {"Contact overdue": "next_due", "Not in touch": "in_touch", "NEET": "eet", "No plan": "plan", "Review overdue": "plan"}


def red(caseload, pid: str, key: str) -> bool:
    model = caseload.model
    row = next(i for i, r in enumerate(model.rows) if r.id == pid)
    brush = model.data(model.index(row, [c.key for c in model.columns].index(key)), Qt.ItemDataRole.ForegroundRole)
    return brush is not None and brush.color() == colour(ERROR)


def choose(qtbot, combo, label: str) -> None:
    """Pick a filter from the keyboard: Home, then Down until it is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def test_the_header_and_the_filters_agree(qtbot, demo_window):
    caseload = demo_window.caseload
    demo_window.tabs.setCurrentWidget(caseload)
    shown: dict[str, set[str]] = {}
    for label in SAYS:
        choose(qtbot, caseload.only_combo, label)
        shown[label] = {r.id for r in caseload.visible_rows()}
    choose(qtbot, caseload.only_combo, "Everyone")
    everyone = [r.id for r in caseload.visible_rows()]
    assert sum(bool(ids) for ids in shown.values()) >= 7  # the demo has most kinds of work
    # One young person each filter shows, and one it does not: their headers must agree.
    people = {next(iter(sorted(ids))) for ids in shown.values() if ids}
    people |= {next(p for p in everyone if p not in ids) for ids in shown.values() if len(ids) < len(everyone)}
    for pid in everyone:  # the red cells, for everyone on the caseload
        for label, key in RED_IN.items():
            plan_red = pid in shown["No plan"] | shown["Review overdue"]
            assert red(caseload, pid, key) == (plan_red if key == "plan" else pid in shown[label]), (label, pid)
    for pid in sorted(people):
        page = demo_window.open_person(pid)
        lines = page.header.alerts_label.text().split(" · ") if page.header.alerts_label.isVisibleTo(page) else []
        for label, says in SAYS.items():
            in_header = any(re.search(says, line) for line in lines)
            assert in_header == (pid in shown[label]), (label, page.record.person.display_name, lines)
