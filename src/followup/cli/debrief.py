"""`followup debrief`: the Five W's while memory is fresh (D-01–D-11), guided, by flags or in $EDITOR.

The editor form is plain text with ``[section]`` headings and one ``- item`` per line. If what comes
back cannot be read, the text is kept in a file and the command says where, so nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path

import click

from followup import outputs
from followup.cli import proofread
from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    pass_context,
    read_text_file,
    resolve_application,
)
from followup.cli.init import interactive
from followup.cli.params import text
from followup.cli.timefmt import iso
from followup.core import fields
from followup.core.compose.shapes import PRIVATE, preview
from followup.core.errors import InvalidInput
from followup.core.model import Application, Debrief, GapKind, ImprovementItem, StumbledQuestion, TeamFit
from followup.services.events import mark_answered
from followup.services.interviews import save_debrief
from followup.services.people import edit_person
from followup.services.profile import add_words
from followup.services.proofreading import Unknown, answers_of, map_answers, new_unknowns

# Where each answer was typed, for the words listed after saving: the option, or the editor's section.
FLAGS = {
    "takeaways": "--takeaway",
    "concerns": "--concern",
    "excitements": "--excitement",
    "open_questions": "--open-question",
    "went_well": "--went-well",
    "to_improve": "--to-improve",
    "stumbled_questions": "--stumbled",
    "fit_statement": "--fit",
    "emphasized": "--emphasized",
    "to_supplement": "--supplement",
}
LISTS = ("takeaways", "concerns", "excitements", "open_questions", "went_well", "emphasized", "to_supplement")
KEPT_NAME = "debrief-draft.txt"  # in the data folder (600): a debrief that did not parse waits here


def kept_path() -> Path:
    """Where a debrief typed in the editor is kept until it parses: the data folder, yours alone (700)."""
    from followup.store.location import default_db_path

    return default_db_path().parent / KEPT_NAME


SCALARS = ("team_fit", "self_rating", "fit_statement", "no_stumbles", "with_friend", "quiet_place")


@click.group(invoke_without_command=True)
@application_option
@click.option("--edit", "use_editor", is_flag=True, help="Write the debrief in $EDITOR.")
@click.option(
    "--from-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the debrief from a file in the --edit format.",
)
@click.option(
    "--takeaway", type=text(fields.REQUIRED_ITEM), multiple=True, help="What: a key impression (repeatable)."
)
@click.option(
    "--concern", type=text(fields.REQUIRED_ITEM), multiple=True, help="What: a worry, e.g. turnover."
)
@click.option(
    "--excitement", type=text(fields.REQUIRED_ITEM), multiple=True, help="What: something that excites you."
)
@click.option("--team-fit", type=click.Choice([t.value for t in TeamFit]), help="Could you work with them?")
@click.option(
    "--open-question",
    type=text(fields.REQUIRED_ITEM),
    multiple=True,
    help="What: a question still open (kept out of the thank-you).",
)
@click.option(
    "--went-well", type=text(fields.REQUIRED_ITEM), multiple=True, help="Where: something that went well."
)
@click.option(
    "--to-improve",
    type=text(fields.REQUIRED_ITEM),
    multiple=True,
    help="Where: something to do better; end with ' (skill)' or ' (practice)'.",
)
@click.option(
    "--stumbled",
    type=text(fields.REQUIRED_ITEM),
    multiple=True,
    help="A question you stumbled on (each becomes ANSWER-n).",
)
@click.option("--no-stumbles", is_flag=True, help="No question tripped you up.")
@click.option("--rating", type=click.IntRange(1, 5), help="How it went, 1 to 5.")
@click.option(
    "--fit", "fit_statement", type=text(fields.STATEMENT), help="Why: why you are the strongest fit."
)
@click.option("--emphasized", type=text(fields.REQUIRED_ITEM), multiple=True, help="What they stressed.")
@click.option("--supplement", type=text(fields.REQUIRED_ITEM), multiple=True, help="Something to add later.")
@click.option("--with-friend", is_flag=True, help="Done talking it through with a friend.")
@now_option
@json_option
@click.pass_context
def debrief(
    click_ctx: click.Context,
    /,
    application_ref: str | None,
    use_editor: bool,
    from_file: Path | None,
    now_text: str | None,
    as_json: bool,
    **flags: object,
) -> None:
    """Run the debrief for the latest interview: who, what, where, when, why.

    Answers are spell-checked as they are typed: in a terminal each unknown word is shown with a
    suggestion, to take (Enter), correct, or keep with = (then it joins your dictionary, `followup
    words`). With flags or a file the debrief is saved as given and the unknown words are listed.
    """
    if click_ctx.invoked_subcommand is not None:
        return
    context: Context = click_ctx.obj
    records = context.ws.read()
    app = resolve_application(records, application_ref)
    current = app.current_interview
    if current is None:
        raise InvalidInput("application", "an application with an interview")
    now = context.now(now_text, records)
    # Answers typed in a terminal (guided, or in the editor) are spell-checked there and then; flags and
    # files are checked after saving, and the unknown words listed.
    typed_here = from_file is None and (use_editor or not any(v for v in flags.values()))
    corrector = proofread.start(click_ctx, records) if typed_here and interactive() else None
    if use_editor or from_file:
        text = read_text_file(from_file, "--from-file") if from_file else _edit(form(app, current.debrief))
        try:
            result, talking = parse_form(text, app)
        except InvalidInput as error:
            if from_file:
                raise
            raise InvalidInput(
                error.field,
                f"{error.accepted}; your text is kept in {kept_path()}: fix it, then "
                f"`followup debrief --from-file {kept_path()}`",
                error.given,
            ) from None
    elif any(v for v in flags.values()):
        result, talking = from_flags(current.debrief, flags), {}
    elif interactive():
        result, talking = guided(app, current.debrief)
    else:
        raise InvalidInput(
            "debrief", "flags (see --help), --edit, --from-file, or a terminal to answer questions"
        )
    talked = {p.id: p.talking_points for p in app.people}
    unknowns: list[Unknown] = []
    if corrector is None and (use_editor or from_file):  # the form shows every answer: the new ones
        found = new_unknowns(records, current.debrief, result, talked, talking)
        unknowns = [dataclasses.replace(u, field=f"[{u.field}]") for u in found]
    elif corrector is None:  # flags: each answer given, even one given before
        found = new_unknowns(records, Debrief(), from_flags(Debrief(), flags), {}, {})
        unknowns = [dataclasses.replace(u, field=FLAGS.get(u.field, u.field)) for u in found]
    else:
        if use_editor:  # typed in the editor: checked once it is closed
            result, talking = _corrected(corrector, current.debrief, talked, result, talking)
        if corrector.confirmed:  # C-11: confirmed by the user, so never flagged again
            add_words(context.ws, corrector.confirmed)
    for person_id, points in talking.items():
        edit_person(context.ws, app.id, person_id, talking_points=points)
    saved = save_debrief(context.ws, app.id, dataclasses.replace(result, done_at=result.done_at or now))
    interview = saved.current_interview
    assert interview is not None
    data = dataclasses.asdict(interview.debrief)
    data["done_at"] = iso(interview.debrief.done_at, context.tz())
    data["unknown_words"] = [u.to_data() for u in unknowns]
    said = f"Debrief saved for {app.id}. `followup plan -a {app.id}` shows what it lacks, if anything."
    emit(as_json, _jsonable(data), "\n".join(filter(None, [said, proofread.unknown_text(unknowns)])))


def _corrected(
    corrector: proofread.Corrector,
    base: Debrief,
    talked: dict[str, tuple[str, ...]],
    result: Debrief,
    talking: dict[str, tuple[str, ...]],
) -> tuple[Debrief, dict[str, tuple[str, ...]]]:
    """The answers typed in the editor, each new one spell-checked; those saved before (the editor shows
    them again) are not asked about twice."""
    saved = {text for _, text in answers_of(base, talked)}
    return map_answers(result, talking, lambda field, text: text if text in saved else corrector(text, field))


@debrief.command("answer")
@click.argument("number", type=int)
@click.argument("answer", type=text(fields.NEW_ANSWER))
@application_option
@now_option
@pass_context
def answer(
    context: Context, number: int, answer: str, application_ref: str | None, now_text: str | None
) -> None:
    """Record a better answer to stumbled question NUMBER (ANSWER-n, L-01)."""
    records = context.ws.read()
    app = resolve_application(records, application_ref)
    mark_answered(context.ws, app.id, number, answer, context.now(now_text, records))
    click.echo(f"ANSWER-{number} done for {app.id}.")


def _jsonable(value: object) -> object:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


def _improvement(text: str) -> ImprovementItem:
    match = re.match(r"(.*?)\s*\((skill|skill_investment|practice)\)\s*$", text)
    if match:
        kind = GapKind.PRACTICE if match.group(2) == "practice" else GapKind.SKILL_INVESTMENT
        return ImprovementItem(match.group(1), kind)
    return ImprovementItem(text.strip())


def from_flags(base: Debrief, flags: dict[str, object]) -> Debrief:
    def items(name: str) -> tuple[str, ...]:
        return tuple(str(x) for x in flags.get(name) or ())  # type: ignore[attr-defined]

    changes: dict[str, object] = {}
    for flag, field in (
        ("takeaway", "takeaways"),
        ("concern", "concerns"),
        ("excitement", "excitements"),
        ("open_question", "open_questions"),
        ("went_well", "went_well"),
        ("emphasized", "emphasized"),
        ("supplement", "to_supplement"),
    ):
        if items(flag):
            changes[field] = items(flag)
    if items("to_improve"):
        changes["to_improve"] = tuple(_improvement(t) for t in items("to_improve"))
    if items("stumbled"):
        if flags.get("no_stumbles"):  # D-07: either questions tripped you up, or none did
            raise InvalidInput(
                "--no-stumbles", "no --stumbled beside it (none tripped you up)", items("stumbled")[0]
            )
        changes["stumbled_questions"] = tuple(StumbledQuestion(q) for q in items("stumbled"))
    if flags.get("no_stumbles"):
        changes["no_stumbles"] = True
    if flags.get("team_fit"):
        changes["team_fit"] = TeamFit(str(flags["team_fit"]))
    if flags.get("rating") is not None:
        changes["self_rating"] = int(flags["rating"])  # type: ignore[call-overload]
    if flags.get("fit_statement"):
        changes["fit_statement"] = str(flags["fit_statement"])
    if flags.get("with_friend"):
        changes["with_friend"] = True
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _ask_list(label: str, current: Sequence[str], field: str = "") -> tuple[str, ...]:
    click.echo(
        f"{label} (one per line, empty line to finish)"
        + (f" [keeps: {'; '.join(current)}]" if current else "")
    )
    items = []
    while line := click.prompt(" ", default="", show_default=False).strip():
        line = proofread.typed(line, field)
        items.append(line)
        _show(field, line)
    return tuple(items) or tuple(current)


def _show(field: str, answer: str) -> None:
    """The sentence the answer becomes in a note, so a frame that reads wrongly is seen at once."""
    sentence = preview(field, answer) if field else ""
    if sentence:
        click.echo(f"    -> {sentence}")


def _shown(field: str, answer: str) -> list[str]:
    """The same, as a comment under the item in the --edit form."""
    sentence = preview(field, answer)
    return [f"#    -> {sentence}"] if sentence and field not in PRIVATE else []


def guided(app: Application, base: Debrief) -> tuple[Debrief, dict[str, tuple[str, ...]]]:
    """Ask the Five W's one by one (D-04 to D-10); Enter keeps what is there."""
    click.echo("Take a breath first (D-01). Then, somewhere quiet (D-03):")
    talking: dict[str, tuple[str, ...]] = {}
    click.echo("WHO: for each interviewer, something you talked about (D-04).")
    for person in (p for p in app.people if p.on_panel):
        talking[person.id] = _ask_list(
            f"  {person.name} ({person.title or 'no title yet'})", person.talking_points, "talking_point"
        )
    takeaways = _ask_list("WHAT: key impressions of the role and company", base.takeaways, "takeaways")
    concerns = _ask_list("WHAT: worries (turnover, workload...)", base.concerns)
    excitements = _ask_list("WHAT: what excites you", base.excitements, "excitements")
    fit = click.prompt(
        "Could you work with these people?",
        type=click.Choice(["yes", "no", "unsure"]),
        default=base.team_fit.value if base.team_fit else "unsure",
    )
    open_questions = _ask_list("WHAT: questions still open", base.open_questions)
    went_well = _ask_list("WHERE: what went well", base.went_well, "went_well")
    improve = _ask_list(
        "WHERE: what to do better (add '(skill)' or '(practice)')", [i.text for i in base.to_improve]
    )
    stumbled = _ask_list(
        "WHERE: questions you stumbled on (empty if none)", [q.question for q in base.stumbled_questions]
    )
    rating = click.prompt("How did it go, 1 to 5?", type=click.IntRange(1, 5), default=base.self_rating or 3)
    fit_statement = click.prompt("WHY: why are you the strongest fit?", default=base.fit_statement or "")
    if fit_statement != base.fit_statement:
        fit_statement = proofread.typed(fit_statement, "fit_statement")
    _show("fit_statement", fit_statement)
    emphasized = _ask_list("What did they stress?", base.emphasized, "emphasized")
    supplement = _ask_list("Anything to add later?", base.to_supplement, "to_supplement")
    click.echo('WHEN: record what they said about timing with `followup timeline "..."`.')
    result = dataclasses.replace(
        base,
        takeaways=takeaways,
        concerns=concerns,
        excitements=excitements,
        team_fit=TeamFit(fit),
        open_questions=open_questions,
        went_well=went_well,
        to_improve=tuple(_improvement(t) for t in improve),
        stumbled_questions=tuple(StumbledQuestion(q) for q in stumbled),
        no_stumbles=not stumbled,
        self_rating=rating,
        fit_statement=fit_statement,
        emphasized=emphasized,
        to_supplement=supplement,
        quiet_place=True,
    )
    return result, talking


def form(app: Application, base: Debrief) -> str:
    """The editor form."""
    lines = [
        f"# Debrief: {app.company.name}, {app.position}. Lines starting with # are ignored.",
        "# One '- item' per line under each [section]. Save and close to store it.",
        "# '#    -> ...' under an item: the sentence it becomes in your notes.",
        "",
    ]
    for person in (p for p in app.people if p.on_panel):
        lines += [f"[talking points: {person.id}]  # {person.name}, {person.title}"]
        for t in person.talking_points:
            lines += [f"- {t}", *_shown("talking_point", t)]
        lines += [""]
    for name in LISTS:
        note = "  # kept for you: never used in your messages" if name in PRIVATE else ""
        lines += [f"[{name}]{note}"]
        for item in getattr(base, name):
            lines += [f"- {item}", *_shown(name, item)]
        lines += [""]
    lines += ["[to_improve]  # end an item with (skill) or (practice)"]
    lines += [
        f"- {i.text}"
        + (f" ({'skill' if i.kind is GapKind.SKILL_INVESTMENT else 'practice'})" if i.kind else "")
        for i in base.to_improve
    ] + [""]
    lines += ["[stumbled_questions]"] + [f"- {q.question}" for q in base.stumbled_questions] + [""]
    lines += [
        "[no_stumbles]  # true if no question tripped you up",
        "true" if base.no_stumbles else "false",
        "",
    ]
    lines += ["[team_fit]  # yes, no or unsure", base.team_fit.value if base.team_fit else "", ""]
    lines += ["[self_rating]  # 1 to 5", str(base.self_rating or ""), ""]
    lines += ["[fit_statement]  # why you are the strongest fit", base.fit_statement]
    lines += [*(_shown("fit_statement", base.fit_statement) if base.fit_statement else []), ""]
    lines += ["[with_friend]", "true" if base.with_friend else "false", ""]
    return "\n".join(lines)


def parse_form(text: str, app: Application) -> tuple[Debrief, dict[str, tuple[str, ...]]]:
    sections: dict[str, list[str]] = {}
    current = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("  #", 1)[0].rstrip() if raw.lstrip().startswith("[") else raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if heading := re.fullmatch(r"\s*\[([^\]]+)\]\s*", line):
            current = heading.group(1).strip()
            sections.setdefault(current, [])
            continue
        if current is None:
            raise InvalidInput(f"debrief line {number}", "a [section] heading before any item", raw)
        item = line.strip().removeprefix("- ").strip()
        fields.ITEM.check(item, f"debrief line {number}")  # named by its line, not by where it is stored
        sections[current].append(item)
    talking = {}
    for name, items in sections.items():
        if name.startswith("talking points:"):
            person_id = name.split(":", 1)[1].strip()
            if app.person(person_id) is None:
                raise InvalidInput(f"[{name}]", "a person id of this application", person_id)
            talking[person_id] = tuple(items)
        elif name not in (*LISTS, *SCALARS, "to_improve", "stumbled_questions"):
            raise InvalidInput(
                "debrief section", "one of " + ", ".join((*LISTS, *SCALARS, "to_improve")), name
            )

    def one(name: str) -> str:
        return " ".join(sections.get(name, [])).strip()

    rating = one("self_rating")
    if rating and (not rating.isdigit() or not 1 <= int(rating) <= 5):
        raise InvalidInput("[self_rating]", "a whole number from 1 to 5", rating)
    fit = one("team_fit")
    if fit and fit not in ("yes", "no", "unsure"):
        raise InvalidInput("[team_fit]", "yes, no or unsure", fit)
    result = Debrief(
        with_friend=one("with_friend") == "true",
        quiet_place=True,
        **{name: tuple(sections.get(name, [])) for name in LISTS},  # type: ignore[arg-type]
        team_fit=TeamFit(fit) if fit else None,
        to_improve=tuple(_improvement(t) for t in sections.get("to_improve", [])),
        stumbled_questions=tuple(StumbledQuestion(q) for q in sections.get("stumbled_questions", [])),
        no_stumbles=one("no_stumbles") == "true",
        fit_statement=one("fit_statement"),
        self_rating=int(rating) if rating else None,
    )
    return result, talking


def _edit(text: str) -> str:
    edited = click.edit(text, extension=".txt", require_save=False)
    if edited is None:
        raise InvalidInput("editor", "a saved debrief")
    # Nothing typed is lost if it does not parse (--from-file picks it up again): kept in the data
    # folder, yours alone, never in the shared temporary folder where another user could plant a name.
    outputs.write(kept_path(), edited.encode(), field="debrief file")
    return edited
