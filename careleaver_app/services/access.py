"""Getting into the encrypted store: set-up, unlock, recovery, change of passphrase.

Repeated wrong passphrases slow down: after three, each attempt must wait longer (doubling to a
minute). The real protection is the key derivation's cost; the delay stops casual guessing at
the keyboard.
"""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path

from ..domain.errors import Collector
from ..domain.security import lockout_delay, passphrase_problems
from ..storage import keys
from ..storage.database import encrypt_plaintext, is_plaintext_sqlite
from ..storage.errors import StoreError
from ..storage.store import Store

# The demo's own store (synthetic people only) uses this passphrase; the README states it.
DEMO_PASSPHRASE = "synthetic demo only"


class AccessState(Enum):
    NEW = "new"  # no store yet: set a passphrase
    LOCKED = "locked"  # encrypted store and key file: ask for the passphrase
    PLAINTEXT = "plaintext"  # an older unencrypted store: encrypt it now
    NO_KEY_FILE = "no_key_file"  # encrypted store whose key file is missing: recovery key


class TooSoon(StoreError):
    hint = "Wait, then try again."

    def __init__(self, seconds: int):
        self.seconds = seconds
        super().__init__(f"Too many wrong passphrases: wait {seconds} second{'s' if seconds != 1 else ''} before trying again.")


def check_new_passphrase(passphrase: str, confirm: str) -> None:
    problems = passphrase_problems(passphrase, confirm)
    if problems:
        c = Collector()
        for p in problems:
            c.add("passphrase", "Passphrase", p)
        c.raise_if_any()


class StoreAccess:
    def __init__(self, db_path: str | Path, *, clock=time.monotonic):
        self.path = Path(db_path)
        self.failed = 0
        self._next_allowed = 0.0
        self._clock = clock
        # The command line checks the file before using it; the app opens at once and checks
        # in the background (MainWindow.check_integrity).
        self.check_on_open = True

    def state(self) -> AccessState:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return AccessState.NEW
        if is_plaintext_sqlite(self.path):
            return AccessState.PLAINTEXT
        if not keys.key_file_for(self.path).exists():
            return AccessState.NO_KEY_FILE
        return AccessState.LOCKED

    def create(self, passphrase: str, confirm: str) -> tuple[Store, str]:
        """A new encrypted store. Returns it and the recovery key (show it once)."""
        check_new_passphrase(passphrase, confirm)
        key, recovery = keys.create_keys(self.path, passphrase)
        return Store.open(self.path, key, check=self.check_on_open), recovery

    def encrypt_existing(self, passphrase: str, confirm: str) -> tuple[Store, str]:
        check_new_passphrase(passphrase, confirm)
        key = keys.new_data_key()  # an encrypted copy is verified before it replaces the file
        encrypt_plaintext(self.path, key)
        keys.set_passphrase(self.path, key, passphrase)
        return Store.open(self.path, key, check=self.check_on_open), keys.recovery_text(key)

    def seconds_to_wait(self) -> int:
        return max(0, int(round(self._next_allowed - self._clock())))

    def key_for(self, passphrase: str) -> bytes:
        """The data key, if the passphrase is right; wrong attempts slow down."""
        wait = self.seconds_to_wait()
        if wait:
            raise TooSoon(wait)
        try:
            key = keys.unlock(self.path, passphrase)
        except keys.WrongPassphrase:
            self.failed += 1
            self._next_allowed = self._clock() + lockout_delay(self.failed)
            raise
        self.failed = 0
        return key

    def unlock(self, passphrase: str) -> Store:
        return Store.open(self.path, self.key_for(passphrase), check=self.check_on_open)

    def recover(self, recovery_key: str, passphrase: str, confirm: str) -> Store:
        """Open with the recovery key and set a new passphrase (a new key file)."""
        key = keys.key_from_recovery(recovery_key)
        check_new_passphrase(passphrase, confirm)
        try:
            store = Store.open(self.path, key, check=self.check_on_open)
        except StoreError as exc:
            raise keys.BadRecoveryKey("That recovery key does not open this database.") from exc
        keys.set_passphrase(self.path, key, passphrase)
        return store

    def change_passphrase(self, old: str, new: str, confirm: str) -> None:
        check_new_passphrase(new, confirm)
        key = self.key_for(old)
        keys.set_passphrase(self.path, key, new)


def open_demo_store(path: Path) -> Store:
    """The demo's own encrypted store, with the passphrase the README states."""
    key, _ = keys.create_keys(path, DEMO_PASSPHRASE)
    return Store.open(path, key)
