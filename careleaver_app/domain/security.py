"""Passphrase rules and the lock-out delay: pure functions, no cryptography here."""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 12
COMMON = {"password1234", "passwordpassword", "123456789012", "qwertyuiopas", "iloveyou1234", "letmeinletmein",
          "welcome12345", "careleaver123", "changeme1234", "abcdefghijkl"}
# Lock-out: after this many wrong passphrases, each further attempt waits longer (seconds).
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60


def passphrase_problems(passphrase: str, confirm: str | None = None) -> list[str]:
    """What is wrong with a new passphrase, in words a person can act on (empty if it is fine)."""
    problems = []
    p = passphrase or ""
    if len(p) < MIN_PASSPHRASE_LENGTH:
        problems.append(f"use at least {MIN_PASSPHRASE_LENGTH} characters: three or four unrelated words are easy to remember")
    if p and len(set(p.lower())) < 5:
        problems.append("use more different characters")
    if p.lower().replace(" ", "") in COMMON:
        problems.append("that passphrase is too common")
    if confirm is not None and p != confirm:
        problems.append("the two passphrases are not the same")
    return problems


def strength_label(passphrase: str) -> str:
    """A rough, honest guide shown while typing."""
    p = passphrase or ""
    if passphrase_problems(p):
        return "Too weak"
    words = len([w for w in p.split() if w])
    classes = sum(any(f(ch) for ch in p) for f in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum()))
    if len(p) >= 20 or words >= 4 or (len(p) >= 16 and classes >= 3):
        return "Strong"
    return "Fair"


def lockout_delay(failed_attempts: int) -> int:
    """Seconds to wait before the next attempt: none for the first few, then doubling."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failed_attempts - FREE_ATTEMPTS))
