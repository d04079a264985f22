"""GUI fixtures shared by the page tests."""

import pytest

from tests.support.windows import shown_main_window


@pytest.fixture
def demo_window(qtbot, demo_services, gui_ask):
    """The main window on the synthetic demo caseload, signed in as the demo's current worker."""
    return shown_main_window(qtbot, demo_services)


@pytest.fixture
def window(qtbot, services, person, gui_ask):
    """The main window on ``services``, once the module's ``person`` (a young person each test
    module makes for itself) is in the store."""
    return shown_main_window(qtbot, services)


@pytest.fixture
def tab(qtbot, services, person, gui_ask):
    """The pathway plan tab for the module's ``person``."""
    from careleaver_app.gui.plan_tab import PlanTab

    t = PlanTab(services.people, services.plans, services.settings, services.store, services.clock, person,
                services.workers.current(), section_notes=services.plan_section_notes)
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    return t
