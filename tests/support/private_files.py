"""Files readable by their owner only: a POSIX property (mode 0600 / 0700). Windows has no
permission modes (os.chmod only sets the read-only flag there), so those checks run on Linux and
macOS only; on Windows the store, backups and logs are private because they live in the user's
own %LOCALAPPDATA% folder, which Windows already protects (docs/decisions.md, Data protection)."""

import os
import stat

import pytest

POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="Windows has no permission modes (docs/decisions.md, Data protection)")


def assert_private(*paths) -> None:
    """Each path is readable and writable by its owner only (checked where modes exist: POSIX)."""
    if not POSIX:
        return
    for path in paths:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}: others may read it"
