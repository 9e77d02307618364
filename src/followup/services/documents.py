"""Files the candidate sends or submits, known by their content (C-17): a résumé, an attachment.

followup never keeps the file. ``read_document`` reads what identifies it — its name, the SHA-256 of its
bytes, its size and when it was last modified — into a ``core.model.Document`` that the core compares as
plain data (N-RESUME: the résumé attached to F1 is the one submitted, or was not touched since before the
interview). Any command that takes a file (``interview add --resume``, ``log sent --attach``, ``check
--attach``) reads it here, so a missing or unreadable file is the same one-line error everywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from followup.core.errors import InvalidInput
from followup.core.model import Document

_CHUNK = 1 << 20  # read large files a megabyte at a time


def read_document(path: str | os.PathLike[str], *, field: str, recorded_at: dt.datetime) -> Document:
    """The ``Document`` for the file at ``path``: name, SHA-256, size, modification time (UTC), and
    ``recorded_at`` (aware). Raises ``InvalidInput`` naming ``field`` (e.g. ``--resume``) when the file is
    missing, a folder, or cannot be read."""
    given = os.fspath(path)
    file = Path(given).expanduser()
    try:
        if file.is_dir():
            raise InvalidInput(field, "a file, not a folder", given)
        digest = hashlib.sha256()
        with file.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
            status = os.fstat(stream.fileno())
    except FileNotFoundError:
        raise InvalidInput(field, "a file that exists", given) from None
    except PermissionError:
        raise InvalidInput(field, "a file you may read", given) from None
    except OSError as error:
        raise InvalidInput(field, f"a readable file ({error.strerror or 'cannot read it'})", given) from None
    return Document(
        name=file.name,
        sha256=digest.hexdigest(),
        size=status.st_size,
        modified=dt.datetime.fromtimestamp(status.st_mtime, dt.UTC),
        recorded_at=recorded_at.astimezone(dt.UTC),
    )


def read_documents(
    paths: Iterable[str | os.PathLike[str]], *, field: str, recorded_at: dt.datetime
) -> tuple[Document, ...]:
    """``read_document`` for each of ``paths`` (a repeatable option), in order."""
    return tuple(read_document(p, field=field, recorded_at=recorded_at) for p in paths)
