"""Drafting messages: compose (or reload the user's saved text), check, save, and write .eml or PDF.

A draft the user edited is kept with its plan step (``SavedDraft``); drafting the same step again shows
that text, re-checked, instead of composing anew, and logging the step as sent keeps exactly it.

Every draft also carries the guard's verdict on sending it at that moment, to its recipients, by its
channel (``Drafted.verdict``): a note drafted too early is legitimate, but the person must know it waits,
and until when. The text itself is the checker's; the guard judges the move.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from followup.core.checks.checker import check_draft, check_text
from followup.core.compose.composer import compose
from followup.core.compose.context import context_for
from followup.core.drafts import Draft, DraftContext, TextFinding
from followup.core.errors import InvalidInput, NotFound
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Application, Records, SavedDraft
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.planner import Shared
from followup.services.people import find_person
from followup.services.workspace import Workspace
from followup.workdays import calendars_for


@dataclass(frozen=True)
class Drafted:
    context: DraftContext
    draft: Draft  # as composed (or rebuilt from the saved text)
    subject: str
    text: str  # what would be sent: the saved text if the user edited it, else the composed one
    findings: tuple[TextFinding, ...]
    saved: SavedDraft | None
    verdict: Verdict  # the guard on sending it at the moment drafted, to its recipients, by its channel


def _app(records: Records, application_id: str) -> Application:
    app = records.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return app


def draft(
    ws: Workspace,
    application_id: str,
    action: str,
    person_ref: str,
    now: dt.datetime,
    hooks: tuple[str, ...] = (),
) -> Drafted:
    from followup.spelling import regions_of, speller_for

    reading = ws.read_scoped(application_id, now)  # this application; the others' summaries and names
    records, shared = reading.records, reading.shared
    app = _app(records, application_id)
    person_id = find_person(app, person_ref).id if person_ref else ""
    calendar = calendars_for(records, [app])[app.id]
    ctx = context_for(records, app.id, action.upper(), person_id, now, calendar, hooks, shared)
    composed = compose(ctx)
    if composed.channel == "email" and ctx.recipient is not None and not ctx.recipient.email:
        raise InvalidInput(
            "recipient",
            f"an email address for {ctx.recipient.name}: `followup person edit {ctx.recipient.id} "
            "--email ...` (never guessed)",
        )
    saved = next((d for d in app.drafts if d.step_key == ctx.step_key and d.action == ctx.action), None)
    verdict = guard_draft(records, app.id, composed, ctx.slots, now, calendar, shared)
    speller = speller_for(records, app, names=reading.names)
    regions = regions_of(records, app)
    days = slot_days(calendar, ctx)
    if saved is not None:
        found = check_text(ctx, saved.subject, saved.text, speller, slot_days=days)
        findings = with_spelling_suggestions(saved.text, found, regions)
        return Drafted(ctx, composed, saved.subject, saved.text, findings, saved, verdict)
    findings = with_spelling_suggestions(composed.text, check_draft(ctx, composed, speller, days), regions)
    return Drafted(ctx, composed, composed.subject, composed.text, findings, None, verdict)


SLOT_RANGE = range(1, 11)  # H-15: a call is proposed from bd(send,1) to bd(send,10)


def slot_days(calendar: BusinessCalendar, ctx: DraftContext) -> frozenset[dt.date] | None:
    """H-15: the employer's business days a request for a call may propose, counted from the send day
    (the checker has no calendar of its own)."""
    if ctx.action != "SCHED" or ctx.today is None:
        return None
    return frozenset(calendar.bd(ctx.today, n) for n in SLOT_RANGE)


def guard_draft(
    records: Records,
    application_id: str,
    composed: Draft,
    slots: tuple[dt.datetime, ...],
    now: dt.datetime,
    calendar: BusinessCalendar,
    shared: Shared | None = None,
) -> Verdict:
    """The guard on sending ``composed`` at ``now``: its action (a voicemail is left on a call), its own
    recipients and channel, the slots a request for a call offers. The text is left to the checker,
    which reads the same content rules (C-05, C-19, C-28), so no finding is reported twice. ``shared``:
    what the other applications give this one's plan (``Reading``), when ``records`` hold it alone."""
    proposal = Proposal(
        action="CALL" if composed.action == "VOICEMAIL" else composed.action,
        to=composed.to,
        cc=composed.cc,
        channel=composed.channel,
        at=now,
        slots=slots,
    )
    return check(records, application_id, proposal, {application_id: calendar}, now, shared)


SUGGESTIONS = 25  # spelling suggestions per text (a text past this needs rereading, not suggestions)


def with_spelling_suggestions(
    text: str, findings: list[TextFinding], regions: tuple[str, ...] = ()
) -> tuple[TextFinding, ...]:
    """The core cannot suggest spellings (it has no dictionary); the shell's spell checker can, in the
    dictionary of ``regions`` (countries, the candidate's first), for the first ``SUGGESTIONS`` unknown
    words."""
    from followup.spelling import suggestion

    result = []
    asked = 0
    for f in findings:
        word = text[f.start : f.end]
        if f.kind == "spelling" and not f.suggestion and word.isalpha() and asked < SUGGESTIONS:
            asked += 1
            better = suggestion(word, regions)
            if better and better != word.lower():
                f = dataclasses.replace(f, suggestion=f"did you mean {better!r}?")
        result.append(f)
    return tuple(result)


def recheck(ws: Workspace, drafted: Drafted, subject: str, text: str) -> tuple[TextFinding, ...]:
    from followup.spelling import regions_of, speller_for

    records = ws.read_base()  # the profile: the candidate's name, words and country
    app = drafted.context.application
    speller = speller_for(records, app, names=ws.record_names())
    found = check_text(drafted.context, subject, text, speller)
    return with_spelling_suggestions(text, found, regions_of(records, app))


def save_draft(
    ws: Workspace,
    application_id: str,
    drafted: Drafted,
    subject: str,
    text: str,
    now: dt.datetime,
    message_id: str = "",
    *,
    mailbox_at: dt.datetime | None = None,
    override_codes: tuple[str, ...] = (),
    override_reason: str = "",
) -> SavedDraft:
    """Keep the text the user settled on with its plan step (replacing an earlier one). ``mailbox_at``:
    when it was put into the user's Drafts folder, with the guard's blocks overridden to do it."""
    if "\n" in subject or "\r" in subject:
        raise InvalidInput("subject", "a single line", subject)
    draft_ = drafted.draft
    with ws.transaction() as change:
        app = change.app(application_id)
        previous = next((d for d in app.drafts if d.step_key == drafted.context.step_key), None)
        saved = SavedDraft(
            step_key=drafted.context.step_key,
            action=drafted.context.action,
            channel=draft_.channel,
            to=draft_.to,
            cc=draft_.cc,
            subject=subject,
            text=text,
            message_id=message_id or (previous.message_id if previous else ""),
            saved_at=now,
            # an edit after the draft went to the mailbox keeps that fact (the copy there is the user's)
            mailbox_at=mailbox_at or (previous.mailbox_at if previous else None),
            override_codes=override_codes or (previous.override_codes if previous and not mailbox_at else ()),
            override_reason=override_reason
            or (previous.override_reason if previous and not mailbox_at else ""),
        )
        kept = tuple(d for d in app.drafts if d.step_key != saved.step_key)
        change.put(dataclasses.replace(app, drafts=(*kept, saved)))
    return saved
