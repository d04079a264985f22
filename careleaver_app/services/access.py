"""Getting into the encrypted store: set-up, unlock, recovery, change of passphrase, and
restoring a backup when the store itself cannot be opened.

Repeated wrong passphrases slow down: after three, each attempt must wait longer (doubling to a
minute). The count is kept beside the store (``careleaver.db.attempts``), so closing the app or
running the command line again does not start it afresh. The real protection is the key
derivation's cost; the delay stops casual guessing at the keyboard or in a script.
"""

from __future__ import annotations

import json
import time
from enum import Enum
from pathlib import Path

from ..domain.errors import Collector
from ..domain.security import Strength, lockout_delay
from ..domain.security import passphrase_problems as _problems
from ..domain.security import strength_label as _label
from ..safe_files import write_private
from ..storage import keys
from ..storage.backup import BackupInfo, list_backups, restore_file
from ..storage.database import encrypt_plaintext, is_plaintext_sqlite
from ..storage.errors import CorruptDatabase, NotADatabase, StoreError, WrongKey
from ..storage.store import Store

# The demo's own store (synthetic people only) uses this passphrase; the README states it.
DEMO_PASSPHRASE = "synthetic demo only"
# Words anyone would try first against this app's stores (the estimator counts them as known).
APP_WORDS = ["careleaver", "careleaverapp", "careleaver_app", "care leaver", "leaving care", "leaver", "personal adviser",
             "council", "passphrase", "password", "duty", "pathway"]
ESTIMATE_CHARS = 100  # the estimator's cost grows with length; past this, length alone is strength


def wipe_key(key) -> None:
    """Overwrite a key held in a bytearray once it is no longer needed (storage/keys.py)."""
    keys.wipe(key)


def strength(passphrase: str) -> Strength:
    """zxcvbn's estimate (a well-kept estimator rather than hand-written rules)."""
    from zxcvbn import zxcvbn

    p = (passphrase or "")[:ESTIMATE_CHARS]
    if not p:
        return Strength(0)
    result = zxcvbn(p, user_inputs=APP_WORDS)
    feedback = result.get("feedback") or {}
    return Strength(int(result["score"]), feedback.get("warning") or "", tuple(feedback.get("suggestions") or ()))


def new_passphrase_problems(passphrase: str, confirm: str | None = None) -> list[str]:
    return _problems(passphrase, confirm, strength(passphrase))


def strength_label(passphrase: str) -> str:
    return _label(passphrase, strength(passphrase))


class AccessState(Enum):
    NEW = "new"  # no store yet: set a passphrase
    LOCKED = "locked"  # encrypted store and key file: ask for the passphrase
    PLAINTEXT = "plaintext"  # an older unencrypted store: encrypt it now
    NO_KEY_FILE = "no_key_file"  # encrypted store whose key file is missing: recovery key
    KEY_FILE_DAMAGED = "key_file_damaged"  # its key file cannot be read: recovery key


class TooSoon(StoreError):
    hint = "Wait, then try again."

    def __init__(self, seconds: int):
        self.seconds = seconds
        super().__init__(f"Too many wrong passphrases: wait {seconds} second{'s' if seconds != 1 else ''} before trying again.")


def check_new_passphrase(passphrase: str, confirm: str) -> None:
    problems = new_passphrase_problems(passphrase, confirm)
    if problems:
        c = Collector()
        for p in problems:
            c.add("passphrase", "Passphrase", p)
        c.raise_if_any()


DAMAGED_STORE = "The database file is damaged: it cannot be read, even with the right key."
RESTORE_NOW = ("Restore a backup now (Restore a backup…): the damaged file is kept in the \"damaged\" folder beside it, "
               "for examination.")


class StoreAccess:
    def __init__(self, db_path: str | Path, *, clock=time.time):
        self.path = Path(db_path)
        self._clock = clock
        self.failed, self._next_allowed = self._read_attempts()
        # The command line checks the file before using it; the app opens at once and checks
        # in the background (MainWindow.check_integrity).
        self.check_on_open = True

    # -- wrong passphrases, remembered beside the store ------------------------------------
    def _attempts_file(self) -> Path:
        return self.path.with_name(self.path.name + ".attempts")

    def _read_attempts(self) -> tuple[int, float]:
        try:
            d = json.loads(self._attempts_file().read_text())
            return max(0, int(d["failed"])), float(d["next_allowed"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def _write_attempts(self) -> None:
        try:
            if self.failed:
                write_private(self._attempts_file(), json.dumps({"failed": self.failed, "next_allowed": self._next_allowed})
                              .encode(), sync=False)
            else:
                self._attempts_file().unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: the delay still holds for this run

    def state(self) -> AccessState:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return AccessState.NEW
        if is_plaintext_sqlite(self.path):
            return AccessState.PLAINTEXT
        kf = keys.key_file_state(self.path)
        if kf == "missing":
            return AccessState.NO_KEY_FILE
        if kf == "damaged":
            return AccessState.KEY_FILE_DAMAGED
        return AccessState.LOCKED

    def create(self, passphrase: str, confirm: str) -> tuple[Store, str]:
        """A new encrypted store. Returns it and the recovery key (show it once)."""
        check_new_passphrase(passphrase, confirm)
        key, recovery = keys.create_keys(self.path, passphrase)
        try:
            return Store.open(self.path, key, check=self.check_on_open), recovery
        finally:
            keys.wipe(key)

    def encrypt_existing(self, passphrase: str, confirm: str) -> tuple[Store, str]:
        """Encrypt an older plaintext store in place (database.encrypt_plaintext): the key file
        that opens the encrypted copy is on the disk before the copy replaces anything."""
        check_new_passphrase(passphrase, confirm)
        key = keys.new_data_key()
        try:
            encrypt_plaintext(self.path, key, lambda: keys.set_passphrase(self.path, key, passphrase))
            return Store.open(self.path, key, check=self.check_on_open), keys.recovery_text(key)
        finally:
            keys.wipe(key)

    def seconds_to_wait(self) -> int:
        return max(0, int(round(self._next_allowed - self._clock())))

    def key_for(self, passphrase: str) -> bytearray:
        """The data key, if the passphrase is right; wrong attempts slow down. The caller wipes
        it (keys.wipe) once it has been handed to the store."""
        wait = self.seconds_to_wait()
        if wait:
            raise TooSoon(wait)
        try:
            key = keys.unlock(self.path, passphrase)
        except keys.WrongPassphrase:
            self.failed += 1
            self._next_allowed = self._clock() + lockout_delay(self.failed)
            self._write_attempts()
            raise
        if self.failed:
            self.failed, self._next_allowed = 0, 0.0
            self._write_attempts()
        return key

    def open_with(self, key: bytes | bytearray, *, proven: bool = True) -> Store:
        """Open the store with a key. A ``proven`` key (its key file's tag, or a backup, said it
        is right) that cannot read the file means the file is damaged: say so, and how to recover."""
        try:
            return Store.open(self.path, key, check=self.check_on_open)
        except (WrongKey, NotADatabase) as exc:
            if proven or self._a_backup_opens_with(key):
                raise CorruptDatabase(DAMAGED_STORE, hint=RESTORE_NOW) from exc
            raise
        except CorruptDatabase as exc:
            raise CorruptDatabase(str(exc), hint=RESTORE_NOW) from exc

    def unlock(self, passphrase: str) -> Store:
        key = self.key_for(passphrase)
        try:
            return self.open_with(key)
        finally:
            keys.wipe(key)

    def _a_backup_opens_with(self, key) -> bool:
        from ..storage.backup import summarise

        for b in list_backups(self.path)[:5]:
            try:
                summarise(b.path, key)
                return True
            except StoreError:
                continue
        return False

    def recovery_key(self, recovery_text: str) -> bytearray:
        """The data key from the recovery key (its checksum catches a mistyped character)."""
        return keys.key_from_recovery(recovery_text)

    def recover(self, recovery_key: str, passphrase: str, confirm: str) -> Store:
        """Open with the recovery key and set a new passphrase (a new key file). A damaged key
        file is kept aside (keys.set_passphrase)."""
        key = keys.key_from_recovery(recovery_key)
        try:
            check_new_passphrase(passphrase, confirm)
            try:
                store = self.open_with(key, proven=False)
            except (WrongKey, NotADatabase) as exc:
                raise keys.BadRecoveryKey("That recovery key does not open this database.") from exc
            except CorruptDatabase:
                # The key is right (a backup, or the file's first page, says so) but the file is
                # damaged: keep the new passphrase, so the backups can be opened with it.
                keys.set_passphrase(self.path, key, passphrase)
                raise
            keys.set_passphrase(self.path, key, passphrase)
            return store
        finally:
            keys.wipe(key)

    def change_passphrase(self, old: str, new: str, confirm: str) -> None:
        check_new_passphrase(new, confirm)
        key = self.key_for(old)
        try:
            keys.set_passphrase(self.path, key, new)
        finally:
            keys.wipe(key)

    # -- restoring when the store cannot be opened ------------------------------------------
    def backups(self) -> list[BackupInfo]:
        return list_backups(self.path)

    def restore_backup(self, backup: Path, key: bytes | bytearray) -> Store:
        """Put a backup in place of a store that cannot be used (damaged, or not opening at all),
        keeping the damaged files aside, and open it. Needs nothing else to have the store open."""
        restore_file(backup, self.path, key)
        return Store.open(self.path, key, check=self.check_on_open)  # records the restore in the trail


def open_demo_store(path: Path) -> Store:
    """The demo's own encrypted store, with the passphrase the README states."""
    key, _ = keys.create_keys(path, DEMO_PASSPHRASE)
    try:
        return Store.open(path, key)
    finally:
        keys.wipe(key)
