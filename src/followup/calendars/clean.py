"""Text that comes from other people's files, or goes into files for other programs, made safe to keep.

A calendar or a card can hold anything in a text: line breaks in a meeting link, control characters
from a broken export, an escape sequence meant for a terminal, bidirectional overrides that make a name
read backwards, lone surrogates from bytes that were not text. What followup stores from a file, and what
it writes into a calendar file, goes through here first:

* ``one_line`` for a name, a title, a summary: every line break and tab becomes one space, control and
  bidirectional-override characters go, runs of spaces become one.
* ``joined_lines`` for a place: an address written on several lines stays readable on one ("1 Harbor
  Way, Boston").
* ``first_line`` for a meeting link: a URL never spans lines, so what follows a break is other text (a
  passcode, "Join by phone"), and the link keeps only its first line.
* ``multi_line`` for a description: lines are kept (as ``\\n``), each cleaned like ``one_line``.

Line breaks are every break Python's ``str.splitlines`` knows (CR, LF, CR LF, VT, FF, the file, group
and record separators, NEL, U+2028, U+2029): another program may split on any of them.
"""

from __future__ import annotations

import re

__all__ = ["first_line", "joined_lines", "multi_line", "one_line"]

# C0 and C1 controls other than the line breaks handled below, DEL, a byte-order mark inside a text,
# and the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that can make
# a text display as another.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def one_line(text: str) -> str:
    """The text on one line: breaks and tabs as single spaces, no control characters, trimmed."""
    return _squeeze(_BREAKS.sub(" ", _visible(text)))


def joined_lines(text: str, separator: str = ", ") -> str:
    """The text's non-empty lines, each on one line, joined by ``separator``."""
    return separator.join(line for line in _lines(text) if line)


def first_line(text: str) -> str:
    """The first non-empty line of the text, cleaned as ``one_line``."""
    return next((line for line in _lines(text) if line), "")


def multi_line(text: str) -> str:
    """The text with its lines kept (joined by ``\\n``), each cleaned; blank lines at the ends dropped."""
    return "\n".join(_lines(text)).strip("\n")


def _lines(text: str) -> list[str]:
    return [_squeeze(line) for line in _BREAKS.split(_visible(text))]


def _visible(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
