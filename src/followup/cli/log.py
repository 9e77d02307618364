"""`followup log ...`: record what happened, so the plan moves on (E-01–E-11, A-12, §1.7 touches).

What you sent or did goes through the guard first: a BLOCK refuses to log it unless you pass
``--force --reason "..."``, and the override is stored with the event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    parse_day,
    pass_context,
    read_text_file,
    resolve_application,
)
from followup.cli.params import text
from followup.cli.timefmt import human, parse_moment, zone
from followup.core import fields
from followup.core.codes import Severity
from followup.core.errors import InvalidInput
from followup.core.guard import ACTIONS, Verdict
from followup.core.model import Application, CallOutcome, Channel, Event, EventType, InboundKind, Records
from followup.services.documents import read_documents
from followup.services.events import log_event, saved_for
from followup.services.people import find_person

# What can be logged as done: the guard's actions less its pseudo-actions (the next F, skipping, pausing).
SENT_KINDS = tuple(a for a in ACTIONS if a not in ("F", "DELIVER", "PAUSE-SEARCH", "SKIP-F1"))
CHANNELS = [c.value for c in Channel]
REPLY_KINDS = [k.value for k in InboundKind if k not in (InboundKind.OFFER, InboundKind.REJECTION)]


def _at(context: Context, records: Records, at_text: str | None, now_text: str | None) -> dt.datetime:
    if at_text:
        return parse_moment(at_text, zone(records.profile.tz), "--at")
    return context.now(now_text, records)


def _people(app: Application, refs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(find_person(app, ref).id for ref in refs)


def _report(
    as_json: bool, app: Application | None, event: Event, verdict: Verdict | None, records: Records
) -> None:
    tz = zone(records.profile.tz)
    # Blocks that were overridden are listed under "overridden"; findings are the warnings and notes.
    findings = [f for f in verdict.findings if f.severity is not Severity.BLOCK] if verdict else []
    data: dict[str, Any] = {
        "application": app.id if app else None,
        "event": event.id,
        "type": event.type.value,
        "kind": event.kind,
        "at": event.at.astimezone(tz).isoformat(),
        "overridden": list(event.override_codes),
        "findings": [f.to_data() for f in findings],
    }
    where = f" for {app.id}" if app else ""
    lines = [f"Logged {event.kind or event.type.value}{where} at {human(event.at, tz)} ({event.id})."]
    if event.override_codes:
        lines.append(f"Overrode {' '.join(event.override_codes)}: {event.override_reason}")
    lines += [
        f"  {f.severity.value:<5} {f.code}  {f.message}" for f in findings if f.severity is not Severity.BLOCK
    ]
    emit(as_json, data, "\n".join(lines))


common_options = [
    application_option,
    click.option(
        "--at",
        "at_text",
        type=text(fields.MOMENT),
        metavar="ISO-DATETIME",
        help="When it happened (default: now).",
    ),
    now_option,
    json_option,
]


def with_common(func: Any) -> Any:
    for option in reversed(common_options):
        func = option(func)
    return func


@click.group()
def log() -> None:
    """Record what happened: what you sent, calls, replies, offers, rejections..."""


@log.command("sent")
@click.argument("action", type=click.Choice(SENT_KINDS, case_sensitive=False))
@click.option(
    "--to", "to_refs", type=text(fields.REFERENCE), multiple=True, help="Recipient (id or name); repeatable."
)
@click.option(
    "--cc", "cc_refs", type=text(fields.REFERENCE), multiple=True, help="Copied (id or name); repeatable."
)
@click.option("--channel", type=click.Choice(CHANNELS), help="How it went (default: email; LI: linkedin).")
@click.option("--subject", type=text(fields.SUBJECT), default="", help="Subject line.")
@click.option(
    "--body",
    type=text(fields.BODY),
    default="",
    help="The text you sent (kept, so later messages do not repeat it).",
)
@click.option(
    "--body-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the text from a file.",
)
@click.option("--handwritten", is_flag=True, help="It was handwritten (H-02).")
@click.option("--no-note", is_flag=True, help="LinkedIn request sent without a note (H-08).")
@click.option(
    "--slot",
    "slots",
    type=text(fields.MOMENT),
    multiple=True,
    metavar="ISO-DATETIME",
    help="SCHED: a proposed call slot (x3).",
)
@click.option(
    "--attach",
    "attach",
    multiple=True,
    metavar="FILE",
    type=text(fields.PATH),
    help="A file you attached (C-17); repeatable.",
)
@click.option(
    "--hook",
    "hooks",
    multiple=True,
    type=click.Choice(["article", "connection", "accomplishment", "growth"]),
    help="New material it carried (C-18).",
)
@click.option("--force", is_flag=True, help="Log it even though the guard blocks it (needs --reason).")
@click.option("--reason", type=text(fields.REASON), default="", help="Why you override the guard.")
@with_common
@pass_context
def sent(
    context: Context,
    action: str,
    to_refs: tuple[str, ...],
    cc_refs: tuple[str, ...],
    channel: str | None,
    subject: str,
    body: str,
    body_file: Path | None,
    handwritten: bool,
    no_note: bool,
    slots: tuple[str, ...],
    attach: tuple[str, ...],
    hooks: tuple[str, ...],
    force: bool,
    reason: str,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Something you sent or did: TY, TA, TY-FWD, FL, LI, F1-F3, SCHED, CALL, RSP, RJ, FB, EXC-*."""
    records = context.ws.read_for(application_ref)  # that application alone when named by its id
    app = resolve_application(records, application_ref)
    action = action.upper()
    tz = zone(records.profile.tz)
    default_channel = {"LI": "linkedin", "CALL": "phone", "PAPER": "letter", "VISIT": "in_person"}.get(
        action, "email"
    )
    if not body and body_file is None:  # the draft the user saved for this step is what went out
        saved = saved_for(records, app.id, action, _people(app, to_refs))
        if saved is not None:
            body, subject = saved.text, subject or saved.subject
            to_refs = to_refs or saved.to
            cc_refs = cc_refs or saved.cc
    event = Event(
        id="",
        type=EventType.SENT,
        at=_at(context, records, at_text, now_text),
        kind=action,
        channel=Channel(channel or default_channel),
        to=_people(app, to_refs),
        cc=_people(app, cc_refs),
        subject=subject,
        body=fields.BODY.check(read_text_file(body_file, "--body-file"), "--body-file")
        if body_file
        else body,
        handwritten=handwritten,
        with_note=not no_note,
        proposed_slots=tuple(parse_moment(s, tz, "--slot", with_time=True) for s in slots),
        hooks=hooks,
        attachments=read_documents(attach, field="--attach", recorded_at=context.now(now_text, records)),
    )
    if "\n" in subject or "\r" in subject:
        raise InvalidInput("--subject", "a single line")
    stored, verdict = log_event(
        context.ws, app.id, event, force=force, reason=reason, now=context.now(now_text, records)
    )
    _report(as_json, app, stored, verdict, records)


@log.command("call")
@click.option(
    "--to",
    "to_refs",
    type=text(fields.REFERENCE),
    multiple=True,
    required=True,
    help="Whom you called (id or name).",
)
@click.option("--outcome", type=click.Choice([o.value for o in CallOutcome]), default="connected")
@click.option("--returning", is_flag=True, help="You returned their call (an answer, RSP; not a touch).")
@click.option("--force", is_flag=True, help="Log it even though the guard blocks it (needs --reason).")
@click.option("--reason", type=text(fields.REASON), default="", help="Why you override the guard.")
@with_common
@pass_context
def call(
    context: Context,
    to_refs: tuple[str, ...],
    outcome: str,
    returning: bool,
    force: bool,
    reason: str,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """A phone call you made (connected, voicemail or no answer all count, A-07)."""
    records = context.ws.read_for(application_ref)
    app = resolve_application(records, application_ref)
    event = Event(
        id="",
        type=EventType.SENT,
        at=_at(context, records, at_text, now_text),
        kind="RSP" if returning else "CALL",
        channel=Channel.PHONE,
        to=_people(app, to_refs),
        call_outcome=CallOutcome(outcome),
    )
    stored, verdict = log_event(
        context.ws, app.id, event, force=force, reason=reason, now=context.now(now_text, records)
    )
    _report(as_json, app, stored, verdict, records)


def _inbound(
    context: Context,
    kind: InboundKind,
    application_ref: str | None,
    from_ref: str | None,
    channel: str,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
    **extra: Any,
) -> None:
    records = context.ws.read()
    app = resolve_application(records, application_ref)
    event = Event(
        id="",
        type=EventType.INBOUND,
        at=_at(context, records, at_text, now_text),
        kind=kind.value,
        channel=Channel(channel),
        from_person=find_person(app, from_ref).id if from_ref else "",
        **extra,
    )
    stored, verdict = log_event(context.ws, app.id, event, now=context.now(now_text, records))
    _report(as_json, app, stored, verdict, records)


@log.command("reply")
@click.argument("kind", type=click.Choice(REPLY_KINDS))
@click.option("--from", "from_ref", type=text(fields.REFERENCE), help="Who wrote or called (id or name).")
@click.option("--channel", type=click.Choice(CHANNELS), default="email")
@click.option(
    "--said",
    type=text(fields.WORDS),
    default="",
    help="Their words about timing (timeframe: read into a new date, K4).",
)
@click.option(
    "--date",
    "date_text",
    type=text(fields.MOMENT),
    metavar="YYYY-MM-DD",
    help="timeframe: the new decision date.",
)
@click.option(
    "--slot",
    "slot_text",
    type=text(fields.MOMENT),
    metavar="ISO-DATETIME",
    help="schedule_reply: the agreed call time.",
)
@with_common
@pass_context
def reply(
    context: Context,
    kind: str,
    from_ref: str | None,
    channel: str,
    said: str,
    date_text: str | None,
    slot_text: str | None,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """The employer wrote or called: generic, timeframe, info_request, invitation, schedule_reply..."""
    slot = parse_moment(slot_text, context.tz(), "--slot", with_time=True) if slot_text else None
    if kind == "timeframe" and not (said or date_text):
        raise InvalidInput("--said or --date", "the new time frame of a timeframe reply")
    _inbound(
        context,
        InboundKind(kind),
        application_ref,
        from_ref,
        channel,
        at_text,
        now_text,
        as_json,
        stated_text=said,
        new_date=parse_day(date_text, "--date"),
        slot=slot,
    )


@log.command("offer")
@click.option("--from", "from_ref", type=text(fields.REFERENCE), help="Who made the offer.")
@click.option("--channel", type=click.Choice(CHANNELS), default="email")
@click.option(
    "--deadline",
    "deadline_text",
    type=text(fields.MOMENT),
    metavar="YYYY-MM-DD",
    help="When they need your answer.",
)
@with_common
@pass_context
def offer(
    context: Context,
    from_ref: str | None,
    channel: str,
    deadline_text: str | None,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """An offer (E-02): answer promptly; your preferred employers hear about it (E-04)."""
    _inbound(
        context,
        InboundKind.OFFER,
        application_ref,
        from_ref,
        channel,
        at_text,
        now_text,
        as_json,
        deadline=parse_day(deadline_text, "--deadline"),
    )


@log.command("rejection")
@click.option("--from", "from_ref", type=text(fields.REFERENCE), help="Who told you.")
@click.option("--channel", type=click.Choice(CHANNELS), default="email")
@with_common
@pass_context
def rejection(
    context: Context,
    from_ref: str | None,
    channel: str,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """A rejection (E-03): thank them in writing; you may ask for feedback."""
    _inbound(context, InboundKind.REJECTION, application_ref, from_ref, channel, at_text, now_text, as_json)


def _simple(
    context: Context,
    event_type: EventType,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
    *,
    global_event: str = "",
    **extra: Any,
) -> None:
    records = context.ws.read()
    app = None if global_event and not application_ref else resolve_application(records, application_ref)
    if global_event and app is not None:  # an --application that would be ignored is refused instead
        raise InvalidInput("--application", f"no --application: {global_event}", application_ref)
    event = Event(id="", type=event_type, at=_at(context, records, at_text, now_text), **extra)
    stored, verdict = log_event(
        context.ws, app.id if app else None, event, now=context.now(now_text, records)
    )
    _report(as_json, app, stored, verdict, records)


@log.command("competing-offer")
@click.option(
    "--company",
    type=text(fields.OTHER_COMPANY),
    default="",
    help="Who made the offer (if it is not one of your applications).",
)
@click.option(
    "--deadline",
    "deadline_text",
    type=text(fields.MOMENT),
    metavar="YYYY-MM-DD",
    help="When they need your answer.",
)
@with_common
@pass_context
def competing_offer(
    context: Context,
    company: str,
    deadline_text: str | None,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """An offer from elsewhere: your preferred employers may hear before their date (E-04)."""
    _simple(
        context,
        EventType.COMPETING_OFFER,
        application_ref,
        at_text,
        now_text,
        as_json,
        global_event="an offer from elsewhere concerns all your applications",
        source=company,
        deadline=parse_day(deadline_text, "--deadline"),
    )


@log.command("accomplishment")
@click.argument("what", type=text(fields.REQUIRED_ITEM))
@click.option(
    "--status",
    type=click.Choice(["accepted", "granted", "published", "awarded", "filed", "submitted", "in progress"]),
    required=True,
)
@click.option("--relevant/--not-relevant", default=True, help="Relevant to the role(s).")
@click.option("--only", "only_here", is_flag=True, help="Only for --application, not for every application.")
@with_common
@pass_context
def accomplishment(
    context: Context,
    what: str,
    status: str,
    relevant: bool,
    only_here: bool,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """News worth sharing (E-05): accepted article, granted patent... otherwise material for C-18."""
    _simple(
        context,
        EventType.ACCOMPLISHMENT,
        application_ref,
        at_text,
        now_text,
        as_json,
        global_event=""
        if only_here
        else "news concerns all your applications; add --only for this one alone",
        note=what,
        status=status,
        relevant=relevant,
    )


@log.command("feedback")
@click.option("--from", "from_ref", type=text(fields.REFERENCE), help="Who gave it.")
@click.option("--note", type=text(fields.BODY), default="", help="What they said.")
@with_common
@pass_context
def feedback(
    context: Context,
    from_ref: str | None,
    note: str,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Feedback received (E-11): improvement items; a brief thank-you is optional."""
    records = context.ws.read()
    app = resolve_application(records, application_ref)
    person = find_person(app, from_ref).id if from_ref else ""
    _simple(context, EventType.FEEDBACK, app.id, at_text, now_text, as_json, from_person=person, note=note)


def _register_simple(name: str, event_type: EventType, help_text: str) -> None:
    """A `log NAME` command that records that something happened to an application, and when."""

    @log.command(name, help=help_text)
    @with_common
    @pass_context
    def command(
        context: Context,
        application_ref: str | None,
        at_text: str | None,
        now_text: str | None,
        as_json: bool,
    ) -> None:
        _simple(context, event_type, application_ref, at_text, now_text, as_json)


_register_simple("withdraw", EventType.WITHDRAWAL, "You withdrew: status outreach stops (A-12).")
_register_simple("accept", EventType.OFFER_ACCEPTED, "You accepted this offer: the search can stop (L-04).")
_register_simple(
    "left-building", EventType.LEFT_BUILDING, "You left the building: no more asking HR for names (I-04)."
)


@log.command("skip")
@click.argument("step", type=text(fields.CODE))
@click.option("--yes", is_flag=True, help="Confirm skipping even when the guard warns (A-09).")
@with_common
@pass_context
def skip(
    context: Context,
    step: str,
    yes: bool,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """You decided not to do a plan step (STEP: its key or label, e.g. F1 or LI:dana-kim)."""
    from followup.core.guard import Proposal
    from followup.services.plans import check_action, plans

    records = context.ws.read()
    app = resolve_application(records, application_ref)
    at = _at(context, records, at_text, now_text)
    _, views = plans(context.ws, at, app.id)
    steps = [view.step for view in views[0].steps] if views else []
    wanted = step.casefold()
    found = next((s for s in steps if wanted in (s.key.casefold(), s.label.casefold())), None)
    if found is None:  # a skip nothing matches would be stored and never take effect
        known = ", ".join(s.key for s in steps) or "none yet"
        raise InvalidInput("STEP", f"a step of the plan of {app.id} (its key or label): {known}", step)
    if step.upper() == "F1":
        verdict = check_action(context.ws, app.id, Proposal(action="SKIP-F1", at=at), at)
        warning = next((f for f in verdict.findings if f.code == "W-SKIP-FOLLOWUP"), None)
        if warning is not None and not yes:
            raise InvalidInput("--yes", f"a confirmation: {warning.message} (W-SKIP-FOLLOWUP, A-09)")
    _simple(context, EventType.SKIP, app.id, at_text, now_text, as_json, kind=found.key)


@log.command("pause-search")
@click.option("--yes", is_flag=True, help="Confirm pausing before an accepted offer (L-04).")
@with_common
@pass_context
def pause_search(
    context: Context,
    yes: bool,
    application_ref: str | None,
    at_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """You are pausing your wider job search (W-KEEP-SEARCHING before an accepted offer, L-04)."""
    records = context.ws.read()
    accepted = any(e.type is EventType.OFFER_ACCEPTED for a in records.applications for e in a.events)
    if not accepted and not yes:
        raise InvalidInput(
            "--yes", "a confirmation: keep applying until you have accepted an offer (W-KEEP-SEARCHING, L-04)"
        )
    _simple(
        context,
        EventType.SEARCH_PAUSED,
        application_ref,
        at_text,
        now_text,
        as_json,
        global_event="pausing the search concerns all your applications",
    )
