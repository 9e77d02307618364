"""Logging what happened: messages sent, calls, replies, offers, rejections and the rest.

A logged action the candidate took goes through the guard first (PLAYBOOK §1.6 BLOCKED): a BLOCK
refuses it unless ``force`` is given with a reason, and then the overridden codes and the reason are
stored on the event. A reply naming a time frame gets its D' read from its words, anchored on the day
it was received (§1.12 K4).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from followup.core.codes import Severity
from followup.core.errors import InvalidInput, NotFound, Refused
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Application, Event, EventType, InboundKind, Records, SavedDraft
from followup.core.plan.decision_date import parse_decision
from followup.services.interviews import check_after_interview, interview_day
from followup.services.plausible import (
    check_message_follows,
    check_not_logged_twice,
    check_offer_deadline,
    check_outcome_follows,
)
from followup.services.workspace import Workspace, next_id
from followup.workdays import business_calendar, calendars_for, years_for

if TYPE_CHECKING:
    from sqlalchemy import Connection


def log_event(
    ws: Workspace,
    application_id: str | None,
    event: Event,
    *,
    force: bool = False,
    reason: str = "",
    now: dt.datetime | None = None,
    also: Callable[[Connection, Event], None] | None = None,
) -> tuple[Event, Verdict | None]:
    """Store ``event`` (its id is assigned here). Sent actions are checked by the guard first.

    ``also`` runs in the same transaction once the event is stored, with its connection and the event as
    stored: the outbox marks a message sent there, so that the mail is recorded once or not at all.

    With ``now``, an event later than now is refused: what is logged has happened, and a typo in the
    future would also hide every later plan change behind it."""
    if now is not None and event.at > now + FUTURE_SLACK:
        raise InvalidInput(
            "--at",
            f"a moment that has passed (now is {now:%Y-%m-%d %H:%M} UTC)",
            f"{event.at:%Y-%m-%d %H:%M} UTC",
        )
    _check_lists(event)
    if force and not reason.strip():
        raise InvalidInput("--reason", "a few words saying why you override the guard (with --force)")
    with ws.transaction() as change:
        records = change.known  # the profile, the settings and the search's events; one application below
        check_offer_deadline(event, records.profile.tz)
        if application_id is None:
            records = change.records  # global events reach every plan
            event = dataclasses.replace(event, id=next_id("g", {e.id for e in records.events}))
            change.records = dataclasses.replace(records, events=(*records.events, event))
            change.global_events = True  # every plan is recomputed: global events reach them all
            return event, None
        app = change.app(application_id)
        for ref in (*event.to, *event.cc, *([event.from_person] if event.from_person else [])):
            if app.person(ref) is None:
                raise InvalidInput(
                    "person", f"someone of {app.id}: " + ", ".join(p.id for p in app.people), ref
                )
        check_message_follows(app, event, records.profile.tz)
        check_outcome_follows(app, event)
        check_not_logged_twice(app, event)
        event = dataclasses.replace(event, id=next_id("e", {e.id for e in app.events}))
        if event.type is EventType.INBOUND and event.kind == InboundKind.TIMEFRAME and event.new_date is None:
            event = with_new_date(app.company.country, app.company.subdivision, years_for(app), event)
        if event.new_date is not None and app.current_interview is not None:
            check_after_interview(event.new_date, interview_day(app), "new date")
        verdict = None
        if event.type is EventType.SENT:
            proposal = Proposal(
                action=event.kind,
                to=event.to,
                cc=event.cc,
                channel=event.channel.value if event.channel else "",
                at=event.at,
                handwritten=event.handwritten,
                with_note=event.with_note,
                slots=event.proposed_slots,
                subject=event.subject,
                body=event.body,
                after_the_fact=True,
                attachments=event.attachments,
            )
            # Scoped: this application's records and the others' stored summaries (else all records).
            shared = change.shared_for(app, event.at)
            judged = change.known if shared is not None else change.records
            verdict = check(judged, app.id, proposal, calendars_for(judged, [app]), event.at, shared)
            if event.kind in ("CALL", "RSP") and verdict.action in ("CALL", "RSP"):
                # K5: a call to someone whose call waits for an answer returns it (an RSP, not a touch),
                # and a "returned" call with nothing to return is a call of one's own: stored as judged.
                event = dataclasses.replace(event, kind=verdict.action)
            blocks = tuple(f.code for f in verdict.findings if f.severity is Severity.BLOCK)
            if blocks and not force:
                details = "; ".join(
                    f"{f.code}: {f.message.rstrip('.')}"
                    for f in verdict.findings
                    if f.severity is Severity.BLOCK
                )
                raise Refused(f'not logged: {details}. To record it anyway: --force --reason "why"')
            if blocks:
                event = dataclasses.replace(event, override_codes=blocks, override_reason=reason.strip())
        events = tuple(sorted((*app.events, event), key=lambda e: e.at))
        change.put(dataclasses.replace(app, events=events), affects=affected_by(event))
        if also is not None:
            assert change.session is not None
            also(change.session, event)
    return event, verdict


FUTURE_SLACK = dt.timedelta(minutes=5)  # clocks differ a little between machines


def _check_lists(event: Event) -> None:
    """Each recipient once, nobody both in --to and --cc, each proposed slot once."""
    for field, names in (("--to", event.to), ("--cc", event.cc)):
        twice = next((name for index, name in enumerate(names) if name in names[:index]), None)
        if twice is not None:
            raise InvalidInput(field, "each person once", twice)
    both = next((name for name in event.cc if name in event.to), None)
    if both is not None:
        raise InvalidInput("--cc", "someone not already in --to", both)
    slots = event.proposed_slots
    again = next((slot for index, slot in enumerate(slots) if slot in slots[:index]), None)
    if again is not None:
        raise InvalidInput(
            "--slot", "different times (the same slot is given twice)", f"{again:%Y-%m-%d %H:%M} UTC"
        )


def affected_by(event: Event) -> Callable[[Application], bool] | None:
    """Which other applications' plans an event moves: an offer reaches preferred employers (E-02 → E-04);
    an accepted offer ends the search everywhere (L-04)."""
    if event.type is EventType.OFFER_ACCEPTED:
        return lambda _app: True
    if event.type is EventType.INBOUND and event.kind == InboundKind.OFFER:
        return lambda app: app.company.preferred
    return None


def with_new_date(country: str, subdivision: str, years: tuple[int, ...], event: Event) -> Event:
    calendar = business_calendar(country, subdivision, years)
    received = event.at.date()
    parsed = parse_decision(event.stated_text, received, calendar, country)
    if parsed.date is None:
        named = (
            f"words naming a date that exists ({parsed.problem})"
            if parsed.problem
            else ('words naming a date ("by Friday 22 May", "within two weeks")')
        )
        raise InvalidInput("reply --said", f"{named}, or --date", event.stated_text)
    return dataclasses.replace(event, new_date=parsed.date)


def mark_answered(ws: Workspace, application_id: str, number: int, answer: str, at: dt.datetime) -> None:
    """L-01: a better answer to the n-th stumbled question is ready."""
    with ws.transaction() as change:
        app = change.app(application_id)
        interview = app.current_interview
        questions = interview.debrief.stumbled_questions if interview else ()
        if not questions or interview is None:
            raise InvalidInput(
                "answer number", "a stumbled question, but the debrief lists none", str(number)
            )
        if not 1 <= number <= len(questions):
            raise InvalidInput("answer number", f"1 to {len(questions)} (ANSWER-n of the plan)", str(number))
        updated = tuple(
            dataclasses.replace(q, answer=answer, answered_at=at) if i == number else q
            for i, q in enumerate(questions, start=1)
        )
        debrief = dataclasses.replace(interview.debrief, stumbled_questions=updated)
        new = dataclasses.replace(interview, debrief=debrief)
        change.put(
            dataclasses.replace(app, interviews=tuple(new if i.id == new.id else i for i in app.interviews))
        )


def saved_for(records: Records, application_id: str, action: str, to: tuple[str, ...]) -> SavedDraft | None:
    """The saved draft a `log sent` of ``action`` to ``to`` refers to, if any."""
    app = records.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    for saved in reversed(app.drafts):
        if saved.action == action and (not to or set(to) & set(saved.to) or not saved.to):
            return saved
    return None
