"""The records a candidate keeps about an interview, as frozen values (PLAYBOOK §1.11).

Everything here is plain data: no clock, no I/O. Times are aware datetimes in UTC; the zone a time was
meant in lives beside it as an IANA name (``tz``), because the candidate's, the interview's and the
recipient's zones are distinct (PLAYBOOK §1.1). A change to a record makes a new value
(``dataclasses.replace``); nothing is mutated in place.

People are referred to by ``Person.id``, a short key unique within one application, so that events,
contacts and plan steps can name them without holding a copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Format(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class Culture(StrEnum):
    TRADITIONAL = "traditional"
    TECH_SOCIAL = "tech_social"
    UNKNOWN = "unknown"


class Role(StrEnum):
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    HR = "hr"
    ARRANGER = "arranger"
    EMPLOYEE = "employee"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VOICEMAIL = "voicemail"
    LETTER = "letter"
    LINKEDIN = "linkedin"
    IN_PERSON = "in_person"


class TeamFit(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class GapKind(StrEnum):
    """L-02: how a weak area will be closed."""

    PRACTICE = "practice"
    SKILL_INVESTMENT = "skill_investment"


class EventType(StrEnum):
    SENT = "sent"  # something the candidate sent or did (kind = an action identifier of §1.9)
    INBOUND = "inbound"  # the employer wrote or called (kind = an InboundKind)
    COMPETING_OFFER = "competing_offer"  # E-04: an offer from elsewhere, with a deadline
    ACCOMPLISHMENT = "accomplishment"  # E-05
    FEEDBACK = "feedback"  # E-11
    WITHDRAWAL = "withdrawal"  # the candidate withdrew
    OFFER_ACCEPTED = "offer_accepted"  # ends KS (L-04)
    SKIP = "skip"  # the user chose not to do a step (A-09 for F1)
    SEARCH_PAUSED = "search_paused"  # L-04
    LEFT_BUILDING = "left_building"  # I-04: ends the ask-HR window
    NO_CONTACT = "no_contact"  # I-05: the employer asked not to be contacted


class InboundKind(StrEnum):
    GENERIC = "generic"  # E-07 "still interviewing"
    TIMEFRAME = "timeframe"  # E-06 a reply naming a concrete date
    INFO_REQUEST = "info_request"  # E-08
    INVITATION = "invitation"  # E-01 another round
    OFFER = "offer"  # E-02
    REJECTION = "rejection"  # E-03
    SCHEDULE_REPLY = "schedule_reply"  # E-09 the hiring manager agrees to a call slot
    CALL_BACK = "call_back"  # "please call back"
    AUTO_REPLY = "auto_reply"  # not an inbound for counting (§1.7)
    OTHER = "other"


class CallOutcome(StrEnum):
    CONNECTED = "connected"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"


@dataclass(frozen=True)
class Profile:
    """The candidate."""

    name: str = ""
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    tz: str = "UTC"
    country: str = "US"
    words: tuple[str, ...] = ()  # the user's own dictionary: terms the spell checker accepts (C-11)


@dataclass(frozen=True)
class Company:
    name: str
    country: str = "US"
    subdivision: str = ""
    tz: str = ""
    has_hr: bool = True
    culture: Culture = Culture.UNKNOWN
    preferred: bool = False
    extra_closures: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    first: str = ""
    last: str = ""
    honorific: str = ""
    title: str = ""
    role: Role = Role.INTERVIEWER
    on_panel: bool = True
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    tz: str = ""
    first_name_ok: bool = False
    permission_to_name: bool = False
    talking_points: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The name as recorded, for display and action identifiers (``TY:Dana Kim``)."""
        full = " ".join(part for part in (self.first, self.last) if part)
        if full:
            return full if self.first else f"{self.honorific} {self.last}".strip()
        return self.id


@dataclass(frozen=True)
class ImprovementItem:
    text: str
    kind: GapKind | None = None  # L-02: unclassified until the user decides


@dataclass(frozen=True)
class StumbledQuestion:
    question: str
    answer: str = ""
    answered_at: dt.datetime | None = None  # L-01: ANSWER-n is DONE from here


@dataclass(frozen=True)
class Debrief:
    """The Five W's (D-01 to D-11), one per interview."""

    done_at: dt.datetime | None = None
    with_friend: bool = False
    quiet_place: bool = False
    takeaways: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    excitements: tuple[str, ...] = ()
    team_fit: TeamFit | None = None
    open_questions: tuple[str, ...] = ()
    went_well: tuple[str, ...] = ()
    to_improve: tuple[ImprovementItem, ...] = ()
    stumbled_questions: tuple[StumbledQuestion, ...] = ()
    no_stumbles: bool = False  # D-07's explicit "none" tick
    fit_statement: str = ""
    emphasized: tuple[str, ...] = ()
    to_supplement: tuple[str, ...] = ()
    self_rating: int | None = None


@dataclass(frozen=True)
class Interview:
    id: str
    start: dt.datetime
    end: dt.datetime | None = None
    tz: str = "UTC"
    format: Format = Format.IN_PERSON
    round: int = 1
    location: str = ""
    link: str = ""
    cancelled: bool = False
    debrief: Debrief = field(default_factory=Debrief)
    uid: str = ""  # the calendar invitation's UID, when it came from one: an update reschedules this round
    sequence: int = 0  # the invitation's SEQUENCE last applied


@dataclass(frozen=True)
class Document:
    """A file the candidate sent or submitted, known by its content (C-17): a résumé, an attachment.

    followup keeps what identifies the file, never the file: its name, the SHA-256 of its bytes, its size
    and the time it was last modified (UTC), and when it was recorded here.
    """

    name: str
    sha256: str = ""  # lowercase hex; empty when only the name is known (older records)
    size: int = 0
    modified: dt.datetime | None = None
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True)
class Decision:
    """What the employer said about timing (I-01, D-08) and the date derived from it (§1.4)."""

    stated_text: str = ""
    date: dt.date | None = None
    fill_date: dt.date | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened. One shape for every type; the fields a type does not use stay empty.

    ``at`` is when it happened (UTC). For ``sent`` events ``kind`` is the action identifier (TY, F1, ...),
    for ``inbound`` events an ``InboundKind``.
    """

    id: str
    type: EventType
    at: dt.datetime
    kind: str = ""
    channel: Channel | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    from_person: str = ""
    subject: str = ""
    body: str = ""
    attachments: tuple[Document, ...] = ()
    call_outcome: CallOutcome | None = None
    handwritten: bool = False
    with_note: bool = True  # LinkedIn request carried a note (H-08)
    new_date: dt.date | None = None  # E-06 D', I-05 no-contact-until
    stated_text: str = ""  # the words of a reply that named a time frame
    deadline: dt.date | None = None  # E-04 competing offer's answer-by date
    slot: dt.datetime | None = None  # E-09 agreed call time
    proposed_slots: tuple[dt.datetime, ...] = ()  # H-15 slots offered in a SCHED
    source: str = ""  # the other company of a competing offer
    status: str = ""  # E-05 accomplishment status
    relevant: bool = False  # E-05
    hooks: tuple[str, ...] = ()  # C-18 material used: article, connection, accomplishment, growth
    override_codes: tuple[str, ...] = ()  # BLOCK codes the user overrode with --force
    override_reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class SavedDraft:
    """A message as the user last left it for a plan step: logging the step as sent keeps this text."""

    step_key: str
    action: str
    channel: str = "email"
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str = ""
    text: str = ""
    message_id: str = ""  # the Message-ID given to its .eml, so replies can be matched later
    saved_at: dt.datetime | None = None
    # When it was put into the user's Drafts folder (`draft --to-mailbox`), so a sync can notice it sent
    # (by its Message-ID, or by recipients, subject and time); and the guard's blocks overridden then.
    mailbox_at: dt.datetime | None = None
    override_codes: tuple[str, ...] = ()
    override_reason: str = ""


@dataclass(frozen=True)
class Application:
    id: str
    company: Company
    position: str = ""
    interviews: tuple[Interview, ...] = ()
    people: tuple[Person, ...] = ()
    main_contact: str = ""  # person id; default the HR person / scheduler
    designated_contact: str = ""  # I-02
    contact_means: Channel | None = None  # I-02: email, phone or letter
    arranger: str = ""  # H-05
    decision: Decision = field(default_factory=Decision)
    settings: tuple[tuple[str, str], ...] = ()  # per-application overrides of §3 settings
    events: tuple[Event, ...] = ()
    notes: str = ""
    drafts: tuple[SavedDraft, ...] = ()
    resume: Document | None = None  # the résumé submitted with the application (C-17)
    archived_at: dt.datetime | None = None  # put away by the user: kept, but out of today, list and plan

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    @property
    def current_interview(self) -> Interview | None:
        """The latest interview that was not cancelled: a new round restarts the playbook (E-01)."""
        live = [i for i in self.interviews if not i.cancelled]
        return max(live, key=lambda i: i.start) if live else None


@dataclass(frozen=True)
class MailAccount:
    """The user's mail account as `followup mail setup` checked it (issue 10, item 1): who sends, the
    SMTP server that sends and the IMAP server that holds the mailbox. Never a secret: ``secret_command``
    is the command that prints the password or XOAUTH2 token (when the user gave one), ``secret_file``
    the 600 file the user opted to keep it in. Exported and imported beside the records."""

    name: str
    address: str
    smtp_host: str
    smtp_port: int
    smtp_security: str  # tls, starttls or none (none: this machine only)
    smtp_user: str
    imap_host: str
    imap_port: int
    imap_security: str
    imap_user: str
    auth: str = "password"  # or xoauth2
    secret_command: str = ""
    secret_file: str = ""
    ca_file: str = ""  # a certificate authority to trust besides the system's (a self-signed server)
    drafts_folder: str = ""  # as the IMAP server names it; found by special use or common names
    sent_folder: str = ""


@dataclass(frozen=True)
class Records:
    """Everything the planner looks at: the candidate, their settings, every application and the events
    that belong to no single application (competing offers from outside, pausing the search)."""

    profile: Profile = field(default_factory=Profile)
    settings: tuple[tuple[str, str], ...] = ()
    applications: tuple[Application, ...] = ()
    events: tuple[Event, ...] = ()

    def application(self, application_id: str) -> Application | None:
        return next((a for a in self.applications if a.id == application_id), None)
