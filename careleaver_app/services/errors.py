"""The errors the GUI may catch, from a module it is allowed to import (the GUI does not import
storage: tests/unit/test_architecture.py). Known database faults each carry a calm message
(``user_message()``); ``classify`` turns a driver's exception into one of them."""

from __future__ import annotations

from ..storage.errors import CorruptDatabase, StoreError, classify, is_db_error
from ..storage.keys import BadRecoveryKey, KeyFileMissing, WrongPassphrase

__all__ = ["BadRecoveryKey", "CorruptDatabase", "KeyFileMissing", "StoreError", "WrongPassphrase", "classify",
           "is_db_error"]
