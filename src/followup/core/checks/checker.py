"""The checker: every text rule of PLAYBOOK §2 category C (and A-11) applied to one message.

``check_text`` lints any message text, a composed draft's or one the user wrote, for the action and
recipient of a ``DraftContext``; ``check_draft`` does the same for a ``Draft`` and adds the facts the
composer could not find (W-MISSING-ELEMENT). Findings are values (``TextFinding``) with the rule they
come from, a span of character offsets into the text and a suggestion; they come back sorted by start
offset, then code, and the same input always gives the same list.

The rules live in these modules, one function per rule, each listed with the actions it applies to:
``form`` (C-06 to C-10), ``proof`` (C-11), ``content`` (C-01 to C-05, C-12 to C-14, C-20, C-28, A-11),
``follow_ups`` (C-15, C-18, C-19, C-21, C-22, C-25), ``occasions`` (C-23, C-24, C-26, C-27) and
``similarity`` (C-04 between notes, C-16; it also owns ``trigram_jaccard`` and ``longest_common_run``).
C-17 (the résumé attachment) needs attachment data the text does not carry and is not checked here; A-05
has nothing textual. Findings about the subject line (C-07) have an empty span at 0: the subject is not
part of the text.

A text can be checked with less than a full context: ``known`` says which records the context really
holds (``Need``). A rule that needs what is missing is not run, a rule that can do part of its work does
that part, and ``unchecked`` lists both, so the user is told what was not judged and why. An empty
action means "some written message": only the rules every written message shares (``GENERIC``) apply.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from followup.core.checks import content, follow_ups, form, occasions, pressure, proof, similarity
from followup.core.checks.anatomy import anatomy_of_draft, parse_message
from followup.core.checks.base import (
    EVERYTHING,
    WRITTEN,
    Message,
    Need,
    TextRule,
    candidate_names,
    channel_of,
    flag,
)
from followup.core.checks.similarity import longest_common_run, trigram_jaccard
from followup.core.drafts import Draft, DraftContext, Speller, TextFinding

__all__ = [
    "EVERYTHING",
    "GENERIC",
    "RULES",
    "Need",
    "Unchecked",
    "check_draft",
    "check_text",
    "longest_common_run",
    "trigram_jaccard",
    "unchecked",
]

RULES: tuple[TextRule, ...] = tuple(
    sorted(
        (
            *content.RULES,
            *follow_ups.RULES,
            *form.RULES,
            *occasions.RULES,
            *pressure.RULES,
            *proof.RULES,
            *similarity.RULES,
        ),
        key=lambda r: r.rule,
    )
)

# The rules every written message shares: what a text is checked against when its action is not given.
GENERIC = tuple(sorted({r.rule for r in RULES if r.actions >= WRITTEN}))

# The rule a composer's missing fact belongs to when the fact does not cite one: the action's content rule.
CONTENT_RULE = {
    "TY": "C-04", "TA": "C-12", "TY-FWD": "C-01", "LI": "C-13", "FL": "C-14", "F1": "C-15", "F2": "C-18",
    "F3": "C-18", "SCHED": "C-25", "CALL": "C-22", "VOICEMAIL": "C-22", "RSP": "H-16", "RJ": "C-26",
    "FB": "C-27", "EXC-OFFER": "C-23", "EXC-NEWS": "C-24",
}  # fmt: skip
_CITED = re.compile(r"\(([A-Z]-\d{2})\)")


@dataclass(frozen=True)
class Unchecked:
    """A rule, or a part of one, that was not judged because the context lacks ``need``."""

    rule: str
    part: str  # what of the rule ("" = all of it)
    need: Need


def check_text(
    ctx: DraftContext,
    subject: str,
    text: str,
    speller: Speller | None = None,
    known: frozenset[Need] = EVERYTHING,
    slot_days: frozenset[dt.date] | None = None,
) -> list[TextFinding]:
    """Every text rule that applies to ``ctx.action``, on ``text`` (greeting to signature) and ``subject``.

    Greeting, body, closing and signature are found heuristically (see ``anatomy``). Rules that need
    something outside ``known`` are not run (see ``unchecked``). ``slot_days``: the recipient's business
    days a call may be proposed on (H-15), from the shell's calendar."""
    parts = parse_message(text, candidate_names(ctx))
    addressed = frozenset({ctx.recipient.id}) if ctx.recipient else frozenset()
    message = Message(ctx, subject, text, parts, speller, channel_of(ctx), addressed, known, slot_days)
    return _run(message)


def unchecked(action: str, known: frozenset[Need]) -> list[Unchecked]:
    """What ``check_text`` leaves unjudged for ``action`` ("" for any written message) when the context
    holds only ``known``: one entry per rule when none of it was checked, else one per part left out.
    A plan step belongs to an application: without one, a rule that needs the step lacks the application."""
    found: list[Unchecked] = []
    for rule in dict.fromkeys(r.rule for r in RULES):
        entries = [r for r in RULES if r.rule == rule and _applies(r, action)]
        skipped = [(r, _first_missing(r.needs, known)) for r in entries]
        if entries and all(need is not None for _, need in skipped):
            needs = [need for _, need in skipped if need is not None]
            found.append(Unchecked(rule, "", min(needs, key=_ORDER.index)))
            continue
        for entry, need in skipped:
            if need is not None:
                found.append(Unchecked(rule, entry.part, need))
            else:
                missing = [(n, part) for n, part in entry.partial if n not in known]
                found += [Unchecked(rule, part, _underlying(n, known)) for n, part in missing]
    return list(dict.fromkeys(found))


_ORDER = list(Need)


def _first_missing(needs: frozenset[Need], known: frozenset[Need]) -> Need | None:
    missing = next((n for n in _ORDER if n in needs and n not in known), None)
    return None if missing is None else _underlying(missing, known)


def _underlying(need: Need, known: frozenset[Need]) -> Need:
    return Need.APPLICATION if need is Need.STEP and Need.APPLICATION not in known else need


def _applies(rule: TextRule, action: str) -> bool:
    return action in rule.actions if action else rule.actions >= WRITTEN


def check_draft(
    ctx: DraftContext,
    draft: Draft,
    speller: Speller | None = None,
    slot_days: frozenset[dt.date] | None = None,
) -> list[TextFinding]:
    """``check_text`` on a composed draft, its parts placed exactly, plus one W-MISSING-ELEMENT per fact
    the composer asked for instead of inventing."""
    addressed = frozenset(draft.to) | frozenset(draft.cc)
    if ctx.recipient:
        addressed |= {ctx.recipient.id}
    text = draft.text
    parts = anatomy_of_draft(draft)
    message = Message(
        ctx, draft.subject, text, parts, speller, draft.channel, addressed, EVERYTHING, slot_days
    )
    found = _run(message)
    for fact in draft.missing:
        cited = _CITED.search(fact)
        rule = cited.group(1) if cited else CONTENT_RULE.get(ctx.action, "C-01")
        # The fact the composer asked for says it better than the rule's generic "element missing".
        found = [f for f in found if not (f.code == "W-MISSING-ELEMENT" and f.rule == rule)]
        at = text.lower().find(fact.lower()) if fact else -1
        span = (at, at + len(fact)) if at >= 0 else (0, 0)
        found.append(
            flag(
                "W-MISSING-ELEMENT",
                rule,
                f"Missing fact: {fact}. Add it to the records or write it in yourself.",
                span,
                f"Fill in {fact}.",
            )
        )
    return _ordered(found)


def _run(m: Message) -> list[TextFinding]:
    found: list[TextFinding] = []
    for rule in RULES:
        if _applies(rule, m.action) and rule.needs <= m.known:
            found.extend(rule.check(m))
    # C-20/K17's learned reading: a route beside the patterns of every rule that raises W-TONE, so it
    # runs after them all and speaks only when none of them did
    if (learned := pressure.learned_tone(m, found)) is not None:
        found.append(learned)
    return _ordered(found)


# Codes whose findings point at words: two of one code on overlapping words are one fault said twice
# (C-20 and C-23 on "or else", C-11's spelling and grammar on one word). The specific rule's stays:
# C-20's general list gives way.
_ONE_PER_PLACE = frozenset({"W-PROOF", "W-TONE"})
_WHOLE_SENTENCE = frozenset({"punctuation", "exclamation"})  # C-11's kinds about a sentence, not a word


def _ordered(found: list[TextFinding]) -> list[TextFinding]:
    unique = {(f.start, f.end, f.code, f.rule, f.message): f for f in found}
    claimed: list[TextFinding] = []
    kept: list[TextFinding] = []
    for f in sorted(unique.values(), key=lambda f: (f.rule == "C-20", f.start, f.code, f.rule)):
        if f.code in _ONE_PER_PLACE and f.start < f.end and f.kind not in _WHOLE_SENTENCE:
            if any(c.code == f.code and c.start < f.end and f.start < c.end for c in claimed):
                continue
            claimed.append(f)
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.code, f.rule, f.end, f.message))
