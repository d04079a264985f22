"""Every window and dialog fits a 1366×768 laptop, at 100% and at 150% scaling (910×512 points):
it fits, scrolls or reflows, and its buttons stay on the screen. Checked in a fresh process for
each scale, since Qt takes the screen and the scale factor when it starts."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}]}


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_window_fits_a_1366_by_768_screen(tmp_path, scale):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(LAPTOP))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale,
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, "-m", "tests.gui.screen_check"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["screen"] == ([1366, 768] if scale == "1" else [911, 512])
    assert result["problems"] == []
