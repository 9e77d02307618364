"""What the guard is asked (``Proposal``), what it answers (``Verdict``), and the action vocabulary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from followup.core.codes import Finding, Severity
from followup.core.model import Document

ACTIONS = (
    "TY",
    "TA",
    "TY-FWD",
    "PAPER",
    "LI",
    "FL",
    "F",
    "F1",
    "F2",
    "F3",
    "SCHED",
    "CALL",
    "RSP",
    "RJ",
    "FB",
    "EXC-OFFER",
    "EXC-NEWS",
    "VISIT",
    "DELIVER",
    "PAUSE-SEARCH",
    "SKIP-F1",
)
STATUS_ACTIONS = frozenset({"F", "F1", "F2", "F3", "SCHED", "CALL"})
UNSOLICITED = frozenset({"TY", "TA", "TY-FWD", "FL", "F", "F1", "F2", "F3", "SCHED", "CALL", "EXC-NEWS"})
DEFAULT_CHANNEL = {
    "LI": "linkedin",
    "CALL": "phone",
    "VISIT": "in_person",
    "DELIVER": "in_person",
    "PAPER": "letter",
}


@dataclass(frozen=True)
class Proposal:
    action: str
    to: tuple[str, ...] = ()  # person ids
    cc: tuple[str, ...] = ()
    channel: str = ""
    at: dt.datetime | None = None  # when it would happen; None = now
    handwritten: bool = False
    with_note: bool = True
    slots: tuple[dt.datetime, ...] = ()
    subject: str = ""
    body: str = ""
    after_the_fact: bool = False  # logging something already done: phone feedback is then a WARN (H-17)
    call_back: bool = False  # returning the employer's call (K5)
    attachments: tuple[Document, ...] = ()  # files sent with it, as data (C-17: N-RESUME)


@dataclass(frozen=True)
class Verdict:
    proposal: Proposal
    at: dt.datetime
    step: str  # the plan step this would fulfil ("" if none)
    state: str  # that step's state at ``at``
    findings: tuple[Finding, ...] = field(default=())
    action: str = ""  # the action as the guard judged it ("F" → "F2", a returned call → "RSP")
    channel: str = ""  # the channel as the guard judged it (the plan's, when the proposal names none)
    # From when the same move is right, when waiting is all it takes (a waiting period, a call window);
    # None when no date lifts a finding (a cap, the wrong person) or nothing needs lifting.
    ready_at: dt.datetime | None = None

    @property
    def blocked(self) -> bool:
        return any(f.severity is Severity.BLOCK for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)
