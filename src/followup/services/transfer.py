"""Export and import in the documented JSON format (docs/export-format.md): lossless and validated
before anything is written, so a corrupt or truncated file changes nothing."""

from __future__ import annotations

import dataclasses

from followup.core import codec
from followup.core.errors import InvalidInput
from followup.core.model import MailAccount, Records
from followup.services.interviews import check_calendar
from followup.services.workspace import Workspace


def export_text(ws: Workspace) -> str:
    """Every record, and the mail account's settings when there is one (never its secret)."""
    from followup.services.mail_accounts import load_account

    return codec.dumps(ws.read(), load_account(ws))


def import_text(ws: Workspace, text: str | bytes, *, replace: bool = False) -> Records:
    """Add the file's applications (ids must be new), or with ``replace`` swap everything for the file.
    Bytes must be UTF-8 (``codec.decode``). The file's mail account is taken when there is none yet, or
    with ``replace``; its secret is not in the file and is found as `followup mail check` finds it."""
    incoming, account = codec.loads_export(text)
    return _import_records(ws, incoming, account, replace)


def _import_records(ws: Workspace, incoming: Records, account: MailAccount | None, replace: bool) -> Records:
    """The records and the account in one transaction: an import stopped half-way leaves neither."""
    for app in incoming.applications:
        check_calendar(app)
    with ws.transaction() as change:
        if account is not None and change.session is not None:
            from followup.store import mail_accounts

            if replace or mail_accounts.load_account(change.session, ws.owner) is None:
                mail_accounts.save_account(change.session, ws.owner, account)
        current = change.records
        if replace:
            change.set_records(incoming)
            return incoming
        clashes = sorted({a.id for a in current.applications} & {a.id for a in incoming.applications})
        if clashes:
            raise InvalidInput(
                "import file",
                "applications whose ids are not in the store yet (or use --replace)",
                ", ".join(clashes),
            )
        profile = current.profile if current.profile.name else incoming.profile
        settings = dict(incoming.settings) | dict(current.settings)
        clash_events = {e.id for e in current.events} & {e.id for e in incoming.events}
        if clash_events:
            raise InvalidInput(
                "import file",
                "global events whose ids are not in the store yet (or use --replace)",
                ", ".join(sorted(clash_events)),
            )
        merged = dataclasses.replace(
            current,
            profile=profile,
            settings=tuple(sorted(settings.items())),
            applications=current.applications + incoming.applications,
            events=current.events + incoming.events,
        )
        change.set_records(merged)
        return merged
