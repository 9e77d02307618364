"""The Click parameter type of every text option and argument: its field in ``core.fields``.

``--title`` is checked as a title (one line, at most 200 characters, no control characters) while the
command line is read, before anything is opened or written, and the message names the option as typed.
One-line values lose surrounding spaces; free text is kept as given.
"""

from __future__ import annotations

import unicodedata

import click

from followup.core.fields import TextField


class Text(click.ParamType[str]):
    name = "text"

    def __init__(self, field: TextField) -> None:
        self.field = field

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = value if isinstance(value, str) else str(value)
        self.field.check(text, _name(param) or self.field.name)
        # One line: surrounding spaces dropped, and composed (NFC), so "Kím" typed with a combining
        # accent is the same name as "Kím" typed with one key.
        return unicodedata.normalize("NFC", text.strip()) if self.field.one_line else text

    def __repr__(self) -> str:
        return f"Text({self.field.name!r})"


def text(field: TextField) -> Text:
    return Text(field)


def _name(param: click.Parameter | None) -> str | None:
    if isinstance(param, click.Option) and param.opts:
        return max(param.opts, key=len)
    return param.name.upper() if param is not None and param.name else None
