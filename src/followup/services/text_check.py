"""Checking any message text against the playbook's content rules (C-*, A-11): `followup check FILE`.

What it reads (``read_source``): a plain text in UTF-8 (with or without a byte-order mark) or UTF-16
with a byte-order mark, whose first line "Subject: ..." is the subject; or an email (a file named .eml,
or any file that opens with mail headers), read by ``mail.reading`` as the message its writer wrote.
Anything else is refused in one sentence naming the file.

What it checks against (``check_source``): as much of the records as there is. With an application and
a recipient the text is checked exactly as a draft for that plan step would be. With less (no database,
a profile only, several applications and none named, no recipient named, no plan step for the action)
the rules that can be judged on the text still run, and each rule, or part of one, that needs what is
missing is reported with the reason and what to add (``Skipped``). Without an action only the rules every
written message shares apply. Nothing is written, and a missing database is not created.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.core.checks.checker import Need, check_text, unchecked
from followup.core.compose.context import context_for
from followup.core.drafts import MESSAGE_ACTIONS, DraftContext, TextFinding
from followup.core.errors import InvalidInput
from followup.core.model import Application, Company, EventType, Person, Records
from followup.core.plan.planner import Shared
from followup.core.settings import resolve
from followup.mail.reading import looks_like_mail, read_mail, read_message_file
from followup.services.drafts import slot_days, with_spelling_suggestions
from followup.services.people import find_person
from followup.services.workspace import Workspace
from followup.store.location import default_db_file
from followup.workdays import calendars_for

MAX_CHARACTERS = 20_000  # a formal letter is 400 words (C-14); 20,000 characters is eight pages of them
_UTF8 = "a text in UTF-8 (save it as UTF-8)"
_NO_APPLICATION = Application(id="", company=Company(name=""))


@dataclass(frozen=True)
class Source:
    """A text as read from a file, ready to check."""

    name: str  # the file as the user named it, or "standard input"
    kind: str  # "text" or "eml"
    subject: str
    text: str
    lines_before: int = 0  # lines of the file above ``text`` (a "Subject:" line and the blank after it)
    part: str = ""  # an email's: the part the text came from (text/plain or text/html)
    quoted: bool = False  # an email's: quoted or forwarded text was removed


@dataclass(frozen=True)
class Skipped:
    """A rule, or a part of one, that was not checked: why, and what would let it be."""

    rule: str
    part: str  # "" when none of the rule was checked
    reason: str
    fix: str

    def to_data(self) -> dict[str, str]:
        return {"rule": self.rule, "part": self.part, "reason": self.reason, "fix": self.fix}


@dataclass(frozen=True)
class TextCheck:
    source: Source
    application: str | None  # the application checked against, None for the text alone
    action: str  # "" for any written message (the generic rules)
    recipient: Person | None
    findings: tuple[TextFinding, ...]
    skipped: tuple[Skipped, ...]


# --- reading -------------------------------------------------------------------------------------------
def read_file(path: str) -> Source:
    """The text in the file at ``path`` (see the module docstring for what is accepted)."""
    data = read_message_file(path)
    return read_source(data, path)


def read_source(data: bytes, name: str) -> Source:
    """The text in ``data``, read from the file called ``name``."""
    if name.lower().endswith(".eml") or looks_like_mail(data):
        mail = read_mail(data, name)
        if not mail.text.strip():
            what = "text of its own (all of it is quoted or forwarded)" if mail.quoted else "a text to check"
            raise InvalidInput(name, f"an email with {what}", "an empty message")
        source = Source(name, "eml", mail.subject, mail.text, 0, mail.part, mail.quoted)
    else:
        source = _plain(decode_text(data, name), name)
    if len(source.text) > MAX_CHARACTERS:
        raise InvalidInput(
            name, f"a message of at most {MAX_CHARACTERS:,} characters", f"{len(source.text):,}"
        )
    return source


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 with or without a byte-order mark, or UTF-16 with one; anything else is refused, naming the
    file and the first byte that is not UTF-8. Line ends become "\\n"."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InvalidInput(name, _UTF8, "UTF-32")
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        found = f"byte 0x{data[e.start]:02X} at offset {e.start}" if e.start < len(data) else "a cut-off text"
        raise InvalidInput(name, _UTF8, found) from None
    if "\x00" in text:
        raise InvalidInput(name, _UTF8, "NUL bytes: UTF-16 without a byte-order mark, or not a text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _plain(text: str, name: str) -> Source:
    """A plain text; a first line "Subject: ..." is its subject."""
    first, _, rest = text.partition("\n")
    subject, body, above = "", text, 0
    if first.lower().startswith("subject:"):
        body = rest.lstrip("\n")
        subject, above = first.split(":", 1)[1].strip(), 1 + len(rest) - len(body)
    if not body.strip():
        raise InvalidInput(name, "a message to check", "an empty text")
    return Source(name, "text", subject, body, above)


# --- the records ---------------------------------------------------------------------------------------
def stored_workspace(url: str | None) -> Workspace | None:
    """The store at ``url`` (default: the user's database), or None when no database is there yet: a
    read creates nothing. The caller closes it."""
    if url is None or url.startswith("sqlite:///"):
        path = default_db_file() if url is None else url.removeprefix("sqlite:///")
        if not os.path.exists(path) or (os.path.isfile(path) and os.path.getsize(path) == 0):
            return None
    return Workspace(url)


# --- checking ------------------------------------------------------------------------------------------
def check_source(
    records: Records,
    application: Application | None,
    action: str,
    person_ref: str,
    source: Source,
    now: dt.datetime,
    *,
    shared: Shared | None = None,
    names: Iterable[str] | None = None,
    application_ids: Sequence[str] | None = None,
) -> TextCheck:
    """Check ``source`` as ``action`` ("" for any written message) to ``person_ref`` in ``application``,
    or on the text alone when it is None.

    ``records`` may hold that application alone (``Workspace.read_scoped``): ``shared`` and ``names`` then
    bring what the others give (their summaries, their recorded names), and ``application_ids`` every
    application's id."""
    from followup.spelling import regions_of, speller_for

    action = action.upper()
    if action and action not in MESSAGE_ACTIONS:
        raise InvalidInput("--action", "a message: " + ", ".join(MESSAGE_ACTIONS), action)
    person = find_person(application, person_ref) if application and person_ref else None
    ids = [a.id for a in records.applications] if application_ids is None else list(application_ids)
    ctx, known, why = _context(records, application, action, person, now, shared, ids)
    speller = speller_for(records, application, names=names)
    days = None
    if action == "SCHED" and application is not None:
        days = slot_days(calendars_for(records, [application])[application.id], ctx)
    found = check_text(ctx, source.subject, source.text, speller, known, days)
    regions = regions_of(records, application)
    skipped = tuple(Skipped(u.rule, u.part, *why.get(u.need, _WHY[u.need])) for u in unchecked(action, known))
    return TextCheck(
        source,
        application.id if application else None,
        action,
        ctx.recipient,
        with_spelling_suggestions(source.text, found, regions),
        skipped,
    )


_WHY = {
    Need.RECIPIENT: ("no recipient recorded", "add --application and --to"),
    Need.APPLICATION: (
        "no application recorded",
        "record it with `followup interview add`, then add --application",
    ),
    Need.STEP: ("no plan step for this message", "see `followup plan`"),
    Need.PROFILE: ("no profile recorded", "run `followup init`"),
}


def _context(
    records: Records,
    app: Application | None,
    action: str,
    person: Person | None,
    now: dt.datetime,
    shared: Shared | None,
    ids: Sequence[str],
) -> tuple[DraftContext, frozenset[Need], dict[Need, tuple[str, str]]]:
    """The message's context, what of it is real, and why the rest is missing (reason, what to add)."""
    known = {Need.PROFILE} if records.profile.name.strip() else set()
    why: dict[Need, tuple[str, str]] = {}
    if app is None:
        if ids:
            names = ", ".join(ids)
            why[Need.APPLICATION] = ("no application given", f"add --application (one of {names})")
            why[Need.RECIPIENT] = ("no recipient given", "add --application and --to")
        return _plain_context(records, None, action, None, now), frozenset(known), why
    known.add(Need.APPLICATION)
    to = f"add --to (one of {', '.join(p.id for p in app.people)})" if app.people else "add people first"
    why[Need.RECIPIENT] = ("no recipient given", to)
    if person is not None:
        known.add(Need.RECIPIENT)
    if not action:  # the rules every message shares: no plan step to find
        return _plain_context(records, app, "", person, now), frozenset(known), why
    calendar = calendars_for(records, [app])[app.id]
    try:
        ctx = context_for(records, app.id, action, person.id if person else "", now, calendar, (), shared)
    except InvalidInput as e:
        if person is not None:
            raise  # a recipient was named: the plan's answer stands, as when drafting
        why[Need.STEP] = _no_step(e, app, action)
        if e.field == "--person":
            why[Need.RECIPIENT] = ("no recipient given", f"add --to ({e.accepted})")
        return _plain_context(records, app, action, None, now), frozenset(known), why
    known.add(Need.STEP)
    if ctx.recipient is not None:
        known.add(Need.RECIPIENT)
    else:
        why[Need.RECIPIENT] = (f"{action} has no usual recipient in {app.id}", to)
    return ctx, frozenset(known), why


def _no_step(error: InvalidInput, app: Application, action: str) -> tuple[str, str]:
    """Why the plan has no step for this message, and what to do about it."""
    if error.field == "--person":
        return ("no recipient given", f"add --to ({error.accepted})")
    if error.field == "application":
        return (f"no interview recorded in {app.id}", "record it with `followup interview add`")
    return (f"{action} is not a step of the plan of {app.id} now", "see `followup plan`")


def _plain_context(
    records: Records, app: Application | None, action: str, person: Person | None, now: dt.datetime
) -> DraftContext:
    """A context from the records without a plan step: the application's facts when there is one."""
    settings = resolve(records.settings, app.settings) if app else resolve(records.settings)
    interview = app.current_interview if app else None
    try:
        zone = ZoneInfo(interview.tz if interview else records.profile.tz)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    sent = tuple(e for e in app.events if e.type is EventType.SENT and e.body and e.at <= now) if app else ()
    return DraftContext(
        action=action,
        profile=records.profile,
        settings=settings,
        application=app or _NO_APPLICATION,
        recipient=person,
        interview_format=interview.format.value if interview else "",
        interview_date=interview.start.astimezone(zone).date() if interview else None,
        decision_date=app.decision.date if app else None,
        needs_next_steps_question=False,
        last_permitted_touch=False,
        earlier_messages=sent,
        today=now.astimezone(zone).date(),
    )
