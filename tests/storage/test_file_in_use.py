"""Saving over a file another program has open (Excel, Acrobat: on Windows the save then fails
with PermissionError): the user is told to close it there and try again; nothing is half-saved."""

from datetime import date

import pytest

from careleaver_app.domain.errors import ExportRefused
from careleaver_app.safe_files import write_all_private, write_private
from tests.support.held_files import held_by_another_program


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".part", ".previous"))


@pytest.mark.parametrize("name, program", [("plan.pdf", "Close it in Acrobat"), ("list9.xlsx", "Close it in Excel"),
                                           ("OC3_2026.csv", "Close it in Excel"), ("pa.clpack", "Close it in the program")])
def test_saving_over_a_held_file_says_close_it_and_try_again(tmp_path, name, program):
    target = tmp_path / name
    with held_by_another_program(target):
        with pytest.raises(ExportRefused) as refused:
            write_private(target, b"new")
        assert target.read_bytes() == b"the copy open in Excel"
    message = str(refused.value)
    assert message.startswith(f"{name} could not be saved") and f"{program}" in message and "try again" in message
    assert leftovers(tmp_path) == []


def test_two_files_saved_as_one_leave_neither_when_one_is_held(tmp_path):
    (tmp_path / "out").mkdir()
    oc3, header = tmp_path / "out" / "OC3_2026.csv", tmp_path / "out" / "Header_2026.csv"
    with held_by_another_program(header):
        with pytest.raises(ExportRefused, match="Header_2026.csv could not be saved"):
            write_all_private([(oc3, b"CHILD\n"), (header, b"LA\n")])
        assert not oc3.exists()
    assert leftovers(tmp_path / "out") == []


def test_the_oc3_return_over_a_file_open_in_excel(demo_services, tmp_path):
    out = tmp_path / "returns"
    out.mkdir()
    with held_by_another_program(out / "OC3_2026.csv"):
        with pytest.raises(ExportRefused, match="OC3_2026.csv could not be saved.*Close it in Excel and try again"):
            demo_services.returns.write_oc3(2026, out)
    assert not (out / "Header_2026.csv").exists()


def test_annex_a_and_the_dashboard_over_files_that_are_open(demo_services, tmp_path):
    from careleaver_app.services.people import Scope, ScopeKind

    with held_by_another_program(tmp_path / "list9.xlsx"):
        with pytest.raises(ExportRefused, match="Close it in Excel and try again"):
            demo_services.returns.write_annex_a(date(2026, 3, 31), tmp_path / "list9.xlsx")
    with held_by_another_program(tmp_path / "dash.pdf"):
        with pytest.raises(ExportRefused, match="Close it in Acrobat"):
            demo_services.dashboard.write_pdf(Scope(ScopeKind.ALL), date(2026, 3, 31), tmp_path / "dash.pdf")


def test_the_command_line_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    from careleaver_app.cli import main

    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "synthetic demo only")
    db = tmp_path / "store.db"
    assert main(["demo-data", "--people", "4", "--db", str(db)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CARELEAVER_PASSPHRASE", "synthetic demo only")  # each command takes it out once read
    with held_by_another_program(tmp_path / "list9.xlsx"):
        assert main(["export", "annex-a", "--as-at", "31/03/2026", "--out", str(tmp_path / "list9.xlsx"), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("careleaver-app: list9.xlsx could not be saved") and "Close it in Excel and try again" in err
    assert "Traceback" not in err


def test_a_clean_oc3_export_while_last_times_failing_list_is_open_in_excel(demo_services, tmp_path):
    # A clean export removes the list of failing rows an earlier "write anyway" left; on Windows
    # that list, open in Excel, cannot be removed: the save says so and writes nothing.
    out = tmp_path / "returns"
    out.mkdir()
    with held_by_another_program(out / "OC3_2026_failing.csv", b"CHILD,DOB\n"):
        with pytest.raises(ExportRefused, match="could not be saved.*Close it in Excel and try again"):
            demo_services.returns.write_oc3(2026, out)
        assert not (out / "OC3_2026.csv").exists() and not (out / "Header_2026.csv").exists()
        assert (out / "OC3_2026_failing.csv").read_bytes() == b"CHILD,DOB\n"
    assert leftovers(out) == []
    assert [p.name for p in demo_services.returns.write_oc3(2026, out)] == ["OC3_2026.csv", "Header_2026.csv"]
    assert not (out / "OC3_2026_failing.csv").exists()


def test_files_removed_with_a_save_come_back_when_the_save_fails(tmp_path):
    keep, gone = tmp_path / "a.csv", tmp_path / "old_failing.csv"
    gone.write_bytes(b"old")
    with held_by_another_program(tmp_path / "b.csv"):
        with pytest.raises(ExportRefused, match="b.csv could not be saved"):
            write_all_private([(keep, b"A\n"), (tmp_path / "b.csv", b"B\n")], remove=[gone])
        assert gone.read_bytes() == b"old" and not keep.exists()
    assert leftovers(tmp_path) == []
