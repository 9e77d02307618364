"""A real keyring backend for tests: passwords in a JSON file named by ``FOLLOWUP_TEST_KEYRING``.

Select it with ``PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring`` (``use_file_keyring``);
``keyring.backends.null.Keyring`` stands for a machine without a keyring. It is a ``KeyringBackend`` as
any other, so followup talks to it exactly as to the Secret Service or the macOS Keychain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

VARIABLE = "FOLLOWUP_TEST_KEYRING"
BACKEND = "tests.support.file_keyring.FileKeyring"
NO_KEYRING = "keyring.backends.null.Keyring"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def name(self) -> str:  # type: ignore[override]
        return "test keyring"

    def _path(self) -> Path:
        return Path(os.environ[VARIABLE])

    def _load(self) -> dict[str, str]:
        path = self._path()
        loaded: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
        return loaded

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._path().write_text(json.dumps(entries))


def use_file_keyring(monkeypatch: pytest.MonkeyPatch, path: Path) -> FileKeyring:
    """Make ``path`` the keyring for the rest of the test; the backend, to read it back."""
    monkeypatch.setenv(VARIABLE, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    return FileKeyring()


def use_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
