"""Asking in a terminal: one question at a time, each answer checked as it is typed, none lost.

A guided step is a list of ``Question`` values and a ``submit`` function (the service or the command the
step stands for). ``ask`` repeats one question, with the reason, until its answer parses; the parser is
the one the command itself uses (``timefmt.parse_moment``, ``codec.check_time_zone``, a Click type...), so
the guided session accepts exactly what the flags accept. ``fill`` asks every question, then submits;
when the submission refuses one answer (an ``InvalidInput`` naming its field, such as an end before the
start), only that question is asked again and every other answer is kept. An error that names no
question offers to go through the answers again, each one kept as the default.

Ctrl-C (or the end of input) raises ``click.Abort`` from any question: the guided session turns it into
"back to the menu", and nothing of the unfinished step is written (it writes only when it submits).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from followup.core.errors import FollowupError, InvalidInput

R = TypeVar("R")
# Set in the Click context's ``meta`` (shared by every nested context) while the guided session runs a
# command: a command that asks for something in a terminal leaves it to the session's own questions.
GUIDED = "followup.guided"
Answers = Mapping[str, Any]  # the parsed answers so far, by question key
Parse = Callable[[str, Answers], Any]  # raises InvalidInput or click.UsageError (BadParameter)


def as_text(text: str, answers: Answers) -> str:
    return text


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    parse: Parse = as_text
    required: bool = False
    default: str = ""  # offered in brackets; Enter takes it
    hint: str = ""  # what an empty answer means, or the expected form: "Enter: an hour after the start"
    fields: tuple[str, ...] = ()  # the field names the step's errors use for this answer (besides ``key``)
    help_text: str = ""  # shown when the answer is "?"
    # A default that depends on earlier answers (the letter closing on the country); ``default`` if None.
    default_from: Callable[[Answers], str] | None = None

    def answers_for(self, field: str) -> bool:
        return field == self.key or field in self.fields


def ask(question: Question, answers: Answers, default: str | None = None) -> tuple[str, Any]:
    """The answer's text and its parsed value (None for an empty optional answer)."""
    if default is not None:
        shown = default
    else:
        shown = question.default_from(answers) if question.default_from else question.default
    notes = ["required"] if question.required else []
    label = question.label + (f" ({'; '.join([*notes, question.hint])})" if question.hint else "")
    if not question.hint and notes:
        label += " (required)"
    while True:
        text = str(click.prompt(label, default=shown, show_default=bool(shown))).strip()
        if text == "?" and question.help_text:
            click.echo(question.help_text)
            continue
        if not text:
            if question.required:
                click.echo(f"  {question.label} is required.")
                continue
            return "", None
        try:
            return text, question.parse(text, answers)
        except (InvalidInput, click.UsageError) as error:
            click.echo(f"  Not accepted: {_reason(error)}")


def fill(
    questions: Sequence[Question],
    submit: Callable[[dict[str, Any]], R],
    *,
    given: Mapping[str, str] | None = None,
) -> R:
    """Ask ``questions`` in order (those in ``given`` are answered already, e.g. by flags), then submit
    the parsed answers; when the submission refuses an answer, ask that one again and submit again."""
    texts: dict[str, str] = {}
    values: dict[str, Any] = {}
    for question in questions:
        _answer(question, texts, values, given.get(question.key) if given else None)
    while True:
        try:
            return submit(values)
        except (InvalidInput, click.UsageError) as error:
            click.echo(f"  Not accepted: {_reason(error)}")
            refused = next((i for i, q in enumerate(questions) if q.answers_for(_field(error))), None)
            if refused is None:
                _again(questions, texts, values)
                continue
            question = questions[refused]
            texts[question.key], values[question.key] = ask(question, values, "")
            for later in questions[refused + 1 :]:  # an answer read in the light of this one: read it again
                _answer(later, texts, values, texts[later.key])
        except FollowupError as error:
            click.echo(f"  {error.message}")
            _again(questions, texts, values)


def _answer(question: Question, texts: dict[str, str], values: dict[str, Any], text: str | None) -> None:
    """Take ``text`` as the answer if it parses, else ask."""
    if text:
        try:
            texts[question.key], values[question.key] = text, question.parse(text, values)
            return
        except (InvalidInput, click.UsageError) as error:
            click.echo(f"  Not accepted: {_reason(error)}")
    elif text == "" and not question.required:
        texts[question.key], values[question.key] = "", None
        return
    texts[question.key], values[question.key] = ask(question, values)


def _reason(error: InvalidInput | click.UsageError) -> str:
    return error.message if isinstance(error, InvalidInput) else error.format_message()


def _field(error: InvalidInput | click.UsageError) -> str:
    """The field an error names: ``InvalidInput.field``, or the Click parameter a bad value was for."""
    if isinstance(error, InvalidInput):
        return error.field
    param = getattr(error, "param", None)
    return (param.name or "") if isinstance(param, click.Parameter) else ""


def _again(questions: Sequence[Question], texts: dict[str, str], values: dict[str, Any]) -> None:
    """Go through the answers again, each kept as the default; or give up (back to the menu)."""
    if not click.confirm("Change your answers? Enter keeps each one", default=True):
        raise click.Abort
    for question in questions:
        texts[question.key], values[question.key] = ask(question, values, texts.get(question.key, ""))


def choice(options: Sequence[str], field: str) -> Parse:
    """One of ``options`` (any case), checked by the Click type the commands' options use."""
    param_type = click.Choice(list(options), case_sensitive=False)

    def parse(text: str, answers: Answers) -> str:
        try:
            return str(param_type.convert(text, None, None))
        except click.BadParameter:
            raise InvalidInput(field, "one of " + ", ".join(options), text) from None

    return parse


def checked(check: Callable[[str, str], None], field: str, *, upper: bool = False) -> Parse:
    """A text checked by one of the codec's field checks (the ones the services run)."""

    def parse(text: str, answers: Answers) -> str:
        value = text.upper() if upper else text
        check(value, field)
        return value

    return parse
