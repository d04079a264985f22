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


def required_distributions() -> set[str]:
    """The distributions careleaver-app requires on this Python and platform (markers evaluated)."""
    from importlib.metadata import requires

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    out = set()
    for line in requires("careleaver-app") or []:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            out.add(canonicalize_name(req.name))
    return out


def qt_modules_the_app_imports() -> set[str]:
    import re

    found = set()
    for path in PACKAGE.rglob("*.py"):
        found |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_each_qt_module_the_app_imports_comes_from_a_wheel_it_requires():
    # QtPdf moved from PySide6-Addons into its own PySide6-Pdf wheel in 6.12: whichever Qt this
    # Python gets, the wheel holding each module the app uses must be a direct requirement.
    from importlib.metadata import distributions

    from packaging.utils import canonicalize_name

    modules = qt_modules_the_app_imports()
    assert {"QtCore", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets"} <= modules
    carrier = {}
    for dist in distributions():
        for f in dist.files or []:
            parts = f.parts
            binary = parts[-1].endswith((".so", ".pyd"))  # the module itself, not its type stubs
            if len(parts) == 2 and parts[0] == "PySide6" and binary and parts[1].split(".")[0] in modules:
                carrier[parts[1].split(".")[0]] = canonicalize_name(dist.metadata["Name"])
    assert set(carrier) == modules
    required = required_distributions()
    assert {m: d for m, d in carrier.items() if d not in required} == {}


def test_not_the_pyside6_meta_package_which_brings_qt_webengine():
    assert "pyside6" not in required_distributions()


def test_the_wheel_declares_its_licence_and_carries_the_notices(wheel):
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    text = wheel.read(metadata).decode()
    assert "\nLicense-Expression: MIT\n" in text and "\nLicense: " not in text  # not the deprecated table
    licences = {n.split(".dist-info/licenses/", 1)[1] for n in wheel.namelist() if ".dist-info/licenses/" in n}
    assert {"LICENSE", "THIRD-PARTY-NOTICES.md", "LICENSES/LGPL-3.0-only.txt", "LICENSES/GPL-3.0-only.txt",
            "LICENSES/Apache-2.0.txt", "careleaver_app/resources/fonts/LICENSE-Noto.txt"} <= licences


def dependency_closure() -> dict[str, str]:
    """Every distribution the installed app depends on, directly or not (extras followed, markers
    evaluated here): canonical name -> its declared licence."""
    from importlib.metadata import distribution

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    found: dict[str, str] = {}
    todo = [("careleaver-app", frozenset())]
    while todo:
        name, extras = todo.pop()
        dist = distribution(name)
        found[canonicalize_name(name)] = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in (extras or {""})):
                continue
            if canonicalize_name(req.name) not in found:
                todo.append((req.name, frozenset(req.extras)))
    del found["careleaver-app"]
    return found


def test_every_package_the_app_is_built_on_is_in_the_third_party_notices():
    import re

    from packaging.utils import canonicalize_name

    notices = (REPO / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    named = {canonicalize_name(w) for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]*", notices)}
    closure = dependency_closure()
    assert {"pyside6-essentials", "sqlcipher3", "psycopg-binary", "reportlab"} <= set(closure)
    assert sorted(set(closure) - named) == []
    for spdx in ("LGPL-3.0-only", "Apache-2.0"):  # the texts the notices point to are there
        assert (REPO / "LICENSES" / f"{spdx}.txt").read_text().strip()


LOCK = REPO / "packaging" / "requirements-lock.txt"
# Where installers are built: Windows, macOS and Linux, on each supported Python.
BUILD_ENVIRONMENTS = [
    {"python_version": py, "python_full_version": f"{py}.0", "sys_platform": plat, "platform_system": system,
     "implementation_name": "cpython", "platform_python_implementation": "CPython", "os_name": os_name, "extra": ""}
    for py in ("3.11", "3.12", "3.13")
    for plat, system, os_name in (("win32", "Windows", "nt"), ("darwin", "Darwin", "posix"), ("linux", "Linux", "posix"))
]


def locked() -> dict[str, list]:
    """The lock's pins: canonical name -> [(version, marker or None)]; each must carry hashes."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins: dict[str, list] = {}
    text = LOCK.read_text().replace("\\\n", " ")
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        spec, _, hashes = line.partition(" --hash=")
        assert hashes.startswith("sha256:"), f"no hashes for {spec}"
        req = Requirement(spec)
        (pin,) = req.specifier
        assert pin.operator == "=="
        pins.setdefault(canonicalize_name(req.name), []).append((pin.version, req.marker))
    return pins


def test_the_lock_pins_every_requirement_for_every_platform_and_python():
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["freeze"]]
    pins = locked()
    problems = []
    for env in BUILD_ENVIRONMENTS:
        for req in wanted:
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            chosen = [v for v, marker in pins.get(canonicalize_name(req.name), []) if marker is None or marker.evaluate(env)]
            if len(chosen) != 1 or chosen[0] not in req.specifier:
                problems.append(f"{req} on {env['sys_platform']} Python {env['python_version']}: lock has {chosen}")
    assert problems == [], "run python scripts/update_lock.py"


def test_the_lock_keeps_qt_6_12_0_away_from_python_3_11():
    pins = locked()
    env = next(e for e in BUILD_ENVIRONMENTS if e["python_version"] == "3.11" and e["sys_platform"] == "win32")
    qt = {name: v for name in ("pyside6-essentials", "pyside6-addons", "shiboken6")
          for v, marker in pins[name] if marker is None or marker.evaluate(env)}
    assert all(v.startswith(("6.10.", "6.11.")) for v in qt.values()), qt
    assert "pyside6" not in pins and "pyside6-webengine" not in pins


def test_two_entry_points_a_console_one_for_commands_and_a_windowed_one(wheel):
    import configparser

    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    ep = configparser.ConfigParser()
    ep.read_string(wheel.read(entry_points).decode())
    assert dict(ep["console_scripts"]) == {"careleaver-app": "careleaver_app.cli:main"}
    assert dict(ep["gui_scripts"]) == {"careleaver-app-gui": "careleaver_app.cli:main_gui"}


WINDOWED = """
import sys
sys.stdin = sys.stdout = sys.stderr = None  # what a windowed process (pythonw, a frozen windowed exe) has
from careleaver_app.cli import main_gui
code = main_gui(sys.argv[1:])
open(sys.argv[-1] + ".code", "w").write(str(code))
"""


def test_the_windowed_entry_point_works_without_standard_streams(tmp_path):
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "CARELEAVER_PASSPHRASE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    shot = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-c", WINDOWED, "--demo", "--screenshot", str(shot)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert (tmp_path / "shot.png.code").read_text() == "0" and shot.stat().st_size > 10_000
    # A command that would ask for the passphrase in a terminal: there is none, so it stops calmly.
    store = tmp_path / "store.db"
    subprocess.run([sys.executable, "-m", "careleaver_app", "demo-data", "--people", "2", "--db", str(store)],
                   env=dict(env, CARELEAVER_PASSPHRASE="synthetic demo only"), check=True, capture_output=True, timeout=300)
    done = subprocess.run([sys.executable, "-c", WINDOWED, "people", "--db", str(store)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr
    assert (tmp_path / "store.db.code").read_text() == "2"


# The frozen app and the installers (built by scripts/build_frozen.py and packaging/*/build_*,
# which cannot run in the suite): what they say must agree with each other and with the app.
UPGRADE_CODE = "F6B97616-ADAC-430C-AE5B-6696016FB419"  # never changes (see careleaver_app.wxs)


def test_the_windows_installer_is_per_machine_with_the_stable_upgrade_code():
    import xml.etree.ElementTree as ET

    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    root = ET.parse(REPO / "packaging" / "windows" / "careleaver_app.wxs").getroot()
    package = root.find("w:Package", ns)
    assert package.get("UpgradeCode") == UPGRADE_CODE
    assert package.get("Scope") == "perMachine" and package.get("Version") == "$(Version)"
    assert package.find("w:MajorUpgrade", ns) is not None
    shortcut = root.find(".//w:Shortcut", ns)
    assert shortcut.get("Target") == "[INSTALLFOLDER]careleaver-app-gui.exe"  # the windowed one
    assert root.find(".//w:Files", ns).get("Include") == "!(bindpath.App)\\**"
    script = (REPO / "packaging" / "windows" / "build_msi.ps1").read_text()
    assert '-d "Version=$version"' in script and "-bindpath \"App=$app\"" in script
    assert "signtool sign /fd SHA256 /tr" in script.replace("& $signtool", "signtool") and "verify /pa" in script


def test_the_spec_makes_a_windowed_and_a_console_executable_from_the_one_version():
    import re

    import careleaver_app

    spec = (REPO / "packaging" / "careleaver_app.spec").read_text()
    assert 'executable("careleaver-app-gui", console=False)' in spec
    assert 'executable("careleaver-app", console=True)' in spec
    pattern = re.search(r"re\.search\(r'(.+?)', \(REPO / \"careleaver_app\" / \"__init__.py\"\)", spec)[1]
    assert re.search(pattern, (PACKAGE / "__init__.py").read_text(), re.M)[1] == careleaver_app.__version__
    assert "(6, 12)" in spec and '"14.0"' in spec and '"13.0"' in spec  # macOS minimum follows the PySide6 wheels
    assert (REPO / "packaging" / "icons" / "careleaver_app.ico").stat().st_size > 0


def test_the_macos_entitlements_and_the_icons_are_well_formed():
    import plistlib

    from PIL import Image

    entitlements = plistlib.loads((REPO / "packaging" / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}
    ico = Image.open(REPO / "packaging" / "icons" / "careleaver_app.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    assert Image.open(REPO / "packaging" / "icons" / "careleaver_app.icns").size == (1024, 1024)
