"""States over time: a plan step is a sequence of phases, each holding from its start to the next one.

Computing a plan once and reading it at any ``now`` needs a step's whole future, not only its state
today: a thank-you is DUE, then DUE with W-TY-LATE after the day ends, then OVERDUE after 24 hours.
``Phase`` lists express that, and the helpers here cut (DONE, CANCELLED, CLOSED from some moment on)
and mask (BLOCKED while a no-contact request runs) them without caring which rule built them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followup.core.codes import State

UTC = dt.UTC
BEGINNING = dt.datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Phase:
    start: dt.datetime
    state: State
    codes: tuple[str, ...] = ()


def phases(*items: tuple[dt.datetime, State, tuple[str, ...]]) -> tuple[Phase, ...]:
    """Phases from (start, state, codes) items; NOT_YET before the first; later items win on ties."""
    ordered = sorted(items, key=lambda item: item[0])
    return normalize([Phase(BEGINNING, State.NOT_YET), *(Phase(s, st, c) for s, st, c in ordered)])


def normalize(items: Iterable[Phase]) -> tuple[Phase, ...]:
    """Sort, drop phases hidden by a later one with the same start, merge neighbours that are equal."""
    by_start: dict[dt.datetime, Phase] = {}
    for phase in items:
        by_start[phase.start] = phase
    merged: list[Phase] = []
    for start in sorted(by_start):
        phase = by_start[start]
        if merged and (merged[-1].state, merged[-1].codes) == (phase.state, phase.codes):
            continue
        merged.append(phase)
    return tuple(merged)


def state_at(items: Sequence[Phase], when: dt.datetime) -> Phase:
    current = items[0]
    for phase in items:
        if phase.start <= when:
            current = phase
        else:
            break
    return current


def cut(
    items: Sequence[Phase], at: dt.datetime, state: State, codes: tuple[str, ...] = ()
) -> tuple[Phase, ...]:
    """From ``at`` on the step stays in ``state`` (DONE, CANCELLED, CLOSED)."""
    kept = [p for p in items if p.start < at]
    return normalize([*kept, Phase(at, state, codes)])


def mask(
    items: Sequence[Phase],
    start: dt.datetime,
    end: dt.datetime | None,
    state: State | None,
    codes: tuple[str, ...],
    unless: frozenset[State] = frozenset({State.DONE, State.CANCELLED, State.NA}),
) -> tuple[Phase, ...]:
    """Inside [start, end) replace the state (if ``state`` is given) and add ``codes``."""
    points = sorted({p.start for p in items} | {start} | ({end} if end else set()))
    result = []
    for point in points:
        base = state_at(items, point)
        inside = start <= point and (end is None or point < end)
        if inside and base.state not in unless:
            merged_codes = tuple(dict.fromkeys((*base.codes, *codes)))
            result.append(Phase(point, state or base.state, merged_codes))
        else:
            result.append(Phase(point, base.state, base.codes))
    return normalize(result)


def add_codes(
    items: Sequence[Phase], codes: tuple[str, ...], states: frozenset[State] | None = None
) -> tuple[Phase, ...]:
    """Add ``codes`` to every phase (or only to phases in ``states``)."""
    return normalize(
        Phase(p.start, p.state, tuple(dict.fromkeys((*p.codes, *codes))))
        if states is None or p.state in states
        else p
        for p in items
    )


def drop_code(items: Sequence[Phase], at: dt.datetime, code: str) -> tuple[Phase, ...]:
    """From ``at`` on, ``code`` no longer holds."""
    points = sorted({p.start for p in items} | {at})
    result = []
    for point in points:
        base = state_at(items, point)
        codes = tuple(c for c in base.codes if c != code) if point >= at else base.codes
        result.append(Phase(point, base.state, codes))
    return normalize(result)


def first_start(items: Sequence[Phase], states: frozenset[State]) -> dt.datetime | None:
    return next((p.start for p in items if p.state in states), None)
