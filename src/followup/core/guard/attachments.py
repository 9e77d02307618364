"""What goes with a message: the résumé on the first follow-up (C-17).

The guard sees attachments as plain data (``Document``: name, SHA-256, size, modification time); the shell
reads the files (``services.documents``). Nothing here touches a file.
"""

from __future__ import annotations

import re

from followup.core.guard.context import Inspection
from followup.core.model import Document

RESUME_NAME = re.compile(r"r[ée]sum[ée]|(?<![a-z])cv(?![a-z])|curriculum|lebenslauf", re.IGNORECASE)


def resume_on_f1(g: Inspection) -> None:
    """C-17: F1 is a good place for a résumé revised to the needs they described; the one submitted with the
    application, or one not changed since before the interview, adds nothing (N-RESUME)."""
    if g.action != "F1":
        return
    submitted = g.f.app.resume
    started = g.f.interview.start
    for document in g.p.attachments:
        if submitted is not None and document.sha256 and document.sha256 == submitted.sha256:
            g.add(
                "N-RESUME",
                "C-17",
                f"{document.name} is the résumé you submitted: attach one revised to the needs they "
                "described, or none.",
            )
            return
        if is_resume(document, submitted) and document.modified is not None and document.modified < started:
            g.add(
                "N-RESUME",
                "C-17",
                f"{document.name} has not changed since before the interview: revise it to the needs they "
                "described, or leave it out.",
            )
            return


def is_resume(document: Document, submitted: Document | None) -> bool:
    """A résumé by its content or name: the file submitted, one of the same name, or one called so."""
    if submitted is not None and (
        (document.sha256 and document.sha256 == submitted.sha256) or document.name == submitted.name
    ):
        return True
    return RESUME_NAME.search(document.name) is not None
