"""Passphrase rules, the strength guide and the lock-out delay at their boundaries."""

import pytest

from careleaver_app.domain.security import lockout_delay, passphrase_problems, strength_label


def test_a_passphrase_of_12_characters_is_enough_and_11_is_not():
    assert passphrase_problems("kettle piano") == []  # 12 characters
    assert passphrase_problems("kettle pian") == [
        "use at least 12 characters: three or four unrelated words are easy to remember"]


def test_five_different_characters_are_enough_and_four_are_not():
    assert passphrase_problems("abcdeabcdeab") == []
    assert passphrase_problems("abcdabcdabcd") == ["use more different characters"]


def test_a_common_passphrase_is_refused_whatever_its_case_and_spaces():
    assert passphrase_problems("Password 1234") == ["that passphrase is too common"]


def test_the_confirmation_must_match_when_given():
    assert passphrase_problems("kettle piano", "kettle piano") == []
    assert passphrase_problems("kettle piano", "kettle pianO") == ["the two passphrases are not the same"]


def test_no_passphrase_is_too_short():
    assert passphrase_problems(None) == [
        "use at least 12 characters: three or four unrelated words are easy to remember"]
    assert strength_label(None) == "Too weak"


@pytest.mark.parametrize("passphrase, label", [
    ("kettlepianoharbourlem", "Strong"),   # 21 characters
    ("kettlepianoharbourle", "Strong"),    # 20 characters
    ("kettlepianoharbourl", "Fair"),       # 19 characters, one word, one kind of character
    ("tea cup jam fox", "Strong"),         # four words
    ("tea cup jamfoxes", "Fair"),          # three words, 16 characters, two kinds
    ("Kettlepianohar1", "Fair"),           # 15 characters, three kinds
    ("Kettlepianohar1x", "Strong"),        # 16 characters, three kinds
    ("kettlepianohar1x", "Fair"),          # 16 characters, two kinds
    ("Kettlepian1x", "Fair"),              # 12 characters, three kinds
    ("kettle piano", "Fair"),
    ("kettle", "Too weak"),
])
def test_strength_guide(passphrase, label):
    assert strength_label(passphrase) == label


@pytest.mark.parametrize("failed, wait", [(0, 0), (2, 0), (3, 1), (4, 2), (5, 4), (8, 32), (9, 60), (20, 60)])
def test_three_free_attempts_then_the_wait_doubles_up_to_a_minute(failed, wait):
    assert lockout_delay(failed) == wait
