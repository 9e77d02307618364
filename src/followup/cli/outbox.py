"""`followup outbox`: the messages waiting to be sent, and what became of each (``services.outbox``).

`outbox run` is for cron: it sends what is due, once, even when two of it run at once; a message the
guard now blocks is held, with its reasons; a message whose sender was killed while sending is
uncertain and waits for `outbox resolve N`; `outbox cancel N` takes a message out before it goes.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context
from followup.cli.timefmt import human, iso, zone
from followup.core.errors import InvalidInput
from followup.core.outbox import OutboxState

if TYPE_CHECKING:
    from followup.services.outbox import Outgoing


def row_data(item: Outgoing, tz: dt.tzinfo) -> dict[str, Any]:
    """One message of the outbox as JSON (docs/json-output.md)."""
    return {
        "number": item.number,
        "state": item.state.value,
        "application": item.application_id,
        "action": item.action,
        "step": item.step_key,
        "to": list(item.recipients),
        "subject": item.subject,
        "message_id": item.message_id,
        "attachments": [d.name for d in item.attachments],
        "due": iso(item.due_at, tz),
        "retry": iso(item.retry_at, tz),
        "attempts": item.attempts,
        "sent": iso(item.sent_at, tz),
        "event": item.event_id or None,
        "reason": item.reason,
        "history": [{"state": s, "at": at, "note": note} for s, at, note in item.history],
    }


def outcome_line(item: Outgoing, tz: dt.tzinfo) -> str:
    """What became of a message, in one line."""
    state = item.state
    if state is OutboxState.SENT:
        recorded = f", recorded as {item.event_id}" if item.event_id else ""
        note = f" ({item.reason})" if item.reason else ""
        return f"sent at {human(item.sent_at, tz)}{recorded}, Message-ID {item.message_id}{note}"
    if state is OutboxState.QUEUED and not item.reason:
        return f"queued for {human(item.due_at, tz)}"
    return item.reason or state.value


def _line(item: Outgoing, tz: dt.tzinfo) -> str:
    when = human(item.sent_at if item.sent_at else item.due_at, tz)
    head = f"{item.number:>3}  {item.state.value:<9} {when:<22} {item.application_id} {item.action}"
    lines = [f"{head} to {', '.join(item.recipients)}: {item.subject}"]
    if item.reason and item.state is not OutboxState.SENT:
        lines.append(f"     {item.reason}")
    return "\n".join(lines)


@click.group(invoke_without_command=True)
@json_option
@pass_context
@click.pass_context
def outbox(click_ctx: click.Context, context: Context, /, as_json: bool) -> None:
    """Messages waiting to be sent, and what became of each: `outbox run` sends what is due (cron)."""
    if click_ctx.invoked_subcommand is not None:
        return
    from followup.services import outbox as service

    tz = zone(context.ws.read_base().profile.tz)
    items = service.listing(context.ws)
    emit(
        as_json,
        [row_data(i, tz) for i in items],
        "\n".join(_line(i, tz) for i in items) or "The outbox is empty.",
    )


@outbox.command("run")
@now_option
@json_option
@pass_context
def run(context: Context, /, now_text: str | None, as_json: bool) -> None:
    """Send every message that is due, once (safe to run from cron, from two places at once).

    The guard judges each message again: one it now blocks is held, with why. A message whose sender
    stopped while sending is never sent again by itself: it waits for `followup outbox resolve N`. The
    exit status is 2 when a message could not be sent (kept, with its next try) or has just become
    uncertain. A run that does nothing prints nothing unless in a terminal, so cron mails only news.
    """
    from followup.services import outbox as service

    now = context.now(now_text, None if context.ws.missing else context.ws.read_base())
    tz = zone(context.ws.read_base().profile.tz) if not context.ws.missing else dt.UTC
    result = service.run(context.ws, now, dt.datetime.now(dt.UTC))
    data: dict[str, Any] = {
        "recovered": [row_data(i, tz) for i in result.recovered],
        "uncertain": [row_data(i, tz) for i in result.uncertain],
        "delivered": [row_data(o.item, tz) for o in result.delivered],
    }
    # An uncertain message is news once, from the run that found its sender gone (or the Sent folder
    # answered): `followup outbox` lists it until it is resolved; cron is not to repeat it every run.
    news = {i.number for i in result.recovered if i.state is OutboxState.UNCERTAIN}
    told = [i for i in result.uncertain if i.number in news or i.state is not OutboxState.UNCERTAIN]
    lines = [f"outbox {i.number}: {outcome_line(i, tz)}" for i in told]
    lines += [f"outbox {o.number}: {outcome_line(o.item, tz)}" for o in result.delivered]
    problems = [o.item for o in result.delivered if o.error]
    problems += [i for i in told if i.state is OutboxState.UNCERTAIN]
    if problems:
        from followup.mail.smtp import MailError

        if len(problems) == 1:
            message = f"outbox {problems[0].number}: {outcome_line(problems[0], tz)}"
        else:
            numbers = ", ".join(str(p.number) for p in problems)
            message = f"{len(problems)} messages not sent: outbox {numbers} (`followup outbox` says why)"
        shown = [line for line in lines if line != message]
        if shown and not as_json:
            click.echo("\n".join(shown))
        error = MailError(message)
        error.data = data
        raise error
    if lines or as_json:
        emit(as_json, data, "\n".join(lines))
    elif sys.stdout.isatty():
        click.echo("Nothing is due.")


@outbox.command("cancel")
@click.argument("number", type=click.IntRange(min=1), metavar="N")
@json_option
@pass_context
def cancel(context: Context, /, number: int, as_json: bool) -> None:
    """Take message N out of the outbox before it goes (queued, held or failed)."""
    from followup.services import outbox as service

    item = service.cancel(context.ws, number, dt.datetime.now(dt.UTC))
    tz = zone(context.ws.read_base().profile.tz)
    emit(
        as_json,
        row_data(item, tz),
        f"Cancelled outbox {number} ({item.action} to {', '.join(item.recipients)}).",
    )


@outbox.command("resolve")
@click.argument("number", type=click.IntRange(min=1), metavar="N")
@click.option("--sent", "went", is_flag=True, help="It went out: record it as sent.")
@click.option("--resend", is_flag=True, help="It did not go: send it now (the guard asked again).")
@click.option("--drop", is_flag=True, help="Leave it unsent.")
@now_option
@json_option
@pass_context
def resolve(
    context: Context,
    /,
    number: int,
    went: bool,
    resend: bool,
    drop: bool,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Decide what became of uncertain message N (its sender stopped while sending): --sent, --resend or
    --drop. Without one, the message is shown, so you can look for it in your Sent folder."""
    from followup.services import outbox as service

    base = context.ws.read_base()
    tz = zone(base.profile.tz)
    now = context.now(now_text, base)  # a --now that is no moment is refused first, whatever N is
    item = service.get(context.ws, number)
    chosen = [name for name, on in (("sent", went), ("resend", resend), ("drop", drop)) if on]
    if len(chosen) != 1:
        if as_json or chosen:
            raise InvalidInput(
                "--sent, --resend or --drop",
                "exactly one of them",
                " ".join(f"--{c}" for c in chosen) or None,
            )
        click.echo(
            "\n".join(
                [
                    f"outbox {number} ({item.state.value}): {item.reason}",
                    f"Message-ID: {item.message_id}",
                    f"To: {', '.join(item.recipients)}",
                    f"Subject: {item.subject}",
                    "",
                    item.body,
                    "",
                    f"Look for it in your Sent folder, then: followup outbox resolve {number} "
                    "--sent | --resend | --drop",
                ]
            )
        )
        return
    result = service.resolve(context.ws, number, chosen[0], now, dt.datetime.now(dt.UTC))
    line = f"outbox {number}: {outcome_line(result.item, tz)}"
    if result.error:
        from followup.mail.smtp import MailError

        error = MailError(line)
        error.data = row_data(result.item, tz)
        raise error
    emit(as_json, row_data(result.item, tz), line)
