"""Finding the files in the top-level ``resources/`` folder (fonts, icons)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(relative: str) -> Path:
    """The path of a bundled resource, in a source checkout or an installed copy."""
    here = Path(__file__).resolve().parent
    for base in (here.parent / "resources", Path(sys.prefix) / "share" / "careleaver_app" / "resources"):
        candidate = base / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource {relative} is missing from this installation")
