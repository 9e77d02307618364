"""`followup settings [NAME [VALUE]]`: every setting of PLAYBOOK §3 with its default (docs/settings.md)."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, pass_context, resolve_application
from followup.cli.params import text
from followup.core import fields
from followup.core.errors import InvalidInput
from followup.services.profile import reset_setting, set_setting, settings_table


@click.command()
@click.argument("name", type=text(fields.SETTING_NAME), required=False)
@click.argument("value", type=text(fields.SETTING), required=False)
@click.option(
    "--application",
    "-a",
    "application_ref",
    type=text(fields.REFERENCE),
    help="Set or show one application's override.",
)
@click.option("--reset", is_flag=True, help="Go back to the default (or the profile's value).")
@json_option
@pass_context
def settings(
    context: Context,
    name: str | None,
    value: str | None,
    application_ref: str | None,
    reset: bool,
    as_json: bool,
) -> None:
    """Show all settings, show one, set NAME VALUE, or --reset NAME."""
    app_id = resolve_application(context.ws.read(), application_ref).id if application_ref else None
    if reset and not name:
        raise InvalidInput("--reset", "the name of the setting to reset")
    if name and reset:
        reset_setting(context.ws, name, app_id)
    elif name and value is not None:
        set_setting(context.ws, name, value, app_id)
    rows = settings_table(context.ws, app_id)
    if name:
        rows = [r for r in rows if r["name"] == name]
        if not rows:
            from followup.core.settings import parse_setting

            parse_setting(name, "")  # raises the message that lists the known names
    lines = [
        f"{r['name']:<26} {r['value']:<22} ({r['source']}; default {r['default']}; {r['accepts']})\n"
        f"{'':<26} {r['description']}"
        for r in rows
    ]
    emit(as_json, rows if not name else rows[0], "\n".join(lines))
