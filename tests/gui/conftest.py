"""GUI fixtures shared by the page tests."""

import pytest


@pytest.fixture
def demo_window(qtbot, demo_services, gui_ask):
    """The main window on the synthetic demo caseload, signed in as the demo's current worker."""
    from careleaver_app.gui.main_window import MainWindow

    w = MainWindow(demo_services, demo_services.workers.current())
    qtbot.addWidget(w)
    w.show()
    return w
