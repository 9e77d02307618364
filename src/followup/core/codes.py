"""The plan's vocabulary: action states (PLAYBOOK §1.6), finding codes and severities (§1.8).

These strings are part of the JSON interface (docs/json-output.md); they never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    NOT_YET = "NOT_YET"
    ALLOWED = "ALLOWED"
    DUE = "DUE"
    OVERDUE = "OVERDUE"
    CLOSED = "CLOSED"
    BLOCKED = "BLOCKED"
    CANCELLED = "CANCELLED"
    DONE = "DONE"
    NA = "N/A"
    ACTIVE = "ACTIVE"


class Severity(StrEnum):
    BLOCK = "BLOCK"
    WARN = "WARN"
    NOTE = "NOTE"


# The severity a code has when nothing more specific applies; a few codes are BLOCK in one situation and
# WARN in another (W-EARLY, W-HRONLY, W-NOCONTACT, W-PHONE-FEEDBACK): the guard says which per finding.
DEFAULT_SEVERITY: dict[str, Severity] = {
    "W-EARLY": Severity.BLOCK,
    "W-NOCONTACT": Severity.BLOCK,
    "W-CAP": Severity.BLOCK,
    "W-2NDCALL": Severity.BLOCK,
    "W-HRONLY": Severity.BLOCK,
    "W-CALLTIME": Severity.BLOCK,
    "W-UNSCHEDULED-CALL": Severity.BLOCK,
    "W-VISIT": Severity.BLOCK,
    "W-PHONE-FEEDBACK": Severity.BLOCK,
    "W-CLOSED": Severity.BLOCK,
    "W-DUP-LI": Severity.BLOCK,
}


def severity_of(code: str) -> Severity:
    if code.startswith("N-"):
        return Severity.NOTE
    return DEFAULT_SEVERITY.get(code, Severity.WARN)


@dataclass(frozen=True)
class Finding:
    """One code raised by the planner or the guard, with the rule behind it and a sentence for people."""

    code: str
    severity: Severity
    rule: str
    message: str

    def to_data(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
        }


def finding(code: str, rule: str, message: str, severity: Severity | None = None) -> Finding:
    return Finding(code, severity or severity_of(code), rule, message)
