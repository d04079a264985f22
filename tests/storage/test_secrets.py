"""Secrets (issue 19, point 13): passphrases judged by an estimator, keys wiped on lock."""

import pytest

from careleaver_app.domain.errors import ValidationError
from careleaver_app.services.access import StoreAccess, check_new_passphrase, strength_label

PASS = "tangerine lighthouse orbit velvet"


@pytest.mark.parametrize("weak", ["Password123!", "careleaverapp", "Careleaver2026!", "qwertyuiop123", "aaaaaaaaaaaaaaaa",
                                  "iloveyou1234"])
def test_guessable_passphrases_are_refused_with_what_to_do(weak):
    with pytest.raises(ValidationError) as exc:
        check_new_passphrase(weak, weak)
    message = str(exc.value)
    assert "unrelated words" in message
    assert strength_label(weak) == "Too weak"


@pytest.mark.parametrize("good", [PASS, "marigold canal whistle quartz", "synthetic demo only"])
def test_unrelated_words_are_accepted(good):
    check_new_passphrase(good, good)
    assert strength_label(good) in ("Fair", "Strong")


def test_locking_overwrites_the_key_in_memory(tmp_path):
    access = StoreAccess(tmp_path / "cl.db")
    store, _ = access.create(PASS, PASS)
    held = store.key
    assert isinstance(held, bytearray) and any(held)
    store.lock()
    assert store.key is None and held == bytearray(len(held))  # overwritten, not only dropped
    key = access.key_for(PASS)
    store.unlock(key)
    assert store.scalar("SELECT count(*) FROM teams") == 0
    assert store.key is not key  # the store keeps its own copy; the caller wipes theirs
    store.close()
