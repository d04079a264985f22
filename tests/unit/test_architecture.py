"""Layer rules: Qt only in gui; SQLite only in storage; domain depends on nothing of ours."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "careleaver_app"


def imports(path: Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, 0
        elif isinstance(node, ast.ImportFrom):
            yield node.module or "", node.level


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0] if len(rel) > 1 else ""


def resolve(path: Path, module: str, level: int) -> str:
    if level == 0:
        return module
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)[:-level]
    return ".".join(parts + ([module] if module else []))


FILES = [p for p in PACKAGE.rglob("*.py")]


def test_files_found():
    assert len(FILES) > 10


def test_only_gui_imports_qt():
    bad = [str(p.relative_to(PACKAGE)) for p in FILES if layer_of(p) != "gui"
           and any(m.split(".")[0] == "PySide6" for m, lvl in imports(p) if lvl == 0)]
    assert bad == []


def test_only_storage_imports_sqlite():
    bad = [str(p.relative_to(PACKAGE)) for p in FILES if layer_of(p) != "storage"
           and any(m.split(".")[0] in ("sqlite3", "sqlite_utils", "sqlcipher3") for m, lvl in imports(p) if lvl == 0)]
    assert bad == []


def test_only_storage_reaches_postgresql():
    """The team server's driver is storage's, like SQLite's: services and the GUI never touch it."""
    bad = [str(p.relative_to(PACKAGE)) for p in FILES if layer_of(p) != "storage"
           and any(m.split(".")[0] == "psycopg" for m, lvl in imports(p) if lvl == 0)]
    assert bad == []


def test_domain_imports_only_itself_stdlib_and_dateutil():
    bad = []
    for p in FILES:
        if layer_of(p) != "domain":
            continue
        for m, lvl in imports(p):
            full = resolve(p, m, lvl)
            if full.startswith("careleaver_app") and not full.startswith("careleaver_app.domain"):
                bad.append((p.name, full))
            if lvl == 0 and m.split(".")[0] in ("PySide6", "sqlite_utils", "sqlite3", "reportlab", "openpyxl", "psycopg"):
                bad.append((p.name, m))
    assert bad == []


def test_layers_point_down():
    """storage, reports and exports never import services or gui; services never import gui; gui never
    imports storage."""
    forbidden = {"storage": ("services", "gui", "reports", "exports"), "reports": ("services", "gui", "storage"),
                 "exports": ("services", "gui", "storage"), "services": ("gui",),
                 "gui": ("storage",), "demo": ("gui",)}  # the GUI reaches storage through services (errors, backups) and app.py
    bad = []
    for p in FILES:
        layer = layer_of(p)
        for m, lvl in imports(p):
            full = resolve(p, m, lvl)
            for f in forbidden.get(layer, ()):
                if full.startswith(f"careleaver_app.{f}"):
                    bad.append((str(p.relative_to(PACKAGE)), full))
    assert bad == []


def test_only_the_entry_points_import_the_demo():
    """The demo generator (careleaver_app/demo) sits above services and storage, beside the command
    line: only cli.py, app.py (``fill_demo``, for the GUI's --demo) and demo_team.py import it, so
    no rule or screen can come to depend on synthetic data."""
    allowed = {"cli.py", "app.py", "demo_team.py"}
    bad = []
    for p in FILES:
        rel = p.relative_to(PACKAGE)
        if layer_of(p) == "demo" or str(rel) in allowed:
            continue
        for m, lvl in imports(p):
            full = resolve(p, m, lvl)
            if full == "careleaver_app.demo" or full.startswith("careleaver_app.demo."):
                bad.append((str(rel), full))
    assert bad == []


def direct_imports(module: str) -> set[str]:
    """The project modules ``careleaver_app.<module>`` imports, at the top or inside functions."""
    path = PACKAGE / (module.replace(".", "/") + ".py")
    out = set()
    for m, lvl in imports(path):
        full = resolve(path, m, lvl)
        if full.startswith("careleaver_app."):
            out.add(full.removeprefix("careleaver_app."))
    return out


def test_opening_migrating_and_backing_up_do_not_import_one_another_in_a_circle():
    """database opens and migrates; migrations are handed the backup step (Store.open passes it);
    backup uses database. So migrations imports neither database nor backup (nor sync, the
    team laptop's push before upgrading), and database does not import backup, sync or store."""
    assert direct_imports("storage.migrations") & {"storage.database", "storage.backup", "storage.sync", "storage.store"} == set()
    assert direct_imports("storage.database") & {"storage.backup", "storage.sync", "storage.store"} == set()
    assert "storage.database" in direct_imports("storage.backup")  # the one direction left
