"""One person recorded twice (from a business card and from an invitation, say) becomes one record.

`followup person merge A B` keeps A and drops B in one transaction:

* A's empty fields are filled from B; where both hold different values A's is kept and the difference is
  reported. A "no" on first-name terms (I-07) or on permission to be named (C-28) counts as not known
  yet, so B's "yes" fills it; role and panel membership are never guessed: they are kept and reported.
* talking points are joined, without repeating one (letter case and spacing aside);
* everything that named B names A: each event's to, cc and from, skipped steps (``LI:b``), the
  application's main and designated contact and arranger, and saved drafts (a draft of B's for a step A
  already has a draft for is dropped: A's is the one kept).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from followup.core.errors import InvalidInput
from followup.core.model import Event, Person, SavedDraft
from followup.services.people import CONTACT_FLAGS, find_person, join_points
from followup.services.workspace import Workspace

TEXT_FIELDS = ("first", "last", "honorific", "title", "email", "phone", "postal_address", "tz")
YES_FIELDS = ("first_name_ok", "permission_to_name")  # False is "not known yet": a True fills it
KEPT_FIELDS = ("role", "on_panel")


@dataclass(frozen=True)
class Conflict:
    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class Merge:
    kept: Person  # A as saved
    dropped: Person  # B as it was
    filled: tuple[str, ...]  # A's fields filled from B
    conflicts: tuple[Conflict, ...]
    points: int  # talking points B added
    events: int  # events that named B
    roles: tuple[str, ...]  # contact roles moved from B to A
    drafts: int  # saved drafts moved to A (or dropped for A's own)


def merge_people(ws: Workspace, application_id: str, keep_ref: str, drop_ref: str) -> Merge:
    """Merge B (``drop_ref``) into A (``keep_ref``): A is kept, B dropped; see the module's docstring."""
    with ws.transaction() as change:
        app = change.app(application_id)
        keep, drop = find_person(app, keep_ref), find_person(app, drop_ref)
        if keep.id == drop.id:
            raise InvalidInput("B", f"someone other than A ({keep.name}, '{keep.id}')", drop_ref)
        merged, filled, conflicts = combine(keep, drop)
        events = tuple(_repoint_event(e, drop.id, keep.id) for e in app.events)
        roles = tuple(role for role in CONTACT_FLAGS if getattr(app, role) == drop.id)
        drafts = _repoint_drafts(app.drafts, drop.id, keep.id)
        result = Merge(
            kept=merged,
            dropped=drop,
            filled=filled,
            conflicts=conflicts,
            points=len(merged.talking_points) - len(keep.talking_points),
            events=sum(1 for old, new in zip(app.events, events, strict=True) if old != new),
            roles=roles,
            drafts=sum(1 for d in app.drafts if _names(d, drop.id)),
        )
        moved: dict[str, Any] = dict.fromkeys(roles, keep.id)
        change.put(
            dataclasses.replace(
                app,
                people=tuple(merged if p.id == keep.id else p for p in app.people if p.id != drop.id),
                events=events,
                drafts=drafts,
                **moved,
            )
        )
    return result


def combine(keep: Person, drop: Person) -> tuple[Person, tuple[str, ...], tuple[Conflict, ...]]:
    """A filled from B: the merged person, the fields filled, and the conflicts (A's value kept)."""
    fields: dict[str, object] = {}
    filled: list[str] = []
    conflicts: list[Conflict] = []
    for name in TEXT_FIELDS:
        mine, theirs = str(getattr(keep, name)), str(getattr(drop, name))
        if not mine.strip() and theirs.strip():
            fields[name] = theirs
            filled.append(name)
        elif mine.strip() and theirs.strip() and mine.strip().lower() != theirs.strip().lower():
            conflicts.append(Conflict(name, mine, theirs))
    for name in YES_FIELDS:
        if getattr(drop, name) and not getattr(keep, name):
            fields[name] = True
            filled.append(name)
    for name in KEPT_FIELDS:
        mine_value, theirs_value = getattr(keep, name), getattr(drop, name)
        if mine_value != theirs_value:
            conflicts.append(Conflict(name, _shown(mine_value), _shown(theirs_value)))
    fields["talking_points"] = join_points(keep.talking_points, drop.talking_points)
    return dataclasses.replace(keep, **fields), tuple(filled), tuple(conflicts)  # type: ignore[arg-type]


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _swap(ids: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    swapped = [new if i == old else i for i in ids]
    return tuple(i for n, i in enumerate(swapped) if i not in swapped[:n])


def _swap_key(key: str, old: str, new: str) -> str:
    action, colon, person = key.partition(":")
    return f"{action}:{new}" if colon and person == old else key


def _repoint_event(event: Event, old: str, new: str) -> Event:
    to = _swap(event.to, old, new)
    return dataclasses.replace(
        event,
        to=to,
        cc=tuple(i for i in _swap(event.cc, old, new) if i not in to),  # nobody both to and cc
        from_person=new if event.from_person == old else event.from_person,
        kind=_swap_key(event.kind, old, new),  # a skipped step: "LI:old"
    )


def _names(draft: SavedDraft, person_id: str) -> bool:
    return (
        person_id in draft.to
        or person_id in draft.cc
        or _swap_key(draft.step_key, person_id, "") != draft.step_key
    )


def _repoint_drafts(drafts: tuple[SavedDraft, ...], old: str, new: str) -> tuple[SavedDraft, ...]:
    keys = {d.step_key for d in drafts if not _names(d, old)}
    moved: list[SavedDraft] = []
    for draft in drafts:
        if not _names(draft, old):
            moved.append(draft)
            continue
        key = _swap_key(draft.step_key, old, new)
        if key != draft.step_key and key in keys:
            continue  # A has a draft for this step already: A's is kept
        to = _swap(draft.to, old, new)
        cc = tuple(i for i in _swap(draft.cc, old, new) if i not in to)
        moved.append(dataclasses.replace(draft, step_key=key, to=to, cc=cc))
        keys.add(key)
    return tuple(moved)
