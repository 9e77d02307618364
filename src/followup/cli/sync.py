"""`followup sync`: read new mail from the mailbox, match it to applications and propose what each reply
means (issue 10, item 4; ``services.sync``). A bar on a terminal for a long run, nothing on a pipe."""

from __future__ import annotations

import sys
from typing import Any

import click

from followup.cli.common import Context, emit, json_option, now_option, pass_context
from followup.services.sync import Outcome, Progress, proposal_json

BAR_FROM = 200  # messages in one folder from which a terminal shows a progress bar


class _Bar(Progress):
    """click's progress bar on standard error, only on a terminal and only for a long run."""

    def __init__(self) -> None:
        self._bar: Any = None

    def start(self, folder: str, total: int) -> None:
        if total >= BAR_FROM and sys.stderr.isatty():
            self._bar = click.progressbar(length=total, label=f"Reading {folder}", file=sys.stderr)
            self._bar.__enter__()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@click.command("sync")
@now_option
@json_option
@pass_context
def sync(context: Context, now_text: str | None, as_json: bool) -> None:
    """Read new mail: replies become proposals in `followup inbox`.

    Reads your INBOX and Sent folders: replies from the people of your applications become proposals,
    an automatic reply with a return date holds follow-ups to that person until then, a bounce marks
    the address as failing and puts the message it returns back to due (it never arrived), and a draft
    you sent from your mail program is logged as sent. Only what came since the last sync is read."""
    from followup.services.sync import sync as run

    now = context.now(now_text)
    outcome = run(context.ws, now, _Bar())
    emit(as_json, outcome_json(outcome), outcome_text(outcome))


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "folders": outcome.folders,
        "read": outcome.read,
        "ignored": outcome.ignored,
        "already_read": outcome.already,
        "proposed": [proposal_json(p) for p in outcome.proposed],
        "applied": [proposal_json(p) for p in outcome.applied],
        "auto_replies": [proposal_json(p) for p in outcome.recorded],
        "bounces": [proposal_json(p) for p in outcome.bounces],
        "undelivered": [
            {
                "application": u.application_id,
                "action": u.action,
                "to": list(u.to),
                "outbox": u.outbox or None,
                "reason": u.reason,
            }
            for u in outcome.undelivered
        ],
        "sent": [proposal_json(p) for p in outcome.sent],
        "problems": outcome.problems,
    }


def outcome_text(outcome: Outcome) -> str:
    lines = []
    for folder in outcome.folders:
        rescan = " (its UIDVALIDITY changed: read afresh)" if folder["rescan"] else ""
        lines.append(f"{folder['folder']}: {folder['messages']} new{rescan}")
    if outcome.already:
        lines.append(f"{outcome.already} read before, skipped")
    for p in outcome.proposed:
        lines.append(f"  {p.number}. {p.application_id}: {p.kind} from {p.sender} ({p.subject})")
    for p in outcome.applied:
        lines.append(f"  applied: {p.application_id}: {p.kind} from {p.sender} ({p.subject})")
    for p in outcome.recorded:
        back = f", back {p.date:%a %d %b %Y}: follow-ups to them wait" if p.date else ""
        lines.append(f"  automatic reply from {p.sender}{back}")
    for p in outcome.bounces:
        lines.append(f"  bounce: {p.text} is failing ({p.application_id})")
    for u in outcome.undelivered:
        who = ", ".join(u.names or u.to)
        lines.append(
            f"  {u.action} to {who} ({u.application_id}) never arrived: {u.reason}. It is due again; "
            f"check the address (`followup person edit {u.to[0] if u.to else 'NAME'} -a {u.application_id} "
            "--email ...`) and send it once more."
        )
    for p in outcome.sent:
        lines.append(f"  sent from your mail program: {p.kind} ({p.application_id})")
    for problem in outcome.problems:
        lines.append(f"  {problem}")
    if outcome.proposed:
        lines.append("See them with `followup inbox`; apply one with `followup inbox accept N`.")
    elif len(lines) == len(outcome.folders):
        lines.append("Nothing new from your applications.")
    return "\n".join(lines)
