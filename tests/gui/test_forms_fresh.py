"""Every compiled form matches its ui/*.ui source (run scripts/compile_ui.py after editing)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
compile_ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_ui)

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_there_are_forms():
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file):
    target = compile_ui.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run python scripts/compile_ui.py"
    assert compile_ui.without_header(target.read_text()) == compile_ui.without_header(compile_ui.compile_ui(ui_file)), (
        f"{target.name} is stale: run python scripts/compile_ui.py"
    )
