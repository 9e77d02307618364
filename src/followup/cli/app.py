"""The Click application: the `followup` group and its commands, one module per noun.

followup keeps the weeks after a job interview on track: what to do now, what is not yet allowed and
why, following a playbook of rules drawn from public advice (`followup explain CODE` gives the rule behind
any code). Quick start:

\b
  followup init                                   your profile (name, contacts, time zone)
  followup interview add                          the interview, asked step by step
  followup person add "Dana Kim" --hiring-manager --email dana@harbor.example
  followup timeline "we will decide within two weeks"
  followup debrief                                the Five W's while memory is fresh
  followup today                                  what is due now, across applications
  followup plan                                   the whole dated plan, with rule IDs
  followup check "send F1 to Priya by email"      would this move be wise now?
  followup draft TY --person dana                 a thank-you note written from your debrief
  followup log sent TY --to dana                  record what you did
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from followup import __version__
from followup.cli import usage
from followup.cli.common import Context
from followup.cli.params import text
from followup.core import fields


@click.group(
    help=__doc__.split("\n\n", 1)[1], invoke_without_command=True, context_settings={"max_content_width": 100}
)
@click.option(
    "--db",
    metavar="PATH|URL",
    envvar="FOLLOWUP_DB",
    help="Database: a SQLite file or postgresql://... (default: $FOLLOWUP_HOME/followup.db or your "
    "user data directory).",
)
@click.option(
    "--owner",
    metavar="NAME",
    type=text(fields.OWNER),
    help="Whose records: another owner's in this file, or on a PostgreSQL server (default: the file's "
    "own; on a server $FOLLOWUP_USER or your login name).",
)
@click.version_option(__version__, prog_name="followup")
@click.pass_context
def cli(click_ctx: click.Context, db: str | None, owner: str | None) -> None:
    context = Context(db=db, owner=owner, command=click_ctx.obj if isinstance(click_ctx.obj, str) else "")
    click_ctx.obj = context
    click_ctx.call_on_close(context.close)
    if click_ctx.invoked_subcommand is None:
        from followup.cli.start import start

        click_ctx.invoke(start)


def _register() -> None:
    from followup.cli import (
        application,
        applications,
        calendar,
        check,
        debrief,
        draft,
        events,
        explain,
        init,
        interview,
        log,
        person,
        plan,
        remind,
        settings,
        start,
        timeline,
        today_command,
        transfer,
        undo,
        words,
    )

    for command in (
        init.init,
        interview.interview,
        person.person,
        timeline.timeline,
        debrief.debrief,
        log.log,
        applications.list_applications,
        plan.plan,
        today_command.today,
        check.check,
        explain.explain,
        transfer.export,
        transfer.import_,
        settings.settings,
        start.start,
        draft.draft_command,
        words.words,
        calendar.calendar,
        remind.remind,
        events.events,
        events.event,
        application.application,
        undo.undo,
    ):
        cli.add_command(command)


_register()


def run(args: Sequence[str]) -> int:
    """Run the command line; Click's own errors leave as followup errors (``usage``), shown by ``entry``."""
    from followup.cli.undo import typed

    try:
        # Without standalone mode Click returns a command's Exit status instead of raising it.
        # ``obj``: the command line as typed, which the undo journal keeps with each change.
        status = cli.main(args=list(args), prog_name="followup", standalone_mode=False, obj=typed(args))
    except click.exceptions.Abort:
        raise usage.Aborted("aborted; nothing was written") from None
    except click.exceptions.NoArgsIsHelpError as error:  # a group named alone: its help is the answer
        error.show()
        return 2
    except click.exceptions.ClickException as error:
        raise usage.translate(error, cli, args) from None
    except click.exceptions.Exit as done:
        return done.exit_code
    return status if isinstance(status, int) else 0
