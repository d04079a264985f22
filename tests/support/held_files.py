"""A file another program holds, as Excel or Acrobat hold an open file on Windows (which then
refuses to replace or overwrite it with PermissionError).

Linux cannot hold a file that way, so the nearest real equivalent is used: as root, the file is
made immutable (chattr +i: replacing or writing it fails with PermissionError, as on Windows);
otherwise its folder is made read-only (the same PermissionError, from the folder)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def held_by_another_program(path: Path, content: bytes = b"the copy open in Excel"):
    path.write_bytes(content)
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("this filesystem cannot make a file immutable")
        try:
            yield path
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        folder = path.parent
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield path
        finally:
            folder.chmod(mode)
