"""`followup remind`: a digest of what is due, overdue or about to open; `--mail` sends it to yourself.

For a daily reminder, a cron line such as
``0 8 * * 1-5 /path/to/followup/.venv/bin/followup remind --mail`` (see README).
"""

from __future__ import annotations

import dataclasses

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context
from followup.cli.timefmt import iso, zone


@click.command()
@click.option(
    "--mail", "send", is_flag=True, help="Also email the digest to yourself (SMTP from the environment)."
)
@now_option
@json_option
@pass_context
def remind(context: Context, send: bool, now_text: str | None, as_json: bool) -> None:
    """What is due or overdue now and what opens in the next 24 hours, across applications."""
    from followup.services.remind import digest, digest_message

    records = context.ws.read()
    result = digest(context.ws, context.now(now_text, records))
    if send:
        from followup.mail.smtp import mailer_from_environment

        mailer_from_environment().send(digest_message(context.ws, result))
    tz = zone(records.profile.tz)
    data = {
        "now": iso(result.now, tz),
        "items": [
            dataclasses.asdict(i) | {"when": iso(i.when, tz), "codes": list(i.codes)} for i in result.items
        ],
        "mailed": send,
    }
    emit(as_json, data, result.text() + ("\n(sent to you by mail)" if send else ""))
