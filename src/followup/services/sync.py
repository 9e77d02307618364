"""`followup sync` and the inbox of proposals (issue 10, item 4).

Sync reads new mail incrementally from INBOX and from Sent: per folder it remembers the UIDVALIDITY and the
last UID (``store.mail_sync``), so a second sync asks the server only for what came after; a changed
UIDVALIDITY reads the folder afresh, and the messages already kept are skipped by their Message-ID, so a
rescan never proposes a reply twice.

A message is matched to an application by (1) its threading headers (In-Reply-To, References) naming a
Message-ID we gave a draft (``SavedDraft.message_id``), then (2) its sender's address being a recorded
person's, then (3) its sender's domain being the domain of an application's people (public mail domains
excepted). Unmatched mail is ignored and kept nowhere (its UID is only counted past).

What a matched message becomes, by the reply classifier's kind (``core.replies``):

* ``bounce``: the address it could not reach is marked failing (``mail_failing``) and shown; a bounce is
  matched by that address, as its sender is the mail server.
* ``auto_reply``: recorded at once as an inbound auto-reply (never an answer, §1.7) from that person; with
  a return date the planner holds follow-ups to that person until then (``core.plan.status``, N-AWAY).
* anything else: a proposal, kept until `inbox accept N` applies it through the same event service as
  `followup log` (``services.events.log_event``), so the plan changes at once (A-12, E-01..E-11, A-07),
  or `inbox dismiss N`. With the setting ``auto_apply_replies`` on, a sure proposal is applied at once.

In Sent, a message carrying the Message-ID of a draft put into the mailbox (`draft --to-mailbox`) is the
user sending it from their mail program: it is logged as sent, as `log sent` would.

`inbox add FILE|-` reads one message the same way, for people who connect no mailbox.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from sqlalchemy import Connection

from followup.core.errors import InvalidInput, NotFound, Refused, StoreError
from followup.core.model import Channel, Event, EventType, InboundKind, Records, SavedDraft
from followup.core.replies.headers import bounce_phrase
from followup.core.replies.model import KINDS, Verdict, sure_at
from followup.core.settings import resolve
from followup.mail.reading import header_text
from followup.services.bounces import Undelivered, is_failure, reason_of, record_bounce
from followup.services.events import log_event
from followup.services.inbox import classify_reply, read_reply
from followup.services.workspace import Workspace
from followup.store import mail_sync as rows
from followup.store.mail_sync import Stored

INBOX = "INBOX"
# Domains shared by millions: a sender there is matched by their own address only, never by domain.
PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.ru",
        "fastmail.com",
    }
)
ACCEPT_KINDS = tuple(k for k in KINDS if k not in ("bounce",))
_ID = re.compile(r"<[^<>\s]+>")
_FINAL_RECIPIENT = re.compile(
    rb"(?im)^(?:final|original)-recipient:\s*rfc822\s*;\s*<?([^\s<>;]+@[^\s<>;]+?)>?\s*$"
)
MAX_TEXT = 20_000  # the proposal keeps the writer's own text up to this many characters


@dataclass(frozen=True)
class Match:
    application_id: str
    person_id: str
    by: str  # thread, sender, domain


@dataclass
class Matcher:
    """Who a message is from, by what we recorded: our drafts' Message-IDs, people's addresses, and the
    domains of each application's people."""

    by_id: dict[str, tuple[str, SavedDraft]] = field(default_factory=dict)
    by_address: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)
    placed: list[tuple[str, SavedDraft, frozenset[str]]] = field(default_factory=list)  # in the mailbox
    # Messages sync found sent (their Message-ID as the mail program gave it): application and person
    sent_ids: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Records) -> Matcher:
        matcher = cls()
        # Archived or closed applications come first so that a live one wins a shared address or domain.
        for app in records.applications:
            emails = {p.id: p.email.strip().casefold() for p in app.people}
            for saved in app.drafts:
                if saved.message_id:
                    matcher.by_id[saved.message_id] = (app.id, saved)
                if saved.mailbox_at is not None:
                    to = frozenset(emails.get(ref, "") for ref in saved.to) - {""}
                    matcher.placed.append((app.id, saved, to))
            for person in app.people:
                address = person.email.strip().casefold()
                if "@" not in address:
                    continue
                matcher.by_address[address] = (app.id, person.id)
                domain = address.rsplit("@", 1)[1]
                if domain not in PUBLIC_DOMAINS:
                    matcher.by_domain[domain] = app.id
        return matcher

    def sent_draft(self, head: Head) -> tuple[str, SavedDraft] | None:
        """The draft put into the mailbox that this message in Sent is: by its Message-ID, else (for mail
        programs that give a message a new one) by its recipients, its subject and a time after it was
        put there."""
        found = self.by_id.get(head.message_id)
        if found is not None:
            return found if found[1].mailbox_at is not None else None
        subject = " ".join(head.subject.split()).casefold()
        for app_id, saved, to in self.placed:
            after = head.sent is None or saved.mailbox_at is None or head.sent >= saved.mailbox_at
            same = " ".join(saved.subject.split()).casefold() == subject
            if to and to <= set(head.recipients) and same and after:
                return app_id, saved
        return None

    def match(self, head: Head) -> Match | None:
        for ref in head.references:
            found = self.by_id.get(ref)
            if found is not None:
                app_id, saved = found
                sender = self.by_address.get(head.sender)
                person = sender[1] if sender and sender[0] == app_id else (saved.to[0] if saved.to else "")
                return Match(app_id, person, "thread")
            if ref in self.sent_ids:
                app_id, person = self.sent_ids[ref]
                sender = self.by_address.get(head.sender)
                return Match(app_id, sender[1] if sender and sender[0] == app_id else person, "thread")
        if head.sender in self.by_address:
            app_id, person = self.by_address[head.sender]
            return Match(app_id, person, "sender")
        domain = head.sender.rsplit("@", 1)[1] if "@" in head.sender else ""
        if domain in self.by_domain:
            return Match(self.by_domain[domain], "", "domain")
        return None


@dataclass(frozen=True)
class Head:
    """What matching reads of a message: its headers only."""

    message_id: str
    references: tuple[str, ...]
    sender: str  # the From address, lower case
    sender_text: str  # the From header as written
    recipients: tuple[str, ...]  # To and Cc addresses, lower case
    subject: str
    sent: dt.datetime | None
    headers: Message


def read_head(raw: bytes) -> Head:
    head_bytes = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    message = BytesHeaderParser(policy=compat32).parsebytes(head_bytes + b"\r\n\r\n")
    message_id = _first_id(header_text(_get(message, "Message-ID")))
    if not message_id:  # no usable Message-ID: the bytes themselves name it, the same on every rescan
        message_id = f"<{hashlib.sha256(raw).hexdigest()[:32]}@followup.invalid>"
    references = tuple(
        dict.fromkeys(
            _ID.findall(header_text(_get(message, "In-Reply-To")))
            + _ID.findall(header_text(_get(message, "References")))[::-1]
        )
    )
    sender_text = header_text(_get(message, "From"))
    addresses = [a for _, a in getaddresses([sender_text]) if "@" in a]
    copied = [header_text(_get(message, "To")), header_text(_get(message, "Cc"))]
    recipients = tuple(a.strip().casefold() for _, a in getaddresses(copied) if "@" in a)
    return Head(
        message_id=message_id,
        references=references,
        sender=addresses[0].strip().casefold() if addresses else "",
        sender_text=sender_text,
        recipients=recipients,
        subject=header_text(_get(message, "Subject")),
        sent=_date(_get(message, "Date")),
        headers=message,
    )


def _get(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header the parser cannot even give back counts as absent
        return ""
    return str(value) if value is not None else ""


def _first_id(text: str) -> str:
    found = _ID.search(text)
    return found[0] if found else ""


def _date(value: str) -> dt.datetime | None:
    try:
        sent = parsedate_to_datetime(header_text(value)) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if sent is None or sent.tzinfo is None:
        return None
    return sent.astimezone(dt.UTC)


# --- what sync and `inbox add` did ---------------------------------------------------------------------


@dataclass
class Outcome:
    """What a sync (or `inbox add`) did: the folders read, how many messages came, what was kept."""

    folders: list[dict[str, object]] = field(default_factory=list)
    read: int = 0
    ignored: int = 0
    already: int = 0
    proposed: list[Stored] = field(default_factory=list)
    applied: list[Stored] = field(default_factory=list)
    recorded: list[Stored] = field(default_factory=list)
    bounces: list[Stored] = field(default_factory=list)
    undelivered: list[Undelivered] = field(default_factory=list)
    sent: list[Stored] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Progress:
    """What sync tells about a long run; the CLI draws a bar from it on a terminal."""

    def start(self, folder: str, total: int) -> None:  # pragma: no cover - the silent default
        pass

    def advance(self) -> None:  # pragma: no cover
        pass

    def finish(self) -> None:  # pragma: no cover
        pass


def sync(ws: Workspace, now: dt.datetime, progress: Progress | None = None) -> Outcome:
    """Read what came to INBOX and Sent since the last sync; see the module."""
    from followup.services.mail_accounts import open_account_mailbox, require_account

    account = require_account(ws)
    progress = progress or Progress()
    outcome = Outcome()
    folders = [INBOX] + ([account.sent_folder] if account.sent_folder else [])
    with open_account_mailbox(account) as mailbox:
        for folder in folders:
            with ws.store.read() as session:
                state = rows.folder_state(session, ws.owner, folder)
            uidvalidity, last_uid = state if state else (None, 0)
            fetched = mailbox.fetch_new(folder, uidvalidity, last_uid)
            outcome.folders.append(
                {
                    "folder": folder,
                    "uidvalidity": fetched.uidvalidity,
                    "rescan": fetched.rescan,
                    "messages": len(fetched.messages),
                    "last_uid": fetched.last_uid,
                }
            )
            outcome.read += len(fetched.messages)
            progress.start(folder, len(fetched.messages))
            take = _taker(ws, now, outcome, folder)
            for message in fetched.messages:
                take(message.raw)
                progress.advance()
            progress.finish()
            with ws.locked() as session:
                rows.remember_folder(session, ws.owner, folder, fetched.uidvalidity, fetched.last_uid)
    return outcome


def add_file(ws: Workspace, data: bytes, name: str, now: dt.datetime) -> Outcome:
    """`inbox add`: one message from a file or standard input, matched and kept as sync would."""
    outcome = Outcome(read=1)
    if not _looks_like_mail(data):
        raise InvalidInput(
            name, "an email (.eml) with its headers (From, and Subject or Message-ID)", "no headers"
        )
    _taker(ws, now, outcome, "file")(data)
    return outcome


def _looks_like_mail(data: bytes) -> bool:
    from followup.mail.reading import looks_like_mail

    return looks_like_mail(data)


def _taker(ws: Workspace, now: dt.datetime, outcome: Outcome, folder: str) -> Callable[[bytes], None]:
    """A function that takes one message of ``folder``: matches it and keeps what it becomes. The records
    are read once per folder, and again only after a message changed them."""
    state: dict[str, object] = {}

    def load() -> tuple[Records, Matcher, set[str], bool]:
        if "records" not in state:
            records = ws.read()
            matcher = Matcher.of(records)
            with ws.store.read() as session:
                known = rows.known_ids(session, ws.owner)
                for sent in rows.load_messages(session, ws.owner, "sent"):
                    matcher.sent_ids[sent.message_id] = (sent.application_id, sent.person_id)
            state.update(
                records=records,
                matcher=matcher,
                known=known,
                auto=resolve(records.settings).auto_apply_replies,
            )
        return state["records"], state["matcher"], state["known"], state["auto"]  # type: ignore[return-value]

    def take(raw: bytes) -> None:
        records, matcher, known, auto = load()
        try:
            head = read_head(raw)
        except Exception:  # a message whose headers no parser reads is not ours to judge
            outcome.ignored += 1
            return
        if head.message_id in known:
            outcome.already += 1
            return
        changed = (
            _take_sent(ws, now, outcome, folder, head, matcher)
            if folder != INBOX and folder != "file"
            else _take_inbound(ws, now, outcome, folder, raw, head, matcher, records, auto)
        )
        if changed:
            known.add(head.message_id)
        if changed == "records":  # an event was logged: the next message is matched against it too
            state.pop("records", None)

    return take


def _take_sent(
    ws: Workspace, now: dt.datetime, outcome: Outcome, folder: str, head: Head, matcher: Matcher
) -> str:
    """A message in Sent that is a draft put into the mailbox (``Matcher.sent_draft``): the user sent it."""
    found = matcher.sent_draft(head)
    if found is None:
        outcome.ignored += 1
        return ""
    app_id, saved = found
    at = min(head.sent or now, now)
    event = Event(
        id="",
        type=EventType.SENT,
        at=at,
        kind=saved.action,
        channel=Channel.EMAIL,
        to=saved.to,
        cc=saved.cc,
        subject=saved.subject,
        body=saved.text,
    )
    message = _message(
        now, head, folder, Match(app_id, saved.to[0] if saved.to else "", "thread"), "sent",
        Verdict(saved.action, 1.0, ()), "",
    )  # fmt: skip
    logged: list[Stored] = []

    def claim(session: Connection, stored: Event) -> None:
        # kept in the transaction that logs it: a second sync reading the same message logs nothing
        if rows.is_known(session, ws.owner, message.message_id):
            raise _Taken
        logged.append(rows.add_message(session, ws.owner, dataclasses.replace(message, event_id=stored.id)))

    try:
        log_event(
            ws, app_id, event, force=bool(saved.override_codes), reason=saved.override_reason, now=now,
            also=claim,
        )  # fmt: skip
    except _Taken:
        outcome.already += 1
        return ""
    except (InvalidInput, Refused, NotFound) as problem:
        outcome.problems.append(f"{saved.action} sent from your mail program, not logged: {problem}")
        kept = _keep(ws, message)
        if kept is None:
            outcome.already += 1
            return ""
        outcome.sent.append(kept)
        return "kept"
    outcome.sent.append(logged[0])
    return "records"


def _take_inbound(
    ws: Workspace, now: dt.datetime, outcome: Outcome, folder: str, raw: bytes, head: Head,
    matcher: Matcher, records: Records, auto: bool,
) -> str:  # fmt: skip
    headers = {str(k): header_text(str(v)) for k, v in head.headers.items()}
    if bounce_phrase(headers, head.subject):
        return _take_bounce(ws, now, outcome, folder, raw, head, matcher)
    match = matcher.match(head)
    if match is None:
        outcome.ignored += 1
        return ""
    try:
        reply = read_reply(raw, f"{folder} message {head.message_id}")
    except InvalidInput:
        outcome.ignored += 1
        return ""
    verdict = classify_reply(reply)
    text = reply.text[:MAX_TEXT]
    if verdict.kind == "bounce":
        return _take_bounce(ws, now, outcome, folder, raw, head, matcher)
    status = "recorded" if verdict.kind == "auto_reply" else "proposed"
    kept = _keep(ws, _message(now, head, folder, match, status, verdict, text))
    if kept is None:  # another sync kept it a moment ago
        outcome.already += 1
        return ""
    if verdict.kind == "auto_reply":
        _apply(ws, outcome, kept, "auto_reply", verdict.date, now)
        outcome.recorded.append(kept)
        return "records"
    if auto and verdict.sure and verdict.kind in ACCEPT_KINDS:
        try:
            apply(ws, kept, verdict.kind, verdict.date, now, mark="accepted")
        except (InvalidInput, Refused, NotFound) as problem:
            outcome.problems.append(f"reply {kept.number} not applied: {problem}")
            outcome.proposed.append(kept)
            return "kept"
        outcome.applied.append(kept)
        return "records"
    outcome.proposed.append(kept)
    return "kept"


def _take_bounce(
    ws: Workspace, now: dt.datetime, outcome: Outcome, folder: str, raw: bytes, head: Head, matcher: Matcher
) -> str:
    """A bounce: each failing address that is a recorded person's is marked; other bounces are ignored."""
    addresses = dict.fromkeys(a.decode("ascii", "replace").casefold() for a in _FINAL_RECIPIENT.findall(raw))
    ours = [a for a in addresses if a in matcher.by_address]
    if not ours or not is_failure(raw):  # a delay notice: the server is still trying
        outcome.ignored += 1
        return ""
    app_id, person_id = matcher.by_address[ours[0]]
    reason = reason_of(raw, head.subject)
    with ws.locked() as session:
        for address in ours:
            rows.mark_failing(session, ws.owner, address, head.sent or now, reason)
    try:
        outcome.undelivered += record_bounce(ws, raw, ours, reason, head.sent or now, now)
    except (InvalidInput, Refused, NotFound) as problem:
        outcome.problems.append(f"a bounce for {', '.join(ours)} not applied: {problem}")
    kept = _keep(
        ws, _message(
            now, head, folder, Match(app_id, person_id, "bounce"), "bounce",
            Verdict("bounce", 1.0, (reason,)), ", ".join(ours),
        ),
    )  # fmt: skip
    if kept is None:
        outcome.already += 1
        return ""
    outcome.bounces.append(kept)
    return "kept"


class _Taken(Exception):
    """Another sync kept this message first (raised inside a transaction, to roll it back)."""


def _message(
    now: dt.datetime, head: Head, folder: str, match: Match, status: str, verdict: Verdict, text: str
) -> Stored:
    return Stored(
        number=0,
        message_id=head.message_id,
        folder=folder,
        application_id=match.application_id,
        person_id=match.person_id,
        matched_by=match.by,
        status=status,
        kind=verdict.kind,
        confidence=round(verdict.confidence, 4),
        phrases=tuple(" ".join(p.split()) for p in verdict.phrases),
        date=verdict.date,
        subject=head.subject[:998],
        sender=head.sender_text[:998],
        sent_at=head.sent or now,
        text=text,
    )


def _keep(ws: Workspace, message: Stored) -> Stored | None:
    """Keep ``message`` under the next number; None when it is kept already (two syncs at once)."""
    with ws.locked() as session:
        if rows.is_known(session, ws.owner, message.message_id):
            return None
        return rows.add_message(session, ws.owner, message)


def _apply(
    ws: Workspace, outcome: Outcome, kept: Stored, kind: str, date: dt.date | None, now: dt.datetime
) -> str:
    try:
        return apply(ws, kept, kind, date, now, mark=kept.status)
    except (InvalidInput, Refused, NotFound, StoreError) as problem:
        outcome.problems.append(f"{kind} from {kept.sender} not recorded: {problem}")
        return ""


# --- the inbox ---------------------------------------------------------------------------------------


def apply(
    ws: Workspace, kept: Stored, kind: str, date: dt.date | None, now: dt.datetime, *, mark: str
) -> str:
    """Record ``kept`` as a ``kind`` event through ``log_event`` (the plan changes at once: invitation
    E-01, offer E-02, rejection E-03, info_request E-08, timeframe E-06 with its date, schedule_reply
    E-09, call_back A-07, feedback E-11, generic E-07, auto_reply §1.7); the event's id. In the same
    transaction the message's status becomes ``mark`` with the event, only if nobody changed it meanwhile
    (`Refused` otherwise: two `inbox accept` at once log one event)."""
    if kind not in ACCEPT_KINDS:
        raise InvalidInput("--as", "one of " + ", ".join(ACCEPT_KINDS), kind)
    at = min(kept.sent_at, now)
    if kind == "timeframe" and date is None:
        raise InvalidInput("--date", "the new decision date this reply names (YYYY-MM-DD), E-06", "none")
    if kind == "feedback":
        event = Event(
            id="", type=EventType.FEEDBACK, at=at, from_person=kept.person_id, note=kept.text[:2000]
        )
    else:
        event = Event(
            id="",
            type=EventType.INBOUND,
            at=at,
            kind=InboundKind(kind).value,
            channel=Channel.EMAIL,
            from_person=kept.person_id,
            new_date=date if kind in ("timeframe", "auto_reply") else None,
        )

    def claim(session: Connection, stored: Event) -> None:
        if not rows.move_status(session, ws.owner, kept.number, kept.status, mark, stored.id):
            current = rows.load_message(session, ws.owner, kept.number)
            became = current.status if current is not None else "removed"
            raise Refused(f"reply {kept.number} was {became} by another command meanwhile: nothing recorded")

    stored, _ = log_event(ws, kept.application_id, event, now=now, also=claim)
    return stored.id


def inbox(ws: Workspace) -> tuple[list[Stored], list[tuple[str, dt.datetime, str]]]:
    """The proposals waiting for a decision, and the failing addresses."""
    if ws.missing:
        return [], []
    with ws.store.read() as session:
        return rows.load_messages(session, ws.owner, "proposed"), rows.failing(session, ws.owner)


def proposal(ws: Workspace, number: int) -> Stored:
    with ws.store.read() as session:
        kept = rows.load_message(session, ws.owner, number) if not ws.missing else None
    if kept is None or kept.status != "proposed":
        waiting = inbox(ws)[0]
        accepted = ", ".join(str(p.number) for p in waiting) or "none waiting"
        raise InvalidInput("N", f"the number of a proposal in `followup inbox` ({accepted})", str(number))
    return kept


def accept(
    ws: Workspace, number: int, kind: str | None, date: dt.date | None, now: dt.datetime
) -> tuple[Stored, str]:
    """`inbox accept N [--as KIND] [--date DATE]`: the proposal applied; its event's id."""
    kept = proposal(ws, number)
    chosen = kind or kept.kind
    event_id = apply(ws, kept, chosen, date or kept.date, now, mark="accepted")
    return kept, event_id


def dismiss(ws: Workspace, number: int) -> Stored:
    kept = proposal(ws, number)
    with ws.locked() as session:
        if not rows.move_status(session, ws.owner, number, "proposed", "dismissed"):
            raise Refused(f"reply {number} was accepted or dismissed by another command meanwhile")
    return kept


def proposal_json(kept: Stored) -> dict[str, object]:
    return {
        "number": kept.number,
        "application": kept.application_id,
        "person": kept.person_id or None,
        "matched_by": kept.matched_by,
        "status": kept.status,
        "kind": kept.kind,
        "confidence": round(kept.confidence, 2),
        "sure": kept.confidence >= sure_at(kept.kind),
        "phrases": list(kept.phrases),
        "date": kept.date.isoformat() if kept.date else None,
        "subject": kept.subject,
        "from": kept.sender,
        "sent_at": kept.sent_at.isoformat(),
        "message_id": kept.message_id,
        "event": kept.event_id or None,
        "text": kept.text,
    }


def sure(kept: Stored) -> bool:
    return kept.confidence >= sure_at(kept.kind)
