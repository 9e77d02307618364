"""Every text field a person types, in one place: one line or free text, and how long it may be.

A one-line field (a name, a title, an email, a link, a subject, an id) takes no line break, no tab and no
control character; a free-text field (notes, a message body, an address, the employer's words) takes tabs
and line breaks but no other control character. No field takes NUL or an unpaired surrogate (neither is
text: SQLite's and PostgreSQL's encoders fail on them), and no one-line field takes the bidirectional
overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a name display as something else. Right-
to-left marks, zero-width joiners (emoji sequences) and every script are fine.

The CLI checks each option with its field here as it reads the command line (so the message names the
option), and ``codec`` checks every string of every record with ``RECORD_FIELDS`` on import and before
every write, so nothing invalid is stored by any path. docs/export-format.md ("Limits") lists them.

Pure: standard library and ``followup.core`` only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from followup.core.dates import MOMENT_TEXT
from followup.core.errors import InvalidInput
from followup.core.model import (
    Application,
    Company,
    Debrief,
    Decision,
    Document,
    Event,
    ImprovementItem,
    Interview,
    MailAccount,
    Person,
    Profile,
    SavedDraft,
    StumbledQuestion,
)

LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # what str.splitlines splits on
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters pasted from web pages that make "Dana" and "Dana" two names: a zero-width space, a
# byte order mark, a word joiner. (Zero-width joiners stay: emoji sequences and Indic scripts need them.)
INVISIBLE = frozenset("\u200b\ufeff\u2060")


@dataclass(frozen=True)
class TextField:
    """What one kind of text accepts. ``name`` is how a message calls it when no option names it."""

    name: str
    one_line: bool
    max_length: int
    required: bool = False  # not empty or only spaces
    what: str = ""  # what it accepts, when that says more than "one line" (a date)

    @property
    def accepts(self) -> str:
        if self.what:
            return self.what
        if self.one_line:
            what = (
                f"one {'non-empty ' if self.required else ''}line of at most {self.max_length:,} characters"
            )
        else:
            what = f"{'non-empty ' if self.required else ''}text of at most {self.max_length:,} characters"
        return what + ", without control characters"

    def check(self, value: str, field: str | None = None) -> str:
        """``value`` if this field takes it, else ``InvalidInput`` naming ``field`` (default: ``name``)
        and saying what is wrong: the character and where, or the length."""
        problem = problem_of(self, value)
        if problem is not None:
            raise InvalidInput(field or self.name, f"{self.accepts}; this {problem}", value)
        return value


def problem_of(spec: TextField, value: str) -> str | None:
    """What ``spec`` refuses in ``value`` ("has a line break at character 5"), or None."""
    if len(value) > spec.max_length:
        return f"has {len(value):,} characters"
    if spec.required and not _visible(value):
        return "is empty" if not value else "holds only spaces or invisible characters"
    for index, char in enumerate(value, start=1):
        refused = _refused(char, spec.one_line)
        if refused is not None:
            what, why = refused
            return f"has {what} at character {index}{why}"
    return None


def _refused(char: str, one_line: bool) -> tuple[str, str] | None:
    """What ``char`` is, and why that matters, when a field of this shape refuses it."""
    code = ord(char)
    if 0x20 <= code < 0x7F or 0xA0 <= code < 0x2000:  # the common case, quickly
        return None
    if char == "\x00":
        return "a NUL character", ""
    if char in LINE_BREAKS and one_line:
        return "a line break", ""
    if char in "\n\r\u2028\u2029" or (char == "\t" and not one_line):
        return None
    if char == "\t":
        return "a tab", ""
    category = unicodedata.category(char)
    if category == "Cc":
        return f"a control character (U+{code:04X})", ""
    if category == "Cs":
        return f"an unpaired surrogate (U+{code:04X})", ", which is not text"
    if one_line and char in BIDI_CONTROLS:
        return f"a bidirectional control (U+{code:04X})", ", which can disguise text"
    if one_line and char in INVISIBLE:
        return f"an invisible character (U+{code:04X})", ""
    return None


def _visible(value: str) -> bool:
    """Whether ``value`` shows anything: a character that is neither a space nor a format character."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in value)


def line(name: str, max_length: int, *, required: bool = False) -> TextField:
    return TextField(name, True, max_length, required)


def free(name: str, max_length: int) -> TextField:
    return TextField(name, False, max_length)


# --- the fields ---------------------------------------------------------------------------------------

NAME = line("name", 200)
PROFILE_NAME = line("name", 200, required=True)  # `init --name ""` would leave messages unsigned
PERSON_NAME = line("name", 200, required=True)  # "Dana Kim", "Ms. Alvarez": split into first and last
COMPANY = line("company", 200, required=True)
OTHER_COMPANY = line("company", 200)  # where a company may be left out (an invitation's, an offer's)
HONORIFIC = line("honorific", 50)
TITLE = line("title", 200)  # a job title; also the position applied for
EMAIL = line("email", 254)  # RFC 5321's longest path
PHONE = line("phone", 100)
ADDRESS = free("postal address", 1_000)
ZONE = line("time zone", 100)
COUNTRY = line("country", 10)
SUBDIVISION = line("subdivision", 20)
LOCATION = free("location", 1_000)
LINK = line("link", 2_048)
ID = line("id", 100)
REFERENCE = line("reference", 200, required=True)  # an id or a name that finds a record: -a, --to, REF
OPTIONAL_REFERENCE = line("reference", 200)  # where empty means "none": draft --person
UID = line("invitation UID", 1_000)
ITEM = line("item", 1_000)  # one line of a list: a takeaway, a talking point, a question, a hook
REQUIRED_ITEM = line("item", 1_000, required=True)  # an item given on the command line: never empty
STATEMENT = line("statement", 2_000)  # the fit statement: one line of the debrief form
ANSWER = free("answer", 10_000)
NEW_ANSWER = TextField("answer", False, 10_000, required=True)  # `debrief answer N TEXT`
WORDS = free("their words", 10_000)  # what the employer said about timing
CODE = line("code", 100)  # an action identifier, a kind, a status, a channel, a step key
SUBJECT = line("subject", 500)
BODY = free("text", 100_000)  # a message body, a draft, notes
REASON = free("reason", 2_000)
ATTACHMENT = line("attachment", 1_000)
MESSAGE_ID = line("Message-ID", 1_000)
WORD = line("word", 100)
NEW_WORD = line("word", 100, required=True)
SETTING_NAME = line("setting", 100, required=True)
SETTING = line("setting value", 200)
# --now, --at, --start, --date...: read by core.dates after this check of its characters
MOMENT = TextField("date or time", True, 100, required=True, what=MOMENT_TEXT)
OPTIONAL_MOMENT = TextField("date or time", True, 100, what=MOMENT_TEXT)  # where "" empties: event edit
OWNER = line("owner", 100, required=True)  # whose records: --owner
PATH = line("file", 4_096, required=True)  # a file to read: --resume, --attach
SENTENCE = line("sentence", 2_000)  # followup check "send F1 to Dana by email"
HOST = line("host", 253)  # a DNS name's longest text form
MAIL_USER = line("user", 320)  # a mail server's user name: often an address (64 + @ + 255)
COMMAND = line("command", 1_000)  # --password-command, --token-command
FILE = line("file", 4_096)  # a file named in a record (a CA file, a password file); may be empty
FOLDER = line("folder", 1_000)

# Every string, and every string in a tuple, of every record (a test holds this to the model).
RECORD_FIELDS: dict[tuple[type, str], TextField] = {
    (Profile, "name"): NAME,
    (Profile, "email"): EMAIL,
    (Profile, "phone"): PHONE,
    (Profile, "postal_address"): ADDRESS,
    (Profile, "tz"): ZONE,
    (Profile, "country"): COUNTRY,
    (Profile, "words"): WORD,
    (Company, "name"): COMPANY,
    (Company, "country"): COUNTRY,
    (Company, "subdivision"): SUBDIVISION,
    (Company, "tz"): ZONE,
    (Person, "id"): ID,
    (Person, "first"): NAME,
    (Person, "last"): NAME,
    (Person, "honorific"): HONORIFIC,
    (Person, "title"): TITLE,
    (Person, "email"): EMAIL,
    (Person, "phone"): PHONE,
    (Person, "postal_address"): ADDRESS,
    (Person, "tz"): ZONE,
    (Person, "talking_points"): ITEM,
    (ImprovementItem, "text"): ITEM,
    (StumbledQuestion, "question"): ITEM,
    (StumbledQuestion, "answer"): ANSWER,
    (Debrief, "takeaways"): ITEM,
    (Debrief, "concerns"): ITEM,
    (Debrief, "excitements"): ITEM,
    (Debrief, "open_questions"): ITEM,
    (Debrief, "went_well"): ITEM,
    (Debrief, "fit_statement"): STATEMENT,
    (Debrief, "emphasized"): ITEM,
    (Debrief, "to_supplement"): ITEM,
    (Interview, "id"): ID,
    (Interview, "tz"): ZONE,
    (Interview, "location"): LOCATION,
    (Interview, "link"): LINK,
    (Interview, "uid"): UID,
    (Decision, "stated_text"): WORDS,
    (Event, "id"): ID,
    (Event, "kind"): CODE,
    (Event, "to"): ID,
    (Event, "cc"): ID,
    (Event, "from_person"): ID,
    (Event, "subject"): SUBJECT,
    (Event, "body"): BODY,
    (Event, "stated_text"): WORDS,
    (Event, "source"): NAME,
    (Event, "status"): CODE,
    (Event, "hooks"): ITEM,
    (Event, "override_codes"): CODE,
    (Event, "override_reason"): REASON,
    (Event, "note"): BODY,
    (SavedDraft, "step_key"): CODE,
    (SavedDraft, "action"): CODE,
    (SavedDraft, "channel"): CODE,
    (SavedDraft, "to"): ID,
    (SavedDraft, "cc"): ID,
    (SavedDraft, "subject"): SUBJECT,
    (SavedDraft, "text"): BODY,
    (SavedDraft, "message_id"): MESSAGE_ID,
    (SavedDraft, "override_codes"): CODE,
    (SavedDraft, "override_reason"): REASON,
    (Application, "id"): ID,
    (Application, "position"): TITLE,
    (Application, "main_contact"): ID,
    (Application, "designated_contact"): ID,
    (Application, "arranger"): ID,
    (Application, "notes"): BODY,
    (Document, "name"): ATTACHMENT,
    (Document, "sha256"): CODE,
    (MailAccount, "name"): NAME,
    (MailAccount, "address"): EMAIL,
    (MailAccount, "smtp_host"): HOST,
    (MailAccount, "smtp_security"): CODE,
    (MailAccount, "smtp_user"): MAIL_USER,
    (MailAccount, "imap_host"): HOST,
    (MailAccount, "imap_security"): CODE,
    (MailAccount, "imap_user"): MAIL_USER,
    (MailAccount, "auth"): CODE,
    (MailAccount, "secret_command"): COMMAND,
    (MailAccount, "secret_file"): FILE,
    (MailAccount, "ca_file"): FILE,
    (MailAccount, "drafts_folder"): FOLDER,
    (MailAccount, "sent_folder"): FOLDER,
}
