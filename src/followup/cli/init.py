"""`followup init`: the candidate's profile (PLAYBOOK §1.11; C-08 needs every contact detail)."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.params import text
from followup.core import fields as fields_
from followup.services.profile import save_profile


def guess_tz() -> str:
    """The machine's IANA zone: $TZ, /etc/timezone, or the /etc/localtime link; else UTC."""
    if os.environ.get("TZ", "").count("/") >= 1:
        return os.environ["TZ"].lstrip(":")
    try:
        return Path("/etc/timezone").read_text().strip() or "UTC"
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        return target.split("zoneinfo/", 1)[1]
    except (OSError, IndexError):
        return "UTC"


def interactive() -> bool:
    return sys.stdin.isatty()


@click.command()
@click.option(
    "--name", type=text(fields_.PROFILE_NAME), help="Your full name, as it goes under your messages."
)
@click.option("--email", type=text(fields_.EMAIL), help="Your email address.")
@click.option("--phone", type=text(fields_.PHONE), help="Your phone number.")
@click.option(
    "--address", "postal_address", type=text(fields_.ADDRESS), help="Your postal address (street, city)."
)
@click.option("--tz", type=text(fields_.ZONE), help="Your time zone (IANA name, e.g. Europe/Berlin).")
@click.option("--country", type=text(fields_.COUNTRY), help="Your country (ISO code, e.g. US, GB, DE).")
@json_option
@pass_context
def init(context: Context, /, as_json: bool, **given: str | None) -> None:
    """Set up or update your profile. Asks for what is missing when run in a terminal."""
    current = context.ws.read().profile
    fields = {k: v for k, v in given.items() if v is not None}
    if interactive() and not fields:
        click.echo("Your profile: it signs your messages (C-08) and sets your clock.")
        defaults = {
            "name": current.name,
            "email": current.email,
            "phone": current.phone,
            "postal_address": current.postal_address,
            "tz": current.tz if current.name else guess_tz(),
            "country": current.country,
        }
        labels = {
            "name": "Full name",
            "email": "Email",
            "phone": "Phone",
            "postal_address": "Postal address",
            "tz": "Time zone",
            "country": "Country (ISO code)",
        }
        kinds = {
            "name": fields_.PROFILE_NAME,
            "email": fields_.EMAIL,
            "phone": fields_.PHONE,
            "postal_address": fields_.ADDRESS,
            "tz": fields_.ZONE,
            "country": fields_.COUNTRY,
        }
        for key, label in labels.items():  # each answer checked as its field, like the option
            fields[key] = click.prompt(
                label, default=defaults[key] or None, show_default=bool(defaults[key]), type=text(kinds[key])
            )
    elif not current.name and "tz" not in fields:
        fields["tz"] = guess_tz()
    profile = save_profile(context.ws, **fields)
    data = dataclasses.asdict(profile)
    emit(
        as_json,
        data,
        f"Profile saved for {profile.name or '(no name yet)'} ({profile.tz}, {profile.country}).",
    )
