"""Reading and writing the outbox (table ``outbox``, migration 0013): one row per message to send.

Like ``repository``, every function takes a ``Connection`` in a transaction and an ``owner``, filters by
the owner and never commits: ``services.outbox`` commits each step on its own, under the owner's write
lock, so that two runners never take the same row and a killed process leaves its last step recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from followup.core.model import Document
from followup.core.outbox import OutboxState, can_move
from followup.store.mapping import document_from_json, document_to_json
from followup.store.tables import outbox


@dataclass(frozen=True)
class Outgoing:
    """A message in the outbox, as stored."""

    number: int
    application_id: str
    action: str
    step_key: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    recipients: tuple[str, ...]  # "Name <address>", as confirmed
    subject: str
    body: str
    attachments: tuple[Document, ...]
    message_id: str
    message: bytes
    state: OutboxState
    due_at: dt.datetime
    retry_at: dt.datetime | None = None
    attempts: int = 0
    reason: str = ""
    force_reason: str = ""
    claimed_by: str = ""
    lease_until: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    event_id: str = ""
    history: tuple[tuple[str, str, str], ...] = field(default=())
    slots: tuple[dt.datetime, ...] = ()  # the call times a SCHED offers (H-15), aware


def _documents(data: Any) -> tuple[Document, ...]:
    return tuple(document_from_json(d) for d in data or ())


def _row(row: Any) -> Outgoing:
    m = row._mapping
    return Outgoing(
        number=m["number"],
        application_id=m["application_id"],
        action=m["action"],
        step_key=m["step_key"],
        to=tuple(m["to"]),
        cc=tuple(m["cc"]),
        recipients=tuple(m["recipients"]),
        subject=m["subject"],
        body=m["body"],
        attachments=_documents(m["attachments"]),
        message_id=m["message_id"],
        message=bytes(m["message"]),
        state=OutboxState(m["state"]),
        due_at=m["due_at"],
        retry_at=m["retry_at"],
        attempts=m["attempts"],
        reason=m["reason"],
        force_reason=m["force_reason"],
        claimed_by=m["claimed_by"],
        lease_until=m["lease_until"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
        sent_at=m["sent_at"],
        event_id=m["event_id"],
        history=tuple(tuple(h) for h in m["history"]),
        slots=tuple(dt.datetime.fromisoformat(s) for s in m["slots"] or ()),
    )


def add(session: Connection, owner: str, item: Outgoing, at: dt.datetime, note: str = "") -> Outgoing:
    """Store ``item`` under the next number of ``owner`` (taken under the owner's lock)."""
    number = (session.scalar(select(func.max(outbox.c.number)).where(outbox.c.owner == owner)) or 0) + 1
    history = [[item.state.value, at.astimezone(dt.UTC).isoformat(), note]]
    session.execute(
        insert(outbox).values(
            owner=owner,
            number=number,
            application_id=item.application_id,
            action=item.action,
            step_key=item.step_key,
            to=list(item.to),
            cc=list(item.cc),
            recipients=list(item.recipients),
            subject=item.subject,
            body=item.body,
            attachments=[document_to_json(d) for d in item.attachments],
            slots=[s.astimezone(dt.UTC).isoformat() for s in item.slots],
            message_id=item.message_id,
            message=item.message,
            state=item.state.value,
            due_at=item.due_at,
            retry_at=item.retry_at,
            attempts=item.attempts,
            reason=item.reason,
            force_reason=item.force_reason,
            claimed_by=item.claimed_by,
            lease_until=item.lease_until,
            created_at=at,
            updated_at=at,
            sent_at=None,
            event_id="",
            history=history,
        )
    )
    found = get(session, owner, number)
    assert found is not None
    return found


def get(session: Connection, owner: str, number: int) -> Outgoing | None:
    row = session.execute(select(outbox).where(outbox.c.owner == owner, outbox.c.number == number)).first()
    return _row(row) if row is not None else None


def every(session: Connection, owner: str, states: Sequence[OutboxState] = ()) -> list[Outgoing]:
    """``owner``'s messages (of ``states``, if given), by number."""
    query = select(outbox).where(outbox.c.owner == owner)
    if states:
        query = query.where(outbox.c.state.in_([s.value for s in states]))
    return [_row(r) for r in session.execute(query.order_by(outbox.c.number))]


def sent_events(session: Connection, owner: str) -> dict[tuple[str, str], Outgoing]:
    """The messages that went out by mail, by (application id, the id of the event they were recorded
    as): what `followup undo` must not take back (mail cannot be unsent)."""
    rows = every(session, owner, (OutboxState.SENT,))
    return {(r.application_id, r.event_id): r for r in rows if r.event_id}


def _in_state(session: Connection, owner: str, state: OutboxState, *where: Any) -> list[Outgoing]:
    """``owner``'s messages in ``state`` that meet ``where``, by number."""
    query = select(outbox).where(outbox.c.owner == owner, outbox.c.state == state.value, *where)
    return [_row(r) for r in session.execute(query.order_by(outbox.c.number))]


def sent_with_ids(session: Connection, owner: str, message_ids: Sequence[str]) -> list[Outgoing]:
    """``owner``'s sent messages whose Message-ID is one of ``message_ids`` (what a bounce names)."""
    if not message_ids:
        return []
    return _in_state(session, owner, OutboxState.SENT, outbox.c.message_id.in_(list(message_ids)))


def failed_with_events(session: Connection, owner: str, event_ids: Sequence[str]) -> list[Outgoing]:
    """``owner``'s failed messages recorded as one of ``event_ids`` (a bounce took them out)."""
    if not event_ids:
        return []
    return _in_state(session, owner, OutboxState.FAILED, outbox.c.event_id.in_(list(event_ids)))


def sent_between(session: Connection, owner: str, start: dt.datetime, end: dt.datetime) -> list[Outgoing]:
    """``owner``'s messages sent from ``start`` to ``end``, by number."""
    return _in_state(session, owner, OutboxState.SENT, outbox.c.sent_at >= start, outbox.c.sent_at <= end)


FINAL = frozenset({OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED, OutboxState.DROPPED})


class Conflict(Exception):
    """The row is no longer in the state the move starts from (another runner moved it first)."""


def move(
    session: Connection,
    owner: str,
    item: Outgoing,
    state: OutboxState,
    at: dt.datetime,
    note: str = "",
    **values: Any,
) -> Outgoing:
    """Move ``item`` to ``state`` (one of ``core.outbox.MOVES``), only if it is still as it was read
    (same state, same holder): otherwise ``Conflict``, and nothing is written."""
    if not can_move(item.state, state):
        raise ValueError(f"outbox: no move from {item.state.value} to {state.value}")
    history = [list(h) for h in item.history] + [[state.value, at.astimezone(dt.UTC).isoformat(), note]]
    if state in FINAL:
        values["message"] = b""  # its copy of the attachments goes once it can never be sent again
    done = session.execute(
        update(outbox)
        .where(
            outbox.c.owner == owner,
            outbox.c.number == item.number,
            outbox.c.state == item.state.value,
            outbox.c.claimed_by == item.claimed_by,
        )
        .values(state=state.value, updated_at=at, history=history, **values)
    )
    if done.rowcount != 1:
        raise Conflict(f"outbox {item.number} was moved by another command")
    found = get(session, owner, item.number)
    assert found is not None
    return found


def annotate(session: Connection, owner: str, number: int, reason: str) -> None:
    """Say why a message waits (its state unchanged)."""
    session.execute(
        update(outbox).where(outbox.c.owner == owner, outbox.c.number == number).values(reason=reason)
    )
