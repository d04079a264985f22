"""Keeping secrets out of places they should not be: core dumps."""

from __future__ import annotations


def disable_core_dumps() -> bool:
    """No core file if the process crashes (it would hold decrypted records and the key).
    Returns whether the limit is now zero (POSIX; Windows writes no core files unasked)."""
    try:
        import resource
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
