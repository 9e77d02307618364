"""`followup words add|list`: your own dictionary for the spell checker (C-11), kept with your profile."""

from __future__ import annotations

import click

from followup.cli.common import Context, emit, json_option, pass_context
from followup.cli.params import text
from followup.core import fields
from followup.services.profile import add_words


@click.group()
def words() -> None:
    """Words the spell checker should accept (names and companies from your records are known already)."""


@words.command("add")
@click.argument("new", type=text(fields.NEW_WORD), nargs=-1, required=True)
@pass_context
def add(context: Context, new: tuple[str, ...]) -> None:
    """Add WORDS (product names, jargon) to your dictionary."""
    kept = add_words(context.ws, list(new))
    click.echo(f"Your dictionary has {len(kept)} word(s).")


@words.command("list")
@json_option
@pass_context
def list_words(context: Context, as_json: bool) -> None:
    """Your own words."""
    mine = list(context.ws.read().profile.words)
    emit(as_json, mine, "\n".join(mine) or "No words of your own yet: `followup words add ...`.")
