"""Passphrase rules and the lock-out delay (domain/security.py), at their boundaries."""

import pytest

from careleaver_app.domain.security import Strength, lockout_delay, passphrase_problems, strength_label

GOOD = Strength(3)


@pytest.mark.parametrize("length, ok", [(11, False), (12, True), (13, True)])
def test_twelve_characters_at_least(length, ok):
    assert (passphrase_problems("x" * length, None, GOOD) == []) is ok


@pytest.mark.parametrize("score, ok", [(0, False), (2, False), (3, True), (4, True)])
def test_the_estimators_score_must_be_three_or_more(score, ok):
    problems = passphrase_problems("long enough words", None, Strength(score, "This is a top-10 common password."))
    assert (problems == []) is ok
    if not ok:
        assert problems == ["this is a top-10 common password: use three or four unrelated words, not a word with numbers or "
                            "symbols added, and nothing to do with the app or the council"]


def test_without_the_estimators_warning_the_reason_is_still_given():
    assert passphrase_problems("long enough words", None, Strength(1))[0].startswith("it would be quick to guess: ")


def test_the_two_must_match():
    assert passphrase_problems("long enough words", "long enough word", GOOD) == ["the two passphrases are not the same"]
    assert passphrase_problems("long enough words", "long enough words", GOOD) == []


@pytest.mark.parametrize("score, label", [(2, "Too weak"), (3, "Fair"), (4, "Strong")])
def test_strength_labels(score, label):
    assert strength_label("long enough words", Strength(score)) == label


@pytest.mark.parametrize("failed, wait", [(0, 0), (1, 0), (2, 0), (3, 1), (4, 2), (5, 4), (8, 32), (9, 60), (30, 60)])
def test_three_free_attempts_then_doubling_to_a_minute(failed, wait):
    assert lockout_delay(failed) == wait
