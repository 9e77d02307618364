"""The derived data, checked and made again: `followup doctor` and `followup doctor --rebuild`.

The agenda rows (`followup today`), the summaries and the periods `followup list` reads and the
schedules `followup plan APP` reads are computed from the records whenever they change
(``workspace.replan``). ``diagnose`` makes them again from the
records inside a transaction it then rolls back, and compares: the stored rows agree with the records
when nothing would change. ``rebuild`` makes them again for good, in one transaction. Neither touches a
record, so neither is journaled (there is nothing to undo).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from followup.core.plan.agenda import AGENDA_VERSION
from followup.services.workspace import Workspace, history_until, replan
from followup.store import repository, schedules, summaries

if TYPE_CHECKING:
    from sqlalchemy import Connection

TABLES = ("agenda", "summaries", "summary_periods", "schedules", "meta")


@dataclass(frozen=True)
class Table:
    """One kind of derived data: how many rows are stored, how many the records give, how many differ
    (stored rows the records do not give, plus rows they give that are not stored)."""

    name: str
    stored: int
    expected: int
    differing: int

    def to_data(self) -> dict[str, Any]:
        return {"stored": self.stored, "from_records": self.expected, "differing": self.differing}


@dataclass(frozen=True)
class Diagnosis:
    applications: int
    tables: tuple[Table, ...]
    rebuilt: bool = False

    @property
    def agrees(self) -> bool:
        return all(t.differing == 0 for t in self.tables)

    def to_data(self) -> dict[str, Any]:
        return {
            "applications": self.applications,
            "agrees": self.agrees,
            "rebuilt": self.rebuilt,
            "tables": {t.name: t.to_data() for t in self.tables},
        }


class _RollBack(Exception):
    """Leaves a transaction without committing what it wrote."""


def diagnose(ws: Workspace) -> Diagnosis:
    """Whether the stored derived data agrees with what the records give; writes nothing."""
    if ws.missing:
        return Diagnosis(0, tuple(Table(name, 0, 0, 0) for name in TABLES))
    found: list[Diagnosis] = []
    try:
        with ws.locked() as session:  # rebuilt under the lock, then rolled back
            found.append(_remake(session, ws.owner, rebuilt=False))
            raise _RollBack
    except _RollBack:
        pass
    return found[0]


def rebuild(ws: Workspace) -> Diagnosis:
    """Make every agenda row, summary and period again from the records, in one transaction; the
    diagnosis says what was stored before."""
    if ws.missing:
        return Diagnosis(0, tuple(Table(name, 0, 0, 0) for name in TABLES), rebuilt=True)
    with ws.locked() as session:  # the owner's write lock, as every write takes it
        return _remake(session, ws.owner, rebuilt=True)


def _remake(session: Connection, owner: str, *, rebuilt: bool) -> Diagnosis:
    before = _rows(session, owner)
    records = repository.load_records(session, owner)
    for app in records.applications:
        summaries.delete_summary(session, owner, app.id)
        schedules.delete_schedule(session, owner, app.id)
        repository.replace_agenda(session, owner, app.id, [])
    replan(session, owner, records, records.applications)
    repository.set_agenda_version(session, owner, AGENDA_VERSION)
    repository.set_history_until(session, owner, history_until(records))
    after = _rows(session, owner)
    tables = []
    for name in TABLES:
        stored, expected = Counter(before[name]), Counter(after[name])
        differing = sum(((stored - expected) + (expected - stored)).values())
        tables.append(Table(name, len(before[name]), len(after[name]), differing))
    return Diagnosis(len(records.applications), tuple(tables), rebuilt)


def _rows(session: Connection, owner: str) -> dict[str, list[tuple[Any, ...]]]:
    found = summaries.derived_rows(session, owner)
    found["schedules"] = schedules.stored_rows(session, owner)
    version = repository.agenda_version(session, owner)
    if version is None and not found["summaries"] and not found["agenda"]:
        version = AGENDA_VERSION  # no rows yet: none of them can be out of date
    found["meta"] = [
        ("agenda_version", version),
        ("history_until", summaries.history_mark(session, owner) or "0"),
    ]
    return found
