"""On a fresh Debian/Ubuntu, Qt's xcb plugin lacks system libraries (libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1) and Qt aborts the process; with no display it aborts too. The
app says what is missing (and how to install it) and exits calmly instead."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careleaver_app.gui.qt_support import XCB_PACKAGES, window_system_problem

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")


def xcb_plugin() -> Path:
    from PySide6.QtCore import QCoreApplication

    return next(Path(p) / "platforms" / "libqxcb.so" for p in QCoreApplication.libraryPaths()
                if (Path(p) / "platforms" / "libqxcb.so").is_file())


def missing_here() -> list[str]:
    """What this machine lacks for the xcb plugin, as the system's own loader says (ldd)."""
    out = subprocess.run(["ldd", str(xcb_plugin())], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


@linux
@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd to know what this machine lacks")
def test_starting_without_a_usable_window_system_is_a_message_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "careleaver_app", "--demo"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr  # not -6 (SIGABRT: "no Qt platform plugin could be initialized")
    message = [line for line in done.stderr.splitlines() if line.startswith("careleaver-app:")]
    assert len(message) == 1 and "could not be initialized" not in done.stderr
    missing = missing_here()
    if missing:  # as on this project's CI machine: libxcb-icccm4 and libxcb-keysyms1 are not installed
        for soname in missing:
            assert soname in message[0]
            if soname in XCB_PACKAGES:
                assert XCB_PACKAGES[soname] in message[0]
        assert "sudo apt-get install" in message[0]
    else:
        assert "DISPLAY is not set" in message[0]
    assert "README" in message[0]


@linux
def test_qt_is_left_to_choose_when_it_will_not_use_xcb():
    for env in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"},
                {"QT_QPA_PLATFORM": "xcb;offscreen"},  # Qt falls back to the next one itself
                {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}):
        assert window_system_problem(env) is None, env


@linux
@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd to know what this machine lacks")
def test_an_x_session_without_the_libraries_or_the_display_is_named():
    problem = window_system_problem({"QT_QPA_PLATFORM": "xcb"})
    if missing_here():
        assert problem.startswith("Qt cannot open a window: this system lacks ")
    else:
        assert "DISPLAY is not set" in problem
    assert window_system_problem({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0"}) == problem  # X11 session: xcb
