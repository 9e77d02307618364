"""The few text facts the planner and the guard need about a message: is there a next-steps question
(C-05), a status question (A-01 inside a thank-you), a promise of another follow-up (C-19, W-LAST-TOUCH)?

Full draft checking (every C rule, spelling, similarity) belongs to the checker; these are the
planner's own questions and stay deliberately small.
"""

from __future__ import annotations

import re

_QUESTION = re.compile(r"(?:^|(?<=[.!?]))[^.!?]*\?")  # tried only where a sentence can start: linear time
_NEXT_STEPS = re.compile(
    r"next steps?|timeline|time ?frame|hear (back|from)|expect|decision|decide|another round|process",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"status|any update|an update|where (i|things) stand|decision|decided|made a choice|"
    r"still (open|considering)",
    re.IGNORECASE,
)
_PROMISE_MORE = re.compile(
    r"\bI(?:'ll| will| shall| plan to| intend to)\s+(?:follow up|check (?:back|in)|reach out|touch base|"
    r"get back in touch|write again|call again)",
    re.IGNORECASE,
)


# follow-up is good practice, not a lever on the decision; our copy never promises an effect.
_PROMISED_OUTCOME = re.compile(
    r"\b(will|guarantees?|ensures?|secures?)\b[^.!?]{0,40}\b(get|land|win|secure|clinch)s?\b[^.!?]{0,20}"
    r"\b(the )?(job|offer|position|role)\b",
    re.IGNORECASE,
)


def promises_outcome(text: str) -> bool:
    """A-11: wording that promises a message secures the outcome."""
    return bool(_PROMISED_OUTCOME.search(text))


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def questions(body: str) -> list[str]:
    return [q.strip() for q in _QUESTION.findall(body)]


def asks_next_steps(body: str) -> bool:
    """C-05: a question about when to expect news or what happens next."""
    return any(_NEXT_STEPS.search(q) for q in questions(body))


def asks_status(body: str) -> bool:
    """A question about where the decision stands (W-EARLY inside a thank-you once D is known)."""
    return any(_STATUS.search(q) or _NEXT_STEPS.search(q) for q in questions(body))


def promises_more(body: str) -> bool:
    """C-19 / C-15: announcing another follow-up (W-LAST-TOUCH in the last permitted touch)."""
    return bool(_PROMISE_MORE.search(body))
