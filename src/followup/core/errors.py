"""The one error tree of followup. Each error carries its own sentence and exit status.

    FollowupError                 exit 1   something went wrong that the user did not cause
     ├── InvalidInput             exit 2   a value the user gave is not accepted (names field and what is)
     ├── NotFound                 exit 2   a named record does not exist
     ├── Refused                  exit 2   the guard blocked an action (override: --force --reason)
     └── StoreError               exit 2   the database cannot be used (not ours, newer schema, locked)

Shells translate these in one place (the CLI's entry point, the web app's handler); the core returns
findings as values and raises only for input it cannot represent.
"""

from __future__ import annotations


class FollowupError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(FollowupError):
    """A value is not accepted. The message names the field, what was given and what is accepted."""

    exit_code = 2

    def __init__(self, field: str, accepted: str, given: str | None = None) -> None:
        shown = f" (got {given!r})" if given is not None else ""
        super().__init__(f"{field}: expected {accepted}{shown}")
        self.field = field
        self.accepted = accepted
        self.given = given


class NotFound(FollowupError):
    exit_code = 2


class Refused(FollowupError):
    exit_code = 2


class StoreError(FollowupError):
    exit_code = 2
