"""The command line: demo data, listing people, screenshot mode, calm errors."""

import os
import subprocess
import sys

import pytest

from careleaver_app import cli

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("CARELEAVER_PASSPHRASE", PASSPHRASE)  # undone after each test


def main(argv, passphrase=PASSPHRASE):
    """The command as a person runs it: the passphrase is in the environment each time (the
    command takes it out as it reads it)."""
    os.environ["CARELEAVER_PASSPHRASE"] = passphrase
    return cli.main(argv)


def raw_connection(db):
    """An SQLCipher connection to a CLI-made store (to tamper with it the way a newer version would)."""
    import sqlcipher3

    from careleaver_app.storage.keys import unlock
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{unlock(db, PASSPHRASE).hex()}'\"")
    return conn


def add_unhoused_care_leaver(db):
    """A care leaver whose OC3 row fails rule 153 (tests/support/returns.py), added to a CLI-made store."""
    from datetime import date

    from careleaver_app.app import build_services
    from careleaver_app.services.context import Clock
    from careleaver_app.storage.keys import unlock
    from careleaver_app.storage.store import Store
    from tests.support.returns import add_unhoused_care_leaver as add

    store = Store.open(db, unlock(db, PASSPHRASE))
    try:
        add(build_services(store, Clock(date(2026, 11, 22))))
    finally:
        store.close()


def test_demo_data_then_people_lists_id_name_and_pa(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo-data", "--people", "12", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["people", "--db", str(db), "--all"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 12
    pid, name, pa = lines[0].split("\t")
    assert len(pid) == 36 and name and pa


def test_demo_data_never_overwrites_an_existing_file(tmp_path, capsys):
    db = tmp_path / "precious.db"
    db.write_bytes(b"existing")
    assert main(["demo-data", "--db", str(db)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert db.read_bytes() == b"existing"


def test_a_newer_database_gives_a_calm_message_not_a_traceback(tmp_path, capsys):
    db = tmp_path / "newer.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    conn = raw_connection(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('careleaver_app', '9999_x', 'x')")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "newer version" in err and "Traceback" not in err


def test_screenshot_mode_saves_a_picture_of_the_populated_window(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "careleaver_app", "--demo", "--screenshot", str(out)],
                            env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    assert out.exists() and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage
    img = QImage(str(out))
    assert img.width() >= 1000 and img.height() >= 600


def test_a_wrong_passphrase_is_a_calm_message(tmp_path, capsys, monkeypatch):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    capsys.readouterr()
    assert main(["people", "--db", str(db)], "not the passphrase") == 2
    err = capsys.readouterr().err
    assert "passphrase is not right" in err and "Traceback" not in err


def test_the_store_the_cli_makes_is_encrypted(tmp_path):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    data = db.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"young_people" not in data and "Zoë".encode() not in data


def test_import_and_audit_verify_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    bad = tmp_path / "bad.csv"
    bad.write_text("legal_name,dob\nKai Reid,31/02/2008\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "caseload", "--csv", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "Row 2, dob: 31/02/2008 does not exist" in err and "nothing imported" in err
    good = tmp_path / "good.csv"
    good.write_text("legal_name,dob\nKai Reid,05/01/2008\nZoë Brown,06/02/2007\n", encoding="utf-8")
    assert main(["import", "caseload", "--csv", str(good), "--db", str(db), "--check"]) == 0
    assert "2 young people ready" in capsys.readouterr().out
    assert main(["import", "caseload", "--csv", str(good), "--db", str(db)]) == 0
    assert main(["audit", "verify", "--db", str(db)]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    conn = raw_connection(db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    conn.commit()
    conn.close()
    assert main(["audit", "verify", "--db", str(db)]) == 1
    assert "broken at entry 2" in capsys.readouterr().err


def test_cover_summary_from_the_command_line(tmp_path, capsys):
    from pypdf import PdfReader
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "12", "--db", str(db), "--as-at", "22/11/2026"])
    capsys.readouterr()
    assert main(["pdf", "cover", "--worker", "Nobody Here", "--from", "23/11/2026", "--to", "30/11/2026",
                 "--out", str(tmp_path / "x.pdf"), "--db", str(db)]) == 2
    assert "no worker called" in capsys.readouterr().err
    conn = raw_connection(db)
    pa = conn.execute("SELECT name FROM workers WHERE role = 'pa' ORDER BY name LIMIT 1").fetchone()[0]
    conn.close()
    out = tmp_path / "cover.pdf"
    assert main(["pdf", "cover", "--worker", pa, "--from", "23/11/2026", "--to", "30/11/2026", "--redacted",
                 "--out", str(out), "--db", str(db), "--as-at", "22/11/2026"]) == 0
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "Duty cover summary" in first and pa in first and "Redacted copy" in first


def test_returns_and_the_dashboard_from_the_command_line(tmp_path, capsys):
    from openpyxl import load_workbook

    db = tmp_path / "demo.db"
    assert main(["demo-data", "--db", str(db), "--as-at", "22/11/2026"]) == 0
    add_unhoused_care_leaver(db)
    out = tmp_path / "returns"
    out.mkdir()
    capsys.readouterr()
    today = ["--as-at", "22/11/2026"]
    # The demo has records that fail the checks: --check lists them; the export refuses and writes nothing.
    assert main(today + ["export", "oc3", "--db", str(db), "--year", "2026", "--check"]) == 1
    listed = capsys.readouterr()
    assert "LC990153\trule 153\t" in listed.out and "failing checks" in listed.err
    assert main(today + ["export", "oc3", "--db", str(db), "--year", "2026", "--out", str(out)]) == 2
    assert "Nothing was written" in capsys.readouterr().err and list(out.iterdir()) == []
    # Written anyway: every row that passes, the failing ones listed beside them, and exit code 1.
    assert main(today + ["export", "oc3", "--db", str(db), "--year", "2026", "--out", str(out), "--include-failing"]) == 1
    said = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["Header_2026.csv", "OC3_2026.csv", "OC3_2026_failing.csv"]
    assert "LC990153" not in (out / "OC3_2026.csv").read_text() and "LC990153" in (out / "OC3_2026_failing.csv").read_text("utf-8-sig")
    assert "left out" in said.err and "data team adds them" in said.err
    for p in out.iterdir():
        p.unlink()
    assert main(today + ["export", "oc3", "--db", str(db), "--year", "2030", "--out", str(out)]) == 2
    assert "has not started yet" in capsys.readouterr().err
    # Annex A and the dashboard.
    xlsx = out / "list9.xlsx"
    assert main(today + ["export", "annex-a", "--db", str(db), "--as-at", "31/03/2026", "--out", str(xlsx)]) == 0
    assert load_workbook(xlsx).active.cell(1, 1).value == "ChildUniqueID"
    assert main(today + ["export", "annex-a", "--db", str(db), "--as-at", "23/11/2026", "--out", str(out / "x.xlsx")]) == 2
    assert "in the future" in capsys.readouterr().err and not (out / "x.xlsx").exists()
    pdf = out / "dash.pdf"
    assert main(today + ["report", "dashboard", "--db", str(db), "--team", "leaving care north", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(today + ["report", "dashboard", "--db", str(db), "--team", "Nowhere", "--out", str(pdf)]) == 2
    assert "there is no team called 'Nowhere'" in capsys.readouterr().err


@pytest.mark.parametrize("scale, dark", [("1", False), ("1.5", False), ("1", True)])
def test_screenshots_are_of_a_1366_by_768_laptop(tmp_path, scale, dark):
    from PySide6.QtGui import QImage

    shots = {}
    for view in ("caseload", "contact-dialog"):
        out = tmp_path / f"{view}.png"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
        result = subprocess.run([sys.executable, "-m", "careleaver_app", "--demo", "--screenshot", str(out), "--view", view]
                                + (["--dark"] if dark else []), env=env, capture_output=True, text=True, timeout=90)
        assert result.returncode == 0, result.stderr
        shots[view] = QImage(str(out))
    window, dialog = shots["caseload"], shots["contact-dialog"]
    assert (window.width() in (1366, 1367), window.height()) == (True, 768)  # (910.67 points at 150%)
    assert 0 < dialog.width() <= window.width() and 0 < dialog.height() <= 768
    corner = window.pixelColor(window.width() - 5, window.height() // 2)
    assert (corner.lightness() < 80) == dark


# -- issue 19: calm messages, secrets --------------------------------------------------------------

@pytest.mark.parametrize("content", [b"[1, 2]", b"\x89\x00binary\xff", b'{"format": "careleaver-keys", "version": 1}'])
def test_a_damaged_key_file_is_one_calm_line_pointing_to_the_recovery_key(tmp_path, capsys, content):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    (tmp_path / "demo.db.keys").write_bytes(content)
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "damaged" in err and "recovery key" in err and "not right" not in err


def test_impossible_key_derivation_costs_are_damage_not_a_traceback(tmp_path, capsys):
    import json
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    kf = tmp_path / "demo.db.keys"
    d = json.loads(kf.read_text())
    d["kdf"]["n"] = 3
    d["version"] = 1
    d.pop("checksum")
    kf.write_text(json.dumps(d))
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "damaged" in err


def test_audit_verify_on_a_store_without_its_audit_table_is_calm(tmp_path, capsys):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "3", "--db", str(db)])
    conn = raw_connection(db)
    conn.execute("DROP TABLE audit_log")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["audit", "verify", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "audit trail is missing" in err


def test_a_bug_is_one_calm_line_and_goes_to_the_log(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CARELEAVER_LOG_DIR", str(tmp_path / "logs"))
    from careleaver_app import logs

    monkeypatch.setattr(logs, "_configured", None)

    def broken(args):
        raise ZeroDivisionError("a message quoting Zoë Kowalski")

    monkeypatch.setattr(cli, "cmd_people", broken)
    assert main(["people", "--db", str(tmp_path / "x.db")]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err and "Zoë" not in err
    logged = (tmp_path / "logs" / "careleaver.log").read_text()
    assert "ZeroDivisionError" in logged and "Zoë" not in logged


def test_the_passphrase_leaves_the_environment_and_core_dumps_are_off(tmp_path):
    import resource
    db = tmp_path / "demo.db"
    assert main(["demo-data", "--people", "2", "--db", str(db)]) == 0
    assert "CARELEAVER_PASSPHRASE" not in os.environ
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    code = "import os, sys; from careleaver_app.cli import main; main(sys.argv[1:]); print(os.environ.get('CARELEAVER_PASSPHRASE'))"
    out = subprocess.run([sys.executable, "-c", code, "people", "--db", str(db)], capture_output=True, text=True,
                         env=dict(os.environ, CARELEAVER_PASSPHRASE=PASSPHRASE), timeout=60).stdout
    assert out.strip().splitlines()[-1] == "None"


def test_wrong_passphrases_slow_down_from_one_run_of_the_command_to_the_next(tmp_path, capsys, monkeypatch):
    db = tmp_path / "demo.db"
    main(["demo-data", "--people", "2", "--db", str(db)])
    waited = []
    real = cli.pause
    monkeypatch.setattr(cli, "pause", lambda s: waited.append(s) or real(s))
    for _ in range(4):
        assert main(["people", "--db", str(db)], "not the passphrase") == 2
    assert waited and waited[-1] >= 1  # each run started afresh, but the count was kept beside the store
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 0
    assert "waiting" in capsys.readouterr().err


def test_a_young_persons_record_and_their_own_copy_from_the_command_line(tmp_path, capsys, monkeypatch):
    """Subject access: `export record` writes the PDF and the JSON; `export my-plan` their own copy,
    locked with a password from the environment; a wrong id or a short password is one calm line."""
    import json

    from pypdf import PdfReader

    db = tmp_path / "demo.db"
    assert main(["demo-data", "--people", "8", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["people", "--db", str(db)]) == 0
    pid, name, _ = capsys.readouterr().out.strip().splitlines()[0].split("\t")
    out = tmp_path / "sar"
    out.mkdir()
    assert main(["export", "record", "--person", pid, "--out", str(out), "--db", str(db), "--as-at", "22/11/2026"]) == 0
    written = capsys.readouterr().out
    pdf, js = sorted(out.iterdir(), key=lambda p: p.suffix, reverse=True)
    assert f"Wrote {pdf}" in written and f"Wrote {js}" in written
    assert json.loads(js.read_text(encoding="utf-8"))["details"]["legal_name"] == name
    assert name in " ".join(PdfReader(pdf).pages[0].extract_text().split())

    page = tmp_path / "my-plan.html"
    monkeypatch.setenv("CARELEAVER_MY_PLAN_PASSWORD", "purple otter 42")
    assert main(["export", "my-plan", "--person", pid, "--out", str(page), "--lock", "--db", str(db)]) == 0
    assert "(locked with a password)" in capsys.readouterr().out
    html = page.read_text(encoding="utf-8")
    assert "Your plan is locked" in html and name.split()[0] not in html
    assert "CARELEAVER_MY_PLAN_PASSWORD" not in os.environ  # taken out as it was read

    monkeypatch.setenv("CARELEAVER_MY_PLAN_PASSWORD", "short")
    assert main(["export", "my-plan", "--person", pid, "--out", str(tmp_path / "x.html"), "--lock", "--db", str(db)]) == 2
    assert "Password: use at least 10 characters" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
    assert main(["export", "record", "--person", "nobody", "--out", str(out), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "careleaver-app: That young person is not in this database." and "Traceback" not in err
