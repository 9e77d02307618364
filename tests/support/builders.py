"""Small records for rule tests: one application with an interview, a panel, HR and a few events.

Times are written as local wall-clock text ("2026-03-02T14:00") in the interview's zone, as PLAYBOOK
§4 writes them, and turned into aware UTC datetimes here. The default application is a Monday
in-person interview (Mon 2 Mar 2026, 10:00–11:00, New York) with a hiring manager (Dana Kim), one
more interviewer (Luis Ortega) and an HR recruiter who is not on the panel (Priya Shah, the main
contact); no decision date, nothing sent. Every builder takes keyword overrides, so a test states only
what its rule is about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.codes import Severity
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import (
    Application,
    Channel,
    Company,
    Culture,
    Debrief,
    Decision,
    Event,
    EventType,
    Format,
    ImprovementItem,
    InboundKind,
    Interview,
    Person,
    Profile,
    Records,
    Role,
)
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.facts import Facts
from followup.core.plan.planner import as_of, inputs_for, plan
from followup.core.plan.schedule import PlanView, StepView
from followup.workdays import business_calendar, calendars_for

TZ = "America/New_York"
D = dt.date
YEARS = (2025, 2026, 2027)
US = business_calendar("US", "", YEARS)

_ids = itertools.count(1)


# --- time ------------------------------------------------------------------------------------------------
def at(text: str, tz: str = TZ) -> dt.datetime:
    """Local wall-clock text (``2026-03-02T14:00``) in zone ``tz`` as an aware UTC datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).astimezone(dt.UTC)


def local_text(moment: dt.datetime | None, tz: str = TZ) -> str:
    """``Mon 02 Mar 14:00`` in zone ``tz``."""
    assert moment is not None
    return moment.astimezone(ZoneInfo(tz)).strftime("%a %d %b %H:%M")


# --- records ---------------------------------------------------------------------------------------------
def person(pid: str, first: str = "", last: str = "", **fields: Any) -> Person:
    """A person; unless given, the email is ``<id>@acme.example``."""
    fields.setdefault("email", f"{pid}@acme.example")
    return Person(id=pid, first=first, last=last, **fields)


def dana(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "title": "Director of Marketing",
        "role": Role.HIRING_MANAGER,
        "honorific": "Ms.",
        "talking_points": ("attribution dashboards",),
    }
    return person("dana", **({"first": "Dana", "last": "Kim"} | base | fields))


def luis(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "title": "Senior Analyst",
        "honorific": "Mr.",
        "talking_points": ("SQL style guide",),
    }
    return person("luis", **({"first": "Luis", "last": "Ortega"} | base | fields))


def priya(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "title": "Recruiter",
        "role": Role.HR,
        "on_panel": False,
        "phone": "+1 617 555 0101",
    }
    return person("priya", **({"first": "Priya", "last": "Shah"} | base | fields))


def default_people() -> tuple[Person, ...]:
    return (dana(), luis(), priya())


def interview(
    start: str = "2026-03-02T10:00",
    minutes: int | None = 60,
    *,
    tz: str = TZ,
    format: Format = Format.IN_PERSON,
    iid: str = "i1",
    **fields: Any,
) -> Interview:
    begin = at(start, tz)
    end = begin + dt.timedelta(minutes=minutes) if minutes is not None else None
    return Interview(id=iid, start=begin, end=end, tz=tz, format=format, **fields)


def application(
    *,
    aid: str = "acme",
    start: str = "2026-03-02T10:00",
    minutes: int | None = 60,
    tz: str = TZ,
    format: Format = Format.IN_PERSON,
    debrief: Debrief | None = None,
    interviews: tuple[Interview, ...] | None = None,
    people: Iterable[Person] | None = None,
    main_contact: str = "priya",
    designated_contact: str = "",
    contact_means: Channel | None = None,
    arranger: str = "",
    decision: D | None = None,
    stated_text: str = "",
    events: Iterable[Event] = (),
    settings: Mapping[str, str] | None = None,
    country: str = "US",
    subdivision: str = "",
    has_hr: bool = True,
    culture: Culture = Culture.UNKNOWN,
    preferred: bool = False,
    extra_closures: tuple[D, ...] = (),
    company: str = "Acme Analytics",
    position: str = "Marketing Analyst",
) -> Application:
    """The default application (see the module docstring) with any part replaced."""
    if interviews is None:
        interviews = (interview(start, minutes, tz=tz, format=format, debrief=debrief or Debrief()),)
    return Application(
        id=aid,
        company=Company(
            name=company,
            country=country,
            subdivision=subdivision,
            tz=tz,
            has_hr=has_hr,
            culture=culture,
            preferred=preferred,
            extra_closures=extra_closures,
        ),
        position=position,
        interviews=interviews,
        people=tuple(default_people() if people is None else people),
        main_contact=main_contact,
        designated_contact=designated_contact,
        contact_means=contact_means,
        arranger=arranger,
        decision=Decision(stated_text=stated_text, date=decision),
        settings=tuple(sorted((settings or {}).items())),
        events=tuple(events),
    )


def records(
    *apps: Application, settings: Mapping[str, str] | None = None, events: Iterable[Event] = ()
) -> Records:
    return Records(
        profile=Profile(
            name="Alex Morgan",
            email="alex.morgan@example.com",
            phone="+1 617 555 0147",
            postal_address="88 Elm St, Boston, MA 02108",
            tz=TZ,
            country="US",
        ),
        settings=tuple(sorted((settings or {}).items())),
        applications=apps or (application(),),
        events=tuple(events),
    )


def with_events(recs: Records, *events: Event, app: int = 0) -> Records:
    """``recs`` with ``events`` added to application number ``app``."""
    apps = list(recs.applications)
    apps[app] = dataclasses.replace(apps[app], events=(*apps[app].events, *events))
    return dataclasses.replace(recs, applications=tuple(apps))


# --- events ----------------------------------------------------------------------------------------------
def _event_id(prefix: str) -> str:
    return f"{prefix}{next(_ids)}"


def sent(kind: str, when: str, to: Iterable[str] = (), *, tz: str = TZ, **fields: Any) -> Event:
    """Something the candidate sent or did (kind = a §1.9 action identifier)."""
    fields.setdefault("channel", Channel.PHONE if kind == "CALL" else Channel.EMAIL)
    return Event(id=_event_id("s"), type=EventType.SENT, at=at(when, tz), kind=kind, to=tuple(to), **fields)


def inbound(
    kind: InboundKind, when: str, from_person: str = "priya", *, tz: str = TZ, **fields: Any
) -> Event:
    """The employer wrote or called."""
    fields.setdefault("channel", Channel.EMAIL)
    return Event(
        id=_event_id("in"),
        type=EventType.INBOUND,
        at=at(when, tz),
        kind=kind.value,
        from_person=from_person,
        **fields,
    )


def event(etype: EventType, when: str, *, tz: str = TZ, **fields: Any) -> Event:
    """Any other event (no-contact request, competing offer, accomplishment, withdrawal ...)."""
    return Event(id=_event_id("ev"), type=etype, at=at(when, tz), **fields)


def complete_debrief(done: str = "2026-03-02T11:25", **fields: Any) -> Debrief:
    """A debrief that lacks nothing (D-04 to D-09) for the default panel, saved at ``done``."""
    base: dict[str, Any] = {
        "done_at": at(done),
        "takeaways": ("small team, big mandate",),
        "went_well": ("the budget example",),
        "to_improve": (ImprovementItem("shorter answers"),),
        "self_rating": 4,
        "no_stumbles": True,
        "fit_statement": "I have built attribution dashboards for two retailers.",
    }
    return Debrief(**(base | fields))


# --- running the planner and the guard -------------------------------------------------------------------
def calendars(recs: Records, calendar: BusinessCalendar | None = None) -> dict[str, BusinessCalendar]:
    """One calendar per application: ``calendar`` for all, else each company's own (workdays)."""
    if calendar is None:
        return calendars_for(recs)
    return {a.id: calendar for a in recs.applications}


def plan_at(
    recs: Records, now: str, *, app: int = 0, tz: str = TZ, calendar: BusinessCalendar | None = None
) -> PlanView:
    return plan(recs, calendars(recs, calendar), at(now, tz))[app]


def check_at(
    recs: Records,
    now: str,
    *,
    app: int = 0,
    tz: str = TZ,
    calendar: BusinessCalendar | None = None,
    **proposal: Any,
) -> Verdict:
    return check(
        recs, recs.applications[app].id, Proposal(**proposal), calendars(recs, calendar), at(now, tz)
    )


def step(view: PlanView, label: str) -> StepView:
    found = view.view(label)
    assert found is not None, f"no step {label}: {[v.step.label for v in view.steps]}"
    return found


def state(view: PlanView, label: str) -> str:
    return step(view, label).state


def codes(view: PlanView, label: str) -> set[str]:
    return set(step(view, label).codes)


def windows(view: PlanView, label: str) -> list[tuple[str, D, D]]:
    return list(step(view, label).step.windows)


def notices(view: PlanView) -> set[str]:
    return {n.code for n in view.notices}


def notice(view: PlanView, code: str) -> str:
    """The message of the active notice ``code``."""
    found = next((n for n in view.notices if n.code == code), None)
    assert found is not None, f"no notice {code}: {notices(view)}"
    return found.message


def labels(view: PlanView) -> list[str]:
    return [v.step.label for v in view.steps]


def serious(verdict: Verdict) -> set[str]:
    """The WARN and BLOCK codes of a verdict (K10: NOTE-level codes may be added freely)."""
    return {f.code for f in verdict.findings if f.severity is not Severity.NOTE}


def severity(verdict: Verdict, code: str) -> Severity:
    found = next((f for f in verdict.findings if f.code == code), None)
    assert found is not None, f"{code} not raised: {verdict.codes}"
    return found.severity


def message(verdict: Verdict, code: str) -> str:
    found = next((f for f in verdict.findings if f.code == code), None)
    assert found is not None, f"{code} not raised: {verdict.codes}"
    return found.message


def facts_at(recs: Records, now: str, *, app: int = 0, tz: str = TZ) -> Facts:
    """The planner's derived facts (touches, unanswered, responsive ...) as known at ``now``."""
    known = as_of(recs, at(now, tz))
    application_ = known.applications[app]
    assert application_.current_interview is not None
    calendar = calendars(known)[application_.id]
    return Facts(application_, inputs_for(known, application_, calendar), application_.current_interview)
