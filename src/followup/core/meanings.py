"""What each code means, in one line of our own words (PLAYBOOK §1.8), and the rules that raise it.

``followup today`` shows every code with its meaning, and ``followup explain CODE`` adds the rules behind
it (their text from ``playbook.RULES``, the severity from ``codes``). The rules listed for a code are those
whose playbook text names it and those the planner, the guard and the checker cite when they raise it
(tests/core/test_meanings.py holds both).

This module imports nothing, not even ``typing``: the fast ``today`` path reads it at start-up, where
every millisecond counts. Meanings are written for the person reading their list, not for the spec.
"""

from __future__ import annotations

# code -> (meaning, rule IDs in playbook order)
CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "W-EARLY": (
        "too early to ask about your status: their waiting period is still running",
        ("T-03", "T-04", "T-05", "T-06", "C-05", "A-01", "E-05"),
    ),
    "W-NOCONTACT": ("they asked you not to get in touch yet", ("A-02",)),
    "W-CAP": ("you have sent as many unanswered messages or follow-ups as is wise", ("A-03", "A-04", "E-10")),
    "W-2NDCALL": ("a second phone call that nobody asked for", ("A-07",)),
    "W-HRONLY": (
        "status questions go to HR, not to the interviewers, while the company has HR",
        ("H-11", "H-12", "H-13", "H-18"),
    ),
    "W-CALLTIME": ("a call outside their calling hours or on a day off", ("H-14",)),
    "W-UNSCHEDULED-CALL": ("a call to the hiring manager without an agreed time", ("H-15", "E-09")),
    "W-VISIT": ("turning up in person without an invitation", ("H-07", "A-08")),
    "W-PHONE-FEEDBACK": ("feedback is asked for in writing, never by phone", ("H-17",)),
    "W-CLOSED": ("the outcome is known: no more status outreach", ("A-12", "E-03")),
    "W-DUP-LI": ("a second LinkedIn request to the same person", ("H-08",)),
    "W-TY-LATE": ("the thank-you missed its same-day target; send it now", ("T-01",)),
    "W-TY-OVERDUE": ("the thank-you is more than 24 hours late", ("T-01", "H-03")),
    "W-DEBRIEF-LATE": ("the debrief was not written within two hours of the interview", ("D-02",)),
    "W-DEBRIEF-INCOMPLETE": ("the debrief lacks details later messages need", ("D-04", "D-06")),
    "W-NO-TIMELINE": (
        "you did not learn when they decide, who will get in touch, or how",
        ("I-01", "I-02", "C-05"),
    ),
    "W-MISSING-CONTACT": ("no email or postal address for this person", ("I-03", "H-06", "H-09")),
    "W-HANDWRITTEN": ("a handwritten note: slow, and not how this is done", ("H-02", "H-06")),
    "W-INPERSON-DELIVERY": ("dropping a note off in person", ("H-07",)),
    "W-SLOW-CHANNEL": ("by post only, it may arrive after they decide", ("H-01",)),
    "W-PAPER-ONLY": ("a printed copy before the email went", ("H-06",)),
    "W-GROUP-MESSAGE": ("one message to several interviewers; write to each", ("H-03", "H-09")),
    "W-GENERIC": (
        "the text could go to anyone: make it about them and this job",
        ("C-02", "C-04", "C-13", "C-18"),
    ),
    "W-DUP-CONTENT": ("the text repeats an earlier message", ("C-16",)),
    "W-MISSING-ELEMENT": (
        "the message lacks something it must carry",
        ("C-01", "C-05", "C-12", "C-14", "C-15", "C-19", "C-22", "C-24", "C-25", "C-27"),
    ),
    "W-INDEPTH": ("pay, benefits or deep questions belong to a later conversation", ("C-05",)),
    "W-LENGTH": ("too long", ("C-06", "C-13", "C-14", "C-15")),
    "W-SUBJECT": ("the subject line should carry your name and the word interview", ("C-07",)),
    "W-SIGNATURE": ("your signature lacks a contact detail", ("C-08",)),
    "W-GREETING": ("the greeting is too familiar for someone who did not offer first names", ("C-09",)),
    "W-SIGNOFF": ("the closing is missing or too casual", ("C-10",)),
    "W-PROOF": ("spelling, capitals or punctuation need a look", ("C-11",)),
    "W-TONE": ("it sounds pressing, cross or pushy", ("C-20", "C-23", "C-26", "A-11")),
    "W-OVERCONFIDENT": ("it takes the job for granted", ("C-13",)),
    "W-PERMISSION": ("it names an insider who has not agreed to be named", ("C-28",)),
    "W-LAST-TOUCH": ("your last permitted message promises another one", ("C-15", "C-19")),
    "W-LI-NONOTE": ("a LinkedIn request without a note", ("H-08",)),
    "W-VOICEMAIL-LONG": ("the voicemail is too long: keep it under 30 seconds", ("C-22", "A-06")),
    "W-SLOTS": ("the proposed call times need fixing", ("H-15", "C-25")),
    "W-SAME-CHANNEL": ("answer the way they reached you", ("H-16", "E-03")),
    "W-PROMPT": ("they are waiting for your answer", ("E-01", "E-02", "E-08")),
    "W-FREQ": ("too soon after your last message to them", ("A-05", "E-05")),
    "W-SKIP-FOLLOWUP": ("the first follow-up should not be skipped", ("T-03", "T-04", "A-09")),
    "W-KEEP-SEARCHING": ("keep applying elsewhere until you have accepted an offer", ("E-02", "L-04")),
    "W-PREP": ("finish this before your next interview", ("L-01",)),
    "N-ASK-HR": ("ask HR on your way out for the names and titles you lack", ("I-04",)),
    "N-PATIENCE": ("silence at this stage is normal", ("T-03", "T-06", "A-01")),
    "N-MISSED-DATE": ("their date has passed without news; that is not a rejection", ("T-04", "T-06")),
    "N-NONBIZ": (
        "outside their working hours: send it at 09:00 on their next business day",
        ("T-01", "T-07"),
    ),
    "N-SUPPLEMENT": ("you noted something to add; the message may carry it", ("C-03",)),
    "N-NEXT-STEPS": ("the round's one question about next steps belongs in another note", ("C-05",)),
    "N-LI-GREETING": ("a first name suits LinkedIn; emails and letters stay formal", ("C-09",)),
    "N-RESUME": ("the attached résumé is the one you already sent", ("C-17",)),
    "N-ARTICLE": ("to someone outside HR, lead with an article or idea, not a status question", ("C-21",)),
    "N-RESENT": ("a small firm without HR: a call is allowed but may not be welcome", ("H-12",)),
    "N-AWAY": ("they are away (an automatic reply): it waits until the day they are back", ("A-05",)),
    "N-NETWORK": ("keep applying and building your network meanwhile", ("L-05",)),
    "N-SCHED-ODDS": ("few requests for a call get an answer", ("H-15",)),
    "N-MOVE-ON": ("no more messages are planned here: put your energy elsewhere", ("E-10",)),
    "N-NAMES-FADING": ("past the interview day, names and details fade fast", ("D-02",)),
    "N-PAUSE": ("take a breath before the debrief", ("D-01",)),
    "N-PREP": ("bring your notes to the next round", ("D-11",)),
    "N-FEEDBACK": ("turn the feedback into things to practise or learn", ("E-11",)),
    "N-REVIEW": ("review your debrief and any feedback: what will you do differently?", ("L-03",)),
    "N-CLASSIFY": ("decide for each weak spot: practice, or a new skill", ("L-02",)),
    "N-NO-INTERVIEW": ("no interview is recorded yet", ("I-01",)),
    "N-NOT-AN-EXCEPTION": (
        "news not yet accepted or granted is no reason to write early: it waits for a follow-up",
        ("E-05",),
    ),
    "N-NOTHING-TO-RETURN": ("no call of theirs is waiting: this is a call of your own", ("H-16",)),
}

# The action states of §1.6, as `today` and `plan` show them.
STATES: dict[str, str] = {
    "NOT_YET": "its window has not opened yet; doing it now raises the rule's warning",
    "ALLOWED": "you may do it now; optional, not (yet) recommended",
    "DUE": "recommended now: its window is open",
    "OVERDUE": "its recommended window has passed; still recommended unless cancelled",
    "CLOSED": "its optional window has passed; no longer suggested",
    "BLOCKED": "not planned and not drafted; if you do it anyway, the warning is recorded",
    "CANCELLED": "made moot by an event: an offer, a rejection, another round, a withdrawal",
    "DONE": "done",
    "N/A": "does not apply here",
    "ACTIVE": "ongoing: the job search, learning",
}

# The codes that are BLOCK in one situation and WARN in another (§1.8); the others always have the severity
# codes.severity_of gives.
SEVERITY_NOTES: dict[str, str] = {
    "W-EARLY": (
        "BLOCK for a follow-up, a request for a call or a call before their date has passed; WARN when no "
        "date was given, or for a status question inside a thank-you"
    ),
    "W-NOCONTACT": "BLOCK; WARN, asking you to confirm, for telling them about another offer",
    "W-HRONLY": "BLOCK for calls and news by phone, WARN for emails",
    "W-PHONE-FEEDBACK": "BLOCK; WARN when you log a call where you already asked",
}


def meaning(code: str) -> str:
    """The code's one-line meaning, or "" for a code this table does not know."""
    found = CODES.get(code)
    return found[0] if found else ""
