"""Passphrase rules and the lock-out delay: pure functions, no cryptography here.

How guessable a passphrase is comes from a strength estimator (zxcvbn, called by
``services.access``), not from hand-written rules: it knows common passwords, names, words,
keyboard patterns, l33t spellings, dates and repeats ("Password123!" is among the first few
thousand guesses however many characters it has). Here: what score is enough, and the words.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_PASSPHRASE_LENGTH = 12
# zxcvbn's scores run 0-4; 3 is "safely unguessable" (about 10^8 guesses or more), which with the
# key file's scrypt cost is years of guessing for anyone who copies the store and its key file.
MIN_STRENGTH_SCORE = 3
# Lock-out: after this many wrong passphrases, each further attempt waits longer (seconds).
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60


@dataclass(frozen=True)
class Strength:
    """What the estimator says of a passphrase: a score of 0 (guessed at once) to 4, and its advice."""

    score: int
    warning: str = ""
    suggestions: tuple[str, ...] = ()


def passphrase_problems(passphrase: str, confirm: str | None, strength: Strength) -> list[str]:
    """What is wrong with a new passphrase, in words a person can act on (empty if it is fine)."""
    problems = []
    p = passphrase or ""
    if len(p) < MIN_PASSPHRASE_LENGTH:
        problems.append(f"use at least {MIN_PASSPHRASE_LENGTH} characters: three or four unrelated words are easy to remember")
    elif strength.score < MIN_STRENGTH_SCORE:
        why = strength.warning.rstrip(".") if strength.warning else "it would be quick to guess"
        problems.append(f"{why[:1].lower() + why[1:]}: use three or four unrelated words, not a word with numbers or "
                        "symbols added, and nothing to do with the app or the council")
    if confirm is not None and p != confirm:
        problems.append("the two passphrases are not the same")
    return problems


def strength_label(passphrase: str, strength: Strength) -> str:
    """A short, honest guide shown while typing."""
    if passphrase_problems(passphrase, None, strength):
        return "Too weak"
    return "Strong" if strength.score >= 4 else "Fair"


def lockout_delay(failed_attempts: int) -> int:
    """Seconds to wait before the next attempt: none for the first few, then doubling."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failed_attempts - FREE_ATTEMPTS))
