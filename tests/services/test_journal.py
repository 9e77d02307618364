"""The undo journal's two halves: what a change is recorded as, and putting it back (``services.journal``),
tried on any valid records; and the store keeping the last 100 entries of each owner."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from hypothesis import given, settings

from followup.core.model import Records
from followup.services.journal import changes_between, parts_of, restore
from followup.store import journal
from followup.store.engine import Store
from tests.core.test_codec import records


@settings(max_examples=30, deadline=None)
@given(before=records(), after=records())
def test_putting_back_a_change_gives_the_records_before_it(before: Records, after: Records) -> None:
    changes = changes_between(before, after)
    assert json.loads(json.dumps(changes)) == changes  # it is stored as a JSON document
    assert restore(after, changes) == before
    assert (changes == {}) == (before == after)


@settings(max_examples=20, deadline=None)
@given(first=records(), second=records(), third=records())
def test_two_changes_put_back_latest_first_give_the_first_records(
    first: Records, second: Records, third: Records
) -> None:
    one, two = changes_between(first, second), changes_between(second, third)
    assert restore(restore(third, two), one) == first


@settings(max_examples=20, deadline=None)
@given(start=records(), other=records())
def test_putting_back_one_change_leaves_what_it_did_not_touch(start: Records, other: Records) -> None:
    """A change to the profile, then one to the applications: undoing the first keeps the second."""
    profile_changed = dataclasses.replace(
        start, profile=dataclasses.replace(start.profile, name=start.profile.name + "!")
    )
    then = dataclasses.replace(profile_changed, applications=other.applications)
    first, second = changes_between(start, profile_changed), changes_between(profile_changed, then)
    assert not parts_of(first) & parts_of(second)
    undone = restore(then, first)
    assert undone.profile == start.profile
    assert undone.applications == then.applications


def test_the_store_keeps_the_last_hundred_entries_of_each_owner(store: Store) -> None:
    at = dt.datetime(2026, 12, 5, 10, 14, tzinfo=dt.UTC)
    with store.transaction() as session:
        journal.add_entry(session, "other", at, "init", {"profile": {}})
        for n in range(105):
            journal.add_entry(session, "alex", at, f"command {n}", {"settings": {}})
    with store.transaction() as session:
        kept = journal.load_entries(session, "alex")
        theirs = journal.load_entries(session, "other")
    assert [e.command for e in kept] == [f"command {n}" for n in range(5, 105)]
    assert [e.command for e in theirs] == ["init"]
    assert kept[0].at == at and kept[0].undone_at is None and kept[0].changes == {"settings": {}}


def test_entries_marked_undone_keep_their_place(store: Store) -> None:
    at = dt.datetime(2026, 12, 5, 10, 14, tzinfo=dt.UTC)
    with store.transaction() as session:
        for n in range(3):
            journal.add_entry(session, "alex", at, f"command {n}", {})
        ids = [e.row_id for e in journal.load_entries(session, "alex")]
        journal.mark_undone(session, "alex", ids[1:], at + dt.timedelta(minutes=1))
        journal.mark_undone(session, "other", ids[:1], at)  # another owner's rows are not theirs to mark
    with store.transaction() as session:
        entries = journal.load_entries(session, "alex")
    assert [e.undone_at for e in entries] == [
        None,
        at + dt.timedelta(minutes=1),
        at + dt.timedelta(minutes=1),
    ]
