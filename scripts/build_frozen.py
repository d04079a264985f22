"""Build the frozen app from packaging/careleaver_app.spec and smoke-test it.

    python scripts/build_frozen.py [--team] [--no-build]

Run it in a Python environment that has the locked build requirements and the app installed
(docs/packaging.md: ``pip install --require-hashes -r packaging/requirements-lock.txt`` then
``pip install --no-deps .``). It runs PyInstaller (dist/careleaver_app/, and on macOS
dist/careleaver_app.app), then scripts/smoke_test.py against the frozen console executable
(``--team`` adds demo-team, which needs PostgreSQL's programs), and finally checks that running
the app wrote nothing into its own folder (so it can be installed read-only). The Windows and
macOS installer scripts in packaging/ call it. Exit code 0 when the build and every check passed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "careleaver_app.spec"
DIST = REPO / "dist"


def frozen_folder() -> Path:
    if sys.platform == "darwin":
        return DIST / "careleaver_app.app"
    return DIST / "careleaver_app"


def console_executable() -> Path:
    name = "careleaver-app.exe" if os.name == "nt" else "careleaver-app"
    if sys.platform == "darwin":
        return frozen_folder() / "Contents" / "MacOS" / name
    return frozen_folder() / name


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: its size and modification time."""
    out = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            out[path.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


def build() -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(REPO / "build" / "pyinstaller"), str(SPEC)],
                   cwd=REPO, check=True)
    return time.monotonic() - start


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--team", action="store_true", help="the smoke test also starts demo-team (needs PostgreSQL's programs)")
    parser.add_argument("--no-build", action="store_true", help="only smoke-test the app already in dist/")
    args = parser.parse_args(argv)
    if not args.no_build:
        seconds = build()
        print(f"Built {frozen_folder().relative_to(REPO)} in {seconds / 60:.1f} minutes ({size_mb(frozen_folder()):.0f} MB)")
    before = snapshot(frozen_folder())
    team = ["--team"] if args.team else []
    smoke = [sys.executable, str(REPO / "scripts" / "smoke_test.py"), *team, str(console_executable())]
    if subprocess.run(smoke).returncode != 0:
        return 1
    after = snapshot(frozen_folder())
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if changed:
        print("FAIL the app wrote into its own folder: " + ", ".join(changed[:20]), file=sys.stderr)
        return 1
    print(f"Nothing was written into {frozen_folder().relative_to(REPO)} while it ran")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
