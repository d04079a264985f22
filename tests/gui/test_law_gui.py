"""What a PA sees where the law's boundaries fall (issue 18, issue 17 point 8)."""

from datetime import date

import pytest

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.domain.worktray import ItemKind
from careleaver_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, team, gui_ask):
    w = MainWindow(services, services.workers.current())
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_young_person_added_today_is_not_flagged_as_lost_contact(qtbot, window, services, team):
    pid = services.people.create(YoungPerson(legal_name="Kit Ferris", dob=date(2007, 5, 1),
                                             care_periods=[CarePeriod(date(2021, 5, 1), date(2025, 5, 1))]), team["pa"])
    page = window.open_person(pid)
    assert "Not in touch" not in page.header.alerts_label.text()
    page.go_to("contacts")
    status = page.contacts.status_label.text()
    assert "Not in touch" not in status and "17/01/2027" in status  # next contact: 8 weeks from today's allocation
    window.worktray.refresh()
    assert (pid, ItemKind.LOST_TOUCH) not in [(i.person_id, i.kind) for i in window.worktray.visible_items()]
