"""Build the wheel, install it the way a council laptop without admin rights does, and smoke-test it.

    python scripts/smoke_wheel.py [--python PYTHON] [--keep DIR]

The wheel is built from a clean copy of the sources (nothing a previous build left behind), then
installed non-editable with ``pip install --user`` into a fresh, empty user folder
(``PYTHONUSERBASE``) of PYTHON (default: this Python), and scripts/smoke_test.py runs the
installed ``careleaver-app`` from the filesystem's root folder: a plan, a cover summary, the
dashboard, Annex A, the 903 checks and a screenshot. It fails if the app is imported from
anywhere but that user folder. CI runs it (.ci/run). Exit code 0 when it passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What a build reads; anything else in the checkout (tests, benchmarks' data, an old build/) is left out.
BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md", "LICENSES", "careleaver_app")


def copy_sources(dest: Path) -> Path:
    """The files a wheel is built from, without caches or an earlier build's leftovers."""
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    dest.mkdir(parents=True, exist_ok=True)
    for name in BUILD_INPUTS:
        item = REPO / name
        if item.is_dir():
            shutil.copytree(item, dest / name, ignore=junk)
        elif item.is_file():
            shutil.copy2(item, dest / name)
    return dest


def build_wheel(python: str, work: Path, *, isolated: bool = True) -> Path:
    src = copy_sources(work / "src")
    out = work / "dist"
    cmd = [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(src)]
    if not isolated:
        cmd.insert(4, "--no-build-isolation")
    subprocess.run(cmd, check=True, timeout=600)
    (wheel,) = out.glob("careleaver_app-*.whl")
    return wheel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="the Python to install into (default: this one)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
        return smoke(args.python, work)
    with tempfile.TemporaryDirectory(prefix="careleaver-wheel-") as folder:
        return smoke(args.python, Path(folder))


def smoke(python: str, work: Path) -> int:
    wheel = build_wheel(python, work)
    print(f"Built {wheel.name}")
    userbase = work / "userbase"
    env = dict(os.environ, PYTHONUSERBASE=str(userbase), PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--user", "--no-warn-script-location", str(wheel)],
                   check=True, env=env, cwd=os.sep, timeout=1800)
    where = subprocess.run([python, "-c", "import sysconfig, os, careleaver_app; "
                            "print(sysconfig.get_path('scripts', os.name + '_user')); print(careleaver_app.__file__)"],
                           check=True, env=env, cwd=os.sep, capture_output=True, text=True).stdout.splitlines()
    scripts, package = Path(where[0]), Path(where[1])
    if userbase.resolve() not in package.resolve().parents:
        print(f"FAIL careleaver_app was imported from {package}, not from the fresh user install in {userbase}", file=sys.stderr)
        return 1
    app = scripts / ("careleaver-app.exe" if os.name == "nt" else "careleaver-app")
    print(f"Installed with --user: {package.parent}")
    return subprocess.run([python, str(REPO / "scripts" / "smoke_test.py"), str(app)], env=env, cwd=os.sep).returncode


if __name__ == "__main__":
    raise SystemExit(main())
