"""Facts derived once per application for every rule to use: the plan's clock, I, counters, outcomes.

``Facts`` holds the interview anchor (§1.3, §1.5), the local-time helpers (§1.1: the plan's clock is
the interview's zone), the touch and inbound history of §1.7, the decision date as replies move it
(E-06), the first outcome that ends status outreach (A-12) and a no-contact request (I-05). Step
builders read these instead of re-deriving them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo

from followup.core.codes import State
from followup.core.model import (
    Application,
    Channel,
    Event,
    EventType,
    Format,
    InboundKind,
    Interview,
    Person,
    Profile,
    Role,
)
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.call_times import CallTimes, Windows
from followup.core.plan.timeline import Phase, mask
from followup.core.settings import Settings

THANK_YOU_ROUND = frozenset({"TY", "TA", "TY-FWD"})
STATUS_TOUCHES = frozenset({"F1", "F2", "F3", "SCHED", "CALL"})
OUTCOMES = frozenset({InboundKind.OFFER, InboundKind.REJECTION, InboundKind.INVITATION})
# §1.5: when only a start is known.
DEFAULT_LENGTH = {Format.IN_PERSON: 60, Format.VIDEO: 60, Format.PHONE: 30}


@dataclass(frozen=True)
class PlanInputs:
    """What planning one application needs besides its own records."""

    profile: Profile
    settings: Settings
    calendar: BusinessCalendar
    competing_offers: tuple[Event, ...] = ()  # offers from elsewhere, each with a deadline (E-04)
    accomplishments: tuple[Event, ...] = ()  # events that belong to no single application (E-05)
    # Every live interview's start with its application id, sorted; shared by all applications' inputs,
    # so building inputs is linear in the number of applications, not quadratic (W-PREP, L-01).
    interview_starts: tuple[tuple[dt.datetime, str], ...] = ()
    application_id: str = ""
    offer_accepted_at: dt.datetime | None = None  # ends KS everywhere (L-04)

    def other_interview_after(self, moment: dt.datetime) -> dt.datetime | None:
        """The first interview of another application that starts after ``moment``."""
        index = bisect.bisect_right(self.interview_starts, (moment, "\uffff"))
        for start, owner in self.interview_starts[index:]:
            if owner != self.application_id:
                return start
        return None


@dataclass(frozen=True)
class Touch:
    at: dt.datetime
    group: str  # "thank-you round", "formal-letter round" or the action (F1, CALL, ...)
    event: Event

    @property
    def is_followup(self) -> bool:
        return self.group in STATUS_TOUCHES


@dataclass
class Facts:
    app: Application
    inputs: PlanInputs
    interview: Interview
    until: dt.datetime | None = None  # the next round's start: this round's events end there

    # -- the clock ---------------------------------------------------------------------------------
    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.interview.tz or self.app.company.tz or self.inputs.profile.tz or "UTC")

    @property
    def settings(self) -> Settings:
        return self.inputs.settings

    @property
    def calendar(self) -> BusinessCalendar:
        return self.inputs.calendar

    @cached_property
    def end(self) -> dt.datetime:
        """§1.5: the recorded end, else start + 60 min (in person, video) or 30 min (phone)."""
        if self.interview.end is not None:
            return self.interview.end
        return self.interview.start + dt.timedelta(minutes=DEFAULT_LENGTH[self.interview.format])

    @cached_property
    def day(self) -> dt.date:
        """I: the local date of the interview's end (§1.3)."""
        return self.local_date(self.end)

    def local_date(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.zone).date()

    def at(self, day: dt.date, hour: int = 0, minute: int = 0) -> dt.datetime:
        """A local wall-clock time on ``day`` as an aware UTC datetime."""
        return dt.datetime.combine(day, dt.time(hour, minute), self.zone).astimezone(dt.UTC)

    def day_start(self, day: dt.date) -> dt.datetime:
        return self.at(day)

    def after_day(self, day: dt.date) -> dt.datetime:
        """The first instant after ``day`` ends (a window "A – B" includes all of B, §1.3)."""
        return self.at(day + dt.timedelta(days=1))

    def bd(self, day: dt.date, n: int) -> dt.date:
        return self.calendar.bd(day, n)

    # -- people --------------------------------------------------------------------------------------
    def person(self, person_id: str) -> Person | None:
        return self.app.person(person_id) if person_id else None

    def name(self, person_id: str) -> str:
        person = self.person(person_id)
        return person.name if person else person_id

    @cached_property
    def panel(self) -> tuple[Person, ...]:
        return tuple(p for p in self.app.people if p.on_panel)

    @cached_property
    def hiring_manager(self) -> Person | None:
        return next((p for p in self.app.people if p.role is Role.HIRING_MANAGER), None)

    @cached_property
    def main_contact(self) -> Person | None:
        """The main contact: as recorded, else the HR person, else the arranger (§1.11)."""
        chosen = self.person(self.app.main_contact)
        if chosen is None:
            chosen = next((p for p in self.app.people if p.role is Role.HR), None)
        return chosen

    @cached_property
    def status_recipient(self) -> Person | None:
        """H-11: designated contact ?? main contact ?? (no HR: the hiring manager) ?? ask the user."""
        designated = self.person(self.app.designated_contact)
        if designated is not None:
            return designated
        if self.settings.status_recipient == "hiring_manager" and self.hiring_manager is not None:
            return self.hiring_manager
        if self.main_contact is not None:
            return self.main_contact
        return None if self.app.company.has_hr else self.hiring_manager

    def zone_of(self, person: Person | None) -> str:
        """§1.1: the recipient's zone is the person's, else the company's (else the plan's clock)."""
        return (person.tz if person and person.tz else "") or self.app.company.tz or self.zone.key

    def call_times(self, person_id: str, windows: Windows) -> CallTimes:
        """When a call to ``person_id`` may start (H-14, K5): ``windows`` their time, on business days."""
        return CallTimes(self.zone_of(self.person(person_id)), windows, self.calendar)

    def is_hr_side(self, person: Person) -> bool:
        """HR, the main contact or whoever scheduled the interview (H-12)."""
        return person.role is Role.HR or person.id == self.app.main_contact

    # -- history ------------------------------------------------------------------------------------
    @cached_property
    def events(self) -> tuple[Event, ...]:
        """This round's events (a new interview restarts the playbook, E-01), oldest first."""
        since, until = self.interview.start, self.until
        chosen = (e for e in self.app.events if e.at >= since and (until is None or e.at < until))
        return tuple(sorted(chosen, key=lambda e: (e.at, e.id)))

    def sent_ever(self, *kinds: str) -> tuple[Event, ...]:
        """Sent in any round (one LinkedIn request per person for good, H-08)."""
        return tuple(e for e in self.app.events if e.type is EventType.SENT and e.kind in kinds)

    def sent(self, *kinds: str) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.type is EventType.SENT and e.kind in kinds)

    def of_type(self, kind: EventType) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.type is kind)

    @cached_property
    def inbound(self) -> tuple[Event, ...]:
        """Messages or calls from the company, auto-replies excluded (§1.7)."""
        return tuple(
            e for e in self.events if e.type is EventType.INBOUND and e.kind != InboundKind.AUTO_REPLY
        )

    @cached_property
    def touches(self) -> tuple[Touch, ...]:
        """§1.7: the thank-you round once, the formal-letter round once, each F/SCHED/CALL."""
        result: list[Touch] = []
        seen_rounds: set[str] = set()
        for event in self.of_type(EventType.SENT):
            if event.kind in THANK_YOU_ROUND:
                if not self.settings.count_thank_you_as_touch or "ty" in seen_rounds:
                    continue
                seen_rounds.add("ty")
                result.append(Touch(event.at, "thank-you round", event))
            elif event.kind == "FL":
                if "fl" in seen_rounds:
                    continue
                seen_rounds.add("fl")
                result.append(Touch(event.at, "formal-letter round", event))
            elif event.kind in STATUS_TOUCHES:
                result.append(Touch(event.at, event.kind, event))
        return tuple(result)

    @cached_property
    def followup_touches(self) -> tuple[Touch, ...]:
        return tuple(t for t in self.touches if t.is_followup)

    def unanswered(self, before: dt.datetime | None = None) -> int:
        """Touches since the last inbound (up to ``before``)."""
        last_in = max((e.at for e in self.inbound if before is None or e.at < before), default=None)
        return sum(
            1
            for t in self.touches
            if (last_in is None or t.at > last_in) and (before is None or t.at < before)
        )

    def inbound_between(self, start: dt.datetime, end: dt.datetime | None) -> tuple[Event, ...]:
        return tuple(e for e in self.inbound if e.at > start and (end is None or e.at <= end))

    @cached_property
    def responsive(self) -> bool:
        return any(e.at >= self.end for e in self.inbound)

    # -- the decision date and outcomes ----------------------------------------------------------------
    @cached_property
    def date_changes(self) -> tuple[tuple[dt.datetime, dt.date], ...]:
        """E-06: replies that named a new date D', in order."""
        return tuple(
            (e.at, e.new_date)
            for e in self.inbound
            if e.kind == InboundKind.TIMEFRAME and e.new_date is not None
        )

    def decision_date(self, before: dt.datetime | None = None) -> dt.date | None:
        """D as known at ``before`` (the latest D' of a reply, else the stated date)."""
        current = self.app.decision.date
        for at, new_date in self.date_changes:
            if before is None or at < before:
                current = new_date
        return current

    @cached_property
    def outcome(self) -> Event | None:
        """The first event that ends status outreach (A-12): offer, rejection, invitation or withdrawal."""
        for event in self.events:
            if event.type is EventType.INBOUND and event.kind in OUTCOMES:
                return event
            if event.type in (EventType.WITHDRAWAL, EventType.OFFER_ACCEPTED):
                return event
        return None

    def outcome_of(self, *kinds: InboundKind) -> Event | None:
        return next(
            (e for e in self.events if e.type is EventType.INBOUND and e.kind in kinds),
            None,
        )

    @cached_property
    def no_contact(self) -> tuple[dt.datetime, dt.date] | None:
        """I-05: (requested at, until date); until defaults to D, else bd(I,10)."""
        requests = self.of_type(EventType.NO_CONTACT)
        if not requests:
            return None
        last = requests[-1]
        until = last.new_date or self.decision_date(last.at) or self.bd(self.day, 10)
        return (min(last.at, self.end), until)

    def under_no_contact(
        self, items: tuple[Phase, ...], state: State | None = State.BLOCKED
    ) -> tuple[Phase, ...]:
        """A-02: while the employer asked for no contact, the step is ``state`` (BLOCKED; None keeps the
        state and only adds the code, for what is allowed with confirmation) with W-NOCONTACT."""
        if self.no_contact is None:
            return items
        start, until = self.no_contact
        return mask(items, start, self.after_day(until), state, ("W-NOCONTACT",))

    def while_away(self, items: tuple[Phase, ...], person_id: str) -> tuple[Phase, ...]:
        """An auto-reply from ``person_id`` that gave a return date (issue 10; A-05: no message lands while
        they are away): from its arrival until that date the step waits, NOT_YET with N-AWAY."""
        if not person_id:
            return items
        for event in self.events:
            if (
                event.type is EventType.INBOUND
                and event.kind == InboundKind.AUTO_REPLY
                and event.from_person == person_id
                and event.new_date is not None
            ):
                items = mask(items, event.at, self.day_start(event.new_date), State.NOT_YET, ("N-AWAY",))
        return items

    def no_contact_on(self, day: dt.date) -> bool:
        return self.no_contact is not None and day <= self.no_contact[1]

    def first(self, events: tuple[Event, ...], predicate: Callable[[Event], bool]) -> Event | None:
        return next((e for e in events if predicate(e)), None)

    def reply_channel(self, inbound: Event) -> str:
        """H-16: reply in kind; a voicemail gets a call, a letter an email [D]; "please call back" (A-07)
        asks for a call however it came."""
        if inbound.channel in (Channel.PHONE, Channel.VOICEMAIL) or inbound.kind == InboundKind.CALL_BACK:
            return Channel.PHONE.value
        return Channel.EMAIL.value
