"""A damaged key file is called damaged, never a wrong passphrase, and never a traceback (issue 19,
point 7); the recovery key is the way back."""

import base64
import json

import pytest

from careleaver_app.services.access import AccessState, StoreAccess
from careleaver_app.storage import keys
from careleaver_app.storage.keys import KeyFileDamaged, WrongPassphrase

PASS = "tangerine lighthouse orbit velvet"


@pytest.fixture
def made(tmp_path):
    access = StoreAccess(tmp_path / "cl.db")
    store, recovery = access.create(PASS, PASS)
    store.insert("teams", {"name": "North"})
    store.close()
    return access, recovery


@pytest.mark.parametrize("flip", [0x01, 0x20, 0xFF])
def test_every_single_byte_change_to_the_key_file_says_damaged_not_wrong_passphrase(made, flip):
    access, _ = made
    path = keys.key_file_for(access.path)
    original = path.read_bytes()
    said_wrong, other = [], []
    for i in range(len(original)):
        data = bytearray(original)
        data[i] ^= flip
        path.write_bytes(bytes(data))
        try:
            keys.unlock(access.path, PASS)
            other.append((i, "opened"))  # a change that does not matter (none should)
        except KeyFileDamaged:
            pass
        except WrongPassphrase:
            said_wrong.append(i)
        except Exception as exc:  # noqa: BLE001 - any other exception is a traceback for the user
            other.append((i, type(exc).__name__))
    path.write_bytes(original)
    assert said_wrong == [] and [o for o in other if o[1] != "opened"] == []


@pytest.mark.parametrize("content", [
    b"[1, 2, 3]", b"\x00\x01\x02binary\xff\xfe", b"", b"{}", b'"just a string"', "ünïcödé".encode("utf-16"),
])
def test_a_key_file_that_is_not_one_is_damaged(made, content):
    access, _ = made
    keys.key_file_for(access.path).write_bytes(content)
    with pytest.raises(KeyFileDamaged) as exc:
        access.unlock(PASS)
    assert "recovery key" in exc.value.user_message() and "passphrase may well be right" in exc.value.user_message()
    assert access.state() == AccessState.KEY_FILE_DAMAGED


def rewrite(path, **changes):
    d = json.loads(path.read_text())
    for k, v in changes.items():
        if k in ("n", "r", "p"):
            d["kdf"][k] = v
        else:
            d[k] = v
    d.pop("checksum", None)
    d["version"] = 1  # no checksum: the values themselves must be checked
    path.write_text(json.dumps(d))


@pytest.mark.parametrize("changes", [
    {"n": 3}, {"n": 2 ** 40}, {"r": 0}, {"p": -1}, {"n": "32768"},
    {"nonce": base64.b64encode(b"short").decode()}, {"salt": ""}, {"wrapped": "not base64 !!"},
])
def test_impossible_values_in_an_older_key_file_are_damage(made, changes):
    access, _ = made
    rewrite(keys.key_file_for(access.path), **changes)
    with pytest.raises(KeyFileDamaged):
        access.unlock(PASS)


def test_the_recovery_key_opens_a_store_whose_key_file_is_damaged_and_keeps_the_damaged_file(made, tmp_path):
    access, recovery = made
    path = keys.key_file_for(access.path)
    path.write_bytes(b"garbage")
    store = access.recover(recovery, "a brand new passphrase", "a brand new passphrase")
    assert store.scalar("SELECT name FROM teams") == "North"
    store.close()
    assert list(tmp_path.glob("cl.db.keys.damaged-*"))
    access.unlock("a brand new passphrase").close()


def test_an_older_key_file_with_a_changed_byte_cannot_be_told_from_a_wrong_passphrase_so_says_both(made):
    access, _ = made
    path = keys.key_file_for(access.path)
    d = json.loads(path.read_text())
    d.pop("checksum")
    d["version"] = 1
    wrapped = bytearray(base64.b64decode(d["wrapped"]))
    wrapped[3] ^= 1
    d["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(d))
    with pytest.raises(WrongPassphrase) as exc:
        access.unlock(PASS)
    assert "damaged" in str(exc.value) and "recovery key" in exc.value.user_message()
