"""What the headers say before the text is read: a delivery failure or an automatic reply.

RFC 3834 ``Auto-Submitted: auto-replied`` and ``X-Autoreply`` mark an automatic reply; a delivery
report (``multipart/report``) or a MAILER-DAEMON / postmaster sender marks a bounce; Exchange and other
programs name an automatic reply in the subject ("Automatic reply:", "Out of Office:", "Abwesenheitsnotiz",
"Réponse automatique"). ``Auto-Submitted: auto-generated`` alone decides nothing: applicant-tracking
systems send rejections and feedback that way, so those are read by their text. ``X-Auto-Response-Suppress``
(Exchange's own marker on its automatic replies) counts only with an automatic-reply subject or text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_BOUNCE_SENDER = re.compile(r"\b(?:mailer-daemon|postmaster)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^(?:undeliverable|undelivered mail|mail delivery failed|delivery status notification"
    r"|returned mail|delayed mail|delivery (?:has )?failed|failure notice|unzustellbar|non remis)",
    re.I,
)
AUTO_SUBJECT = re.compile(
    r"^(?:automatic reply|auto-?reply|out of (?:the )?office|automatische antwort|abwesenheitsnotiz"
    r"|réponse automatique|absence du bureau|accusé de réception|automatic acknowledge?ment"
    r"|we(?:'ve| have)? received your (?:message|email)|autosvar|risposta automatica)\b",
    re.I,
)


def lowered(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


def bounce_phrase(headers: Mapping[str, str], subject: str) -> str | None:
    """The header that marks a delivery failure or delay, or None."""
    h = lowered(headers)
    content_type = h.get("content-type", "").lower()
    if content_type.startswith("multipart/report") and "delivery-status" in content_type:
        return "Content-Type: multipart/report (delivery-status)"
    sender = h.get("from", "")
    if _BOUNCE_SENDER.search(sender) or re.search(r"\bmailer-daemon\b", sender, re.I):
        return f"From: {sender.strip()[:80]}"
    if _BOUNCE_SUBJECT.match(subject.strip()):
        return f"Subject: {subject.strip()[:80]}"
    return None


def auto_reply_phrase(headers: Mapping[str, str], subject: str) -> str | None:
    """The header or subject that marks an automatic reply (RFC 3834 and its cousins), or None."""
    h = lowered(headers)
    submitted = h.get("auto-submitted", "").strip().lower()
    if submitted.startswith("auto-replied"):
        return f"Auto-Submitted: {submitted}"
    autoreply = h.get("x-autoreply", "").strip().lower()
    if autoreply and autoreply not in ("no", "false", "0"):
        return f"X-Autoreply: {autoreply}"
    if AUTO_SUBJECT.match(subject.strip()):
        return f"Subject: {subject.strip()[:80]}"
    return None


def suppress_header(headers: Mapping[str, str]) -> bool:
    """Exchange's ``X-Auto-Response-Suppress`` (it marks its own automatic replies)."""
    return bool(lowered(headers).get("x-auto-response-suppress", "").strip())
