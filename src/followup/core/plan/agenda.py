"""The stored form of a plan: one row per (step, actionable phase), so "what is due now" is one query.

A plan is computed whenever records change (``planner.schedule``); its steps' DUE and OVERDUE phases
are flattened into ``AgendaRow`` values and stored. ``followup today`` then reads the rows whose
``[starts_at, ends_at)`` interval contains now, without importing the planner, SQLAlchemy or holidays.
Times are whole seconds since the Unix epoch (UTC); ``ends_at`` of an open-ended phase is ``FOREVER``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from followup.core.plan.schedule import Schedule

FOREVER = 253402300799  # 9999-12-31 23:59:59 UTC: an index-friendly "never ends"
ACTIONABLE = ("DUE", "OVERDUE")


@dataclass(frozen=True)
class AgendaRow:
    application_id: str
    step_key: str  # e.g. "TY:p2", unique within the application
    label: str  # e.g. "TY:Dana Kim"
    company: str
    position: str
    state: str  # DUE or OVERDUE
    starts_at: int
    ends_at: int
    target_at: int | None  # when the step is best done (epoch seconds), if it has a target
    deadline_at: int | None  # end of the recommended window, for ordering by urgency
    channel: str
    recipients: str  # display names, comma-separated
    codes: str  # space-separated codes of this phase
    rules: str  # space-separated rule IDs
    reason: str  # one line in plain words
    stale_at: int | None = None  # from here an OVERDUE step is long past its window (summarised by today)


def epoch(moment: dt.datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp())


def rows_for(schedule: Schedule, names: Mapping[str, str]) -> list[AgendaRow]:
    """The DUE and OVERDUE phases of every step of ``schedule``, as rows to store."""
    rows = []
    for step in schedule.steps:
        for index, phase in enumerate(step.phases):
            if phase.state.value not in ACTIONABLE:
                continue
            following = step.phases[index + 1].start if index + 1 < len(step.phases) else None
            rows.append(
                AgendaRow(
                    application_id=schedule.application_id,
                    step_key=step.key,
                    label=step.label,
                    company=schedule.company,
                    position=schedule.position,
                    state=phase.state.value,
                    starts_at=int(phase.start.timestamp()),
                    ends_at=FOREVER if following is None else int(following.timestamp()),
                    target_at=epoch(step.target),
                    deadline_at=epoch(step.deadline),
                    channel=step.channel,
                    recipients=", ".join(names.get(p, p) for p in step.to),
                    codes=" ".join(phase.codes),
                    rules=" ".join(step.rules),
                    reason=step.reason,
                )
            )
    return rows
