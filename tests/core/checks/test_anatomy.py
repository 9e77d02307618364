"""How the checker finds greeting, body, closing and signature in a text the user typed."""

from __future__ import annotations

import pytest

from followup.core.checks.anatomy import parse_message, sentences_in

NAMES = ("Alex Morgan", "Alex", "Morgan")


def _parts(text: str) -> tuple[str, list[str], str, list[str]]:
    a = parse_message(text, NAMES)
    return (
        a.greeting.text if a.greeting else "",
        [p.text for p in a.paragraphs],
        a.closing.text if a.closing else "",
        [line.text for line in a.signature],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Mr. Whitaker,\n\nThank you.\n\nSecond.\n\nKind regards,\nAlex Morgan\n+1 303 555 0147",
            (
                "Dear Mr. Whitaker,",
                ["Thank you.", "Second."],
                "Kind regards,",
                ["Alex Morgan", "+1 303 555 0147"],
            ),
        ),
        (
            "Hi John, thanks for today. It was great.\n\nCheers, Alex",
            ("Hi John,", ["thanks for today. It was great."], "Cheers,", ["Alex"]),
        ),
        (
            "Good morning Ms. Kim:\nThank you.\nBest regards\n\nAlex Morgan",
            ("Good morning Ms. Kim:", ["Thank you."], "Best regards", ["Alex Morgan"]),
        ),
        (
            "Thank you for your time.\n\nAlex Morgan\nalex@example.com",
            ("", ["Thank you for your time."], "", ["Alex Morgan", "alex@example.com"]),
        ),
        (
            "Dear Ms. Kim,\n\nThank you for your time.\n\nWith appreciation,\nAlex Morgan",
            ("Dear Ms. Kim,", ["Thank you for your time."], "With appreciation,", ["Alex Morgan"]),
        ),
        ("Just one line of text.", ("", ["Just one line of text."], "", [])),
        ("", ("", [], "", [])),
    ],
)
def test_parts_of_a_typed_message(text: str, expected: tuple[str, list[str], str, list[str]]) -> None:
    assert _parts(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  Dear Ms. Kim,\r\n\r\nThank you.  \r\n\r\nKind regards,\r\nAlex Morgan\r\n"
    a = parse_message(text, NAMES)
    for span in (a.greeting, *a.paragraphs, a.closing, *a.signature):
        assert span is not None and text[span.start : span.end] == span.text
    assert a.body == "Thank you."


def test_a_closing_line_inside_the_body_is_not_the_closing() -> None:
    text = "Dear Ms. Kim,\n\nThanks!\n\nI enjoyed the day and would like to tell you more about it.\n\nAlex"
    _, paragraphs, closing, _ = _parts(text)
    assert closing == "" and paragraphs[0] == "Thanks!"


def test_sentences_skip_abbreviations_and_split_bullets() -> None:
    text = "Mr. Kim and Dr. Lee met me, e.g. at 10 a.m. on Jan. 5. Then lunch!\n- one slot\n- two slots"
    a = parse_message(text)
    found = [(s.text, bullet) for s, bullet in sentences_in(text, a.paragraphs[0])]
    assert found == [
        ("Mr. Kim and Dr. Lee met me, e.g. at 10 a.m. on Jan. 5.", False),
        ("Then lunch!", False),
        ("- one slot", True),
        ("- two slots", True),
    ]


def test_a_letter_header_before_the_greeting_is_not_body() -> None:
    text = (
        "Alex Morgan\n88 Elm St\nDenver, CO 80203\n\n23 January 2026\n\n"
        "Dear Mr. Whitaker,\n\nThank you.\n\nYours sincerely,\nAlex Morgan"
    )
    assert _parts(text) == ("Dear Mr. Whitaker,", ["Thank you."], "Yours sincerely,", ["Alex Morgan"])


def test_a_greeting_word_deep_in_the_body_is_not_the_greeting() -> None:
    text = "Thank you for the long talk about the platform migration today.\n\nHello to the team as well."
    assert _parts(text)[0] == ""


def test_a_bare_name_line_is_the_greeting() -> None:
    assert _parts("Mr. Whitaker,\n\nThank you.")[:2] == ("Mr. Whitaker,", ["Thank you."])
    assert _parts("Thanks,\n\nAlex")[0] == ""
