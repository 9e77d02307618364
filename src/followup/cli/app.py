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
from followup.cli.lazy import Lazy, LazyGroup
from followup.cli.params import text
from followup.core import fields

# Each command: where it is defined, and the first paragraph of its help as ``followup --help`` lists it
# (tests/cli/test_imports.py checks both against the command itself).
COMMANDS: dict[str, Lazy] = {
    "init": Lazy(
        "followup.cli.init",
        "init",
        "Set up or update your profile. Asks for what is missing when run in a terminal.",
    ),
    "interview": Lazy("followup.cli.interview", "interview", "Record interviews."),
    "person": Lazy("followup.cli.person", "person", "The people of an application."),
    "timeline": Lazy(
        "followup.cli.timeline",
        "timeline",
        'Record what they said about timing, e.g. "we will decide within two weeks".',
    ),
    "debrief": Lazy(
        "followup.cli.debrief",
        "debrief",
        "Run the debrief for the latest interview: who, what, where, when, why.",
    ),
    "log": Lazy(
        "followup.cli.log",
        "log",
        "Record what happened: what you sent, calls, replies, offers, rejections...",
    ),
    "list": Lazy(
        "followup.cli.applications", "list_applications", "Applications with their status and next move."
    ),
    "plan": Lazy(
        "followup.cli.plan",
        "plan",
        "The dated plan for one application (or all): what to do now, what is not yet allowed and why.",
    ),
    "today": Lazy(
        "followup.cli.today_command",
        "today",
        "Everything due or overdue across applications, most urgent first.",
    ),
    "check": Lazy(
        "followup.cli.check",
        "check",
        'Ask the guard about a move before you make it: "send F1 to Dana by email", "call Paul at 13:00".',
    ),
    "explain": Lazy(
        "followup.cli.explain",
        "explain",
        "The rule behind a code or a rule ID: what it means, how severe it is, where it comes from.",
    ),
    "export": Lazy(
        "followup.cli.transfer",
        "export",
        "Export every record as JSON (profile, settings, applications, events).",
    ),
    "import": Lazy(
        "followup.cli.transfer",
        "import_",
        "Import records from a JSON export (SOURCE: a file, or - for stdin); checked before writing.",
    ),
    "settings": Lazy(
        "followup.cli.settings", "settings", "Show all settings, show one, set NAME VALUE, or --reset NAME."
    ),
    "start": Lazy(
        "followup.cli.start", "start", "A guided session: first-run set-up, then a menu of everyday commands."
    ),
    "draft": Lazy(
        "followup.cli.draft",
        "draft_command",
        "Draft the message for ACTION (TY, TA, TY-FWD, LI, FL, F1-F3, SCHED, CALL, VOICEMAIL, RSP, RJ, "
        "FB, EXC-OFFER, EXC-NEWS) with its findings; nothing is ever sent.",
    ),
    "words": Lazy(
        "followup.cli.words",
        "words",
        "Words the spell checker should accept (names and companies from your records are known already).",
    ),
    "calendar": Lazy("followup.cli.calendar", "calendar", "Your plan in the calendar you already use."),
    "remind": Lazy(
        "followup.cli.remind",
        "remind",
        "What is due or overdue now and what opens in the next 24 hours, across applications.",
    ),
    "events": Lazy(
        "followup.cli.events",
        "events",
        "An application's history, numbered 1..n in time order (the numbers `event edit` and `event "
        "remove` take), with the time in your zone, type, kind, channel, people and a short summary.",
    ),
    "event": Lazy(
        "followup.cli.events",
        "event",
        "Correct one event of a history: edit or remove it by its number in `followup events`.",
    ),
    "application": Lazy(
        "followup.cli.application",
        "application",
        "Put an application away (archive), bring it back, or delete it.",
    ),
    "undo": Lazy(
        "followup.cli.undo",
        "undo",
        "Undo the last command that changed your records; run it again to undo the one before.",
    ),
    "send": Lazy(
        "followup.cli.send",
        "send",
        "Send the draft of ACTION (TY, TA, TY-FWD, F1-F3, SCHED, RSP, RJ, FB, EXC-OFFER, EXC-NEWS) by "
        "email, once, and record it as sent.",
    ),
    "outbox": Lazy(
        "followup.cli.outbox",
        "outbox",
        "Messages waiting to be sent, and what became of each: `outbox run` sends what is due (cron).",
    ),
    "inbox": Lazy("followup.cli.inbox", "inbox", "Replies from employers: what each one is."),
    "sync": Lazy("followup.cli.sync", "sync", "Read new mail: replies become proposals in `followup inbox`."),
    "mail": Lazy("followup.cli.mail", "mail", "Your mail account: set it up, show it, check it, forget it."),
    "admin": Lazy(
        "followup.cli.admin",
        "admin",
        "Set up a shared PostgreSQL server: migrate it, add its people, adopt records stored before.",
    ),
    "doctor": Lazy(
        "followup.cli.doctor",
        "doctor",
        "Check that the stored plans and summaries agree with your records (--rebuild mends them).",
    ),
}


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    help=__doc__.split("\n\n", 1)[1],
    invoke_without_command=True,
    context_settings={"max_content_width": 100},
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
    help="Whose records: another owner's in this SQLite file (default: the file's own). On a PostgreSQL "
    "server the owner is the role you connect as.",
)
@click.version_option(__version__, prog_name="followup")
@click.pass_context
def cli(click_ctx: click.Context, db: str | None, owner: str | None) -> None:
    from followup.cli.common import Context  # the store and the services: only when a command runs

    context = Context(db=db, owner=owner, command=click_ctx.obj if isinstance(click_ctx.obj, str) else "")
    click_ctx.obj = context
    click_ctx.call_on_close(context.close)
    if click_ctx.invoked_subcommand is None:
        from followup.cli.start import start

        click_ctx.invoke(start)


def run(args: Sequence[str]) -> int:
    """Run the command line; Click's own errors leave as followup errors (``usage``), shown by ``entry``."""
    from followup.cli.typed import typed

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
