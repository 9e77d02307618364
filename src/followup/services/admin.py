"""The administrator's use cases on a shared PostgreSQL server: migrate, add a person, adopt old records.

Each opens the database as its administrator (``open_store(administer=True)``: the role that owns the
tables, or a superuser; anyone else is refused in one line), which brings the schema to the head
revision and gives the people's group its rights (``store.roles.prepare``) before anything else, then
does its work in one transaction. A person's own commands never migrate a server (``store.engine``).

A SQLite file is one person's, with its file permissions as its boundary: ``migrate`` brings it up to
date like any command; adding people or adopting records there is refused in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from followup.core.errors import InvalidInput
from followup.store import roles
from followup.store.engine import HEAD_REVISION, administration, backend_of, open_store, sqlite_path_of

__all__ = ["add_user", "adopt", "migrate", "valid_name"]

valid_name = roles.valid_name


def migrate(url: str | None) -> dict[str, Any]:
    """Bring the database to the head revision and make it ready for its people; what was done."""
    with open_store(url, administer=True) as store:
        group = None
        if store.shared:
            with administration(store) as connection:
                group = roles.people_role(connection)
        return {
            "database": store.where,
            "revision": HEAD_REVISION,
            "upgraded_from": store.upgraded_from,
            "people_role": group,
        }


def add_user(url: str | None, name: str, password: Callable[[], str]) -> dict[str, Any]:
    """Create the login role ``name`` for one person; ``password`` is asked for only once the database
    is known to be a server this role may administer and the name free."""
    valid_name(name)
    _server_only(url, "add-user")
    with open_store(url, administer=True) as store:
        with administration(store) as connection:
            if roles.role_exists(connection, name):
                raise InvalidInput("NAME", "a role that does not exist on this server yet", name)
        secret = password()
        with administration(store) as connection:
            group = roles.add_person(connection, name, secret)
        return {"database": store.where, "role": name, "people_role": group}


def adopt(url: str | None, owner: str, role: str) -> dict[str, Any]:
    """Move the rows stored under the owner name ``owner`` to the role ``role``, in one transaction."""
    if not owner.strip():
        raise InvalidInput("OWNER", "the owner name the records were stored under", owner)
    _server_only(url, "adopt")
    with open_store(url, administer=True) as store:
        with administration(store) as connection:
            moved = roles.adopt(connection, owner, role)
        return {"database": store.where, "owner": owner, "role": role, "moved": moved}


def _server_only(url: str | None, command: str) -> None:
    """Refuse a SQLite database before opening it (which would create a missing file)."""
    if url is None or backend_of(url) == "sqlite":
        raise InvalidInput(
            "--db",
            f"a PostgreSQL server for `followup admin {command}` (a SQLite file is one person's, and its "
            "file permissions keep others out)",
            url if url is not None else str(sqlite_path_of(None)),
        )
