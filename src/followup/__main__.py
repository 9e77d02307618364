"""``python -m followup``: the same command as the ``followup`` script, wherever scripts do not run."""

import sys

from followup.cli.entry import main

if __name__ == "__main__":
    sys.exit(main())
