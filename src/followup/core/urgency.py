"""Which move comes first: the one order of urgency that `followup today` and `followup list` share.

1. What can be done now (DUE, OVERDUE) before what cannot (BLOCKED, ALLOWED, ACTIVE, NOT_YET).
2. Among what can be done now, what someone else is waiting for (messages, calls, the debrief they are
   written from) before learning for yourself (ANSWER-n, L-01; the search, L-04): a better answer to a
   stumbled question can wait an hour, a thank-you note cannot.
3. OVERDUE before DUE, then the other states in the order of §1.6.
4. What is pressing before what is merely offered (LI, PAPER, EXC-NEWS, FB, FL).
5. The earliest deadline (or, without one, the earliest target or opening) first.

Callers add their own tie-breakers (company, label). This module imports nothing: the fast ``today``
path sorts its rows with it.
"""

from __future__ import annotations

ACTIONABLE = ("OVERDUE", "DUE")
STATE_RANK = {"OVERDUE": 0, "DUE": 1, "BLOCKED": 2, "ALLOWED": 3, "ACTIVE": 4, "NOT_YET": 5}
LEARNING = frozenset({"ANSWER", "KS"})  # for yourself (L-01, L-04)
OPTIONAL = frozenset({"LI", "PAPER", "EXC-NEWS", "FB", "FL"})  # offered, never pressing
NEVER = 253402300799  # 9999-12-31 23:59:59 UTC, as core.plan.agenda.FOREVER


def action_of(step_key: str) -> str:
    """The §1.9 identifier of a step key: "R1:TY:p2" → "TY", "ANSWER-2" → "ANSWER", "RSP:e7" → "RSP"."""
    head = step_key
    if head[:1] == "R" and ":" in head and head[1 : head.index(":")].isdigit():  # an earlier round's step
        head = head[head.index(":") + 1 :]
    head = head.split(":", 1)[0]
    if head.startswith("ANSWER-"):
        return "ANSWER"
    return head


def urgency(state: str, action: str, when: int | None) -> tuple[int, int, int, int, int]:
    """The sort key of one step: smaller is more urgent. ``when`` is epoch seconds: the deadline, else
    the target or the opening."""
    actionable = state in ACTIONABLE
    return (
        0 if actionable else 1,
        1 if actionable and action in LEARNING else 0,
        STATE_RANK.get(state, len(STATE_RANK)),
        1 if action in OPTIONAL else 0,
        NEVER if when is None else when,
    )
