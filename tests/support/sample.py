"""Sample records for tests: ``full_records()`` sets every field of every record to a non-default value,
so a store that drops or mangles a field fails a round trip; ``fields_left_at_default`` proves it does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any

from followup.core.model import (
    Application,
    CallOutcome,
    Channel,
    Company,
    Culture,
    Debrief,
    Decision,
    Document,
    Event,
    EventType,
    Format,
    GapKind,
    ImprovementItem,
    InboundKind,
    Interview,
    Person,
    Profile,
    Records,
    Role,
    SavedDraft,
    StumbledQuestion,
    TeamFit,
)
from followup.core.plan.agenda import FOREVER, AgendaRow

UTC = dt.UTC
PARIS_SUMMER = dt.timezone(dt.timedelta(hours=2), "CEST")


def full_records(tag: str = "") -> Records:
    """Records in which every field of every record type is set to something other than its default.

    ``tag`` goes into the names, so two owners' records can be told apart."""
    return Records(
        profile=Profile(
            name=f"Alex Rivera{tag}",
            email="alex@example.org",
            phone="+1 415 555 0100",
            postal_address="1 Main St\nSpringfield, IL 62701",
            tz="America/Chicago",
            country="CA",
            words=("Kubernetes", "OKRs"),
        ),
        settings=(
            ("thank_you_timing", "within_24h"),
            ("followup_cap", "2"),
            ("letter_closing", "Bien à vous"),
        ),
        applications=(_acme(tag), _globex(tag)),
        events=(
            Event(
                id="g1",
                type=EventType.COMPETING_OFFER,
                at=dt.datetime(2026, 3, 10, 16, 0, tzinfo=UTC),
                source="Initech",
                deadline=dt.date(2026, 3, 20),
                note="verbal offer",
            ),
            Event(id="g2", type=EventType.SEARCH_PAUSED, at=dt.datetime(2026, 3, 11, 9, 0, tzinfo=UTC)),
        ),
    )


def _acme(tag: str) -> Application:
    return Application(
        id="acme",
        company=Company(
            name=f"Acme Rockets{tag}",
            country="DE",
            subdivision="BY",
            tz="Europe/Berlin",
            has_hr=False,
            culture=Culture.TRADITIONAL,
            preferred=True,
            extra_closures=(dt.date(2026, 12, 24), dt.date(2026, 12, 31)),
        ),
        position="Staff Engineer, Propulsion",
        interviews=(
            Interview(
                id="i1",
                start=dt.datetime(2026, 3, 2, 15, 30, 0, 123456, tzinfo=PARIS_SUMMER),
                end=dt.datetime(2026, 3, 2, 17, 0, tzinfo=UTC),
                tz="Europe/Berlin",
                format=Format.VIDEO,
                round=2,
                location="Building 7, room 3",
                link="https://meet.example.org/abc",
                cancelled=True,
                uid="040000008200E00074C5B7101A82E008@example.org",
                sequence=2,
                debrief=Debrief(
                    done_at=dt.datetime(2026, 3, 2, 19, 0, tzinfo=UTC),
                    with_friend=True,
                    quiet_place=True,
                    takeaways=("they ship weekly", "on-call is light"),
                    concerns=("commute",),
                    excitements=("test stand",),
                    team_fit=TeamFit.UNSURE,
                    open_questions=("relocation budget?",),
                    went_well=("system design",),
                    to_improve=(
                        ImprovementItem(text="fluid dynamics basics", kind=GapKind.SKILL_INVESTMENT),
                        ImprovementItem(text="shorter answers"),
                    ),
                    stumbled_questions=(
                        StumbledQuestion(
                            question="Why rockets?",
                            answer='Since I was six — "ad astra".',
                            answered_at=dt.datetime(2026, 3, 3, 8, 0, 0, 500, tzinfo=PARIS_SUMMER),
                        ),
                        StumbledQuestion(question="Biggest failure?"),
                    ),
                    no_stumbles=True,
                    fit_statement="I have built test rigs for eight years.",
                    emphasized=("rig automation",),
                    to_supplement=("link to the paper",),
                    self_rating=4,
                ),
            ),
            Interview(id="i0", start=dt.datetime(2026, 2, 20, 14, 0, tzinfo=UTC)),
        ),
        people=(
            Person(
                id="p2",
                first="Dana",
                last="Kim",
                honorific="Dr.",
                title="Head of Propulsion",
                role=Role.HIRING_MANAGER,
                on_panel=False,
                email="dana@acme.example",
                phone="+49 89 1234",
                postal_address="Acme GmbH\nMünchen",
                tz="Europe/Berlin",
                first_name_ok=True,
                permission_to_name=True,
                talking_points=("valve redesign", "the 2025 launch"),
            ),
            Person(id="p1", first="Lee", role=Role.HR),
        ),
        main_contact="p1",
        designated_contact="p2",
        contact_means=Channel.LETTER,
        arranger="p1",
        decision=Decision(
            stated_text="within two weeks", date=dt.date(2026, 3, 16), fill_date=dt.date(2026, 4, 1)
        ),
        settings=(("status_channel", "phone_hr"), ("stated_date_grace", "none")),
        events=(
            Event(
                id="e2",
                type=EventType.SENT,
                at=dt.datetime(2026, 3, 2, 20, 15, 30, tzinfo=UTC),
                kind="TY:Dana Kim",
                channel=Channel.PHONE,
                to=("dana@acme.example", "lee@acme.example"),
                cc=("me@example.org",),
                from_person="p1",
                subject="Thank you — Staff Engineer",
                body="Dear Dr. Kim,\n\nThank you…\n\tAlex",
                attachments=(
                    Document(
                        name="portfolio.pdf",
                        sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        size=48213,
                        modified=dt.datetime(2026, 2, 20, 9, 30, tzinfo=UTC),
                        recorded_at=dt.datetime(2026, 3, 2, 20, 15, 30, tzinfo=UTC),
                    ),
                ),
                call_outcome=CallOutcome.VOICEMAIL,
                handwritten=True,
                with_note=False,
                new_date=dt.date(2026, 3, 23),
                stated_text="next Monday",
                deadline=dt.date(2026, 3, 25),
                slot=dt.datetime(2026, 3, 5, 10, 0, tzinfo=PARIS_SUMMER),
                proposed_slots=(
                    dt.datetime(2026, 3, 5, 8, 0, tzinfo=UTC),
                    dt.datetime(2026, 3, 6, 9, 30, 0, 250000, tzinfo=PARIS_SUMMER),
                ),
                source="referral",
                status="published",
                relevant=True,
                hooks=("article", "connection"),
                override_codes=("B-QUIET", "B-CAP"),
                override_reason="they asked me to call",
                note="left a message with the front desk",
            ),
            Event(
                id="e1",
                type=EventType.INBOUND,
                at=dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
                kind=InboundKind.TIMEFRAME.value,
            ),
        ),
        notes="Met Dana at the 2025 conference.\nAsk about the test stand.",
        drafts=(
            SavedDraft(
                step_key="TY:p1",
                action="TY",
                channel="letter",
                to=("p1",),
                cc=("p2",),
                subject="Thank you",
                text="Dear Ms. Kim,\n\nThank you.",
                message_id="<m1@example.org>",
                saved_at=dt.datetime(2026, 3, 2, 15, 0, tzinfo=UTC),
                mailbox_at=dt.datetime(2026, 3, 2, 15, 5, tzinfo=UTC),
                override_codes=("W-EARLY",),
                override_reason="they asked for it today",
            ),
        ),
        resume=Document(
            name="resume-2026.pdf",
            sha256="60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
            size=91422,
            modified=dt.datetime(2026, 2, 10, 18, 5, tzinfo=UTC),
            recorded_at=dt.datetime(2026, 2, 11, 8, 0, tzinfo=UTC),
        ),
        archived_at=dt.datetime(2026, 6, 1, 9, 0, tzinfo=UTC),
    )


def _globex(tag: str) -> Application:
    return Application(
        id="globex",
        company=Company(name=f"Globex{tag}"),
        position="Engineer",
        people=(Person(id="p1", first="Hank", last="Scorpio", role=Role.HIRING_MANAGER),),
        interviews=(Interview(id="i1", start=dt.datetime(2026, 3, 4, 17, 0, tzinfo=UTC)),),
    )


def agenda_row(
    application_id: str, step_key: str, starts_at: int, ends_at: int = FOREVER, **more: Any
) -> AgendaRow:
    """An agenda row with every text field filled; ``more`` overrides any field."""
    values: dict[str, Any] = {
        "application_id": application_id,
        "step_key": step_key,
        "label": f"{step_key.split(':')[0]}:Dana Kim",
        "company": "Acme Rockets",
        "position": "Staff Engineer",
        "state": "DUE",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "target_at": starts_at + 3600,
        "deadline_at": None if ends_at == FOREVER else ends_at,
        "channel": "email",
        "recipients": "Dana Kim, Lee",
        "codes": "W-LATE I-01",
        "rules": "T-01 H-01",
        "reason": "Thank each interviewer the same day.",
    }
    values.update(more)
    return AgendaRow(**values)


# --- coverage of the sample ----------------------------------------------------------------------------


def fields_left_at_default(root: object) -> list[str]:
    """``Class.field`` for every field of every record type reachable from ``type(root)`` that no value
    under ``root`` sets to something other than its default (empty means the sample covers everything)."""
    required = {
        f"{cls.__name__}.{f.name}" for cls in _record_types(type(root)) for f in dataclasses.fields(cls)
    }
    return sorted(required - _non_default(root))


def _record_types(cls: type, seen: set[type] | None = None) -> set[type]:
    seen = set() if seen is None else seen
    if cls in seen or not dataclasses.is_dataclass(cls):
        return seen
    seen.add(cls)
    for hint in typing.get_type_hints(cls).values():
        for inner in _types_in(hint):
            _record_types(inner, seen)
    return seen


def _types_in(hint: Any) -> list[type]:
    if isinstance(hint, type) and not typing.get_args(hint):
        return [hint]
    found: list[type] = []
    for arg in typing.get_args(hint):
        if arg is not Ellipsis:
            found.extend(_types_in(arg))
    origin = typing.get_origin(hint)
    if isinstance(origin, type) and origin is not types.UnionType:
        found.append(origin)
    return found


def _non_default(value: object) -> set[str]:
    found: set[str] = set()
    if isinstance(value, tuple):
        for item in value:
            found |= _non_default(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                default = dataclasses.MISSING  # required fields count as set
            if current != default:
                found.add(f"{type(value).__name__}.{f.name}")
            found |= _non_default(current)
    return found
