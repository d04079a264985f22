"""Writing files the user exports (PDFs, returns, packs): readable by the user only,
written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077


def write_private(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename) with mode 0600."""
    return write_all_private([(Path(path), data)])[0]


def write_all_private(targets: list[tuple[Path, bytes]]) -> list[Path]:
    """Write several files as one: each goes to a temporary name first; they are put in place
    only when all are written, and if putting one in place fails, the ones already placed are
    taken back (and any file they replaced restored). Mode 0600."""
    targets = [(Path(p), data) for p, data in targets]
    temps: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path | None]] = []  # (target, the earlier file kept aside)
    old = os.umask(PRIVATE_UMASK)
    try:
        for path, data in targets:
            tmp = path.with_name(path.name + ".part")
            temps.append((tmp, path))
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
        try:
            for tmp, path in temps:
                aside = None
                if path.is_file():
                    aside = path.with_name(path.name + ".previous")
                    os.replace(path, aside)
                placed.append((path, aside))
                os.replace(tmp, path)
        except OSError:
            for path, aside in reversed(placed):
                if aside is not None:
                    os.replace(aside, path)
                elif path.is_file():
                    path.unlink()
            placed.clear()
            raise
        for _, aside in placed:
            if aside is not None:
                aside.unlink(missing_ok=True)
    finally:
        os.umask(old)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
    return [p for p, _ in targets]
