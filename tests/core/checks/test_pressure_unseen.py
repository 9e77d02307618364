"""K17/C-20 pressure and C-13 presumption in wordings of our own, none of them the corpus's: each fault is a
feature (a request for the outcome, the candidate's hurt at the silence, a consequence set on it, the
candidate's future at their place) said in words the stock phrases do not hold, and each good sentence stands
near one of them (their commitment to a cause, a story about other people's frustration, a physical hurt, a
first placement in the past).
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context, letter, tone_kinds

OPENING = "Thank you for meeting with me today about the Paralegal role."
CLOSE = "I am very interested and look forward to hearing from you."


def _found(action: str, sentence: str, code: str) -> list[str]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    return [
        f"{f.code}/{f.kind}" if f.kind else f.code
        for f in check_text(context(action), SUBJECT, text)
        if f.code == code
    ]


FAULTS: list[tuple[str, str, str]] = [
    ("F1", "I would be grateful to hear whether the answer is yes.", "W-TONE/decision"),
    ("F1", "Could you tell me if I've got the job?", "W-TONE/decision"),
    ("TY", "I'd appreciate knowing the verdict on my candidacy as soon as it exists.", "W-TONE/decision"),
    ("F1", "Please put me out of my misery and tell me whether I'm in.", "W-TONE/decision"),
    ("F1", "I need an answer on the role so I can plan.", "W-TONE/decision"),
    ("TY", "Would you let me know what you've decided about me?", "W-TONE/decision"),
    ("F1", "Any chance you could give me a final yes or no?", "W-TONE/decision"),
    ("F1", "I'd like a firm commitment from you on the role.", "W-TONE/decision"),
    ("F1", "Could you confirm whether the position is going to be offered to me?", "W-TONE/decision"),
    ("F1", "It would help me greatly to get your decision.", "W-TONE/decision"),
    ("F1", "Please could you chase the panel for a decision on my application.", "W-TONE/decision"),
    ("F1", "I'm writing to ask for your decision on my candidacy.", "W-TONE/decision"),
    ("F2", "It has been three weeks and I have heard nothing, which is disappointing.", "W-TONE/guilt"),
    ("F2", "I feel a bit forgotten, to be honest.", "W-TONE/guilt"),
    ("F2", "I was surprised not to have had even a short note back.", "W-TONE/guilt"),
    ("F2", "It is hard not to feel overlooked after all this waiting.", "W-TONE/guilt"),
    ("F2", "A quick reply would have been the decent thing to do.", "W-TONE/guilt"),
    ("F2", "I have been checking my inbox every day for news.", "W-TONE/guilt"),
    ("F2", "My last two emails seem to have gone into a void.", "W-TONE/guilt"),
    ("F2", "It's a shame no one has taken the time to reply.", "W-TONE/guilt"),
    ("F2", "I'm rather saddened by the silence.", "W-TONE/guilt"),
    ("F2", "Surely a short update is not too much to ask.", "W-TONE/guilt"),
    ("F2", "I expected better communication from a firm like yours.", "W-TONE/guilt"),
    ("F2", "The silence since our interview has been hard to take.", "W-TONE/guilt"),
    ("F2", "I can't help feeling a little ignored.", "W-TONE/guilt"),
    ("F2", "I thought I deserved at least a reply by now.", "W-TONE/guilt"),
    ("TY", "I should mention that another firm has made me an offer.", "W-TONE/leverage"),
    ("F1", "I have a second interview with a rival agency next week.", "W-TONE/leverage"),
    ("F1", "My current employer has offered me a raise to stay.", "W-TONE/leverage"),
    ("TY", "A recruiter is pushing me toward a role at another hospital.", "W-TONE/leverage"),
    ("F1", "I am also in the final round at two other charities.", "W-TONE/leverage"),
    ("F1", "Other studios have shown interest, so I'd like to know soon where I stand.", "W-TONE/leverage"),
    ("TY", "I have an offer on the table from a competitor of yours.", "W-TONE/leverage"),
    ("F1", "I'm holding an offer elsewhere until Friday.", "W-TONE/leverage"),
    ("F1", "Another bank wants me to start next month.", "W-TONE/leverage"),
    ("F1", "I have several processes running in parallel, so timing matters.", "W-TONE/leverage"),
    ("TY", "I've been approached by a headhunter about a similar post.", "W-TONE/leverage"),
    ("F1", "There is strong interest in my profile from other employers.", "W-TONE/leverage"),
    ("F1", "Two other practices have invited me back for second interviews.", "W-TONE/leverage"),
    ("F1", "I'm weighing up an opportunity with another council.", "W-TONE/leverage"),
    ("EXC-OFFER", "If I don't hear by Thursday, I'll take the other offer.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "I need your answer by Friday, otherwise I will sign elsewhere.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "Friday is the absolute limit; after that I'm gone.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "Without a reply by Monday I'll assume you've passed on me.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "This is your last opportunity to make me an offer.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "Match their salary or I walk.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "I can hold off until Friday and not a minute longer.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "Either you make an offer this week or I accept theirs.", "W-TONE/ultimatum"),
    (
        "EXC-OFFER",
        "I won't be able to wait beyond the 22nd, so please decide by then or lose me.",
        "W-TONE/ultimatum",
    ),
    ("EXC-OFFER", "Come back to me by Friday or I'm signing with them.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "I'm afraid it's now or I move on.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "You have until the 22nd to decide.", "W-TONE/ultimatum"),
    ("LI", "Can't wait to sit in on your Monday stand-ups.", "W-OVERCONFIDENT"),
    ("LI", "See you in the workshop in January!", "W-OVERCONFIDENT"),
    ("LI", "I'm already planning my commute to your office.", "W-OVERCONFIDENT"),
    ("LI", "Looking forward to being one of your nurses on the ward.", "W-OVERCONFIDENT"),
    ("LI", "I'm sure we'll be seeing a lot of each other soon.", "W-OVERCONFIDENT"),
    ("LI", "I hope I made the cut for the role.", "W-OVERCONFIDENT"),
    ("LI", "Fingers crossed for the offer.", "W-OVERCONFIDENT"),
    ("LI", "I'll bring coffee for the whole depot on my first shift.", "W-OVERCONFIDENT"),
    ("LI", "Once I'm through the door, I'd love to fix the rota first.", "W-OVERCONFIDENT"),
    ("LI", "I think I nailed the interview.", "W-OVERCONFIDENT"),
    ("LI", "Let me know when you need my bank details for payroll.", "W-OVERCONFIDENT"),
    ("LI", "Happy to connect ahead of my start in March.", "W-OVERCONFIDENT"),
    ("LI", "I'd appreciate it if you put in a good word with the panel.", "W-OVERCONFIDENT"),
    ("LI", "Any news on the vacancy yet?", "W-OVERCONFIDENT"),
    ("LI", "I'll be the newest member of the greenhouse crew before long.", "W-OVERCONFIDENT"),
    ("LI", "I'm confident the job is mine.", "W-OVERCONFIDENT"),
    ("LI", "Let's grab lunch in my first week on site.", "W-OVERCONFIDENT"),
    ("LI", "Counting down the days until I start with you.", "W-OVERCONFIDENT"),
    ("LI", "Excited to be your new apprentice soon.", "W-OVERCONFIDENT"),
    ("LI", "I've already told my family I'm moving to your team.", "W-OVERCONFIDENT"),
]
GOOD: list[tuple[str, str, str]] = [
    ("TY", "I'd welcome a sense of when you expect to decide.", "W-TONE"),
    ("F1", "I wanted to ask whether there is any update on the timeline.", "W-TONE"),
    ("F1", "I remain very interested and would be glad to answer any further questions.", "W-TONE"),
    (
        "EXC-OFFER",
        "I have received an offer from another firm, which I need to answer by 22 September.",
        "W-TONE",
    ),
    (
        "EXC-OFFER",
        "You remain my first choice; I would be glad to know whether your timeline allows a decision first.",
        "W-TONE",
    ),
    ("F2", "I hope the hiring is going smoothly on your side.", "W-TONE"),
    ("TY", "I was glad to hear the decision is expected by Friday.", "W-TONE"),
    ("F1", "Please let me know if there is anything else you need from me.", "W-TONE"),
    ("TY", "It was good to hear how the team decides which projects to take on.", "W-TONE"),
    ("F2", "I know these processes take time, and I'm happy to wait.", "W-TONE"),
    ("TY", "I enjoyed hearing about the other hospitals in your network.", "W-TONE"),
    ("F1", "Your answer to my question about the rota was really helpful.", "W-TONE"),
    ("TY", "I left the interview more certain than ever that this is the right role for me.", "W-TONE"),
    ("F1", "I would love to hear how the pilot with the other councils went.", "W-TONE"),
    ("TY", "Your competitors are catching up, as you said, which makes the project exciting.", "W-TONE"),
    ("F1", "I'd love to hear more about your commitment to sustainability.", "W-TONE"),
    ("TY", "I walk the site after every storm, so the drainage talk rang true.", "W-TONE"),
    ("TY", "Small charities often feel overlooked by funders, which is why your grants matter.", "W-TONE"),
    ("TY", "The residents were upset about the waiting list, so we redesigned it.", "W-TONE"),
    ("F1", "Our old reports disappeared into a black hole of spreadsheets until we rebuilt them.", "W-TONE"),
    ("TY", "I hit the absolute limit of what a spreadsheet can do last year.", "W-TONE"),
    ("F1", "Please let me know whether I'm in London or Leeds for the second interview.", "W-TONE"),
    ("TY", "I was hurt on a building site once, which is why safety matters to me.", "W-TONE"),
    ("F2", "If there's no news yet, please don't worry.", "W-TONE"),
    ("TY", "I'd welcome the go-ahead to send the sample I mentioned.", "W-TONE"),
    ("EXC-OFFER", "Their deadline is 22 September, and I would rather hear from you first.", "W-TONE"),
    ("F1", "I have been thinking about your question on rota gaps since we spoke.", "W-TONE"),
    ("LI", "It was a pleasure to hear how the depot plans its routes.", "W-OVERCONFIDENT"),
    ("LI", "I enjoyed our talk about orchard pests and would be glad to stay in touch.", "W-OVERCONFIDENT"),
    ("LI", "Your point about kiln temperatures stayed with me.", "W-OVERCONFIDENT"),
    ("LI", "I'd be glad to connect and follow the greenhouse project.", "W-OVERCONFIDENT"),
    ("LI", "Thanks for the tour of the wards; your handover system is clever.", "W-OVERCONFIDENT"),
    ("LI", "I start most mornings with your newsletter.", "W-OVERCONFIDENT"),
    ("LI", "Your first-week checklist for volunteers is a great idea.", "W-OVERCONFIDENT"),
    ("LI", "My first placement was on a surgical ward, so your talk rang true.", "W-OVERCONFIDENT"),
    ("LI", "I got my foot in the door at a bakery before moving into logistics.", "W-OVERCONFIDENT"),
    ("LI", "Before I start my evening shift, I read your blog.", "W-OVERCONFIDENT"),
    ("LI", "I'd love to see you at the greenhouse open day in May.", "W-OVERCONFIDENT"),
]


@pytest.mark.parametrize(("action", "sentence", "label"), FAULTS)
def test_k17_c13_unseen_pressure_and_presumption_are_found_with_their_kind(
    action: str, sentence: str, label: str
) -> None:
    assert set(_found(action, sentence, label.split("/")[0])) == {label}


@pytest.mark.parametrize(("action", "sentence", "code"), GOOD)
def test_k17_c13_sentences_near_pressure_and_presumption_pass(action: str, sentence: str, code: str) -> None:
    assert _found(action, sentence, code) == []


# --- round two: the features the fifth corpus batch showed missing, in sentences of our own --------------
# Another organisation named by any noun and acting on the candidate, a blunt exit after the alternative, a
# third party pressed to decide, hurt at a rejection, haste wished on their process, a start taken as agreed.
ROUND_TWO_FAULTS: list[tuple[str, str, str]] = [
    ("F1", "Another building society has invited me to a final interview next week.", "W-TONE/leverage"),
    ("TY", "Two other survey agencies have been in touch since Friday.", "W-TONE/leverage"),
    ("F1", "A Geelong co-op is also keen on my pricing model.", "W-TONE/leverage"),
    ("F1", "A regional hospital trust has asked me to a second interview.", "W-TONE/leverage"),
    ("EXC-OFFER", "Beat their salary or I'll take theirs.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "From Monday I'm off the market.", "W-TONE/ultimatum"),
    ("EXC-OFFER", "Thursday is the only window I can offer.", "W-TONE/ultimatum"),
    ("F1", "Could you nudge the partners towards a decision on my file?", "W-TONE/decision"),
    ("F1", "Please ask Mr Ortiz to make his call on me this week.", "W-TONE/decision"),
    ("F2", "I've been feeling a little sidelined since we last spoke.", "W-TONE/guilt"),
    ("RJ", "I won't pretend the news doesn't sting.", "W-TONE/guilt"),
    ("RJ", "I'm honestly gutted.", "W-TONE/guilt"),
    ("FB", "Your decision seemed rather hasty.", "W-TONE/guilt"),
    ("TY", "I'd be glad if things could be hurried along.", "W-TONE/urgency"),
    ("TY", "Please reply as quickly as you're able.", "W-TONE/urgency"),
    ("TY", "I'd welcome a reply at your very earliest convenience.", "W-TONE/urgency"),
    ("TA", "Do you know whether the practice manager has made up her mind?", "W-TONE/whether-decided"),
    ("LI", "Once my contract is signed I'll send over my ideas.", "W-OVERCONFIDENT"),
    ("LI", "Put me down for the Friday quiz team!", "W-OVERCONFIDENT"),
    ("LI", "I'll be the one running your weekly stock count soon.", "W-OVERCONFIDENT"),
    ("LI", "Can't wait to get started on the rota with you next month.", "W-OVERCONFIDENT"),
    ("LI", "Anything you can do to help my chances is appreciated.", "W-OVERCONFIDENT"),
]
ROUND_TWO_GOOD: list[tuple[str, str]] = [
    ("F1", "A Leeds charity has asked me to help with their donor survey, which taught me a lot."),
    ("F1", "Another team at your depot has asked me to lunch when I visit, which was kind."),
    ("TY", "I will send the references as soon as possible."),
    ("TY", "I enjoyed working through the case study with you on Tuesday."),
    ("LI", "Sign me up for your newsletter, it's excellent."),
    ("RJ", "The decision to close the old depot was hard for the drivers, as you said."),
    ("TY", "Each shift starts with a briefing, which I liked."),
    ("F1", "Either way, I'm grateful for your time."),
]


@pytest.mark.parametrize(("action", "sentence", "label"), ROUND_TWO_FAULTS)
def test_k17_c13_round_two_features_are_found_in_new_words(action: str, sentence: str, label: str) -> None:
    assert set(_found(action, sentence, label.split("/")[0])) == {label}


@pytest.mark.parametrize(("action", "sentence"), ROUND_TWO_GOOD)
def test_k17_c13_round_two_sentences_near_them_raise_no_tone_presumption_or_grammar_finding(
    action: str, sentence: str
) -> None:
    assert [
        f for code in ("W-TONE", "W-OVERCONFIDENT", "W-PROOF") for f in _found(action, sentence, code)
    ] == []


# --- C-24: a tie to their work in words of our own ---------------------------------------------------------
NEWS_OPENING = "My article on e-discovery audits has been accepted by a state bar journal."


@pytest.mark.parametrize(
    ("tie", "tied"),
    [
        ("Its central case sits at the heart of the Paralegal role.", True),
        ("It has a direct bearing on the audits your team runs each spring.", True),
        ("Its last section ties straight into the migration we discussed.", True),
        ("It gave me two ideas I would love to try at Summit.", True),
        ("It took me most of the winter to write.", False),
        ("It grew out of the question you raised about load-file errors.", True),
        ("It started from the same problem we discussed over coffee.", True),
        ("It grew out of a winter spent at the county archive.", False),
    ],
)
def test_c24_why_it_matters_is_read_in_any_words_that_tie_it_to_their_work(tie: str, tied: bool) -> None:
    text = letter("Dear Mr. Whitaker,", f"{NEWS_OPENING} {tie}")
    found = [
        f.message
        for f in check_text(
            context("EXC-NEWS", news="article on e-discovery audits (accepted)"), SUBJECT, text
        )
        if f.rule == "C-24"
    ]
    assert found == ([] if tied else ["Missing: why it matters for the role."])


@pytest.mark.parametrize(
    ("action", "sentence", "kinds"),
    [
        ("TY", "You mentioned a decision by August 28, and I look forward to hearing from you.", []),
        ("TY", "I understand a decision should come within two weeks.", []),
        ("TY", "I know a decision takes time, so please take all the time you need.", []),
        ("TY", "Your decision, please.", ["decision"]),
        ("F1", "Do you know if it's likely that a decision will be made soon?", []),
        ("TY", "I'd love to know whether the bakery role is likely to be mine.", ["decision"]),
        ("TY", "Please let me have your decision by Friday.", ["deadline"]),
        ("F1", "I'd like your decision this week.", ["deadline"]),
    ],
)
def test_k17_a_decision_reported_is_not_a_decision_asked_for(
    action: str, sentence: str, kinds: list[str]
) -> None:
    assert tone_kinds(action, sentence) == kinds


# --- round three: guilt without its stock words (blind batch 26), in sentences of our own -----------------
# "Some of us", sarcasm about the length of the process, "finally", the reader's list, the candidate's
# search put on hold for them, an emphatic "I did", other employers who "managed" a reply.
ROUND_THREE_FAULTS: list[tuple[str, str, str]] = [
    ("F2", "Some of us have been refreshing our inboxes since the 3rd.", "W-TONE/guilt"),
    ("F1", "Three weeks is a long time to leave someone hanging.", "W-TONE/guilt"),
    ("F2", "I gather the shortlist is proving to be quite the saga.", "W-TONE/guilt"),
    ("FB", "I expect feedback is low on your list, given how long the search took.", "W-TONE/guilt"),
    ("RSP", "Good to finally hear back; I had begun to think my file was lost.", "W-TONE/guilt"),
    ("F2", "I have put my whole job search on hold for the archive since August.", "W-TONE/guilt"),
    ("RSP", "Though I did send those samples in person.", "W-TONE/guilt"),
    ("F1", "Most of the councils I applied to managed at least an acknowledgement by now.", "W-TONE/guilt"),
    ("TY", "I rearranged two days of client visits to make this morning's interview.", "W-TONE/guilt"),
    ("F1", "I put my job search on hold for you.", "W-TONE/guilt"),
    ("F1", "When you next see the trustees, could you push them for a decision on me?", "W-TONE/decision"),
]
ROUND_THREE_GOOD: list[tuple[str, str]] = [
    ("TY", "It felt like the conversation I had been waiting for."),
    ("TY", "I'd love to bring that habit to a reading room growing as quickly as yours."),
    ("F1", "Some of the maps date from the 1840s, which surprised me."),
    ("F1", "I turned down a place on a course last year to finish my degree."),
    ("TY", "Cataloguing the estate papers has taken a long time to get right."),
    ("RJ", "I did enjoy meeting you and the team."),
    ("TY", "As you said the trustees meet on the 21st, I'll keep my diary clear that week."),
    ("TY", "The volunteers clearly put their hearts into every open day for you."),
    ("F1", "When you have a moment, could you tell me roughly when the trustees will decide?"),
]


@pytest.mark.parametrize(("action", "sentence", "label"), ROUND_THREE_FAULTS)
def test_c20_round_three_guilt_in_new_shapes_is_found(action: str, sentence: str, label: str) -> None:
    assert set(_found(action, sentence, label.split("/")[0])) == {label}


@pytest.mark.parametrize(("action", "sentence"), ROUND_THREE_GOOD)
def test_c20_round_three_sentences_near_them_raise_no_tone_finding(action: str, sentence: str) -> None:
    assert _found(action, sentence, "W-TONE") == []


# C-13 in a LinkedIn note as people write it (who the candidate is, then one sentence): the candidate already
# at the job's work beside the reader, read by the learned reading; the same words without it presume nothing.
WHO = "Hi John, Alex Morgan here from today's interview about the archive."


@pytest.mark.parametrize(
    ("sentence", "presumes"),
    [
        ("Can't wait to get stuck into the map scans with you.", True),
        ("I'd love to be the one keeping the index tidy next year.", True),
        ("I enjoyed talking with you about the map scans.", False),
        ("I can't wait to read your piece on tithe maps.", False),
        # by the phrases: the newcomer, the choice itself, a place among them
        ("Give the office dog a pat from the archive's newest cataloguer.", True),
        ("I hope I'm the one you choose for the archivist post.", True),
        ("Excited to help with the map scans as part of your team.", True),
        ("Greetings from a fellow member of the county history society.", False),
    ],
)
def test_c13_round_three_the_candidate_at_the_jobs_work_beside_the_reader(
    sentence: str, presumes: bool
) -> None:
    found = [
        f for f in check_text(context("LI"), SUBJECT, f"{WHO} {sentence}") if f.code == "W-OVERCONFIDENT"
    ]
    assert bool(found) is presumes
