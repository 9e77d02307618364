"""`followup person add|edit|list|import|remove|merge`: the panel, HR, the arranger (I-03, I-06, I-07,
H-05), and correcting who was recorded."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from followup.cli import prompts
from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    pass_context,
    refuse_after,
    resolve_application,
)
from followup.cli.confirm import confirm, yes_option
from followup.cli.init import interactive
from followup.cli.params import text
from followup.cli.picking import pick
from followup.cli.roster import Member, render
from followup.core import fields
from followup.core.errors import InvalidInput, Refused
from followup.core.model import Application, Person, Records, Role
from followup.services.people import add_person, edit_person

if TYPE_CHECKING:  # the vCard reader is imported by `person import` alone
    from followup.services.cards import ImportPlan

HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
USUAL_HONORIFICS = ("Ms.", "Mr.", "Dr.", "Mx.")  # offered as a hint when someone is added (C-09)
# British, Australian, New Zealand and Irish usage writes them without the full stop ("Ms Kim").
NO_FULL_STOP = frozenset({"GB", "UK", "AU", "NZ", "IE"})
ROLES = [r.value for r in Role]
F = TypeVar("F", bound=Callable[..., Any])


def split_name(name: str) -> dict[str, str]:
    """ "Dana Kim" → first/last; "Ms. Alvarez" → honorific/last; "Janet" → first."""
    words = name.split()
    fields: dict[str, str] = {}
    if words and words[0] in HONORIFICS:
        fields["honorific"] = words.pop(0)
        if len(words) == 1:
            return fields | {"last": words[0]}
    if len(words) == 1:
        return fields | {"first": words[0]}
    return fields | {"first": " ".join(words[:-1]), "last": words[-1]} if words else fields


def honorific_question(country: str) -> prompts.Question:
    """C-09: the honorific, optional, with the forms usual in ``country`` (the company's, else the
    candidate's) and what it changes: a formal greeting."""
    forms = [h.rstrip(".") if country.upper() in NO_FULL_STOP else h for h in USUAL_HONORIFICS]
    example = f"Dear {forms[0]} Kim"

    def parse(value: str, answers: prompts.Answers) -> str:
        fields.HONORIFIC.check(value, "--honorific")
        return value

    return prompts.Question(
        "honorific",
        "Honorific",
        parse,
        hint=f'{", ".join(forms)}; Enter for none. With one, greetings are formal, e.g. "{example}" (C-09)',
        fields=("--honorific",),
    )


def region_of(records: Records, app: Application | None) -> str:
    """Whose conventions a greeting follows: the company's country, else the candidate's."""
    return (app.company.country if app else "") or records.profile.country


def _ask_honorific(context: Context, app_id: str, name: str, as_json: bool) -> str | None:
    """`person add` in a terminal asks for the honorific when neither the name nor --honorific gave one
    (the guided session asks it among its own questions; scripts and --json are never asked)."""
    if as_json or not interactive() or click.get_current_context().meta.get(prompts.GUIDED):
        return None
    if "honorific" in split_name(name):
        return None
    records = context.ws.read_for(app_id)  # the question's wording follows the employer's region
    app = records.application(app_id)
    if app is None:  # removed since: the transaction says so
        return None
    answer = prompts.ask(honorific_question(region_of(records, app)), {})[1]
    return str(answer) if answer else None


def person_options(func: F) -> F:
    options = [
        click.option("--first", type=text(fields.NAME), help="First name."),
        click.option("--last", type=text(fields.NAME), help="Last name."),
        click.option(
            "--honorific",
            type=text(fields.HONORIFIC),
            help="Mr., Ms., Dr. ... (used in formal greetings, C-09).",
        ),
        click.option("--title", type=text(fields.TITLE), help="Job title, exactly as on the card."),
        click.option(
            "--role", type=click.Choice(ROLES), help="hiring_manager, interviewer, hr, arranger, employee."
        ),
        click.option("--hiring-manager", is_flag=True, help="Shortcut for --role hiring_manager."),
        click.option(
            "--hr", is_flag=True, help="Shortcut for --role hr (also not on the panel unless --on-panel)."
        ),
        click.option("--on-panel/--not-on-panel", default=None, help="Whether they interviewed you."),
        click.option("--email", type=text(fields.EMAIL), help="Email address (never guessed, I-03)."),
        click.option("--phone", type=text(fields.PHONE), help="Phone number."),
        click.option(
            "--address",
            "postal_address",
            type=text(fields.ADDRESS),
            help="Postal address (for posted letters).",
        ),
        click.option("--tz", type=text(fields.ZONE), help="Their time zone, if not the company's."),
        click.option(
            "--first-name-ok/--formal", default=None, help="They invited you to use their first name."
        ),
        click.option(
            "--may-name/--may-not-name",
            "permission_to_name",
            default=None,
            help="They agreed to be named in your messages (C-28).",
        ),
        click.option(
            "--talking-point",
            "talking_points",
            type=text(fields.REQUIRED_ITEM),
            multiple=True,
            help="Something you talked about (repeatable).",
        ),
        click.option("--main-contact", is_flag=True, help="Your main contact (usually HR)."),
        click.option("--designated", is_flag=True, help="The person who said they will get in touch (I-02)."),
        click.option(
            "--arranger", "is_arranger", is_flag=True, help="They arranged or referred the interview (H-05)."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _fields(given: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    contacts = tuple(
        name
        for flag, name in (
            ("main_contact", "main_contact"),
            ("designated", "designated_contact"),
            ("is_arranger", "arranger"),
        )
        if given.pop(flag, False)
    )
    roles = [
        option
        for option, given_here in (
            (f"--role {given.get('role')}", given.get("role") is not None),
            ("--hiring-manager", given.get("hiring_manager")),
            ("--hr", given.get("hr")),
        )
        if given_here
    ]
    if len(roles) > 1:  # the last would win silently
        raise InvalidInput("--role", "one role: --role, --hiring-manager or --hr", " and ".join(roles))
    if given.pop("hiring_manager", False):
        given["role"] = Role.HIRING_MANAGER.value
    if given.pop("hr", False):
        given["role"] = Role.HR.value
        if given.get("on_panel") is None:
            given["on_panel"] = False
    points = given.pop("talking_points", ())
    fields = {k: v for k, v in given.items() if v is not None}
    if points:
        fields["talking_points"] = tuple(points)
    return fields, contacts


def person_data(person: Person, app_contacts: dict[str, str]) -> dict[str, Any]:
    data = dataclasses.asdict(person)
    data["name"] = person.name
    data["contact_roles"] = [role for role, pid in app_contacts.items() if pid == person.id]
    return data


@click.group()
def person() -> None:
    """The people of an application."""


@person.command("add")
@click.argument("name", type=text(fields.PERSON_NAME))
@application_option
@person_options
@json_option
@pass_context
def add(context: Context, /, name: str, application_ref: str | None, as_json: bool, **given: Any) -> None:
    """Add someone by NAME ("Dana Kim", "Ms. Alvarez"). In a terminal, asks for the honorific when none
    is given: with one, greetings are formal ("Dear Ms. Kim", C-09)."""
    # The application by its id and company name alone: its records are read only to ask a question.
    app_id = pick(context.ws.application_names(), application_ref)
    if given.get("honorific") is None:
        given["honorific"] = _ask_honorific(context, app_id, name, as_json)
    fields, contacts = _fields(given)
    fields = split_name(name) | fields
    added = add_person(context.ws, app_id, contacts, **fields)
    emit(
        as_json,
        person_data(added, dict.fromkeys(contacts, added.id)),
        f"Added {added.name} as '{added.id}' to {app_id}.",
    )


@person.command("edit")
@click.argument("ref", type=text(fields.REFERENCE))
@application_option
@person_options
@click.option("--clear-talking-points", is_flag=True, help="Empty the talking points (then add any given).")
@json_option
@pass_context
def edit(
    context: Context,
    /,
    ref: str,
    application_ref: str | None,
    clear_talking_points: bool,
    as_json: bool,
    **given: Any,
) -> None:
    """Change someone (REF: id or name); only the options given change. --talking-point adds to the list."""
    app = resolve_application(context.ws.read_for(application_ref), application_ref)
    fields, contacts = _fields(given)
    points = fields.pop("talking_points", ())
    changed = edit_person(
        context.ws, app.id, ref, contacts, add_points=points, clear_points=clear_talking_points, **fields
    )
    emit(as_json, dataclasses.asdict(changed), f"Updated {changed.name} ('{changed.id}').")


@person.command("list")
@application_option
@json_option
@pass_context
def list_(context: Context, application_ref: str | None, as_json: bool) -> None:
    """Everyone recorded for an application."""
    records = context.ws.read_for(application_ref)
    app = resolve_application(records, application_ref)
    contacts = {
        "main_contact": app.main_contact,
        "designated_contact": app.designated_contact,
        "arranger": app.arranger,
    }
    people = [Member(_fields_of(p)) for p in app.people]
    click.echo(render(app.id, people, contacts, as_json))


def _fields_of(person: Person) -> dict[str, Any]:
    """A person's record as ``roster`` reads it from its row: plain values, in the record's order."""
    data = dataclasses.asdict(person)
    return data | {"role": person.role.value, "talking_points": list(person.talking_points)}


@person.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@application_option
@click.option("--yes", is_flag=True, help="Save without asking (needed when not run in a terminal).")
@json_option
@pass_context
def import_cards(
    context: Context, /, file: Path, application_ref: str | None, yes: bool, as_json: bool
) -> None:
    """People from business cards: FILE is a .vcf (vCard 2.1, 3.0 or 4.0, one card or many).

    A card whose email is someone's already fills in what is missing for them and never overwrites what
    you typed (differences are shown as conflicts); any other card adds a person, on the panel, or as HR
    when the title says so. Shows the plan and asks before saving.
    """
    from followup.services.cards import apply_import, plan_import, read_cards

    app = resolve_application(context.ws.read(), application_ref)
    cards = read_cards(file)
    plan = plan_import(context.ws, app.id, cards)
    if plan.changes and not yes:
        if as_json or not _interactive():
            refuse_after(
                as_json,
                _plan_data(plan, file, saved=False),
                _plan_text(plan, file),
                Refused("nothing was saved: add --yes to import these cards (or run this in a terminal)"),
            )
        click.echo(_plan_text(plan, file))
        click.confirm(f"Save to {plan.application_id}?", default=True, abort=True)
        plan = apply_import(context.ws, plan)
        click.echo(_saved_text(plan))
        return
    plan = apply_import(context.ws, plan)
    emit(
        as_json, _plan_data(plan, file, saved=plan.changes), f"{_plan_text(plan, file)}\n{_saved_text(plan)}"
    )


def _interactive() -> bool:
    return sys.stdin.isatty()


def _plan_data(plan: ImportPlan, file: Path, saved: bool) -> dict[str, Any]:
    from followup.services.cards import Outcome

    return {
        "application": plan.application_id,
        "file": str(file),
        "saved": saved,
        "counts": {outcome.value: plan.count(outcome) for outcome in Outcome}
        | {"skipped": len(plan.skipped)},
        "cards": [
            {
                "line": entry.card.line,
                "name": entry.card.name,
                "outcome": entry.outcome.value,
                "person": dataclasses.asdict(entry.person) | {"name": entry.person.name},
                "filled": list(entry.filled),
                "conflicts": [dataclasses.asdict(conflict) for conflict in entry.conflicts],
                "notes": list(entry.notes),
            }
            for entry in plan.entries
        ],
        "skipped": [
            {"card": skip.number, "line": skip.line, "hint": skip.hint, "reason": skip.reason}
            for skip in plan.skipped
        ],
    }


def _plan_text(plan: ImportPlan, file: Path) -> str:
    from followup.services.cards import Outcome

    lines = [f"{file.name}: {len(plan.entries)} card(s) for {plan.application_id} ({plan.company})"]
    for entry in plan.entries:
        person = entry.person
        if entry.outcome is Outcome.NEW:
            panel = ", on the panel" if person.on_panel else ""
            what = f"{person.role.value}{panel}, {person.email or 'no email'}"
        elif entry.filled:
            what = "fills in " + ", ".join(field.replace("_", " ") for field in entry.filled)
        else:
            what = "already recorded"
        lines.append(f"  {entry.outcome.value:<10} {person.name} ('{person.id}'): {what}")
        for conflict in entry.conflicts:
            field = conflict.field.replace("_", " ")
            lines.append(f"{'':13}kept {field} {conflict.kept!r}; the card says {conflict.card!r}")
        lines += [f"{'':13}note: {note}" for note in entry.notes]
    lines += [f"  {'skipped':<10} {skip}" for skip in plan.skipped]
    counts = ", ".join(f"{plan.count(outcome)} {outcome.value}" for outcome in Outcome)
    counts += f", {len(plan.skipped)} skipped" if plan.skipped else ""
    return "\n".join([*lines, f"Plan: {counts}."])


def _saved_text(plan: ImportPlan) -> str:
    from followup.services.cards import Outcome

    if not plan.changes:
        readable = " it could read" if plan.skipped else ""
        return f"Nothing to save: every card{readable} is recorded already."
    return (
        f"Saved to {plan.application_id}: {plan.count(Outcome.NEW)} new, {plan.count(Outcome.MERGED)} merged."
    )


# --- corrections: remove someone, merge one person recorded twice -------------------------------------------


@person.command("remove")
@click.argument("name", type=text(fields.REFERENCE))
@application_option
@yes_option
@json_option
@pass_context
def remove(context: Context, /, name: str, application_ref: str | None, yes: bool, as_json: bool) -> None:
    """Remove someone recorded by mistake (NAME: id or name). Refused while an event names them: edit
    those (`followup events`) or merge the record into the right person. Asks first."""
    from followup.services.people import CONTACT_WORDS, find_person, remove_person

    app = resolve_application(context.ws.read(), application_ref)
    chosen = find_person(app, name)
    confirm(f"remove {chosen.name} ('{chosen.id}') from {app.id}", yes=yes, as_json=as_json)
    removal = remove_person(context.ws, app.id, chosen.id)
    notes = [f"no {CONTACT_WORDS[role]} now" for role in removal.roles]
    notes += [f"{len(removal.drafts)} saved draft(s) to them dropped"] if removal.drafts else []
    emit(
        as_json,
        {
            "application": app.id,
            "removed": dataclasses.asdict(removal.person) | {"name": removal.person.name},
            "contact_roles": list(removal.roles),
            "drafts": list(removal.drafts),
        },
        f"Removed {removal.person.name} ('{removal.person.id}') from {app.id}"
        + (f" ({'; '.join(notes)})" if notes else "")
        + ".",
    )


@person.command("merge")
@click.argument("keep_ref", metavar="A", type=text(fields.REFERENCE))
@click.argument("drop_ref", metavar="B", type=text(fields.REFERENCE))
@application_option
@yes_option
@json_option
@pass_context
def merge(
    context: Context, /, keep_ref: str, drop_ref: str, application_ref: str | None, yes: bool, as_json: bool
) -> None:
    """One person recorded twice: keep A, fill A's empty fields from B, join their talking points, make
    every event, contact role and saved draft that named B name A, then drop B. Where both hold different
    values A's is kept and the difference shown. Asks first."""
    from followup.services.merge import merge_people
    from followup.services.people import find_person

    app = resolve_application(context.ws.read(), application_ref)
    keep, drop = find_person(app, keep_ref), find_person(app, drop_ref)
    confirm(
        f"merge {drop.name} ('{drop.id}') into {keep.name} ('{keep.id}') and drop '{drop.id}'",
        yes=yes,
        as_json=as_json,
    )
    done = merge_people(context.ws, app.id, keep.id, drop.id)
    repointed = [
        f"{done.events} event(s)" if done.events else "",
        ", ".join(r.replace("_", " ") for r in done.roles),
        f"{done.drafts} saved draft(s)" if done.drafts else "",
    ]
    repointed_text = ", ".join(part for part in repointed if part)
    parts = [
        f"filled {', '.join(f.replace('_', ' ') for f in done.filled)}" if done.filled else "",
        f"{done.points} talking point(s) added" if done.points else "",
        f"{repointed_text} now name {done.kept.name}" if repointed_text else "",
    ]
    lines = [
        f"Merged '{done.dropped.id}' into {done.kept.name} ('{done.kept.id}'): "
        + ("; ".join(part for part in parts if part) or "nothing to fill or move")
        + "."
    ]
    lines += [
        f"  kept {c.field.replace('_', ' ')} {c.kept!r}; '{done.dropped.id}' had {c.other!r}"
        for c in done.conflicts
    ]
    emit(
        as_json,
        {
            "application": app.id,
            "person": dataclasses.asdict(done.kept) | {"name": done.kept.name},
            "dropped": done.dropped.id,
            "filled": list(done.filled),
            "conflicts": [dataclasses.asdict(c) for c in done.conflicts],
            "talking_points_added": done.points,
            "events": done.events,
            "contact_roles": list(done.roles),
            "drafts": done.drafts,
        },
        "\n".join(lines),
    )
