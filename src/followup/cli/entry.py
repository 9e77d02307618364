"""The `followup` console script: dispatch first, import late, translate errors once.

``followup today`` runs on the standard library alone (see ``today``), and so do ``list``, ``person
list``, ``events`` and ``plan APP`` whenever the stored tables can answer (``stored``); every other
command loads the Click application. Errors of followup's own tree, Click's usage errors included
(``usage``), become one line on standard error and their exit status (2 for bad input), on both paths.
With ``--json`` on the command line they become one JSON document on standard output instead, and
standard error stays empty (docs/json-output.md, "Errors"):

    {"error": {"field": "--now", "message": "...", "accepted": "...", "exit_status": 2}}
"""

from __future__ import annotations

import sys

# Not ``typing.TYPE_CHECKING``: importing typing (and with it re and enum) would cost the everyday
# ``followup today`` more than its own query; mypy treats any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from followup.core.errors import FollowupError


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = wants_json(args)
    try:
        if args[:1] == ["today"]:
            from followup.cli import today

            return today.main(args[1:])
        status = fast_read(args)
        if status is not None:
            return status
        from followup.cli.app import run

        return run(args)
    except KeyboardInterrupt:
        from followup.core.errors import FollowupError

        interrupted = FollowupError("interrupted; nothing was written by the unfinished command")
        interrupted.exit_code = 130
        return report(interrupted, as_json)
    except BrokenPipeError:
        return 0
    except Exception as error:
        # Imported only when something went wrong: `followup today` never needs the error tree.
        from followup.core.errors import FollowupError

        if isinstance(error, FollowupError):
            return report(error, as_json)
        raise


def fast_read(args: list[str]) -> int | None:
    """`[--db X] [--owner Y] list|person list|events|plan APP ...` from the stored tables, with the
    standard library, when they can answer (``stored``); None: the full command runs."""
    words = args[:5]
    if "events" in words:
        from followup.cli import history

        status = history.main(args)
        if status is not None:
            return status
    if "person" in words and "list" in args[:6]:  # `person list -a events` too; never `person add`
        from followup.cli import roster

        status = roster.main(args)
        if status is not None:
            return status
    if "plan" in words:  # `plan APP` from the stored schedules (``schedules``)
        from followup.cli import schedules

        status = schedules.main(args)
        if status is not None:
            return status
    if "list" in words:
        from followup.cli import listing

        return listing.main(args)
    return None


def wants_json(args: Sequence[str]) -> bool:
    """``--json`` anywhere before a ``--``: errors then answer in JSON, even when Click cannot read the
    rest of the line (an unknown option, a bad choice, a missing argument)."""
    options = args[: args.index("--")] if "--" in args else args
    return "--json" in options


def report(error: FollowupError, as_json: bool) -> int:
    """Show ``error`` (one line, or the JSON error document) and return its exit status."""
    if not as_json:
        sys.stderr.write(_printable(f"followup: {' '.join(error.message.split())}") + "\n")
        return error.exit_code
    import json

    document: dict[str, object] = {
        "error": {
            "field": getattr(error, "field", None),
            "message": " ".join(error.message.split()),
            "accepted": getattr(error, "accepted", None),
            "exit_status": error.exit_code,
        }
    }
    if error.data:  # a preview shown with the refusal (an import without --yes): its keys beside "error"
        document |= {key: value for key, value in error.data.items() if key != "error"}
    sys.stdout.write(_printable(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")
    return error.exit_code


def _printable(text: str) -> str:
    """Text any terminal or pipe can take: a lone surrogate from a hostile file becomes its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
