"""Properties of the planner and the guard over random records (hypothesis).

(a) No status follow-up is ever DUE (or ALLOWED) before bd(D,1) when a decision date D was stated
    (A-01, T-04, §1.12 K1). (b) The business-day windows of F and FL steps start and end on business
    days of the employer's calendar (§1.2, T-02–T-05). (c) The caps hold: once three touches are
    unanswered or three follow-ups were made, the guard answers a further touch with W-CAP (BLOCK), citing
    A-04 when the follow-ups are used up and A-03 otherwise, and the plan proposes no further follow-up
    (A-03, A-04, K2). (d) The plan is deterministic: same records and now give the same JSON, also after
    an export/import round trip, which is byte-stable. (e) The plan never proposes what the guard then
    blocks: over the §4 scenarios and random histories, every step shown as DUE or ALLOWED, done as the
    plan says (its action, channel and recipients) at its moment — now, or for a call the next permitted
    calling time the plan shows (H-14, K5, E-09) — raises no BLOCK. Each disagreement it found is kept as
    a regular test in tests/core/test_plan_agrees_with_guard.py.

The codec's own round-trip property over arbitrary records lives in tests/core/test_codec.py
(``test_any_records_survive_export_and_import``); (d) adds the round trip of planner-shaped records.
Each property runs about 60 examples without a deadline, so the file stays fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from followup.core import codec
from followup.core.codes import Severity, State
from followup.core.guard import ACTIONS, Proposal, check
from followup.core.model import Channel, Event, EventType, InboundKind, Records
from followup.core.plan.planner import as_of, plan
from followup.core.plan.schedule import PlanView, StepView
from followup.workdays import calendars_for
from tests.support.builders import application, check_at, dana, luis, priya, records

D = dt.date
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COUNTRIES = {  # country, subdivision → the company's zone
    ("US", ""): "America/New_York",
    ("GB", "ENG"): "Europe/London",
    ("DE", "BY"): "Europe/Berlin",
    ("JP", ""): "Asia/Tokyo",
    ("IL", ""): "Asia/Jerusalem",
}
FOLLOWUP_STEPS = ("F1", "F2", "F3")
OPEN_STATES = frozenset({State.DUE.value, State.ALLOWED.value, State.OVERDUE.value})
_ids = itertools.count(1)


# --- strategies -------------------------------------------------------------------------------------------
@st.composite
def interviews(draw: st.DrawFn) -> dict:  # type: ignore[type-arg]
    """Where and when: a country and its zone, a 2026 interview date and start hour."""
    country, subdivision = draw(st.sampled_from(sorted(COUNTRIES)))
    day = draw(st.dates(min_value=D(2026, 1, 5), max_value=D(2026, 11, 30)))
    hour = draw(st.integers(min_value=8, max_value=16))
    return {
        "country": country,
        "subdivision": subdivision,
        "tz": COUNTRIES[(country, subdivision)],
        "start": f"{day.isoformat()}T{hour:02d}:00",
        "day": day,
    }


def local_midnight(day: D, tz: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), ZoneInfo(tz)).astimezone(dt.UTC)


def sent_event(kind: str, at: dt.datetime, to: str) -> Event:
    channel = Channel.PHONE if kind == "CALL" else Channel.EMAIL
    return Event(id=f"p{next(_ids)}", type=EventType.SENT, at=at, kind=kind, to=(to,), channel=channel)


def reply_event(kind: InboundKind, at: dt.datetime, new_date: D | None = None) -> Event:
    return Event(
        id=f"p{next(_ids)}",
        type=EventType.INBOUND,
        at=at,
        kind=kind.value,
        from_person="priya",
        channel=Channel.EMAIL,
        new_date=new_date,
    )


def view_of(recs: Records, now: dt.datetime) -> PlanView:
    return plan(recs, calendars_for(recs), now)[0]


def plan_json(recs: Records, now: dt.datetime) -> str:
    view = view_of(recs, now)
    names = {p.id: p.name for a in recs.applications for p in a.people}
    return json.dumps(view.to_data(names, ZoneInfo(view.schedule.tz)), sort_keys=True)


# --- (a) nothing is due inside the stated period ----------------------------------------------------------
@PROPERTY
@given(
    where=interviews(),
    wait=st.integers(min_value=0, max_value=40),
    grace=st.sampled_from(["week", "none"]),
    f1_delay=st.none() | st.integers(min_value=0, max_value=20 * 24),
    replied=st.booleans(),
    f2_delay=st.none() | st.integers(min_value=1, max_value=20 * 24),
    now_offset=st.integers(min_value=-10 * 24, max_value=45 * 24),
)
def test_a_no_status_follow_up_is_due_before_bd_d_1(
    where: dict,  # type: ignore[type-arg]
    wait: int,
    grace: str,
    f1_delay: int | None,
    replied: bool,
    f2_delay: int | None,
    now_offset: int,
) -> None:
    decision = where["day"] + dt.timedelta(days=wait)
    app = application(
        start=where["start"],
        tz=where["tz"],
        country=where["country"],
        subdivision=where["subdivision"],
        decision=decision,
        designated_contact="priya",
    )
    recs = records(app, settings={"stated_date_grace": grace})
    calendar = calendars_for(recs)[app.id]
    first_allowed = calendar.bd(decision, 1)  # K1: the wait lasts until bd(D,1)
    threshold = local_midnight(first_allowed, where["tz"])
    events: list[Event] = []
    if f1_delay is not None:  # a first follow-up sent once it was allowed, maybe answered, maybe a second one
        f1_at = threshold + dt.timedelta(hours=f1_delay)
        events.append(sent_event("F1", f1_at, "priya"))
        if replied:
            events.append(reply_event(InboundKind.GENERIC, f1_at + dt.timedelta(hours=5)))
        if f2_delay is not None:
            events.append(sent_event("F2", f1_at + dt.timedelta(hours=f2_delay + 6), "priya"))
    recs = records(dataclasses.replace(app, events=tuple(events)), settings={"stated_date_grace": grace})
    now = max(app.interviews[0].start, threshold + dt.timedelta(hours=now_offset))
    view = view_of(recs, now)
    local_today = now.astimezone(ZoneInfo(where["tz"])).date()
    event(
        "some follow-up open now"
        if any(v.state in OPEN_STATES for v in view.steps if v.step.action in FOLLOWUP_STEPS)
        else "none open"
    )
    for label in FOLLOWUP_STEPS:
        found = view.view(label)
        if found is None:
            continue
        if found.state in (State.DUE.value, State.ALLOWED.value):
            assert local_today >= first_allowed > decision, (label, found.state, local_today, decision)
        for phase in found.step.phases:
            if phase.state.value in OPEN_STATES:
                assert phase.start >= threshold, (label, phase, first_allowed)
        for _state, first_day, _last in found.step.windows:
            assert first_day >= first_allowed, (label, found.step.windows, decision)


# --- (b) windows start and end on business days ------------------------------------------------------------
@PROPERTY
@given(
    where=interviews(),
    wait=st.none() | st.integers(min_value=0, max_value=30),
    start=st.integers(min_value=1, max_value=8),
    extra=st.integers(min_value=0, max_value=8),
    grace=st.sampled_from(["week", "none"]),
    letter=st.sampled_from(["optional", "required"]),
    f1_delay=st.none() | st.integers(min_value=1, max_value=40 * 24),
    replied=st.booleans(),
    f2_delay=st.none() | st.integers(min_value=1, max_value=20 * 24),
)
def test_b_follow_up_and_letter_windows_start_and_end_on_business_days(
    where: dict,  # type: ignore[type-arg]
    wait: int | None,
    start: int,
    extra: int,
    grace: str,
    letter: str,
    f1_delay: int | None,
    replied: bool,
    f2_delay: int | None,
) -> None:
    decision = None if wait is None else where["day"] + dt.timedelta(days=wait)
    app = application(
        start=where["start"],
        tz=where["tz"],
        country=where["country"],
        subdivision=where["subdivision"],
        decision=decision,
    )
    end = app.interviews[0].end
    assert end is not None
    events: list[Event] = []
    if f1_delay is not None:
        f1_at = end + dt.timedelta(hours=f1_delay)
        events.append(sent_event("F1", f1_at, "priya"))
        if replied:
            events.append(reply_event(InboundKind.GENERIC, f1_at + dt.timedelta(hours=3)))
        if f2_delay is not None:
            events.append(sent_event("F2", f1_at + dt.timedelta(hours=f2_delay + 4), "priya"))
    settings_ = {
        "followup_window_start": str(start),
        "followup_window_end": str(start + extra),
        "stated_date_grace": grace,
        "formal_letter": letter,
    }
    recs = records(dataclasses.replace(app, events=tuple(events)), settings=settings_)
    calendar = calendars_for(recs)[app.id]
    view = view_of(recs, end + dt.timedelta(days=200))
    checked = 0
    for found in view.steps:
        step = found.step
        if step.action not in FOLLOWUP_STEPS and step.action != "FL":
            continue
        for _state, first_day, last_day in step.windows:
            assert first_day <= last_day, (step.label, step.windows)
            assert calendar.is_business_day(first_day), (step.label, first_day, calendar.name)
            if step.action == "FL" and decision is not None and last_day == decision:
                continue  # T-02 closes at min(bd(I,4), D) exactly: D itself may be a weekend day
            assert calendar.is_business_day(last_day), (step.label, last_day, calendar.name)
            checked += 1
    assert checked >= 1  # F1 always has a window
    event(f"windows checked: {min(checked, 5)}")


# --- (c) the caps ----------------------------------------------------------------------------------------
TOUCH_KINDS = ("TY", "FL", "F", "CALL", "SCHED", "reply", "info", "LI", "RSP")


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[tuple[str, int]], dict[str, str]]:
    """A sequence of (what happened, hours after the previous thing), and cap settings."""
    steps = draw(
        st.lists(
            st.tuples(st.sampled_from(TOUCH_KINDS), st.integers(min_value=1, max_value=6 * 24)),
            min_size=1,
            max_size=9,
        )
    )
    caps = {
        "unanswered_touch_cap": str(draw(st.integers(min_value=2, max_value=4))),
        "followup_cap": str(draw(st.integers(min_value=2, max_value=4))),
        "count_thank_you_as_touch": draw(st.sampled_from(["true", "false"])),
    }
    return steps, caps


@PROPERTY
@given(history=histories(), later=st.integers(min_value=1, max_value=30 * 24))
def test_c_no_touch_passes_the_caps(
    history: tuple[list[tuple[str, int]], dict[str, str]], later: int
) -> None:
    steps, caps = history
    app = application()
    end = app.interviews[0].end
    assert end is not None
    at = end
    events: list[Event] = []
    # The playbook's counting (§1.7), done here independently of Facts.
    touches: list[str] = []  # "TY", "FL" rounds and each follow-up
    unanswered = followups = 0
    count_ty = caps["count_thank_you_as_touch"] == "true"
    for what, gap in steps:
        at = at + dt.timedelta(hours=gap)
        if what in ("reply", "info"):
            kind = InboundKind.GENERIC if what == "reply" else InboundKind.INFO_REQUEST
            events.append(reply_event(kind, at))
            unanswered = 0
            continue
        if what in ("LI", "RSP"):  # not touches
            events.append(sent_event(what, at, "dana" if what == "LI" else "priya"))
            continue
        if what == "TY":
            events.append(sent_event("TY", at, "dana"))
            if count_ty and "TY" not in touches:
                touches.append("TY")
                unanswered += 1
            continue
        if what == "FL":
            events.append(sent_event("FL", at, "luis"))
            if "FL" not in touches:
                touches.append("FL")
                unanswered += 1
            continue
        action = f"F{min(followups + 1, 3)}" if what == "F" else what
        events.append(sent_event(action, at, "priya"))
        touches.append(action)
        followups += 1
        unanswered += 1
    recs = records(dataclasses.replace(app, events=tuple(events)), settings=caps)
    now = at + dt.timedelta(hours=later)
    now_text = now.astimezone(ZoneInfo("America/New_York")).strftime("%Y-%m-%dT%H:%M")
    unanswered_cap, followup_cap = int(caps["unanswered_touch_cap"]), int(caps["followup_cap"])
    capped = unanswered >= unanswered_cap or followups >= followup_cap
    event(f"capped: {capped}")
    if capped:
        proposals = ["CALL", "SCHED", "F"]
        if unanswered >= unanswered_cap and "FL" not in touches:
            proposals.append("FL")
        for action in proposals:
            to = ("luis",) if action == "FL" else ("priya",)
            verdict = check_at(recs, now_text, action=action, to=to)
            cap = [f for f in verdict.findings if f.code == "W-CAP"]
            assert cap and cap[0].severity is Severity.BLOCK, (action, unanswered, followups, verdict.codes)
            # A-04 names the follow-ups sent; A-03 a run of unanswered touches (the letter is no follow-up)
            expected_rule = "A-04" if followups >= followup_cap and action != "FL" else "A-03"
            assert cap[0].rule == expected_rule, (action, unanswered, followups, cap[0])
    view = view_of(recs, now)
    f_steps = [v for v in view.steps if v.step.action in FOLLOWUP_STEPS]
    assert len(f_steps) <= followup_cap
    assert all(int(v.step.action[1]) <= followup_cap for v in f_steps)
    if capped:
        assert [v.step.label for v in f_steps if v.state in OPEN_STATES] == [], (unanswered, followups)


# --- (d) determinism and the export round trip --------------------------------------------------------------
@st.composite
def planner_records(draw: st.DrawFn) -> Records:
    where = draw(interviews())
    wait = draw(st.none() | st.integers(min_value=0, max_value=30))
    decision = None if wait is None else where["day"] + dt.timedelta(days=wait)
    app = application(
        start=where["start"],
        tz=where["tz"],
        country=where["country"],
        subdivision=where["subdivision"],
        decision=decision,
        preferred=draw(st.booleans()),
        arranger=draw(st.sampled_from(["", "priya"])),
    )
    end = app.interviews[0].end
    assert end is not None
    at = end
    events: list[Event] = []
    kinds = st.sampled_from(
        ["TY", "FL", "F1", "F2", "CALL", "generic", "timeframe", "invitation", "no_contact"]
    )
    for what in draw(st.lists(kinds, max_size=6)):
        at = at + dt.timedelta(hours=draw(st.integers(min_value=1, max_value=8 * 24)))
        if what == "generic":
            events.append(reply_event(InboundKind.GENERIC, at))
        elif what == "timeframe":
            events.append(reply_event(InboundKind.TIMEFRAME, at, at.date() + dt.timedelta(days=10)))
        elif what == "invitation":
            events.append(reply_event(InboundKind.INVITATION, at))
        elif what == "no_contact":
            events.append(Event(id=f"p{next(_ids)}", type=EventType.NO_CONTACT, at=at))
        else:
            events.append(sent_event(what, at, {"TY": "dana", "FL": "luis"}.get(what, "priya")))
    top = []
    if draw(st.booleans()):
        top.append(
            Event(
                id=f"p{next(_ids)}",
                type=EventType.COMPETING_OFFER,
                at=end + dt.timedelta(days=3),
                deadline=(end + dt.timedelta(days=9)).date(),
            )
        )
    setting = draw(st.sampled_from([{}, {"formal_letter": "required"}, {"status_channel": "phone_hr"}]))
    return records(dataclasses.replace(app, events=tuple(events)), settings=setting, events=top)


@PROPERTY
@given(recs=planner_records(), offset=st.integers(min_value=-2, max_value=60 * 24))
def test_d_same_records_and_now_give_the_same_plan(recs: Records, offset: int) -> None:
    start = recs.applications[0].interviews[0].start
    now = start + dt.timedelta(hours=offset)
    first = plan_json(recs, now)
    assert plan_json(recs, now) == first
    text = codec.dumps(recs)
    back = codec.loads(text)
    assert back == recs
    assert codec.dumps(back) == text  # export → import → export is byte-identical
    assert plan_json(back, now) == first


# --- (e) the plan never proposes what the guard then blocks -------------------------------------------------
# For every step the plan shows as DUE or ALLOWED, the guard raises no BLOCK on the plan's own action, channel
# and recipients at some moment inside the step's window: now for a message, and for a call the next permitted
# calling time the plan shows beside it (``call_from``: H-14, K5, E-09).
GUARDED = frozenset(ACTIONS) - {"F", "DELIVER", "PAUSE-SEARCH", "SKIP-F1"}
SCENARIOS = sorted((Path(__file__).parent.parent / "scenarios").glob("S*.json"))
HISTORY_KINDS = (
    "TY",
    "FL",
    "F",
    "F-phone",
    "SCHED",
    "LI",
    "generic",
    "timeframe",
    "info",
    "info-phone",
    "call_back",
    "invitation",
    "invitation-voicemail",
    "offer-phone",
    "rejection",
    "rejection-phone",
    "schedule_reply",
    "no_contact",
    "news",
    "FB-phone",
    "FB",
    "RJ",
    "RSP-phone",
    "withdraw",
)
SETTINGS = (
    {},
    {"status_channel": "phone_hr"},
    {"status_channel": "phone_hr", "count_thank_you_as_touch": "false"},
    {"status_channel": "phone_hr", "status_recipient": "hiring_manager"},
    {"formal_letter": "required"},
    {"stated_date_grace": "none"},
    {"status_recipient": "hiring_manager"},
    {"followup_cap": "2", "unanswered_touch_cap": "2"},
    {"mail_printed_copy": "true", "feedback_request": "always"},
)


def history_event(kind: str, at: dt.datetime, tz: str, draw: st.DrawFn) -> Event:
    """One event of a random history; ``F`` becomes the next follow-up in ``agreeing_records``."""
    ident = f"q{next(_ids)}"
    phone = Channel.PHONE
    inbound = {
        "generic": (InboundKind.GENERIC, Channel.EMAIL),
        "timeframe": (InboundKind.TIMEFRAME, Channel.EMAIL),
        "info": (InboundKind.INFO_REQUEST, Channel.EMAIL),
        "info-phone": (InboundKind.INFO_REQUEST, phone),
        "call_back": (InboundKind.CALL_BACK, Channel.VOICEMAIL),
        "invitation": (InboundKind.INVITATION, Channel.EMAIL),
        "invitation-voicemail": (InboundKind.INVITATION, Channel.VOICEMAIL),
        "offer-phone": (InboundKind.OFFER, phone),
        "rejection": (InboundKind.REJECTION, Channel.EMAIL),
        "rejection-phone": (InboundKind.REJECTION, phone),
    }
    if kind in inbound:
        what, channel = inbound[kind]
        new_date = at.date() + dt.timedelta(days=draw(st.integers(0, 20))) if what == "timeframe" else None
        sender = draw(st.sampled_from(["priya", "dana"]))
        return Event(
            ident,
            EventType.INBOUND,
            at,
            kind=what.value,
            channel=channel,
            from_person=sender,
            new_date=new_date,
        )
    if kind == "schedule_reply":
        local = at.astimezone(ZoneInfo(tz))
        slot_day = local.date() + dt.timedelta(days=draw(st.integers(1, 6)))
        slot = dt.datetime.combine(
            slot_day, dt.time(draw(st.sampled_from([8, 10, 13, 15, 18]))), ZoneInfo(tz)
        )
        return Event(
            ident, EventType.INBOUND, at, kind=InboundKind.SCHEDULE_REPLY.value, channel=Channel.EMAIL,
            from_person="dana", slot=slot.astimezone(dt.UTC),
        )  # fmt: skip
    if kind == "no_contact":
        return Event(ident, EventType.NO_CONTACT, at)
    if kind == "withdraw":
        return Event(ident, EventType.WITHDRAWAL, at)
    if kind == "news":
        status = draw(st.sampled_from(["accepted", "published", "submitted", "in progress"]))
        return Event(ident, EventType.ACCOMPLISHMENT, at, status=status, relevant=draw(st.booleans()))
    sent_as = {
        "TY": ("TY", "dana", Channel.EMAIL),
        "FL": ("FL", "luis", Channel.EMAIL),
        "F": ("F", "priya", Channel.EMAIL),
        "F-phone": ("CALL", "priya", phone),
        "SCHED": ("SCHED", "dana", Channel.EMAIL),
        "LI": ("LI", "luis", Channel.LINKEDIN),
        "FB-phone": ("FB", "dana", phone),
        "FB": ("FB", "dana", Channel.EMAIL),
        "RJ": ("RJ", "dana", Channel.EMAIL),
        "RSP-phone": ("RSP", "priya", phone),
    }
    action, to, channel = sent_as[kind]
    slots = ()
    if action == "SCHED":
        local = at.astimezone(ZoneInfo(tz)).date()
        slots = tuple(
            dt.datetime.combine(local + dt.timedelta(days=d), dt.time(10), ZoneInfo(tz)).astimezone(dt.UTC)
            for d in (2, 3, 4)
        )
    return Event(ident, EventType.SENT, at, kind=action, to=(to,), channel=channel, proposed_slots=slots)


@st.composite
def agreeing_records(draw: st.DrawFn) -> tuple[Records, dt.datetime]:
    """A random application with a random history, and a moment after it (the plan's "now")."""
    where = draw(interviews())
    wait = draw(st.none() | st.integers(min_value=0, max_value=25))
    app = application(
        start=where["start"],
        tz=where["tz"],
        country=where["country"],
        subdivision=where["subdivision"],
        decision=None if wait is None else where["day"] + dt.timedelta(days=wait),
        has_hr=draw(st.booleans()),
        designated_contact=draw(st.sampled_from(["", "priya", "dana"])),
        preferred=draw(st.booleans()),
        arranger=draw(st.sampled_from(["", "priya"])),
        people=(
            dana(tz=draw(st.sampled_from(["", "America/Los_Angeles"]))),
            luis(email=draw(st.sampled_from(["luis@acme.example", ""]))),
            priya(),
        ),
    )
    end = app.interviews[0].end
    assert end is not None
    at, followups, events = end, 0, []
    for kind in draw(st.lists(st.sampled_from(HISTORY_KINDS), max_size=9)):
        at = at + dt.timedelta(hours=draw(st.integers(min_value=1, max_value=7 * 24)))
        made = history_event(kind, at, where["tz"], draw)
        if made.kind == "F":
            followups += 1
            made = dataclasses.replace(made, kind=f"F{min(followups, 3)}")
        events.append(made)
    later = st.integers(min_value=0, max_value=72) | st.integers(min_value=0, max_value=25 * 24)
    now = at + dt.timedelta(hours=draw(later))
    slots = [e.slot for e in events if e.slot is not None]
    if slots and draw(st.booleans()):  # at an agreed call (E-09)
        now = max(at, slots[-1] - dt.timedelta(minutes=draw(st.integers(min_value=-10, max_value=6))))
    offers = []
    if draw(st.booleans()):  # an offer from elsewhere (E-04)
        offered = end + dt.timedelta(hours=draw(st.integers(min_value=1, max_value=20 * 24)))
        deadline = offered.date() + dt.timedelta(days=draw(st.integers(min_value=1, max_value=10)))
        offers.append(Event(f"q{next(_ids)}", EventType.COMPETING_OFFER, offered, deadline=deadline))
    recs = records(
        dataclasses.replace(app, events=tuple(events)),
        settings=draw(st.sampled_from(SETTINGS)),
        events=offers,
    )
    return recs, now


def proposal_for(found: StepView, now: dt.datetime) -> Proposal:
    """What doing this step means: the plan's own action, channel and recipients, at the step's moment."""
    step = found.step
    return Proposal(
        action=step.action,
        to=step.to or ((step.person,) if step.person else ()),
        cc=step.cc,
        channel=step.channel,
        at=found.call_from if step.channel == "phone" else now,
    )


def disagreements(recs: Records, now: dt.datetime) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Steps the plan shows as DUE or ALLOWED that the guard blocks at their moment."""
    known = as_of(recs, now)
    calendars = calendars_for(known)
    found = []
    checked = 0
    for view in plan(known, calendars, now):
        for item in view.steps:
            if item.state not in (State.DUE.value, State.ALLOWED.value) or item.step.action not in GUARDED:
                continue
            if item.step.channel == "phone":
                assert item.call_from is not None and item.call_from >= now, (item.step.key, item.call_from)
            checked += 1
            event(f"checked {item.step.action} by {item.step.channel or 'default'}")
            verdict = check(known, view.schedule.application_id, proposal_for(item, now), calendars, now)
            if verdict.blocked:
                blocks = tuple(
                    f"{f.code} [{f.rule}] {f.message}"
                    for f in verdict.findings
                    if f.severity is Severity.BLOCK
                )
                found.append((view.schedule.application_id, item.step.key, item.state, blocks))
    return found


@PROPERTY
@given(scenario=st.sampled_from(SCENARIOS), hours=st.integers(min_value=-24, max_value=45 * 24))
def test_e_the_guard_allows_what_the_plan_proposes_in_every_scenario(scenario: Path, hours: int) -> None:
    recs = codec.loads(scenario.read_text())
    start = min(i.start for a in recs.applications for i in a.interviews)
    now = start + dt.timedelta(hours=hours)
    assert disagreements(recs, now) == [], (scenario.stem, now)


@PROPERTY
@given(drawn=agreeing_records())
def test_e_the_guard_allows_what_the_plan_proposes_after_any_history(
    drawn: tuple[Records, dt.datetime],
) -> None:
    recs, now = drawn
    problems = disagreements(recs, now)
    assert problems == [], (now, [(e.kind, e.at, e.channel, e.to) for e in recs.applications[0].events])
