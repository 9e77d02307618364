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
        self.day = f.local_date(at)
        self.found: list[Finding] = []
        # The moment each finding that only waiting clears stops applying (``Verdict.ready_at``).
        self.clears: dict[str, dt.datetime] = {}
        self.action = "F" + str(len(f.followup_touches) + 1) if proposal.action == "F" else proposal.action
        self.channel = proposal.channel or DEFAULT_CHANNEL.get(self.action, "email")
        planned = plan.step(self.action) if self.action in ("F1", "F2", "F3") else None
        if planned is not None and not proposal.channel:
            # H-10, H-12, A-07: the plan says whether this follow-up is the one call to HR or an email.
            self.channel = planned.channel or self.channel
        elif self.action in ("F1", "F2", "F3") and not proposal.channel:
            self.channel = "phone" if f.settings.status_channel == "phone_hr" else "email"
        if self.channel == "phone" and self.action in ("F1", "F2", "F3"):
            self.action = "CALL"
        if self.action in ("CALL", "RSP") and self.channel == "phone":
            self._read_call_back()

    def _read_call_back(self) -> None:
        """K5 / H-16: a call to someone whose call waits to be returned returns it, and a
        "returned call" with nothing to return is a call of one's own: the guard reads the move the same
        way however the user put it ("call Eric --returning-call", "rsp to Eric by phone", `log call
        --returning`)."""
        claimed = self.p.call_back or self.action == "RSP"
        to = set(self.p.to)
        agreed_now = any(  # E-09: at an agreed slot, a call to that person is the agreed call
            s.action == "CALL" and s.at(self.at).state is State.ALLOWED and (not to or to & set(s.to))
            for s in self.plan.steps
        )
        if agreed_now and not claimed:
            return
        if self.open_answers(claimed=claimed):
            self.action = "RSP"
        elif claimed:
            self.action = "CALL"
            self.add(
                "N-NOTHING-TO-RETURN",
                "H-16",
                "No call from them waits for an answer, so this is judged as a call of your own; "
                "if they called, log it first (followup log reply call_back --from NAME --channel phone).",
            )

    def open_answers(self, *, claimed: bool = False) -> list[Step]:
        """Answers (RSP) open now for the proposal's recipients: calls due back (DUE or OVERDUE by phone),
        or, when the user says they are answering (``claimed``), any open answer."""
        to = set(self.p.to)
        states = (State.DUE, State.OVERDUE, State.ALLOWED) if claimed else (State.DUE, State.OVERDUE)
        return [
            s
            for s in self.plan.steps
            if s.action == "RSP"
            and s.at(self.at).state in states
            and (claimed or s.channel == "phone")
            and (not to or not s.to or bool(to & set(s.to)))
        ]

    def add(
        self,
        code: str,
        rule: str,
        message: str,
        severity: Severity | None = None,
        *,
        clears: dt.datetime | None = None,
    ) -> None:
        """Record a finding once: the first rule to raise a code names it. ``clears``: the moment from
        which waiting alone lifts it (a waiting period ends, a call window opens)."""
        if all(x.code != code for x in self.found):
            self.found.append(finding(code, rule, message, severity))
            if clears is not None and clears > self.at:
                self.clears[code] = clears

    def ready_at(self) -> dt.datetime | None:
        """When the same move raises no WARN or BLOCK any more, if waiting is all it takes: the latest
        moment the serious findings clear; None when one of them no date lifts (a cap, the wrong
        person) or when there is none."""
        serious = [x.code for x in self.found if x.severity is not Severity.NOTE]
        if not serious or any(code not in self.clears for code in serious):
            return None
        return max(self.clears[code] for code in serious)

    def recipients(self) -> list[Person]:
        people = [self.f.person(pid) for pid in self.p.to]
        return [p for p in people if p is not None]

    def recipient_zone(self) -> dt.tzinfo:
        """§1.1: the first recipient's zone, else the company's."""
        people = self.recipients()
        return ZoneInfo(self.f.zone_of(people[0] if people else None))

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
        if a == "RSP":  # the answer to this person's message first, else any open answer
            answers = [s for s in self.plan.steps if keyed["RSP"](s)]
            mine = [s for s in answers if not to or not s.to or set(to) & set(s.to)]
            return next(iter(mine or answers), None)
        test = keyed.get(a)
        return next((s for s in self.plan.steps if test(s)), None) if test else None


def is_status_touch(action: str) -> bool:
    """F1, F2, ... (any number: "F" proposes the next one), SCHED and CALL count as follow-ups (§1.7)."""
    return action in STATUS_TOUCHES or re.fullmatch(r"F\d+", action) is not None
