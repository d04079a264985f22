"""What the frozen app's two executables run. ``main_gui`` is ``main`` with empty standard
streams where there are none: the windowed executable has none, the console one has its
console's, so one script serves both (packaging/careleaver_app.spec)."""

from careleaver_app.cli import main_gui

raise SystemExit(main_gui())
