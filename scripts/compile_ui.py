"""Compile ui/*.ui (Qt Designer forms) into careleaver_app/gui/forms/*_ui.py.

Run after editing a form:  python scripts/compile_ui.py
The compiled files are committed (generated: do not edit them by hand);
tests/gui/test_forms_fresh.py fails when one is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "careleaver_app" / "gui" / "forms"


def uic_executable() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_ui(ui_file: Path) -> str:
    out = subprocess.run([uic_executable(), "-g", "python", str(ui_file)],
                         check=True, capture_output=True, text=True)
    return out.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}_ui.py"


def without_header(code: str) -> str:
    """The compiled code minus the comment banner (it names the uic version)."""
    return "\n".join(line for line in code.splitlines() if not line.startswith("#")).strip()


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by scripts/compile_ui.py: do not edit by hand."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_ui(ui_file))
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
