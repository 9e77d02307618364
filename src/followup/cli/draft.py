"""`followup draft ACTION [--person NAME]`: a message for a plan step, written from your records and
checked against the playbook's content rules; as text, JSON, an .eml draft or a PDF letter.

Your edits (``--edit``) are kept with the step: drafting it again shows your text, re-checked, and
`followup log sent` of that step records exactly that text. Files are written whole or not at all,
mode 600 unless ``--mode`` says otherwise (``followup.outputs``).

Above the text stands the guard's verdict on sending it at ``--now`` to its recipients by its channel
(the same as `followup check` gives), when it has a WARN or a BLOCK: too early, past the cap, to the
wrong person, on the wrong channel, in words, and the date from which it can go when waiting is all it
takes. Drafting ahead is legitimate, so the exit status stays 0.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from followup import outputs
from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    pass_context,
    read_application,
)
from followup.cli.file_mode import mode_option
from followup.cli.params import text
from followup.cli.timefmt import iso, zone
from followup.core import fields
from followup.core.codes import Severity
from followup.core.drafts import MESSAGE_ACTIONS, Draft, TextFinding
from followup.core.errors import InvalidInput
from followup.core.guard import Verdict
from followup.core.meanings import meaning
from followup.services.drafts import Drafted, draft, recheck, save_draft


@click.command("draft")
@click.argument("action", type=click.Choice(MESSAGE_ACTIONS, case_sensitive=False))
@click.option(
    "--person",
    "-p",
    "person_ref",
    type=text(fields.OPTIONAL_REFERENCE),
    default="",
    help="Whom it is for (id or name), for TY, LI and FL.",
)
@application_option
@click.option(
    "--hook",
    "hooks",
    type=text(fields.REQUIRED_ITEM),
    multiple=True,
    help="New material to use, e.g. 'article: https://... on X' (C-18).",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "eml", "pdf"]),
    default="text",
    help="text (default), eml (a draft for your mail program) or pdf (a formal letter).",
)
@click.option(
    "--out", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File for --format eml or pdf."
)
@mode_option
@click.option("--edit", "use_editor", is_flag=True, help="Edit in $EDITOR; the text is re-checked and kept.")
@click.option(
    "--to-mailbox",
    is_flag=True,
    help="Put it in your mailbox's Drafts folder (`followup mail setup`), to send from your mail program.",
)
@click.option(
    "--force", is_flag=True, help="With --to-mailbox: even though the guard blocks it (needs --reason)."
)
@click.option("--reason", type=text(fields.REASON), default="", help="Why you override the guard.")
@now_option
@json_option
@pass_context
def draft_command(
    context: Context,
    /,
    action: str,
    person_ref: str,
    application_ref: str | None,
    hooks: tuple[str, ...],
    output: str,
    out: Path | None,
    file_mode: int,
    use_editor: bool,
    to_mailbox: bool,
    force: bool,
    reason: str,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Draft the message for ACTION (TY, TA, TY-FWD, LI, FL, F1-F3, SCHED, CALL, VOICEMAIL, RSP, RJ, FB,
    EXC-OFFER, EXC-NEWS) with its findings; nothing is ever sent.

    When sending it now would be wrong (too early, past the cap, to the wrong person, on the wrong
    channel), the plan's verdict stands above the text: BLOCKED (do not send it yet, or at all) or a
    warning, with the date from which it can go when there is one. Drafting ahead is fine: the exit
    status is 0 whatever the verdict, and 2 only when nothing can be drafted.
    """
    records, app = read_application(context, application_ref)  # it alone, and the profile
    now = context.now(now_text, records)
    if output != "text" and out is None:
        raise InvalidInput("--out", f"a file to write the {output} to")
    if to_mailbox and output != "text":
        raise InvalidInput(
            "--to-mailbox", "no --format (the draft goes to your mailbox, not to a file)", output
        )
    if (force or reason) and not to_mailbox:
        raise InvalidInput(
            "--force", "--to-mailbox with it (a draft is never refused; putting it in your mailbox may be)"
        )
    if out is not None:
        outputs.check(out, "--out")  # before the editor opens and anything is kept
    result = draft(context.ws, app.id, action.upper(), person_ref, now, hooks)
    subject, text, findings = result.subject, result.text, result.findings
    if use_editor:
        subject, text = _edit(subject, text)
        findings = recheck(context.ws, result, subject, text)
        save_draft(context.ws, app.id, result, subject, text, now)
    note = ""
    if output == "eml":
        assert out is not None
        note = _write_eml(context, app.id, result, subject, text, now, out, file_mode)
    elif output == "pdf":
        assert out is not None
        note = _write_pdf(context, app.id, result, subject, text, now, out, file_mode)
    placed = None
    if to_mailbox:
        from followup.services.mailbox_drafts import put_in_mailbox

        placed = put_in_mailbox(context.ws, app.id, result, subject, text, now, force=force, reason=reason)
        where = f", UID {placed.uid}" if placed.uid is not None else ""
        note = (note + "\n" if note else "") + (
            f"Put in your Drafts folder ({placed.folder}{where} on {placed.host}; Message-ID "
            f"{placed.message_id}): send it from your mail program."
        )
    if (output != "text" or to_mailbox) and not as_json:  # with --json, stderr stays empty: the data says it
        click.echo(note, err=True)
    names = {p.id: p for p in app.people}
    tz = zone(records.profile.tz)
    data = _data(app.id, result, subject, text, findings, names) | {
        "file": str(out) if out else None,
        "guard": guard_data(result.verdict, tz),
    }
    if placed is not None:
        data["mailbox"] = {
            "folder": placed.folder,
            "uid": placed.uid,
            "message_id": placed.message_id,
            "override_codes": list(placed.saved.override_codes),
        }
    emit(as_json, data, guard_text(result.verdict, tz) + _text(result, subject, text, findings, names))


def _edit(subject: str, text: str) -> tuple[str, str]:
    edited = click.edit(f"Subject: {subject}\n\n{text}\n", extension=".txt", require_save=True)
    if edited is None:
        raise InvalidInput("editor", "a saved file (nothing was changed)")
    head, _, body = edited.partition("\n")
    if not head.startswith("Subject:"):
        raise InvalidInput(
            "edited draft", "a first line 'Subject: ...' then a blank line and the message", head
        )
    return head.removeprefix("Subject:").strip(), body.strip("\n")


def _write_eml(
    context: Context,
    app_id: str,
    result: Drafted,
    subject: str,
    text: str,
    now: dt.datetime,
    out: Path,
    mode: int,
) -> str:
    from followup.mail.eml import eml_bytes, message_id_for

    records = context.ws.read_for(app_id)
    app = records.application(app_id)
    assert app is not None
    people = {p.id: p for p in app.people}
    for pid in (*result.draft.to, *result.draft.cc):
        if pid in people and not people[pid].email:
            raise InvalidInput(
                "recipient",
                f"an email address for {people[pid].name}: `followup person edit {pid} --email ...`",
            )
    message_id = (result.saved.message_id if result.saved else "") or message_id_for(records.profile)
    message = Draft(
        result.draft.action,
        result.draft.step_key,
        "email",
        result.draft.to,
        result.draft.cc,
        subject,
        paragraphs=(text,),
    )
    outputs.write(out, eml_bytes(message, records.profile, people, now, message_id), mode=mode)
    save_draft(context.ws, app_id, result, subject, text, now, message_id)
    return f"Wrote {out} (open it in your mail program to send; Message-ID {message_id})."


def _write_pdf(
    context: Context,
    app_id: str,
    result: Drafted,
    subject: str,
    text: str,
    now: dt.datetime,
    out: Path,
    mode: int,
) -> str:
    from followup.letters.pdf import letter_data, render_letter

    records = context.ws.read_for(app_id)
    app = records.application(app_id)
    person = result.context.recipient
    if app is None or person is None:
        raise InvalidInput("letter", "a recipient: draft FL with --person")
    greeting, paragraphs, closing = parts_of(text, result.draft)
    letter = Draft(
        result.draft.action,
        result.draft.step_key,
        "letter",
        result.draft.to,
        (),
        subject,
        greeting,
        paragraphs,
        closing,
    )
    day = result.context.today or now.date()
    outputs.write(out, render_letter(letter_data(letter, records.profile, app, person, day)), mode=mode)
    return f"Wrote {out}."


def parts_of(text: str, composed: Draft) -> tuple[str, tuple[str, ...], str]:
    """Greeting, body paragraphs and closing of a (possibly edited) text; the signature is the letter's."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    if text == composed.text:
        return composed.greeting, composed.paragraphs, composed.closing
    greeting = blocks.pop(0) if blocks and blocks[0].lower().startswith(("dear", "hello", "hi ")) else ""
    closing = ""
    if blocks:
        last = blocks[-1].splitlines()
        if last and len(last[0].split()) <= 4:
            closing = last[0]
            blocks.pop()
    return greeting, tuple(blocks), closing


def _people(ids: tuple[str, ...], names: dict[str, Any]) -> list[str]:
    return [
        f"{names[p].name} <{names[p].email}>"
        if p in names and names[p].email
        else (names[p].name if p in names else p)
        for p in ids
    ]


def _data(
    app_id: str,
    result: Drafted,
    subject: str,
    text: str,
    findings: tuple[TextFinding, ...],
    names: dict[str, Any],
) -> dict[str, Any]:
    d = result.draft
    return {
        "application": app_id,
        "step": result.context.step_key,
        "action": d.action,
        "channel": d.channel,
        "to": _people(d.to, names),
        "cc": _people(d.cc, names),
        "subject": subject,
        "text": text,
        "edited": result.saved is not None,
        "missing": list(d.missing),
        "findings": [f.to_data() for f in findings],
    }


def _text(
    result: Drafted, subject: str, text: str, findings: tuple[TextFinding, ...], names: dict[str, Any]
) -> str:
    d = result.draft
    lines = []
    if d.channel == "email" or subject:
        lines.append(f"Subject: {subject}")
    lines.append(
        f"To: {', '.join(_people(d.to, names)) or '-'}"
        + (f"   Cc: {', '.join(_people(d.cc, names))}" if d.cc else "")
        + f"   ({d.channel}, step {result.context.step_key})"
    )
    lines += ["", text, ""]
    if result.saved is not None:
        lines.append("(your edited text, kept with the step)")
    if findings:
        lines.append("Findings:")
        for f in findings:
            where = _line_col(text, f.start) if f.end > f.start else ""
            lines.append(f"  {f.severity.value:<5} {f.code} [{f.rule}] {where}{f.message}")
            if f.suggestion:
                lines.append(f"        suggestion: {f.suggestion}")
    else:
        lines.append("No findings. Read it once more yourself before you send it.")
    lines += [f"Missing: {m}" for m in d.missing]
    return "\n".join(lines)


def _line_col(text: str, offset: int) -> str:
    before = text[:offset]
    return f"line {before.count(chr(10)) + 1}, col {len(before) - before.rfind(chr(10))}: "


# What each objection of the guard is, in a few words, for the line above the text; other codes read
# as their meaning (``core.meanings``).
OBJECTIONS = {
    "W-EARLY": "too early",
    "W-NOCONTACT": "they asked not to be contacted yet",
    "W-FREQ": "too soon after your last message",
    "W-CALLTIME": "not a time to call",
    "W-UNSCHEDULED-CALL": "a call without an agreed time",
    "W-CAP": "past the cap",
    "W-CLOSED": "the outcome is known",
    "W-HRONLY": "to the wrong person",
    "W-GROUP-MESSAGE": "to several interviewers at once",
    "W-MISSING-CONTACT": "no address to send it to",
    "W-SAME-CHANNEL": "on the wrong channel",
    "W-SLOW-CHANNEL": "on the wrong channel",
    "W-PHONE-FEEDBACK": "on the wrong channel",
    "W-2NDCALL": "a second call nobody asked for",
    "W-DUP-LI": "a second LinkedIn request",
    "W-TY-LATE": "late",
    "W-TY-OVERDUE": "late",
    "W-PROMPT": "late: they are waiting for your answer",
}


def guard_data(verdict: Verdict, tz: dt.tzinfo) -> dict[str, Any]:
    """The guard's verdict on sending the draft at --now (docs/json-output.md)."""
    return {
        "verdict": "BLOCKED" if verdict.blocked else "ALLOWED",
        "findings": [f.to_data() for f in verdict.findings],
        "from": iso(verdict.ready_at, tz),
    }


def guard_text(verdict: Verdict, tz: dt.tzinfo) -> str:
    """The verdict above the text, when it has a WARN or a BLOCK (NOTEs alone stay in --json): what is
    wrong, in words, and from when it can go; then each finding as `followup check` shows it."""
    serious = [f for f in verdict.findings if f.severity is not Severity.NOTE]
    if not serious:
        return ""
    words = list(dict.fromkeys(OBJECTIONS.get(f.code) or meaning(f.code) or f.code for f in serious))
    head = "BLOCKED now" if verdict.blocked else "Allowed, with a warning"
    lines = [f"{head}: {'; '.join(words)}.{_from(verdict, tz)}"]
    lines += [f"  {f.severity.value:<5} {f.code}  {f.message} [{f.rule}]" for f in verdict.findings]
    if verdict.ready_at is not None:
        lines.append("  Drafting ahead is fine: keep it, and send it then.")
    return "\n".join(lines) + "\n\n"


def _from(verdict: Verdict, tz: dt.tzinfo) -> str:
    if verdict.ready_at is None:
        return ""
    local = verdict.ready_at.astimezone(tz)
    when = f"{local:%a %d %b}" if local.time() == dt.time(0) else f"{local:%a %d %b %H:%M} your time"
    return f" This can go from {when}." if verdict.blocked else f" Better sent from {when}."
