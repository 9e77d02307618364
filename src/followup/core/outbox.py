"""The outbox's decisions, pure: a message's states and the moves between them, when a queued message is
due, when a claim is abandoned, how long a temporary failure waits, and the next good time to send
(T-07: a business day of the recipient, in their working hours).

A message is recorded at every step, each in its own committed transaction, before the next step starts
(``services.outbox``), so a process killed anywhere leaves a state that says what is known:

    queued ─claim→ claimed ─→ sending ─SMTP accepted→ sent ─a bounce names it→ failed (the step is due again)
       │              │          ├─ 5xx → failed (the step is due again)
       │              │          ├─ 4xx, server down, password refused → queued (retry later)
       │              │          └─ process gone → uncertain ─ found in Sent / --sent → sent
       │              │                                      ├─ --resend → queued
       │              │                                      └─ --drop → dropped
       │              ├─ the guard blocks it now → held (never sent without the user)
       │              └─ process gone → queued (nothing was sent: the server was not reached yet)
       └─ cancel → cancelled                       held, failed → cancelled; failed ─undo of a bounce→ sent

A message in ``sending`` whose process is gone may or may not have reached the server: it is never sent
again by itself (``uncertain``). A forced override applies to a send now only (PLAYBOOK §1.6): nothing
blocked is ever queued, and a message the guard blocks at delivery is held, not forced.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo

from followup.core.plan.business_days import BusinessCalendar


class OutboxState(StrEnum):
    QUEUED = "queued"  # waits for its time (or for a retry after a temporary failure)
    CLAIMED = "claimed"  # a runner took it; the server has not been contacted
    SENDING = "sending"  # recorded before the server is contacted: from here on it may have gone
    SENT = "sent"  # the server accepted it, and it is recorded as sent
    FAILED = "failed"  # refused for good (5xx) or bounced: it never arrived, the step is due again
    HELD = "held"  # the guard blocks it now (a reply, an offer...): waits for the user
    UNCERTAIN = "uncertain"  # its process died while sending: never resent automatically
    CANCELLED = "cancelled"  # the user took it out before it went
    DROPPED = "dropped"  # an uncertain message the user chose not to send again


MOVES: dict[OutboxState, frozenset[OutboxState]] = {
    OutboxState.QUEUED: frozenset({OutboxState.CLAIMED, OutboxState.CANCELLED}),
    OutboxState.CLAIMED: frozenset({OutboxState.SENDING, OutboxState.HELD, OutboxState.QUEUED}),
    OutboxState.SENDING: frozenset(
        {OutboxState.SENT, OutboxState.FAILED, OutboxState.QUEUED, OutboxState.UNCERTAIN}
    ),
    OutboxState.UNCERTAIN: frozenset({OutboxState.SENT, OutboxState.QUEUED, OutboxState.DROPPED}),
    OutboxState.HELD: frozenset({OutboxState.CANCELLED}),
    # back to sent only when `followup undo` takes back a bounce the user knows was wrong
    OutboxState.FAILED: frozenset({OutboxState.CANCELLED, OutboxState.SENT}),
    OutboxState.SENT: frozenset({OutboxState.FAILED}),  # a bounce: it never arrived
    OutboxState.CANCELLED: frozenset(),
    OutboxState.DROPPED: frozenset(),
}
OPEN = frozenset({OutboxState.QUEUED, OutboxState.CLAIMED, OutboxState.SENDING, OutboxState.UNCERTAIN})


def can_move(old: OutboxState, new: OutboxState) -> bool:
    return new in MOVES[old]


def is_due(state: OutboxState, due_at: dt.datetime, retry_at: dt.datetime | None, now: dt.datetime) -> bool:
    """A queued message whose time has come (and whose retry wait, if any, is over)."""
    return state is OutboxState.QUEUED and due_at <= now and (retry_at is None or retry_at <= now)


LEASE = dt.timedelta(minutes=10)  # a claim outlives any SMTP exchange (30 s timeouts) many times over


def is_abandoned(lease_until: dt.datetime | None, clock: dt.datetime, process_alive: bool | None) -> bool:
    """Whether the runner holding a claim is gone: its process is known dead (same machine), or its lease
    ran out (``process_alive`` None: another machine, whose processes cannot be seen from here)."""
    if process_alive is False:
        return True
    return lease_until is not None and lease_until <= clock and process_alive is not True


RETRY_FIRST = dt.timedelta(minutes=5)
RETRY_MOST = dt.timedelta(hours=6)
ATTEMPTS = 8  # temporary failures before the message is failed (about a day of retries)


def retry_after(attempts: int, now: dt.datetime) -> dt.datetime:
    """When a message that failed for the ``attempts``-th time, temporarily, is tried again: 5 minutes,
    doubling each time, at most 6 hours."""
    wait: dt.timedelta = min(RETRY_FIRST * (2 ** max(attempts - 1, 0)), RETRY_MOST)
    return now + wait


# T-07 names the status messages; thank-you notes are exempt (they go the same day, whenever it is).
WORKING_HOURS_ACTIONS = frozenset({"F1", "F2", "F3", "SCHED", "EXC-NEWS"})
WORK_START, WORK_END, SEND_AT = dt.time(8, 0), dt.time(18, 0), dt.time(9, 0)  # T-07 [D]
_MAX_DAYS = 3660


def good_time(at: dt.datetime, zone: str, calendar: BusinessCalendar) -> bool:
    """T-07: a business day of the recipient's employer, 08:00–18:00 the recipient's time."""
    local = at.astimezone(ZoneInfo(zone))
    return calendar.is_business_day(local.date()) and WORK_START <= local.time() < WORK_END


def next_good_time(action: str, earliest: dt.datetime, zone: str, calendar: BusinessCalendar) -> dt.datetime:
    """T-07: the first good moment to send ``action`` at or after ``earliest`` (aware): ``earliest``
    itself when it is a business day of the employer's calendar between 08:00 and 18:00 in the
    recipient's ``zone``, else 09:00 their time on the next business day (the guard's N-NONBIZ offer).
    Actions T-07 does not name (thank-you notes, answers) go at ``earliest``."""
    if action not in WORKING_HOURS_ACTIONS or good_time(earliest, zone, calendar):
        return earliest.astimezone(dt.UTC)
    tz = ZoneInfo(zone)
    local = earliest.astimezone(tz)
    day = local.date() if local.time() < SEND_AT else local.date() + dt.timedelta(days=1)
    for _ in range(_MAX_DAYS):
        if calendar.is_business_day(day):
            moment: dt.datetime = dt.datetime.combine(day, SEND_AT, tzinfo=tz)
            return moment.astimezone(dt.UTC)
        day += dt.timedelta(days=1)
    raise ValueError(f"calendar {calendar.name!r} has no business days")
