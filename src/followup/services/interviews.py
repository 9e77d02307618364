"""Applications and their interviews, the employer's stated timeline, and the debrief (I-01–I-07, D-*)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from followup.core import codec
from followup.core.errors import InvalidInput
from followup.core.model import (
    Application,
    Channel,
    Company,
    Culture,
    Debrief,
    Decision,
    Document,
    Event,
    EventType,
    Format,
    Interview,
)
from followup.core.plan.decision_date import DecisionParse, parse_decision
from followup.services.plausible import check_rounds
from followup.services.workspace import Change, Workspace, next_id, slug
from followup.workdays import business_calendar, years_for


@dataclass(frozen=True)
class InterviewInput:
    company: str
    start: dt.datetime
    end: dt.datetime | None = None
    tz: str = ""
    format: Format = Format.IN_PERSON
    position: str = ""
    location: str = ""
    link: str = ""
    country: str = ""
    subdivision: str = ""
    company_tz: str = ""
    has_hr: bool = True
    culture: Culture = Culture.UNKNOWN
    preferred: bool = False
    application_id: str = ""  # add a further round to this application
    resume: Document | None = None  # the résumé submitted with the application (C-17)


def add_interview(ws: Workspace, given: InterviewInput) -> tuple[Application, Interview]:
    """Record an interview: a new application, or the next round of an existing one (E-01 restarts)."""
    if given.start.tzinfo is None:
        raise InvalidInput("start", "a date and time with a zone")
    if not given.company.strip() and not given.application_id:
        raise InvalidInput("company", "the employer's name")
    if given.link and not LINK_SHAPE.fullmatch(given.link):
        raise InvalidInput(
            "link",
            "a meeting link such as https://meet.example.com/abc (http, https, tel or sip)",
            given.link,
        )
    with ws.transaction() as change:
        profile = change.known.profile
        tz = given.tz or given.company_tz or profile.tz
        codec.check_time_zone(tz, "time zone")
        if given.end is not None and not given.start < given.end <= given.start + LONGEST_INTERVIEW:
            zone = ZoneInfo(tz)  # say it in the zone the times were typed in
            start, end = given.start.astimezone(zone), given.end.astimezone(zone)
            when = "after the start" if given.end <= given.start else "within 12 hours of the start"
            raise InvalidInput("end", f"a time {when} ({start:%Y-%m-%d %H:%M})", f"{end:%Y-%m-%d %H:%M}")
        if given.application_id:
            app = change.app(given.application_id)
        else:
            country = (given.country or profile.country or "US").upper()
            codec.check_country(country, "country")
            company = Company(
                name=given.company.strip(),
                country=country,
                subdivision=given.subdivision.upper(),
                tz=given.company_tz or tz,
                has_hr=given.has_hr,
                culture=given.culture,
                preferred=given.preferred,
            )
            codec.check_time_zone(company.tz, "company time zone", allow_empty=True)
            taken = set(change.application_ids())
            app = Application(
                id=slug(given.company, taken, "application"), company=company, position=given.position
            )
        interview = Interview(
            id=next_id("i", {i.id for i in app.interviews}),
            start=given.start.astimezone(dt.UTC),
            end=given.end.astimezone(dt.UTC) if given.end else None,
            tz=tz,
            format=given.format,
            round=len(app.interviews) + 1,
            location=given.location,
            link=given.link,
        )
        app = dataclasses.replace(app, interviews=(*app.interviews, interview))
        check_rounds(app, interview)
        if given.resume is not None:
            app = dataclasses.replace(app, resume=given.resume)
        check_calendar(app)
        change.put(app, affects=has_open_answers)  # W-PREP (L-01): open answers before a next interview
    return app, interview


# A link the calendar and the plan can show: a web address (with or without https://), or a dial-in.
LINK_SHAPE = re.compile(
    r"(?:(?:https?://)?[^\s/:@]+\.[^\s/:@]+(?::[0-9]+)?(?:[/?#]\S*)?|(?:tel|sip):\S+)", re.I
)
LONGEST_INTERVIEW = dt.timedelta(hours=12)  # an on-site day is long; a longer "interview" is a typo


def has_open_answers(app: Application) -> bool:
    interview = app.current_interview
    return interview is not None and any(q.answered_at is None for q in interview.debrief.stumbled_questions)


def check_calendar(app: Application) -> None:
    """The employer's country and subdivision must be known to the holidays package (§1.2)."""
    business_calendar(app.company.country, app.company.subdivision, years_for(app))


def interview_day(app: Application) -> dt.date:
    """I: the local date of the current interview's end (§1.3, §1.5)."""
    interview = app.current_interview
    if interview is None:
        raise InvalidInput(
            "application", "an application with an interview; add one with `followup interview add`"
        )
    minutes = 30 if interview.format is Format.PHONE else 60
    end = interview.end or interview.start + dt.timedelta(minutes=minutes)
    return end.astimezone(ZoneInfo(interview.tz)).date()


def set_timeline(
    ws: Workspace,
    application_id: str,
    text: str,
    *,
    date: dt.date | None = None,
    fill_date: dt.date | None = None,
    contact: str = "",
    means: Channel | None = None,
) -> tuple[Application, DecisionParse]:
    """I-01, I-02, D-08: what the employer said, the date D read from it (§1.4), who will call and how.
    With no words and no date, what was said before is kept (only the contact, means or fill date change)."""
    with ws.transaction() as change:
        app = change.app(application_id)
        anchor = interview_day(app)
        if not text and date is None:
            text, date = app.decision.stated_text, app.decision.date
        calendar = business_calendar(app.company.country, app.company.subdivision, years_for(app))
        parsed = (
            DecisionParse(date, "date given")
            if date
            else parse_decision(text, anchor, calendar, app.company.country)
        )
        if parsed.problem:
            accepted = f"words whose dates exist ({parsed.problem}), or the date itself with --date"
            raise InvalidInput("their words", accepted, text)
        if parsed.date is not None:
            check_after_interview(parsed.date, anchor, "decision date")
        if fill_date is not None:
            check_after_interview(fill_date, anchor, "fill date")
        if contact and app.person(contact) is None:
            raise InvalidInput(
                "contact", "the id of a person of this application (see `followup person list`)", contact
            )
        decision = Decision(stated_text=text, date=parsed.date, fill_date=fill_date or app.decision.fill_date)
        app = dataclasses.replace(
            app,
            decision=decision,
            designated_contact=contact or app.designated_contact,
            contact_means=means or app.contact_means,
        )
        change.put(app)
    return app, parsed


FARTHEST_DATE = dt.timedelta(days=366)  # a decision a year or more away is a typo ("within 999 weeks")


def check_after_interview(day: dt.date, anchor: dt.date, field: str) -> None:
    """A date the employer named: on or after the interview day I, and within a year of it."""
    if not anchor <= day <= anchor + FARTHEST_DATE:
        latest = anchor + FARTHEST_DATE
        raise InvalidInput(
            field,
            f"a date from the interview ({anchor:%a %d %b %Y}) to a year after it ({latest:%a %d %b %Y})",
            day.isoformat(),
        )


def request_no_contact(
    ws: Workspace, application_id: str, at: dt.datetime, until: dt.date | None
) -> Application:
    """I-05: the employer asked not to be contacted (until a date, else D, else bd(I,10))."""
    with ws.transaction() as change:
        app = change.app(application_id)
        event = Event(next_id("e", {e.id for e in app.events}), EventType.NO_CONTACT, at, new_date=until)
        app = dataclasses.replace(app, events=(*app.events, event))
        change.put(app)
    return app


def save_debrief(ws: Workspace, application_id: str, debrief: Debrief) -> Application:
    """D-01–D-11: store the debrief of the current interview; the plan says what it still lacks."""
    if debrief.self_rating is not None and not 1 <= debrief.self_rating <= 5:
        raise InvalidInput("self rating", "a whole number from 1 to 5", str(debrief.self_rating))
    with ws.transaction() as change:
        app = change.app(application_id)
        interview = app.current_interview
        if interview is None:
            raise InvalidInput("application", "an application with an interview")
        if debrief.done_at is not None and debrief.done_at < interview.start:
            raise InvalidInput(
                "--now",
                f"a moment after the interview began ({interview.start:%Y-%m-%d %H:%M} UTC): "
                "a debrief follows it",
                f"{debrief.done_at:%Y-%m-%d %H:%M} UTC",
            )
        updated = dataclasses.replace(interview, debrief=debrief)
        app = dataclasses.replace(
            app, interviews=tuple(updated if i.id == interview.id else i for i in app.interviews)
        )
        change.put(app)
    return app


def current_debrief(change: Change, application_id: str) -> Debrief:
    interview = change.app(application_id).current_interview
    return interview.debrief if interview else Debrief()
