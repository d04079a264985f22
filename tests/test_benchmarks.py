"""The benchmark runner at a small size: it must finish and produce every figure (not a timing test)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"cold_start", "record_open", "record_tab", "caseload_filter", "caseload_all", "search", "worktray_team", "dashboard_service", "plan_pdf",
        "cover_pdf", "export_oc3", "export_annex_a", "peak_memory"}


def test_the_benchmark_runs_at_a_small_size_and_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--people", "30", "--runs", "1", "--data", str(tmp_path / "data"),
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    results = {r["key"]: r for r in report["results"]}
    assert set(results) == KEYS
    assert all(r["median_ms"] > 0 for r in results.values())
    assert report["counts"]["young_people"] == 30 and report["counts"]["contacts"] > 0
    assert report["minimal_window_ms"] > 0 and report["bare_window_ms"] > 0
    assert "| Operation | Median | Budget |" in done.stdout


def test_the_sync_benchmark_runs_at_a_small_size_with_a_short_stress(tmp_path):
    out = tmp_path / "sync.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks.sync", "--people", "30", "--runs", "1", "--data", str(tmp_path / "data"),
                           "--out", str(out), "--stress-minutes", "0.1", "--laptops", "2"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {r["key"]: r for r in json.loads(out.read_text())["results"]}
    assert set(results) == {"first_sync_team", "first_sync_council", "sync_nothing_new", "push_300", "rls_cost", "stress"}
    assert all(r["median_ms"] > 0 for r in results.values())
    assert results["stress"]["within"], results["stress"]["note"]  # nothing lost or duplicated, no deadlock
    assert "| Operation | Median | Budget |" in done.stdout
