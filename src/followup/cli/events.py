"""`followup events` (an application's history, numbered), `followup event edit N` and `event remove N`.

The numbers are positions in time order: they stay the same for as long as the history does, and
`event edit` and `event remove` take the number `followup events` printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    parse_day,
    pass_context,
    read_text_file,
    resolve_application,
)
from followup.cli.confirm import confirm, yes_option
from followup.cli.history import Entry, entry_data, render
from followup.cli.log import CHANNELS
from followup.cli.params import text
from followup.cli.timefmt import human, parse_moment, zone
from followup.core import fields
from followup.core.errors import InvalidInput
from followup.core.model import Application, CallOutcome, Channel, Event
from followup.services.corrections import edit_event, history, remove_event
from followup.services.people import find_person


def _where(context: Context, application_ref: str | None, search_wide: bool) -> Application | None:
    if search_wide:
        if application_ref:
            raise InvalidInput("--global", "either --global or --application, not both")
        return None
    return resolve_application(context.ws.read_for(application_ref), application_ref)


def entry_of(event: Event) -> Entry:
    """What `events` shows of an event (``history.Entry``)."""
    return Entry(
        event.id,
        event.type.value,
        event.at,
        event.kind,
        event.channel.value if event.channel else None,
        event.to,
        event.cc,
        event.from_person,
        event.subject,
        event.body,
        event.note,
        event.stated_text,
        event.source,
        event.status,
        event.deadline,
        event.new_date,
        event.slot,
        event.call_outcome.value if event.call_outcome else None,
        event.override_codes,
    )


def event_data(number: int, event: Event, tz: dt.tzinfo) -> dict[str, Any]:
    return entry_data(number, entry_of(event), tz)


def _label(number: int, event: Event, tz: dt.tzinfo) -> str:
    what = f"{event.type.value} {event.kind}".strip()
    return f"event {number} ({what}, {human(event.at, tz)})"


@click.command("events")
@application_option
@click.option(
    "--global",
    "search_wide",
    is_flag=True,
    help="The events of no single application: competing offers, news for every application, a pause.",
)
@json_option
@pass_context
def events(context: Context, application_ref: str | None, search_wide: bool, as_json: bool) -> None:
    """An application's history, numbered 1..n in time order (the numbers `event edit` and `event remove`
    take), with the time in your zone, type, kind, channel, people and a short summary."""
    app = _where(context, application_ref, search_wide)
    tz = zone(context.ws.read_base().profile.tz)
    found = [entry_of(e) for e in history(context.ws, app.id if app else None)]
    names = {p.id: p.name for p in app.people} if app else {}
    click.echo(render(found, names, tz, app.id if app else "the whole search", as_json))


@click.group("event")
def event() -> None:
    """Correct one event of a history: edit or remove it by its number in `followup events`."""


@event.command("remove")
@click.argument("number", type=click.IntRange(min=1), metavar="N")
@application_option
@click.option("--global", "search_wide", is_flag=True, help="An event of `followup events --global`.")
@yes_option
@json_option
@pass_context
def remove(
    context: Context, number: int, application_ref: str | None, search_wide: bool, yes: bool, as_json: bool
) -> None:
    """Remove event N (its number in `followup events`); the plan forgets it."""
    app = _where(context, application_ref, search_wide)
    tz = zone(context.ws.read_base().profile.tz)
    found = history(context.ws, app.id if app else None)
    if 1 <= number <= len(found):
        what = f"remove {_label(number, found[number - 1], tz)} of {app.id if app else 'the whole search'}"
        confirm(what, yes=yes, as_json=as_json)
    removed = remove_event(context.ws, app.id if app else None, number)
    emit(
        as_json,
        {"application": app.id if app else None, "removed": event_data(number, removed, tz)},
        f"Removed {_label(number, removed, tz)}.",
    )


@event.command("edit")
@click.argument("number", type=click.IntRange(min=1), metavar="N")
@application_option
@click.option("--global", "search_wide", is_flag=True, help="An event of `followup events --global`.")
@click.option(
    "--at",
    "at_text",
    metavar="ISO-DATETIME",
    type=text(fields.MOMENT),
    help="When it happened (no offset: your zone).",
)
@click.option(
    "--kind",
    type=text(fields.CODE),
    help="What was sent (TY, F1, ...) or what kind of reply (generic, timeframe, ...).",
)
@click.option("--channel", type=click.Choice(CHANNELS), help="How it went.")
@click.option(
    "--to",
    "to_refs",
    multiple=True,
    type=text(fields.OPTIONAL_REFERENCE),
    help='Recipient (id or name), repeatable; replaces; "" empties.',
)
@click.option(
    "--cc",
    "cc_refs",
    multiple=True,
    type=text(fields.OPTIONAL_REFERENCE),
    help='Copied (id or name), repeatable; replaces; "" empties.',
)
@click.option(
    "--from",
    "from_ref",
    type=text(fields.OPTIONAL_REFERENCE),
    help='Who wrote or called (id or name); "" empties.',
)
@click.option("--subject", type=text(fields.SUBJECT), help="Subject line.")
@click.option("--body", type=text(fields.BODY), help="The text.")
@click.option(
    "--body-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the text from a file.",
)
@click.option("--note", type=text(fields.BODY), help="Your note (what feedback said, what the news is).")
@click.option(
    "--said",
    "stated_text",
    type=text(fields.WORDS),
    help="A reply's words about timing (timeframe: a new date is read).",
)
@click.option(
    "--date",
    "date_text",
    metavar="YYYY-MM-DD",
    type=text(fields.OPTIONAL_MOMENT),
    help='A reply\'s new decision date; "" empties.',
)
@click.option(
    "--deadline",
    "deadline_text",
    metavar="YYYY-MM-DD",
    type=text(fields.OPTIONAL_MOMENT),
    help='An offer\'s answer-by date; "" empties.',
)
@click.option(
    "--slot",
    "slot_text",
    metavar="ISO-DATETIME",
    type=text(fields.OPTIONAL_MOMENT),
    help='An agreed call time; "" empties.',
)
@click.option("--outcome", type=click.Choice([o.value for o in CallOutcome]), help="A call's outcome.")
@click.option("--source", type=text(fields.OTHER_COMPANY), help="The company of a competing offer.")
@click.option("--status", type=text(fields.CODE), help="An accomplishment's status (accepted, granted, ...).")
@click.option("--handwritten/--not-handwritten", default=None, help="A note was handwritten (H-02).")
@click.option("--relevant/--not-relevant", default=None, help="News relevant to the role (E-05).")
@now_option
@json_option
@pass_context
def edit(
    context: Context,
    /,
    number: int,
    application_ref: str | None,
    search_wide: bool,
    now_text: str | None,
    as_json: bool,
    **given: Any,
) -> None:
    """Change event N (its number in `followup events`); only the options given change."""
    records = context.ws.read()
    now = context.now(now_text, records)  # every value read before any record is looked up
    app = _where(context, application_ref, search_wide)
    tz = zone(records.profile.tz)
    values = _fields(app, tz, given)
    if not values:
        raise InvalidInput(
            "options", "at least one change, e.g. --at, --to, --subject or --note (see --help)"
        )
    before, after = edit_event(context.ws, app.id if app else None, number, values, now)
    changed = [name for name in values if getattr(before, name) != getattr(after, name)]
    changed += ["new_date"] if "new_date" not in changed and before.new_date != after.new_date else []
    found = history(context.ws, app.id if app else None)
    now_number = next(n for n, e in enumerate(found, start=1) if e.id == after.id)
    moved = f" It is now number {now_number}." if now_number != number else ""
    what = ", ".join(name.replace("_", " ") for name in changed) or "nothing (the values were the same)"
    emit(
        as_json,
        {
            "application": app.id if app else None,
            "changed": changed,
            "event": event_data(now_number, after, tz),
        },
        f"Changed {_label(number, before, tz)}: {what}.{moved}",
    )


def _fields(app: Application | None, tz: dt.tzinfo, given: dict[str, Any]) -> dict[str, Any]:
    """The options given, as the event's fields and their values."""
    values: dict[str, Any] = {}

    def person(ref: str) -> str:
        if app is None:
            raise InvalidInput("person", "nobody: an event of the whole search names no one", ref)
        return find_person(app, ref).id

    if given["at_text"] is not None:
        values["at"] = parse_moment(given["at_text"], tz, "--at")
    if given["kind"] is not None:
        values["kind"] = given["kind"]
    if given["channel"] is not None:
        values["channel"] = Channel(given["channel"])
    for option, name in (("to_refs", "to"), ("cc_refs", "cc")):
        refs = tuple(ref for ref in given[option] if ref.strip())
        if given[option]:
            values[name] = tuple(person(ref) for ref in refs)
    if given["from_ref"] is not None:
        values["from_person"] = person(given["from_ref"]) if given["from_ref"].strip() else ""
    for name in ("subject", "body", "note", "stated_text", "source", "status"):
        if given[name] is not None:
            values[name] = given[name]
    if given["body_file"] is not None:
        values["body"] = fields.BODY.check(read_text_file(given["body_file"], "--body-file"), "--body-file")
    for option, name in (("date_text", "new_date"), ("deadline_text", "deadline")):
        if given[option] is not None:
            values[name] = parse_day(given[option], f"--{option.removesuffix('_text')}")
    if given["slot_text"] is not None:
        values["slot"] = (
            parse_moment(given["slot_text"], tz, "--slot") if given["slot_text"].strip() else None
        )
    if given["outcome"] is not None:
        values["call_outcome"] = CallOutcome(given["outcome"])
    for name in ("handwritten", "relevant"):
        if given[name] is not None:
            values[name] = given[name]
    return values
