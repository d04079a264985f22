"""Which PySide6 builds the app can run on.

PySide6 6.12.0 drops one reference to ``None`` on every Qt call that returns nothing
(``setText``, ``setVisible`` …). On Python 3.12 and later ``None`` is immortal, so nothing
happens; on Python 3.11 its count reaches zero after a few thousand calls and the process aborts
with ``Fatal Python error: none_dealloc``, losing whatever the PA was typing. pyproject.toml
excludes that build on Python 3.11; this probe catches any other build that does the same, so the
app refuses to start on it (with a message saying what to install) instead of dying mid-write-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

PROBE_CALLS = 200


def drops_none_references(call: Callable[[], object] | None = None, calls: int = PROBE_CALLS) -> bool:
    """True when ``call`` (by default a Qt setter that returns nothing) loses references to None.

    Always False where None is immortal (Python 3.12+), because it cannot be freed there."""
    if call is None:
        from PySide6.QtWidgets import QLabel

        label = QLabel()

        def call() -> None:
            label.setText("x")

    call()  # anything done once per process (caches, interned strings) happens before counting
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    after = sys.getrefcount(None)
    # A sound build leaves the count where it was (give or take a few references held by the
    # interpreter itself); the broken one loses exactly one per call.
    return before - after >= calls // 2


def unsupported_qt_message() -> str:
    import PySide6

    return (f"This copy of PySide6 ({PySide6.__version__}) has a known defect on Python "
            f"{sys.version_info.major}.{sys.version_info.minor} that makes the app close without warning "
            "while you type. Install a supported build (for example: "
            "pip install \"PySide6-Essentials<6.12\" \"PySide6-Addons<6.12\"), "
            "or use Python 3.12 or later. See the README: Supported versions.")


# -- Can Qt open a window here? ------------------------------------------------------------------
# Qt's xcb plugin (X11, and XWayland) needs system libraries a fresh Debian or Ubuntu may not have;
# without them, or without a display, Qt prints a cryptic line and aborts the whole process. So
# before Qt tries, the app checks what Qt would need and, if something is missing, says what and
# how to install it (the README's "System prerequisites" lists the same packages).

# The Debian/Ubuntu package holding each library the xcb plugin needs that a minimal system lacks.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libX11-xcb.so.1": "libx11-xcb1",
}
SEE_README = "See the README: System prerequisites."


def window_system_problem(environ=None) -> str | None:
    """Why Qt could not open a window on this machine, or None when it can (or will not use xcb:
    offscreen, Wayland, a list with a fallback, any other system than Linux)."""
    import os

    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    wanted = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if wanted and wanted != ["xcb"]:
        return None
    if not wanted and env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return None  # Qt chooses Wayland in a Wayland session
    plugin = _xcb_plugin(env)
    if plugin is None:
        return None  # not where Qt keeps it: let Qt say so
    missing = _missing_libraries(plugin)
    if missing:
        packages = [XCB_PACKAGES[m] for m in missing if m in XCB_PACKAGES]
        install = f" On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}." if packages else ""
        return (f"Qt cannot open a window: this system lacks {', '.join(missing)}, which Qt's X11 support needs."
                f"{install} {SEE_README}")
    display = env.get("DISPLAY")
    if not display:
        return ("There is no screen to open the window on (DISPLAY is not set): start the app from the desktop, "
                f"or set QT_QPA_PLATFORM=offscreen for screenshots and tests. {SEE_README}")
    if not _display_answers(display):
        return f"Qt cannot open a window: the display {display} does not answer (is the X server running?). {SEE_README}"
    return None


def _xcb_plugin(env):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    folders = [Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    folders += [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    return next((f / "libqxcb.so" for f in folders if (f / "libqxcb.so").is_file()), None)


def _missing_libraries(plugin) -> list[str]:
    """The shared libraries the plugin needs that the system's loader cannot find (none: it loads)."""
    import ctypes
    import re
    import shutil
    import subprocess

    try:
        ctypes.CDLL(str(plugin))  # what Qt does next; loaded already, it costs nothing more then
        return []
    except OSError as exc:
        first = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object file", str(exc))
        found = [first[1]] if first else []
    if shutil.which("ldd"):  # the loader's own list of every one missing, not just the first
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
        found = sorted({line.split()[0] for line in out.splitlines() if "not found" in line}) or found
    return found or [f"a library {plugin.name} needs"]


def _display_answers(display: str) -> bool:
    """Whether the X server at ``display`` accepts a connection (libxcb, which the plugin loaded)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot tell: let Qt try
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(conn) == 0
    finally:
        xcb.xcb_disconnect(conn)
