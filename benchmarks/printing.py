"""How long printing takes, and how much memory and spool it needs (measured, never a timed test).

    python -m benchmarks.printing          # a 5-page pathway plan and a cover summary for 66 young people

Each document is printed through the app's own print path (``PdfPreviewDialog.render_to``) to a
1200 dpi printer writing its job to a file, in a fresh process so the peak memory is its own.
Budgets (issue 20): a 5-page plan in under 5 s and 300 MB; an 87-page cover summary in under 60 s.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 22)


def make_documents(folder: Path) -> dict[str, Path]:
    from careleaver_app.app import build_services
    from careleaver_app.domain.cover import Absence
    from careleaver_app.services.context import Clock
    from careleaver_app.demo import generate_demo
    from careleaver_app.services.people import Scope, ScopeKind
    from careleaver_app.storage.store import Store

    store = Store.open(folder / "demo.db", b"p" * 32)
    demo = generate_demo(store, people=200, today=TODAY)
    s = build_services(store, Clock(TODAY))
    pa = max(demo.workers["pa"], key=lambda w: len(s.people.caseload(Scope(ScopeKind.WORKER, w))))  # the fullest caseload
    plans = [p for p in (s.plans.current(r.id) for r in s.people.caseload(Scope(ScopeKind.ALL))) if p is not None]
    from pypdf import PdfReader

    plan_pdf = min((s.plans.pdf(p.id) for p in plans[:40]), key=lambda b: abs(len(PdfReader(io.BytesIO(b)).pages) - 5))  # 5 pages
    absence = Absence(pa, "planned", TODAY, TODAY + timedelta(days=15), cover_worker_id=demo.workers["duty"][0])
    s.cover.save_absence(absence)
    out = {"plan": folder / "plan.pdf", "cover": folder / "cover.pdf"}
    out["plan"].write_bytes(plan_pdf)
    out["cover"].write_bytes(s.cover.summary_pdf(pa, TODAY, TODAY + timedelta(days=14), absence=absence))
    store.close()
    return out


def print_one(path: str) -> dict:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from careleaver_app.gui.pdf_preview import PdfPreviewDialog

    app = QApplication([])  # noqa: F841
    dlg = PdfPreviewDialog(Path(path).read_bytes(), "Print", "print.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    job = path + ".job"
    printer.setOutputFileName(job)
    started = time.perf_counter()
    dlg.render_to(printer)
    seconds = time.perf_counter() - started
    return {"pages": dlg.document.pageCount(), "seconds": round(seconds, 2),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "job_mb": round(os.path.getsize(job) / 1e6, 1)}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(print_one(sys.argv[2])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        docs = make_documents(Path(tmp))
        for name, path in docs.items():
            r = subprocess.run([sys.executable, "-m", "benchmarks.printing", "--one", str(path)], capture_output=True, text=True, check=True)
            print(name, r.stdout.strip())


if __name__ == "__main__":
    main()
