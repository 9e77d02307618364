"""The records the checker tests write to: PLAYBOOK S08's Summit Legal LLP (Denver), Paralegal, an
in-person interview on Wed 21 Jan 2026 with John Whitaker (Mr., managing partner, hiring manager, no
first names; talking points: the e-discovery platform migration, the Denver marathon), Erin Walsh
(HR, main contact, not on the panel), Daniel Reyes (an employee who referred the candidate, not on the
panel, no permission to be named) and the candidate Alex Morgan. Decision by Fri 6 Feb 2026.

``letter`` assembles a message the way people write one; ``speller`` is a tiny spell checker that
knows only the words of these tests, as the shell's would know a whole dictionary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.drafts import DraftContext, TextFinding
from followup.core.model import (
    Application,
    Company,
    Debrief,
    Decision,
    Event,
    EventType,
    Interview,
    Person,
    Profile,
    Role,
)
from followup.core.settings import Settings

TZ = ZoneInfo("America/Denver")
DAY = dt.date(2026, 1, 21)
D = dt.date(2026, 2, 6)
SUBJECT = "Job interview follow up for Alex Morgan"
SIGNATURE = ("Alex Morgan", "+1 303 555 0147", "88 Elm St, Denver, CO 80203", "alex.morgan@example.com")
ALEX = Profile(
    name="Alex Morgan",
    email="alex.morgan@example.com",
    phone="+1 303 555 0147",
    postal_address="88 Elm St, Denver, CO 80203",
    tz="America/Denver",
)
FIT = "Four years of litigation support and document review make me ready to run case files from day one."


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def john(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "id": "john",
        "first": "John",
        "last": "Whitaker",
        "honorific": "Mr.",
        "title": "Managing Partner",
        "role": Role.HIRING_MANAGER,
        "email": "jwhitaker@summit.example",
        "talking_points": ("e-discovery platform migration", "both ran the Denver marathon"),
    }
    return Person(**(base | fields))


def erin(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "id": "erin",
        "first": "Erin",
        "last": "Walsh",
        "honorific": "Ms.",
        "title": "HR Manager",
        "role": Role.HR,
        "on_panel": False,
        "email": "ewalsh@summit.example",
    }
    return Person(**(base | fields))


def daniel(**fields: Any) -> Person:
    base: dict[str, Any] = {
        "id": "daniel",
        "first": "Daniel",
        "last": "Reyes",
        "honorific": "Mr.",
        "title": "Litigation Support Analyst",
        "role": Role.EMPLOYEE,
        "on_panel": False,
        "email": "dreyes@summit.example",
    }
    return Person(**(base | fields))


def priya(**fields: Any) -> Person:
    """A second interviewer, for notes to a panel."""
    base: dict[str, Any] = {
        "id": "priya",
        "first": "Priya",
        "last": "Nair",
        "honorific": "Ms.",
        "title": "Senior Paralegal",
        "role": Role.INTERVIEWER,
        "email": "pnair@summit.example",
        "talking_points": ("deposition binders for the Keller trial",),
    }
    return Person(**(base | fields))


def summit(debrief: Debrief | None = None, **fields: Any) -> Application:
    interview = Interview(
        id="i1",
        start=at(DAY, 10),
        end=at(DAY, 11),
        tz="America/Denver",
        debrief=debrief or Debrief(fit_statement=FIT, emphasized=("attention to detail", "document review")),
    )
    base: dict[str, Any] = {
        "id": "summit",
        "company": Company(name="Summit Legal LLP"),
        "position": "Paralegal",
        "interviews": (interview,),
        "people": (john(), erin(), daniel(), priya()),
        "main_contact": "erin",
        "arranger": "daniel",
        "decision": Decision(stated_text="by Friday 6 February", date=D),
    }
    return Application(**(base | fields))


def context(action: str = "TY", recipient: Person | None = None, **fields: Any) -> DraftContext:
    """The context of ``action`` to John Whitaker (or ``recipient``) in the S08 world; keyword overrides."""
    settings = fields.pop("settings", Settings())
    app = fields.pop("application", summit())
    base: dict[str, Any] = {
        "action": action,
        "profile": ALEX,
        "settings": settings,
        "application": app,
        "recipient": recipient if recipient is not None else john(),
        "interview_format": "in_person",
        "interview_date": DAY,
        "decision_date": D,
        "needs_next_steps_question": False,
        "last_permitted_touch": False,
        "today": DAY,
    }
    return DraftContext(**(base | fields))


def letter(
    greeting: str, *paragraphs: str, closing: str = "Kind regards,", signature: tuple[str, ...] = SIGNATURE
) -> str:
    """A message as people type it: greeting, blank line, paragraphs, blank line, closing and signature."""
    tail = "\n".join(line for line in (closing, *signature) if line)
    return "\n\n".join(part for part in (greeting, *paragraphs, tail) if part)


def sent(kind: str, body: str, day: dt.date = DAY, to: tuple[str, ...] = ("john",), **fields: Any) -> Event:
    return Event(
        id=f"{kind}-{day}-{to}", type=EventType.SENT, at=at(day, 15), kind=kind, to=to, body=body, **fields
    )


KNOWN = frozenset(
    str.split(
        """
        about across again also am an and any anything arrive arrived as assignment at attorneys be
        believe bonus can career careful carefully case cheers comes comparing complex connected
        contribute conversation could deadlines deal dear decision details discovery discuss discussed
        document drafted eager enjoyed even every everyone excited experience files filing firm
        first for forward four from further glad grateful great grow have hear hearing help hi hours
        how if in interested interview interviewed invests is it january joining keeping kind know
        large learn left let like litigation look managing matters me meet meeting mentioned
        mentoring migration more morning motions move mr my new next notes of office on order organized our
        over paralegal paralegals partners place plan platform please position prefer prepared
        program provide range regards remain review role routine rules salary same see several share
        since smoothly sounds spent staff stage stay structure support supporting talk team teams
        than thank that the their this time timeline to today tracked training update usual very
        warm was way we wednesday week welcome what when where with work working would years you
        your
        """
    )
)


def speller(words: list[str]) -> set[str]:
    """The words it does not know: everything outside ``KNOWN`` (names come from the records)."""
    return {w for w in words if w.lower() not in KNOWN}


def of_rule(findings: list[TextFinding], rule: str) -> list[TextFinding]:
    return [f for f in findings if f.rule == rule]


def codes(findings: list[TextFinding]) -> set[str]:
    return {f.code for f in findings}


def marked(text: str, finding: TextFinding) -> str:
    """The text a finding points at."""
    return text[finding.start : finding.end]


def tone_kinds(action: str, sentence: str) -> list[str]:
    """The W-TONE kinds a letter to Mr. Whitaker about the Paralegal role raises when ``sentence`` sits
    between its thanks and its close, for a message of ``action``."""
    from followup.core.checks.checker import check_text

    text = letter(
        "Dear Mr. Whitaker,",
        f"Thank you for meeting me about the Paralegal role. {sentence} I look forward to hearing from you.",
    )
    return [str(f.kind) for f in check_text(context(action), SUBJECT, text) if f.code == "W-TONE"]


OPENING = "Thank you for meeting with me today about the Paralegal role."
CLOSE = "I am very interested and look forward to hearing from you."


def proof_in_letter(sentence: str) -> list[tuple[str, str]]:
    """C-11's findings on ``sentence`` set in a good thank-you letter: (the words marked, the kind)."""
    from followup.core.checks.checker import check_text

    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    return [(marked(text, f), f.kind) for f in check_text(context(), SUBJECT, text) if f.code == "W-PROOF"]
