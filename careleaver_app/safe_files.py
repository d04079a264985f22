"""Writing files the user exports (PDFs, returns, packs): readable by the user only,
written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077


def write_private(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename) with mode 0600."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    old = os.umask(PRIVATE_UMASK)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        os.umask(old)
        if tmp.exists():
            tmp.unlink()
    return path
