"""The cyclic garbage collector waits while a command's modules are imported.

Importing SQLAlchemy, Click and followup's own modules creates a few hundred thousand objects, and the
collector, triggered by every 700 new ones, walks all of them again and again: about a tenth of a write
command's start-up (issue 9). None of it is garbage. So the console script (``bin/followup``,
``python -m followup``) calls ``hold`` first; once the command's module is imported (``cli.lazy``),
``release`` moves everything alive into the collector's permanent generation (``gc.freeze``), which its
later passes skip, and turns it back on for the command's own work. ``release`` is a no-op unless
``hold`` was called, so code that runs followup inside another process (the tests, the web app) keeps
that process's collector as it was.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Stop the cyclic collector until ``release`` (start-up of the console script only)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up built and turn the collector back on, if ``hold`` stopped it."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
