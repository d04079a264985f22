"""Passphrases and passwords at the command line (cli.read_secret, the one place they are read):
from the environment, taken out as read; typed at a terminal, twice when new; a calm line otherwise."""

import io

import pytest

from careleaver_app import cli
from careleaver_app.cli_team import WORKER_PASSWORD_ENV, TeamCliError


@pytest.fixture
def no_terminal(monkeypatch):
    for env in (cli.PASSPHRASE_ENV, cli.MY_PLAN_PASSWORD_ENV, WORKER_PASSWORD_ENV):
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # run from a script: nowhere to type


@pytest.fixture
def terminal(monkeypatch, no_terminal):
    """A terminal where the person types the given lines, in turn."""
    stdin = io.StringIO("")
    stdin.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", stdin)
    typed: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": typed.pop(0))
    return typed


def test_the_environment_is_read_once_and_emptied(monkeypatch, no_terminal):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "correct horse battery staple")
    assert cli.read_passphrase() == "correct horse battery staple"
    with pytest.raises(cli.CliError):
        cli.read_passphrase()  # gone: not inherited by anything this process starts


@pytest.mark.parametrize("read, error, message", [
    (cli.read_passphrase, cli.CliError,
     "the store is encrypted: set CARELEAVER_PASSPHRASE or run this in a terminal to type the passphrase"),
    (cli._my_plan_password, cli.CliError,
     "--lock: set CARELEAVER_MY_PLAN_PASSWORD or run this in a terminal to type the password"),
    (lambda: cli.read_secret(WORKER_PASSWORD_ENV, "Server password: ", error=TeamCliError), TeamCliError,
     "set CARELEAVER_SERVER_PASSWORD or run this in a terminal to type it"),
])
def test_without_a_terminal_it_says_which_variable_to_set(no_terminal, read, error, message):
    with pytest.raises(error) as e:
        read()
    assert str(e.value) == message


def test_a_new_secret_is_typed_twice_and_must_match(terminal):
    terminal.extend(["new passphrase here", "new passphrase here"])
    assert cli.read_passphrase("New: ", confirm=True) == "new passphrase here"
    terminal.extend(["new passphrase here", "new passfrase here"])
    with pytest.raises(cli.CliError, match="^the two passphrases are not the same$"):
        cli.read_passphrase("New: ", confirm=True)
    terminal.extend(["their password", "their pasword"])
    with pytest.raises(cli.CliError, match="^the two passwords are not the same$"):
        cli._my_plan_password()
    terminal.extend(["worker password", "worker pasword"])
    with pytest.raises(TeamCliError, match="^the two passwords are not the same$"):
        cli.read_secret(WORKER_PASSWORD_ENV, "Password: ", confirm=True, what="password", error=TeamCliError)


def test_an_existing_secret_is_typed_once(terminal):
    terminal.append("the passphrase")
    assert cli.read_passphrase() == "the passphrase" and terminal == []
