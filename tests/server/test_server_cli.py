"""The team server from the command line: IT makes a server, a team and a worker; the worker's
laptop joins and syncs; bad input gets one calm line."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from careleaver_app.cli import main
from careleaver_app.storage.server.cluster import LocalCluster

PASS = "correct horse battery staple"


@pytest.fixture
def server_dir():
    folder = Path(tempfile.mkdtemp(prefix="careleaver-pg-cli-"))
    folder.chmod(0o711)  # run as root, the cluster runs as postgres, which must pass through
    yield folder / "srv"
    LocalCluster(folder / "srv").remove()
    shutil.rmtree(folder, ignore_errors=True)


def test_it_makes_a_server_a_team_and_a_worker_whose_laptop_joins_and_syncs(server_dir, tmp_path, monkeypatch, capsys):
    data = str(server_dir)
    assert main(["server", "init", "--data", data, "--council", "cli_county", "--name", "CLI County"]) == 0
    out = capsys.readouterr().out
    assert "Team server for CLI County running" in out and "team join --server" in out
    assert main(["server", "add-team", "--data", data, "--council", "cli_county", "--name", "North",
                 "--duty-phone", "01632 960001"]) == 0
    monkeypatch.setenv("CARELEAVER_SERVER_PASSWORD", PASS)
    assert main(["server", "add-worker", "--data", data, "--council", "cli_county", "--name", "Priya Valente", "--role", "pa",
                 "--team", "North", "--login", "cli_priya"]) == 0
    assert "Added Priya Valente (Personal adviser) with the login cli_priya" in capsys.readouterr().out
    import os

    assert "CARELEAVER_SERVER_PASSWORD" not in os.environ  # read once, then gone

    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "a long laptop passphrase")
    monkeypatch.setenv("CARELEAVER_SERVER_PASSWORD", PASS)
    db = str(tmp_path / "laptop.db")
    assert main(["team", "join", "--db", db, "--server", str(LocalCluster(server_dir).socket_dir),
                 "--council", "cli_county", "--login", "cli_priya"]) == 0
    captured = capsys.readouterr()
    assert "now syncs with the team server as Priya Valente; 0 young people arrived" in captured.out
    assert "Recovery key" in captured.err
    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "a long laptop passphrase")  # each command takes it out as it reads it
    assert main(["sync", "--db", db]) == 0
    assert "Sent 0 changes, took 0. Team server: synced " in capsys.readouterr().out
    assert main(["server", "status", "--data", data]) == 0
    assert "councils: cli_county" in capsys.readouterr().out
    assert main(["server", "stop", "--data", data]) == 0
    # The laptop is offline now: calm, and nothing lost.
    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "a long laptop passphrase")
    assert main(["sync", "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("careleaver-app: The team server could not be reached") and "Traceback" not in err


@pytest.mark.parametrize("argv, message", [
    (["server", "init", "--data", "{d}", "--council", "Bad Code!", "--name", "X"], "A council code is 2 to 31 lower-case"),
    (["server", "start", "--data", "{d}"], "There is no team server in"),
    (["server", "add-team", "--data", "{d}", "--council", "qx", "--name", "North"], "make one with 'careleaver-app server init'"),
])
def test_bad_input_gets_one_calm_line(server_dir, argv, message, capsys):
    code = main([a.replace("{d}", str(server_dir)) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) <= 3


def test_a_wrong_server_password_is_refused_plainly(council, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "a long laptop passphrase")
    monkeypatch.setenv("CARELEAVER_SERVER_PASSWORD", "not the password at all")
    code = main(["team", "join", "--db", str(tmp_path / "l.db"), "--server", council.conninfo()["host"],
                 "--council", council.dbname[len("careleaver_"):], "--login", council.login("pa")])
    assert code == 2
    assert "The team server did not accept that login and password." in capsys.readouterr().err
