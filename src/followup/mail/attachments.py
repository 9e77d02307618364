"""Files sent with a message (`followup send --attach`): read whole, their type checked by name and by
their first bytes, their size bounded, so a mistaken file (a folder, an executable, a 200 MB video, a
``.pdf`` that is no PDF) is refused in one line before anything is queued or sent."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from followup.core.errors import InvalidInput
from followup.mail.eml import Attachment

# What an application's mail carries: documents and pictures. Each type: its MIME type and how its
# bytes begin (None: text, checked as UTF-8).
TYPES: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)),
    ".odt": ("application/vnd.oasis.opendocument.text", (b"PK\x03\x04",)),
    ".rtf": ("application/rtf", (b"{\\rtf",)),
    ".txt": ("text/plain", None),
    ".md": ("text/markdown", None),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}
ACCEPTED = "a PDF, Word (.docx, .doc), OpenDocument (.odt), RTF, text (.txt, .md) or PNG/JPEG file"
MAX_TOTAL = 10 * 2**20  # bytes in all: base64 makes 13.3 MB of it, under the 20-25 MB most servers take
MAX_FILES = 10


def read_attachments(paths: Sequence[str], field: str = "--attach") -> tuple[Attachment, ...]:
    """Each file of ``paths``, checked; one line naming the file and what is accepted otherwise."""
    if len(paths) > MAX_FILES:
        raise InvalidInput(field, f"at most {MAX_FILES} files", f"{len(paths)} files")
    found: list[Attachment] = []
    total = 0
    for given in paths:
        attachment = _read(given, field, MAX_TOTAL - total)
        total += len(attachment.data)
        found.append(attachment)
    return tuple(found)


def _read(given: str, field: str, room: int) -> Attachment:
    file = Path(given).expanduser()
    kind = TYPES.get(file.suffix.lower())
    if kind is None:
        raise InvalidInput(field, f"{ACCEPTED}, by its name's ending", given)
    try:
        if file.is_dir():
            raise InvalidInput(field, "a file, not a folder", given)
        size = os.stat(file).st_size
        if size > room:
            raise InvalidInput(
                field, f"files of {MAX_TOTAL // 2**20} MB at most in all (this one is {size:,} bytes)", given
            )
        with file.open("rb") as stream:
            data = stream.read(room + 1)
    except FileNotFoundError:
        raise InvalidInput(field, "a file that exists", given) from None
    except PermissionError:
        raise InvalidInput(field, "a file you may read", given) from None
    except OSError as error:
        raise InvalidInput(field, f"a readable file ({error.strerror or 'cannot read it'})", given) from None
    if len(data) > room:  # it grew while being read
        raise InvalidInput(field, f"files of {MAX_TOTAL // 2**20} MB at most in all", given)
    if not data:
        raise InvalidInput(field, "a file that is not empty", given)
    mime_type, starts = kind
    if starts is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(field, f"a {file.suffix} file in UTF-8 text", given) from None
    elif not data.startswith(starts):
        raise InvalidInput(field, f"a real {file.suffix} file (its content is something else)", given)
    return Attachment(file.name, data, mime_type)
