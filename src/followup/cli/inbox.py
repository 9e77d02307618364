"""`followup inbox`: what came back from an employer. `inbox classify FILE|-` says what a reply is
(an invitation, an offer, a rejection...) with its confidence, the phrases that decided it and the date
it gives, and records nothing."""

from __future__ import annotations

import sys

import click

from followup.cli.common import emit, json_option
from followup.cli.params import text
from followup.core import fields


@click.group()
def inbox() -> None:
    """Replies from employers: what each one is."""


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
