"""`followup interview add|list`: record an interview (a new application, or a further round)."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, pass_context, resolve_application
from followup.cli.init import interactive
from followup.cli.timefmt import human, iso, zone
from followup.core.errors import InvalidInput
from followup.core.model import Culture, Format
from followup.services.interviews import InterviewInput, add_interview

FORMATS = [f.value for f in Format]
CULTURES = [c.value for c in Culture]


@click.group()
def interview() -> None:
    """Record interviews."""


@interview.command("add")
@click.option("--company", help="The employer.")
@click.option("--position", help="The job title you interviewed for.")
@click.option("--start", "start_text", metavar="ISO-DATETIME", help="When it started, e.g. 2026-03-02T10:00.")
@click.option(
    "--end", "end_text", metavar="ISO-DATETIME", help="When it ended (default: +60 min, phone +30)."
)
@click.option("--tz", default="", help="Time zone of the interview times (default: your profile's).")
@click.option("--format", "format_", type=click.Choice(FORMATS), help="in_person, phone or video.")
@click.option("--location", default="", help="Address or room.")
@click.option("--link", default="", help="Video link.")
@click.option("--country", default="", help="Employer's country (ISO code): its public holidays count.")
@click.option("--subdivision", default="", help="Employer's state or region code (e.g. CA, ENG, BY).")
@click.option("--company-tz", default="", help="Employer's time zone, if not the interview's.")
@click.option("--no-hr", is_flag=True, help="The company has no HR function (small firm).")
@click.option("--culture", type=click.Choice(CULTURES), default="unknown", help="traditional or tech_social.")
@click.option("--preferred", is_flag=True, help="This is the job you want most.")
@click.option("--application", "-a", "application_ref", help="Add a further round to this application.")
@json_option
@pass_context
def add(
    context: Context,
    as_json: bool,
    company: str | None,
    position: str | None,
    start_text: str | None,
    end_text: str | None,
    tz: str,
    format_: str | None,
    location: str,
    link: str,
    country: str,
    subdivision: str,
    company_tz: str,
    no_hr: bool,
    culture: str,
    preferred: bool,
    application_ref: str | None,
) -> None:
    """Record an interview. In a terminal, asks for whatever the flags leave out."""
    records = context.ws.read()
    application_id = resolve_application(records, application_ref).id if application_ref else ""
    ask = interactive()
    if not application_id:
        company = company or (click.prompt("Company") if ask else None)
        position = position if position is not None else (click.prompt("Position", default="") if ask else "")
    if start_text is None and ask:
        start_text = click.prompt("Start (YYYY-MM-DDTHH:MM, your time zone unless --tz)")
    if format_ is None:
        format_ = (
            click.prompt("Format", type=click.Choice(FORMATS), default="in_person") if ask else "in_person"
        )
    if not start_text:
        raise InvalidInput("--start", "the interview's start, e.g. 2026-03-02T10:00")
    if not application_id and not company:
        raise InvalidInput("--company", "the employer's name")
    from followup.cli.timefmt import parse_moment

    where = zone(tz) if tz else context.tz(records)
    start = parse_moment(start_text, where, "--start")
    end = parse_moment(end_text, where, "--end") if end_text else None
    app, recorded = add_interview(
        context.ws,
        InterviewInput(
            company=company or "",
            start=start,
            end=end,
            tz=tz,
            format=Format(format_),
            position=position or "",
            location=location,
            link=link,
            country=country,
            subdivision=subdivision,
            company_tz=company_tz,
            has_hr=not no_hr,
            culture=Culture(culture),
            preferred=preferred,
            application_id=application_id,
        ),
    )
    shown = zone(recorded.tz)
    data = {
        "application": app.id,
        "company": app.company.name,
        "interview": recorded.id,
        "round": recorded.round,
        "start": iso(recorded.start, shown),
        "end": iso(recorded.end, shown),
        "format": recorded.format.value,
    }
    emit(
        as_json,
        data,
        f"Recorded round {recorded.round} with {app.company.name} on {human(recorded.start, shown)} "
        f"({recorded.tz}) as application '{app.id}'. Next: `followup person add ... -a {app.id}`.",
    )


@interview.command("list")
@json_option
@pass_context
def list_interviews(context: Context, as_json: bool) -> None:
    """Every interview of every application."""
    records = context.ws.read()
    rows = []
    for app in records.applications:
        for i in app.interviews:
            rows.append(
                {
                    "application": app.id,
                    "company": app.company.name,
                    "interview": i.id,
                    "round": i.round,
                    "start": iso(i.start, zone(i.tz)),
                    "format": i.format.value,
                    "cancelled": i.cancelled,
                }
            )
    lines = [f"{r['application']:<24} round {r['round']}  {r['start']}  {r['format']}" for r in rows]
    emit(as_json, rows, "\n".join(lines) or "No interviews yet: `followup interview add`.")
