"""``classify(reply)``: what an employer's reply is, how sure, the phrases that decided it, and its date.

Headers first (A-12): a delivery report or a MAILER-DAEMON sender is a ``bounce``; RFC 3834
``Auto-Submitted: auto-replied``, ``X-Autoreply``, an automatic-reply subject, or Exchange's
``X-Auto-Response-Suppress`` with out-of-office words is an ``auto_reply``, with its return date when it
gives one. Then the text: each kind's cues (``cues``) are weighed, a negated cue counts for nothing, and
the heaviest kind wins; its confidence is its share of the weight, lowered when little was said. Rule IDs:
E-01 invitation, E-02 offer, E-03 rejection, E-05 info_request, E-06 timeframe (a date is required; K4
reads it against the sent date), E-07 generic, E-09 schedule_reply, E-11 feedback, A-07 call_back. Below
``SURE_AT`` the verdict is "not sure" (``Verdict.sure``): the caller asks rather than guesses.
"""

from __future__ import annotations

import datetime as dt
import re

from followup.core.replies import dates, headers
from followup.core.replies.cues import CUES, NEGATION
from followup.core.replies.model import Reply, Verdict

_OUT_OF_OFFICE = re.compile(
    "|".join(
        (
            r"\bout of (?:the )?office\b",
            r"\b(?:I am|I.m|I.ll be) (?:away|on (?:annual )?(?:leave|holiday|vacation)|out|travelling|off)\b",
            r"\bno longer (?:with|work)|\blimited access to (?:my )?e-?mail\b",
            r"\bbin (?:bis|vom|ab)\b|\babwesend\b|\bnicht im büro\b|\bje suis (?:absente?|en congé)\b",
            r"\bthis is an automat|\bautomatic (?:reply|acknowledge?ment)\b",
            r"\bwe(?:'ve| have) received your (?:message|email)\b",
        )
    ),
    re.I,
)
_MAX_TEXT = 20_000


def _spans(text: str) -> dict[str, tuple[float, list[str]]]:
    scores: dict[str, tuple[float, list[str]]] = {}
    for cue in CUES:
        for m in cue.pattern.finditer(text):
            if cue.negatable and NEGATION.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            total, phrases = scores.get(cue.kind, (0.0, []))
            phrase = m.group(0).strip()
            scores[cue.kind] = (total + cue.weight, [*phrases, phrase] if phrase not in phrases else phrases)
            break  # one count per cue: a repeated phrase is not more evidence
    return scores


def _sent_day(reply: Reply) -> dt.date | None:
    return reply.sent.date() if reply.sent is not None else None


def _date(reply: Reply, text: str) -> dt.date | None:
    base = _sent_day(reply)
    if base is None:
        return None
    day_first = reply.day_first if reply.day_first is not None else dates.day_first_of(reply.sent)
    found = dates.pick(dates.find_dates(text, base, day_first), base)
    return found.date if found else None


def classify(reply: Reply) -> Verdict:
    """The verdict on one reply (see the module). Never raises on any text or headers."""
    subject = reply.subject[:1000]
    text = reply.text[:_MAX_TEXT]
    bounce = headers.bounce_phrase(reply.headers, subject)
    if bounce is not None:
        return Verdict("bounce", 0.99, (bounce,))
    auto = headers.auto_reply_phrase(reply.headers, subject)
    away = _OUT_OF_OFFICE.search(text)
    if auto is None and away is not None and headers.suppress_header(reply.headers):
        auto = "X-Auto-Response-Suppress"
    if auto is not None:
        said = (auto, away.group(0)) if away else (auto,)
        sure = 0.97 if away or "Subject" not in auto else 0.9
        return Verdict("auto_reply", sure, said, _date(reply, text))
    own_subject = "" if re.match(r"\s*(?:re|aw|fwd?|tr)\s*:", subject, re.I) else subject
    scores = _spans(f"{own_subject}\n{text}")
    if away is not None and "auto_reply" not in scores:
        scores["auto_reply"] = (0.5, [away.group(0)])
    date = _date(reply, text)
    if "timeframe" in scores and date is None:
        total, cues = scores["timeframe"]
        scores["timeframe"] = (total / 4, cues)  # E-06 needs a date; without one it is a hold (E-07)
    elif "timeframe" in scores and date is not None:
        total, cues = scores["timeframe"]
        scores["timeframe"] = (total + 1.0, cues)
    if not scores:
        return Verdict("generic", 0.3, ())
    ranked = sorted(scores.items(), key=lambda item: item[1][0], reverse=True)
    kind, (top, phrases) = ranked[0]
    second = ranked[1][1][0] if len(ranked) > 1 else 0.0
    confidence = (top / (top + second)) * min(1.0, top / 3.0)
    keep_date = kind in ("timeframe", "invitation", "schedule_reply")
    return Verdict(kind, round(confidence, 3), tuple(phrases), date if keep_date else None)
