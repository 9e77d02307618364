"""`followup send ACTION`: send the stored (or composed) draft by email, through your SMTP server, once.

The guard judges the message at the moment it goes: a BLOCK stops it, in words, unless ``--force
--reason`` (a send now only: a blocked message is never scheduled, PLAYBOOK §1.6). In a terminal you
are shown the recipients, the subject and the verdict and asked to confirm (``--yes`` skips it). The
message gets a Message-ID of ours and goes through the outbox (``services.outbox``): each step is
recorded, so a crash never sends it twice and never loses it, and it is recorded as sent with the time
and the exact text, as `followup log sent` records it. ``--at`` and ``--next-good-time`` leave it in
the outbox for `followup outbox run`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import click

from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    pass_context,
    read_application,
    refuse_after,
)
from followup.cli.confirm import confirm
from followup.cli.draft import guard_data, guard_text
from followup.cli.outbox import outcome_line, row_data
from followup.cli.params import text
from followup.cli.timefmt import human, parse_moment, zone
from followup.core import fields
from followup.core.drafts import MESSAGE_ACTIONS
from followup.core.errors import InvalidInput, Refused
from followup.core.outbox import OutboxState

if TYPE_CHECKING:
    from followup.services.sending import Prepared

SENDABLE = [a for a in MESSAGE_ACTIONS if a not in ("CALL", "VOICEMAIL", "LI", "FL")]


@click.command("send")
@click.argument("action", type=click.Choice(SENDABLE, case_sensitive=False))
@click.option(
    "--person", "-p", "person_ref", type=text(fields.OPTIONAL_REFERENCE), default="", help="Whom it is for."
)
@application_option
@click.option(
    "--attach",
    "attach",
    multiple=True,
    metavar="FILE",
    type=text(fields.PATH),
    help="A file to send with it (PDF, Word, OpenDocument, RTF, text, PNG, JPEG; 10 MB in all); repeatable.",
)
@click.option(
    "--at",
    "at_text",
    type=text(fields.MOMENT),
    metavar="ISO-DATETIME",
    help="Send it then (it waits in the outbox; no offset = your zone).",
)
@click.option(
    "--next-good-time",
    is_flag=True,
    help="Send it at the next good time: when the guard allows it, in their working hours (T-07).",
)
@click.option("--force", is_flag=True, help="Send it now even though the guard blocks it (needs --reason).")
@click.option("--reason", type=text(fields.REASON), default="", help="Why you override the guard.")
@click.option("--yes", "-y", is_flag=True, help="Send without asking (needed when not run in a terminal).")
@now_option
@json_option
@pass_context
def send(
    context: Context,
    /,
    action: str,
    person_ref: str,
    application_ref: str | None,
    attach: tuple[str, ...],
    at_text: str | None,
    next_good_time: bool,
    force: bool,
    reason: str,
    yes: bool,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Send the draft of ACTION (TY, TA, TY-FWD, F1-F3, SCHED, RSP, RJ, FB, EXC-OFFER, EXC-NEWS) by email,
    once, and record it as sent.

    The guard judges it when it goes: a BLOCK stops it unless --force --reason (a send now only: a
    blocked message is never scheduled). --at or --next-good-time put it in the outbox instead; `followup
    outbox run` (from cron) sends it then, after asking the guard again.
    """
    from followup.services import outbox, sending

    if at_text and next_good_time:
        raise InvalidInput("--at", "either --at or --next-good-time, not both")
    if force and (at_text or next_good_time):
        raise InvalidInput(
            "--force", "a send now: a forced override never schedules a blocked message (PLAYBOOK §1.6)"
        )
    if force and not reason.strip():
        raise InvalidInput("--reason", "a few words saying why you override the guard (with --force)")
    records, app = read_application(context, application_ref)
    now = context.now(now_text, records)
    tz = zone(records.profile.tz)
    at = parse_moment(at_text, tz, "--at", with_time=True) if at_text else None
    prepared = sending.prepare(
        context.ws, app.id, action.upper(), person_ref, now, attach, at=at, next_good=next_good_time
    )
    data: dict[str, Any] = {
        "application": app.id,
        "action": prepared.action,
        "step": prepared.step_key,
        "to": list(prepared.recipients),
        "subject": prepared.subject,
        "attachments": list(prepared.attachment_names),
        "message_id": prepared.message_id,
        "at": prepared.when.astimezone(tz).isoformat(),
        "guard": guard_data(prepared.verdict, tz),
    }
    summary = _summary(prepared, tz)
    if prepared.verdict.blocked and not force:
        words = sending.blocks_of(prepared.verdict)
        how = "" if prepared.scheduled else ' To send it anyway: --force --reason "why"'
        what = "not queued" if prepared.scheduled else "not sent"
        refuse_after(as_json, data, summary, Refused(f"{what}: {words}.{how}"))
    mailer = None if prepared.scheduled else outbox.mailer_for(context.ws)  # its settings, before asking
    when = "at " + human(prepared.when, tz) if prepared.scheduled else "now"
    if not yes and not as_json:
        click.echo(summary)
    confirm(f"send it {when}", yes=yes, as_json=as_json)
    clock = dt.datetime.now(dt.UTC)
    if prepared.scheduled:
        item = outbox.enqueue(context.ws, prepared, clock)
        data |= {"outbox": row_data(item, tz)}
        emit(as_json, data, f"Queued as outbox {item.number}: {outcome_line(item, tz)}")
        return
    assert mailer is not None
    with outbox.holding() as holder:
        forced = reason.strip() if force else ""
        item = outbox.enqueue(context.ws, prepared, clock, holder=holder, force_reason=forced)
        result = outbox.deliver(
            context.ws, item, mailer, now, dt.datetime.now(dt.UTC), forced=force, confirmed_now=True
        )
    data |= {"outbox": row_data(result.item, tz)}
    line = outcome_line(result.item, tz)
    if result.item.state is not OutboxState.SENT:
        from followup.mail.smtp import MailError

        error = MailError(f"outbox {result.number}: {line}")
        error.data = data if as_json else None
        raise error
    emit(
        as_json,
        data,
        f"Sent {prepared.action} to {', '.join(prepared.recipients)} (outbox {item.number}): {line}",
    )


def _summary(prepared: Prepared, tz: dt.tzinfo) -> str:
    """What is about to go: to whom, the subject, the files, when, and the guard's verdict."""
    lines = [
        f"To: {', '.join(prepared.recipients)}",
        f"Subject: {prepared.subject}",
    ]
    if prepared.attachment_names:
        lines.append(f"Attached: {', '.join(prepared.attachment_names)}")
    lines.append(f"When: {human(prepared.when, tz) if prepared.scheduled else 'now'}")
    verdict = guard_text(prepared.verdict, tz).rstrip("\n")
    lines.append(verdict or "The guard: nothing against it.")
    return "\n".join(lines)
