"""What `followup sync` keeps (``tables.mail_folders``, ``mail_messages``, ``mail_failing``, migration
0014): each folder's UIDVALIDITY and last UID, the matched messages by Message-ID with what became of
them, and the addresses a bounce said are failing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, insert, select, update

from followup.store.tables import mail_failing, mail_folders, mail_messages


@dataclass(frozen=True)
class Stored:
    """One matched message as kept: ``number`` is what `followup inbox` shows."""

    number: int
    message_id: str
    folder: str
    application_id: str
    person_id: str
    matched_by: str  # thread, sender, domain, file
    status: str  # proposed, accepted, dismissed, recorded, bounce, sent
    kind: str
    confidence: float
    phrases: tuple[str, ...]
    date: dt.date | None
    subject: str
    sender: str
    sent_at: dt.datetime
    text: str
    event_id: str = ""


def folder_state(session: Connection, owner: str, folder: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, last UID) remembered for ``folder``, or None when it was never read."""
    row = session.execute(
        select(mail_folders.c.uidvalidity, mail_folders.c.last_uid).where(
            mail_folders.c.owner == owner, mail_folders.c.folder == folder
        )
    ).first()
    return (int(row[0]), int(row[1])) if row else None


def remember_folder(session: Connection, owner: str, folder: str, uidvalidity: int, last_uid: int) -> None:
    """Remember how far ``folder`` was read. A sync that ran alongside a newer one never moves the mark
    back (same UIDVALIDITY, lower UID); a new UIDVALIDITY replaces it."""
    current = folder_state(session, owner, folder)
    if current is None:
        session.execute(
            insert(mail_folders).values(
                owner=owner, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid
            )
        )
    elif current[0] != uidvalidity or current[1] < last_uid:
        where = and_(mail_folders.c.owner == owner, mail_folders.c.folder == folder)
        session.execute(update(mail_folders).where(where).values(uidvalidity=uidvalidity, last_uid=last_uid))


def known_ids(session: Connection, owner: str) -> set[str]:
    """The Message-IDs already kept (a rescan skips them)."""
    rows = session.execute(select(mail_messages.c.message_id).where(mail_messages.c.owner == owner))
    return {r[0] for r in rows}


def add_message(session: Connection, owner: str, message: Stored) -> Stored:
    """Keep ``message`` under the next number; the message as kept."""
    top = session.execute(
        select(func.max(mail_messages.c.number)).where(mail_messages.c.owner == owner)
    ).scalar()
    number = int(top or 0) + 1
    kept = dataclasses.replace(message, number=number)
    session.execute(insert(mail_messages).values(owner=owner, **_values(kept)))
    return kept


def is_known(session: Connection, owner: str, message_id: str) -> bool:
    """Whether ``message_id`` is kept already (asked under the owner's lock before keeping it, so that two
    syncs at once keep it, and act on it, once)."""
    found = session.execute(
        select(mail_messages.c.number).where(
            mail_messages.c.owner == owner, mail_messages.c.message_id == message_id
        )
    ).first()
    return found is not None


def move_status(session: Connection, owner: str, number: int, old: str, new: str, event_id: str = "") -> bool:
    """Set message ``number``'s status to ``new`` (and its event) only if it is still ``old`` with no event
    recorded: False when another command got there first."""
    done = session.execute(
        update(mail_messages)
        .where(
            mail_messages.c.owner == owner,
            mail_messages.c.number == number,
            mail_messages.c.status == old,
            mail_messages.c.event_id == "",
        )
        .values(status=new, event_id=event_id)
    )
    return done.rowcount == 1


def reopen(session: Connection, owner: str, removed: Sequence[str], restored: Sequence[str]) -> None:
    """`followup undo` took events back (``removed``) or brought them back (``restored``): a proposal
    accepted as a removed event waits again, an auto-reply recorded as one keeps no event, and a draft a
    bounce had put back counts as sent again once its event is restored."""
    if removed:
        for old, new in (("accepted", "proposed"), ("recorded", "recorded")):
            session.execute(
                update(mail_messages)
                .where(
                    mail_messages.c.owner == owner,
                    mail_messages.c.status == old,
                    mail_messages.c.event_id.in_(list(removed)),
                )
                .values(status=new, event_id="")
            )
    if restored:
        session.execute(
            update(mail_messages)
            .where(
                mail_messages.c.owner == owner,
                mail_messages.c.status == "bounced",
                mail_messages.c.event_id.in_(list(restored)),
            )
            .values(status="sent")
        )


def set_status(session: Connection, owner: str, number: int, status: str, event_id: str = "") -> None:
    session.execute(
        update(mail_messages)
        .where(mail_messages.c.owner == owner, mail_messages.c.number == number)
        .values(status=status, event_id=event_id)
    )


def load_messages(session: Connection, owner: str, status: str | None = None) -> list[Stored]:
    query = select(mail_messages).where(mail_messages.c.owner == owner)
    if status is not None:
        query = query.where(mail_messages.c.status == status)
    rows = session.execute(query.order_by(mail_messages.c.number)).mappings()
    return [_stored(row) for row in rows]


def sent_with_ids(session: Connection, owner: str, message_ids: Sequence[str]) -> list[Stored]:
    """The drafts sync found sent from the user's mail program whose Message-ID is in ``message_ids``."""
    if not message_ids:
        return []
    query = select(mail_messages).where(
        mail_messages.c.owner == owner,
        mail_messages.c.status == "sent",
        mail_messages.c.message_id.in_(list(message_ids)),
    )
    return [_stored(row) for row in session.execute(query.order_by(mail_messages.c.number)).mappings()]


def load_message(session: Connection, owner: str, number: int) -> Stored | None:
    row = (
        session.execute(
            select(mail_messages).where(mail_messages.c.owner == owner, mail_messages.c.number == number)
        )
        .mappings()
        .first()
    )
    return _stored(row) if row else None


def mark_failing(session: Connection, owner: str, address: str, at: dt.datetime, reason: str) -> None:
    where = and_(mail_failing.c.owner == owner, mail_failing.c.address == address)
    if session.execute(update(mail_failing).where(where).values(at=at, reason=reason)).rowcount == 0:
        session.execute(insert(mail_failing).values(owner=owner, address=address, at=at, reason=reason))


def failing(session: Connection, owner: str) -> list[tuple[str, dt.datetime, str]]:
    rows = session.execute(
        select(mail_failing.c.address, mail_failing.c.at, mail_failing.c.reason)
        .where(mail_failing.c.owner == owner)
        .order_by(mail_failing.c.address)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def _values(message: Stored) -> dict[str, object]:
    return {
        "number": message.number,
        "message_id": message.message_id,
        "folder": message.folder,
        "application_id": message.application_id,
        "person_id": message.person_id,
        "matched_by": message.matched_by,
        "status": message.status,
        "kind": message.kind,
        "confidence": message.confidence,
        "phrases": json.dumps(list(message.phrases)),
        "date": message.date,
        "subject": message.subject,
        "sender": message.sender,
        "sent_at": message.sent_at,
        "text": message.text,
        "event_id": message.event_id,
    }


def _stored(row: object) -> Stored:
    data = dict(row)  # type: ignore[call-overload]
    data.pop("owner", None)
    data["phrases"] = tuple(json.loads(data["phrases"]))
    return Stored(**data)
