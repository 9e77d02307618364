"""The people of an application: the panel, HR, the arranger (I-03, I-06, I-07, H-05)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from followup.core import codec
from followup.core.errors import InvalidInput, NotFound, Refused, nearest
from followup.core.model import Application, Event, Person, Role, SavedDraft
from followup.services.workspace import Workspace, slug

PERSON_FIELDS = frozenset(f.name for f in dataclasses.fields(Person)) - {"id"}
CONTACT_FLAGS = ("main_contact", "designated_contact", "arranger")


def _validate(fields: dict[str, Any]) -> None:
    unknown = set(fields) - PERSON_FIELDS
    if unknown:
        raise InvalidInput(
            "person field", "one of " + ", ".join(sorted(PERSON_FIELDS)), ", ".join(sorted(unknown))
        )
    if "email" in fields:
        codec.check_email(fields["email"], "email")
    if "tz" in fields:
        codec.check_time_zone(fields["tz"], "person time zone", allow_empty=True)
    for name in ("first", "last", "honorific", "title", "phone", "postal_address"):
        if name in fields and any(ch in str(fields[name]) for ch in "\r\n" if name != "postal_address"):
            raise InvalidInput(name, "a single line of text")


def find_person(app: Application, ref: str) -> Person:
    """A person by id, or by a name that identifies exactly one ("Dana", "Dana Kim", "kim")."""
    person = app.person(ref)
    if person is not None:
        return person
    wanted = ref.strip().lower()
    matches = [p for p in app.people if wanted in (p.name.lower(), p.first.lower(), p.last.lower())]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f"{p.id} ({p.name})" for p in app.people) or "nobody yet"
    if matches:
        raise InvalidInput("person", f"one of {known}; {ref!r} matches several", ref)
    by_name = {p.id: p for p in app.people} | {p.name: p for p in app.people}
    guess = nearest(wanted, list(by_name))
    hint = f"; did you mean {by_name[guess].id!r} ({by_name[guess].name})?" if guess else ""
    raise NotFound(
        f"no person {ref!r} in {app.id}{hint} (known: {known}); add one with `followup person add`"
    )


def add_person(ws: Workspace, application_id: str, contacts: tuple[str, ...] = (), **fields: Any) -> Person:
    """Add someone; ``contacts`` may name main_contact, designated_contact and/or arranger."""
    _validate(fields)
    if not (fields.get("first") or fields.get("last")):
        raise InvalidInput("name", "a first or last name")
    if "role" in fields:
        fields["role"] = Role(fields["role"])
    with ws.transaction() as change:
        app = change.app(application_id)
        person = Person(
            id=slug(
                f"{fields.get('first', '')} {fields.get('last', '')}", {p.id for p in app.people}, "person"
            ),
            **fields,
        )
        _refuse_twice(app, person)
        app = dataclasses.replace(app, people=(*app.people, person))
        change.put(_with_contacts(app, person.id, contacts))
    return person


def _same_name(a: Person, b: Person) -> bool:
    return " ".join(a.name.lower().split()) == " ".join(b.name.lower().split())


def _refuse_twice(app: Application, person: Person) -> None:
    """One person, one record: a second with the same name or email is refused (edit or merge instead)."""
    email = person.email.strip().lower()
    for other in app.people:
        same = (
            "name" if _same_name(other, person) else "email" if email and other.email.lower() == email else ""
        )
        if same:
            raise Refused(
                f"not added: {other.name} ('{other.id}') of {app.id} has this {same} already; change their "
                f"details with `followup person edit {other.id}` (one person recorded twice: "
                "`followup person merge`)"
            )


def edit_person(
    ws: Workspace,
    application_id: str,
    ref: str,
    contacts: tuple[str, ...] = (),
    *,
    add_points: tuple[str, ...] = (),
    clear_points: bool = False,
    **fields: Any,
) -> Person:
    """Change the given fields; talking points are added to the list (``clear_points`` empties it first)."""
    if not fields and not contacts and not add_points and not clear_points:
        raise InvalidInput("person edit", "at least one option to change (see `followup person edit --help`)")
    _validate(fields)
    if "role" in fields:
        fields["role"] = Role(fields["role"])
    with ws.transaction() as change:
        app = change.app(application_id)
        person = find_person(app, ref)
        if add_points or clear_points:
            fields["talking_points"] = join_points(() if clear_points else person.talking_points, add_points)
        person = dataclasses.replace(person, **fields)
        if not (person.first or person.last):
            raise InvalidInput("name", f"a first or last name: {ref!r} would have none left")
        for other in app.people:
            if other.id != person.id and person.email and other.email.lower() == person.email.lower():
                raise Refused(
                    f"{other.name} ('{other.id}') of {app.id} already has the email {person.email}: if they "
                    f"are one person, `followup person merge {other.id} {person.id}`"
                )
        app = dataclasses.replace(app, people=tuple(person if p.id == person.id else p for p in app.people))
        change.put(_with_contacts(app, person.id, contacts))
    return person


def join_points(points: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    """``points`` and then those of ``more`` not already among them (letter case and spacing aside)."""
    seen = {" ".join(p.lower().split()) for p in points}
    joined = list(points)
    for point in more:
        key = " ".join(point.lower().split())
        if key and key not in seen:
            seen.add(key)
            joined.append(point.strip())
    return tuple(joined)


def _with_contacts(app: Application, person_id: str, contacts: tuple[str, ...]) -> Application:
    for contact in contacts:
        if contact not in CONTACT_FLAGS:
            raise InvalidInput("contact role", " or ".join(CONTACT_FLAGS), contact)
    for contact in contacts:
        if contact == "main_contact":
            app = dataclasses.replace(app, main_contact=person_id)
        elif contact == "designated_contact":
            app = dataclasses.replace(app, designated_contact=person_id)
        else:
            app = dataclasses.replace(app, arranger=person_id)
    return app


def list_people(ws: Workspace, application_id: str) -> tuple[Application, tuple[Person, ...]]:
    app = ws.read_for(application_id).application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return app, app.people


CONTACT_WORDS = {
    "main_contact": "main contact",
    "designated_contact": "designated contact",
    "arranger": "arranger",
}


@dataclass(frozen=True)
class Removal:
    person: Person
    roles: tuple[str, ...]  # contact roles they held, now unset: main_contact, designated_contact, arranger
    drafts: tuple[str, ...]  # step keys of the saved drafts addressed to them, dropped with them


def names_person(event: Event, person_id: str) -> bool:
    return person_id in event.to or person_id in event.cc or event.from_person == person_id


def remove_person(ws: Workspace, application_id: str, ref: str) -> Removal:
    """Remove someone recorded by mistake. Refused while an event names them: those are corrected first,
    or the record is merged into the right person (`person merge`)."""
    with ws.transaction() as change:
        app = change.app(application_id)
        person = find_person(app, ref)
        naming = [e for e in app.events if names_person(e, person.id)]
        if naming:
            first = naming[0]
            raise Refused(
                f"not removed: {len(naming)} event(s) of {app.id} name {person.name} (the first: "
                f"{first.kind or first.type.value} on {first.at:%Y-%m-%d}); edit or remove those first "
                f"(`followup events`), or merge this record into the right one "
                f"(`followup person merge OTHER {person.id}`)"
            )
        roles = tuple(role for role in CONTACT_FLAGS if getattr(app, role) == person.id)
        unset: dict[str, Any] = dict.fromkeys(roles, "")
        dropped = tuple(d.step_key for d in app.drafts if addressed_to(d, person.id))
        app = dataclasses.replace(
            app,
            people=tuple(p for p in app.people if p.id != person.id),
            drafts=tuple(d for d in app.drafts if not addressed_to(d, person.id)),
            **unset,
        )
        change.put(app)
    return Removal(person, roles, dropped)


def addressed_to(draft: SavedDraft, person_id: str) -> bool:
    return person_id in draft.to or person_id in draft.cc or draft.step_key.endswith(f":{person_id}")
