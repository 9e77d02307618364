"""Asking before a change that deletes something: in a terminal a question, elsewhere ``--yes``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from followup.core.errors import InvalidInput

F = TypeVar("F", bound=Callable[..., Any])


def yes_option(func: F) -> F:
    return click.option(
        "--yes", "-y", is_flag=True, help="Do it without asking (needed when not run in a terminal)."
    )(func)


def confirm(what: str, *, yes: bool, as_json: bool) -> None:
    """Go on when ``yes`` or when the user agrees to ``what`` ("remove Dana Kim from acme"); abort,
    writing nothing, otherwise. Without a terminal to ask in, ``--yes`` is required. With ``--json`` the
    question goes to standard error, so standard output stays one JSON document."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise InvalidInput(
            "--yes", f"a confirmation to {what} (there is no terminal to ask in); nothing was changed"
        )
    click.confirm(what[:1].upper() + what[1:] + "?", default=False, abort=True, err=as_json)
