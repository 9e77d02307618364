"""What every command shares: the context (database, owner, clock), options, and output."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from followup.cli.params import text
from followup.cli.picking import pick
from followup.cli.timefmt import parse_moment, zone
from followup.core import codec, fields
from followup.core.errors import FollowupError, InvalidInput, NotFound
from followup.core.model import Application, Records
from followup.store.location import to_url

if TYPE_CHECKING:  # imported when a command opens the store: `explain` and `--help` never do
    from followup.services.workspace import Workspace

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Context:
    db: str | None = None
    owner: str | None = None  # --owner: another owner's records in this file (or on the server)
    command: str = ""  # as typed, for the undo journal (cli.undo.typed)
    _workspace: Workspace | None = field(default=None, repr=False)

    @property
    def ws(self) -> Workspace:
        if self._workspace is None:
            from followup.services.workspace import Workspace

            self._workspace = Workspace(db_url(self.db), self.owner, command=self.command)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()

    def tz(self, records: Records | None = None) -> dt.tzinfo:
        profile = (records or self.ws.read()).profile
        return zone(profile.tz)

    def now(self, text: str | None, records: Records | None = None) -> dt.datetime:
        """``--now`` (read in the profile's zone when it has no offset), else the clock."""
        if text:
            return parse_moment(text, self.tz(records))
        return dt.datetime.now(dt.UTC)


pass_context = click.make_pass_decorator(Context)


def db_url(db: str | None) -> str | None:
    db = db or os.environ.get("FOLLOWUP_DB")
    return None if db is None else to_url(db)


def now_option(func: F) -> F:
    return click.option(
        "--now",
        "now_text",
        type=text(fields.MOMENT),
        metavar="ISO-DATETIME",
        help="Act as if it were this moment (default: the clock); no offset = your profile's zone.",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (docs/json-output.md).")(func)


def application_option(func: F) -> F:
    return click.option(
        "--application",
        "-a",
        "application_ref",
        type=text(fields.REFERENCE),
        metavar="ID",
        help="Which application (id or company name); optional when there is only one.",
    )(func)


def resolve_application(records: Records, ref: str | None) -> Application:
    """An application by id or company name; with no ref, the only one (``picking.pick``, which the
    fast reads share)."""
    app_id = pick([(app.id, app.company.name) for app in records.applications], ref)
    return next(app for app in records.applications if app.id == app_id)


def read_application(context: Context, ref: str | None) -> tuple[Records, Application]:
    """The application ``ref`` names (as ``resolve_application`` finds it, among every application's id
    and company name, read alone) with the profile, the settings and the search's events: the others'
    records are not loaded."""
    app_id = pick(context.ws.application_names(), ref)
    records = context.ws.read_for(app_id)
    found = records.application(app_id)
    if found is None:  # removed since
        raise NotFound(f"no application {app_id!r}; see `followup list`")
    return records, found


def emit(as_json: bool, data: Any, text: str) -> None:
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False))
    else:
        click.echo(text)


TEXT_FILE_LIMIT = 2**20  # a message body or a debrief form: 1 MB is ten times the longest field


def read_text_file(path: Path, field: str) -> str:
    """A text file the user names (``--body-file``, ``--from-file``): UTF-8, at most 1 MB, read whole;
    anything else is one line naming the option and what is wrong (codec.decode)."""
    try:
        with path.open("rb") as source:
            data = source.read(TEXT_FILE_LIMIT + 1)
    except OSError as error:
        raise InvalidInput(field, f"a file that can be read ({error.strerror})", str(path)) from None
    return codec.decode(data, field, TEXT_FILE_LIMIT)


def refuse_after(as_json: bool, data: dict[str, Any], text: str, error: FollowupError) -> NoReturn:
    """Raise ``error`` after showing what would have been saved: the text on standard output, or, with
    ``--json``, the data's keys in the one JSON error document (docs/json-output.md, "Errors")."""
    if as_json:
        error.data = data
    else:
        click.echo(text)
    raise error


def parse_when(text: str | None, ctx: Context, field: str) -> dt.datetime | None:
    return parse_moment(text, ctx.tz(), field) if text else None


def parse_day(text: str | None, field: str) -> dt.date | None:
    """``YYYY-MM-DD``, or None for no text; an impossible day is named, years 1970 to 2200."""
    if not text:
        return None
    from followup.core.dates import read_date

    return read_date(text, field)
