"""Every message step of every PLAYBOOK §4 scenario (tests/scenarios/*.json), drafted at the first moment
it is DUE or ALLOWED and checked with the checker as `followup draft` runs it: no WARN or BLOCK appears
that the situation does not call for.

A finding is called for when the records lack what its rule needs: a fact the composer asked for
(``Draft.missing`` names it and its rule, and the checker reports it as W-MISSING-ELEMENT), or the
warning the checker gives for that same gap (W-SIGNATURE when the profile has no phone, W-GENERIC when
the panel member has no talking point). The scenarios' records are deliberately thin (no profile
details, few talking points, no debrief), so those are the findings that remain.

The moments sampled: the interview day at 13:00, 14:00, 16:00 and 18:00, then 10:30 on each of the
next 69 days, in the interview's zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.core import codec
from followup.core.checks.checker import check_draft
from followup.core.codes import Severity
from followup.core.compose.composer import compose
from followup.core.compose.context import context_for
from followup.core.compose.writer import Writer
from followup.core.drafts import MESSAGE_ACTIONS, Draft, DraftContext, TextFinding
from followup.core.plan.planner import plan
from followup.spelling import speller_for
from followup.workdays import calendars_for

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
CITED = re.compile(r"\(([A-Z]-\d{2})\)")


@dataclass(frozen=True)
class Drafted:
    scenario: str
    step: str
    state: str
    now: dt.datetime
    ctx: DraftContext
    draft: Draft
    findings: tuple[TextFinding, ...]

    @property
    def label(self) -> str:
        return f"{self.scenario} {self.step} ({self.state} at {self.now:%Y-%m-%d %H:%M}Z)"


def moments(first: dt.datetime, tz: str) -> Iterator[dt.datetime]:
    zone = ZoneInfo(tz)
    day = first.astimezone(zone).date()
    for hour in (13, 14, 16, 18):
        yield dt.datetime.combine(day, dt.time(hour), zone).astimezone(dt.UTC)
    for offset in range(1, 70):
        yield dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(10, 30), zone).astimezone(dt.UTC)


def drafted() -> list[Drafted]:
    found = []
    for path in sorted(SCENARIOS.glob("S*.json")):
        records = codec.loads(path.read_text())
        calendars = calendars_for(records)
        speller = speller_for(records)
        for app in records.applications:
            first = min(app.interviews, key=lambda i: i.start)
            seen: set[str] = set()
            for now in moments(first.start, first.tz):
                view = next(v for v in plan(records, calendars, now) if v.schedule.application_id == app.id)
                for step_view in view.steps:
                    step = step_view.step
                    if step.action not in MESSAGE_ACTIONS or step_view.state not in ("DUE", "ALLOWED"):
                        continue
                    if step.key in seen:
                        continue
                    seen.add(step.key)
                    ctx = context_for(records, app.id, step.action, step.person, now, calendars[app.id])
                    draft = compose(ctx)
                    findings = tuple(check_draft(ctx, draft, speller))
                    found.append(Drafted(path.stem, step.key, step_view.state, now, ctx, draft, findings))
    return found


DRAFTED = drafted()


def called_for(finding: TextFinding, item: Drafted) -> bool:
    """The records lack what the finding's rule needs, and the draft says so in ``missing``."""
    gaps = {rule for fact in item.draft.missing for rule in CITED.findall(fact)}
    if finding.code == "W-MISSING-ELEMENT" and finding.message.startswith("Missing fact:"):
        return any(fact in finding.message for fact in item.draft.missing)
    return finding.code in ("W-SIGNATURE", "W-GENERIC", "W-MISSING-ELEMENT") and finding.rule in gaps


def test_every_scenario_has_message_steps_to_draft() -> None:
    scenarios = {path.stem for path in SCENARIOS.glob("S*.json")}
    assert {d.scenario for d in DRAFTED} == scenarios
    actions = {d.ctx.action for d in DRAFTED}
    assert {"TY", "TA", "TY-FWD", "LI", "FL", "F1", "F2", "RSP", "EXC-OFFER"} <= actions
    assert len(DRAFTED) >= 60


@pytest.mark.parametrize("item", DRAFTED, ids=lambda d: f"{d.scenario}-{d.step}")
def test_no_scenario_draft_raises_a_warning_its_situation_does_not_call_for(item: Drafted) -> None:
    serious = [f for f in item.findings if f.severity is not Severity.NOTE]
    unexplained = [(f.code, f.rule, f.message) for f in serious if not called_for(f, item)]
    assert unexplained == [], (item.label, item.draft.text, item.draft.missing)


def test_with_complete_records_a_scenario_draft_is_clean() -> None:
    """S08 records the candidate's profile in full: its thank-you is clean but for the fit statement its
    debrief does not hold."""
    john = next(d for d in DRAFTED if d.scenario == "S08" and d.step == "TY:john")
    serious = [(f.code, f.rule) for f in john.findings if f.severity is not Severity.NOTE]
    assert serious == [("W-MISSING-ELEMENT", "C-02")]
    assert john.draft.greeting == "Dear Mr. Whitaker,"
    assert "e-discovery platform migration" in john.draft.body


def test_h16_an_answer_by_phone_is_a_script_without_greeting_or_closing() -> None:
    by_phone = [d for d in DRAFTED if d.draft.channel == "phone" and d.ctx.action == "RSP"]
    assert {d.scenario for d in by_phone} >= {"S12", "S18"}
    for item in by_phone:
        codes = {f.code for f in item.findings if f.severity is not Severity.NOTE}
        assert codes.isdisjoint({"W-GREETING", "W-SIGNOFF"}), item.label
        assert not item.draft.text.lstrip().startswith("Dear"), item.label


def test_two_sentences_of_one_draft_never_share_a_frame() -> None:
    """The writer avoids a frame that repeats a turn of phrase already used in the same draft."""
    item = next(d for d in DRAFTED if d.scenario == "S08" and d.step == "TY:john")
    writer = Writer(item.ctx)
    first = writer.say("a", ("One thing you stressed stays with me: {x}.",), x="clean SQL")
    second = writer.say(
        "b", ("What stays with me from the day: {x}.", "The phrase I left with: {x}."), x="pace"
    )
    assert first == "One thing you stressed stays with me: clean SQL."
    assert second == "The phrase I left with: pace."


def test_no_scenario_draft_repeats_a_phrase_of_its_own_wording() -> None:
    """Across every scenario draft, no three words of the composer's wording come twice in one body
    (a sentence-level echo such as "stays with me ... stays with me")."""
    echoes = []
    for item in DRAFTED:
        body = item.draft.body.lower()
        for sentence_a, sentence_b in _pairs(re.split(r"(?<=[.?!])\s+", body)):
            own = _vocabulary(_user_text(item))
            shared = {g for g in _grams(sentence_a) & _grams(sentence_b) if not own & set(g)}
            if shared:
                echoes.append((item.label, sorted(shared)[:3]))
    assert echoes == []


def _pairs(sentences: list[str]) -> Iterator[tuple[str, str]]:
    for n, a in enumerate(sentences):
        for b in sentences[n + 1 :]:
            yield a, b


def _grams(text: str) -> set[tuple[str, ...]]:
    said = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(said[i : i + 3]) for i in range(len(said) - 2)}


# Words any sentence may share with the user's text without the user's text being repeated.
_GLUE = frozenset({"the", "a", "an", "of", "to", "and", "in", "on", "with", "for", "at"}) | frozenset(
    {"i", "me", "my", "you", "your", "we", "our", "it", "is"}
)


def _vocabulary(text: str) -> set[str]:
    """The user's own words (names, the role, talking points, the debrief), function words aside."""
    return set(re.findall(r"[a-z0-9']+", text.lower())) - _GLUE


def _user_text(item: Drafted) -> str:
    app = item.ctx.application
    parts = [app.position, app.company.name, item.ctx.profile.name]
    for person in app.people:
        parts += [person.name, person.title, *person.talking_points]
    for interview in app.interviews:
        parts.append(repr(interview.debrief))
    return " | ".join(parts)
