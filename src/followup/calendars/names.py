"""A person's name when a file gives only their email address: "dana.kim@harbor.example" is Dana Kim.

Invitations name attendees without a CN this way, and cards without N or FN: the local part is split at
dots, underscores and hyphens after dropping a "+tag" sub-address, numbers are dropped, and each word is
capitalised. An address with nothing of that kind in its local part names nobody ("").
"""

from __future__ import annotations

import re

from followup.calendars.clean import one_line

__all__ = ["name_from_address"]


def name_from_address(email: str) -> str:
    local, at, _ = one_line(email).partition("@")
    if not at:
        return ""
    words = (part for part in re.split(r"[._\-\s]+", local.partition("+")[0]) if part and not part.isdigit())
    return " ".join(word.capitalize() for word in words)
