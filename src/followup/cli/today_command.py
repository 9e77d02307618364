"""`followup today` as Click sees it: for `followup --help` and `followup today --help` listings.

The command itself runs on the fast path (``today.main``), dispatched before Click is imported; this
wrapper keeps it listed with the others and runs the same code when invoked through the group.
"""

from __future__ import annotations

import click

from followup.cli import today as fast
from followup.cli.common import Context, json_option, now_option, pass_context


@click.command()
@now_option
@click.option("--all", "everything", is_flag=True, help="List every step, the long overdue ones too.")
@json_option
@pass_context
def today(context: Context, now_text: str | None, everything: bool, as_json: bool) -> None:
    """Everything due or overdue across applications, most urgent first.

    Steps more than 10 business days past their deadline are still worth doing; they are summarised in
    one line per application (--all lists them).
    """
    args = (["--now", now_text] if now_text else []) + (["--json"] if as_json else [])
    args += ["--all"] if everything else []
    if context.db:
        args += ["--db", context.db]
    if context.owner is not None:
        args += ["--owner", context.owner]
    fast.main(args)
