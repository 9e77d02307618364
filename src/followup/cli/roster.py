"""`followup person list`: everyone recorded for an application, from the ``people`` table.

Dispatched by ``entry`` before Click or SQLAlchemy are imported (``stored`` says when it cannot answer,
and the full command runs instead). The text and JSON are made here for both paths (``cli.person``
renders the records it read with ``render``), so the two cannot differ.
"""

from __future__ import annotations

import sqlite3
import sys

from followup.cli import stored

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

# ``core.model.Person``'s fields in its order (the JSON's keys; a test checks they agree), then two more.
FIELDS = (
    "id",
    "first",
    "last",
    "honorific",
    "title",
    "role",
    "on_panel",
    "email",
    "phone",
    "postal_address",
    "tz",
    "first_name_ok",
    "permission_to_name",
    "talking_points",
)
CONTACTS = ("main_contact", "designated_contact", "arranger")  # an application's contact roles, in order
QUERY = (
    "SELECT id, first, last, honorific, title, role, on_panel, email, phone, postal_address, tz, "
    "first_name_ok, permission_to_name, talking_points FROM people "
    "WHERE owner = ? AND application_id = ? ORDER BY ordinal"
)
ROLES = "SELECT main_contact, designated_contact, arranger FROM applications WHERE owner = ? AND id = ?"


class Member:
    """One person as `person list` shows them: every field of the record, by name."""

    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, object]) -> None:
        self.fields = fields

    def __getitem__(self, name: str) -> object:
        return self.fields[name]

    @property
    def name(self) -> str:
        return display_name(str(self["id"]), str(self["first"]), str(self["last"]), str(self["honorific"]))


def display_name(person_id: str, first: str, last: str, honorific: str) -> str:
    """As ``core.model.Person.name`` says it: first and last, else honorific and last, else the id (a
    test checks the two agree)."""
    full = " ".join(part for part in (first, last) if part)
    if full:
        return full if first else f"{honorific} {last}".strip()
    return person_id


def render(app_id: str, people: Sequence[Member], contacts: dict[str, str], as_json: bool) -> str:
    """`person list`'s output: the JSON document (docs/json-output.md) or one line per person."""
    if as_json:
        import json

        rows = [
            person.fields
            | {
                "name": person.name,
                "contact_roles": [r for r, pid in contacts.items() if pid == person["id"]],
            }
            for person in people
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False, sort_keys=False)
    lines = []
    for p in people:
        tags = [str(p["role"])] + (["panel"] if p["on_panel"] else [])
        tags += [r for r, pid in contacts.items() if pid == p["id"] and r not in tags]  # "arranger" once
        lines.append(
            f"{p['id']!s:<16} {p.name:<22} {p['title']!s:<28} {p['email'] or '(no email)'!s:<30} "
            f"{', '.join(tags)}"
        )
    return "\n".join(lines) or f"Nobody recorded for {app_id} yet."


def main(args: Sequence[str]) -> int | None:
    """Run `followup person list` from the stored rows; None when they cannot answer."""
    line = stored.parse(
        args, ("person", "list"), ("--application",), ("--json",), short={"-a": "--application"}
    )
    if line is None:
        return None
    given = line.values.get("--application")
    ref = None if given is None else stored.reference(given)
    if given is not None and ref is None:
        return None
    store = stored.open_current(line.db, line.owner, derived=False)
    if store is None:
        return None
    try:
        app_id = stored.application_of(store, ref)
        found = store.con.execute(QUERY, (store.who, app_id)).fetchall()
        roles = store.con.execute(ROLES, (store.who, app_id)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        store.close()
    people = [Member(_person(row)) for row in found]
    sys.stdout.write(
        render(app_id, people, dict(zip(CONTACTS, roles, strict=True)), "--json" in line.flags) + "\n"
    )
    return 0


def _person(row: tuple[object, ...]) -> dict[str, object]:
    fields = dict(zip(FIELDS, row, strict=True))
    for flag in ("on_panel", "first_name_ok", "permission_to_name"):
        fields[flag] = bool(fields[flag])
    points = str(fields["talking_points"])
    if points == "[]":
        fields["talking_points"] = []
    else:
        import json

        fields["talking_points"] = json.loads(points)
    return fields
