"""``context_for`` on the §4 scenarios' records: which note of a thank-you round is the round's note to
the main contact, carrying C-03's item and, when no timeline was learned, C-05's question (K13)."""

from __future__ import annotations

import dataclasses

import pytest

from followup.core.compose.composer import compose
from followup.core.compose.context import context_for
from followup.core.model import SavedDraft
from followup.core.phrases import asks_next_steps
from followup.workdays import calendars_for
from tests.scenarios.test_scenarios import load, local


def contexts(name: str, now: str, steps: list[tuple[str, str]]) -> dict[str, tuple[bool, bool]]:
    records = load(name)
    app = records.applications[0]
    calendar = calendars_for(records)[app.id]
    found = {}
    for action, pid in steps:
        ctx = context_for(records, app.id, action, pid, local(records, now), calendar)
        found[f"{action}:{pid}"] = (ctx.round_contact, ctx.needs_next_steps_question)
    return found


@pytest.mark.parametrize(
    ("name", "now", "expected"),
    [
        # S01: Priya Shah (HR) is the main contact and arranged it: the note to her asks.
        (
            "S01",
            "2026-03-02T14:00",
            {"TY:dana": (False, False), "TY:luis": (False, False), "TA:priya": (True, True)},
        ),
        # S07: Mia Torres (HR) gets the forwarded thanks; the referrer's note is not the round's.
        (
            "S07",
            "2026-05-12T12:30",
            {
                "TY:olivia": (False, False),
                "TY:raj": (False, False),
                "TY-FWD:mia": (True, True),
                "TA:daniel": (False, False),
            },
        ),
        # S03: the main contact gets no note and the hiring manager's went without the question: the
        # next note to write carries it.
        ("S03", "2026-03-14T10:00", {"TY:tom": (True, True), "TY:greta": (False, False)}),
        # S02: the date is known: the round's note asks nothing.
        ("S02", "2026-03-11T09:00", {"TY:marcus": (True, False)}),
    ],
)
def test_k13_one_note_of_the_round_carries_the_rounds_items(
    name: str, now: str, expected: dict[str, tuple[bool, bool]]
) -> None:
    assert contexts(name, now, [tuple(k.split(":")) for k in expected]) == expected  # type: ignore[misc]


def test_k13_a_saved_note_that_asks_already_frees_the_main_contacts_note() -> None:
    records = load("S01")
    app = records.applications[0]
    saved = SavedDraft(
        "TY:dana", "TY", text="Dear Ms. Kim, ... When might I expect to hear about next steps?"
    )
    records = dataclasses.replace(records, applications=(dataclasses.replace(app, drafts=(saved,)),))
    calendar = calendars_for(records)[app.id]
    ctx = context_for(records, app.id, "TA", "priya", local(records, "2026-03-02T14:00"), calendar)
    assert ctx.round_contact and not ctx.needs_next_steps_question
    assert not asks_next_steps(compose(ctx).body)
