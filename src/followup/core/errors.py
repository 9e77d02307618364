"""The one error tree of followup. Each error carries its own sentence and exit status.

    FollowupError                 exit 1   something went wrong that the user did not cause
     ├── InvalidInput             exit 2   a value the user gave is not accepted (names field and what is)
     ├── NotFound                 exit 2   a named record does not exist
     ├── Refused                  exit 2   the guard blocked an action (override: --force --reason)
     └── StoreError               exit 2   the database cannot be used (not ours, newer schema, locked)

Shells translate these in one place (the CLI's entry point, the web app's handler); the core returns
findings as values and raises only for input it cannot represent. A message is always one line: what the
user gave is shown quoted and shortened (``shown``), so a 10 MB argument or a line break in it cannot
flood or split the line.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: the fast `today` path imports this module
if TYPE_CHECKING:
    from collections.abc import Sequence

SHOWN_LIMIT = 120  # characters of a given value quoted in a message


def shown(given: str, limit: int = SHOWN_LIMIT) -> str:
    """``given`` as a quoted literal for a one-line message: escapes for line breaks and other control
    or unpaired characters (``repr`` does that), cut to its first and last characters, ``limit`` in all,
    with its length said."""
    if len(given) <= limit:
        return repr(given)
    # Both ends: a path's file name and a sentence's last words are often what tells the value apart.
    tail = limit // 3
    return f"{given[: limit - tail]!r}...{given[-tail:]!r} ({len(given):,} characters)"


class FollowupError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        # What a shell may show beside the error (a preview that was not saved); JSON shows its keys.
        self.data: dict[str, object] | None = None


class InvalidInput(FollowupError):
    """A value is not accepted. The message names the field, what was given and what is accepted."""

    exit_code = 2

    def __init__(self, field: str, accepted: str, given: str | None = None) -> None:
        got = f" (got {shown(given)})" if given is not None else ""
        super().__init__(f"{field}: expected {accepted}{got}")
        self.field = field
        self.accepted = accepted
        self.given = given


class NotFound(FollowupError):
    exit_code = 2


class Refused(FollowupError):
    exit_code = 2


class StoreError(FollowupError):
    exit_code = 2


def nearest(given: str, choices: Sequence[str]) -> str | None:
    """The one choice ``given`` was most likely meant to be (a typo: "dnaa" for "dana-kim", "harbr" for
    "harbor-analytics"), if any is close enough; compared without case, with the whole choice, its
    beginning as long as ``given`` and each of its words. For the "did you mean" of a refusal."""
    import difflib  # only when a refusal is being worded
    import re

    wanted = given.strip().lower()
    if not wanted:
        return None
    best, best_score = None, 0.0
    for choice in choices:
        text = choice.lower()
        parts = {text, text[: len(wanted)], *re.split(r"[\s\-_.]+", text)} - {""}
        score = max((difflib.SequenceMatcher(None, wanted, part).ratio() for part in parts), default=0.0)
        if score > best_score:
            best, best_score = choice, score
    return best if best_score >= 0.75 else None
