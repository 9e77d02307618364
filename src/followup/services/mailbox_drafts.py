"""`followup draft ... --to-mailbox` (issue 10, item 3): a draft put into the user's own Drafts folder
over IMAP, flagged ``\\Draft``, to be sent from their usual mail program.

The guard judges the move first, as for every draft (``Drafted.verdict``): a BLOCK refuses unless the
user forces it with a reason (§1.6), and the override is kept with the draft. The message carries the
Message-ID we assign (kept with the draft: `SavedDraft.message_id`, ``mailbox_at``), so a later sync can
notice it in Sent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from followup.core.codes import Severity
from followup.core.drafts import Draft
from followup.core.errors import InvalidInput, Refused
from followup.core.model import SavedDraft
from followup.services.drafts import Drafted, save_draft
from followup.services.mail_accounts import open_account_mailbox, require_account
from followup.services.workspace import Workspace


@dataclass(frozen=True)
class Placed:
    """Where the draft went: the folder, its UID there (None from a server that does not say), the
    Message-ID it carries, and the draft as kept."""

    folder: str
    uid: int | None
    message_id: str
    host: str
    saved: SavedDraft


def put_in_mailbox(
    ws: Workspace,
    application_id: str,
    drafted: Drafted,
    subject: str,
    text: str,
    now: dt.datetime,
    *,
    force: bool = False,
    reason: str = "",
) -> Placed:
    from followup.mail.eml import build_message, message_id_for

    if force and not reason.strip():
        raise InvalidInput("--reason", "a few words saying why you override the guard (with --force)")
    if drafted.draft.channel != "email":
        raise InvalidInput(
            "--to-mailbox", f"an email draft (this {drafted.draft.action} goes by {drafted.draft.channel})"
        )
    blocks = tuple(f.code for f in drafted.verdict.findings if f.severity is Severity.BLOCK)
    if blocks and not force:
        details = "; ".join(
            f"{f.code}: {f.message.rstrip('.')}"
            for f in drafted.verdict.findings
            if f.severity is Severity.BLOCK
        )
        raise Refused(f'not put in your mailbox: {details}. To put it there anyway: --force --reason "why"')
    account = require_account(ws)
    if not account.drafts_folder:
        raise InvalidInput(
            "Drafts folder",
            "a folder for drafts: none was found on your server; name it with `followup mail setup "
            "--drafts-folder NAME`",
        )
    records = ws.read_for(application_id)
    app = records.application(application_id)
    assert app is not None
    people = {p.id: p for p in app.people}
    for pid in (*drafted.draft.to, *drafted.draft.cc):
        if pid in people and not people[pid].email:
            raise InvalidInput(
                "recipient",
                f"an email address for {people[pid].name}: `followup person edit {pid} --email ...`",
            )
    sender = dataclasses.replace(
        records.profile, name=account.name or records.profile.name, email=account.address
    )
    message_id = drafted.saved.message_id if drafted.saved else ""
    if not message_id:
        # Kept before the server sees it: if this command dies after the append, the next run finds the
        # copy by this Message-ID instead of putting a second one there.
        message_id = message_id_for(sender)
        save_draft(ws, application_id, drafted, subject, text, now, message_id)
    d = drafted.draft
    message = build_message(
        Draft(d.action, d.step_key, "email", d.to, d.cc, subject, paragraphs=(text,)),
        sender,
        people,
        now,
        message_id,
    )
    del message["X-Unsent"]  # Outlook's mark for a draft file; in a Drafts folder the \Draft flag says it
    with open_account_mailbox(account) as mailbox:
        there = mailbox.find_message_id(account.drafts_folder, message_id)
        if there and drafted.saved is not None and drafted.saved.mailbox_at is not None:
            # never two copies: the one there may hold the user's own edits
            raise Refused(
                f"this draft is in your Drafts folder already ({account.drafts_folder}, UID {there[-1]}, "
                f"Message-ID {message_id}): edit and send it there, or delete it there first"
            )
        # A copy there that was never recorded (a run that died after its append) is taken as it is.
        uid = there[-1] if there else mailbox.append_draft(account.drafts_folder, message.as_bytes(), now)
    saved = save_draft(
        ws,
        application_id,
        drafted,
        subject,
        text,
        now,
        message_id,
        mailbox_at=now,
        override_codes=blocks,
        override_reason=reason.strip() if blocks else "",
    )
    return Placed(account.drafts_folder, uid, message_id, account.imap_host, saved)
