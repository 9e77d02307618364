"""A reply as the classifier reads it, and the verdict it gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

KINDS = (
    "invitation", "offer", "rejection", "info_request", "timeframe", "schedule_reply", "call_back",
    "feedback", "generic", "auto_reply", "bounce", "other",
)  # fmt: skip
SURE_AT = 0.5  # below this the verdict says "not sure" and asks (chosen by cross-validation on dev, 5
# folds: 19 of the 44 wrong verdicts fall below it, and 49 of the 398 verdicts in all)
# A false "rejection" is the worst error (issue 10): it must be surer. Cross-validated on dev (5 folds, 878
# replies, the regression mixed with naive Bayes): at 0.6, 50 of 50 sure rejections are right and 68% of
# rejections are sure; at 0.5 it was 65 of 67 (the two wrong ones between 0.55 and 0.6).
SURE_AT_KIND = {"rejection": 0.6}


def sure_at(kind: str) -> float:
    """The confidence a verdict of ``kind`` needs to be acted on without asking."""
    return SURE_AT_KIND.get(kind, SURE_AT)


@dataclass(frozen=True)
class Reply:
    """One email from the employer's side: its subject, its own text (quotes and forwards left out), its
    headers (names in any case) and when it was sent (for relative dates, K4). ``day_first`` says how the
    sender writes 4/9: True (4 September), False (9 April), None to judge by the sent date's UTC offset
    (the Americas write month first) or, without one, to read only dates that cannot be mistaken."""

    subject: str
    text: str
    headers: Mapping[str, str] = field(default_factory=dict)
    sent: dt.datetime | None = None
    day_first: bool | None = None


@dataclass(frozen=True)
class Verdict:
    """What the reply is: a kind of ``KINDS``, a confidence from 0 to 1, the phrases that decided it, the
    date it gives (a timeframe's decision date, an auto-reply's return, an invitation's day) or None, and
    whether the confidence reaches ``SURE_AT`` (when it does not, ask rather than act on it)."""

    kind: str
    confidence: float
    phrases: tuple[str, ...]
    date: dt.date | None = None

    @property
    def sure(self) -> bool:
        return self.confidence >= sure_at(self.kind)

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "confidence": round(self.confidence, 2),
            "sure": self.sure,
            "phrases": list(self.phrases),
            "date": self.date.isoformat() if self.date else None,
        }
