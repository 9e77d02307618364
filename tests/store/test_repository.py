"""The repository stores core records losslessly, per owner, one transaction at a time (SQLite and
PostgreSQL alike: every test here runs on both)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings

from followup.core.errors import StoreError
from followup.core.model import Application, Company, Event, EventType, Person, Records
from followup.core.plan.agenda import FOREVER
from followup.store.engine import Store
from followup.store.repository import (
    delete_application,
    due_agenda,
    load_agenda,
    load_application,
    load_records,
    replace_agenda,
    save_application,
    save_global_events,
    save_profile,
    save_records,
)
from tests.support.sample import agenda_row, fields_left_at_default, full_records
from tests.support.strategies import records

OWNER = "alex"


def test_the_sample_sets_every_field_of_every_record() -> None:
    assert fields_left_at_default(full_records()) == []


def test_records_read_back_equal_to_what_was_saved(store: Store) -> None:
    saved = full_records()
    with store.transaction() as session:
        save_records(session, OWNER, saved)
    with store.transaction() as session:
        loaded = load_records(session, OWNER)
    assert loaded == saved
    assert all(t.tzinfo == dt.UTC for t in (e.at for a in loaded.applications for e in a.events))


def test_a_load_after_a_save_in_the_same_transaction_sees_the_save(store: Store) -> None:
    first = full_records()
    renamed = dataclasses.replace(first.applications[0], position="Principal Engineer", people=())
    with store.transaction() as session:
        save_records(session, OWNER, first)
        assert load_records(session, OWNER) == first
        save_application(session, OWNER, renamed)
        assert load_records(session, OWNER).applications[0] == renamed


def test_an_owner_with_nothing_stored_gets_empty_records(store: Store) -> None:
    with store.transaction() as session:
        assert load_records(session, "nobody") == Records()
        assert load_agenda(session, "nobody") == []


def test_each_owner_sees_only_their_own_records(store: Store) -> None:
    alice, bob = full_records(" for Alice"), full_records(" for Bob")  # same application ids
    with store.transaction() as session:
        save_records(session, "alice", alice)
        save_records(session, "bob", bob)
        replace_agenda(session, "alice", "acme", [agenda_row("acme", "TY:p2", 100, label="alice's")])
        replace_agenda(session, "bob", "acme", [agenda_row("acme", "TY:p2", 100, label="bob's")])
    with store.transaction() as session:
        assert delete_application(session, "alice", "globex")
        save_global_events(session, "alice", ())
    with store.transaction() as session:
        assert load_records(session, "bob") == bob
        assert load_records(session, "alice") == dataclasses.replace(
            alice, applications=alice.applications[:1], events=()
        )
        assert [row.label for row in due_agenda(session, "bob", 100)] == ["bob's"]
        assert [row.label for row in load_agenda(session, "alice")] == ["alice's"]


def test_a_transaction_that_raises_writes_nothing(store: Store) -> None:
    def write_then_fail() -> None:
        with store.transaction() as session:
            save_records(session, OWNER, full_records())
            replace_agenda(session, OWNER, "acme", [agenda_row("acme", "TY:p2", 0)])
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError, match="changed my mind"):
        write_then_fail()
    with store.transaction() as session:
        assert load_records(session, OWNER) == Records()
        assert load_agenda(session, OWNER) == []


def test_a_database_error_becomes_a_store_error_and_writes_nothing(store: Store) -> None:
    twins = Application(id="acme", company=Company(name="Acme"), people=(Person(id="p1"), Person(id="p1")))

    def write_twins() -> None:
        with store.transaction() as session:
            save_profile(session, OWNER, full_records().profile, ())
            save_application(session, OWNER, twins)

    with pytest.raises(StoreError, match="failed"):
        write_twins()
    with store.transaction() as session:
        assert load_records(session, OWNER) == Records()


def test_a_naive_datetime_is_refused(store: Store) -> None:
    naive = Event(id="e", type=EventType.SEARCH_PAUSED, at=dt.datetime(2026, 3, 1, 12, 0))
    with pytest.raises(StoreError, match="naive"), store.transaction() as session:
        save_global_events(session, OWNER, [naive])


def test_saving_an_application_replaces_it_in_place_and_a_new_one_goes_last(store: Store) -> None:
    records = full_records()
    acme, globex = records.applications
    changed = dataclasses.replace(acme, people=acme.people[1:], events=(), notes="")
    newcomer = Application(id="initech", company=Company(name="Initech"))
    with store.transaction() as session:
        save_records(session, OWNER, records)
        save_application(session, OWNER, changed)
        save_application(session, OWNER, newcomer)
    with store.transaction() as session:
        assert load_records(session, OWNER).applications == (changed, globex, newcomer)
        assert load_application(session, OWNER, "acme") == changed
        assert load_application(session, OWNER, "nope") is None


def test_deleting_an_application_takes_its_agenda_with_it(store: Store) -> None:
    with store.transaction() as session:
        save_records(session, OWNER, full_records())
        replace_agenda(session, OWNER, "acme", [agenda_row("acme", "TY:p2", 0)])
        replace_agenda(session, OWNER, "globex", [agenda_row("globex", "TY:p1", 0)])
    with store.transaction() as session:
        assert delete_application(session, OWNER, "acme") is True
        assert delete_application(session, OWNER, "acme") is False
    with store.transaction() as session:
        assert [a.id for a in load_records(session, OWNER).applications] == ["globex"]
        assert [row.application_id for row in load_agenda(session, OWNER)] == ["globex"]


def test_saving_records_drops_the_applications_they_no_longer_hold(store: Store) -> None:
    records = full_records()
    fewer = dataclasses.replace(records, applications=records.applications[1:])
    with store.transaction() as session:
        save_records(session, OWNER, records)
    with store.transaction() as session:
        save_records(session, OWNER, fewer)
    with store.transaction() as session:
        assert load_records(session, OWNER) == fewer


def test_agenda_rows_read_back_equal_and_are_replaced_per_application(store: Store) -> None:
    acme_rows = [
        agenda_row("acme", "TY:p2", 1_000, 2_000),
        agenda_row("acme", "TY:p2", 2_000, state="OVERDUE", target_at=None, deadline_at=None),
        agenda_row("acme", "F1", 5_000, 9_000, codes="", rules="", recipients=""),
    ]
    globex_rows = [agenda_row("globex", "TY:p1", 0)]
    with store.transaction() as session:
        save_records(session, OWNER, full_records())
        replace_agenda(session, OWNER, "acme", acme_rows)
        replace_agenda(session, OWNER, "globex", globex_rows)
    with store.transaction() as session:
        assert load_agenda(session, OWNER) == acme_rows + globex_rows
        replace_agenda(session, OWNER, "acme", acme_rows[2:])
    with store.transaction() as session:
        assert load_agenda(session, OWNER) == acme_rows[2:] + globex_rows


def test_an_agenda_row_of_another_application_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="belongs to globex"), store.transaction() as session:
        replace_agenda(session, OWNER, "acme", [agenda_row("globex", "TY:p1", 0)])


AGENDA = [
    agenda_row("acme", "TY:p2", 1_000, 2_000, deadline_at=2_000),
    agenda_row("acme", "TY:p2", 2_000, state="OVERDUE", deadline_at=None),
    agenda_row("acme", "F1", 1_500, 1_600, deadline_at=1_600),
    agenda_row("globex", "TY:p1", 0, 1_000, deadline_at=5_000),
    agenda_row("globex", "F2", 3_000, 4_000, deadline_at=4_000),
]


@pytest.mark.parametrize(
    "at", [-1, 0, 999, 1_000, 1_500, 1_599, 1_600, 1_999, 2_000, 3_999, 4_000, FOREVER - 1]
)
def test_due_rows_are_those_whose_interval_contains_the_instant(store: Store, at: int) -> None:
    with store.transaction() as session:
        save_records(session, OWNER, full_records())
        for application_id, rows in itertools.groupby(AGENDA, key=lambda row: row.application_id):
            replace_agenda(session, OWNER, application_id, list(rows))
        save_records(session, "someone else", full_records())
        replace_agenda(session, "someone else", "acme", [agenda_row("acme", "TY:p2", -10)])
    with store.transaction() as session:
        due = due_agenda(session, OWNER, at)
    assert sorted(due, key=AGENDA.index) == [row for row in AGENDA if row.starts_at <= at < row.ends_at]
    deadlines = [row.deadline_at for row in due]
    assert deadlines == sorted(deadlines, key=lambda d: (d is None, d or 0))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(saved=records())
def test_any_records_read_back_equal(store: Store, saved: Records) -> None:
    owner = f"h{next(_owners)}"  # one store for all examples: each example writes as a new owner
    with store.transaction() as session:
        save_records(session, owner, saved)
    with store.transaction() as session:
        assert load_records(session, owner) == saved


_owners = itertools.count()
