"""Drafts and what the checker says about them: the values shared by the composer, the checker and the
shells that print, store, mail or render them.

A ``Draft`` is one message for one step of the plan, in parts (subject, greeting, body paragraphs,
closing, signature) so that the checker can point at a part and the letter renderer can lay it out.
``DraftContext`` is everything both the composer and the checker need to know about the message's
situation, gathered once from the records and the plan by ``context_for``; both stay pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from followup.core.codes import Severity
from followup.core.model import Application, Event, Person, Profile
from followup.core.settings import Settings

# A spell checker handed in by the shell: the words of a text it does not know (names from the records
# and the user's own words already accepted). The core never loads a dictionary itself.
Speller = Callable[[list[str]], set[str]]

MESSAGE_ACTIONS = (
    "TY", "TA", "TY-FWD", "LI", "FL", "F1", "F2", "F3", "SCHED", "CALL", "VOICEMAIL", "RSP", "RJ", "FB",
    "EXC-OFFER", "EXC-NEWS",
)  # fmt: skip


@dataclass(frozen=True)
class Draft:
    action: str  # one of MESSAGE_ACTIONS
    step_key: str  # the plan step it is for ("TY:dana-kim", "F1", ...), "" when written outside the plan
    channel: str  # email, letter, linkedin, phone
    to: tuple[str, ...] = ()  # person ids
    cc: tuple[str, ...] = ()
    subject: str = ""
    greeting: str = ""  # "Dear Ms. Kim,"
    paragraphs: tuple[str, ...] = ()  # the body between greeting and closing
    closing: str = ""  # "Kind regards,"
    signature: tuple[str, ...] = ()  # lines: full name, phone, postal address, email
    missing: tuple[str, ...] = ()  # facts the composer needed and did not find (asked for, never invented)

    @property
    def body(self) -> str:
        """The body alone (C-06 counts these words)."""
        return "\n\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """The whole message as it would be sent (without the subject)."""
        parts = [self.greeting, self.body, "\n".join(filter(None, [self.closing, *self.signature]))]
        return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True)
class DraftContext:
    """The situation of one message: who writes to whom, for which step, and what came before."""

    action: str
    profile: Profile
    settings: Settings
    application: Application
    recipient: Person | None  # the main recipient (None for a note to nobody in particular)
    interview_format: str  # in_person, phone, video (TY variants)
    interview_date: dt.date | None  # I
    decision_date: dt.date | None  # D as known now
    needs_next_steps_question: bool  # C-05, K13: this note must ask (no timeline, nobody else asked)
    last_permitted_touch: bool  # C-19: this touch reaches a cap
    earlier_messages: tuple[Event, ...] = ()  # sent to this company before (C-16, C-18, C-04 similarity)
    hooks: tuple[str, ...] = ()  # new material available: "article: ...", "accomplishment: ...", ...
    slots: tuple[dt.datetime, ...] = ()  # SCHED: three proposed slots (H-15), recipient-local aware times
    offer_deadline: dt.date | None = None  # EXC-OFFER (C-23)
    news: str = ""  # EXC-NEWS: the accomplishment, with its status (C-24)
    routed_names: tuple[str, ...] = ()  # TY-FWD: the people whose thanks are passed on (H-04)
    today: dt.date | None = None  # the date the draft would go out (dates in the text, K9)
    step_key: str = ""  # the plan step this message is for ("" for scripts and call requests)
    # K13, C-03, C-05: this note is the round's note to the main contact (else the hiring manager's): the
    # item to add and, when ``needs_next_steps_question``, the next-steps question go here and only here.
    round_contact: bool = False
    # the companies of competing offers (E-04): names the speller accepts (C-11), in any message
    offer_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextFinding:
    """One problem in a text: its code, the rule, where it is, and what to do instead."""

    code: str
    rule: str
    severity: Severity
    message: str
    start: int = 0  # span in the text checked (Draft.text for drafts, or the user's text), [start, end)
    end: int = 0
    suggestion: str = ""
    # Which kind of fault within the code, where a code covers several (W-PROOF: "spelling", "agreement",
    # "their-there"...; W-TONE: "deadline", "leverage"...); "" when the code says it all. FINDING_KINDS.
    kind: str = ""

    def to_data(self) -> dict[str, object]:
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "kind": self.kind,
            "message": self.message,
            "span": [self.start, self.end],
            "suggestion": self.suggestion,
        }


# The kinds a finding may name (``TextFinding.kind``), by code: one vocabulary for the checker, the
# drafts corpus that measures it (benchmarks/drafts/) and the JSON output.
FINDING_KINDS: dict[str, tuple[str, ...]] = {
    "W-PROOF": (
        "spelling", "textspeak", "capital", "punctuation", "lowercase-i", "exclamation", "emoji", "name",
        "agreement", "compound-subject", "their-there", "its-its", "look-forward", "a-an", "repeated-word",
    ),
    "W-TONE": (
        "decision", "deadline", "urgency", "leverage", "whether-decided", "guilt", "ultimatum",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class CheckedDraft:
    draft: Draft
    findings: tuple[TextFinding, ...] = field(default=())
