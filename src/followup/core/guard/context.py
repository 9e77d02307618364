"""``Inspection``: one proposal being judged at one moment, with what every concern of the guard shares:
the facts and plan of the round in effect, the action and channel as the guard reads them, the findings
so far, and the recipients and their zone."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

from followup.core.codes import Finding, Severity, State, finding
from followup.core.guard.proposal import DEFAULT_CHANNEL, Proposal
from followup.core.model import Person
from followup.core.plan.facts import STATUS_TOUCHES, Facts
from followup.core.plan.schedule import Schedule, Step


class Inspection:
    def __init__(self, f: Facts, plan: Schedule, proposal: Proposal, at: dt.datetime) -> None:
        self.f, self.plan, self.p, self.at = f, plan, proposal, at
        self.action = "F" + str(len(f.followup_touches) + 1) if proposal.action == "F" else proposal.action
        self.channel = proposal.channel or DEFAULT_CHANNEL.get(self.action, "email")
        if (
            self.action in ("F1", "F2", "F3")
            and not proposal.channel
            and f.settings.status_channel == "phone_hr"
        ):
            self.channel = "phone"
        if self.channel == "phone" and self.action in ("F1", "F2", "F3"):
            self.action = "CALL"
        self.day = f.local_date(at)
        self.found: list[Finding] = []

    def add(self, code: str, rule: str, message: str, severity: Severity | None = None) -> None:
        """Record a finding once: the first rule to raise a code names it."""
        if all(x.code != code for x in self.found):
            self.found.append(finding(code, rule, message, severity))

    def recipients(self) -> list[Person]:
        people = [self.f.person(pid) for pid in self.p.to]
        return [p for p in people if p is not None]

    def recipient_zone(self) -> dt.tzinfo:
        people = self.recipients()
        name = (people[0].tz if people and people[0].tz else "") or self.f.app.company.tz
        return ZoneInfo(name) if name else self.f.zone

    def matching_step(self) -> Step | None:
        """The step of the plan this proposal would fulfil, if any."""
        a, to = self.action, self.p.to
        keyed: dict[str, Callable[[Step], bool]] = {
            "TY": lambda s: s.action == "TY" and s.person in to,
            "TA": lambda s: s.action == "TA",
            "TY-FWD": lambda s: s.action == "TY-FWD",
            "PAPER": lambda s: s.action == "PAPER" and s.person in to,
            "LI": lambda s: s.action == "LI" and s.person in to,
            "FL": lambda s: s.action == "FL" and s.person in to,
            "RSP": lambda s: (
                s.action == "RSP" and s.at(self.at).state in (State.DUE, State.OVERDUE, State.ALLOWED)
            ),
            "RJ": lambda s: s.action == "RJ",
            "FB": lambda s: s.action == "FB",
            "EXC-OFFER": lambda s: s.action == "EXC-OFFER" and s.at(self.at).state is not State.DONE,
            "EXC-NEWS": lambda s: s.action == "EXC-NEWS",
        }
        if a in ("F1", "F2", "F3", "SCHED", "CALL"):
            pending = next(
                (
                    s
                    for s in self.plan.steps
                    if s.action in ("F1", "F2", "F3") and s.at(self.at).state is not State.DONE
                ),
                None,
            )
            if a == "CALL":
                agreed = next((s for s in self.plan.steps if s.action == "CALL" and s.person in to), None)
                return agreed or pending
            return self.plan.step(a) if a != "SCHED" and self.plan.step(a) else pending
        test = keyed.get(a)
        return next((s for s in self.plan.steps if test(s)), None) if test else None


def is_status_touch(action: str) -> bool:
    """F1, F2, ... (any number: "F" proposes the next one), SCHED and CALL count as follow-ups (§1.7)."""
    return action in STATUS_TOUCHES or re.fullmatch(r"F\d+", action) is not None
