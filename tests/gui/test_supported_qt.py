"""The installed PySide6 must not lose references to None on this Python (PySide6 6.12.0 does on
Python 3.11: the app aborts with "none_dealloc" after a few thousand Qt calls)."""

import ctypes
import sys

import pytest

from careleaver_app.gui.qt_support import PROBE_CALLS, drops_none_references


def test_installed_pyside6_keeps_its_references_to_none(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit

    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    assert not drops_none_references(), "this PySide6 build leaks None references on this Python: exclude it in pyproject.toml"
    # The calls a PA's typing makes most often.
    assert not drops_none_references(lambda: label.setVisible(True))
    assert not drops_none_references(lambda: edit.setPlaceholderText("x"))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+, so nothing can leak it")
def test_the_probe_sees_a_build_that_drops_references_to_none():
    dec, inc = ctypes.pythonapi.Py_DecRef, ctypes.pythonapi.Py_IncRef
    dec.argtypes = inc.argtypes = [ctypes.py_object]
    calls = []

    def leaking() -> None:  # what the broken build does on each call
        calls.append(1)
        dec(None)

    try:
        assert drops_none_references(leaking)
    finally:
        for _ in calls:  # give the references back
            inc(None)
    assert len(calls) == PROBE_CALLS + 1
    assert not drops_none_references(lambda: None)


def test_the_app_refuses_to_start_on_a_leaking_build(tmp_path, monkeypatch, capsys):
    from careleaver_app.gui import launch, qt_support

    monkeypatch.setattr(qt_support, "drops_none_references", lambda *a, **k: True)
    code = launch.run_gui(tmp_path / "x.db", demo=True, screenshot=str(tmp_path / "shot.png"))
    assert code == 2
    err = capsys.readouterr().err
    assert "known defect" in err and "PySide6" in err and "Python 3.12" in err
    assert not (tmp_path / "shot.png").exists()
    assert not (tmp_path / "x.db").exists()
