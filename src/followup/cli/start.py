"""`followup` with no command (what `make run` starts): a guided session in the terminal.

First run: the profile, then the first interview. After that, a menu over the everyday commands. Every
step asks one question at a time and checks each answer as it is typed, with the parsers and services
the commands use (``prompts``); a refused answer is asked again with the reason, and the others are
kept. A step writes only when it is complete: Ctrl-C inside a step returns to the menu with nothing
written, and Ctrl-C at the menu leaves. Without a terminal it prints the help instead, so scripts never
hang on a prompt.

Menu entries stand for commands of the Click application and are looked up by name when the menu is
drawn: the correction commands (``edit``, ``remove``, ``merge``, ``archive`` of a record, ``undo``)
appear as soon as the application has them.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from followup.cli import prompts
from followup.cli.common import Context, pass_context
from followup.cli.init import interactive
from followup.core import codec
from followup.core.errors import FollowupError

SKIPPED = frozenset({"--json", "--now", "--edit", "--help"})  # options a guided step never asks
# Answers checked as they are typed, with the checks the services run on these fields.
CHECKS: dict[str, prompts.Parse] = {
    "--email": prompts.checked(codec.check_email, "email"),
    "--tz": prompts.checked(
        lambda text, name: codec.check_time_zone(text, name, allow_empty=True), "time zone"
    ),
}
EDITING = ("edit", "merge")  # correction commands, by name, under any group
REMOVING = ("remove", "archive")


@dataclass(frozen=True)
class Ask:
    """How the guided session asks for one command: the options it asks after the arguments (by flag,
    in this order), the arguments it requires, and labels in plain words (by parameter name)."""

    options: tuple[str, ...] = ()
    required: frozenset[str] = frozenset()
    labels: dict[str, str] = field(default_factory=dict)


ASKS: dict[tuple[str, ...], Ask] = {
    ("person", "add"): Ask(
        ("--honorific", "--role", "--title", "--email"), labels={"name": "Name (e.g. Dana Kim)"}
    ),
    ("timeline",): Ask(
        ("--date",),
        frozenset({"said"}),
        {"said": "What did they say about timing (e.g. we will decide within two weeks)"},
    ),
    ("draft",): Ask(("--person",), labels={"action": "Which message", "person_ref": "For whom (TY, LI, FL)"}),
    ("check",): Ask(
        (), frozenset({"sentence"}), {"sentence": "The move, in words (e.g. send F1 to Priya by email)"}
    ),
    ("log", "sent"): Ask(("--to", "--channel", "--at"), labels={"action": "What did you send or do"}),
}
LOGGED = Ask(("--at",))  # any other `log` command: when it happened


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    run: Callable[[Session], None]


class Session:
    """The running session: the Click context to invoke commands in, and the records' context."""

    def __init__(self, click_ctx: click.Context, context: Context) -> None:
        self.click_ctx, self.context = click_ctx, context
        self.root: click.Group = click_ctx.find_root().command  # type: ignore[assignment]

    def command(self, path: Sequence[str]) -> click.Command | None:
        found: click.Command | None = self.root
        for name in path:
            if not isinstance(found, click.Group):
                return None
            found = found.commands.get(name)
        return found

    def corrections(self, names: Sequence[str]) -> list[tuple[str, ...]]:
        """The commands called one of ``names``, at the top or under a group: ``("interview", "edit")``."""
        paths: list[tuple[str, ...]] = [(name,) for name in names if name in self.root.commands]
        for group_name, group in sorted(self.root.commands.items()):
            if isinstance(group, click.Group):
                paths += [(group_name, name) for name in names if name in group.commands]
        return paths

    def invoke(self, command: click.Command, **kwargs: Any) -> None:
        self.click_ctx.invoke(command, **kwargs)

    def pick(self) -> str | None:
        """Which application, when there are several."""
        apps = self.context.ws.read().applications
        if len(apps) <= 1:
            return None
        for app in apps:
            click.echo(f"  {app.id}: {app.company.name}, {app.position}")
        question = prompts.Question(
            "application", "Which application", prompts.choice([a.id for a in apps], "application")
        )
        return str(prompts.ask(question, {})[1])


@click.command()
@pass_context
@click.pass_context
def start(click_ctx: click.Context, context: Context) -> None:
    """A guided session: first-run set-up, then a menu of everyday commands."""
    root = click_ctx.find_root()
    if not interactive():
        click.echo(root.get_help())
        return
    click_ctx.meta[prompts.GUIDED] = True  # commands run from here leave their own questions to it
    session = Session(click_ctx, context)
    records = context.ws.read()
    click.echo(f"followup: your data is in {context.ws.store.where}.")
    if not records.profile.name:
        click.echo("Welcome. First your profile, then your interview. Ctrl-C leaves a step unsaved.")
        step(session, lambda s: s.invoke(_command(s, "init")))
    if context.ws.read().profile.name and not context.ws.read().applications:
        step(session, lambda s: s.invoke(_command(s, "interview", "add")))
    menu(session)


def menu(session: Session) -> None:
    while True:
        entries = menu_entries(session)
        click.echo("")
        for entry in entries:
            click.echo(f"  {entry.key}) {entry.label}")
        keys = [entry.key for entry in entries]
        question = prompts.Question("choice", "Choose", prompts.choice(keys, "choice"), default="t")
        try:
            choice = prompts.ask(question, {})[1]
        except click.Abort:
            click.echo("")
            return
        if choice == "q":
            return
        step(session, next(entry.run for entry in entries if entry.key == choice))


def step(session: Session, run: Callable[[Session], None]) -> None:
    """Run one step: its errors are said in one line, Ctrl-C comes back here, and nothing half-typed
    is written (a step writes only when it submits)."""
    try:
        run(session)
    except click.Abort:
        click.echo("\nCancelled: nothing of this step was saved.")
    except click.exceptions.Exit:
        pass  # a command's exit status (check: 3 when blocked) is for scripts
    except click.ClickException as error:
        error.show()
    except FollowupError as error:
        click.echo(f"followup: {error.message}", err=True)


def menu_entries(session: Session) -> list[Entry]:
    def command(*path: str, **kwargs: Callable[[Session], Any]) -> Callable[[Session], None]:
        def run(s: Session) -> None:
            s.invoke(_command(s, *path), **{name: make(s) for name, make in kwargs.items()})

        return run

    entries = [
        Entry("t", "today: what is due now", command("today")),
        Entry("l", "list applications", command("list")),
        Entry("p", "plan: the whole plan of an application", command("plan", application=Session.pick)),
        Entry("i", "add an interview", command("interview", "add")),
        Entry("a", "add a person to an application", guided("person", "add")),
        Entry("w", "record what they said about timing", guided("timeline")),
        Entry("d", "run the debrief", command("debrief", application_ref=Session.pick)),
        Entry("r", "draft a message", guided("draft")),
        Entry("c", "check a move before you make it", guided("check")),
        Entry("g", "log what happened: sent, a reply, an offer...", guided("log")),
    ]
    edits, removals = session.corrections(EDITING), session.corrections(REMOVING)
    if edits:
        entries.append(Entry("e", "edit a record: " + ", ".join(" ".join(p) for p in edits), among(edits)))
    if removals:
        entries.append(
            Entry("x", "remove a record: " + ", ".join(" ".join(p) for p in removals), among(removals))
        )
    if session.command(("undo",)) is not None:
        entries.append(Entry("u", "undo the last change", guided("undo")))
    entries.append(Entry("q", "quit", lambda s: None))
    return entries


def _command(session: Session, *path: str) -> click.Command:
    found = session.command(path)
    if found is None:
        raise click.UsageError(f"this followup has no `{' '.join(path)}` command")
    return found


def among(paths: list[tuple[str, ...]]) -> Callable[[Session], None]:
    """Choose one of several commands, then run it guided."""

    def run(session: Session) -> None:
        names = [" ".join(path) for path in paths]
        if len(names) == 1:
            guided(*paths[0])(session)
            return
        question = prompts.Question(
            "which", "Which", prompts.choice(names, "which"), required=True, hint=", ".join(names)
        )
        chosen = prompts.ask(question, {})[1]
        guided(*paths[names.index(chosen)])(session)

    return run


def guided(*path: str) -> Callable[[Session], None]:
    """Run a command (a group: first choose its subcommand) by asking for its arguments, the options
    ``ASKS`` lists, the application when there are several, and any other options as typed on the
    command line. The command parses the answers as it parses its command line."""

    def run(session: Session) -> None:
        command = _command(session, *path)
        if isinstance(command, click.Group):
            names = sorted(command.commands)
            for name in names:
                click.echo(f"  {name:<16} {command.commands[name].get_short_help_str(70)}")
            question = prompts.Question("which", "Which one", prompts.choice(names, "which"))
            guided(*path, prompts.ask(question, {})[1])(session)
            return
        ask = ASKS.get(path) or (LOGGED if path[0] == "log" else Ask())
        application = session.pick() if _has(command, "application_ref") else None
        questions = [_in_context(session, application, q) for q in command_questions(command, path, ask)]
        prompts.fill(questions, lambda answers: _invoke(session, command, path, answers, application))

    return run


def _in_context(session: Session, application: str | None, question: prompts.Question) -> prompts.Question:
    """A question whose hint depends on the records: the honorific's usual forms follow the region
    (C-09: "Ms." in the US, "Ms" in the UK)."""
    if question.key != "honorific":
        return question
    from followup.cli.person import honorific_question, region_of

    records = session.context.ws.read()
    apps = records.applications
    app = records.application(application) if application else (apps[0] if len(apps) == 1 else None)
    return honorific_question(region_of(records, app))


def _has(command: click.Command, name: str) -> bool:
    return any(param.name == name for param in command.params)


def command_questions(command: click.Command, path: Sequence[str], ask: Ask) -> list[prompts.Question]:
    """A question per argument and per option ``ask`` names, each parsed by its Click type; then one
    for any other options (``?`` shows the command's help)."""
    by_flag = {opt: param for param in command.params for opt in param.opts}
    questions = [_question(p, ask) for p in command.params if isinstance(p, click.Argument)]
    questions += [_question(by_flag[flag], ask) for flag in ask.options if flag in by_flag]
    usage = command.get_help(click.Context(command, info_name="followup " + " ".join(path)))
    questions.append(
        prompts.Question(
            "more",
            "Other options",
            _options_parse(command),
            hint="Enter for none; ? lists them",
            help_text=usage,
        )
    )
    return questions


def _question(param: click.Parameter, ask: Ask) -> prompts.Question:
    """One parameter as a question: its label from ``ask``, its help or its name; a choice lists its
    values."""
    name = param.name or ""
    flag = max(param.opts, key=len)
    hint = ""
    if isinstance(param.type, click.Choice):
        label = flag.lstrip("-").replace("-", " ")
        hint = ", ".join(str(c) for c in param.type.choices)
    elif isinstance(param, click.Option) and param.help:
        label = param.help.rstrip(".").replace("; repeatable", "; several: separate them by commas")
    else:
        label = flag.lstrip("-").replace("-", " ")
    label = ask.labels.get(name) or label
    return prompts.Question(
        name,
        label[:1].upper() + label[1:],
        CHECKS.get(flag) or _click_parse(param),
        required=param.required or name in ask.required,
        hint=hint,
        fields=tuple(param.opts),
    )


def _click_parse(param: click.Parameter) -> prompts.Parse:
    """The parameter's own Click type: what the command line accepts (several values: commas)."""

    def parse(text: str, answers: prompts.Answers) -> Any:
        values = [v.strip() for v in text.split(",")] if param.multiple else [text]
        converted = [param.type.convert(v, param, None) for v in values if v]
        return converted if param.multiple else converted[0]

    return parse


def _options_parse(command: click.Command) -> prompts.Parse:
    """Other options, as typed after the command on its command line: parsed by the command itself."""

    def parse(text: str, answers: prompts.Answers) -> list[str]:
        try:
            words = shlex.split(text)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
        command.make_context(command.name or "", [*_args(command, answers), *words])
        return words

    return parse


def _args(command: click.Command, answers: prompts.Answers) -> list[str]:
    """The command line the answers stand for (arguments first, then the options asked)."""
    args = [
        str(answers[p.name])
        for p in command.params
        if isinstance(p, click.Argument) and p.name and answers.get(p.name) not in (None, "")
    ]
    for param in command.params:
        value = answers.get(param.name or "")
        if isinstance(param, click.Option) and value not in (None, "", []):
            flag = max(param.opts, key=len)
            for item in value if isinstance(value, list) else [value]:
                args += [flag] if param.is_flag else [flag, str(item)]
    return args


def _invoke(
    session: Session,
    command: click.Command,
    path: Sequence[str],
    answers: dict[str, Any],
    application: str | None,
) -> None:
    args = _args(command, answers) + (["--application", application] if application is not None else [])
    sub = command.make_context(path[-1], [*args, *(answers.get("more") or [])], parent=session.click_ctx)
    with sub:
        command.invoke(sub)
