"""C-17 in the guard: a résumé attached to the first follow-up (N-RESUME), from attachments given as data.

The default application (tests/support/builders.py): interview Mon 2 Mar 2026 10:00–11:00 New York, no
date stated, so F1 is DUE Mon 9 – Mon 16 Mar; the résumé submitted with the application is ``SUBMITTED``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from followup.core.codes import Severity
from followup.core.model import Document, InboundKind, Records
from tests.support.builders import application, at, check_at, inbound, records, sent, serious

SUBMITTED = Document("resume.pdf", "a" * 64, 48_213, at("2026-02-10T09:00"), at("2026-02-11T09:00"))
REVISED = Document("resume.pdf", "b" * 64, 49_002, at("2026-03-08T20:00"))
OLD_CV = Document("Alex_CV.pdf", "c" * 64, 51_000, at("2026-03-01T18:00"))  # changed before the interview
PORTFOLIO = Document("portfolio.pdf", "d" * 64, 2_000_000, at("2026-01-05T12:00"))
NOW = "2026-03-10T10:00"


def with_resume(resume: Document | None = SUBMITTED, **fields: Any) -> Records:
    return records(dataclasses.replace(application(**fields), resume=resume))


@pytest.mark.parametrize("action", ["F1", "F"])
def test_c17_the_submitted_resume_on_f1_adds_nothing(action: str) -> None:
    copy = dataclasses.replace(SUBMITTED, name="Alex Morgan resume.pdf", modified=at("2026-03-09T08:00"))
    verdict = check_at(with_resume(), NOW, action=action, to=("priya",), attachments=(copy,))
    note = next(f for f in verdict.findings if f.code == "N-RESUME")
    assert (note.severity, note.rule, verdict.blocked, serious(verdict)) == (
        Severity.NOTE,
        "C-17",
        False,
        set(),
    )
    assert note.message.startswith("Alex Morgan resume.pdf is the résumé you submitted")


@pytest.mark.parametrize("resume", [SUBMITTED, None])
def test_c17_a_resume_unchanged_since_before_the_interview_adds_nothing(resume: Document | None) -> None:
    verdict = check_at(with_resume(resume), NOW, action="F1", to=("priya",), attachments=(OLD_CV,))
    note = next(f for f in verdict.findings if f.code == "N-RESUME")
    assert "Alex_CV.pdf has not changed since before the interview" in note.message


@pytest.mark.parametrize(
    "attached",
    [(REVISED,), (PORTFOLIO,), (), (REVISED, PORTFOLIO)],
    ids=["revised", "not a résumé", "nothing", "revised and more"],
)
def test_c17_a_revised_resume_or_other_files_raise_nothing(attached: tuple[Document, ...]) -> None:
    verdict = check_at(with_resume(), NOW, action="F1", to=("priya",), attachments=attached)
    assert verdict.codes == ()


def test_c17_only_the_first_follow_up_is_checked() -> None:
    events = [sent("F1", "2026-03-09T10:00", ["priya"]), inbound(InboundKind.GENERIC, "2026-03-10T10:00")]
    verdict = check_at(
        with_resume(events=events), "2026-03-17T10:00", action="F2", to=("priya",), attachments=(SUBMITTED,)
    )
    assert "N-RESUME" not in verdict.codes and verdict.action == "F2"


def test_c17_a_resume_on_the_day_of_the_interview_but_before_it_counts_as_old() -> None:
    morning = dataclasses.replace(REVISED, modified=at("2026-03-02T09:59"))
    assert "N-RESUME" in check_at(with_resume(), NOW, action="F1", attachments=(morning,)).codes
    after = dataclasses.replace(REVISED, modified=at("2026-03-02T11:30"))
    assert "N-RESUME" not in check_at(with_resume(), NOW, action="F1", attachments=(after,)).codes
