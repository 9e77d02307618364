"""C-20/C-23/C-26 guilt and ultimatums as ideas rather than idioms (``reproach.terms``,
``reproach.grievance``; issue 8). Every sentence here is our own, written for these tests and not taken from
the drafts corpus: the candidate writes to Summit Legal (the world of ``world.py``) about another offer from
firms the corpus never names (Tasman Rail, Orchard Health, Brightwater, "the lab"), and after a wait or a
rejection. Each idea has several wordings; beside them stand the near misses a careful candidate writes,
which must stay clean.

An ultimatum is a consequence or a limit the candidate sets on the employer's choice: no more leeway, the
chance closing, their silence counted as a no, a firm answer required, the alternative as a consequence, a
warning, a date the candidate will not move, a condition on their failing to act with the candidate taking
the other side. Guilt is the candidate's hurt or grievance about how they were treated while waiting or by
the outcome: wronged or injured, reduced to a number, the outcome as a blow, effort wasted, dropped from
view, the least they were owed, the wait as a hardship, the choice disputed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.reproach import grievance, terms, ultimatum
from tests.core.checks.world import SUBJECT, context, letter

OFFER = (
    "Tasman Rail has offered me a position and asked for my answer by Tuesday, February 3. Summit Legal "
    "remains my first choice, and I would value hearing from you before I decide."
)


def _offer_tone(sentence: str) -> list[str]:
    """The W-TONE kinds of a complete C-23 note to Mr. Whitaker with ``sentence`` added at its end."""
    text = letter("Dear Mr. Whitaker,", f"{OFFER} {sentence}")
    ctx = context("EXC-OFFER", offer_deadline=dt.date(2026, 2, 3))
    return [str(f.kind) for f in check_text(ctx, SUBJECT, text) if f.code == "W-TONE"]


ULTIMATUMS = [
    # no more leeway
    "There will not be another extension from my side.",
    "I am unable to offer Summit any flexibility beyond the 3rd.",
    "I can offer no further extension beyond Thursday.",
    "There can be no more delays on my end.",
    "Friday stands as the final date; late offers will be declined.",
    # a date the candidate will not move, or a limit of theirs
    "The 3rd is firm, and I will not move it.",
    "Thursday is my limit, full stop.",
    "Let me be clear: Thursday is the end of the road for this process.",
    "The deadline isn't moving and neither am I.",
    # the chance closing
    "Your window closes on Friday at noon.",
    "You have one chance at this, and it ends on the 3rd.",
    "This is a one-time window, and it shuts on the 3rd.",
    # their silence or lateness counted as their answer
    "Silence from you by the 3rd will count as a no.",
    "I'll interpret a late reply as a decline.",
    "Offers after the 3rd will not be considered.",
    "Once the 3rd is past, any offer from you arrives too late.",
    "Summit's silence after the 3rd will settle it for me.",
    # a firm answer required
    "By Friday I need your firm commitment, no exceptions.",
    "If you'd like me at Summit, the offer needs to be on my desk by the 3rd.",
    # the alternative as a consequence
    "It's your offer by the 3rd, or nobody's.",
    "Miss Friday and I walk.",
    "The 3rd is the line; cross it and I'm with Tasman.",
    "Get back to me by the 3rd, or don't bother.",
    "By Friday, either we agree terms or we part company.",
    "No offer from Summit by Friday means Tasman.",
    "Summit has until Friday to match it; after that I'm Tasman's.",
    "It's a simple choice for Summit: offer by the 3rd or lose the chance.",
    # a condition on their failing to act, and the candidate taking the other side
    "If I have nothing in writing from you by the 3rd, I will sign their contract.",
    "Unless Summit can commit by Friday, I'm taking the lab role.",
    "Should Summit still be deciding after Friday, I will go with the lab.",
    "Orchard it is, unless I see an offer from you by Friday.",
    "If I haven't got your answer by the 3rd, Orchard wins.",
    "If you drag your feet past Friday, I walk.",
    "Let this note serve as notice that I will accept Orchard's offer on the 3rd.",
    "If nothing arrives by Monday, my decision is made.",
    "Once Friday passes, my answer goes to Brightwater.",
    # the matter closed, the candidate gone
    "I shall regard the matter as closed if I have not heard by Friday.",
    "After the 3rd, consider me off the table.",
    "I'll be gone after the 3rd.",
    "Should Friday come and go without an offer, remove me from consideration.",
    # refusing to forgo the other side, or to wait again
    "I'm not prepared to lose Brightwater while you deliberate.",
    "I won't be keeping the lab waiting for Summit again.",
    "I will not keep Orchard Health dangling for Summit.",
    "My offer from Orchard won't wait, and neither will I.",
    # a warning, the candidate's resolve
    "I'm putting Summit on notice: the 3rd, no later.",
    "The 3rd is fixed, and so is my resolve.",
    "I would urge you not to test the 3rd.",
    "I'm drawing a line under this on the 3rd.",
    # more of each, in other words again
    "Without a written offer by Friday, Summit and I will go our separate ways.",
    "Come Monday, the decision leaves your hands.",
    "I will hear offers until the 3rd and not a minute after.",
    "Please do not expect me to wait beyond Friday.",
    "If the answer isn't yes by Friday, it's no.",
    "By the 3rd I'll have signed somewhere, and I'd rather it were Summit.",
    "Summit can have me if it moves by Friday; otherwise I'm spoken for.",
    "The offer has to come this week or it won't come at all.",
    "Tasman gets the nod on the 3rd unless you step in.",
    "I've told Kestrel Freight I'll be theirs on Monday unless Summit says otherwise first.",
    "I'm done waiting after Thursday.",
    "If Thursday comes without news, please take my silence as my withdrawal.",
    "Summit should understand that Thursday is final.",
    "An offer after Thursday is an offer I will decline.",
    "I'd rather Summit didn't force my hand, but Thursday will.",
    "Beyond Thursday, Kestrel has my word.",
    "If I don't have an offer from you in writing by Thursday, I'm accepting Kestrel's.",
    "I'll be making my choice on the 9th regardless of where Summit stands.",
    "Summit is welcome to make an offer, but only until the 9th.",
    "There's no point in Summit writing after the 9th.",
    "Summit has this week to show it's serious.",
    "I'll consider your silence a polite no after the 9th.",
    "I have set myself the 9th as the end of the line with Summit.",
    "This is the one and only time I'll raise it.",
    "Heron won't wait, so neither can Summit.",
    "Should Summit miss the 12th, I'll consider the question answered.",
    "I'm not holding out for Summit beyond the 12th.",
    "The 12th is the last day I'll entertain anything from Summit.",
    "After the 12th, don't bother sending an offer.",
    "If Summit can't manage the 12th, Wren & Co. will have me.",
    "Summit needs to decide by the 12th or forfeit me.",
    "My yes to Wren goes out on the 13th unless you beat it.",
    "Frankly, if it takes Summit longer than the 12th, it isn't for me.",
    "I'm prepared to walk away from Summit if the 12th passes in silence.",
    "Summit must move by the 12th.",
]


@pytest.mark.parametrize("sentence", ULTIMATUMS)
def test_c23_a_limit_or_consequence_set_on_the_employers_choice_is_w_tone_ultimatum(sentence: str) -> None:
    assert _offer_tone(sentence) == ["ultimatum"]


OFFER_NEAR_MISSES = [
    "I hope to hear by Friday as I have another offer's deadline.",
    "Tasman's offer expires on the 3rd, and I have to answer them by then.",
    "I would love to hear from you before then, though I understand if your timing does not allow it.",
    "Tasman cannot extend their deadline, so I wanted you to know now.",
    "Their deadline is firm, I'm afraid, which is why I am writing today.",
    "I asked Tasman for an extension and they could only give me until the 3rd.",
    "I have until the 3rd to reply to them.",
    "If you make an offer, I will accept it gladly and decline Tasman's.",
    "If I do not hear back, I will of course understand.",
    "If I don't hear before then, I'll assume the timing simply didn't line up, and thank you all the same.",
    "If it is possible to hear from you before then, I would be very grateful.",
    "I'm not going to accept anything before I have heard where I stand with Summit.",
    "I am not willing to give up on Summit without asking.",
    "If it would help, I can make myself available for a call before Friday.",
    "Either Tuesday or Wednesday would suit me for a call.",
    "No pressure is meant; I simply wanted you to know.",
    "Once the 3rd is past, I'll send the certificate I mentioned.",
    "I won't trouble you again before the 3rd.",
    "I've arranged to call Tasman on the 3rd with my answer.",
    "I would rather decide knowing where I stand with Summit, if that is possible.",
    "Our filing deadline at the clinic is non-negotiable for clients, which is why I built a tracker.",
    "Their deadline is firm, I'm afraid, which is why I am writing today.",
    "Thursday is the final day of my current contract, so I could start soon after.",
    "I gave Kestrel my word that I'd answer by Thursday.",
    "I'd rather not accept Kestrel without knowing where I stand with Summit.",
    "I'll be making my choice on the 9th, and I very much hope it can be Summit.",
    "If Summit decides after the 9th, I would still love to stay in touch.",
    "I've set myself a goal of finishing the certificate by the 9th.",
    "If the 12th passes without news, I'll understand that the timing wasn't right.",
    "I'm not holding out hope of a quick reply, and that's fine.",
    "After the 12th I'm away for a week, but I'll have email.",
    "I'd be glad to walk the partners through my writing sample before the 12th.",
    "I'm prepared to wait a little for the right role.",
    "The 12th is also when my certificate results come out.",
]


@pytest.mark.parametrize("sentence", OFFER_NEAR_MISSES)
def test_c23_an_offer_note_that_names_the_deadline_and_asks_is_no_ultimatum(sentence: str) -> None:
    assert _offer_tone(sentence) == []


def test_c23_the_company_written_to_is_never_the_other_side() -> None:
    # "I'd choose Summit" favours the firm written to; "I'll choose Orchard" leaves it
    assert (
        ultimatum("If it comes to it by Friday, I'll choose Summit without a second thought.", "Summit Legal")
        is None
    )
    assert ultimatum("If it comes to it by Friday, I'll choose Orchard without looking back.", "Summit Legal")


def test_c23_terms_name_the_words_that_set_the_limit() -> None:
    hit = terms("Please regard Friday as your deadline too.")
    assert hit is not None and hit.group() == "regard Friday as your deadline"


def _tone(action: str, sentence: str) -> list[str]:
    text = letter(
        "Dear Mr. Whitaker,",
        f"Thank you again for your time on the Paralegal role. {sentence} I would welcome hearing about "
        "future roles at Summit Legal.",
    )
    return [str(f.kind) for f in check_text(context(action), SUBJECT, text) if f.code == "W-TONE"]


GRIEVANCES = [
    # wronged or injured, said of oneself
    ("F2", "I've been feeling rather passed over since the interview."),
    ("F3", "I confess I feel rather ill-treated by the silence."),
    ("F2", "I'm feeling rather surplus to requirements."),
    ("RJ", "I'm still reeling from the news."),
    ("FB", "Honestly, I'm bruised by how this ended."),
    ("RJ", "Truthfully, this has left me quite low."),
    ("F3", "I've been kept hanging for weeks."),
    ("F2", "I've been made to feel like a nuisance for asking."),
    # reduced to a thing
    ("F3", "I feel like just another CV in the pile."),
    ("F2", "I felt like a name on a spreadsheet."),
    # the outcome as a blow, pain admitted
    ("RJ", "The rejection hit me hard."),
    ("FB", "Your email floored me."),
    ("RJ", "That decision came as a real kick in the teeth."),
    ("RJ", "The rejection came as quite a blow after so many positive signs."),
    ("RJ", "I left the final round feeling wanted, so this is a jolt."),
    ("FB", "I'd be lying if I said it didn't hurt."),
    ("RJ", "The decision has left a bad taste in my mouth."),
    ("FB", "To learn the outcome from the portal was a little humiliating."),
    # effort wasted, never considered, dropped from view
    ("RJ", "All those hours on the case study were for nothing, it seems."),
    ("FB", "My three weeks of preparation seem to have counted for nothing."),
    ("RJ", "I suspect I was never a real contender."),
    ("F3", "I clearly fell off your list at some point."),
    ("RJ", "I can't shake the feeling that the decision was made before I walked in."),
    # the wait as a hardship, nothing back
    ("F2", "Days have gone by without so much as an acknowledgement."),
    ("F2", "I'm left guessing whether the role is still open."),
    ("F3", "Keeping my hopes up has been hard."),
    ("F3", "Your silence has made this a very stressful month."),
    ("F2", "Frankly, this silence feels like a rejection in itself."),
    ("F3", "Four weeks on, I'm starting to wonder whether my application was ever read."),
    ("F3", "It's hard to feel valued when my emails disappear into silence."),
    ("F2", "I gave up a week of evenings for the case study and heard nothing."),
    ("F3", "I'm sure you're busy, but a reply would have taken a minute."),
    # what they were owed
    ("RJ", "I'd have thought a candidate who came in twice deserved better."),
    ("FB", "Surely a short phone call was the least a finalist could expect."),
    ("RJ", "After three rounds, I expected more than a one-line email."),
    ("RJ", "I think I was entitled to a little more than a form rejection."),
    ("F3", "I was hoping for the courtesy of a call."),
    ("RJ", "I wish someone had had the grace to call."),
    ("F3", "I can't quite believe nobody thought to let me know."),
    ("RJ", "It would have been nice to hear this from a person rather than a portal."),
    ("RJ", "I was led to believe the role was mine."),
    ("FB", "I don't feel I was given a fair hearing."),
    ("RJ", "It seems I wasn't worth a call."),
    # treatment judged
    ("F3", "Being kept waiting this long feels disrespectful."),
    ("RJ", "After everything I put into the process, a template email felt cold."),
    ("RJ", "After all the back and forth, being rejected in a single line felt dismissive."),
    ("FB", "I feel I have been treated unfairly."),
    # the choice disputed, after the outcome
    ("RJ", "I honestly can't fathom why my portfolio wasn't enough."),
    ("FB", "I don't understand why a less experienced candidate was chosen."),
    # more of each, in other words again
    ("RJ", "I'd have appreciated being told sooner that I was out of the running."),
    ("RJ", "Two rounds of interviews deserved a proper goodbye."),
    ("RJ", "I've been left to piece it together from the portal."),
    ("F3", "I'm not sure anyone at Summit remembers my name."),
    ("RJ", "It's difficult to see this as anything but careless."),
    ("F3", "I feel quietly let down by how long this took."),
    ("RJ", "Frankly it smarts."),
    ("RJ", "I'd hoped my enthusiasm counted for something."),
    ("FB", "It would be easy to feel bitter about this."),
    ("RJ", "This has been a dispiriting end to a long process."),
    ("F3", "Having heard nothing, I can only assume the role has gone elsewhere."),
    ("F3", "Your team seems to have forgotten me entirely."),
    ("F2", "I thought we had a genuine rapport, so the silence has been confusing and hurtful."),
    ("RJ", "Honestly, it's hard to shake the sense that I was an also-ran from the start."),
    ("F3", "Three weeks without a single line back has tested my goodwill."),
    ("RJ", "I don't think I was treated as a serious candidate."),
    ("RJ", "I'm aggrieved that the role went to an internal candidate after all that."),
    ("F3", "No one could spare five minutes to tell me?"),
    ("F3", "I had hoped for a bit more respect for my time."),
    ("F2", "It has been a bruising few weeks."),
    ("FB", "I'm struggling not to feel a bit cheated."),
    ("RJ", "I'm surprised, and a little offended, that nobody called."),
    ("RJ", "After four rounds, the way this ended stung."),
    ("F3", "I've been wondering whether I did something to deserve the silence."),
    ("F3", "I put my heart into the case study, only to hear nothing."),
    ("RJ", "I feel the process was rigged against outside candidates."),
    ("F3", "It's a poor show to leave candidates hanging like this."),
    ("RJ", "I'm sorry to say the experience has soured me on Summit."),
    ("F3", "I never expected to be ghosted by a firm like Summit."),
    ("RJ", "I must admit I feel a bit discarded."),
    ("F3", "I'd have liked to think I merited more than silence."),
    ("RJ", "The whole experience has left a mark."),
    ("RJ", "Being passed over without any explanation is hard."),
    ("F3", "I'm hurt that my follow-ups went unacknowledged."),
    ("RJ", "It has been humbling, and not in a good way."),
    ("F3", "I've been waiting on tenterhooks, and nobody seems to notice."),
    ("RJ", "Honestly, it felt like the door was shut in my face."),
    ("FB", "I'm sure you understand how deflating that was."),
    ("RJ", "After so much effort, a rejection by text message seems unkind."),
]


@pytest.mark.parametrize(("action", "sentence"), GRIEVANCES)
def test_c20_c26_the_candidates_hurt_or_grievance_is_w_tone_guilt(action: str, sentence: str) -> None:
    assert _tone(action, sentence) == ["guilt"]


GRACIOUS = [
    ("RJ", "I was sorry to hear the news, but thank you for letting me know."),
    ("F2", "I was sorry to hear about the office flood, and I hope the team is settled again."),
    ("RJ", "I take the news in good part and wish the team well."),
    ("RJ", "None of the preparation was wasted: I learned a great deal from the case study."),
    ("RJ", "I don't take the decision personally at all."),
    ("RJ", "I know I was up against strong candidates."),
    ("FB", "I'd like to understand how I could improve my case study."),
    ("FB", "I don't understand how to book a slot in your portal; could you point me to the page?"),
    ("F2", "The storm left the depot in limbo for a week, as you described."),
    ("F2", "Our customers felt ignored by the old phone system, which is why I rebuilt it."),
    ("F2", "The weeks since our interview have flown by with the new course."),
    ("F3", "I'm used to long hiring processes in the legal sector, so please take the time you need."),
    ("F3", "Thank you for letting me know there was no news yet."),
    ("RJ", "Thank you for the courtesy of a reply last week."),
    ("RJ", "The rejection of the council's bid was a blow to the whole region, as you mentioned."),
    ("FB", "I was led through the whole process with real care."),
    ("RJ", "I hope the new hire enjoys the work as much as I would have."),
    ("FB", "It was good of you to call with the news."),
    ("F3", "I'd be grateful if you'd remember me for future roles."),
    ("F2", "In my experience people skip a survey because they don't care for long forms."),
    ("RJ", "I'm grateful you told me in person."),
    ("RJ", "It was a long process, and you kept me well informed throughout."),
    ("RJ", "I understand the role went to an internal candidate, and I wish her well."),
    ("F3", "Our clients felt cheated by the old billing system, so we replaced it."),
    ("F3", "The silence of the library was a welcome change during my exam week."),
    ("F2", "The frost was crushing the orchards this spring, as you mentioned."),
    ("F2", "I rigged up a dashboard that tracks every filing deadline."),
    ("RJ", "I was treated with real courtesy throughout."),
    ("RJ", "The whole experience has been a valuable one for me."),
    ("RJ", "I'm humbled by how generous the team was with their time."),
    ("RJ", "The door is always open on my side for future roles."),
    ("F2", "I discarded the old spreadsheet and rebuilt the tracker from scratch."),
    ("RJ", "I was gutted for the team when the launch slipped, and glad to read it went well in the end."),
]


@pytest.mark.parametrize(("action", "sentence"), GRACIOUS)
def test_c20_c26_a_gracious_word_about_the_wait_or_the_outcome_is_no_guilt(
    action: str, sentence: str
) -> None:
    assert _tone(action, sentence) == []


def test_c20_grievance_is_read_only_after_a_wait_or_an_outcome() -> None:
    # a thank-you tells the interview's story: "the old tool left me guessing" is not about them
    assert _tone("TY", "The old intake tool left me guessing about deadlines, so I rebuilt it.") == []
    assert _tone("F2", "The long quiet has left me guessing about where I stand.") == ["guilt"]


def test_c26_the_choice_disputed_is_read_only_in_a_reply_to_the_outcome() -> None:
    sentence = "I can't see why the filing backlog was left so long."
    assert grievance(sentence, "RJ") is not None
    assert grievance(sentence, "F2") is None


def test_c20_please_dont_feel_you_need_to_reply_is_no_demand() -> None:
    assert (
        _tone("F3", "I know the panel is busy, so please don't feel you need to reply unless there is news.")
        == []
    )
