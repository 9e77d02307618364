"""`followup init`: the candidate's profile (PLAYBOOK §1.11; C-08 needs every contact detail)."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import click

from followup.cli import prompts
from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.params import text
from followup.core import codec
from followup.core import fields as fields_
from followup.core.model import Profile
from followup.core.settings import DEFAULTS, parse_setting
from followup.services.profile import save_profile, set_setting


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


# K-23: "Yours sincerely" is British usage; a US (or Canadian) business letter closes with "Sincerely".
SINCERELY_COUNTRIES = frozenset({"US", "CA"})


def closing_for(country: str, current: str, chosen: bool) -> str:
    """The letter closing to offer: the one the candidate chose, else their country's usual one."""
    if not chosen and country.upper() in SINCERELY_COUNTRIES:
        return "Sincerely"
    return current


def profile_questions(current: Profile, settings: Mapping[str, str] | None = None) -> list[prompts.Question]:
    """The profile, asked field by field; each answer checked as `save_profile` checks it. Then the
    closing of the formal letter (the ``letter_closing`` setting), offered as the country has it
    (K-23)."""
    Q = prompts.Question
    mine = dict(settings or {})
    closing = mine.get("letter_closing", DEFAULTS.letter_closing)

    def offered(answers: prompts.Answers) -> str:
        return closing_for(str(answers.get("country") or ""), closing, "letter_closing" in mine)

    return [
        Q("name", "Full name", _as(fields_.PROFILE_NAME, "name"), required=True, default=current.name),
        Q("email", "Email", prompts.checked(codec.check_email, "email"), default=current.email),
        Q("phone", "Phone", _as(fields_.PHONE, "phone"), default=current.phone),
        Q(
            "postal_address",
            "Postal address",
            _as(fields_.ADDRESS, "postal address"),
            default=current.postal_address,
        ),
        Q(
            "tz",
            "Time zone",
            prompts.checked(codec.check_time_zone, "time zone"),
            required=True,
            default=current.tz if current.name else guess_tz(),
            hint="e.g. Europe/Berlin",
            fields=("time zone",),
        ),
        Q(
            "country",
            "Country",
            prompts.checked(codec.check_country, "country", upper=True),
            required=True,
            default=current.country,
            hint="ISO code, e.g. US",
        ),
        Q(
            "letter_closing",
            "Closing of your formal letters",
            _closing,
            required=True,
            default_from=offered,
            hint='"Sincerely" in the US and Canada, "Yours sincerely" in the UK and Australia (C-10)',
            fields=("setting letter_closing",),
        ),
    ]


def _closing(text: str, answers: prompts.Answers) -> str:
    """The letter closing as the setting stores it, without the comma the letter adds."""
    value = text.strip().rstrip(",").strip()
    fields_.SETTING.check(value, "setting letter_closing")
    return str(parse_setting("letter_closing", value))


def _as(kind: fields_.TextField, field: str) -> prompts.Parse:
    """An answer checked as the option of that field is checked (``core.fields``)."""

    def check(value: str, name: str) -> None:
        kind.check(value, name)

    return prompts.checked(check, field)


def _save(context: Context, answers: dict[str, str | None]) -> Profile:
    """The profile, then the letter closing when it differs from the one in effect (K-23)."""
    closing = answers.get("letter_closing")
    profile = save_profile(context.ws, **{k: v or "" for k, v in answers.items() if k != "letter_closing"})
    records = context.ws.read()
    current = dict(records.settings).get("letter_closing", DEFAULTS.letter_closing)
    if closing and closing != current:
        set_setting(context.ws, "letter_closing", closing)
    return profile


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
        questions = profile_questions(current, dict(context.ws.read().settings))
        profile = prompts.fill(questions, lambda answers: _save(context, answers))
    else:
        if not current.name and "tz" not in fields:
            fields["tz"] = guess_tz()
        profile = save_profile(context.ws, **fields)
    data = dataclasses.asdict(profile)
    emit(
        as_json,
        data,
        f"Profile saved for {profile.name or '(no name yet)'} ({profile.tz}, {profile.country}).",
    )
