"""The guard: for any proposed action (send F1 to X by email now, call Y at 13:00, visit, ...), which codes
it raises and how severe they are, before anything goes out.

``check`` answers from the same facts the planner uses, read at the moment the action would happen. A
BLOCK means the program will not do it or log it without ``--force --reason``; WARN findings are shown
and allowed; NOTEs inform. One module per concern:

    proposal   what is proposed (``Proposal``) and the answer (``Verdict``); the action vocabulary
    context    ``Inspection``: one proposal being judged, read as the move it is (the next F, the plan's
               channel, a call that returns theirs is an RSP, K5), and the helpers every concern shares
    timing     the waiting periods (A-01, T-03, T-05, K1), no-contact (A-02), working hours (T-07),
               thank-you lateness (T-01), skipping a follow-up (A-09)
    caps       touches and caps (A-03, A-04, E-10/K2), spacing (A-05, K6)
    people     channels and recipients (H-01–H-13, H-16–H-18), addresses (I-03), visits (A-08),
               naming an insider (C-28)
    calls      calls and requests for a call (A-06, A-07, H-12, H-14, H-15, E-09, K5)
    attachments  what goes with a message: the résumé on the first follow-up (C-17)
    check      ``check``: the plan at that moment, then each concern in a fixed order

Imports the plan (the same facts and steps the planner uses) and the core's top modules (``phrases`` for
the few text facts it reads); never the composer or the checker.
"""

from followup.core.guard.check import check
from followup.core.guard.proposal import ACTIONS, Proposal, Verdict

__all__ = ["ACTIONS", "Proposal", "Verdict", "check"]
