"""What the wheel carries: built from a copy of the sources, exactly as pip builds it for IT.

(Installing it into a fresh Python and running it is scripts/smoke_wheel.sh, which CI runs.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "careleaver_app"


def sources_for_the_wheel(dest: Path) -> Path:
    """A copy of the sources a build may read, without anything a previous build, a benchmark or
    a test run left behind (so the wheel is what a clean clone gives)."""
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for item in REPO.iterdir():
        if item.name in SKIP or item.name.startswith("."):
            continue
        if item.is_dir():
            shutil.copytree(item, dest / item.name, ignore=junk)
        else:
            shutil.copy2(item, dest / item.name)
    return dest


SKIP = {"build", "dist", "benchmarks", "tests", "docs", "careleaver_app.egg-info"}


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    src = sources_for_the_wheel(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(src)],
                   check=True, capture_output=True, timeout=300)
    (built,) = out.glob("careleaver_app-*.whl")
    with zipfile.ZipFile(built) as zf:
        yield zf


def shipped_resources() -> list[str]:
    base = PACKAGE / "resources"
    return sorted(p.relative_to(REPO).as_posix() for p in base.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def test_the_wheel_carries_every_resource_inside_the_package(wheel):
    names = set(wheel.namelist())
    fonts = [r for r in shipped_resources() if "/fonts/" in r]
    assert "careleaver_app/resources/fonts/DejaVuSans.ttf" in fonts and len(fonts) >= 12
    missing = [r for r in shipped_resources() if r not in names]
    assert missing == []


def test_the_wheel_installs_nothing_outside_the_package(wheel):
    # data-files (".data/data/share/…") land under sys.prefix, which --user and --target installs
    # do not use: the fonts were then missing and every PDF failed.
    outside = [n for n in wheel.namelist() if not n.startswith(("careleaver_app/", "careleaver_app-"))]
    assert outside == []
    assert not [n for n in wheel.namelist() if ".data/" in n]


def test_the_version_is_written_once_and_the_wheel_takes_it_from_the_package(wheel):
    import tomllib

    import careleaver_app

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    assert f"\nVersion: {careleaver_app.__version__}\n" in wheel.read(metadata).decode()


def test_version_on_the_command_line(capsys):
    import careleaver_app
    from careleaver_app.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"careleaver-app {careleaver_app.__version__}\n"
