"""The command line as the user typed it, kept with each change in the undo journal (`followup undo`
shows it). Standard library only: ``app.run`` computes it for every command before any is imported."""

from __future__ import annotations

import re
from collections.abc import Sequence

_BARE = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")
GROUP_OPTIONS = ("--db",)  # where the records are, not what was done (a URL may hold a password)


def typed(args: Sequence[str]) -> str:
    """The command line as the user typed it, for the journal: the program's own options before the
    command are left out, and a word with spaces or quotes is shown in double quotes."""
    words = list(args)
    while words and words[0].split("=", 1)[0] in GROUP_OPTIONS:
        words = words[1:] if "=" in words[0] else words[2:]
    return " ".join(_quoted(word) for word in words)


def _quoted(word: str) -> str:
    if _BARE.fullmatch(word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
