"""The stored form of a plan: one row per (step, actionable phase), so "what is due now" is one query.

A plan is computed whenever records change (``planner.schedule``); its steps' DUE and OVERDUE phases
are flattened into ``AgendaRow`` values and stored. ``followup today`` then reads the rows whose
``[starts_at, ends_at)`` interval contains now, without importing the planner, SQLAlchemy or holidays.
Times are whole seconds since the Unix epoch (UTC); ``ends_at`` of an open-ended phase is ``FOREVER``.
"""

from __future__ import annotations

from dataclasses import dataclass

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
