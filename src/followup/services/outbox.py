"""Sending mail, never twice and never lost: `followup send` and the outbox.

Every message goes through the outbox table (``store.outbox``), a send now included, and each step is
committed on its own, under the owner's write lock, before the next begins (``core.outbox`` draws the
states): queued → claimed → sending → (the SMTP exchange) → sent, with the sent event recorded through
the same path as `followup log sent` (``services.events.log_event``) in the very transaction that marks
the message sent. A process killed between two steps leaves the last one recorded:

* claimed, and its process gone: nothing reached the server yet, so it is queued again;
* sending, and its process gone: it may have gone out. It is **uncertain** and never sent again by
  itself: its Message-ID is looked for in the Sent folder (``SentFolder``); found, it is recorded as
  sent; otherwise it waits for the user (`followup outbox resolve N --sent | --resend | --drop`).

Two runners (cron on two machines, a `send` and an `outbox run`) each claim one message at a time under
the owner's lock (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's ``FOR UPDATE`` on the owner's profile row),
and a claim only moves a row that is still as it was read, so a message is delivered once.

The guard judges every message when it is queued and again when it goes (PLAYBOOK §1.6): a BLOCK stops
a send now unless forced with a reason; it is never queued; and a queued message the situation has since
blocked (a reply arrived, an offer was logged) is **held**, with the guard's words, not sent.

Where the mail account comes in is ``services.mail_route``: the account's SMTP server, its Sent folder
searched by Message-ID, and a copy filed there when the server filed none.

``FOLLOWUP_TEST_KILL_AT=<step>`` is a test hook: the process kills itself (SIGKILL) right after that
step is committed (queued, claimed, sending, accepted: the server took it and nothing is recorded yet,
sent), so tests can kill a real `followup send` or `outbox run` at each step boundary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import email.utils
import os
import secrets
import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import FollowupError, InvalidInput, NotFound, Refused
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Channel, Event, EventType, Records
from followup.core.outbox import ATTEMPTS as MAX_ATTEMPTS
from followup.core.outbox import LEASE, OPEN, OutboxState, is_abandoned, is_due, retry_after
from followup.services.events import log_event
from followup.services.mail_route import SentFolder, copy_to_sent, mailer_for, sent_folder_for
from followup.services.sending import Prepared, blocks_of
from followup.store import outbox as rows
from followup.store.outbox import Outgoing as Outgoing  # what the CLI shows
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from followup.mail.smtp import Mailer
    from followup.services.workspace import Workspace

__all__ = ["Outgoing", "SentFolder", "copy_to_sent", "mailer_for", "sent_folder_for"]  # and the use cases

KILL_VARIABLE = "FOLLOWUP_TEST_KILL_AT"
KILL_STEPS = ("queued", "claimed", "sending", "accepted", "sent")


def _step_done(step: str) -> None:
    """The test hook (``FOLLOWUP_TEST_KILL_AT``): die here, as a power cut or ``kill -9`` would."""
    if os.environ.get(KILL_VARIABLE) == step:
        os.kill(os.getpid(), signal.SIGKILL)


# --- putting a message in the outbox ------------------------------------------------------------------------


_ACTIVE: set[str] = set()  # the holders of this process that are still at work


@contextmanager
def holding() -> Iterator[str]:
    """A holder for the claims of one run (a send now, an `outbox run`): ``host:pid:token``, known to
    this process as at work until the block ends, so that a later run in the same process (a web app,
    the tests) can tell a finished or failed run from one still sending."""
    holder = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    _ACTIVE.add(holder)
    try:
        yield holder
    finally:
        _ACTIVE.discard(holder)


def enqueue(
    ws: Workspace,
    prepared: Prepared,
    clock: dt.datetime,
    *,
    holder: str = "",
    force_reason: str = "",
) -> rows.Outgoing:
    """Store ``prepared`` in the outbox: queued for its time, or (``holder``: a send now) claimed by
    ``holder`` at once, so that nobody else takes it while it goes. A BLOCK is never queued (§1.6)."""
    if prepared.verdict.blocked and (prepared.scheduled or not force_reason):
        raise Refused(f"not queued: {blocks_of(prepared.verdict)}")
    state = OutboxState.CLAIMED if holder else OutboxState.QUEUED
    item = rows.Outgoing(
        number=0,
        application_id=prepared.application_id,
        action=prepared.action,
        step_key=prepared.step_key,
        to=prepared.to,
        cc=prepared.cc,
        recipients=prepared.recipients,
        subject=prepared.subject,
        body=prepared.text,
        attachments=prepared.documents,
        slots=prepared.verdict.proposal.slots,
        message_id=prepared.message_id,
        message=prepared.message,
        state=state,
        due_at=prepared.when,
        force_reason=force_reason,
        claimed_by=holder,
        lease_until=clock + LEASE if holder else None,
    )
    note = "send now" if holder else f"to go at {prepared.when.isoformat()}"
    with ws.locked() as session:
        _not_twice(session, ws.owner, prepared, force_reason)
        stored = rows.add(session, ws.owner, item, clock, note)
    _step_done(state.value)
    return stored


def _not_twice(session: Connection, owner: str, prepared: Prepared, force_reason: str) -> None:
    """One message per plan step: a step already sent by mail, or waiting in the outbox, is not sent
    again by a second `send` (a command repeated from the shell history); a send now may be forced."""
    if not prepared.step_key:
        return
    what = "not queued" if prepared.scheduled else "not sent"
    for other in rows.every(session, owner, (*OPEN, OutboxState.SENT, OutboxState.HELD)):
        if (other.application_id, other.step_key) != (prepared.application_id, prepared.step_key):
            continue
        if other.state is OutboxState.SENT:
            if force_reason and not prepared.scheduled:
                continue
            again = "" if prepared.scheduled else ' To send it again anyway: --force --reason "why"'
            raise Refused(
                f"{what}: {prepared.step_key} went out by mail already (outbox {other.number}).{again}"
            )
        raise Refused(
            f"{what}: {prepared.step_key} is in the outbox already (outbox {other.number}, "
            f"{other.state.value}); see `followup outbox`"
        )


# --- delivering ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What became of one message in a run (or a send now)."""

    item: rows.Outgoing
    error: str = ""  # a failure to show in one line ("" when it went, or was held or recovered)

    @property
    def number(self) -> int:
        return self.item.number


def _transaction_move(
    ws: Workspace,
    item: rows.Outgoing,
    state: OutboxState,
    clock: dt.datetime,
    note: str = "",
    **values: object,
) -> rows.Outgoing:
    with ws.locked() as session:
        return rows.move(session, ws.owner, item, state, clock, note, **values)


def _verdict_now(ws: Workspace, item: rows.Outgoing, now: dt.datetime) -> Verdict | str:
    """The guard on sending ``item`` now, or why it cannot be judged (its application is gone)."""
    reading = ws.read_scoped(item.application_id, now)
    records: Records = reading.records
    app = records.application(item.application_id)
    if app is None:
        return f"its application {item.application_id!r} is no longer recorded"
    missing = [p for p in (*item.to, *item.cc) if app.person(p) is None]
    if missing:
        return f"{', '.join(missing)} is no longer recorded in {app.id}"
    proposal = Proposal(
        action=item.action,
        to=item.to,
        cc=item.cc,
        channel="email",
        at=now,
        slots=item.slots,  # H-15 again: a slot that has come too close since it was queued
        attachments=item.attachments,
    )
    return check(records, app.id, proposal, calendars_for(records, [app]), now, reading.shared)


def dated(message: bytes, now: dt.datetime) -> bytes:
    """``message`` with its Date set to ``now``: a message scheduled on Sunday for Tuesday morning, or
    retried after the server was down, is dated when it goes, as a mail program dates what it sends. The
    rest, Message-ID included, is exactly what the user confirmed."""
    parsed = email.message_from_bytes(message, policy=email.policy.SMTP)
    del parsed["Date"]
    parsed["Date"] = email.utils.format_datetime(now.astimezone(dt.UTC))
    return parsed.as_bytes()


def deliver(
    ws: Workspace,
    item: rows.Outgoing,
    mailer: Mailer,
    now: dt.datetime,
    clock: dt.datetime,
    *,
    forced: bool = False,
    confirmed_now: bool = False,
) -> Outcome:
    """Send ``item``, claimed by this run: the guard again (held if it now blocks, unless this is the
    send now the user forced; a SCHED whose call times no longer fit, unless the user confirmed it with
    the guard's verdict in front of them a moment ago, ``confirmed_now``), then sending (committed), the
    SMTP exchange, and sent with its event."""
    from followup.mail.smtp import PERMANENT, UNCERTAIN, SendFailure

    judged = _verdict_now(ws, item, now)
    if isinstance(judged, str):
        held = _transaction_move(
            ws, item, OutboxState.HELD, clock, judged, reason=f"held: {judged}", lease_until=None
        )
        return Outcome(held)
    if judged.blocked and not forced:
        why = (
            f"held: the guard blocks it now: {blocks_of(judged)}; it is not sent by itself "
            f"(`followup outbox cancel {item.number}` takes it out)"
        )
        held = _transaction_move(ws, item, OutboxState.HELD, clock, why, reason=why, lease_until=None)
        return Outcome(held)
    stale = next((f for f in judged.findings if f.code == "W-SLOTS"), None) if item.slots else None
    if stale is not None and not (forced or confirmed_now):
        # H-15: the times it offers were right when it was queued; sent late, they would be wrong
        why = (
            f"held: the call times it offers no longer fit: {stale.message} Draft it again with new "
            f"times (`followup outbox cancel {item.number}`, then `followup send {item.action}`)"
        )
        held = _transaction_move(ws, item, OutboxState.HELD, clock, why, reason=why, lease_until=None)
        return Outcome(held)
    sending = _transaction_move(
        ws, item, OutboxState.SENDING, clock, lease_until=clock + LEASE, message=dated(item.message, now)
    )
    _step_done("sending")
    try:
        mailer.send(email.message_from_bytes(sending.message, policy=email.policy.SMTP))
    except SendFailure as failure:
        if failure.kind == UNCERTAIN:
            why = f"uncertain: {failure.message}; it may have gone out"
            return Outcome(
                _transaction_move(ws, sending, OutboxState.UNCERTAIN, clock, why, reason=why), failure.message
            )
        if failure.kind == PERMANENT:
            return Outcome(_failed(ws, sending, clock, failure.message), failure.message)
        return Outcome(_retry(ws, sending, now, clock, failure.message), failure.message)
    except FollowupError as error:  # the configuration (a password command that fails...): nothing went
        return Outcome(_retry(ws, sending, now, clock, error.message), error.message)
    _step_done("accepted")
    return Outcome(record_sent(ws, sending, now, clock, "the server accepted it"))


def _failed(ws: Workspace, item: rows.Outgoing, clock: dt.datetime, why: str) -> rows.Outgoing:
    step = f"; {item.step_key} is due again" if item.step_key else ""
    reason = f"failed: {why}{step}"
    return _transaction_move(
        ws, item, OutboxState.FAILED, clock, why, reason=reason, attempts=item.attempts, lease_until=None
    )


def _retry(
    ws: Workspace, item: rows.Outgoing, now: dt.datetime, clock: dt.datetime, why: str
) -> rows.Outgoing:
    attempts = item.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        return _failed(ws, dataclasses.replace(item, attempts=attempts), clock, f"{why} ({attempts} tries)")
    when = retry_after(attempts, now)
    reason = f"not sent: {why}; next try from {when:%Y-%m-%d %H:%M} UTC"
    return _transaction_move(
        ws,
        item,
        OutboxState.QUEUED,
        clock,
        why,
        reason=reason,
        retry_at=when,
        attempts=attempts,
        claimed_by="",
        lease_until=None,
    )


def record_sent(
    ws: Workspace, item: rows.Outgoing, now: dt.datetime, clock: dt.datetime, note: str
) -> rows.Outgoing:
    """Record ``item`` as sent: its event (as `followup log sent` records one, with the exact text) and
    the outbox row, in one transaction. If the event cannot be recorded (the records changed meanwhile),
    the mail went all the same: the row is marked sent with the reason, so it is never sent again."""
    event = Event(
        id="",
        type=EventType.SENT,
        at=now,
        kind=item.action,
        channel=Channel.EMAIL,
        to=item.to,
        cc=item.cc,
        subject=item.subject,
        body=item.body,
        attachments=item.attachments,
        proposed_slots=item.slots,  # E-09 matches the answer to them
    )
    marked: list[rows.Outgoing] = []

    def mark(session: Connection, stored: Event) -> None:
        current = rows.get(session, ws.owner, item.number)
        if current is None or current.state not in (OutboxState.SENDING, OutboxState.UNCERTAIN):
            raise rows.Conflict(f"outbox {item.number} was recorded by another command")
        marked.append(
            rows.move(
                session,
                ws.owner,
                current,
                OutboxState.SENT,
                clock,
                note,
                reason="",
                sent_at=now,
                event_id=stored.id,
                lease_until=None,
            )
        )

    reason = item.force_reason or f"sent by followup (outbox {item.number}) after the guard's check"
    try:
        log_event(ws, item.application_id, event, force=True, reason=reason, now=now, also=mark)
    except rows.Conflict:
        with ws.store.read() as session:
            found = rows.get(session, ws.owner, item.number)
        assert found is not None
        return found
    except FollowupError as error:
        with ws.locked() as session:
            current = rows.get(session, ws.owner, item.number)
            assert current is not None
            if current.state is OutboxState.SENT:
                return current
            why = f"sent, but not recorded as sent ({error.message}): record it with `followup log sent`"
            done = rows.move(
                session,
                ws.owner,
                current,
                OutboxState.SENT,
                clock,
                why,
                reason=why,
                sent_at=now,
                lease_until=None,
            )
        _step_done("sent")
        return done
    _step_done("sent")
    copy_to_sent(ws, item)  # (the row as it was sending: a sent row no longer keeps the message)
    return marked[0]


# --- the run ------------------------------------------------------------------------------------------


def _process_alive(holder: str) -> bool | None:
    """Whether the process holding a claim still runs: known on this machine only (None elsewhere).
    A holder of this process is at work while its run is (``holding``)."""
    host, _, rest = holder.partition(":")
    pid_text, _, _token = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return None
    pid = int(pid_text)
    if pid == os.getpid():
        return holder in _ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(ws: Workspace, clock: dt.datetime) -> list[rows.Outgoing]:
    """Messages whose runner is gone: claimed ones are queued again (the server was never reached);
    sending ones become uncertain (it may have gone out) and are never sent again by themselves."""
    moved = []
    with ws.locked() as session:
        for item in rows.every(session, ws.owner, (OutboxState.CLAIMED, OutboxState.SENDING)):
            if not is_abandoned(item.lease_until, clock, _process_alive(item.claimed_by)):
                continue
            if item.state is OutboxState.CLAIMED:
                note = "its sender stopped before reaching the server: queued again"
                moved.append(
                    rows.move(
                        session,
                        ws.owner,
                        item,
                        OutboxState.QUEUED,
                        clock,
                        note,
                        claimed_by="",
                        lease_until=None,
                    )
                )
            else:
                why = "uncertain: its sender stopped while sending; it may have gone out"
                moved.append(
                    rows.move(session, ws.owner, item, OutboxState.UNCERTAIN, clock, why, reason=why)
                )
    return moved


def search_sent(
    ws: Workspace, folder: SentFolder, now: dt.datetime, clock: dt.datetime
) -> list[rows.Outgoing]:
    """Each uncertain message looked for in the Sent folder by its Message-ID: found, it is recorded as
    sent; not found, or the folder cannot be searched, it waits for the user (``resolve``)."""
    with ws.store.read() as session:
        uncertain = rows.every(session, ws.owner, (OutboxState.UNCERTAIN,))
    result = []
    for item in uncertain:
        found = folder.contains(item.message_id)
        if found:
            result.append(record_sent(ws, item, now, clock, "found in the Sent folder"))
            continue
        where = "not in your Sent folder" if found is False else "your Sent folder could not be searched"
        why = (
            f"uncertain: its sender stopped while sending, and it is {where}; decide with "
            f"`followup outbox resolve {item.number} --sent | --resend | --drop`"
        )
        with ws.locked() as session:
            rows.annotate(session, ws.owner, item.number, why)
        result.append(dataclasses.replace(item, reason=why))
    return result


@dataclass(frozen=True)
class Run:
    recovered: tuple[rows.Outgoing, ...]
    uncertain: tuple[rows.Outgoing, ...]
    delivered: tuple[Outcome, ...]


def due(ws: Workspace, now: dt.datetime) -> list[rows.Outgoing]:
    with ws.store.read() as session:
        queued = rows.every(session, ws.owner, (OutboxState.QUEUED,))
    return [q for q in queued if is_due(q.state, q.due_at, q.retry_at, now)]


def claim_next(ws: Workspace, holder: str, now: dt.datetime, clock: dt.datetime) -> rows.Outgoing | None:
    """The first due message, claimed by ``holder`` under the owner's lock (one runner gets it)."""
    with ws.locked() as session:
        queued = rows.every(session, ws.owner, (OutboxState.QUEUED,))
        ready = sorted(
            (q for q in queued if is_due(q.state, q.due_at, q.retry_at, now)),
            key=lambda q: (q.due_at, q.number),
        )
        if not ready:
            return None
        claimed = rows.move(
            session,
            ws.owner,
            ready[0],
            OutboxState.CLAIMED,
            clock,
            holder,
            claimed_by=holder,
            lease_until=clock + LEASE,
        )
    _step_done("claimed")
    return claimed


def run(
    ws: Workspace,
    now: dt.datetime,
    clock: dt.datetime,
    folder: SentFolder | None = None,
    mailer: Mailer | None = None,
) -> Run:
    """`followup outbox run`: recover what a stopped runner left, look for uncertain messages in the
    Sent folder, then deliver each due message once, claimed one at a time."""
    if ws.missing:
        return Run((), (), ())
    with holding() as holder:
        recovered = recover(ws, clock)
        uncertain = search_sent(ws, folder or sent_folder_for(ws), now, clock)
        outcomes: list[Outcome] = []
        if due(ws, now):
            mailer = mailer or mailer_for(ws)  # a missing configuration is refused before anything is claimed
            while (item := claim_next(ws, holder, now, clock)) is not None:
                outcomes.append(deliver(ws, item, mailer, now, clock))
    return Run(tuple(recovered), tuple(uncertain), tuple(outcomes))


# --- the user's decisions -----------------------------------------------------------------------------------


def listing(ws: Workspace) -> list[rows.Outgoing]:
    if ws.missing:
        return []
    with ws.store.read() as session:
        return rows.every(session, ws.owner)


def get(ws: Workspace, number: int) -> rows.Outgoing:
    if ws.missing:
        raise NotFound(f"no message {number} in the outbox; see `followup outbox`")
    with ws.store.read() as session:
        found = rows.get(session, ws.owner, number)
    if found is None:
        raise NotFound(f"no message {number} in the outbox; see `followup outbox`")
    return found


CANCELLABLE = (OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED)


def cancel(ws: Workspace, number: int, clock: dt.datetime) -> rows.Outgoing:
    item = get(ws, number)
    if item.state not in CANCELLABLE:
        because = {
            OutboxState.CLAIMED: "it is being sent right now",
            OutboxState.SENDING: "it is being sent right now",
            OutboxState.SENT: "it was sent (mail cannot be unsent)",
            OutboxState.UNCERTAIN: "it may have gone out: `followup outbox resolve N --drop`",
        }.get(item.state, f"it is {item.state.value} already")
        raise InvalidInput("N", f"a queued, held or failed message ({because})", str(number))
    try:
        return _transaction_move(
            ws, item, OutboxState.CANCELLED, clock, "cancelled by the user", lease_until=None
        )
    except rows.Conflict:
        raise InvalidInput("N", "a message no other command is sending", str(number)) from None


def resolve(
    ws: Workspace,
    number: int,
    choice: str,
    now: dt.datetime,
    clock: dt.datetime,
    mailer: Mailer | None = None,
) -> Outcome:
    """The user's decision on an uncertain message: ``sent`` (it went: record it), ``resend`` (it did
    not: send it now, the guard judging it again) or ``drop`` (leave it unsent)."""
    item = get(ws, number)
    if item.state is not OutboxState.UNCERTAIN:
        raise InvalidInput("N", f"an uncertain message (outbox {number} is {item.state.value})", str(number))
    if choice == "sent":
        return Outcome(record_sent(ws, item, now, clock, "the user says it went"))
    if choice == "drop":
        return Outcome(
            _transaction_move(ws, item, OutboxState.DROPPED, clock, "dropped by the user", lease_until=None)
        )
    mailer = mailer or mailer_for(ws)
    with holding() as holder:
        return _resend(ws, item, holder, mailer, now, clock)


def _resend(
    ws: Workspace, item: rows.Outgoing, holder: str, mailer: Mailer, now: dt.datetime, clock: dt.datetime
) -> Outcome:
    queued = _transaction_move(
        ws,
        item,
        OutboxState.QUEUED,
        clock,
        "the user asks to send it again",
        due_at=now,
        retry_at=None,
        claimed_by="",
        lease_until=None,
    )
    with ws.locked() as session:
        claimed = rows.move(
            session,
            ws.owner,
            queued,
            OutboxState.CLAIMED,
            clock,
            holder,
            claimed_by=holder,
            lease_until=clock + LEASE,
        )
    return deliver(ws, claimed, mailer, now, clock)
