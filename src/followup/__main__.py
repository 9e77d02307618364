"""``python -m followup``: the same command as the ``followup`` script, wherever scripts do not run."""

import sys

from followup.cli import startup

if __name__ == "__main__":
    startup.hold()  # until the command's modules are imported (cli/startup.py)
    from followup.cli.entry import main

    sys.exit(main())
