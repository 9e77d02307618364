"""`followup` with no command (what `make run` starts): a guided session in the terminal.

First run: the profile, then the first interview. After that, a small menu over the everyday
commands. Without a terminal it prints the help instead, so scripts never hang on a prompt.
"""

from __future__ import annotations

import click

from followup.cli.common import Context, pass_context
from followup.cli.init import interactive

MENU = (
    ("t", "today: what is due now"),
    ("p", "plan: the whole plan of an application"),
    ("i", "add an interview"),
    ("a", "add a person to an application"),
    ("w", "record what they said about timing"),
    ("d", "run the debrief"),
    ("l", "list applications"),
    ("q", "quit"),
)


@click.command()
@pass_context
@click.pass_context
def start(click_ctx: click.Context, context: Context) -> None:
    """A guided session: first-run set-up, then a menu of everyday commands."""
    from followup.cli import applications, debrief, init, interview, person, plan, timeline, today_command

    root = click_ctx.find_root()
    if not interactive():
        click.echo(root.get_help())
        return
    records = context.ws.read()
    click.echo(f"followup: your data is in {context.ws.store.where}.")
    if not records.profile.name:
        click.echo("Welcome. First your profile, then your interview.")
        click_ctx.invoke(init.init)
    if not context.ws.read().applications:
        click_ctx.invoke(interview.add)
    while True:
        click.echo("")
        for key, label in MENU:
            click.echo(f"  {key}) {label}")
        choice = click.prompt("Choose", default="t").strip().lower()[:1]
        if choice == "q":
            return
        try:
            if choice == "t":
                click_ctx.invoke(today_command.today)
            elif choice == "p":
                click_ctx.invoke(plan.plan)
            elif choice == "i":
                click_ctx.invoke(interview.add)
            elif choice == "l":
                click_ctx.invoke(applications.list_applications)
            elif choice == "a":
                app = _pick(context)
                name = click.prompt("Name (e.g. Dana Kim)")
                role = click.prompt(
                    "Role",
                    type=click.Choice(["hiring_manager", "interviewer", "hr", "arranger", "employee"]),
                    default="interviewer",
                )
                email = click.prompt(
                    "Email (empty if unknown; never guessed)", default="", show_default=False
                )
                title = click.prompt("Title", default="", show_default=False)
                click_ctx.invoke(
                    person.add,
                    name=name,
                    application_ref=app,
                    role=role,
                    email=email or None,
                    title=title or None,
                    on_panel=role not in ("hr", "arranger", "employee"),
                )
            elif choice == "w":
                app = _pick(context)
                said = click.prompt("What did they say about timing? (e.g. within two weeks)")
                click_ctx.invoke(timeline.timeline, said=said, application_ref=app)
            elif choice == "d":
                click_ctx.invoke(debrief.debrief, application_ref=_pick(context))
        except click.ClickException as error:
            error.show()
        except Exception as error:  # one bad answer must not end the session; nothing half-written stays
            from followup.core.errors import FollowupError

            if not isinstance(error, FollowupError):
                raise
            click.echo(f"followup: {error.message}", err=True)


def _pick(context: Context) -> str | None:
    apps = context.ws.read().applications
    if len(apps) <= 1:
        return None
    for app in apps:
        click.echo(f"  {app.id}: {app.company.name} {app.position}")
    return str(click.prompt("Which application", type=click.Choice([a.id for a in apps])))
