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
@click.option(
    "--allow-unencrypted",
    is_flag=True,
    help="Allow FOLLOWUP_SMTP_SECURITY=none to a server outside this machine (with a warning).",
)
@now_option
@json_option
@pass_context
def remind(
    context: Context, send: bool, allow_unencrypted: bool, now_text: str | None, as_json: bool
) -> None:
    """What is due or overdue now and what opens in the next 24 hours, across applications."""
    from followup.services.remind import digest, digest_message

    records = context.ws.read()
    result = digest(context.ws, context.now(now_text, records))
    if send:
        from followup.mail.smtp import mailer_from_environment

        mailer = mailer_from_environment(allow_unencrypted=allow_unencrypted)
        if mailer.unencrypted_remote:
            click.echo(
                f"followup: warning: mailing through {mailer.host}:{mailer.port} without encryption "
                "(FOLLOWUP_SMTP_SECURITY=none): your password and the digest cross the network in clear text",
                err=True,
            )
        mailer.send(digest_message(context.ws, result))
    tz = zone(records.profile.tz)
    data = {
        "now": iso(result.now, tz),
        "items": [
            dataclasses.asdict(i) | {"when": iso(i.when, tz), "codes": list(i.codes)} for i in result.items
        ],
        "mailed": send,
    }
    emit(as_json, data, result.text() + ("\n(sent to you by mail)" if send else ""))
