"""Whose material is whose: the debrief's pieces spread over the panel, so that each thank-you is built
from its reader's own material (PLAYBOOK C-02, C-04, D-04 to D-10).

A note to one interviewer carries all of that person's talking points and their title, and the pieces
of the debrief given to them here: the fit statement, what the panel stressed, what the candidate
learnt, what excites them and a moment that went well. No piece goes to two readers, so three notes to
one panel never share a fit sentence.

A piece goes to the reader it is linked to, by name or by words it shares with their talking points or
title ("the dashboard story" to the person who talked about attribution dashboards); each reader gets
one piece before anyone gets a second, at most ``PER_READER`` each; the fit statement goes to the
hiring manager when nothing links it elsewhere. Unlinked pieces are framed without "you" (``own`` is
False), since nothing says that reader was the one who said it. Pure and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.core.compose.shapes import clean, shape_of
from followup.core.model import Application, Person, Role

PER_READER = 2
# Words too common to link a piece to a person ("the team", "work").
_COMMON = frozenset(
    str.split(
        "the a an and or of to in on for with at by from about into our your their my his her its this "
        "that these those what how why who is are was were be been it we you they i me us them team work "
        "role job company new good great more most very really also just some any all one two three senior "
        "junior lead head manager director"
    )
)


@dataclass(frozen=True)
class Piece:
    # the Debrief field it comes from: fit_statement, emphasized, takeaways, excitements, went_well
    field: str
    text: str
    own: bool  # linked to this reader by name or shared words, so "you" may be said


@dataclass(frozen=True)
class Material:
    person: Person
    points: tuple[str, ...]  # all their talking points, as recorded (trimmed)
    pieces: tuple[Piece, ...]


def readers(app: Application) -> tuple[Person, ...]:
    """The people a thank-you of this round goes to directly: the panel with an email address, the
    hiring manager first."""
    panel = [p for p in app.people if p.on_panel and p.email.strip()]
    return tuple(sorted(panel, key=lambda p: p.role is not Role.HIRING_MANAGER))


def stems(text: str) -> set[str]:
    found = set()
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if len(word) >= 3 and word not in _COMMON:
            found.add(word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word)
    return found


def _linked(piece: str, person: Person) -> int:
    """How strongly a piece points at a person: named (10), else the words it shares with them."""
    names = [n for n in (person.first, person.last) if len(n) >= 3]
    if any(re.search(rf"\b{re.escape(n)}\b", piece, re.IGNORECASE) for n in names):
        return 10
    return len(stems(piece) & stems(" ".join((*person.talking_points, person.title))))


def pieces_of(app: Application) -> list[tuple[str, str]]:
    """The debrief's usable pieces in a fixed order: fit, stressed, learnt, excitements, moments."""
    interview = app.current_interview
    if interview is None:
        return []
    d = interview.debrief
    found = [("fit_statement", d.fit_statement)]
    found += [("emphasized", e) for e in d.emphasized]
    found += [("takeaways", t) for t in d.takeaways]
    found += [("excitements", e) for e in d.excitements]
    found += [("went_well", w) for w in d.went_well if shape_of(w) == "noun"]  # only a named moment
    seen: set[str] = set()
    result = []
    for field, text in found:
        if clean(text) and clean(text).lower() not in seen:
            seen.add(clean(text).lower())
            result.append((field, clean(text)))
    return result


def spread(app: Application) -> dict[str, Material]:
    """Each reader's material (see the module's docstring)."""
    people = readers(app)
    given: dict[str, list[Piece]] = {p.id: [] for p in people}
    left = list(enumerate(pieces_of(app)))
    while left and people:
        choices = [
            (
                len(given[person.id]),
                -_linked(text, person),
                field == "fit_statement" and person.role is not Role.HIRING_MANAGER,
                index,
                order,
                person,
                field,
                text,
            )
            for index, (field, text) in left
            for order, person in enumerate(people)
            if len(given[person.id]) < PER_READER
        ]
        if not choices:
            break
        _, minus_link, _, index, _, person, field, text = min(choices, key=lambda c: c[:5])
        given[person.id].append(Piece(field, text, own=minus_link < 0))
        left = [(i, piece) for i, piece in left if i != index]
    return {
        p.id: Material(p, tuple(clean(t) for t in p.talking_points if clean(t)), tuple(given[p.id]))
        for p in people
    }


def material_for(app: Application, person: Person | None) -> Material | None:
    """The reader's material, or None for someone who is not a direct reader of this round."""
    if person is None:
        return None
    return spread(app).get(person.id)
