"""How alike two messages are, and the two rules that care (C-04 between notes of one round, C-16
between a follow-up and anything sent before).

Both measures work on lowercase words (letters, digits and inner apostrophes): ``trigram_jaccard`` is
the Jaccard index of the two sets of word trigrams, ``longest_common_run`` the longest run of
consecutive identical words. Only the bodies are compared (greeting, closing and signature repeat by
design); an earlier message's body is found with the same parser as the text under check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import parse_message
from followup.core.checks.base import (
    THANK_YOU_ROUND,
    WRITTEN,
    Message,
    Need,
    TextRule,
    candidate_names,
    flag,
)
from followup.core.drafts import TextFinding
from followup.core.model import Event

_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*")
SIMILAR_NOTES = 0.6  # C-04 [D]: notes to different people of one round may share at most this much
RUN_LIMIT = 12  # C-16 [D]: this many consecutive identical words is reuse


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    return {(words[i], words[i + 1], words[i + 2]) for i in range(len(words) - 2)}


def trigram_jaccard(a: str, b: str) -> float:
    """Jaccard index of the word-trigram sets of ``a`` and ``b`` (0.0 when either has no trigram)."""
    left, right = _trigrams(_tokens(a)), _trigrams(_tokens(b))
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def _common_run(a: list[str], b: list[str]) -> tuple[int, int]:
    """Length of the longest common run of words and where it starts in ``a``."""
    best, where = 0, 0
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, 1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, where = current[j], i - current[j]
        previous = current
    return best, where


def longest_common_run(a: str, b: str) -> int:
    """The longest run of consecutive identical words shared by ``a`` and ``b``."""
    return _common_run(_tokens(a), _tokens(b))[0]


def _body_of(m: Message, event: Event) -> str:
    return parse_message(event.body, candidate_names(m.ctx)).body or event.body


def _kind(event: Event) -> str:
    return event.kind.split(":", 1)[0]


def _when(m: Message, event: Event) -> str:
    people = [m.ctx.application.person(pid) for pid in event.to]
    names = ", ".join(p.name if p else pid for p, pid in zip(people, event.to, strict=True))
    return f"{_kind(event) or 'message'}" + (f" to {names}" if names else "") + f" of {event.at:%d %b}"


def c04_notes_differ(m: Message) -> Iterator[TextFinding]:
    """C-04: notes of one round to different people must not read alike (trigram Jaccard ≤ 0.6)."""
    interview = m.ctx.application.current_interview
    since = interview.start if interview else None
    me = m.recipient.id if m.recipient else ""
    for event in m.ctx.earlier_messages:
        if _kind(event) not in THANK_YOU_ROUND or (since and event.at < since) or (me and me in event.to):
            continue
        score = trigram_jaccard(m.body, _body_of(m, event))
        if score > SIMILAR_NOTES:
            yield flag(
                "W-GENERIC",
                "C-04",
                f"This note repeats {score:.0%} of the word trigrams of your {_when(m, event)}.",
                m.body_span,
                "Write each note around that person's own conversation.",
            )


def c16_no_recycling(m: Message) -> Iterator[TextFinding]:
    """C-16: trigram Jaccard ≥ dup_threshold, or ≥ 12 identical words in a row, against anything sent."""
    threshold = m.ctx.settings.dup_threshold
    words = list(_word_spans(m))
    mine = [w[0] for w in words]
    for event in m.ctx.earlier_messages:
        earlier = _body_of(m, event)
        score = trigram_jaccard(m.body, earlier)
        if score >= threshold:
            yield flag(
                "W-DUP-CONTENT",
                "C-16",
                f"{score:.0%} of the word trigrams repeat your {_when(m, event)} (limit {threshold:.0%}).",
                m.body_span,
                "Echo the themes if you like, but write it in new words.",
            )
        run, where = _common_run(mine, _tokens(earlier))
        if run >= RUN_LIMIT:
            start, end = words[where][1], words[where + run - 1][2]
            yield flag(
                "W-DUP-CONTENT",
                "C-16",
                f"{run} words in a row are copied from your {_when(m, event)}.",
                (start, end),
                "Rephrase this passage.",
            )


def _word_spans(m: Message) -> Iterator[tuple[str, int, int]]:
    for p in m.parts.paragraphs:
        for t in _TOKEN.finditer(m.text, p.start, p.end):
            yield t.group().lower().replace("’", "'"), t.start(), t.end()


_EARLIER = frozenset({Need.APPLICATION})  # what was sent before belongs to the application's records
RULES = (
    TextRule(
        "C-04", THANK_YOU_ROUND, c04_notes_differ, needs=_EARLIER, part="unlike the round's other notes"
    ),
    TextRule("C-16", (WRITTEN - THANK_YOU_ROUND) - {"LI", "RSP"}, c16_no_recycling, needs=_EARLIER),
)
