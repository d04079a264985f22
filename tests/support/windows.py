"""The app's main window as the GUI tests open it."""


def shown_main_window(qtbot, services, worker=None, **options):
    """The main window on ``services``, signed in as ``worker`` (the current worker unless given),
    shown; ``options`` as MainWindow takes them (``access``, ``demo``)."""
    from careleaver_app.gui.main_window import MainWindow

    w = MainWindow(services, worker if worker is not None else services.workers.current(), **options)
    qtbot.addWidget(w)
    w.show()
    return w
