"""The app's main window as the GUI tests open it."""


def shown_main_window(qtbot, services):
    """The main window on ``services``, signed in as the current worker, shown."""
    from careleaver_app.gui.main_window import MainWindow

    w = MainWindow(services, services.workers.current())
    qtbot.addWidget(w)
    w.show()
    return w
