"""Remake packaging/requirements-lock.txt: every package the app and its frozen build need, pinned
with the hashes of every wheel published for it, for Windows, macOS and Linux and Python 3.11+.

    pip install uv && python scripts/update_lock.py

Run it after changing a dependency in pyproject.toml (tests/test_packaging.py fails until the lock
agrees with pyproject), commit the result, and build installers only from the lock:
``pip install --require-hashes -r packaging/requirements-lock.txt`` (see docs/packaging.md).
uv is used because it resolves once for every platform and Python at the same time (pip-compile
resolves only for the machine it runs on, which would leave out Windows' and macOS' own packages).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "packaging" / "requirements-lock.txt"


def main() -> int:
    cmd = ["uv", "pip", "compile", "pyproject.toml", "--extra", "freeze", "--universal", "--generate-hashes",
           "--python-version", "3.11", "--custom-compile-command", "python scripts/update_lock.py", "-o", str(LOCK)]
    try:
        return subprocess.run(cmd, cwd=REPO).returncode
    except FileNotFoundError:
        print("update_lock: uv is not installed (pip install uv)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
