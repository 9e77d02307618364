"""`followup check "send F1 to Dana by email"`: would this move be wise now? (the guard)
`followup check FILE`: what do the playbook's content rules say about this text? (the checker)

The sentence names an action and, optionally, a person (``to NAME``), a channel (``by email|phone|
letter|linkedin``) and a moment (``at 13:00``, ``on 2026-03-12 at 14:10``). Structured flags say the
same; ``--text FILE`` (or ``-``) adds the message text so the guard can read it (C-05, C-19, C-28).
Exit status: 0 allowed, 3 blocked.

A FILE (or ``-``) instead of a sentence is a message text to check (``services.text_check``): a plain
text or an email, against as much of the records as there is; what could not be checked is said, one
line per reason. Exit status: 0 clean (or notes only), 3 findings to fix.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli.common import (
    TEXT_FILE_LIMIT,
    Context,
    application_option,
    db_url,
    emit,
    json_option,
    now_option,
    parse_day,
    pass_context,
    read_application,
    read_text_file,
)
from followup.cli.params import text
from followup.cli.picking import pick
from followup.cli.timefmt import human, parse_moment, zone
from followup.core import codec, fields
from followup.core.checks.checker import GENERIC
from followup.core.drafts import MESSAGE_ACTIONS
from followup.core.errors import InvalidInput, NotFound
from followup.core.guard import ACTIONS, Proposal, Verdict
from followup.core.model import Application, Records
from followup.services.documents import read_documents
from followup.services.people import find_person
from followup.services.plans import check_action

if TYPE_CHECKING:
    from followup.services.text_check import TextCheck
    from followup.services.workspace import Workspace

# What --action accepts: the guard's moves, and the messages a FILE can be checked as (VOICEMAIL is a script).
CHECKABLE = [*ACTIONS, *(a for a in MESSAGE_ACTIONS if a not in ACTIONS)]
WORDS = [
    (r"\bthank[- ]?you\b|\bthanks\b|\bty\b", "TY"),
    (r"\barranger\b", "TA"),
    (r"\bforward\b", "TY-FWD"),
    (r"\bformal letter\b|\bletter\b", "FL"),
    (r"\blinkedin\b|\bconnection request\b", "LI"),
    (r"\bf1\b", "F1"),
    (r"\bf2\b", "F2"),
    (r"\bf3\b", "F3"),
    (r"\bfollow[- ]?up\b|\bstatus\b", "F"),
    (r"\bsched\b|\brequest (a|for a) call\b", "SCHED"),
    (r"\bcall\b|\bphone\b|\bring\b", "CALL"),
    (r"\bvisit\b|\bdrop by\b", "VISIT"),
    (r"\bfeedback\b", "FB"),
    (r"\bexc-offer\b|\bother offer\b", "EXC-OFFER"),
    (r"\bexc-news\b|\bnews\b", "EXC-NEWS"),
    (r"\brsp\b|\breply\b|\banswer\b", "RSP"),
    (r"\brj\b", "RJ"),
    (r"\bdeliver\b|\bdrop off\b", "DELIVER"),
    (r"\bpause (the )?search\b", "PAUSE-SEARCH"),
    (r"\bskip\b", "SKIP-F1"),
]
CHANNEL_WORDS = {
    "email": "email",
    "e-mail": "email",
    "phone": "phone",
    "letter": "letter",
    "post": "letter",
    "mail": "letter",
    "linkedin": "linkedin",
    "hand": "in_person",
    "person": "in_person",
}


def parse_sentence(sentence: str, app: Application, tz: dt.tzinfo, now: dt.datetime) -> Proposal:
    said = sentence.strip()
    lowered = said.lower()
    explicit = re.search(r"\b(" + "|".join(re.escape(a.lower()) for a in ACTIONS) + r")\b", lowered)
    action = next((a for a in ACTIONS if explicit and a.lower() == explicit.group(1)), None)
    if action is None:
        action = next((a for pattern, a in WORDS if re.search(pattern, lowered)), None)
    if action is None:
        raise InvalidInput(
            "check",
            "a sentence naming an action (thank-you, F1, call, LinkedIn, visit...), or --action",
            sentence,
        )
    if action == "CALL" and re.search(r"\bby phone\b", lowered) and re.search(r"\bf[123]\b|follow", lowered):
        action = "CALL"
    to = [m.group(1) for m in re.finditer(r"\bto ([A-Za-z][\w.'-]*(?: [A-Z][\w'-]*)?)", said)]
    to += [m.group(1) for m in re.finditer(r"\bcall ([A-Z][\w.'-]*(?: [A-Z][\w'-]*)?)", said)]
    cc = [m.group(1) for m in re.finditer(r"\bcc ([A-Za-z][\w.'-]*(?: [A-Z][\w'-]*)?)", said, re.IGNORECASE)]
    channel = ""
    if m := re.search(r"\bby (e-?mail|phone|letter|post|mail|linkedin|hand)\b|\bin (person)\b", lowered):
        channel = CHANNEL_WORDS[m.group(1) or m.group(2)]
    at = _moment(lowered, tz, now)
    return Proposal(
        action=action,
        to=tuple(find_person(app, ref).id for ref in to),
        cc=tuple(find_person(app, ref).id for ref in cc),
        channel=channel,
        at=at,
    )


def _moment(lowered: str, tz: dt.tzinfo, now: dt.datetime) -> dt.datetime | None:
    day = now.astimezone(tz).date()
    if m := re.search(r"\bon (\d{4}-\d{2}-\d{2})\b", lowered):
        day = parse_day(m.group(1), "date") or day
    elif "tomorrow" in lowered:
        day += dt.timedelta(days=1)
    if m := re.search(r"\bat (\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", lowered):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3) == "pm" and hour < 12:
            hour += 12
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise InvalidInput("time", "a time such as 13:00 or 2pm", m.group(0))
        return dt.datetime.combine(day, dt.time(hour, minute), tz).astimezone(dt.UTC)
    if day != now.astimezone(tz).date():
        return dt.datetime.combine(day, dt.time(9, 0), tz).astimezone(dt.UTC)
    return None


@click.command()
@click.argument("sentence", type=text(fields.SENTENCE), required=False, default="")
@application_option
@click.option(
    "--action",
    type=click.Choice(CHECKABLE, case_sensitive=False),
    help="The action (§1.9 identifier); VOICEMAIL only for a FILE (a script).",
)
@click.option("--to", "to_refs", type=text(fields.REFERENCE), multiple=True, help="Recipient (id or name).")
@click.option("--cc", "cc_refs", type=text(fields.REFERENCE), multiple=True, help="Copied (id or name).")
@click.option("--channel", type=click.Choice(["email", "phone", "letter", "linkedin", "in_person"]))
@click.option(
    "--at",
    "at_text",
    type=text(fields.MOMENT),
    metavar="ISO-DATETIME",
    help="When you would do it (default: now).",
)
@click.option(
    "--slot",
    "slots",
    type=text(fields.MOMENT),
    multiple=True,
    metavar="ISO-DATETIME",
    help="SCHED: proposed call slots.",
)
@click.option(
    "--text",
    "text_file",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="The message text (a file, or - for stdin).",
)
@click.option("--handwritten", is_flag=True)
@click.option("--no-note", is_flag=True, help="LinkedIn request without a note.")
@click.option("--returning-call", is_flag=True, help="Returning their call (09:00–16:59 window, K5).")
@click.option(
    "--attach",
    "attach",
    multiple=True,
    metavar="FILE",
    type=text(fields.PATH),
    help="A file you would attach (C-17); repeatable.",
)
@now_option
@json_option
@pass_context
def check(
    context: Context,
    sentence: str,
    application_ref: str | None,
    action: str | None,
    to_refs: tuple[str, ...],
    cc_refs: tuple[str, ...],
    channel: str | None,
    at_text: str | None,
    slots: tuple[str, ...],
    text_file: Any,
    handwritten: bool,
    no_note: bool,
    returning_call: bool,
    attach: tuple[str, ...],
    now_text: str | None,
    as_json: bool,
) -> None:
    """Ask the guard about a move before you make it: "send F1 to Dana by email", "call Paul at 13:00".

    With a FILE (a text or an .eml; - for standard input) instead of a sentence, check that message
    against the playbook's content rules: those of --action (without it, the rules every message
    shares), to --to in --application. With fewer records (none at all is fine) the rules that need
    them are listed as not checked. A text's first line "Subject: ..." is its subject; an email is read
    as its writer wrote it, quotes and forwarded messages left out. Exit status: 0 allowed or clean, 3
    blocked or findings to fix, 2 refused.
    """
    if _names_a_file(sentence):
        _check_text(context, sentence, application_ref, action, to_refs, now_text, as_json)
        return
    records, app = read_application(context, application_ref)  # it alone, and the profile
    tz = zone(records.profile.tz)
    now = context.now(now_text, records)
    if action and action.upper() not in ACTIONS:
        raise InvalidInput(
            "--action",
            f"a move the guard knows ({action.upper()} is a script: check it as a FILE)",
            action,
        )
    if sentence:
        proposal = parse_sentence(sentence, app, tz, now)
    elif action:
        proposal = Proposal(action=action.upper())
    else:
        raise InvalidInput("check", 'a sentence such as "send F1 to Dana by email", or --action')
    import dataclasses

    changes: dict[str, Any] = {}
    if action:
        changes["action"] = action.upper()
    if to_refs:
        changes["to"] = tuple(find_person(app, r).id for r in to_refs)
    if cc_refs:
        changes["cc"] = tuple(find_person(app, r).id for r in cc_refs)
    if channel:
        changes["channel"] = channel
    if at_text:
        changes["at"] = parse_moment(at_text, tz, "--at")
    if slots:
        changes["slots"] = tuple(parse_moment(s, tz, "--slot") for s in slots)
    if text_file is not None:
        changes["body"] = fields.BODY.check(_read_text(text_file), "--text")
    if attach:
        changes["attachments"] = read_documents(attach, field="--attach", recorded_at=now)
    proposal = dataclasses.replace(
        proposal, handwritten=handwritten, with_note=not no_note, call_back=returning_call, **changes
    )
    verdict = check_action(context.ws, app.id, proposal, now)
    emit(as_json, verdict_data(verdict, app, tz), verdict_text(verdict, app, tz))
    if verdict.blocked:
        raise click.exceptions.Exit(3)


def _read_text(path: Path) -> str:
    """``--text``: UTF-8 text from a file or standard input; anything else is one line (codec.decode)."""
    if str(path) == "-":
        return codec.decode(sys.stdin.buffer.read(TEXT_FILE_LIMIT + 1), "--text", TEXT_FILE_LIMIT)
    return read_text_file(path, "--text")


def _names_a_file(sentence: str) -> bool:
    """A FILE, not a sentence: ``-``, an existing file, or something shaped like a path that is not one
    (refused here, rather than read as a sentence naming no action)."""
    if sentence == "-" or _is(sentence, Path.is_file):
        return True
    shaped = not any(c.isspace() for c in sentence) and (
        "/" in sentence or Path(sentence).suffix.lower() in (".txt", ".eml", ".md", ".text")
    )
    if sentence and (shaped or _is(sentence, Path.is_dir)):
        what = "a directory" if _is(sentence, Path.is_dir) else "no such file"
        raise InvalidInput("FILE", "a message file to check, or - for standard input", f"{sentence}: {what}")
    return False


def _is(name: str, test: Callable[[Path], bool]) -> bool:
    """``test`` on the path ``name``; False when the system cannot even look it up (a name too long)."""
    try:
        return bool(name) and test(Path(name))
    except (OSError, ValueError):
        return False


def _check_text(
    context: Context,
    source_name: str,
    application_ref: str | None,
    action: str | None,
    to_refs: tuple[str, ...],
    now_text: str | None,
    as_json: bool,
) -> None:
    """`followup check FILE [--action TY] [--to dana]`: the content rules on any text (C-*, A-11)."""
    from followup.services.text_check import stored_workspace

    if len(to_refs) > 1:
        raise InvalidInput("--to", "one recipient for a message text", ", ".join(to_refs))
    ws = stored_workspace(db_url(context.db))  # no database: the text alone, none created
    try:
        result = _text_result(context, ws, source_name, application_ref, action, to_refs, now_text)
    finally:
        if ws is not None:
            ws.close()
    emit(as_json, text_check_data(result), text_check_text(result))
    if any(f.severity.value != "NOTE" for f in result.findings):
        raise click.exceptions.Exit(3)


def _text_result(
    context: Context,
    ws: Workspace | None,
    source_name: str,
    application_ref: str | None,
    action: str | None,
    to_refs: tuple[str, ...],
    now_text: str | None,
) -> TextCheck:
    """The text checked against the application it is for, read alone: the others give its plan their
    stored summaries and the spell checker their names (``Workspace.read_scoped``)."""
    from followup.services.text_check import check_source, read_file, read_source

    companies = ws.application_names() if ws is not None else []
    app_id = None
    if application_ref or to_refs or len(companies) == 1:
        app_id = pick(companies, application_ref)
    now = context.now(now_text, ws.read_base() if ws is not None else Records())
    if source_name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        source = read_source(data, "standard input")
    else:
        source = read_file(source_name)
    if ws is None:
        return check_source(Records(), None, action or "", "", source, now)
    reading = ws.read_scoped(app_id, now)
    app = reading.records.application(app_id) if app_id is not None else None
    if app_id is not None and app is None:  # removed since
        raise NotFound(f"no application {app_id!r}; see `followup list`")
    return check_source(
        reading.records,
        app,
        action or "",
        to_refs[0] if to_refs else "",
        source,
        now,
        shared=reading.shared,
        names=reading.names,
        application_ids=[app_id for app_id, _ in companies],
    )


def text_check_data(result: TextCheck) -> dict[str, Any]:
    return {
        "application": result.application,
        "action": result.action or None,
        "to": result.recipient.name if result.recipient else None,
        "subject": result.source.subject,
        "text": result.source.text,
        "findings": [f.to_data() for f in result.findings],
        "skipped": [s.to_data() for s in result.skipped],
    }


def text_check_text(result: TextCheck) -> str:
    source = result.source
    what = result.action or "any written message"
    to = f" to {result.recipient.name}" if result.recipient else ""
    lines = [f"{len(result.findings)} finding(s) for {what}{to}"]
    if source.kind == "eml":
        removed = "; quoted text left out" if source.quoted else ""
        lines.append(
            f"Read {source.name}: subject {source.subject!r}, the {source.part} part{removed} "
            "(lines below count from its first line)."
        )
    for f in result.findings:
        where = _line_col(source.text, f.start, source.lines_before) if f.end > f.start else ""
        lines.append(f"  {f.severity.value:<5} {f.code} [{f.rule}] {where}{f.message}")
        if f.suggestion:
            lines.append(f"        suggestion: {f.suggestion}")
    if not result.action:
        lines.append(
            f"Only the rules every message shares were checked ({', '.join(GENERIC)}); "
            "add --action (TY, F1, LI, ...) for that message's own rules."
        )
    groups: dict[tuple[str, str], list[str]] = {}
    for s in result.skipped:
        groups.setdefault((s.reason, s.fix), []).append(f"{s.rule} ({s.part})" if s.part else s.rule)
    lines += [f"{', '.join(rules)} not checked: {reason}; {fix}." for (reason, fix), rules in groups.items()]
    return "\n".join(lines)


def _line_col(text: str, offset: int, lines_before: int) -> str:
    before = text[:offset]
    return f"line {before.count(chr(10)) + 1 + lines_before}, col {len(before) - before.rfind(chr(10))}: "


def verdict_data(verdict: Verdict, app: Application, tz: dt.tzinfo) -> dict[str, Any]:
    p = verdict.proposal
    names = {person.id: person.name for person in app.people}
    return {
        "application": app.id,
        "action": verdict.action or p.action,
        "to": [names.get(x, x) for x in p.to],
        "cc": [names.get(x, x) for x in p.cc],
        "channel": verdict.channel or p.channel or None,
        "at": verdict.at.astimezone(tz).isoformat(),
        "step": verdict.step or None,
        "state": verdict.state,
        "verdict": "BLOCKED" if verdict.blocked else "ALLOWED",
        "findings": [f.to_data() for f in verdict.findings],
    }


def verdict_text(verdict: Verdict, app: Application, tz: dt.tzinfo) -> str:
    p = verdict.proposal
    names = {person.id: person.name for person in app.people}
    who = f" to {', '.join(names.get(x, x) for x in p.to)}" if p.to else ""
    head = "BLOCKED" if verdict.blocked else "ALLOWED"
    action, channel = verdict.action or p.action, verdict.channel or p.channel
    lines = [
        f"{head}: {action}{who}{' by ' + channel if channel else ''} at {human(verdict.at, tz)} "
        f"(plan step {verdict.step or '-'}: {verdict.state})"
    ]
    lines += [f"  {f.severity.value:<5} {f.code}  {f.message} [{f.rule}]" for f in verdict.findings]
    if verdict.blocked:
        lines.append('  To log it anyway: followup log sent ... --force --reason "why"')
    return "\n".join(lines)
