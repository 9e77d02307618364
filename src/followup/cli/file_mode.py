"""``--mode``: the permissions of a file a command writes for you (default 600, yours alone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from followup.cli.params import text
from followup.core import fields
from followup.outputs import DEFAULT_MODE, parse_mode

F = TypeVar("F", bound=Callable[..., Any])


def _mode(_ctx: click.Context, _param: click.Parameter, value: str | None) -> int:
    return DEFAULT_MODE if value is None else parse_mode(value)


def mode_option(func: F) -> F:
    return click.option(
        "--mode",
        "file_mode",
        metavar="OCTAL",
        type=text(fields.CODE),
        callback=_mode,
        help="Permissions of the file written (default 600: yours alone; 644: others may read it).",
    )(func)
