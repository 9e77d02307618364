"""`followup export` / `followup import`: the lossless JSON format of docs/export-format.md."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

import click

from followup import outputs
from followup.cli.common import Context, pass_context
from followup.cli.file_mode import mode_option
from followup.core.codec import MAX_FILE_BYTES
from followup.services.transfer import export_text, import_text


@click.command()
@click.option(
    "--out", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file (default: stdout)."
)
@mode_option
@pass_context
def export(context: Context, out: Path | None, file_mode: int) -> None:
    """Export every record as JSON (profile, settings, applications, events)."""
    if out is not None:
        outputs.check(out, "--out")
    text = export_text(context.ws)
    if out is None:
        sys.stdout.write(text)
        return
    outputs.write(out, text.encode(), mode=file_mode)  # whole or not at all, 600 unless --mode
    click.echo(f"Exported to {out}.", err=True)


@click.command("import")
@click.argument("source", type=click.File("rb"))
@click.option("--replace", is_flag=True, help="Replace everything stored with the file's records.")
@pass_context
def import_(context: Context, source: BinaryIO, replace: bool) -> None:
    """Import records from a JSON export (SOURCE: a file, or - for stdin); checked before writing."""
    # One byte past the limit is enough to refuse a file too large, without reading all of it.
    records = import_text(context.ws, source.read(MAX_FILE_BYTES + 1), replace=replace)
    click.echo(f"Imported; the store now holds {len(records.applications)} application(s).", err=True)
