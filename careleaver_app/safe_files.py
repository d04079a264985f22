"""Writing files the user exports (PDFs, returns, packs) and the store's own small files (key
file, audit anchor): readable by the user only, written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (where folders can be opened)."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; NTFS journals the rename itself
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_private(path: str | os.PathLike, data: bytes, *, sync: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename, fsync the folder) with
    mode 0600. ``sync=False`` leaves out the fsyncs: still whole or not at all if the app is
    killed, but a power cut may leave the earlier file."""
    return write_all_private([(Path(path), data)], sync=sync)[0]


def write_all_private(targets: list[tuple[Path, bytes]], *, sync: bool = True) -> list[Path]:
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
                if sync:
                    os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
        try:
            for tmp, path in temps:
                aside = None
                if len(temps) > 1 and path.is_file():  # one file alone is replaced atomically, never absent
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
        if sync:
            for folder in {p.parent for p, _ in targets}:
                fsync_folder(folder)
    finally:
        os.umask(old)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
    return [p for p, _ in targets]
