"""Required elements and a message's parts said in wording the checker had not met: the arranger's note
that looks ahead by promising news (C-01, C-12), a first follow-up's offer of more said as material held
ready and its writer named under it (C-15), a postscript below the signature, the company of a competing
offer spelled as recorded and a collective noun with a plural verb outside the US (C-11).

All sentences are our own, about the Summit Legal world of ``world``.
"""

from __future__ import annotations

import dataclasses

import pytest

from followup.core.checks.anatomy import parse_message
from followup.core.checks.checker import check_text
from followup.core.model import Event, EventType, Profile
from tests.core.checks.world import (
    ALEX,
    SUBJECT,
    at,
    context,
    daniel,
    erin,
    letter,
    marked,
    of_rule,
    summit,
)

# --- C-01 on the arranger's note: the close looks ahead by promising them news --------------------------
TA_OPENING = "Thank you for referring me to Summit Legal; I am very interested in the Paralegal role."


@pytest.mark.parametrize(
    "close",
    [
        "I will keep you posted on what happens next.",
        "I'll tell you how things turn out once I hear.",
        "I will let you know how it goes, and the next lunch is on me.",
        "Dinner is on me next time we are both downtown.",
        "I owe you a coffee whatever the outcome.",
        "I hope I can return the favor soon.",
    ],
)
def test_c01_an_arranger_note_may_look_ahead_by_promising_news_or_a_favour(close: str) -> None:
    text = letter("Hi Daniel,", TA_OPENING, close)
    assert of_rule(check_text(context("TA", recipient=daniel()), SUBJECT, text), "C-01") == []


def test_c01_an_arranger_note_that_looks_nowhere_still_lacks_its_close() -> None:
    text = letter("Hi Daniel,", TA_OPENING, "The interview ran a little long.")
    found = of_rule(check_text(context("TA", recipient=daniel()), SUBJECT, text), "C-01")
    assert [(f.code, f.message) for f in found] == [
        ("W-MISSING-ELEMENT", "Missing: a forward-looking close.")
    ]


def test_c01_a_promise_of_news_is_no_close_for_the_interviewer() -> None:
    """The interviewer is the one who answers: "I'll keep you posted" does not stand for hearing back."""
    text = letter(
        "Dear Mr. Whitaker,",
        "Thank you for meeting me about the Paralegal role; I am very interested in it.",
        "I will keep you posted.",
    )
    found = of_rule(check_text(context("TY"), SUBJECT, text), "C-01")
    assert [f.message for f in found] == ["Missing: a forward-looking close."]


# --- C-01 on the thank-you: thanks, interest and the close in the words people use ----------------------
@pytest.mark.parametrize(
    ("thanks", "interest", "close"),
    [
        (
            "It was kind of you to give me so much of your afternoon.",
            "I would relish the chance to join the litigation support team.",
            "I hope to hear from you soon.",
        ),
        (
            "I'm much obliged for the tour of the records room.",
            "The role is my first choice, and I can't wait to get started if it comes my way.",
            "Talk soon.",
        ),
        (
            "Thank you for an easy, friendly conversation.",
            "I would be proud to be part of Summit Legal's paralegal group.",
            "I'll await your news.",
        ),
        (
            "Cheers for walking me through the case tracker.",
            "The prospect of working on your discovery backlog thrills me.",
            "Until then, all the best with the trial.",
        ),
    ],
)
def test_c01_each_essential_may_be_said_in_other_words(thanks: str, interest: str, close: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{thanks} {interest}", close)
    assert of_rule(check_text(context("TY"), SUBJECT, text), "C-01") == []


@pytest.mark.parametrize(
    ("paragraphs", "what"),
    [
        # gratitude to someone else is not thanks to the reader, and is not said here in any case
        (("I met your colleague at the fair.", "I would relish the chance to join.", "Talk soon."), "thanks"),
        # liking the building is not wanting the role
        (
            ("Thank you for the tour.", "Your offices are lovely.", "I hope to hear from you soon."),
            "interest",
        ),
        # a sentence about the past looks nowhere
        (
            ("Thank you for the tour.", "I would be proud to be part of the team.", "We spoke for an hour."),
            "close",
        ),
    ],
)
def test_c01_what_is_not_said_in_any_words_is_still_missing(paragraphs: tuple[str, ...], what: str) -> None:
    text = letter("Dear Mr. Whitaker,", *paragraphs)
    found = of_rule(check_text(context("TY"), SUBJECT, text), "C-01")
    assert [f.message for f in found] == [
        {
            "thanks": "Missing: thanks for their time.",
            "interest": "Missing: your interest.",
            "close": "Missing: a forward-looking close.",
        }[what]
    ]


# --- C-15: the offer of more, and the writer named under the message -------------------------------------
def _f1(*paragraphs: str, signature: tuple[str, ...] | None = None) -> list[str]:
    text = (
        letter("Dear Ms. Walsh,", *paragraphs)
        if signature is None
        else letter("Dear Ms. Walsh,", *paragraphs, signature=signature)
    )
    return [f.message for f in of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15")]


INTRO = "I interviewed for the Paralegal position with Mr. Whitaker on Wednesday, January 21."
ASK = "I remain very interested in the role. Is there an update on the timeline?"


@pytest.mark.parametrize(
    "offer",
    [
        "My writing samples are ready whenever you want them.",
        "A list of referees is available on request.",
        "I can pull together a short case summary whenever you'd like.",
    ],
)
def test_c15_material_held_ready_for_them_is_an_offer_of_more(offer: str) -> None:
    assert _f1(f"This is Alex Morgan. {INTRO}", ASK, f"{offer} I look forward to hearing from you.") == []


def test_c15_material_merely_described_is_no_offer() -> None:
    found = _f1(
        f"This is Alex Morgan. {INTRO}",
        ASK,
        "My writing samples are long. I look forward to hearing from you.",
    )
    assert found == ["Missing: an offer to provide anything further."]


def test_c15_the_writer_may_be_named_under_a_body_that_reintroduces_the_interview() -> None:
    assert (
        _f1(
            INTRO,
            ASK,
            "Please let me know if I can provide anything further. I look forward to hearing from you.",
        )
        == []
    )


def test_c15_a_body_that_never_mentions_the_interview_still_needs_the_name() -> None:
    found = _f1(
        "I am following up about the Paralegal position and our talk on Wednesday, January 21.",
        ASK,
        "Please let me know if I can provide anything further. I look forward to hearing from you.",
    )
    assert found == ["Missing: who you are: your name."]


def test_c15_an_unsigned_follow_up_still_needs_the_name() -> None:
    found = _f1(
        INTRO,
        ASK,
        "Please let me know if I can provide anything further. I look forward to hearing from you.",
        signature=(),
    )
    assert found == ["Missing: who you are: your name."]


# --- a postscript below the signature --------------------------------------------------------------------
SIGNED = letter(
    "Dear Mr. Whitaker,",
    "Thank you for meeting me today about the Paralegal role. Our talk about the e-discovery platform "
    "migration stayed with me, and my four years of document review fit it well.",
    "I am very interested in the role and look forward to hearing from you.",
)


@pytest.mark.parametrize("mark", ["P.S.", "PS:", "P.S", "P.P.S."])
def test_anatomy_a_postscript_below_the_signature_is_neither_signature_nor_paragraph(mark: str) -> None:
    text = f"{SIGNED}\n\n{mark} The marathon photos are online now."
    parts = parse_message(text, ("Alex Morgan", "Alex", "Morgan"))
    assert [p.text for p in parts.postscript] == ["The marathon photos are online now."]
    assert parts.closing is not None and parts.closing.text == "Kind regards,"
    assert [s.text for s in parts.signature] == [
        "Alex Morgan",
        "+1 303 555 0147",
        "88 Elm St, Denver, CO 80203",
        "alex.morgan@example.com",
    ]
    assert len(parts.paragraphs) == 2


def test_anatomy_a_ps_inside_the_body_is_read_as_body() -> None:
    text = "Dear Mr. Whitaker,\n\nPS: the notes are attached.\n\nThank you again."
    parts = parse_message(text, ("Alex Morgan",))
    assert parts.postscript == ()
    assert "PS: the notes are attached." in parts.body


def test_anatomy_a_postscript_above_the_sign_off_is_no_fourth_paragraph() -> None:
    """Many people write the P.S. before "Best,": it is still a postscript, so C-06's three paragraphs
    count the body alone, and the closing and signature stay whole."""
    head, tail = SIGNED.split("\n\nKind regards,")
    ps = "P.S. The marathon photos are online now."
    text = f"{head}\n\nThird paragraph, short.\n\n{ps}\n\nKind regards,{tail}"
    parts = parse_message(text, ("Alex Morgan", "Alex", "Morgan"))
    assert [p.text for p in parts.postscript] == ["The marathon photos are online now."]
    assert len(parts.paragraphs) == 3
    assert parts.closing is not None and parts.closing.text == "Kind regards,"
    assert parts.signature[0].text == "Alex Morgan"
    assert of_rule(check_text(context("TY"), SUBJECT, text), "C-06") == []


def test_c11_a_postscript_is_proofread_and_leaves_the_closing_and_signature_whole() -> None:
    text = f"{SIGNED}\n\nP.S. The marathon photos are on there website now."
    found = check_text(context("TY"), SUBJECT, text)
    assert [(f.code, f.kind, marked(text, f)) for f in found] == [("W-PROOF", "their-there", "there")]


def test_c20_pressure_in_a_postscript_is_still_seen() -> None:
    text = f"{SIGNED}\n\nP.S. I need your answer by Friday, or I will accept another offer."
    found = check_text(context("TY"), SUBJECT, text)
    assert [(f.code, f.kind) for f in found] == [("W-TONE", "ultimatum")]


# --- C-11: the company of a competing offer, and collective nouns ---------------------------------------
def test_c11_the_company_of_a_recorded_competing_offer_is_spelled_as_recorded() -> None:
    offer = Event(
        id="o1",
        type=EventType.COMPETING_OFFER,
        at=at(summit().interviews[0].start.date()),
        source="Quillfeather Partners",
    )
    body = "Quillfeather Partners has offered me a post, and I wanted you to know before I answer them."
    text = letter(
        "Dear Mr. Whitaker,", body, "I remain very interested and look forward to hearing from you."
    )

    def strict(words: list[str]) -> set[str]:
        return {w for w in words if w.lower() == "quillfeather"}

    recorded = context("TY", application=summit(events=(offer,)))
    assert [f for f in check_text(recorded, SUBJECT, text, strict) if f.kind == "spelling"] == []
    plain = [
        marked(text, f) for f in check_text(context("TY"), SUBJECT, text, strict) if f.kind == "spelling"
    ]
    assert plain == ["Quillfeather"]
    offered = context("TY", offer_sources=("Quillfeather Partners",))
    assert [f for f in check_text(offered, SUBJECT, text, strict) if f.kind == "spelling"] == []


@pytest.mark.parametrize("noun", ["patrol", "choir", "squad"])
def test_c11_a_collective_noun_may_take_a_plural_verb(noun: str) -> None:
    profile: Profile = dataclasses.replace(ALEX, country="AU")
    text = letter(
        "Dear Mr. Whitaker,",
        "Thank you for meeting me about the Paralegal role; I am very interested in it.",
        f"I hope your {noun} are enjoying the long weekend. I look forward to hearing from you.",
    )
    assert [
        f.kind for f in check_text(context("TY", profile=profile), SUBJECT, text) if f.code == "W-PROOF"
    ] == []


@pytest.mark.parametrize(
    ("thanks", "thanked"),
    [
        ("Thank you for letting me know, and for the conversation in September.", True),
        ("Thank you for letting me know, and for the interview.", True),
        ("Thank you for letting me know.", False),
    ],
)
def test_c26_thanks_for_the_conversation_is_thanks_for_their_time(thanks: str, thanked: bool) -> None:
    text = letter("Dear Mr. Whitaker,", thanks, "I would welcome hearing about future openings.")
    found = [f.message for f in check_text(context("RJ"), SUBJECT, text) if f.rule == "C-26"]
    assert found == ([] if thanked else ["Missing: thanks for their time and the opportunity."])
