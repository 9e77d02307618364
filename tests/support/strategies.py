"""Hypothesis strategies for core records, derived from the dataclasses' type hints.

Every field gets a value, defaults included. Identifiers are unique where the store keys on them
(applications of a ``Records``, people and interviews of an ``Application``). Text avoids NUL, which
PostgreSQL cannot store, and surrogates, which are not text; times are aware, in a few zones, between
1900 and 2200; integers fit a 32-bit column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from typing import Any

from hypothesis import strategies as st

from followup.core.model import Records

TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12)
ZONES = st.sampled_from(
    [dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30)), dt.timezone(dt.timedelta(hours=-8))]
)
DATETIMES = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=ZONES
)
INTS = st.integers(min_value=-(2**31), max_value=2**31 - 1)


def records() -> st.SearchStrategy[Records]:
    return _for(Records)


def _for(hint: Any) -> st.SearchStrategy[Any]:
    if hint is str:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return INTS
    if hint is dt.datetime:
        return DATETIMES
    if hint is dt.date:
        return st.dates()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return st.builds(hint, **{f.name: _for(hints[f.name]) for f in dataclasses.fields(hint)})
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return st.one_of([st.none() if arg is type(None) else _for(arg) for arg in args])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = args[0]
        keyed = dataclasses.is_dataclass(item) and "id" in {f.name for f in dataclasses.fields(item)}
        unique_by = (lambda value: value.id) if keyed else None
        return st.lists(_for(item), max_size=3, unique_by=unique_by).map(tuple)
    if origin is tuple:
        return st.tuples(*(_for(arg) for arg in args))
    raise TypeError(f"no strategy for {hint!r}")
