"""The export format: lossless round trips, stable bytes, and strict import errors that name the JSON path."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import json
import string
import sys
from collections.abc import Callable
from dataclasses import MISSING, Field, fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any, get_type_hints
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.core import codec
from followup.core.codec import COUNTRY_CODES, data_to_records, dumps, loads, records_to_data
from followup.core.errors import InvalidInput
from followup.core.fields import BIDI_CONTROLS, COMPANY, INVISIBLE, problem_of
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

UTC = dt.UTC
RECORD_TYPES = (
    Profile,
    Company,
    Person,
    ImprovementItem,
    StumbledQuestion,
    Debrief,
    Interview,
    Decision,
    Event,
    Document,
    SavedDraft,
    Application,
    Records,
)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"


def at(day: int, hour: int, minute: int = 0, *, micro: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, 0, micro, tzinfo=UTC)


def full_records() -> Records:
    """Every field of every record holds a value other than its default somewhere in here."""
    debrief = Debrief(
        done_at=at(2, 18),
        with_friend=True,
        quiet_place=True,
        takeaways=("they ship weekly",),
        concerns=("on-call load",),
        excitements=("the data team",),
        team_fit=TeamFit.YES,
        open_questions=("remote days?",),
        went_well=("system design",),
        to_improve=(
            ImprovementItem("SQL window functions", GapKind.SKILL_INVESTMENT),
            ImprovementItem("pace"),
        ),
        stumbled_questions=(StumbledQuestion("Why leave?", "Growth.", at(3, 9)), StumbledQuestion("Salary?")),
        no_stumbles=True,
        fit_statement="I have run the same migration twice.",
        emphasized=("migration",),
        to_supplement=("the benchmark numbers",),
        self_rating=4,
    )
    first = Interview(
        id="i1",
        # A zone other than UTC: written in UTC, read back as the same instant.
        start=dt.datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("America/New_York")),
        end=at(2, 16, 30, micro=250000),
        tz="America/New_York",
        format=Format.VIDEO,
        round=2,
        location="Room 4, 1 Main St",
        link="https://meet.example/abc",
        cancelled=True,
        uid="040000008200E00074C5B7101A82E008@example.org",
        sequence=2,
        debrief=debrief,
    )
    second = Interview(id="i2", start=at(9, 15), end=at(9, 16), tz="Europe/London")
    dana = Person(
        id="dana",
        first="Dana",
        last="Kim",
        honorific="Dr.",
        title="Head of Data",
        role=Role.HIRING_MANAGER,
        on_panel=False,
        email="dana.kim@acme.example",
        phone="+1 555 0100",
        postal_address="1 Main St\nSpringfield",
        tz="America/Chicago",
        first_name_ok=True,
        permission_to_name=True,
        talking_points=("lakehouse", "hiring plan"),
    )
    lee = Person(id="lee", first="Lee", role=Role.HR, email="lee@acme.example")
    sent = Event(
        id="e1",
        type=EventType.SENT,
        at=at(2, 20, 5),
        kind="TY",
        channel=Channel.EMAIL,
        to=("dana",),
        cc=("lee",),
        from_person="lee",
        subject="Thank you — Data Engineer",
        body="Dear Dr. Kim,\n\nThank you…",
        attachments=(Document("portfolio.pdf", "ab" * 32, 1024, at(1, 9), at(2, 20, 5)),),
        call_outcome=CallOutcome.VOICEMAIL,
        handwritten=True,
        with_note=False,
        new_date=dt.date(2026, 3, 20),
        stated_text="by the end of next week",
        deadline=dt.date(2026, 3, 25),
        slot=at(4, 14),
        proposed_slots=(at(4, 14), at(5, 9, 30)),
        source="Globex",
        status="published",
        relevant=True,
        hooks=("article",),
        override_codes=("W-FREQ",),
        override_reason="they asked for it",
        note="sent from phone",
    )
    application = Application(
        id="acme-de",
        company=Company(
            name="Acme",
            country="GB",
            subdivision="ENG",
            tz="Europe/London",
            has_hr=False,
            culture=Culture.TRADITIONAL,
            preferred=True,
            extra_closures=(dt.date(2026, 12, 24), dt.date(2026, 12, 31)),
        ),
        position="Data Engineer",
        interviews=(first, second),
        people=(dana, lee),
        main_contact="lee",
        designated_contact="dana",
        contact_means=Channel.PHONE,
        arranger="lee",
        decision=Decision(
            stated_text="in two weeks", date=dt.date(2026, 3, 16), fill_date=dt.date(2026, 4, 1)
        ),
        settings=(("followup_cap", "2"), ("thank_you_timing", "within_24h")),
        events=(sent,),
        notes="Referred by Sam.",
        drafts=(
            SavedDraft(
                step_key="TY:p1",
                action="TY",
                channel="letter",
                to=("p1",),
                cc=("p2",),
                subject="Thanks",
                text="Dear Dana,\n\nThank you.",
                message_id="<m1@example.org>",
                saved_at=at(3, 9),
                mailbox_at=at(3, 10),
                override_codes=("W-EARLY",),
                override_reason="they asked for it today",
            ),
        ),
        resume=Document("cv.pdf", "cd" * 32, 2048, at(1, 8), at(1, 9)),
        archived_at=at(7, 10),
    )
    offer = Event(id="e9", type=EventType.COMPETING_OFFER, at=at(6, 12), deadline=dt.date(2026, 3, 13))
    return Records(
        profile=Profile(
            name="Sam Lee",
            email="sam@example.org",
            phone="+49 30 1234",
            postal_address="Hauptstr. 1\n10115 Berlin",
            tz="Europe/Berlin",
            country="DE",
            words=("Kubernetes", "OKRs"),
        ),
        settings=(("allow_handwritten", "true"), ("dup_threshold", "0.4")),
        applications=(application,),
        events=(offer,),
    )


def _default_of(spec: Field[Any]) -> object:
    if spec.default is not MISSING:
        return spec.default
    if spec.default_factory is not MISSING:
        return spec.default_factory()
    return MISSING


def _fields_set(value: object, found: set[tuple[type, str]]) -> None:
    if is_dataclass(value) and not isinstance(value, type):
        for spec in fields(value):
            field_value = getattr(value, spec.name)
            if field_value != _default_of(spec):
                found.add((type(value), spec.name))
            _fields_set(field_value, found)
    elif isinstance(value, tuple):
        for item in value:
            _fields_set(item, found)


# --- round trips ---------------------------------------------------------------------------------------


def test_the_full_example_sets_every_field_of_every_record() -> None:
    found: set[tuple[type, str]] = set()
    _fields_set(full_records(), found)
    missing = [
        f"{cls.__name__}.{spec.name}"
        for cls in RECORD_TYPES
        for spec in fields(cls)
        if (cls, spec.name) not in found
    ]
    assert missing == []


def test_full_records_round_trip_equal_and_byte_identical() -> None:
    records = full_records()
    text = dumps(records)
    assert loads(text) == records
    assert dumps(loads(text)) == text


def test_export_writes_every_field_even_defaults() -> None:
    data = records_to_data(Records(applications=(Application(id="a", company=Company(name="X")),)))
    assert set(data) == {"format", "version", "profile", "settings", "applications", "events"}
    assert (data["format"], data["version"]) == ("followup-export", 1)
    application = data["applications"]
    assert isinstance(application, list)
    assert isinstance(application[0], dict)
    assert set(application[0]) == {spec.name for spec in fields(Application)}
    assert application[0]["decision"] == {"stated_text": "", "date": None, "fill_date": None}


def test_dumps_is_sorted_indented_json_with_a_final_newline() -> None:
    records = full_records()
    text = dumps(records)
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert "Thank you — Data Engineer" in text  # not escaped to \u2014


def test_datetimes_are_written_in_utc_with_z_at_the_precision_needed() -> None:
    text = dumps(full_records())
    assert '"start": "2026-03-02T15:00:00Z"' in text  # 10:00 in New York
    assert '"end": "2026-03-02T16:30:00.250000Z"' in text
    assert '"new_date": "2026-03-20"' in text


def test_datetimes_with_any_offset_are_read_as_utc() -> None:
    document = _base()
    document["applications"][0]["interviews"][0]["start"] = "2026-03-02T16:00:00+01:00"
    start = data_to_records(document).applications[0].interviews[0].start
    assert start == at(2, 15)
    assert start.tzinfo == UTC


def test_settings_are_an_object_sorted_by_name_and_read_back_as_sorted_pairs() -> None:
    records = Records(settings=(("thank_you_timing", "same_day"), ("allow_handwritten", "yes")))
    data = records_to_data(records)
    assert data["settings"] == {"allow_handwritten": "yes", "thank_you_timing": "same_day"}
    document = _base()
    document["settings"] = {"thank_you_timing": "same_day", "allow_handwritten": "yes"}  # not in order
    assert data_to_records(document).settings == (
        ("allow_handwritten", "yes"),
        ("thank_you_timing", "same_day"),
    )


def test_a_short_hand_written_file_takes_the_defaults() -> None:
    text = """{
      "format": "followup-export", "version": 1,
      "applications": [{
        "id": "a1", "company": {"name": "Acme"},
        "people": [{"id": "dana"}],
        "interviews": [{"id": "i1", "start": "2026-03-02T15:00:00Z"}],
        "events": [{"id": "e1", "type": "inbound", "at": "2026-03-03T09:00:00Z", "from_person": "dana"}]
      }]
    }"""
    expected = Records(
        applications=(
            Application(
                id="a1",
                company=Company(name="Acme"),
                people=(Person(id="dana"),),
                interviews=(Interview(id="i1", start=at(2, 15)),),
                events=(Event(id="e1", type=EventType.INBOUND, at=at(3, 9), from_person="dana"),),
            ),
        )
    )
    assert loads(text) == expected


def test_empty_zone_is_accepted_where_the_default_is_empty() -> None:
    document = _base()
    document["applications"][0]["company"]["tz"] = ""
    document["applications"][0]["people"][0]["tz"] = ""
    application = data_to_records(document).applications[0]
    assert (application.company.tz, application.people[0].tz) == ("", "")


def test_export_refuses_a_naive_datetime() -> None:
    naive = Interview(id="i1", start=dt.datetime(2026, 3, 2, 15))
    records = Records(applications=(Application(id="a", company=Company(name="X"), interviews=(naive,)),))
    with pytest.raises(InvalidInput) as caught:
        dumps(records)
    assert caught.value.field == "applications[0].interviews[0].start"


def test_export_refuses_a_setting_stored_twice() -> None:
    with pytest.raises(InvalidInput) as caught:
        dumps(Records(settings=(("followup_cap", "2"), ("followup_cap", "3"))))
    assert caught.value.field == "settings.followup_cap"


# --- property: any records survive the trip ------------------------------------------------------------

ids = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=4)
# Any text every field takes (core.fields): no control characters, surrogates, bidirectional controls
# or invisible characters.
text = st.text(
    st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"], exclude_characters=BIDI_CONTROLS | INVISIBLE),
    max_size=6,
)
texts = st.lists(text, max_size=2).map(tuple)
aware = st.datetimes(dt.datetime(1970, 1, 2), dt.datetime(2200, 12, 30), timezones=st.just(UTC))
dates = st.dates(dt.date(1970, 1, 1), dt.date(2200, 12, 31))
zones = st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Adelaide"])
emails = st.sampled_from(["", "dana@example.com", "l.k+x@mail.acme.co.uk"])
countries = st.sampled_from(COUNTRY_CODES)
settings_pairs = (
    st.lists(
        st.sampled_from(
            [
                ("allow_handwritten", "true"),
                ("followup_cap", "4"),
                ("dup_threshold", "0.75"),
                ("letter_closing", "Kind regards"),
                ("status_channel", "phone_hr"),
            ]
        ),
        unique_by=lambda pair: pair[0],
        max_size=3,
    )
    .map(sorted)
    .map(tuple)
)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def tuples(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=2).map(tuple)


profiles = st.builds(
    Profile, name=text, email=emails, phone=text, postal_address=text, tz=zones, country=countries
)
companies = st.builds(
    Company,
    name=text.filter(lambda name: problem_of(COMPANY, name) is None),  # required: something visible
    country=countries,
    subdivision=text,
    tz=st.just("") | zones,
    has_hr=st.booleans(),
    culture=st.sampled_from(Culture),
    preferred=st.booleans(),
    extra_closures=tuples(dates),
)
debriefs = st.builds(
    Debrief,
    done_at=optional(aware),
    with_friend=st.booleans(),
    quiet_place=st.booleans(),
    takeaways=texts,
    concerns=texts,
    excitements=texts,
    team_fit=optional(st.sampled_from(TeamFit)),
    open_questions=texts,
    went_well=texts,
    to_improve=tuples(st.builds(ImprovementItem, text=text, kind=optional(st.sampled_from(GapKind)))),
    stumbled_questions=tuples(
        st.builds(StumbledQuestion, question=text, answer=text, answered_at=optional(aware))
    ),
    no_stumbles=st.booleans(),
    fit_statement=text,
    emphasized=texts,
    to_supplement=texts,
    self_rating=optional(st.integers(1, 5)),
)
documents = st.builds(
    Document,
    name=text,
    sha256=text,
    size=st.integers(0, 2**53),
    modified=optional(aware),
    recorded_at=optional(aware),
)
decisions = st.builds(Decision, stated_text=text, date=optional(dates), fill_date=optional(dates))


def people(person_id: str) -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        id=st.just(person_id),
        first=text,
        last=text,
        honorific=text,
        title=text,
        role=st.sampled_from(Role),
        on_panel=st.booleans(),
        email=emails,
        phone=text,
        postal_address=text,
        tz=st.just("") | zones,
        first_name_ok=st.booleans(),
        permission_to_name=st.booleans(),
        talking_points=texts,
    )


@st.composite
def interviews(draw: st.DrawFn, interview_id: str) -> Interview:
    start = draw(aware)
    length = draw(optional(st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(hours=8))))
    return Interview(
        id=interview_id,
        start=start,
        end=None if length is None else start + length,
        tz=draw(zones),
        format=draw(st.sampled_from(Format)),
        round=draw(st.integers(1, 9)),
        location=draw(text),
        link=draw(text),
        cancelled=draw(st.booleans()),
        debrief=draw(debriefs),
        uid=draw(text),
        sequence=draw(st.integers(0, 1000)),
    )


@st.composite
def events(draw: st.DrawFn, event_id: str, person_ids: list[str]) -> Event:
    """An event naming only ``person_ids`` (none for an event outside any application)."""
    event_type = draw(st.sampled_from(EventType))
    inbound_kinds = st.sampled_from(["", *(kind.value for kind in InboundKind)])
    named = st.sampled_from(person_ids) if person_ids else st.nothing()
    named_list = tuples(named) if person_ids else st.just(())
    return Event(
        id=event_id,
        type=event_type,
        at=draw(aware),
        kind=draw(inbound_kinds if event_type is EventType.INBOUND else text),
        channel=draw(optional(st.sampled_from(Channel))),
        to=draw(named_list),
        cc=draw(named_list),
        from_person=draw(st.just("") | named),
        subject=draw(text),
        body=draw(text),
        attachments=draw(tuples(documents)),
        call_outcome=draw(optional(st.sampled_from(CallOutcome))),
        handwritten=draw(st.booleans()),
        with_note=draw(st.booleans()),
        new_date=draw(optional(dates)),
        stated_text=draw(text),
        deadline=draw(optional(dates)),
        slot=draw(optional(aware)),
        proposed_slots=draw(tuples(aware)),
        source=draw(text),
        status=draw(text),
        relevant=draw(st.booleans()),
        hooks=draw(texts),
        override_codes=draw(texts),
        override_reason=draw(text),
        note=draw(text),
    )


def unique_ids(max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, unique=True, max_size=max_size)


@st.composite
def applications(draw: st.DrawFn, application_id: str) -> Application:
    person_ids = draw(unique_ids(3))
    return Application(
        id=application_id,
        company=draw(companies),
        position=draw(text),
        interviews=tuple(draw(interviews(i)) for i in draw(unique_ids(2))),
        people=tuple(draw(people(p)) for p in person_ids),
        main_contact=draw(text),
        designated_contact=draw(text),
        contact_means=draw(optional(st.sampled_from(Channel))),
        arranger=draw(text),
        decision=draw(decisions),
        settings=draw(settings_pairs),
        events=tuple(draw(events(e, person_ids)) for e in draw(unique_ids(3))),
        notes=draw(text),
        drafts=tuple(draw(st.lists(saved_drafts(), max_size=2))),
        resume=draw(optional(documents)),
        archived_at=draw(optional(aware)),
    )


@st.composite
def saved_drafts(draw: st.DrawFn) -> SavedDraft:
    return SavedDraft(
        step_key=draw(text),
        action=draw(text),
        channel=draw(text),
        to=tuple(draw(st.lists(text, max_size=2))),
        cc=(),
        subject=draw(text),
        text=draw(text),
        message_id=draw(text),
        saved_at=draw(st.none() | aware),
        mailbox_at=draw(st.none() | aware),
        override_codes=tuple(draw(st.lists(text, max_size=2))),
        override_reason=draw(text),
    )


@st.composite
def records(draw: st.DrawFn) -> Records:
    return Records(
        profile=draw(profiles),
        settings=draw(settings_pairs),
        applications=tuple(draw(applications(a)) for a in draw(unique_ids(2))),
        events=tuple(draw(events(e, [])) for e in draw(unique_ids(2))),
    )


@given(records())
def test_any_records_survive_export_and_import(value: Records) -> None:
    text = dumps(value)
    assert loads(text) == value
    assert dumps(loads(text)) == text


# --- strict import ----------------------------------------------------------------------------------------


def _base() -> dict[str, Any]:
    """A small valid document; each bad case below changes one thing in it."""
    return {
        "format": "followup-export",
        "version": 1,
        "profile": {"email": "sam@example.org", "tz": "Europe/Berlin", "country": "DE"},
        "settings": {"followup_cap": "2"},
        "applications": [
            {
                "id": "a1",
                "company": {"name": "Acme", "country": "US", "tz": "America/New_York"},
                "people": [{"id": "dana", "email": "dana@acme.example"}, {"id": "lee", "role": "hr"}],
                "interviews": [
                    {"id": "i1", "start": "2026-03-02T15:00:00Z", "end": "2026-03-02T16:00:00Z"},
                    {"id": "i2", "start": "2026-03-09T15:00:00Z", "end": "2026-03-09T16:00:00Z"},
                ],
                "events": [
                    {"id": "e1", "type": "sent", "at": "2026-03-02T20:00:00Z", "kind": "TY", "to": ["dana"]}
                ],
                "settings": {"thank_you_timing": "within_24h"},
            }
        ],
        "events": [{"id": "e9", "type": "search_paused", "at": "2026-03-05T10:00:00Z"}],
    }


def changed(change: Callable[[dict[str, Any]], object]) -> str:
    document = copy.deepcopy(_base())
    change(document)
    return json.dumps(document)


def app(document: dict[str, Any]) -> dict[str, Any]:
    application: dict[str, Any] = document["applications"][0]
    return application


def test_the_base_document_of_the_bad_cases_is_valid() -> None:
    assert loads(changed(lambda d: None)).applications[0].people[1].role is Role.HR


BAD_INPUTS = [
    pytest.param(
        changed(lambda d: app(d).update(compnay=app(d).pop("company"))),
        "applications[0].compnay",
        "one of: id, company, position, interviews",
        id="unknown key",
    ),
    pytest.param(
        changed(lambda d: d["profile"].update(emial="x@y.z")),
        "profile.emial",
        "email",
        id="unknown key in profile",
    ),
    pytest.param(
        changed(lambda d: d.update(extra=1)),
        "extra",
        "one of: format, version, mail_account, profile, settings, applications, events",
        id="unknown top-level key",
    ),
    pytest.param(
        changed(lambda d: app(d).pop("company")),
        "applications[0].company",
        "an object (Company) (this field is required)",
        id="missing required field",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][1].update(format="zoom")),
        "applications[0].interviews[1].format",
        "one of: in_person, phone, video",
        id="bad enum",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(role=None)),
        "applications[0].people[0].role",
        "one of: hiring_manager, interviewer, hr, arranger, employee",
        id="null for a required enum",
    ),
    pytest.param(
        changed(lambda d: app(d).update(decision={"date": "2026-02-30"})),
        "applications[0].decision.date",
        "a day the calendar has: 30 February 2026 does not exist",
        id="impossible date",
    ),
    pytest.param(
        changed(lambda d: app(d)["company"].update(extra_closures=["24.12.2026"])),
        "applications[0].company.extra_closures[0]",
        "a date as YYYY-MM-DD",
        id="date in another shape",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(start="2026-02-30T10:00:00Z")),
        "applications[0].interviews[0].start",
        "a day the calendar has: 30 February 2026 does not exist",
        id="impossible date-time",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][1].update(end="2026-03-09T16:00:00")),
        "applications[0].interviews[1].end",
        "with an offset or Z",
        id="naive datetime",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(tz="Mars/Olympus")),
        "applications[0].interviews[0].tz",
        "an IANA time zone name",
        id="unknown time zone",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(tz="")),
        "applications[0].interviews[0].tz",
        "an IANA time zone name",
        id="empty zone where the default is UTC",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][1].update(tz="America")),
        "applications[0].people[1].tz",
        "an IANA time zone name such as Europe/Berlin or America/New_York, or empty",
        id="zone directory",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][1].update(end="2026-03-09T14:59:59Z")),
        "applications[0].interviews[1].end",
        "a time not before start (2026-03-09T15:00:00Z)",
        id="end before start",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][1].update(id="dana")),
        "applications[0].people[1].id",
        "an id used by no other person of this application",
        id="duplicate person id",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][1].update(id="")),
        "applications[0].people[1].id",
        "a non-empty id",
        id="empty person id",
    ),
    pytest.param(
        changed(lambda d: d["applications"].append(copy.deepcopy(app(d)))),
        "applications[1].id",
        "an id used by no other application",
        id="duplicate application id",
    ),
    pytest.param(
        changed(lambda d: app(d)["events"][0].update(to=["dana", "kim"])),
        "applications[0].events[0].to[1]",
        "the id of a person of this application: dana, lee",
        id="event naming an unknown person",
    ),
    pytest.param(
        changed(lambda d: app(d)["events"][0].update(from_person="kim")),
        "applications[0].events[0].from_person",
        "the id of a person of this application: dana, lee",
        id="event from an unknown person",
    ),
    pytest.param(
        changed(lambda d: d["events"][0].update(cc=["dana"])),
        "events[0].cc[0]",
        "no person: an event outside any application names nobody",
        id="top-level event naming a person",
    ),
    pytest.param(
        changed(lambda d: app(d)["events"][0].update(type="inbound", kind="TY")),
        "applications[0].events[0].kind",
        "one of: generic, timeframe, info_request",
        id="inbound event with an unknown kind",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(email="dana@@x")),
        "applications[0].people[0].email",
        "an email address like dana@example.com",
        id="bad email",
    ),
    pytest.param(
        changed(lambda d: d["profile"].update(email="Sam <sam@example.org>")),
        "profile.email",
        "no spaces, commas or angle brackets",
        id="email with a display name",
    ),
    pytest.param(
        changed(lambda d: app(d)["company"].update(country="XX")),
        "applications[0].company.country",
        "an ISO 3166-1 alpha-2 country code in capitals",
        id="unknown country",
    ),
    pytest.param(
        changed(lambda d: d["profile"].update(country="de")),
        "profile.country",
        "an ISO 3166-1 alpha-2 country code in capitals",
        id="lower-case country",
    ),
    pytest.param(
        changed(lambda d: d["settings"].update(followup_cap="eleven")),
        "settings.followup_cap",
        "a whole number from 1 to 10",
        id="bad setting value",
    ),
    pytest.param(
        changed(lambda d: app(d)["settings"].update(thank_you_timing="soon")),
        "applications[0].settings.thank_you_timing",
        "same_day or within_24h or next_business_day",
        id="bad per-application setting",
    ),
    pytest.param(
        changed(lambda d: d["settings"].update(folowup_cap="2")),
        "settings.folowup_cap",
        "followup_cap",
        id="unknown setting",
    ),
    pytest.param(
        changed(lambda d: d["settings"].update(followup_cap=2)),
        "settings.followup_cap",
        "the setting as text",
        id="setting that is not text",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(round="2")),
        "applications[0].interviews[0].round",
        "a whole number",
        id="text for a number",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(round=True)),
        "applications[0].interviews[0].round",
        "a whole number",
        id="true for a number",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(debrief={"self_rating": 6})),
        "applications[0].interviews[0].debrief.self_rating",
        "a whole number from 1 to 5",
        id="self rating out of range",
    ),
    pytest.param(
        changed(lambda d: app(d)["company"].update(has_hr="no")),
        "applications[0].company.has_hr",
        "true or false",
        id="text for a flag",
    ),
    pytest.param(
        changed(lambda d: app(d).update(people={"dana": {}})),
        "applications[0].people",
        "a list of items, each an object (Person)",
        id="object for a list",
    ),
    pytest.param(
        changed(lambda d: d.update(format="something-else")),
        "format",
        "not a followup export",
        id="wrong format marker",
    ),
    pytest.param(
        changed(lambda d: d.pop("version")),
        "version",
        "not a followup export",
        id="missing version",
    ),
    pytest.param(
        changed(lambda d: d.update(version=2)),
        "version",
        "1 (not a followup export",
        id="newer version",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(title="Director\nof Marketing")),
        "applications[0].people[0].title",
        "one line of at most 200 characters, without control characters; "
        "this has a line break at character 9",
        id="line break in a one-line field",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(link="https://meet.example/x\r\n")),
        "applications[0].interviews[0].link",
        "this has a line break at character 23",
        id="line break in a link",
    ),
    pytest.param(
        changed(lambda d: app(d).update(notes="nul \x00 inside")),
        "applications[0].notes",
        "text of at most 100,000 characters, without control characters; "
        "this has a NUL character at character 5",
        id="NUL in free text",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(talking_points=["ok", "bad\x1b[2J"])),
        "applications[0].people[0].talking_points[1]",
        "this has a control character (U+001B) at character 4",
        id="escape sequence in a list item",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(first="x" * 201)),
        "applications[0].people[0].first",
        "this has 201 characters",
        id="overlong name",
    ),
    pytest.param(
        changed(lambda d: app(d)["events"][0].update(body="x" * 100_001)),
        "applications[0].events[0].body",
        "this has 100,001 characters",
        id="overlong body",
    ),
    pytest.param(
        changed(lambda d: app(d)["company"].update(name="   ")),
        "applications[0].company.name",
        "one non-empty line of at most 200 characters, without control characters; this holds only spaces",
        id="blank company name",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(last="Kim\u202e")),
        "applications[0].people[0].last",
        "this has a bidirectional control (U+202E) at character 4, which can disguise text",
        id="bidirectional override in a name",
    ),
    pytest.param(
        changed(lambda d: d["settings"].update(letter_closing="Best\nwishes")),
        "settings.letter_closing",
        "this has a line break at character 5",
        id="line break in a setting",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(sequence=2**70)),
        "applications[0].interviews[0].sequence",
        "a whole number from 0 to 2147483647",
        id="integer beyond 64 bits",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(sequence=-1)),
        "applications[0].interviews[0].sequence",
        "a whole number from 0 to 2147483647",
        id="negative sequence",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(round=1000)),
        "applications[0].interviews[0].round",
        "a whole number from 1 to 100",
        id="absurd round",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(start="9999-12-31T23:00:00Z", end=None)),
        "applications[0].interviews[0].start",
        "between the years 1970 and 2200",
        id="year 9999",
    ),
    pytest.param(
        changed(lambda d: app(d)["interviews"][0].update(start="0001-01-01T00:00:00+05:00")),
        "applications[0].interviews[0].start",
        "between the years 1970 and 2200",
        id="year 1 with an offset",
    ),
    pytest.param(
        changed(lambda d: app(d)["company"].update(extra_closures=["1969-12-31"])),
        "applications[0].company.extra_closures[0]",
        "between the years 1970 and 2200",
        id="date before 1970",
    ),
    pytest.param(
        changed(lambda d: app(d)["people"][0].update(first=1.5)),
        "applications[0].people[0].first",
        "a string",
        id="number for a string",
    ),
    pytest.param("[]", "import file", "a JSON object", id="top level not an object"),
    pytest.param(changed(lambda d: None)[:-40], "import file", "not valid JSON", id="truncated JSON"),
    pytest.param("", "import file", "not valid JSON (Expecting value; line 1, column 1)", id="empty file"),
    pytest.param(
        '{"format": "followup-export", "version": 1, "version": 1}',
        "import file",
        "each key at most once",
        id="repeated key",
    ),
]


@pytest.mark.parametrize(("text", "field", "accepted"), BAD_INPUTS)
def test_bad_input_is_refused_naming_the_path_and_what_is_accepted(
    text: str, field: str, accepted: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(text)
    assert caught.value.field == field
    assert accepted in caught.value.message


def test_truncated_json_names_line_and_column() -> None:
    with pytest.raises(InvalidInput) as caught:
        loads('{\n  "format": "followup-export",\n  "version": ')
    assert "line 3, column 14" in caught.value.message


def test_data_to_records_refuses_what_is_not_an_object() -> None:
    with pytest.raises(InvalidInput) as caught:
        data_to_records(["format", "followup-export"])
    assert caught.value.field == "import file"
    assert "not a followup export" in caught.value.message


# --- the module's promises ----------------------------------------------------------------------------------


def test_country_codes_are_exactly_the_iso_3166_alpha_2_list_of_tzdata() -> None:
    table = resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text(encoding="utf-8")
    official = sorted(line.split("\t")[0] for line in table.splitlines() if line and not line.startswith("#"))
    assert list(COUNTRY_CODES) == official


def test_codec_imports_only_the_standard_library_and_the_core() -> None:
    tree = ast.parse(Path(codec.__file__).read_text(encoding="utf-8"))
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    outside = [
        name
        for name in imported
        if name.split(".")[0] not in sys.stdlib_module_names
        and not name.startswith("followup.core")
        and name != "_typeshed"  # types only, under TYPE_CHECKING
    ]
    assert outside == []


def _doc_section(heading: str) -> str:
    document = DOCS.read_text(encoding="utf-8")
    start = document.index(f"\n### {heading}\n")
    end = document.find("\n### ", start + 1)
    return document[start : end if end != -1 else len(document)]


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
def test_every_field_is_documented(cls: type) -> None:
    section = _doc_section(cls.__name__)
    assert [spec.name for spec in fields(cls) if f"`{spec.name}`" not in section] == []


def test_the_example_in_the_docs_imports() -> None:
    example = DOCS.read_text(encoding="utf-8").split("## A short example", 1)[1]
    json_text = example.split("```json\n", 1)[1].split("```", 1)[0]
    records = loads(json_text)
    assert records.applications[0].interviews[0].start == at(2, 15)
    assert records.applications[0].events[0].to == ("dana",)


def test_a_byte_order_mark_from_a_windows_editor_is_ignored() -> None:
    text = dumps(full_records())
    assert loads("\ufeff" + text) == full_records()


def test_every_whole_number_of_every_record_has_bounds() -> None:
    numbers = {
        (cls, spec.name)
        for cls in RECORD_TYPES
        for spec in fields(cls)
        if get_type_hints(cls)[spec.name] in (int, int | None)
    }
    assert set(codec.INT_RANGES) == numbers


# --- the file itself: encodings, nesting, numbers ---------------------------------------------------------

VALID = changed(lambda d: None)


@pytest.mark.parametrize(
    ("data", "accepted"),
    [
        pytest.param(
            VALID.replace('"Acme"', '"Acm\\u00e9"').encode("utf-8").replace(b"Acm\\u00e9", b"Acm\xe9"),
            "UTF-8 text; the byte 0xE9 at offset {offset} is not UTF-8 (save the file as UTF-8)",
            id="latin-1 byte",
        ),
        pytest.param(
            VALID.encode("utf-16"),
            "UTF-8 text; this is UTF-16 (it starts with the byte order mark FF FE): save it as UTF-8",
            id="utf-16 with its mark",
        ),
        pytest.param(
            VALID.encode("utf-16-be"),
            "UTF-8 text; the byte 0x00 at offset 0 is not text (is it UTF-16? save it as UTF-8)",
            id="utf-16 without a mark",
        ),
        pytest.param(
            VALID.encode("utf-32"),
            "UTF-8 text; this is UTF-32 (it starts with the byte order mark FF FE 00 00): save it as UTF-8",
            id="utf-32",
        ),
        pytest.param(b"\x00" * 10, "UTF-8 text; the byte 0x00 at offset 0 is not text", id="NUL bytes"),
    ],
)
def test_a_file_that_is_not_utf8_is_refused_with_the_offset(data: bytes, accepted: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(data)
    assert caught.value.field == "import file"
    assert caught.value.accepted.startswith(accepted.split("{offset}")[0])
    if "{offset}" in accepted:
        assert caught.value.accepted == accepted.format(offset=data.index(b"\xe9"))


def test_a_utf8_byte_order_mark_is_read_past() -> None:
    assert loads(b"\xef\xbb\xbf" + VALID.encode()) == loads(VALID)
    assert loads("\ufeff" + VALID) == loads(VALID)


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        pytest.param("[" * 100_000 + "]" * 100_000, "JSON nested at most 32 levels deep", id="deep arrays"),
        pytest.param(
            '{"a":' * 50_000 + "1" + "}" * 50_000, "JSON nested at most 32 levels deep", id="deep objects"
        ),
        pytest.param("[" * 40 + "]" * 40, "JSON nested at most 32 levels deep", id="deep but parsable"),
        pytest.param(
            VALID.replace('"version": 1', '"version": NaN'),
            "JSON numbers; NaN and Infinity are not JSON",
            id="NaN",
        ),
        pytest.param(
            VALID.replace('"version": 1', '"version": -Infinity'),
            "JSON numbers; NaN and Infinity are not JSON",
            id="-Infinity",
        ),
        pytest.param(
            VALID.replace('"version": 1', '"version": ' + "9" * 5000),
            "whole numbers of at most 100 digits",
            id="5000 digits",
        ),
        pytest.param(
            VALID.replace('"version": 1', '"version": 1e400'),
            "numbers that fit a double; this one overflows",
            id="float overflow",
        ),
    ],
)
def test_hostile_json_is_refused_in_one_sentence(text: str, accepted: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(text)
    assert caught.value.field == "import file"
    assert caught.value.accepted.startswith(accepted), caught.value.accepted
    assert len(caught.value.message) < 400


def test_a_lone_surrogate_in_a_string_is_refused_naming_its_path() -> None:
    text = VALID.replace('"Acme"', '"Ac\\ud800me"')
    with pytest.raises(InvalidInput) as caught:
        loads(text)
    assert caught.value.field == "applications[0].company.name"
    assert "an unpaired surrogate (U+D800) at character 3, which is not text" in caught.value.accepted


def test_a_lone_surrogate_in_a_key_is_refused_and_the_message_can_be_printed() -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(VALID.replace('"profile"', '"pro\\udc00file"'))
    assert caught.value.field == "pro\\udc00file"
    caught.value.message.encode("utf-8")


def test_a_file_larger_than_the_limit_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(b" " * (codec.MAX_FILE_BYTES + 1))
    assert caught.value.accepted == "a file of at most 20 MB; this one has 20,971,521 bytes"
