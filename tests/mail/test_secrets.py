"""Where a mail password is found (a command, the environment, the keyring, an opt-in file, in that
order) and kept (the keyring when there is a real one, else a 600 file the user asked for), against a
real keyring backend (tests/support/file_keyring.py) and keyring's null backend for "no keyring"."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from followup.core.errors import InvalidInput
from followup.mail.secrets import (
    KEYRING_SERVICE,
    SecretError,
    find_secret,
    forget_secret,
    keyring_backend,
    save_secret,
)
from tests.support.file_keyring import use_file_keyring, use_no_keyring

KEY = "alex@example.com"


def printing(text: str) -> str:
    return f"{sys.executable} -c \"print('{text}'); print('second line')\""


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_MAIL_PASSWORD", raising=False)
    monkeypatch.delenv("FOLLOWUP_MAIL_TOKEN", raising=False)


def test_a_command_comes_first_and_gives_its_first_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    keyring = use_file_keyring(monkeypatch, tmp_path / "keyring.json")
    keyring.set_password(KEYRING_SERVICE, KEY, "from-keyring")
    monkeypatch.setenv("FOLLOWUP_MAIL_PASSWORD", "from-env")
    found = find_secret(KEY, command=printing("from-command"))
    assert (found.value, found.source) == ("from-command", "command")
    assert "from-command" not in repr(found)


def test_the_environment_comes_before_the_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keyring = use_file_keyring(monkeypatch, tmp_path / "keyring.json")
    keyring.set_password(KEYRING_SERVICE, KEY, "from-keyring")
    monkeypatch.setenv("FOLLOWUP_MAIL_PASSWORD", "from-env")
    found = find_secret(KEY)
    assert (found.value, found.source, found.where) == (
        "from-env",
        "environment",
        "the environment variable FOLLOWUP_MAIL_PASSWORD",
    )


def test_a_token_is_read_from_its_own_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    use_no_keyring(monkeypatch)
    monkeypatch.setenv("FOLLOWUP_MAIL_PASSWORD", "a-password")
    monkeypatch.setenv("FOLLOWUP_MAIL_TOKEN", "a-token")
    assert find_secret(KEY, token=True).value == "a-token"


def test_the_keyring_is_read_then_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keyring = use_file_keyring(monkeypatch, tmp_path / "keyring.json")
    secret_file = tmp_path / "secret"
    save_secret(KEY, "from-file", file=secret_file, to_file=True)
    keyring.set_password(KEYRING_SERVICE, KEY, "from-keyring")
    assert find_secret(KEY, file=secret_file).value == "from-keyring"
    keyring.delete_password(KEYRING_SERVICE, KEY)
    found = find_secret(KEY, file=secret_file)
    assert (found.value, found.source) == ("from-file", "file")


def test_saving_goes_to_a_real_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    keyring = use_file_keyring(monkeypatch, tmp_path / "keyring.json")
    kept = save_secret(KEY, "s3cret", file=tmp_path / "secret")
    assert (kept.source, kept.warning) == ("keyring", "")
    assert kept.where == f"the keyring (test keyring), as followup-mail/{KEY}"
    assert keyring.get_password(KEYRING_SERVICE, KEY) == "s3cret"
    assert not (tmp_path / "secret").exists()


def test_without_a_keyring_the_file_is_mode_600_and_said_to_be_plain_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_no_keyring(monkeypatch)
    assert keyring_backend() is None
    path = tmp_path / "mail" / "secret"
    kept = save_secret(KEY, "s3cret", file=path)
    assert kept.source == "file"
    assert "plain text" in kept.warning and str(path) in kept.warning
    assert (os.stat(path).st_mode & 0o777, path.read_text()) == (0o600, "s3cret\n")
    assert find_secret(KEY, file=path).value == "s3cret"


def test_without_a_keyring_or_a_file_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    use_no_keyring(monkeypatch)
    with pytest.raises(SecretError, match="there is no keyring here to keep the password"):
        save_secret(KEY, "s3cret")


def test_a_file_others_can_read_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_no_keyring(monkeypatch)
    path = tmp_path / "secret"
    path.write_text("s3cret\n")
    path.chmod(0o640)
    with pytest.raises(InvalidInput) as caught:
        find_secret(KEY, file=path)
    assert caught.value.message == (
        f"password file: expected a file only you can read (chmod 600 {path}), not mode 640 "
        f"(got {str(path)!r})"
    )
    assert "s3cret" not in caught.value.message


def test_nothing_found_names_every_place_to_put_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_no_keyring(monkeypatch)
    with pytest.raises(SecretError) as caught:
        find_secret(KEY, file=tmp_path / "secret")
    assert caught.value.message == (
        f"no mail password found for {KEY}: give --password-command, set FOLLOWUP_MAIL_PASSWORD, or keep "
        f"it in {tmp_path / 'secret'} with `followup mail setup --password-file`"
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            "import sys; print('s3cret'); sys.exit(4)",
            "--password-command: the password command failed (exit status 4)",
        ),
        ("print()", "--password-command: the password command printed no password on its first line"),
        (
            "import sys; sys.stdout.buffer.write(bytes([0xff]))",
            "--password-command: the password command printed something that is not text",
        ),
    ],
    ids=["fails", "prints-nothing", "not-text"],
)
def test_a_failing_command_is_one_line_without_its_output(code: str, message: str) -> None:
    with pytest.raises(SecretError) as caught:
        find_secret(KEY, command=f'{sys.executable} -c "{code}"')
    assert caught.value.message == message


def test_a_command_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SecretError, match=r"did not finish within 0\.3 s"):
        find_secret(KEY, command=f'{sys.executable} -c "import time; time.sleep(30)"', timeout=0.3)


def test_forget_removes_the_keyring_entry_and_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    keyring = use_file_keyring(monkeypatch, tmp_path / "keyring.json")
    path = tmp_path / "secret"
    save_secret(KEY, "in-keyring")
    save_secret(KEY, "in-file", file=path, to_file=True)
    assert forget_secret(KEY, path) == ["the keyring (test keyring)", f"the file {path}"]
    assert keyring.get_password(KEYRING_SERVICE, KEY) is None and not path.exists()
    assert forget_secret(KEY, path) == []
