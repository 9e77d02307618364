"""The people of an application: the panel, HR, the arranger (I-03, I-06, I-07, H-05)."""

from __future__ import annotations

import dataclasses
from typing import Any

from followup.core import codec
from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, Person, Role
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
    raise NotFound(f"no person {ref!r} in {app.id} (known: {known}); add one with `followup person add`")


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
        _check_not_recorded(app, person)
        app = dataclasses.replace(app, people=(*app.people, person))
        change.put(_with_contacts(app, person.id, contacts))
    return person


def _check_not_recorded(app: Application, new: Person) -> None:
    """The same name twice is a second `person add` by mistake, unless their addresses tell them apart."""
    for person in app.people:
        same_name = person.name.casefold() == new.name.casefold()
        if same_name and (not new.email or not person.email or new.email.lower() == person.email.lower()):
            raise InvalidInput(
                "name",
                f"someone not yet recorded: {person.name} is '{person.id}' "
                f"(change them with `followup person edit {person.id} ...`)",
                new.name,
            )


def edit_person(
    ws: Workspace, application_id: str, ref: str, contacts: tuple[str, ...] = (), **fields: Any
) -> Person:
    if not fields and not contacts:
        raise InvalidInput("person edit", "at least one option to change (see `followup person edit --help`)")
    _validate(fields)
    if "role" in fields:
        fields["role"] = Role(fields["role"])
    with ws.transaction() as change:
        app = change.app(application_id)
        person = dataclasses.replace(find_person(app, ref), **fields)
        if not (person.first or person.last):
            raise InvalidInput("name", f"a first or last name: {ref!r} would have none left")
        app = dataclasses.replace(app, people=tuple(person if p.id == person.id else p for p in app.people))
        change.put(_with_contacts(app, person.id, contacts))
    return person


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
    app = ws.read().application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    return app, app.people
