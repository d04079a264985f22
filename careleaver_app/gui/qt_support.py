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
