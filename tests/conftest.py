"""Shared fixtures. Qt runs offscreen; settings and data go to per-session temp folders."""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
_SESSION_HOME = tempfile.mkdtemp(prefix="careleaver-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SESSION_HOME, "config")  # QSettings goes here, never the real profile
os.environ["XDG_DATA_HOME"] = os.path.join(_SESSION_HOME, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_SESSION_HOME, "state")  # logs
os.environ["XDG_CACHE_HOME"] = os.path.join(_SESSION_HOME, "cache")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from careleaver_app.app import build_services  # noqa: E402
from careleaver_app.services.context import Clock  # noqa: E402
from careleaver_app.storage.store import Store  # noqa: E402

TODAY = date(2026, 11, 22)

# The team server's fixtures (a throw-away PostgreSQL cluster, started only by tests that ask).
pytest_plugins = ["tests.support.team_server"]


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def key():
    """A random data key: every test store is encrypted, as in real use."""
    return os.urandom(32)


@pytest.fixture
def store(tmp_path, key):
    s = Store.open(tmp_path / "test.db", key)
    yield s
    s.close()


@pytest.fixture
def services(store):
    return build_services(store, Clock(TODAY))


@pytest.fixture
def team(services):
    """One team: two PAs, a duty worker and a manager; the first PA is using the app."""
    from careleaver_app.domain.people import Role

    w = services.workers
    tid = w.create_team("Leaving Care North", "01632 960001")
    ids = {
        "pa": w.create_worker("Priya Valente", Role.PA, tid),
        "pa2": w.create_worker("Gareth Lloyd", Role.PA, tid),
        "duty": w.create_worker("Marta Sørensen", Role.DUTY, tid),
        "manager": w.create_worker("Delroy Mbeki", Role.MANAGER, tid),
        "team": tid,
    }
    w.set_current(ids["pa"])
    return ids


@pytest.fixture
def demo(store):
    """The 60-person synthetic demo caseload, as at TODAY."""
    from careleaver_app.demo import generate_demo

    summary = generate_demo(store, people=60, today=TODAY)
    return summary


@pytest.fixture
def demo_services(store, demo):
    return build_services(store, Clock(TODAY))


@pytest.fixture
def gui_ask():
    """GUI tests: questions are answered from a queue; messages are logged, not shown."""
    from careleaver_app.gui.ask import ask

    ask.interactive = False
    ask.log.clear()
    ask._answers.clear()
    yield ask
    ask.interactive = True
    ask._answers.clear()


def type_into(qtbot, widget, text: str) -> None:
    """Type text as key presses, including letters QTest.keyClicks cannot (Zoë, Ó, ễ)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def type_text(qtbot):
    return lambda widget, text: type_into(qtbot, widget, text)
