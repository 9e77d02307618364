"""The stored summaries read back as the facts they were made from, on both backends: what a write at
10,000 applications reads of every other application (``store.summaries.load_facts``) is read from the
columns' text, so it is held here to ``core.plan.summary.facts_of`` of each application's records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from followup.core import codec
from followup.core.model import Event, EventType
from followup.core.plan.summary import facts_of
from followup.services.derived import rebuild
from followup.services.workspace import Workspace
from followup.store import summaries

SCENARIOS = Path(__file__).parent.parent / "scenarios"


def test_every_stored_summary_reads_back_as_the_facts_of_its_application(db_url: str) -> None:
    records = codec.loads((SCENARIOS / "S12.json").read_text())  # offers, several applications
    first = records.applications[0]
    accepted = Event(
        id="e-accepted",
        type=EventType.OFFER_ACCEPTED,
        at=dt.datetime(2026, 5, 4, 13, 30, 15, 250, tzinfo=dt.UTC),
    )
    records = dataclasses.replace(
        records,
        applications=(
            dataclasses.replace(first, events=(*first.events, accepted)),
            *records.applications[1:],
        ),
    )
    with Workspace(db_url) as ws:
        with ws.transaction() as change:
            change.set_records(records)
        rebuild(ws)
        with ws.store.read() as session:
            stored = summaries.load_facts(session, ws.owner)
        saved = ws.read()
    expected = {app.id: facts_of(app) for app in saved.applications}
    assert stored == expected
    assert any(f.offers for f in stored.values())
    assert stored[first.id].accepted_at == accepted.at
    assert sum(len(f.interview_starts) for f in stored.values()) >= 2


def test_a_list_of_starts_in_any_json_spelling_is_read() -> None:
    starts = ["2026-10-21T15:00:00+00:00", "2026-10-22T09:30:00.125000+00:00"]
    for text in (json.dumps(starts), json.dumps(starts, separators=(",", ":")), json.dumps(starts, indent=1)):
        assert summaries._strings(text) == starts
    assert summaries._strings("[]") == [] == summaries._strings(None)
