"""What the wheel carries: built from a copy of the sources, exactly as pip builds it for IT.

(Installing it into a fresh Python and running it is scripts/smoke_wheel.py, which CI runs.)
"""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "careleaver_app"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel, built from a clean copy of the sources as scripts/smoke_wheel.py builds it (without
    build isolation here, so no backend is fetched)."""
    built = load_script("smoke_wheel").build_wheel(sys.executable, tmp_path_factory.mktemp("wheel"), isolated=False)
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
