"""A message that bounced never arrived: its send is marked failed and its step is due again (issue 10).

A delivery status notification returns the headers of the message it could not deliver (RFC 3464: a
``message/rfc822`` or ``text/rfc822-headers`` part), so our Message-ID is in it. That is the match; a
notification that returns nothing is matched to the newest message followup sent to the failing address in
the week before it. Only messages that went out by mail are put back: the outbox's (``followup send``) and
the drafts sync found sent from the user's mail program. The sent event comes out of the history in one
journaled transaction with the outbox row's move to ``failed`` (so `followup undo` puts it back, and the
exact text stays in the outbox); the plan then shows the step as due again, which is what it is: nobody has
read the message.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import getaddresses

from followup.core.errors import NotFound
from followup.core.outbox import OutboxState
from followup.services.events import affected_by
from followup.services.workspace import Change, Workspace
from followup.store import mail_sync as mailbox_rows
from followup.store import outbox as outbox_rows

_HEADER_IDS = re.compile(rb"(?im)^(?:message-id|in-reply-to|references):[ \t]*((?:.*)(?:\r?\n[ \t]+.*)*)")
_ID = re.compile(rb"<[^<>\s]+>")
_DIAGNOSTIC = re.compile(rb"(?im)^diagnostic-code:[ \t]*(?:[a-z0-9-]+[ \t]*;)?[ \t]*(.+(?:\r?\n[ \t]+.+)*)")
_STATUS = re.compile(rb"(?im)^status:[ \t]*([245]\.\d{1,3}\.\d{1,3})")
_ACTION = re.compile(rb"(?im)^action:[ \t]*([a-z]+)")
WINDOW = dt.timedelta(days=7)  # a bounce comes within minutes or days of the message, never weeks
MAX_REASON = 200


@dataclass(frozen=True)
class Undelivered:
    """A message of ours a bounce says never arrived, and what was done about it."""

    application_id: str
    action: str
    to: tuple[str, ...]  # person ids
    outbox: int  # the outbox number, or 0 for a draft sent from the user's mail program
    reason: str
    names: tuple[str, ...] = ()  # the recipients as the user knows them ("Ben Carter")


def is_failure(raw: bytes) -> bool:
    """Whether a notification says delivery failed: a report whose every Action is "delayed" (the server
    is still trying), "delivered", "relayed" or "expanded" is news, not a bounce (RFC 3464 §2.3.3)."""
    actions = {a.decode("ascii").casefold() for a in _ACTION.findall(raw)}
    return not actions or "failed" in actions


def message_ids(raw: bytes) -> list[str]:
    """Every Message-ID a notification names in its headers and in the headers it returns."""
    found: dict[str, None] = {}
    for block in _HEADER_IDS.findall(raw):
        for ident in _ID.findall(block):
            found[ident.decode("ascii", "replace")] = None
    return list(found)


# RFC 3463 enhanced status codes a job seeker meets, in plain words (the rest keep the subject's)
_STATUS_WORDS = {
    "5.1.1": "no such mailbox at that address",
    "5.1.2": "no such domain",
    "5.1.10": "no such mailbox at that address",
    "5.2.1": "the mailbox is disabled",
    "5.2.2": "the mailbox is full",
    "4.2.2": "the mailbox is full",
    "5.4.4": "no such domain",
    "5.7.1": "the server refused it",
}


def reason_of(raw: bytes, subject: str) -> str:
    """Why it did not arrive, for the user deciding whether the address is wrong or the mailbox full: the
    server's own words (Diagnostic-Code), else the status in plain words, else the notification's subject."""
    diagnostic = _DIAGNOSTIC.search(raw)
    status = _STATUS.search(raw)
    code = status.group(1).decode() if status is not None else ""
    if diagnostic is not None:
        text = " ".join(diagnostic.group(1).decode("utf-8", "replace").split())
    else:
        words = _STATUS_WORDS.get(code) or subject or "undeliverable"
        text = f"{words} (status {code})" if code else words
    return text[:MAX_REASON]


def record_bounce(
    ws: Workspace, raw: bytes, addresses: Sequence[str], reason: str, at: dt.datetime, clock: dt.datetime
) -> list[Undelivered]:
    """Put back every message of ours that ``raw`` (a notification received ``at``) says did not arrive;
    returns them (none when it names no message of ours)."""
    ids = message_ids(raw)
    done: list[Undelivered] = []
    with ws.transaction() as change:
        session = change.session
        assert session is not None
        sent = outbox_rows.sent_with_ids(session, ws.owner, ids)
        if not sent:
            wanted = {a.casefold() for a in addresses}
            recent = outbox_rows.sent_between(session, ws.owner, at - WINDOW, at)
            to_them = [item for item in recent if wanted & _addresses(item.recipients)]
            sent = to_them[-1:]
        for item in sent:
            why = f"bounced: {reason}"
            if item.event_id:
                _take_out(change, item.application_id, item.event_id)
            outbox_rows.move(session, ws.owner, item, OutboxState.FAILED, clock, why, reason=why)
            names = tuple(name or address for name, address in getaddresses(list(item.recipients)))
            done.append(Undelivered(item.application_id, item.action, item.to, item.number, reason, names))
        if not sent:
            for kept in mailbox_rows.sent_with_ids(session, ws.owner, ids):
                if kept.event_id and _take_out(change, kept.application_id, kept.event_id):
                    mailbox_rows.set_status(session, ws.owner, kept.number, "bounced", kept.event_id)
                    person = change.app(kept.application_id).person(kept.person_id)
                    names = (person.name,) if person is not None else ()
                    done.append(
                        Undelivered(kept.application_id, kept.kind, (kept.person_id,), 0, reason, names)
                    )
    return done


def _addresses(recipients: Sequence[str]) -> set[str]:
    return {address.casefold() for _, address in getaddresses(list(recipients)) if address}


def _take_out(change: Change, application_id: str, event_id: str) -> bool:
    """Remove the sent event ``event_id``; False when the application or the event is gone already (the
    user removed it by hand: nothing is left to put back)."""
    try:
        app = change.app(application_id)
    except NotFound:
        return False
    event = next((e for e in app.events if e.id == event_id), None)
    if event is None:
        return False
    events = tuple(e for e in app.events if e.id != event_id)
    change.put(dataclasses.replace(app, events=events), affects=affected_by(event))
    return True
