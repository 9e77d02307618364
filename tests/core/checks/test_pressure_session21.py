"""K17/C-20 on what blind batches 32 to 34 showed, in sentences of our own about a ferry operator's
timetable team (none from the corpus). Each fault sits beside its near-miss:

- the vigil kept for the reader, told as a sacrifice: a day of leave taken, a day kept free, the phone kept
  on, a deadline moved, an inbox refreshed (and the same acts still to come, or in the candidate's own
  story, pass);
- irony after the wait that echoes their date ("it would have been kinder to hear when the 24 July date
  came and went");
- the candidate's timing turned pressing ("the timing is getting pressing on my end"); a first moment
  that is someone else's, news offered for their decision and C-15's question about when pass;
- a learned reading needs its kind's sign in the sentence: "I'll have the references ready by Friday"
  names no other party, cost or condition.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context, letter

OPENING = "Thank you for meeting with me about the Scheduling Analyst role."
CLOSE = "I am very interested and look forward to hearing from you."


def _tone(action: str, sentence: str) -> list[str]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    return [f"{f.code}/{f.kind}" for f in check_text(context(action), SUBJECT, text) if f.code == "W-TONE"]


@pytest.mark.parametrize(
    ("action", "sentence", "expected"),
    [
        ("F1", "I took an unpaid morning to come to the harbour office for the interview.", ["W-TONE/guilt"]),
        ("F1", "I took the 18th at its word and kept that whole Friday free by the phone.", ["W-TONE/guilt"]),
        (
            "F1",
            "I moved a client deadline to be there, so I hope that tells you how much it matters.",
            ["W-TONE/guilt"],
        ),
        ("F2", "A month is a long time to keep refreshing an inbox.", ["W-TONE/guilt"]),
        (
            "FB",
            "I would be glad of any pointers, having kept most of August clear for a second stage that"
            " never came.",
            ["W-TONE/guilt"],
        ),
        (
            "EXC-OFFER",
            "I gave up most of a weekend to the timetable exercise, so it feels odd to be the one bringing"
            " news first.",
            ["W-TONE/guilt"],
        ),
        ("F1", "I'll keep my Friday free in case the panel would like a second conversation.", []),
        ("TY", "At my last job I took a vacation day every spring to run the ferry festival.", []),
    ],
)
def test_c20_a_vigil_kept_for_the_reader_is_guilt(action: str, sentence: str, expected: list[str]) -> None:
    assert _tone(action, sentence) == expected


@pytest.mark.parametrize(
    ("action", "sentence", "expected"),
    [
        (
            "F1",
            "I'd be grateful to hear something soon, as the timing is getting pressing on my end.",
            ["W-TONE/urgency"],
        ),
        ("F1", "Things have become rather pressing on my end, so any news would help.", ["W-TONE/urgency"]),
        ("TY", "If you could get the panel to shake a leg, I would be grateful.", ["W-TONE/urgency"]),
        (
            "EXC-NEWS",
            "My paper argues that most missed sailings happen at the first moment a crew is short.",
            [],
        ),
        (
            "F2",
            "The new certificate covers timetable law, so I hope it is useful to the team's decision.",
            [],
        ),
        ("F1", "I wondered whether you could give me an idea of when a decision is likely.", []),
        ("F1", "I'll have the references ready by Friday.", []),
        ("TY", "I'll have the references ready by Friday.", []),
    ],
)
def test_k17_haste_of_mine_and_questions_about_when(action: str, sentence: str, expected: list[str]) -> None:
    assert _tone(action, sentence) == expected


def test_c20_irony_after_the_wait_is_not_excused_by_echoing_their_date() -> None:
    sentence = "It would have been kinder to hear a month ago, when the date you gave came and went."
    assert _tone("RJ", sentence) == ["W-TONE/guilt"]


@pytest.mark.parametrize(
    ("action", "sentence", "expected"),
    [
        # the silence held against them
        ("F1", "The 18th came and went without the email I was told to expect.", ["W-TONE/guilt"]),
        (
            "F1",
            "I understand how stretched you must be; a fortnight without a word suggests as much.",
            ["W-TONE/guilt"],
        ),
        ("F2", "It is nearly a month since the interview, with nothing back.", ["W-TONE/guilt"]),
        (
            "F1",
            "I'd circled the 28th on my calendar, so the quiet since then has been hard.",
            ["W-TONE/guilt"],
        ),
        (
            "RJ",
            "It might have saved us both some time if the licence had been in the advert.",
            ["W-TONE/guilt"],
        ),
        ("TY", "I do hope you'll go easy on me when the panel compares notes.", ["W-TONE/guilt"]),
        ("F1", "As the 18th has now passed, I wondered whether there is any news on the timing.", []),
        # the outcome asked for in roundabout words, and whether they have chosen
        ("F1", "Even a one-line yes or no would put my mind at rest.", ["W-TONE/decision"]),
        ("F1", "I'd be so grateful just to know if it's good news or not.", ["W-TONE/decision"]),
        (
            "TY",
            "Is the shortlist still open, or has Mr Doyle found his analyst already?",
            ["W-TONE/whether-decided"],
        ),
        ("TY", "Several of your ideas have already found their way into my notebook.", []),
    ],
)
def test_c20_k17_silence_and_the_outcome_in_plain_words(
    action: str, sentence: str, expected: list[str]
) -> None:
    assert _tone(action, sentence) == expected


@pytest.mark.parametrize(
    ("action", "sentence", "expected"),
    [
        ("F2", "The 18th seems to have come and gone as well.", ["W-TONE/guilt"]),
        ("F2", "I know the 18th has come and gone, and I understand these decisions take time.", []),
        ("F1", "It has been a long week of second-guessing every answer I gave.", ["W-TONE/guilt"]),
        ("F1", "I am telling myself the silence is good news, for my own sanity.", ["W-TONE/guilt"]),
        ("F1", "I know a one-week silence is practically a speed record in ferry hiring.", ["W-TONE/guilt"]),
        (
            "RJ",
            "Thank you for letting me know, given that I let the Harbour Line offer lapse while I waited.",
            ["W-TONE/guilt"],
        ),
    ],
)
def test_c20_self_pity_and_a_lapsed_offer_held_over_them(
    action: str, sentence: str, expected: list[str]
) -> None:
    assert _tone(action, sentence) == expected
