"""Facts a record may not claim, because they cannot have happened that way: refused in one line before
anything is written, whether they are being recorded or corrected.

* a round dated before the round it follows (round 2 before round 1);
* a message you sent before the interview it follows;
* an offer whose answer-by date lies before the day it was received;
* an outcome, leaving the building or feedback before the interview began;
* the same event logged twice.

Each check takes the application (or event) as it would be saved and raises ``InvalidInput`` naming the
option the user typed, what was given and what is accepted.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from followup.core.errors import InvalidInput
from followup.core.model import Application, Event, EventType, InboundKind, Interview


def _when(moment: dt.datetime, tz: str) -> str:
    return f"{moment.astimezone(ZoneInfo(tz)):%a %d %b %Y %H:%M} {tz}"


def check_rounds(app: Application, changed: Interview, field: str = "--start") -> None:
    """Rounds that took place follow each other in time: ``changed`` may not start before the round
    numbered below it, nor after the one numbered above it (cancelled rounds are left out)."""
    if changed.cancelled:
        return
    live = [i for i in app.interviews if not i.cancelled and i.id != changed.id]
    earlier = [i for i in live if i.round < changed.round]
    later = [i for i in live if i.round > changed.round]
    if earlier:
        previous = max(earlier, key=lambda i: (i.round, i.start))
        if changed.start < previous.start:
            raise InvalidInput(
                field,
                f"a time after round {previous.round} ({_when(previous.start, previous.tz)}): round "
                f"{changed.round} cannot come before it",
                _when(changed.start, changed.tz),
            )
    if later:
        following = min(later, key=lambda i: (i.round, i.start))
        if changed.start > following.start:
            raise InvalidInput(
                field,
                f"a time before round {following.round} ({_when(following.start, following.tz)}): round "
                f"{changed.round} cannot come after it",
                _when(changed.start, changed.tz),
            )


def first_interview(app: Application) -> Interview | None:
    live = [i for i in app.interviews if not i.cancelled]
    return min(live, key=lambda i: i.start) if live else None


def check_message_follows(app: Application, event: Event, tz: str, field: str = "--at") -> None:
    """A message you sent follows an interview: none is dated before the first round began."""
    first = first_interview(app)
    if event.type is not EventType.SENT or first is None or event.at >= first.start:
        return
    raise InvalidInput(
        field,
        f"a moment after the interview it follows (round {first.round}, {_when(first.start, first.tz)})",
        _when(event.at, tz),
    )


def check_messages_follow(app: Application, tz: str, field: str = "--start") -> None:
    """After an interview moves: the messages already logged must still come after it."""
    first = first_interview(app)
    if first is None:
        return
    early = [e for e in app.events if e.type is EventType.SENT and e.at < first.start]
    if early:
        shown = early[0]
        raise InvalidInput(
            field,
            f"a time before the messages that follow it ({shown.kind} sent {_when(shown.at, tz)}; "
            "correct those with `followup event edit`)",
            _when(first.start, first.tz),
        )


def check_offer_deadline(event: Event, tz: str, field: str = "--deadline") -> None:
    """An offer's answer-by date is on or after the day the offer came (in the candidate's zone)."""
    offer = event.type is EventType.COMPETING_OFFER or (
        event.type is EventType.INBOUND and event.kind == InboundKind.OFFER
    )
    if event.deadline is None or not offer:
        return
    received = event.at.astimezone(ZoneInfo(tz)).date()
    if event.deadline < received:
        raise InvalidInput(
            field,
            f"a date on or after the day the offer was received ({received.isoformat()})",
            event.deadline.isoformat(),
        )


# What can only happen once the interview has begun: its outcome, leaving the building, feedback.
AFTER_THE_INTERVIEW = frozenset({EventType.OFFER_ACCEPTED, EventType.LEFT_BUILDING, EventType.FEEDBACK})
OUTCOMES = frozenset({InboundKind.OFFER.value, InboundKind.REJECTION.value})


def check_outcome_follows(app: Application, event: Event, field: str = "--at") -> None:
    """An offer, a rejection, an accepted offer, leaving the building or feedback follow the interview."""
    first = first_interview(app)
    follows = event.type in AFTER_THE_INTERVIEW or (
        event.type is EventType.INBOUND and event.kind in OUTCOMES
    )
    if follows and first is not None and event.at < first.start:
        raise InvalidInput(
            field,
            f"a moment after the interview began ({_when(first.start, first.tz)})",
            f"{event.at:%Y-%m-%d %H:%M} UTC",
        )


def check_not_logged_twice(app: Application, event: Event) -> None:
    """The same event (type, kind, moment and people) is recorded once."""
    for stored in app.events:
        if (stored.type, stored.kind, stored.at, stored.to, stored.from_person) == (
            event.type,
            event.kind,
            event.at,
            event.to,
            event.from_person,
        ):
            what = event.kind or event.type.value
            raise InvalidInput(
                "event", f"an event not logged yet: this {what} is logged already as {stored.id}", what
            )
