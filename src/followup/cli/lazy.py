"""A Click group that imports a command's module only when that command is asked for.

Every command module imports what its command needs (the store, the planner, the spell checker, the
calendar parser...), so importing them all to run one would make every command pay for all of them.
``LazyGroup.commands`` is a mapping that knows each command's name, the module and attribute that define
it, and the first paragraph of its help: ``followup --help`` lists every command from that paragraph
without importing any of them, and ``followup list`` imports ``cli.applications`` alone. Anything that
reads a command itself (``cli.commands["list"]``, Click dispatching it, ``scripts/gen_cli_docs.py``)
imports its module then. tests/cli/test_imports.py checks the table against the commands themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any, NamedTuple

import click

from followup.cli import startup


class Lazy(NamedTuple):
    """Where a command is defined, and the first paragraph of its help (what ``--help`` lists)."""

    module: str
    attribute: str
    summary: str


class LazyCommands(MutableMapping[str, click.Command]):
    """Commands by name, each imported on first access; iteration, ``in`` and ``len`` import nothing."""

    def __init__(self, lazy: Mapping[str, Lazy]) -> None:
        self.lazy = dict(lazy)
        self._names = list(lazy)  # in the order given, as a dict of commands keeps them
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name in self._loaded:
            return self._loaded[name]
        where = self.lazy[name]  # KeyError for an unknown name, as a dict
        # __import__, not importlib.import_module: only the former shows in `python -X importtime`.
        __import__(where.module)
        command = getattr(sys.modules[where.module], where.attribute)
        startup.release()  # what the command needs is imported: the collector may run again
        if not isinstance(command, click.Command):
            raise TypeError(f"{where.module}.{where.attribute} is not a Click command")
        self._loaded[name] = command
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        if name not in self._names:
            self._names.append(name)
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._names:
            raise KeyError(name)
        self._names.remove(name)
        self._loaded.pop(name, None)
        self.lazy.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._names))

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def loaded(self, name: str) -> click.Command | None:
        """The command if its module is imported already (or it was added as a command), else None."""
        return self._loaded.get(name)


class LazyGroup(click.Group):
    """A ``click.Group`` whose commands are a ``LazyCommands``: it lists them from their summaries and
    imports one only to run it (or to show its own help)."""

    def __init__(self, *args: Any, lazy: Mapping[str, Lazy] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(lazy or {})

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Click's own listing, with a stand-in built from the summary for each command not imported."""
        commands = self.commands
        if not isinstance(commands, LazyCommands):  # replaced from outside: Click's way
            super().format_commands(ctx, formatter)
            return
        listed: list[tuple[str, click.Command]] = []
        for name in self.list_commands(ctx):
            command = commands.loaded(name)
            if command is None:
                command = click.Command(name, help=commands.lazy[name].summary)
            if not command.hidden:
                listed.append((name, command))
        if listed:
            limit = formatter.width - 6 - max(len(name) for name, _ in listed)
            rows = [(name, command.get_short_help_str(limit)) for name, command in listed]
            with formatter.section("Commands"):
                formatter.write_dl(rows)
