"""The `followup` console script: dispatch first, import late, translate errors once.

``followup today`` runs on the standard library alone (see ``today``); every other command loads the
Click application. Errors of followup's own tree become one line on standard error and their exit
status (2 for bad input), on both paths.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from followup.core.errors import FollowupError

    try:
        if args[:1] == ["today"]:
            from followup.cli import today

            return today.main(args[1:])
        from followup.cli.app import run

        return run(args)
    except FollowupError as error:
        sys.stderr.write(f"followup: {error.message}\n")
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("followup: interrupted; nothing was written by the unfinished command\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
