"""`followup inbox`: what came back from an employer. Alone it lists the proposals `followup sync` (or
`inbox add`) made, numbered, with the failing addresses; `inbox accept N` applies one through the event
services (the plan changes at once), `inbox dismiss N` drops it, `inbox add FILE|-` reads one message
without a mailbox. `inbox classify FILE|-` says what a reply is (an invitation, an offer, a rejection...)
with its confidence, the phrases that decided it and the date it gives, and records nothing."""

from __future__ import annotations

import sys
from typing import Any

import click

from followup.cli.common import Context, emit, json_option, now_option, parse_day, pass_context
from followup.cli.params import text
from followup.core import fields
from followup.core.replies.model import KINDS

ACCEPT_KINDS = [k for k in KINDS if k != "bounce"]


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def inbox(click_context: click.Context, as_json: bool) -> None:
    """Replies from employers: what each one is.

    Alone: the proposals waiting for you (from `followup sync` or `inbox add`), numbered, and the
    addresses a bounce said are failing. Apply one with `inbox accept N`, drop it with `inbox dismiss N`.
    """
    if click_context.invoked_subcommand is not None:
        return
    from followup.services.sync import inbox as waiting
    from followup.services.sync import proposal_json

    context: Context = click_context.find_object(Context)  # type: ignore[assignment]
    proposals, failing = waiting(context.ws)
    data = {
        "proposals": [proposal_json(p) for p in proposals],
        "failing": [{"address": a, "at": at.isoformat(), "reason": r} for a, at, r in failing],
    }
    emit(as_json, data, _listing(proposals, failing))


def _listing(proposals: list[Any], failing: list[tuple[str, Any, str]]) -> str:
    from followup.services.sync import sure

    lines = []
    for p in proposals:
        doubt = "" if sure(p) else ", not sure: read it yourself"
        date = f", date {p.date.isoformat()}" if p.date else ""
        lines.append(
            f"{p.number}. {p.application_id}: {p.kind} ({p.confidence:.2f}{doubt}{date})"
            f" from {p.sender}, {p.sent_at:%Y-%m-%d}: {p.subject}"
        )
        for phrase in p.phrases:
            lines.append(f'     "{phrase}"')
    if not proposals:
        lines.append("No replies waiting (`followup sync` reads new mail; `inbox add FILE` reads one).")
    for address, _, reason in failing:
        lines.append(f"Failing address: {address}: {reason}")
    return "\n".join(lines)


def _number(number: int) -> int:
    if number < 1:
        from followup.core.errors import InvalidInput

        raise InvalidInput("N", "the number of a proposal in `followup inbox`", str(number))
    return number


@inbox.command("accept")
@click.argument("number", metavar="N", type=int)
@click.option("--as", "kind", type=click.Choice(ACCEPT_KINDS), help="What it is, when the guess is wrong.")
@click.option(
    "--date", "date_text", type=text(fields.MOMENT), metavar="YYYY-MM-DD", help="timeframe: the new date."
)
@now_option
@json_option
@pass_context
def accept(
    context: Context,
    number: int,
    kind: str | None,
    date_text: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Apply proposal N: it is logged as that reply, and the plan changes at once (A-12, E-01..E-11)."""
    from followup.services.sync import accept as run
    from followup.services.sync import proposal_json

    now = context.now(now_text)  # read first: a bad --now is named before anything else
    kept, event_id = run(context.ws, _number(number), kind, parse_day(date_text, "--date"), now)
    chosen = kind or kept.kind
    data = {**proposal_json(kept), "kind": chosen, "status": "accepted", "event": event_id}
    emit(as_json, data, f"Logged {chosen} for {kept.application_id} ({event_id}). See `followup plan`.")


@inbox.command("dismiss")
@click.argument("number", metavar="N", type=int)
@json_option
@pass_context
def dismiss(context: Context, number: int, as_json: bool) -> None:
    """Drop proposal N: nothing is logged."""
    from followup.services.sync import dismiss as run
    from followup.services.sync import proposal_json

    kept = run(context.ws, _number(number))
    emit(as_json, {**proposal_json(kept), "status": "dismissed"}, f"Dismissed {kept.number}.")


@inbox.command("add")
@click.argument("source", metavar="FILE.eml|-", type=text(fields.PATH))
@now_option
@json_option
@pass_context
def add(context: Context, source: str, now_text: str | None, as_json: bool) -> None:
    """Read one email (a file, or - for stdin) as sync would: matched to an application and proposed."""
    from followup.cli.sync import outcome_json, outcome_text
    from followup.mail.reading import read_message_file
    from followup.services.sync import add_file

    now = context.now(now_text)
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        name = "standard input"
    else:
        data, name = read_message_file(source), source
    outcome = add_file(context.ws, data, name, now)
    result = (
        outcome_text(outcome)
        if outcome.ignored == 0
        else f"{name}: from no one of your applications; ignored."
    )
    emit(as_json, outcome_json(outcome), result)


@inbox.command("classify")
@click.argument("source", metavar="FILE|-", type=text(fields.PATH))
@json_option
def classify_command(source: str, as_json: bool) -> None:
    """Say what an employer's reply is (an .eml or plain text; - for stdin): its kind, how sure, the
    phrases that decided it and the date it gives. Nothing is recorded.

    Kinds: invitation, offer, rejection, info_request, timeframe, schedule_reply, call_back, feedback,
    generic, auto_reply, bounce, other. Below the confidence threshold the answer says "not sure": read
    the message yourself before acting on it.
    """
    from followup.services.inbox import classify_reply, read_reply, read_reply_file

    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        reply = read_reply(data, "standard input")
    else:
        reply = read_reply_file(source)
    verdict = classify_reply(reply)
    sure = "" if verdict.sure else " (not sure: read it yourself before acting on it)"
    lines = [f"{verdict.kind}, confidence {verdict.confidence:.2f}{sure}"]
    if verdict.date is not None:
        lines.append(f"date: {verdict.date.isoformat()}")
    for phrase in verdict.phrases:
        lines.append(f'  "{" ".join(phrase.split())}"')
    emit(as_json, verdict.as_json(), "\n".join(lines))
