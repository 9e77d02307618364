"""`followup interview add|list|import|edit|remove`: record an interview (a new application, or a further
round), by hand or from a calendar invitation (the import loads icalendar only when it runs), and correct
or remove a round."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli import prompts
from followup.cli.common import (
    Context,
    emit,
    json_option,
    now_option,
    pass_context,
    refuse_after,
    resolve_application,
)
from followup.cli.confirm import confirm, yes_option
from followup.cli.init import interactive
from followup.cli.params import text
from followup.cli.timefmt import human, iso, parse_moment, zone
from followup.core import codec, fields
from followup.core.errors import InvalidInput
from followup.core.model import Application, Culture, Format, Interview, Person
from followup.services.interviews import InterviewInput, add_interview

if TYPE_CHECKING:
    from followup.services.invitations import ImportPlan, Invitation

FORMATS = [f.value for f in Format]
CULTURES = [c.value for c in Culture]


@click.group()
def interview() -> None:
    """Record interviews."""


@interview.command("add")
@click.option("--company", type=text(fields.COMPANY), help="The employer.")
@click.option("--position", type=text(fields.TITLE), help="The job title you interviewed for.")
@click.option(
    "--start",
    "start_text",
    type=text(fields.MOMENT),
    metavar="ISO-DATETIME",
    help="When it started, e.g. 2026-03-02T10:00.",
)
@click.option(
    "--end",
    "end_text",
    type=text(fields.MOMENT),
    metavar="ISO-DATETIME",
    help="When it ended (default: +60 min, phone +30).",
)
@click.option(
    "--tz",
    type=text(fields.ZONE),
    default="",
    help="Time zone of the interview times (default: your profile's).",
)
@click.option("--format", "format_", type=click.Choice(FORMATS), help="in_person, phone or video.")
@click.option("--location", type=text(fields.LOCATION), default="", help="Address or room.")
@click.option("--link", type=text(fields.LINK), default="", help="Video link.")
@click.option(
    "--country",
    type=text(fields.COUNTRY),
    default="",
    help="Employer's country (ISO code): its public holidays count.",
)
@click.option(
    "--subdivision",
    type=text(fields.SUBDIVISION),
    default="",
    help="Employer's state or region code (e.g. CA, ENG, BY).",
)
@click.option(
    "--company-tz", type=text(fields.ZONE), default="", help="Employer's time zone, if not the interview's."
)
@click.option("--no-hr", is_flag=True, help="The company has no HR function (small firm).")
@click.option("--culture", type=click.Choice(CULTURES), default="unknown", help="traditional or tech_social.")
@click.option("--preferred", is_flag=True, help="This is the job you want most.")
@click.option(
    "--application",
    "-a",
    "application_ref",
    type=text(fields.REFERENCE),
    help="Add a further round to this application.",
)
@click.option(
    "--resume",
    "resume_file",
    metavar="FILE",
    type=text(fields.PATH),
    help="The résumé you submitted with the application (kept as name, hash, size and time, C-17).",
)
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
    resume_file: str | None,
) -> None:
    """Record an interview. In a terminal, asks for whatever the flags leave out."""
    records = context.ws.read()
    application_id = resolve_application(records, application_ref).id if application_ref else ""

    if application_id:  # a further round keeps the application's company: its options would be lost
        company_options: dict[str, str | bool | None] = {
            "--company": company,
            "--position": position,
            "--country": country,
            "--subdivision": subdivision,
            "--company-tz": company_tz,
            "--no-hr": no_hr,
            "--culture": culture != Culture.UNKNOWN and culture,
            "--preferred": preferred,
        }
        for option, value in company_options.items():
            if value:
                accepted = f"no {option} with --application: a further round keeps the application's"
                raise InvalidInput(option, accepted, value if isinstance(value, str) else None)

    resume = None
    if resume_file:
        from followup.services.documents import read_document

        resume = read_document(resume_file, field="--resume", recorded_at=context.now(None, records))

    def submit(answers: dict[str, Any]) -> tuple[Application, Interview]:
        return add_interview(
            context.ws,
            InterviewInput(
                company=answers.get("company") or "",
                start=answers["start"],
                end=answers.get("end"),
                tz=answers.get("tz") or "",
                format=Format(answers.get("format") or "in_person"),
                position=answers.get("position") or "",
                location=location,
                link=link,
                country=country,
                subdivision=subdivision,
                company_tz=company_tz,
                has_hr=not no_hr,
                culture=Culture(culture),
                preferred=preferred,
                application_id=application_id,
                resume=resume,
            ),
        )

    if interactive():
        flags = {
            "company": company,
            "position": position,
            "format": format_,
            "tz": tz or None,
            "start": start_text,
            "end": end_text,
        }
        questions = interview_questions(records.profile.tz, further_round=bool(application_id))
        given = {key: value for key, value in flags.items() if value is not None}
        app, recorded = prompts.fill(questions, submit, given=given)
    else:
        if not start_text:
            raise InvalidInput("--start", "the interview's start, e.g. 2026-03-02T10:00")
        if not application_id and not company:
            raise InvalidInput("--company", "the employer's name")
        where = zone(tz) if tz else context.tz(records)
        start = parse_moment(start_text, where, "--start", with_time=True)
        end = parse_moment(end_text, where, "--end", with_time=True) if end_text else None
        answers = {"company": company, "position": position, "format": format_, "tz": tz}
        app, recorded = submit(answers | {"start": start, "end": end})
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
        f"({recorded.tz}) as application '{app.id}'. Next: `followup person add ... -a {app.id}`."
        + (
            f"\nRésumé recorded: {resume.name} ({resume.size} bytes, SHA-256 {resume.sha256[:12]}…)."
            if resume
            else ""
        ),
    )


def interview_questions(home_tz: str, *, further_round: bool) -> list[prompts.Question]:
    """The interview, asked field by field; times are read as `--start` and `--end` read them."""
    Q = prompts.Question

    def moment(field: str) -> prompts.Parse:
        return lambda answer, answers: parse_moment(
            answer, zone(answers.get("tz") or home_tz), field, with_time=True
        )

    when = "YYYY-MM-DDTHH:MM"
    questions = [] if further_round else [Q("company", "Company", required=True)]
    questions += [
        Q("position", "Position"),
        Q(
            "format",
            "Format",
            prompts.choice(FORMATS, "format"),
            default="in_person",
            hint=", ".join(FORMATS),
        ),
        Q(
            "tz",
            "Time zone of the times you give",
            prompts.checked(codec.check_time_zone, "time zone"),
            required=True,
            default=home_tz,
            fields=("time zone",),
        ),
        Q("start", "Start", moment("start"), required=True, hint=when),
        Q("end", "End", moment("end"), hint=f"{when}; Enter: an hour after the start, half for a phone call"),
    ]
    return questions


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


@interview.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--application",
    "-a",
    "application_ref",
    type=text(fields.REFERENCE),
    metavar="ID",
    help="Add it to this application (default: the company the addresses name, found or new).",
)
@click.option(
    "--company",
    type=text(fields.OTHER_COMPANY),
    default="",
    help="The employer, when the invitation's addresses do not name it.",
)
@click.option(
    "--position",
    type=text(fields.TITLE),
    default="",
    help="The position you applied for (for a new application; a known one keeps its own).",
)
@click.option(
    "--format", "format_", type=click.Choice(FORMATS), help="in_person, phone or video (default: guessed)."
)
@click.option(
    "--event",
    "event_number",
    type=click.IntRange(min=1),
    metavar="N",
    help="Which event of a calendar with several.",
)
@click.option("--yes", is_flag=True, help="Save without asking.")
@json_option
@now_option
@pass_context
def import_command(
    context: Context,
    as_json: bool,
    now_text: str | None,
    file: Path,
    application_ref: str | None,
    company: str,
    position: str,
    format_: str | None,
    event_number: int | None,
    yes: bool,
) -> None:
    """Record an interview from an invitation: an .ics file, or an .eml email carrying one.

    Reads the time and its zone, the place or meeting link, the organiser (the arranger) and the attendees
    (the panel; you are left out), guesses the company from their addresses and the format from the link,
    shows what it found and asks before saving. An update of the same invitation (a higher SEQUENCE)
    reschedules the interview it created; a cancellation marks it cancelled.
    """
    from followup.services.invitations import ImportOptions, import_invitation, plan_import

    records = context.ws.read()
    application_id = resolve_application(records, application_ref).id if application_ref else ""
    invitation = _read_invitation(file, records.profile.tz, event_number)
    options = ImportOptions(application_id, company, Format(format_) if format_ else None, position)
    plan = plan_import(records, invitation, options)
    now = context.now(now_text, records)
    if not plan.writes:
        emit(as_json, _found_data(plan, now, saved=False), _found_text(plan, now))
        return
    if not yes:
        if not interactive():
            refuse_after(
                as_json,
                _found_data(plan, now, saved=False),
                _found_text(plan, now),
                InvalidInput(
                    "--yes",
                    "a confirmation to save what was found (there is no terminal to ask in); "
                    "nothing was saved",
                ),
            )
        click.echo(_found_text(plan, now), err=as_json)
        if not click.confirm("Save it?", default=True, err=as_json):
            click.echo("Nothing saved.", err=as_json)
            return
    plan = import_invitation(context.ws, invitation, options)
    text = _saved_text(plan) if not yes else f"{_found_text(plan, now)}\n{_saved_text(plan)}"
    emit(as_json, _found_data(plan, now, saved=True), text)


def _read_invitation(file: Path, home_tz: str, event_number: int | None) -> Invitation:
    from followup.services.invitations import SeveralEvents, read_invitation

    try:
        return read_invitation(file, home_tz=home_tz, event=event_number)
    except SeveralEvents as several:
        if not interactive():
            raise
        click.echo(f"{file} holds {len(several.choices)} events:")
        for number, choice in enumerate(several.choices, 1):
            click.echo(f"  {number}. {choice}")
        chosen = click.prompt("Which one is the interview", type=click.IntRange(1, len(several.choices)))
        return read_invitation(file, home_tz=home_tz, event=chosen)


def _when(start: dt.datetime, end: dt.datetime | None, tz: str) -> str:
    where = zone(tz)
    local = start.astimezone(where)
    text = f"{local:%a %d %b %Y %H:%M}"
    if end is not None:
        local_end = end.astimezone(where)
        text += (
            f" to {local_end:%H:%M}"
            if local_end.date() == local.date()
            else f" to {local_end:%a %d %b %H:%M}"
        )
    return f"{text} ({tz})"


def _who(person: Person, added: tuple[str, ...]) -> str:
    text = f"{person.name} <{person.email}>" if person.email else f"{person.name} (no address)"
    return text + (" (new)" if person.id in added else "")


def _found_text(plan: ImportPlan, now: dt.datetime) -> str:
    from followup.services.invitations import Action

    app, interview, before = plan.application, plan.interview, plan.before
    if plan.action is Action.NOTHING_TO_CANCEL or app is None or interview is None:
        uid = plan.invitation.uid
        return f"Nothing to cancel: no interview was imported from this invitation (UID {uid!r})."
    label = f"round {interview.round} with {app.company.name}"
    if plan.action is Action.UP_TO_DATE:
        return (
            f"Already up to date: {label} (application '{app.id}') has this invitation's "
            f"SEQUENCE {interview.sequence}; this file has {plan.invitation.sequence}."
        )
    if plan.action is Action.CANCEL:
        when = _when(interview.start, interview.end, interview.tz)
        return f"From {plan.invitation.source}: cancels {label} on {when}."
    past = " (in the past)" if interview.start < now else ""
    heading = {
        Action.CREATE: f"records {label}"
        + (f" as a new application '{app.id}'" if plan.new_application else f" in application '{app.id}'"),
        Action.LINK: f"links {label}, recorded by hand at this time, to the invitation",
        Action.RESCHEDULE: f"reschedules {label} (application '{app.id}')",
    }[plan.action]
    lines = [f"From {plan.invitation.source}: {heading}."]
    if app.position:
        lines.append(f"  Position  {app.position}")
    if before is not None and plan.action is Action.RESCHEDULE:
        lines.append(f"  Was       {_when(before.start, before.end, before.tz)}")
    lines.append(f"  When      {_when(interview.start, interview.end, interview.tz)}{past}")
    lines += [f"  Note      {note}" for note in plan.invitation.notes]  # a zone guessed or overruled
    lines.append(f"  Format    {interview.format.value} ({plan.format_reason})")
    for label_text, value in (("Place", interview.location), ("Link", interview.link)):
        if value:
            lines.append(f"  {label_text:<9} {value}")
    if plan.arranger is not None:
        lines.append(f"  Arranger  {_who(plan.arranger, plan.added)}")
    if plan.panel:
        lines.append("  Panel     " + "; ".join(_who(p, plan.added) for p in plan.panel))
    return "\n".join(lines)


def _saved_text(plan: ImportPlan) -> str:
    from followup.services.invitations import Action

    app, interview = plan.application, plan.interview
    assert app is not None and interview is not None
    label = f"round {interview.round} with {app.company.name}"
    return {
        Action.CREATE: f"Recorded {label} as application '{app.id}'. See `followup plan -a {app.id}`.",
        Action.LINK: f"Linked {label} to the invitation: its updates will reschedule it.",
        Action.RESCHEDULE: f"Rescheduled {label} to {_when(interview.start, interview.end, interview.tz)}.",
        Action.CANCEL: f"Marked {label} cancelled.",
    }.get(plan.action, "Nothing saved.")


def _found_data(plan: ImportPlan, now: dt.datetime, *, saved: bool) -> dict[str, Any]:
    app, interview, before = plan.application, plan.interview, plan.before
    invitation = plan.invitation

    def person(p: Person) -> dict[str, Any]:
        return {"id": p.id, "name": p.name, "email": p.email, "new": p.id in plan.added}

    data: dict[str, Any] = {
        "file": invitation.source,
        "action": plan.action.value,
        "saved": saved,
        "uid": invitation.uid,
        "sequence": invitation.sequence,
        "application": app.id if app else None,
        "company": app.company.name if app else None,
        "new_application": plan.new_application,
        "interview": None,
        "notes": list(invitation.notes),
    }
    if interview is not None:
        shown = zone(interview.tz)
        data["interview"] = {
            "id": interview.id,
            "round": interview.round,
            "start": iso(interview.start, shown),
            "end": iso(interview.end, shown),
            "tz": interview.tz,
            "format": interview.format.value,
            "format_reason": plan.format_reason,
            "location": interview.location,
            "link": interview.link,
            "cancelled": interview.cancelled,
            "past": interview.start < now,
            "previous_start": iso(before.start, zone(before.tz)) if before is not None else None,
        }
    data["arranger"] = person(plan.arranger) if plan.arranger else None
    data["panel"] = [person(p) for p in plan.panel]
    return data


# --- corrections: edit and remove a round ---------------------------------------------------------------


def _round_label(app_company: str, interview: Interview) -> str:
    return f"round {interview.round} with {app_company} ({human(interview.start, zone(interview.tz))})"


def _interview_data(application_id: str, interview: Interview) -> dict[str, Any]:
    shown = zone(interview.tz)
    return {
        "application": application_id,
        "interview": interview.id,
        "round": interview.round,
        "start": iso(interview.start, shown),
        "end": iso(interview.end, shown),
        "tz": interview.tz,
        "format": interview.format.value,
        "location": interview.location,
        "link": interview.link,
        "cancelled": interview.cancelled,
    }


def _differences(before: Interview, after: Interview) -> list[str]:
    def shown(interview: Interview, name: str) -> str:
        value = getattr(interview, name)
        if isinstance(value, dt.datetime):
            rezoned = before.tz != after.tz  # the same clock time may be another moment
            return human(value, zone(interview.tz)) + (f" {interview.tz}" if rezoned else "")
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(getattr(value, "value", value)) or '""'

    names = ("start", "end", "tz", "format", "location", "link", "round", "cancelled")
    return [
        f"{name} {shown(before, name)} → {shown(after, name)}"
        for name in names
        if getattr(before, name) != getattr(after, name)
    ]


interview_choice = click.option(
    "--interview",
    "interview_id",
    metavar="ID",
    type=text(fields.REFERENCE),
    help="Which round, by its id in `followup interview list` (default: the latest).",
)


@interview.command("edit")
@click.option(
    "--application",
    "-a",
    "application_ref",
    metavar="ID",
    type=text(fields.REFERENCE),
    help="Which application.",
)
@interview_choice
@click.option(
    "--start",
    "start_text",
    metavar="ISO-DATETIME",
    type=text(fields.MOMENT),
    help="When it started (no offset: the interview's zone); the end moves with it unless --end.",
)
@click.option(
    "--end",
    "end_text",
    metavar="ISO-DATETIME",
    type=text(fields.MOMENT),
    help="When it ended (no offset: the interview's zone).",
)
@click.option(
    "--tz",
    type=text(fields.ZONE),
    help="The interview's time zone; alone, the same clock times are read in it (the zone was wrong).",
)
@click.option("--format", "format_", type=click.Choice(FORMATS), help="in_person, phone or video.")
@click.option("--location", type=text(fields.LOCATION), help="Address or room.")
@click.option("--link", type=text(fields.LINK), help="Video link.")
@click.option("--round", "round_", type=click.IntRange(1, 99), help="Its round number.")
@click.option(
    "--cancelled/--not-cancelled", default=None, help="It was called off (or it was not after all)."
)
@click.option(
    "--resume",
    "resume_file",
    metavar="FILE",
    type=text(fields.PATH),
    help="The résumé you submitted with the application (replaces the one recorded; C-17).",
)
@json_option
@pass_context
def edit(
    context: Context,
    /,
    application_ref: str | None,
    interview_id: str | None,
    start_text: str | None,
    end_text: str | None,
    tz: str | None,
    format_: str | None,
    location: str | None,
    link: str | None,
    round_: int | None,
    cancelled: bool | None,
    resume_file: str | None,
    as_json: bool,
) -> None:
    """Correct a round: only the options given change (the latest round unless --interview)."""
    from followup.cli.timefmt import parse_moment
    from followup.services.corrections import InterviewChanges, edit_interview, find_interview
    from followup.services.documents import read_document

    records = context.ws.read()
    app = resolve_application(records, application_ref)
    current = find_interview(app, interview_id)
    where = zone(tz or current.tz)
    changes = InterviewChanges(
        start=parse_moment(start_text, where, "--start") if start_text else None,
        end=parse_moment(end_text, where, "--end") if end_text else None,
        tz=tz,
        format=Format(format_) if format_ else None,
        location=location,
        link=link,
        round=round_,
        cancelled=cancelled,
        resume=(
            read_document(resume_file, field="--resume", recorded_at=context.now(None, records))
            if resume_file
            else None
        ),
    )
    if changes == InterviewChanges():
        raise InvalidInput(
            "options", "at least one change, e.g. --start, --format, --cancelled or --resume (see --help)"
        )
    app, before, after = edit_interview(context.ws, app.id, current.id, changes)
    differences = _differences(before, after)
    if changes.resume is not None:
        differences.append(f"résumé → {changes.resume.name} (SHA-256 {changes.resume.sha256[:12]}…)")
    emit(
        as_json,
        _interview_data(app.id, after) | {"changed": [d.split(" ", 1)[0] for d in differences]},
        f"Changed round {before.round} with {app.company.name}: "
        + ("; ".join(differences) or "nothing (the values were the same)")
        + ".",
    )


@interview.command("remove")
@click.option(
    "--application",
    "-a",
    "application_ref",
    metavar="ID",
    type=text(fields.REFERENCE),
    help="Which application.",
)
@interview_choice
@yes_option
@json_option
@pass_context
def remove(
    context: Context, /, application_ref: str | None, interview_id: str | None, yes: bool, as_json: bool
) -> None:
    """Remove a round recorded by mistake, with its debrief (the latest unless --interview); later rounds
    are numbered down by one. Asks first."""
    from followup.services.corrections import find_interview, remove_interview

    app = resolve_application(context.ws.read(), application_ref)
    chosen = find_interview(app, interview_id)
    confirm(f"remove {_round_label(app.company.name, chosen)} and its debrief", yes=yes, as_json=as_json)
    app, removed = remove_interview(context.ws, app.id, chosen.id)
    emit(
        as_json,
        {"application": app.id, "removed": _interview_data(app.id, removed)},
        f"Removed {_round_label(app.company.name, removed)}.",
    )
