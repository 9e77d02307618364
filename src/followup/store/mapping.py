"""Converting between table rows and core values, field by field: the one place that knows how each
record is flattened (a ``Company`` into ``company_`` columns, a ``Debrief`` into ``debrief_`` columns,
tuples into JSON arrays, enumerations into their text values) and put back together.

Pure functions, no queries: ``repository`` runs the statements. Times inside JSON (stumbled questions'
``answered_at``, events' ``proposed_slots``) are ISO strings in UTC and come back as aware UTC datetimes,
like the ``UTCDateTime`` columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

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
    Interview,
    Person,
    Profile,
    Role,
    SavedDraft,
    StumbledQuestion,
    TeamFit,
)
from followup.core.plan.agenda import AgendaRow

if TYPE_CHECKING:
    from sqlalchemy import Row

    # A row of one table as the database returns it (``select(tables.people)``): its columns by name.
    TableRow = Row[Any]

SettingPairs = tuple[tuple[str, str], ...]

# --- rows to values ------------------------------------------------------------------------------------


def settings_from_json(pairs: list[list[str]]) -> SettingPairs:
    return tuple((name, value) for name, value in pairs)


def profile_from_row(row: TableRow) -> Profile:
    return Profile(
        name=row.name,
        email=row.email,
        phone=row.phone,
        postal_address=row.postal_address,
        tz=row.tz,
        country=row.country,
        words=tuple(row.words),
    )


def application_from_rows(
    row: TableRow,
    people: Iterable[TableRow],
    interviews: Iterable[TableRow],
    events: Iterable[TableRow],
) -> Application:
    return Application(
        id=row.id,
        company=Company(
            name=row.company_name,
            country=row.company_country,
            subdivision=row.company_subdivision,
            tz=row.company_tz,
            has_hr=row.company_has_hr,
            culture=Culture(row.company_culture),
            preferred=row.company_preferred,
            extra_closures=tuple(dt.date.fromisoformat(d) for d in row.company_extra_closures),
        ),
        position=row.position,
        interviews=tuple(interview_from_row(i) for i in interviews),
        people=tuple(person_from_row(p) for p in people),
        main_contact=row.main_contact,
        designated_contact=row.designated_contact,
        contact_means=_optional(Channel, row.contact_means),
        arranger=row.arranger,
        decision=Decision(
            stated_text=row.decision_stated_text, date=row.decision_date, fill_date=row.decision_fill_date
        ),
        settings=settings_from_json(row.settings),
        events=tuple(event_from_row(e) for e in events),
        notes=row.notes,
        drafts=tuple(draft_from_json(d) for d in row.drafts),
        resume=None if row.resume is None else document_from_json(row.resume),
        archived_at=row.archived_at,
    )


def document_from_json(data: dict[str, Any]) -> Document:
    return Document(
        name=data["name"],
        sha256=data["sha256"],
        size=data["size"],
        modified=_datetime_from_json(data["modified"]),
        recorded_at=_datetime_from_json(data["recorded_at"]),
    )


def document_to_json(document: Document) -> dict[str, Any]:
    return {
        "name": document.name,
        "sha256": document.sha256,
        "size": document.size,
        "modified": _datetime_to_json(document.modified),
        "recorded_at": _datetime_to_json(document.recorded_at),
    }


def draft_from_json(data: dict[str, Any]) -> SavedDraft:
    saved = data["saved_at"]
    return SavedDraft(
        step_key=data["step_key"],
        action=data["action"],
        channel=data["channel"],
        to=tuple(data["to"]),
        cc=tuple(data["cc"]),
        subject=data["subject"],
        text=data["text"],
        message_id=data["message_id"],
        saved_at=dt.datetime.fromisoformat(saved) if saved else None,
        # drafts saved before `draft --to-mailbox` have none of these keys
        mailbox_at=dt.datetime.fromisoformat(data["mailbox_at"]) if data.get("mailbox_at") else None,
        override_codes=tuple(data.get("override_codes", ())),
        override_reason=data.get("override_reason", ""),
    )


def draft_to_json(draft: SavedDraft) -> dict[str, Any]:
    return {
        "step_key": draft.step_key,
        "action": draft.action,
        "channel": draft.channel,
        "to": list(draft.to),
        "cc": list(draft.cc),
        "subject": draft.subject,
        "text": draft.text,
        "message_id": draft.message_id,
        "saved_at": draft.saved_at.astimezone(dt.UTC).isoformat() if draft.saved_at else None,
        "mailbox_at": draft.mailbox_at.astimezone(dt.UTC).isoformat() if draft.mailbox_at else None,
        "override_codes": list(draft.override_codes),
        "override_reason": draft.override_reason,
    }


def person_from_row(row: TableRow) -> Person:
    return Person(
        id=row.id,
        first=row.first,
        last=row.last,
        honorific=row.honorific,
        title=row.title,
        role=Role(row.role),
        on_panel=row.on_panel,
        email=row.email,
        phone=row.phone,
        postal_address=row.postal_address,
        tz=row.tz,
        first_name_ok=row.first_name_ok,
        permission_to_name=row.permission_to_name,
        talking_points=tuple(row.talking_points),
    )


def interview_from_row(row: TableRow) -> Interview:
    return Interview(
        id=row.id,
        start=row.start,
        end=row.end,
        tz=row.tz,
        format=Format(row.format),
        round=row.round,
        location=row.location,
        link=row.link,
        cancelled=row.cancelled,
        uid=row.uid,
        sequence=row.sequence,
        debrief=Debrief(
            done_at=row.debrief_done_at,
            with_friend=row.debrief_with_friend,
            quiet_place=row.debrief_quiet_place,
            takeaways=tuple(row.debrief_takeaways),
            concerns=tuple(row.debrief_concerns),
            excitements=tuple(row.debrief_excitements),
            team_fit=_optional(TeamFit, row.debrief_team_fit),
            open_questions=tuple(row.debrief_open_questions),
            went_well=tuple(row.debrief_went_well),
            to_improve=tuple(
                ImprovementItem(text=item["text"], kind=_optional(GapKind, item["kind"]))
                for item in row.debrief_to_improve
            ),
            stumbled_questions=tuple(
                StumbledQuestion(
                    question=item["question"],
                    answer=item["answer"],
                    answered_at=_datetime_from_json(item["answered_at"]),
                )
                for item in row.debrief_stumbled_questions
            ),
            no_stumbles=row.debrief_no_stumbles,
            fit_statement=row.debrief_fit_statement,
            emphasized=tuple(row.debrief_emphasized),
            to_supplement=tuple(row.debrief_to_supplement),
            self_rating=row.debrief_self_rating,
        ),
    )


def event_from_row(row: TableRow) -> Event:
    return Event(
        id=row.id,
        type=EventType(row.type),
        at=row.at,
        kind=row.kind,
        channel=_optional(Channel, row.channel),
        to=tuple(row.to),
        cc=tuple(row.cc),
        from_person=row.from_person,
        subject=row.subject,
        body=row.body,
        attachments=tuple(document_from_json(d) for d in row.attachments),
        call_outcome=_optional(CallOutcome, row.call_outcome),
        handwritten=row.handwritten,
        with_note=row.with_note,
        new_date=row.new_date,
        stated_text=row.stated_text,
        deadline=row.deadline,
        slot=row.slot,
        proposed_slots=tuple(_utc_from_json(s) for s in row.proposed_slots),
        source=row.source,
        status=row.status,
        relevant=row.relevant,
        hooks=tuple(row.hooks),
        override_codes=tuple(row.override_codes),
        override_reason=row.override_reason,
        note=row.note,
    )


def agenda_from_row(row: TableRow) -> AgendaRow:
    return AgendaRow(
        application_id=row.application_id,
        step_key=row.step_key,
        label=row.label,
        company=row.company,
        position=row.position,
        state=row.state,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        target_at=row.target_at,
        deadline_at=row.deadline_at,
        channel=row.channel,
        recipients=row.recipients,
        codes=row.codes,
        rules=row.rules,
        reason=row.reason,
        stale_at=row.stale_at,
    )


_E = TypeVar("_E", Channel, CallOutcome, TeamFit, GapKind)


def _optional(kind: type[_E], value: str | None) -> _E | None:
    return None if value is None else kind(value)


# --- values to rows ------------------------------------------------------------------------------------


def application_values(owner: str, app: Application, ordinal: int) -> dict[str, Any]:
    company = app.company
    return {
        "owner": owner,
        "id": app.id,
        "ordinal": ordinal,
        "company_name": company.name,
        "company_country": company.country,
        "company_subdivision": company.subdivision,
        "company_tz": company.tz,
        "company_has_hr": company.has_hr,
        "company_culture": company.culture.value,
        "company_preferred": company.preferred,
        "company_extra_closures": [d.isoformat() for d in company.extra_closures],
        "position": app.position,
        "main_contact": app.main_contact,
        "designated_contact": app.designated_contact,
        "contact_means": _value(app.contact_means),
        "arranger": app.arranger,
        "decision_stated_text": app.decision.stated_text,
        "decision_date": app.decision.date,
        "decision_fill_date": app.decision.fill_date,
        "settings": [list(pair) for pair in app.settings],
        "notes": app.notes,
        "drafts": [draft_to_json(d) for d in app.drafts],
        "resume": None if app.resume is None else document_to_json(app.resume),
        "archived_at": app.archived_at,
    }


def person_values(owner: str, application_id: str, ordinal: int, person: Person) -> dict[str, Any]:
    return {
        "owner": owner,
        "application_id": application_id,
        "id": person.id,
        "ordinal": ordinal,
        "first": person.first,
        "last": person.last,
        "honorific": person.honorific,
        "title": person.title,
        "role": person.role.value,
        "on_panel": person.on_panel,
        "email": person.email,
        "phone": person.phone,
        "postal_address": person.postal_address,
        "tz": person.tz,
        "first_name_ok": person.first_name_ok,
        "permission_to_name": person.permission_to_name,
        "talking_points": list(person.talking_points),
    }


def interview_values(owner: str, application_id: str, ordinal: int, interview: Interview) -> dict[str, Any]:
    debrief = interview.debrief
    return {
        "owner": owner,
        "application_id": application_id,
        "id": interview.id,
        "ordinal": ordinal,
        "start": interview.start,
        "end": interview.end,
        "tz": interview.tz,
        "format": interview.format.value,
        "round": interview.round,
        "location": interview.location,
        "uid": interview.uid,
        "sequence": interview.sequence,
        "link": interview.link,
        "cancelled": interview.cancelled,
        "debrief_done_at": debrief.done_at,
        "debrief_with_friend": debrief.with_friend,
        "debrief_quiet_place": debrief.quiet_place,
        "debrief_takeaways": list(debrief.takeaways),
        "debrief_concerns": list(debrief.concerns),
        "debrief_excitements": list(debrief.excitements),
        "debrief_team_fit": _value(debrief.team_fit),
        "debrief_open_questions": list(debrief.open_questions),
        "debrief_went_well": list(debrief.went_well),
        "debrief_to_improve": [{"text": i.text, "kind": _value(i.kind)} for i in debrief.to_improve],
        "debrief_stumbled_questions": [
            {"question": q.question, "answer": q.answer, "answered_at": _datetime_to_json(q.answered_at)}
            for q in debrief.stumbled_questions
        ],
        "debrief_no_stumbles": debrief.no_stumbles,
        "debrief_fit_statement": debrief.fit_statement,
        "debrief_emphasized": list(debrief.emphasized),
        "debrief_to_supplement": list(debrief.to_supplement),
        "debrief_self_rating": debrief.self_rating,
    }


def event_values(owner: str, application_id: str | None, ordinal: int, event: Event) -> dict[str, Any]:
    return {
        "owner": owner,
        "application_id": application_id,
        "ordinal": ordinal,
        "id": event.id,
        "type": event.type.value,
        "at": event.at,
        "kind": event.kind,
        "channel": _value(event.channel),
        "to": list(event.to),
        "cc": list(event.cc),
        "from_person": event.from_person,
        "subject": event.subject,
        "body": event.body,
        "attachments": [document_to_json(d) for d in event.attachments],
        "call_outcome": _value(event.call_outcome),
        "handwritten": event.handwritten,
        "with_note": event.with_note,
        "new_date": event.new_date,
        "stated_text": event.stated_text,
        "deadline": event.deadline,
        "slot": event.slot,
        "proposed_slots": [_utc_to_json(s) for s in event.proposed_slots],
        "source": event.source,
        "status": event.status,
        "relevant": event.relevant,
        "hooks": list(event.hooks),
        "override_codes": list(event.override_codes),
        "override_reason": event.override_reason,
        "note": event.note,
    }


def agenda_values(owner: str, row: AgendaRow) -> dict[str, Any]:
    return {
        "owner": owner,
        "application_id": row.application_id,
        "step_key": row.step_key,
        "label": row.label,
        "company": row.company,
        "position": row.position,
        "state": row.state,
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "target_at": row.target_at,
        "deadline_at": row.deadline_at,
        "channel": row.channel,
        "recipients": row.recipients,
        "codes": row.codes,
        "rules": row.rules,
        "reason": row.reason,
        "stale_at": row.stale_at,
    }


def _value(member: Channel | CallOutcome | TeamFit | GapKind | None) -> str | None:
    return None if member is None else member.value


def _utc_to_json(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"a naive datetime cannot be stored: {value.isoformat()}")
    return value.astimezone(dt.UTC).isoformat()


def _utc_from_json(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _datetime_to_json(value: dt.datetime | None) -> str | None:
    return None if value is None else _utc_to_json(value)


def _datetime_from_json(text: str | None) -> dt.datetime | None:
    return None if text is None else _utc_from_json(text)
