"""How long each fuzz test runs: a short, fixed budget in CI, and as long as you ask with `make fuzz`.

CI (``make test``) runs every fuzz test with ``FUZZ`` at its default, derandomized, so a run is the same
every time and fails only on a real regression. ``make fuzz MINUTES=30 EXAMPLES=5000`` sets
``FOLLOWUP_FUZZ_EXAMPLES`` higher and repeats the fuzz tests with fresh random examples until the time is
up. A fuzz test fails on any exception outside followup's own error tree (``FollowupError``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 150
EXAMPLES = int(os.environ.get("FOLLOWUP_FUZZ_EXAMPLES", str(DEFAULT_EXAMPLES)))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= DEFAULT_EXAMPLES,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
