"""Click's usage errors in followup's words: one line naming the option, what was given and what is
accepted, and the command whose ``--help`` tells more.

Click prints a usage error as three lines (usage, "Try --help", the error). Here every one becomes a
``UsageProblem`` (exit status 2, as for any bad value) with its own sentence, so ``entry`` shows it like
any other error: one line on standard error, or the JSON error document with ``--json``.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Sequence

import click

from followup.core.errors import FollowupError, InvalidInput, shown


class UsageProblem(FollowupError):
    """A command line Click could not read: bad input (exit status 2), with the sentence written here.
    ``field`` and ``accepted`` are None when the problem has none (an extra argument, say)."""

    exit_code = InvalidInput.exit_code

    def __init__(self, message: str, field: str | None, accepted: str | None, given: str | None) -> None:
        super().__init__(message)
        self.field = field
        self.accepted = accepted
        self.given = given


class Aborted(FollowupError):
    """The user answered a question with Ctrl-C or Ctrl-D (Click's Abort)."""

    exit_code = 1


def translate(error: click.ClickException, root: click.Group, args: Sequence[str]) -> FollowupError:
    """The error followup reports for a Click usage error (anything else Click raises: its message);
    ``root`` and ``args`` find the command when Click's parser did not say which."""
    ctx = getattr(error, "ctx", None)
    see = f" (see {ctx.command_path if ctx is not None else _command_path(root, args)} --help)"
    if isinstance(error, click.NoSuchOption):
        return _no_such_option(error, see)
    if isinstance(error, click.exceptions.NoSuchCommand):
        return _no_such_command(error, see)
    if isinstance(error, click.MissingParameter):
        field = _name(error.param, error.param_hint)
        accepted = _accepts(error.param) if error.param is not None else "a value"
        return UsageProblem(f"{field}: expected {accepted}, and none was given{see}", field, accepted, None)
    if isinstance(error, click.BadParameter):
        return _bad_parameter(error, see)
    if isinstance(error, click.BadOptionUsage):
        return _bad_option_usage(error, see)
    if isinstance(error, click.UsageError):
        text = _sentence(error.message)
        if extra := re.fullmatch(r"got unexpected extra arguments? \((.*)\)", text):
            given = extra.group(1)
            message = f"unexpected argument {shown(given)}: this command takes no more{see}"
            return UsageProblem(message, None, "no further arguments", given)
        return UsageProblem(f"{text}{see}", None, None, None)
    return UsageProblem(_sentence(error.format_message()), None, None, None)


def _command_path(root: click.Group, args: Sequence[str]) -> str:
    """``followup log sent`` for ``log sent TY --at``: the subcommands named before anything else."""
    path, command = ["followup"], typing.cast(click.Command, root)
    rest = list(args)
    while rest and isinstance(command, click.Group):
        arg = rest.pop(0)
        if arg.startswith("-"):
            takes_value = any(
                arg in p.opts and not p.is_flag for p in command.params if isinstance(p, click.Option)
            )
            if takes_value and rest:
                rest.pop(0)
            continue
        found = command.commands.get(arg)
        if found is None:
            break
        path.append(arg)
        command = found
    return " ".join(path)


def _no_such_option(error: click.NoSuchOption, see: str) -> UsageProblem:
    option = error.option_name
    guess = f" (did you mean {' or '.join(error.possibilities)}?)" if error.possibilities else ""
    if re.fullmatch(r"-[0-9][0-9.]*", option):  # "settings followup_cap -1": a value, not an option
        guess = f" (to give {option} as a value, write --option={option}, or put it after --)"
    known = _options(error.ctx.command) if error.ctx is not None else []
    accepted = "one of " + ", ".join(known) if known else "an option the command has"
    return UsageProblem(f"no such option: {option}{guess}{see}", option, accepted, option)


def _no_such_command(error: click.exceptions.NoSuchCommand, see: str) -> UsageProblem:
    group = error.ctx.command if error.ctx is not None else None
    names = sorted(group.commands) if isinstance(group, click.Group) else []
    accepted = "one of " + ", ".join(names) if names else "a command"
    guess = f" (did you mean {' or '.join(error.possibilities)}?)" if error.possibilities else ""
    message = f"no such command: {shown(error.command_name)}{guess}{see}"
    return UsageProblem(message, "command", accepted, error.command_name)


def _bad_parameter(error: click.BadParameter, see: str) -> UsageProblem:
    param = error.param
    field = _name(param, error.param_hint)
    accepted = _accepts(param) if param is not None else None
    given = _given_in(error.message)
    if isinstance(param, click.Parameter) and isinstance(param.type, click.File) and given is not None:
        reason = error.message.rsplit(": ", 1)[-1].rstrip(".")
        message = f"{field}: cannot read {shown(given)} ({reason}){see}"
        return UsageProblem(message, field, accepted, given)
    if accepted is not None and given is not None:
        return UsageProblem(f"{field}: expected {accepted} (got {shown(given)}){see}", field, accepted, given)
    return UsageProblem(f"{field}: {_sentence(error.message)}{see}", field, accepted, given)


def _bad_option_usage(error: click.BadOptionUsage, see: str) -> UsageProblem:
    option = error.option_name
    text = _sentence(error.message)
    if text.endswith("requires an argument"):
        return UsageProblem(f"{option}: expected a value after {option}{see}", option, "a value", None)
    if text.endswith("does not take a value"):
        return UsageProblem(f"{option}: takes no value{see}", option, "the option alone", None)
    return UsageProblem(f"{option}: {text}{see}", option, None, None)


def _name(param: click.Parameter | None, hint: object) -> str:
    """How the user wrote the parameter: its longest option name, or an argument's NAME."""
    if isinstance(param, click.Option) and param.opts:
        return max(param.opts, key=len)
    if param is not None and param.name:
        return param.name.upper()
    return str(hint or "value").strip("'")


def _options(command: click.Command) -> list[str]:
    names = [max(p.opts, key=len) for p in command.params if isinstance(p, click.Option)]
    return [*names, "--help"]


def _accepts(param: click.Parameter) -> str:
    """What a parameter's type accepts, in words."""
    kind = param.type
    if isinstance(kind, click.Choice):
        return "one of " + ", ".join(str(choice) for choice in kind.choices)
    if isinstance(kind, click.IntRange):
        low, high = kind.min, kind.max
        if low is not None and high is not None:
            return f"a whole number from {low} to {high}"
        if low is not None:
            return f"a whole number, {low} or more"
        return f"a whole number, at most {high}"
    if isinstance(kind, click.types.IntParamType):
        return "a whole number"
    if isinstance(kind, click.File):
        return "a file that can be read, or - for standard input"
    if isinstance(kind, click.Path):
        what = "directory" if not kind.file_okay else "file"
        return f"an existing {what}" if kind.exists else f"a {what} name"
    if isinstance(param, click.Option) and param.is_flag:
        return "the option alone"
    return "a value"


# Click's own sentences carry the value given first, quoted: "'x' is not one of ...", "9 is not in the
# range 1<=x<=5.", "'x' is not a valid integer.", "File 'x' does not exist.", "'x': No such file ...".
_GIVEN = [
    re.compile(r"^'(.*)' is not (?:one of|a valid)", re.S),
    re.compile(r"^(-?\d+) is not in the range", re.S),
    re.compile(r"^(?:File|Path|Directory) '(.*)' (?:does not exist|is a directory|is a file)", re.S),
    re.compile(r"^'(.*)': ", re.S),
]


def _given_in(message: str) -> str | None:
    for pattern in _GIVEN:
        if match := pattern.match(message):
            return match.group(1)
    return None


def _sentence(text: str) -> str:
    """Click's message as part of our sentence: one line, lower-case start, no full stop."""
    line = " ".join(text.split())
    line = line[:1].lower() + line[1:] if line[:2] != line[:2].upper() else line
    return line.rstrip(".")
