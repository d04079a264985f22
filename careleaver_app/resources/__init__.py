"""The files the app ships beside its code (fonts, icons), found in one place.

They are package data of ``careleaver_app.resources`` (this folder) and read through
``importlib.resources``, so they are found wherever the package is: a source checkout, a wheel
installed for all users, with ``--user`` or ``--target`` (what pip does on Windows without admin
rights), or a frozen app. Nothing else may build a path to them.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

_copies = ExitStack()  # temporary copies, only when the package is not on disk as plain files (a zip)
atexit.register(_copies.close)


@cache
def resource_path(relative: str) -> Path:
    """A real file's path for the resource ``relative`` ("fonts/DejaVuSans.ttf"): reportlab,
    fontTools and Qt all need a file name rather than a stream."""
    resource = files(__name__).joinpath(*relative.split("/"))
    if not resource.is_file():
        raise FileNotFoundError(f"resource {relative} is missing from this installation")
    return _copies.enter_context(as_file(resource))
