"""`followup events`: an application's history (or the whole search's), numbered, from the ``events`` table.

Dispatched by ``entry`` before Click or SQLAlchemy are imported (``stored`` says when it cannot answer,
and the full command runs instead). The numbers are positions in time order, ties in stored order, the
numbers `event edit` and `event remove` take. The text and JSON are made here for both paths
(``cli.events`` renders the records it read with ``render``), so the two cannot differ.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

from followup.cli import stored
from followup.cli.roster import display_name
from followup.cli.timefmt import human, iso, zone

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

SUMMARY_WIDTH = 60
COLUMNS = (
    "id",
    "type",
    "at",
    "kind",
    "channel",
    "to",
    "cc",
    "from_person",
    "subject",
    "body",
    "note",
    "stated_text",
    "source",
    "status",
    "deadline",
    "new_date",
    "slot",
    "call_outcome",
    "override_codes",
)
QUOTED = ", ".join('"' + column + '"' for column in COLUMNS)  # "to" is a keyword of SQL
SELECT = f"SELECT {QUOTED} FROM events WHERE owner = ? "
OF_APPLICATION = SELECT + "AND application_id = ? ORDER BY ordinal"
OF_SEARCH = SELECT + "AND application_id IS NULL ORDER BY ordinal"
PEOPLE = (
    "SELECT id, first, last, honorific FROM people WHERE owner = ? AND application_id = ? ORDER BY ordinal"
)


class Entry:
    """One event as `events` shows it: the fields it reads of ``core.model.Event``, as plain values
    (its type, channel and call outcome as their text)."""

    __slots__ = COLUMNS

    def __init__(
        self,
        id: str,
        type: str,
        at: dt.datetime,
        kind: str,
        channel: str | None,
        to: Sequence[str],
        cc: Sequence[str],
        from_person: str,
        subject: str,
        body: str,
        note: str,
        stated_text: str,
        source: str,
        status: str,
        deadline: dt.date | None,
        new_date: dt.date | None,
        slot: dt.datetime | None,
        call_outcome: str | None,
        override_codes: Sequence[str],
    ) -> None:
        self.id, self.type, self.at, self.kind, self.channel = id, type, at, kind, channel
        self.to, self.cc, self.from_person = tuple(to), tuple(cc), from_person
        self.subject, self.body, self.note, self.stated_text = subject, body, note, stated_text
        self.source, self.status, self.deadline, self.new_date = source, status, deadline, new_date
        self.slot, self.call_outcome, self.override_codes = slot, call_outcome, tuple(override_codes)


def in_order(entries: Sequence[Entry]) -> list[Entry]:
    """Time order, ties in stored order (``services.corrections.in_order``)."""
    return [e for _, e in sorted(enumerate(entries), key=lambda pair: (pair[1].at, pair[0]))]


def people_text(event: Entry, names: dict[str, str]) -> str:
    parts = []
    if event.from_person:
        parts.append("from " + names.get(event.from_person, event.from_person))
    if event.to:
        parts.append("to " + ", ".join(names.get(p, p) for p in event.to))
    if event.cc:
        parts.append("cc " + ", ".join(names.get(p, p) for p in event.cc))
    return "; ".join(parts)


def summary(event: Entry) -> str:
    """A few words of what the event says: its subject or first line, the words or dates it carries."""
    body_line = next((line.strip() for line in event.body.splitlines() if line.strip()), "")
    parts = [
        event.subject or body_line,
        event.note,
        f"said {event.stated_text!r}" if event.stated_text else "",
        event.source,
        event.status,
        f"answer by {event.deadline.isoformat()}" if event.deadline else "",
        f"new date {event.new_date.isoformat()}" if event.new_date else "",
        f"call at {event.slot:%Y-%m-%d %H:%M} UTC" if event.slot else "",
        event.call_outcome.replace("_", " ") if event.call_outcome else "",
        "overrode " + " ".join(event.override_codes) if event.override_codes else "",
    ]
    text = "; ".join(part for part in parts if part)
    return text if len(text) <= SUMMARY_WIDTH else text[: SUMMARY_WIDTH - 3] + "..."


def entry_data(number: int, event: Entry, tz: dt.tzinfo) -> dict[str, object]:
    return {
        "number": number,
        "id": event.id,
        "at": iso(event.at, tz),
        "type": event.type,
        "kind": event.kind,
        "channel": event.channel,
        "to": list(event.to),
        "cc": list(event.cc),
        "from": event.from_person or None,
        "summary": summary(event),
    }


def render(found: Sequence[Entry], names: dict[str, str], tz: dt.tzinfo, where: str, as_json: bool) -> str:
    """`events`'s output for a history in order (``in_order``): the JSON document (docs/json-output.md)
    or one line per event; ``where`` is the application's id, or "the whole search"."""
    if as_json:
        import json

        data = [entry_data(n, e, tz) for n, e in enumerate(found, start=1)]
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False)
    lines = [
        f"{n:>3}  {human(e.at, tz)}  {e.type:<15} {e.kind or '-':<14} "
        f"{e.channel or '-':<9} {people_text(e, names) or '-':<28} {summary(e)}".rstrip()
        for n, e in enumerate(found, start=1)
    ]
    return "\n".join(lines) or f"No events recorded for {where} yet: `followup log ...` records them."


def main(args: Sequence[str]) -> int | None:
    """Run `followup events` from the stored rows; None when they cannot answer."""
    line = stored.parse(
        args, ("events",), ("--application",), ("--json", "--global"), short={"-a": "--application"}
    )
    if line is None:
        return None
    given = line.values.get("--application")
    ref = None if given is None else stored.reference(given)
    search_wide = "--global" in line.flags
    if (given is not None and ref is None) or (search_wide and given is not None):
        return None  # the full command refuses both at once, in its words
    store = stored.open_current(line.db, line.owner, derived=False)
    if store is None:
        return None
    try:
        names: dict[str, str] = {}
        if search_wide:
            rows = store.con.execute(OF_SEARCH, (store.who,)).fetchall()
        else:
            app_id = stored.application_of(store, ref)
            rows = store.con.execute(OF_APPLICATION, (store.who, app_id)).fetchall()
            for person_id, first, last, honorific in store.con.execute(PEOPLE, (store.who, app_id)):
                names[person_id] = display_name(person_id, first, last, honorific)
        found = in_order([_entry(row) for row in rows])
    except (sqlite3.Error, ValueError):
        return None
    finally:
        store.close()
    where = "the whole search" if search_wide else app_id
    sys.stdout.write(render(found, names, zone(store.tz_name), where, "--json" in line.flags) + "\n")
    return 0


def _entry(row: tuple[object, ...]) -> Entry:
    (id_, type_, at, kind, channel, to, cc, from_person, subject, body, note, stated, source, status) = row[
        :14
    ]
    deadline, new_date, slot, outcome, overrides = row[14:]
    return Entry(
        str(id_),
        str(type_),
        _moment(at),
        str(kind),
        None if channel is None else str(channel),
        _strings(to),
        _strings(cc),
        str(from_person),
        str(subject),
        str(body),
        str(note),
        str(stated),
        str(source),
        str(status),
        None if deadline is None else dt.date.fromisoformat(str(deadline)),
        None if new_date is None else dt.date.fromisoformat(str(new_date)),
        None if slot is None else _moment(slot),
        None if outcome is None else str(outcome),
        _strings(overrides),
    )


def _moment(value: object) -> dt.datetime:
    """A stored time (naive UTC text, as SQLAlchemy writes it on SQLite) as an aware UTC datetime."""
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)


def _strings(value: object) -> tuple[str, ...]:
    """A JSON array of text (recipients, codes); json is imported only for one that is not empty."""
    if value == "[]":
        return ()
    import json

    return tuple(str(item) for item in json.loads(str(value)))
