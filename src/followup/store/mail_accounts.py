"""The owner's mail account row (``tables.mail_accounts``, migration 0012): read, write, remove. No
secret is ever written here (``mail.secrets`` keeps those)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Connection, delete, insert, select

from followup.core.model import MailAccount
from followup.store.tables import mail_accounts

_FIELDS = tuple(spec.name for spec in dataclasses.fields(MailAccount))


def load_account(session: Connection, owner: str) -> MailAccount | None:
    row = session.execute(select(mail_accounts).where(mail_accounts.c.owner == owner)).mappings().first()
    if row is None:
        return None
    return MailAccount(**{name: row[name] for name in _FIELDS})


def save_account(session: Connection, owner: str, account: MailAccount) -> None:
    """Write ``account`` as the owner's one account, replacing any earlier one."""
    session.execute(delete(mail_accounts).where(mail_accounts.c.owner == owner))
    session.execute(insert(mail_accounts).values(owner=owner, **dataclasses.asdict(account)))


def delete_account(session: Connection, owner: str) -> bool:
    """Remove the owner's account; whether there was one."""
    done = session.execute(delete(mail_accounts).where(mail_accounts.c.owner == owner))
    return bool(done.rowcount)
