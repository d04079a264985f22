"""Take the screenshots in docs/screenshots/: the caseload, a record, the plan, the contact dialog
and the PDF preview on a 1366×768 laptop at 100% and at 150% scaling, and in a dark palette.

Run:  python scripts/screenshots.py   (offscreen; synthetic demo data only; about a minute)
Look at every one afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
VIEWS = ("caseload", "record", "plan", "contact-dialog", "pdf-preview")
VARIANTS = {"100": ({}, []), "150": ({"QT_SCALE_FACTOR": "1.5"}, []), "dark": ({}, ["--dark"])}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    for view in VIEWS:
        for variant, (env_extra, args) in VARIANTS.items():
            out = OUT / f"{view}-{variant}.png"
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
            env.pop("QT_SCALE_FACTOR", None) if not env_extra else None
            run = subprocess.run([sys.executable, "-m", "careleaver_app", "--demo", "--as-at", "22/11/2026", "--screenshot", str(out),
                                  "--view", view, *args], env=env, capture_output=True, text=True, cwd=ROOT)
            if run.returncode:
                failed += 1
                print(f"{out.name}: failed\n{run.stderr[-2000:]}", file=sys.stderr)
            else:
                print(out.relative_to(ROOT))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
