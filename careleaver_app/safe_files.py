"""Writing files the user exports (PDFs, returns, packs) and the store's own small files (key
file, audit anchor): readable by the user only, written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from .domain.errors import ExportRefused

PRIVATE_UMASK = 0o077


class FileInUse(ExportRefused):
    """A file the user saves could not be written: on Windows, almost always because it is open
    in another program (Excel, Acrobat), which holds it so it cannot be replaced; elsewhere, a
    folder that cannot be written to. Nothing was written and the file there is unchanged."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"{path.name} could not be saved: it is open in another program, or its folder cannot be "
                         f"written to. {close_it_in(path)} and try again, or save it under another name or in another folder.")


def close_it_in(path: Path) -> str:
    """What the user should close, by the kind of file (the programs Windows opens them with)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls", ".csv"):
        return "Close it in Excel"
    if suffix == ".pdf":
        return "Close it in Acrobat (or whichever program is showing it)"
    return "Close it in the program that has it open"


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


def write_all_private(targets: list[tuple[Path, bytes]], *, sync: bool = True, remove: list[Path] = ()) -> list[Path]:
    """Write several files as one: each goes to a temporary name first; they are put in place
    only when all are written, and if putting one in place fails, the ones already placed are
    taken back (and any file they replaced restored). Mode 0600. ``remove``: files that go as
    part of the same save (an earlier export's leftovers), set aside first and deleted only once
    every file is in place; if one cannot be moved (open in Excel), nothing is written."""
    targets = [(Path(p), data) for p, data in targets]
    temps: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path | None]] = []  # (target, the earlier file kept aside)
    removed: list[tuple[Path, Path]] = []  # (a file that goes, where it is kept until the end)
    old = os.umask(PRIVATE_UMASK)
    current = targets[0][0] if targets else None  # the file being written, for the message
    try:
        for path, data in targets:
            current = path
            tmp = path.with_name(path.name + ".part")
            temps.append((tmp, path))
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                if sync:
                    os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
        try:
            for path in remove:
                current = Path(path)
                aside = current.with_name(current.name + ".previous")
                os.replace(current, aside)
                removed.append((current, aside))
            for tmp, path in temps:
                current = path
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
            for path, aside in reversed(removed):
                os.replace(aside, path)
            placed.clear()
            raise
        for _, aside in placed + removed:
            if aside is not None:
                aside.unlink(missing_ok=True)
        if sync:
            for folder in {p.parent for p, _ in targets}:
                fsync_folder(folder)
    except PermissionError as exc:
        # Windows: the file is open in Excel or Acrobat (or a folder is read-only). Said so, with
        # what to do, rather than "Something went wrong"; everything above is already undone.
        raise FileInUse(current) from exc
    finally:
        os.umask(old)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
    return [p for p, _ in targets]
