"""The message `followup send` would send, before anything is stored: the stored (or composed) draft of a
plan step with its files (checked), its own Message-ID and the whole message built, the moment it goes
(now, ``--at``, or the next good time, T-07) and the guard's verdict at that moment (PLAYBOOK §1.6).
``services.outbox`` then stores and delivers it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.codes import Severity
from followup.core.drafts import Draft
from followup.core.errors import InvalidInput, NotFound
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import Document, Profile
from followup.core.outbox import next_good_time
from followup.services.documents import read_documents
from followup.workdays import calendars_for

if TYPE_CHECKING:
    from followup.services.drafts import Drafted
    from followup.services.workspace import Workspace


@dataclass(frozen=True)
class Prepared:
    """A message ready to send or queue: what `followup send` shows before asking."""

    drafted: Drafted
    application_id: str
    action: str
    step_key: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    recipients: tuple[str, ...]  # "Name <address>"
    subject: str
    text: str
    documents: tuple[Document, ...]
    attachment_names: tuple[str, ...]
    message_id: str
    message: bytes
    when: dt.datetime  # now, or when it is to go
    scheduled: bool
    verdict: Verdict  # the guard at ``when``


def prepare(
    ws: Workspace,
    application_id: str,
    action: str,
    person_ref: str,
    now: dt.datetime,
    attach: Sequence[str] = (),
    at: dt.datetime | None = None,
    next_good: bool = False,
) -> Prepared:
    """The stored (or composed) draft of ``action`` as the message that would go, when it would go
    (``at``; the next good time, T-07; else now), and the guard's verdict at that moment."""
    from followup.mail.attachments import read_attachments
    from followup.mail.eml import build_message, message_id_for
    from followup.services.drafts import draft

    drafted = draft(ws, application_id, action, person_ref, now)
    if drafted.draft.channel != "email":
        raise InvalidInput(
            "ACTION", f"a message that goes by email ({action} goes by {drafted.draft.channel})", action
        )
    if not drafted.draft.to:
        raise InvalidInput("--person", f"whom {action} is for (id or name)")
    attachments = read_attachments(attach)
    documents = read_documents(attach, field="--attach", recorded_at=now)
    reading = ws.read_scoped(application_id, now)
    records = reading.records
    app = records.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    people = {p.id: p for p in app.people}
    for pid in (*drafted.draft.to, *drafted.draft.cc):
        if pid in people and not people[pid].email:
            raise InvalidInput(
                "recipient",
                f"an email address for {people[pid].name}: `followup person edit {pid} --email ...`",
            )
    proposal = Proposal(
        action=drafted.verdict.proposal.action,
        to=drafted.draft.to,
        cc=drafted.draft.cc,
        channel="email",
        slots=drafted.verdict.proposal.slots,
        attachments=documents,
    )
    calendar = calendars_for(records, [app])
    when, scheduled = now, False
    if at is not None:
        if at < now - dt.timedelta(minutes=1):
            raise InvalidInput(
                "--at", f"a moment to come (now is {now:%Y-%m-%d %H:%M} UTC)", f"{at:%Y-%m-%d %H:%M} UTC"
            )
        when, scheduled = at, True
    elif next_good:
        first = check(records, app.id, dataclasses.replace(proposal, at=now), calendar, now, reading.shared)
        earliest = max(now, first.ready_at) if first.blocked and first.ready_at is not None else now
        recipient = people.get(drafted.draft.to[0])
        zone = (
            (recipient.tz if recipient and recipient.tz else "")
            or app.company.tz
            or records.profile.tz
            or "UTC"
        )
        when, scheduled = (
            next_good_time(drafted.verdict.action or action, earliest, zone, calendar[app.id]),
            True,
        )
    verdict = check(records, app.id, dataclasses.replace(proposal, at=when), calendar, now, reading.shared)
    sender = _sender(ws, records.profile)
    message_id = message_id_for(sender)
    composed = Draft(
        drafted.draft.action,
        drafted.context.step_key,
        "email",
        drafted.draft.to,
        drafted.draft.cc,
        drafted.subject,
        paragraphs=(drafted.text,),
    )
    message = build_message(
        composed, sender, people, when, message_id, unsent=False, attachments=attachments
    ).as_bytes()
    recipients = tuple(
        f"{people[p].name} <{people[p].email}>" for p in (*composed.to, *composed.cc) if p in people
    )
    return Prepared(
        drafted,
        app.id,
        drafted.draft.action,
        drafted.context.step_key,
        composed.to,
        composed.cc,
        recipients,
        drafted.subject,
        drafted.text,
        documents,
        tuple(a.name for a in attachments),
        message_id,
        message,
        when,
        scheduled,
        verdict,
    )


def _sender(ws: Workspace, profile: Profile) -> Profile:
    """Who the message is from: the mail account's name and address when one is set up (the server
    expects them), else the profile's."""
    from followup.services.mail_accounts import load_account

    account = load_account(ws)
    if account is None:
        return profile
    return dataclasses.replace(profile, name=account.name or profile.name, email=account.address)


def blocks_of(verdict: Verdict) -> str:
    """The guard's BLOCKs in words, for a refusal or a held message."""
    return "; ".join(
        f"{f.code}: {f.message.rstrip('.')} ({f.rule})"
        for f in verdict.findings
        if f.severity is Severity.BLOCK
    )
