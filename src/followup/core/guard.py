"""The guard: for any proposed action (send F1 to X by email now, call Y at 13:00, visit, ...), which
codes it raises and how severe they are, before anything goes out.

``check`` answers from the same facts the planner uses, read at the moment the action would happen.
A BLOCK means the program will not do it or log it without ``--force --reason`` (the override is
recorded on the event); WARN findings are shown and allowed; NOTEs inform. Rules: A-01–A-12, T-01,
T-07, H-01–H-18, E-04, E-05, E-09, C-05, C-19 and C-28 where the text shows them, §1.12 K1–K3, K5, K6, K9.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from followup.core.business_days import BusinessCalendar
from followup.core.codes import Finding, Severity, State, finding
from followup.core.facts import STATUS_TOUCHES, THANK_YOU_ROUND, Facts
from followup.core.model import Channel, EventType, Format, InboundKind, Person, Records
from followup.core.plan import Schedule, Step
from followup.core.planner import as_of, inputs_for, round_plan
from followup.core.steps_events import NEEDS_ANSWER, QUALIFYING_NEWS
from followup.core.steps_status import followup_window, moving_on_at
from followup.core.text_checks import asks_status, promises_more, word_count

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
# H-14 [D]: unsolicited calls 09:30–11:59 or 14:00–15:59 recipient-local; call-backs 09:00–16:59 (K5).
CALL_WINDOWS = ((dt.time(9, 30), dt.time(12, 0)), (dt.time(14, 0), dt.time(16, 0)))
CALL_BACK_WINDOWS = ((dt.time(9, 0), dt.time(17, 0)),)
WORK_HOURS = (dt.time(8, 0), dt.time(18, 0))  # T-07 [D]


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


@dataclass(frozen=True)
class Verdict:
    proposal: Proposal
    at: dt.datetime
    step: str  # the plan step this would fulfil ("" if none)
    state: str  # that step's state at ``at``
    findings: tuple[Finding, ...] = field(default=())

    @property
    def blocked(self) -> bool:
        return any(f.severity is Severity.BLOCK for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)


def check(
    records: Records,
    application_id: str,
    proposal: Proposal,
    calendars: Mapping[str, BusinessCalendar],
    now: dt.datetime,
) -> Verdict:
    """Which codes ``proposal`` raises for application ``application_id`` (records as known at the time)."""
    at = proposal.at or now
    known = as_of(records, at)
    app = known.application(application_id)
    rounds = sorted((i for i in app.interviews if not i.cancelled), key=lambda i: i.start) if app else []
    if app is None or not rounds:
        return Verdict(
            proposal, at, "", "N/A", (finding("N-NO-INTERVIEW", "I-01", "No interview recorded yet."),)
        )
    calendar = calendars.get(app.id, BusinessCalendar())
    inputs = inputs_for(known, app, calendar)
    # The round in effect at that moment: the latest that has started (a new round restarts, E-01).
    index = max((n for n, i in enumerate(rounds) if i.start <= at), default=0)
    until = rounds[index + 1].start if index + 1 < len(rounds) else None
    facts = Facts(app, inputs, rounds[index], until=until)
    steps, _notices = round_plan(facts, first=index == 0)
    plan = Schedule(app.id, app.company.name, app.position, facts.zone.key, (), tuple(steps))
    return _Guard(facts, plan, proposal, at).verdict()


class _Guard:
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

    # -- helpers --------------------------------------------------------------------------------------
    def add(self, code: str, rule: str, message: str, severity: Severity | None = None) -> None:
        if all(x.code != code for x in self.found):
            self.found.append(finding(code, rule, message, severity))

    def recipients(self) -> list[Person]:
        people = [self.f.person(pid) for pid in self.p.to]
        return [p for p in people if p is not None]

    def matching_step(self) -> Step | None:
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

    # -- the verdict ------------------------------------------------------------------------------------
    def verdict(self) -> Verdict:
        step = self.matching_step()
        state = step.at(self.at).state.value if step else "N/A"
        a = self.action
        if a in STATUS_ACTIONS or _is_status_touch(a):
            self.status_contact(step)
        if a in THANK_YOU_ROUND:
            self.thank_you(step)
        handlers = {
            "PAPER": self.paper,
            "LI": self.linkedin,
            "FL": self.formal_letter,
            "SCHED": self.sched,
            "CALL": self.call,
            "RSP": self.response,
            "FB": self.feedback,
            "RJ": self.rejection_thanks,
            "EXC-OFFER": self.exception_offer,
            "EXC-NEWS": self.exception_news,
            "VISIT": self.visit,
            "DELIVER": self.delivery,
            "PAUSE-SEARCH": self.pause_search,
            "SKIP-F1": self.skip,
        }
        if a in handlers:
            handlers[a]()
        if a in UNSOLICITED:
            self.frequency(step)
        if (
            a in ("TY", "FL")
            and len([p for p in self.recipients() if p.on_panel])
            + len([c for c in self.p.cc if (c_p := self.f.person(c)) and c_p.on_panel])
            > 1
        ):
            self.add(
                "W-GROUP-MESSAGE", "H-03", "One message to several interviewers: write to each separately."
            )
        written = a in ("TY", "TA", "TY-FWD", "FL", "PAPER", "DELIVER")
        # H-02: allowed without a warning only when switched on and handed over at once (H-07 governs that).
        hand_delivered = self.channel == "in_person"
        if self.p.handwritten and written and not (self.f.settings.allow_handwritten and hand_delivered):
            self.add("W-HANDWRITTEN", "H-02", "Handwritten notes read as outdated or risky: type it.")
        self.text_checks(step)
        return Verdict(self.p, self.at, step.key if step else "", state, tuple(self.found))

    # -- rules ------------------------------------------------------------------------------------------
    def status_contact(self, step: Step | None) -> None:
        """A-12, A-02, A-01 (K1), A-03, A-04, E-10 (K2), H-11/H-13, T-07."""
        f = self.f
        if f.outcome is not None:
            self.add("W-CLOSED", "A-12", "The outcome is known: status outreach has stopped.")
            return
        if f.no_contact_on(self.day):
            self.add(
                "W-NOCONTACT",
                "A-02",
                f"They asked not to be contacted until {f.no_contact[1]:%a %d %b}.",  # type: ignore[index]
            )
        if not self.agreed_call():
            self.too_early()
        self.caps()
        recipients = self.recipients()
        if self.action != "CALL" and f.app.company.has_hr:
            for person in recipients:
                if (
                    not f.is_hr_side(person)
                    and person.id != f.app.designated_contact
                    and (
                        f.settings.status_recipient != "hiring_manager"
                        or person.role.value != "hiring_manager"
                    )
                ):
                    self.add(
                        "W-HRONLY",
                        "H-11",
                        f"{person.name} is not HR: status questions go to HR; "
                        "if you must write, share something useful instead (H-13, C-21).",
                        Severity.WARN,
                    )
        if self.action in ("F1", "F2", "F3", "SCHED"):
            self.working_hours()

    def too_early(self) -> None:
        f = self.f
        decided = f.decision_date(self.at)
        if decided is not None:
            if self.day < f.bd(decided, 1):  # K1
                self.add(
                    "W-EARLY",
                    "A-01",
                    f"They said {decided:%a %d %b}: wait until {f.bd(decided, 1):%a %d %b}.",
                )
                self.add(
                    "N-PATIENCE",
                    "T-06",
                    "Silence during the stated period is normal; early interviewees wait longest.",
                )
            return
        previous = f.followup_touches[-1] if f.followup_touches else None
        if previous is None:
            w = followup_window(f, 1, None)
            if self.day < w.due:
                self.add(
                    "W-EARLY",
                    "T-03",
                    f"No date was given: wait until {w.due:%a %d %b} (5 business days).",
                    Severity.WARN,
                )
                self.add(
                    "N-PATIENCE",
                    "T-06",
                    "A week of silence is normal; employers often finish all interviews first.",
                )
        else:
            w = followup_window(f, len(f.followup_touches) + 1, previous)
            if self.day < w.due and (w.allowed is None or self.day < w.allowed):
                self.add(
                    "W-EARLY",
                    "T-05",
                    f"Too soon after your last follow-up: wait until {w.due:%a %d %b}.",
                    Severity.WARN,
                )
                self.add("N-PATIENCE", "T-06", "Give them time between check-ins.")

    def caps(self) -> None:
        f, s = self.f, self.f.settings
        moved_on = moving_on_at(f)
        if f.unanswered() >= s.unanswered_touch_cap or (moved_on is not None and self.at >= moved_on):
            self.add("W-CAP", "A-03", f"{f.unanswered()} unanswered touches in a row: the chase is over.")
        elif len(f.followup_touches) >= s.followup_cap and _is_status_touch(self.action):
            self.add("W-CAP", "A-04", f"{s.followup_cap} status follow-ups already sent: no more.")

    def working_hours(self) -> None:
        """T-07: status messages on a recipient business day, 08:00–18:00 their time; never a block."""
        local = self.at.astimezone(self.recipient_zone())
        if (
            not self.f.calendar.is_business_day(local.date())
            or not WORK_HOURS[0] <= local.time() < WORK_HOURS[1]
        ):
            nxt = self.f.calendar.next_business_day(
                local.date() if local.time() < dt.time(9) else local.date() + dt.timedelta(days=1)
            )
            self.add(
                "N-NONBIZ",
                "T-07",
                f"Outside their working hours: schedule it for {nxt:%a %d %b} 09:00 their time.",
            )

    def recipient_zone(self) -> dt.tzinfo:
        from zoneinfo import ZoneInfo

        people = self.recipients()
        name = (people[0].tz if people and people[0].tz else "") or self.f.app.company.tz
        return ZoneInfo(name) if name else self.f.zone

    def agreed_call(self) -> bool:
        return self.action == "CALL" and any(
            e.kind == InboundKind.SCHEDULE_REPLY
            and e.slot is not None
            and (not self.p.to or e.from_person in self.p.to)
            for e in self.f.inbound
        )

    def thank_you(self, step: Step | None) -> None:
        """T-01 lateness, H-01 medium, H-04 no guessed address, H-05."""
        if step is not None:
            codes = step.at(self.at).codes
            for code in ("W-TY-LATE", "W-TY-OVERDUE"):
                if code in codes:
                    self.add(
                        code,
                        "T-01",
                        "Past the same-day target."
                        if code == "W-TY-LATE"
                        else "More than 24 hours since the interview: send it now anyway.",
                    )
        if self.channel == "letter":
            self.add("W-SLOW-CHANNEL", "H-01", "A posted thank-you may arrive after they decide: email it.")
        if self.channel == "email":
            self.missing_addresses("email")

    def missing_addresses(self, kind: str) -> None:
        for person in self.recipients():
            if (kind == "email" and not person.email) or (kind == "letter" and not person.postal_address):
                what = "email address" if kind == "email" else "postal address"
                self.add("W-MISSING-CONTACT", "I-03", f"No {what} for {person.name}; never guess one.")

    def paper(self) -> None:
        emailed = [e for e in self.f.sent("TY") if set(self.p.to) & set(e.to)]
        if not emailed:
            self.add("W-PAPER-ONLY", "H-06", "A posted copy only follows the emailed note; email first.")
        self.missing_addresses("letter")

    def linkedin(self) -> None:
        if self.f.no_contact_on(self.day):
            self.add("W-NOCONTACT", "A-02", "They asked not to be contacted yet.")
        if any(set(self.p.to) & set(e.to) for e in self.f.sent_ever("LI")):
            self.add("W-DUP-LI", "H-08", "You already sent this person a request: never a second one.")
        if not self.p.with_note:
            self.add("W-LI-NONOTE", "H-08", "Add a short personal note to the request.")

    def formal_letter(self) -> None:
        f = self.f
        if f.outcome is not None:
            self.add("W-CLOSED", "A-12", "The outcome is known: the letter round is over.")
        if f.no_contact_on(self.day):
            self.add("W-NOCONTACT", "A-02", "They asked not to be contacted yet.")
        if not f.sent("FL"):
            self.caps()
        self.missing_addresses("letter" if self.channel == "letter" else "email")

    def sched(self) -> None:
        """H-15 / C-25: exactly three distinct slots on recipient business days in bd(send,1)–bd(send,10)."""
        self.add("N-SCHED-ODDS", "H-15", "Only about one in five or ten such requests gets an answer.")
        slots = self.p.slots
        zone = self.recipient_zone()
        problems = []
        if len(set(slots)) != 3:
            problems.append("offer exactly three different slots")
        first, last = self.f.bd(self.day, 1), self.f.bd(self.day, 10)
        for slot in slots:
            local = slot.astimezone(zone)
            if not self.f.calendar.is_business_day(local.date()) or not first <= local.date() <= last:
                problems.append(
                    f"{local:%a %d %b} is not a business day between {first:%d %b} and {last:%d %b}"
                )
            elif not _inside(local.time(), CALL_WINDOWS):
                problems.append(f"{local:%H:%M} is outside 09:30–11:59 and 14:00–15:59 their time")
        if problems:
            self.add("W-SLOTS", "H-15", "; ".join(problems) + ".")

    def call(self) -> None:
        """A-07, H-12, H-14, H-15, E-09, K5."""
        f = self.f
        people = self.recipients() or ([f.status_recipient] if f.status_recipient else [])
        calls = f.sent("CALL")
        if calls and not any(e.kind == InboundKind.CALL_BACK and e.at > calls[-1].at for e in f.inbound):
            self.add("W-2NDCALL", "A-07", "You already called once: call again only if they ask you to.")
        zone = self.recipient_zone()
        local = self.at.astimezone(zone)
        slot_reply = next(
            (
                e
                for e in f.inbound
                if e.kind == InboundKind.SCHEDULE_REPLY
                and e.slot is not None
                and any(p.id == e.from_person for p in people)
            ),
            None,
        )
        if slot_reply is not None and slot_reply.slot is not None:
            if (
                not slot_reply.slot - dt.timedelta(minutes=5)
                <= self.at
                <= slot_reply.slot + dt.timedelta(minutes=15)
            ):
                self.add(
                    "W-UNSCHEDULED-CALL",
                    "E-09",
                    f"Call at the agreed time: {slot_reply.slot.astimezone(zone):%a %d %b %H:%M}.",
                )
            return
        for person in people:
            if person.role.value == "hiring_manager" and self.request_unanswered(person):
                self.add(
                    "W-UNSCHEDULED-CALL", "H-15", "They did not answer your request for a call: do not call."
                )
                return
            if f.app.company.has_hr and not f.is_hr_side(person):
                self.add(
                    "W-HRONLY",
                    "H-12",
                    f"Status calls go to HR only; {person.name} is not HR. "
                    "Email instead, or ask for a call by appointment (H-15).",
                )
                return  # the call should not happen at any time: no point checking the clock
            if person.role.value == "hiring_manager" and not f.app.company.has_hr:
                self.add(
                    "N-RESENT", "H-12", "A small firm without HR: a call is allowed but may be resented."
                )
        windows = CALL_BACK_WINDOWS if self.p.call_back or self.returning_call() else CALL_WINDOWS
        if not f.calendar.is_business_day(local.date()) or not _inside(local.time(), windows):
            nxt = _next_call_start(f.calendar, local, windows)
            self.add(
                "W-CALLTIME",
                "H-14",
                f"Not a good moment to call; next permitted start {nxt:%a %d %b %H:%M} their time.",
            )

    def request_unanswered(self, person: Person) -> bool:
        """H-15: a request for a call went unanswered past its last slot (+30 min [D])."""
        requests = [e for e in self.f.sent("SCHED") if person.id in e.to and e.proposed_slots]
        return bool(requests) and self.at > max(requests[-1].proposed_slots) + dt.timedelta(minutes=30)

    def returning_call(self) -> bool:
        return any(
            s.action == "RSP" and s.channel == "phone" and s.at(self.at).state in (State.DUE, State.OVERDUE)
            for s in self.plan.steps
        )

    def response(self) -> None:
        """H-16 same medium; E-01 promptness (W-PROMPT)."""
        f = self.f
        open_inbound = [e for e in f.inbound if e.kind in NEEDS_ANSWER]
        step = self.matching_step()
        if step is None or not open_inbound:
            return
        inbound = next((e for e in open_inbound if step.key == f"RSP:{e.id}"), open_inbound[-1])
        wanted = f.reply_channel(inbound)
        if self.channel != wanted and not (inbound.channel == Channel.LETTER and self.channel == "phone"):
            self.add("W-SAME-CHANNEL", "H-16", f"They used {inbound.channel or 'email'}: answer by {wanted}.")
        if "W-PROMPT" in step.at(self.at).codes:
            self.add("W-PROMPT", "E-01", "Past the answer-by time: answer right away.")

    def feedback(self) -> None:
        """H-17 in writing only; E-03 one request, no reminder."""
        if self.channel == "phone":
            severity = Severity.WARN if self.p.after_the_fact else Severity.BLOCK
            self.add("W-PHONE-FEEDBACK", "H-17", "Ask for feedback in writing, never by phone.", severity)
        if self.f.sent("FB"):
            self.add("W-CLOSED", "E-03", "You already asked for feedback: no reminder.")

    def rejection_thanks(self) -> None:
        if self.channel not in ("email", "letter"):
            self.add("W-SAME-CHANNEL", "E-03", "Thank them in writing: email or letter.")

    def exception_offer(self) -> None:
        if self.f.no_contact_on(self.day):
            self.add(
                "W-NOCONTACT",
                "A-02",
                "They asked for no contact: only with your explicit confirmation.",
                Severity.WARN,
            )
        self.exception_recipients()

    def exception_recipients(self) -> None:
        """H-18: in writing to the hiring manager, CC the main contact; by phone to non-HR is a BLOCK."""
        f = self.f
        outside_hr = any(not f.is_hr_side(p) for p in self.recipients())
        if self.channel == "phone" and f.app.company.has_hr and outside_hr:
            self.add("W-HRONLY", "H-18", "Write this news; do not phone someone outside HR.", Severity.BLOCK)

    def exception_news(self) -> None:
        f = self.f
        news = [
            e
            for e in [*f.of_type(EventType.ACCOMPLISHMENT), *f.inputs.accomplishments]
            if e.status in QUALIFYING_NEWS and e.relevant
        ]
        if f.no_contact_on(self.day):
            self.add("W-NOCONTACT", "A-02", "They asked not to be contacted yet.")
        if not news:
            self.add(
                "W-EARLY",
                "E-05",
                "News that is not yet accepted, granted or published is no reason to write "
                "early; keep it for your next follow-up.",
                Severity.WARN,
            )
        elif len(f.sent("EXC-NEWS")) >= len(news):
            self.add("W-FREQ", "E-05", "You already shared this news (one message per event).")
        if f.outcome is not None:
            self.add("W-CLOSED", "A-12", "The outcome is known.")
        self.exception_recipients()
        self.working_hours()  # T-07 names EXC-NEWS too

    def visit(self) -> None:
        invited = any(e.kind == InboundKind.INVITATION for e in self.f.inbound)
        if not invited:
            self.add("W-VISIT", "A-08", "Never turn up uninvited.")

    def delivery(self) -> None:
        """H-07: dropping a printed note at HR on the interview day, only when switched on."""
        f = self.f
        allowed = f.settings.allow_hr_dropoff and f.interview.format is Format.IN_PERSON and self.day == f.day
        if not allowed:
            self.add(
                "W-INPERSON-DELIVERY", "H-07", "Delivering notes in person is off by default: email instead."
            )
        if any(not f.is_hr_side(p) for p in self.recipients()):
            self.add("W-VISIT", "A-08", "Only at HR or reception, never at an interviewer's office.")

    def pause_search(self) -> None:
        if self.f.inputs.offer_accepted_at is None or self.f.inputs.offer_accepted_at > self.at:
            self.add("W-KEEP-SEARCHING", "L-04", "Keep applying until you have accepted an offer.")

    def skip(self) -> None:
        if self.f.outcome is None:
            self.add(
                "W-SKIP-FOLLOWUP",
                "A-09",
                "Waiting in silence is the wrong tactic: a measured follow-up is expected.",
            )

    def frequency(self, step: Step | None) -> None:
        """A-05 with K6: unsolicited contact the plan did not propose now, or twice to one person a day."""
        f = self.f
        unsolicited = [e for e in f.sent(*UNSOLICITED) if e.at <= self.at]
        in_round = self.action in THANK_YOU_ROUND
        if step is not None and step.at(self.at).state in (State.ALLOWED, State.DUE, State.OVERDUE):
            planned_now = True
        else:
            planned_now = False
        previous = [e for e in unsolicited if not (in_round and e.kind in THANK_YOU_ROUND)]
        if previous and not planned_now:
            last_day = f.local_date(previous[-1].at)
            if self.day < f.bd(last_day, 2):
                self.add(
                    "W-FREQ",
                    "A-05",
                    f"Your last message went on {last_day:%a %d %b}: leave two business days.",
                )
        same_day = [e for e in unsolicited if f.local_date(e.at) == self.day and set(e.to) & set(self.p.to)]
        if same_day:
            self.add("W-FREQ", "A-05", "You already wrote to this person today.")

    def text_checks(self, step: Step | None) -> None:
        """C-05 (status question in a thank-you), C-19 (final note), C-28 (naming an insider)."""
        body = self.p.body
        if not body:
            return
        f = self.f
        if self.action in THANK_YOU_ROUND and f.decision_date(self.at) is not None and asks_status(body):
            self.add(
                "W-EARLY",
                "C-05",
                "You already know when they decide: leave the status question out.",
                Severity.WARN,
            )
        if (
            step is not None
            and any("C-19" in n or "final note" in n for n in step.notes)
            and promises_more(body)
        ):
            self.add(
                "W-LAST-TOUCH",
                "C-19",
                "This is your last permitted message: do not promise another follow-up.",
            )
        if self.action == "CALL" and word_count(body) > 75:  # A-06 / C-22 [D]: about 30 s at 150 wpm
            self.add("W-VOICEMAIL-LONG", "A-06", f"{word_count(body)} words: keep a voicemail under 75.")
        recipients = set(self.p.to) | set(self.p.cc)
        for person in f.app.people:
            if person.on_panel or person.id in recipients or person.permission_to_name:
                continue
            if (
                person.first
                and person.last
                and re.search(rf"\b{re.escape(person.first)}\s+{re.escape(person.last)}\b", body)
            ):
                self.add("W-PERMISSION", "C-28", f"Ask {person.name} before naming them in a message.")


def _is_status_touch(action: str) -> bool:
    """F1, F2, ... (any number: "F" proposes the next one), SCHED and CALL count as follow-ups (§1.7)."""
    return action in STATUS_TOUCHES or re.fullmatch(r"F\d+", action) is not None


def _inside(moment: dt.time, windows: tuple[tuple[dt.time, dt.time], ...]) -> bool:
    return any(start <= moment < end for start, end in windows)


def _next_call_start(
    calendar: BusinessCalendar, local: dt.datetime, windows: tuple[tuple[dt.time, dt.time], ...]
) -> dt.datetime:
    day = local.date()
    for _ in range(30):
        if calendar.is_business_day(day):
            for start, _end in windows:
                candidate = dt.datetime.combine(day, start, local.tzinfo)
                if candidate >= local:
                    return candidate
        day = calendar.bd(day, 1)
        local = dt.datetime.combine(day, dt.time(0), local.tzinfo)
    return local
