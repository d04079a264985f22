"""The app's log: events and faults, never personal data.

Only what we write here goes into the log: event names, counts, exception types and where in
the code they happened (file, line, function). Exception *messages* are not logged, because a
database or validation message can quote what was typed.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path

LOGGER = "careleaver_app"
_configured: Path | None = None


def log_folder() -> Path:
    return Path(os.environ.get("CARELEAVER_LOG_DIR") or user_log_path("careleaver_app", appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """A small rotating log file readable by the user only."""
    global _configured
    folder = folder or log_folder()
    if _configured == folder:
        return folder
    old = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "careleaver.log", maxBytes=512_000, backupCount=3, encoding="utf-8")
    finally:
        os.umask(old)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log = logging.getLogger(LOGGER)
    for h in list(log.handlers):
        log.removeHandler(h)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    _configured = folder
    return folder


def event(name: str, **counts: int) -> None:
    """Log an event by name, with numbers only (e.g. event("backup", seconds=2))."""
    extra = " ".join(f"{k}={int(v)}" for k, v in counts.items())
    logging.getLogger(LOGGER).info(f"{name} {extra}".strip())


def fault_report(exc: BaseException) -> str:
    """Where a fault happened, without its message: safe to log, show and copy."""
    from . import __version__

    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"careleaver_app {__version__}", f"{type(exc).__module__}.{type(exc).__name__}"]
    for f in frames:
        lines.append(f"  {Path(f.filename).name}:{f.lineno} in {f.name}")
    return "\n".join(lines)


def log_fault(exc: BaseException) -> str:
    report = fault_report(exc)
    logging.getLogger(LOGGER).error("fault\n" + report)
    return report
