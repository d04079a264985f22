"""Help → About says which version this is (the same one `careleaver-app --version` prints)."""

from PySide6.QtWidgets import QMenu

import careleaver_app


def help_menu(window) -> QMenu:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"]
    return menu


def test_about_shows_the_version(demo_window, gui_ask):
    about = next(a for a in help_menu(demo_window).actions() if a.objectName() == "action_about")
    about.trigger()
    kind, text = gui_ask.log[-1]
    assert kind == "inform"
    assert f"Version {careleaver_app.__version__}" in text
    assert "PySide6" in text and "Qt" in text  # what IT asks first when something goes wrong


def test_about_qt_is_in_the_help_menu(demo_window):
    # Qt is used under the LGPL: the app says so and shows Qt's own licence notice.
    names = [a.objectName() for a in help_menu(demo_window).actions()]
    assert names.index("action_about") < names.index("action_about_qt")


def test_the_app_has_its_icon(qapp):
    from careleaver_app.gui.launch import make_application

    app = make_application()
    assert app is qapp
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(s.width() for s in sizes) == 256
