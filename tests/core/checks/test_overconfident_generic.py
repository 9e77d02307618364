"""C-13's W-OVERCONFIDENT in LinkedIn notes and W-GENERIC (C-02, C-04, C-13) in whole short messages, in
wordings written from the playbook before the corpus was read: a note presumes the outcome (a shared future
taken for granted, the offer, good news) or makes itself about the job (the role, the process, where the
candidate stands, a word put in); a good note talks about the conversation only. A generic message names
neither role nor company, or none of its recipient's talking points, or (on LinkedIn) not who is writing.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, codes, context, letter, marked, of_rule

# Who the candidate is and a talking point of John Whitaker's: only the sentence after it varies.
WHO = "Alex Morgan here; I interviewed today and enjoyed the e-discovery platform migration talk."

PRESUMING = [
    "Looking forward to being part of the team soon.",
    "Can't wait to get stuck in with you all.",
    "Excited to hear your decision.",
    "Hope to be sitting next to you in the office before long.",
    "See you on day one.",
    "I'm sure we'll make a great team.",
    "Any word yet on the role?",
    "Fingers crossed for the offer.",
    "Please keep me in mind for the Paralegal vacancy.",
    "I'd love to hear how my interview went.",
    "Let me know if you need anything else for the hiring process.",
    "Hoping to hear good news from you soon.",
    "Once I'm on board, I'd love to go running with you.",
    "Looking forward to collaborating on the migration next year.",
    "I'll bring my discovery templates on my first morning.",
    "Hope the panel liked me as much as I liked them.",
    "Could you put in a word with Ms Walsh for me?",
    "Keen to know where I stand.",
    "I think I'd be a great addition to your team.",
    "Looking forward to our future together at Summit.",
    "I'm confident I'm the right person for the role.",
    "Hope to be your newest paralegal soon.",
    "Let's grab coffee once I'm settled in.",
    "Thanks for considering me for the team.",
    "I'll be ready to hit the ground running.",
    "Would love an update on the process when you have one.",
    "Hope my references checked out.",
    "Already planning how I'll tackle the backlog in my first quarter.",
    "Hope we'll be colleagues by spring.",
    "Looking forward to the next steps.",
    "I look forward to our first client workshop together.",
    "It's a project I'd love to get going on with you.",
]
MODEST = [
    "Your point about load-file checks has stuck with me.",
    "Here is the Sedona paper you mentioned: https://example.com/sedona",
    "Good luck with the Denver marathon next month.",
    "Would be glad to stay in touch and follow your writing.",
    "Thanks again for your time today.",
    "I'd be glad to share the checklist I use for load files.",
    "Great to compare notes on training for long races.",
    "Your approach to privilege review was fascinating.",
    "Happy to connect and keep learning from your posts.",
    "I'd enjoy hearing how the migration goes.",
    "Wishing the team a smooth cutover next month.",
    "I found an article on review platforms you might like.",
    "The story of your first trial stayed with me.",
    "I started following the blog you recommended.",
    "I'll join the webinar you mentioned on Thursday.",
    "Thank you for walking me through your part in the migration.",
    "It was a pleasure to meet a fellow runner.",
    "Glad to have met you this afternoon.",
    "I hope the vendor demo goes well on Friday.",
    "Your advice on learning Relativity was generous.",
    "Keen to read your next article on discovery costs.",
    "I'd value staying connected here.",
    "Loved hearing about your move from litigation to tech.",
    "Here is the podcast episode on TAR I mentioned.",
    "You made the afternoon a real pleasure.",
    "I've added the book you recommended to my list.",
    "Best of luck with the spring training block.",
    "I hope your talk at the bar association goes well.",
    "It was kind of you to show me around the office.",
    "Following your posts on review analytics with interest.",
    "We sketched the load-file checks together, which I enjoyed.",
]


@pytest.mark.parametrize("sentence", PRESUMING)
def test_c13_a_note_that_presumes_or_talks_about_the_job_is_overconfident(sentence: str) -> None:
    note = f"{WHO} {sentence}"
    found = of_rule(check_text(context("LI"), "", note), "C-13")
    assert codes(found) == {"W-OVERCONFIDENT"}
    assert all(marked(note, f) in sentence for f in found)


@pytest.mark.parametrize("sentence", MODEST)
def test_c13_a_note_about_the_conversation_raises_nothing(sentence: str) -> None:
    assert of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13") == []


OPEN = "Thank you for meeting with me today."
CLOSE = "I look forward to hearing from you."
# Whole thank-you bodies (to John Whitaker, Paralegal at Summit Legal, fit: litigation support) and LinkedIn
# notes, each with the C-02, C-04 or C-13 element it lacks.
GENERIC_THANKS = [
    # C-04: no talking point of his (another interviewer's, a near miss, stock pleasantries)
    "I enjoyed our conversation and learned a lot about the team. The Paralegal role suits my litigation"
    " support background, and I am very interested.",
    "The deposition binders for the Keller trial sounded fascinating. My litigation support work fits the"
    " Paralegal role well, and I am very interested.",
    "It was great to hear about the firm's culture and values. My litigation support experience suits the"
    " Paralegal role, and I remain very interested.",
    "Your platform sounded interesting. As a litigation support specialist I would suit the Paralegal role,"
    " and I am very interested.",
    "Everyone was so welcoming and the office is lovely. My litigation support years fit the Paralegal"
    " role, and I am very interested.",
    # C-02: neither role nor company named
    "I enjoyed hearing about the e-discovery platform migration. My litigation support background would"
    " help, and I am very interested.",
    "Comparing notes on the Denver marathon was a treat. I believe my litigation support experience fits,"
    " and I am very interested.",
    "The e-discovery platform migration sounds like a big job. I would love to help with it, and I am very"
    " interested in the opportunity.",
    # C-02: the role named, no word of fit
    "The e-discovery platform migration sounds like a big project. The Paralegal role at Summit Legal is"
    " appealing, and I am very interested.",
    "I enjoyed hearing about the e-discovery platform migration. Summit Legal seems a great place, and I am"
    " very interested in the Paralegal role.",
]
GENERIC_NOTES = [
    # C-13: who is writing, or the conversation, missing
    "Great to meet you today. The e-discovery platform migration sounds like a fascinating project.",
    "Thanks for your time this afternoon; I'd be glad to connect.",
    "Alex Morgan here, happy to connect after today.",
    "Lovely to meet you. Your talk on the e-discovery platform migration stayed with me.",
    "I interviewed today and would be glad to stay in touch.",
]
GOOD_THANKS = [
    "The e-discovery platform migration you described is the kind of project my litigation support work"
    " prepared me for, and I am very interested in the Paralegal role.",
    "I enjoyed comparing notes on the Denver marathon. My litigation support background fits the"
    " Paralegal role well, and I am very interested.",
    "Your plans for the review platform migration sound ambitious. My litigation support years would help"
    " Summit Legal there, and I am very interested.",
    "Hearing that we both ran the Denver marathon made me smile. I am very interested in the Paralegal"
    " role, where my litigation support experience would help.",
    "The e-discovery platform migration is exactly where my litigation support skills would help Summit"
    " Legal, and I remain very interested.",
    "Your account of the migration to a new e-discovery platform stayed with me. As a litigation support"
    " specialist, I am very interested in the Paralegal role.",
    "I was glad to learn more about the e-discovery platform migration. My litigation support experience"
    " matches what Summit Legal needs, and I am very interested.",
    "Congratulations again on the Denver marathon. My litigation support work suits the Paralegal role,"
    " and I am very interested.",
    "The platform migration for e-discovery sounds like a great challenge. I am very interested in the"
    " Paralegal role and its litigation support work.",
    "Our talk about the e-discovery platform migration confirmed my interest: my litigation support"
    " background fits the Paralegal role, and I am very interested.",
]
GOOD_NOTES = [
    "Alex Morgan here; I enjoyed our talk on the e-discovery platform migration today.",
    "I interviewed today and enjoyed hearing about the e-discovery platform migration.",
    "Alex here, from this morning. Good luck with the e-discovery platform migration.",
    "Great to meet you when I interviewed today; we both ran the Denver marathon, it turns out.",
    "Alex Morgan, who interviewed this afternoon: here's an article on e-discovery platform migration.",
]


@pytest.mark.parametrize("body", GENERIC_THANKS)
def test_c02_c04_a_thank_you_without_its_recipient_or_its_pitch_is_generic(body: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{OPEN} {body}", CLOSE)
    assert "W-GENERIC" in codes(check_text(context(), SUBJECT, text))


@pytest.mark.parametrize("note", GENERIC_NOTES)
def test_c13_a_note_without_who_or_what_was_said_is_generic(note: str) -> None:
    assert codes(of_rule(check_text(context("LI"), "", note), "C-13")) == {"W-GENERIC"}


@pytest.mark.parametrize("body", GOOD_THANKS)
def test_c02_c04_a_personal_pitched_thank_you_is_not_generic(body: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{OPEN} {body}", CLOSE)
    assert "W-GENERIC" not in codes(check_text(context(), SUBJECT, text))


@pytest.mark.parametrize("note", GOOD_NOTES)
def test_c13_a_note_with_who_and_what_was_said_is_not_generic(note: str) -> None:
    assert of_rule(check_text(context("LI"), "", note), "C-13") == []


def test_c13_c02_c04_tables_hold_thirty_and_fifteen_of_each() -> None:
    assert len(PRESUMING) >= 30 and len(MODEST) >= 30
    assert len(GENERIC_THANKS) + len(GENERIC_NOTES) >= 15 and len(GOOD_THANKS) + len(GOOD_NOTES) >= 15


# --- round five: C-13 from its features (a shared future, the outcome hoped for or judged, the candidate as
# the one they want), in sentences written for it; the modest ones talk about the conversation.
ROUND_FIVE_PRESUMING = [
    "Already planning what I'll bring to my first team meeting.",
    "Looking forward to calling you my manager.",
    "I'm counting down the days until I can start.",
    "Can't wait to meet the rest of my future team.",
    "I think I nailed the interview!",
    "Excited to be joining you soon!",
    "Hope to see you on the team in January.",
    "Looking forward to my first week with you all.",
    "It was great to meet you, and I'm already looking forward to working on the rollout with your team.",
    "Really hoping to join the team soon!",
    "Looking forward to our first project together.",
    "I'll be a great addition, I promise.",
    "Any chance you could tell me how I did?",
    "Can't wait to hear the good news.",
    "Once I'm in post, let's grab a coffee.",
    "I can't wait to sit down with the team on day one.",
    "Looking forward to being your newest analyst.",
    "I hope the panel chooses me.",
    "Once I'm on board, I'd love to rework the onboarding flow.",
    "Fingers crossed I get the job!",
    "Excited to start working alongside you next month.",
    "Any word on the decision yet?",
    "I'm sure we'll work brilliantly together.",
    "Hope I made the shortlist.",
    "When I start, I'll bring my own templates.",
    "I'd love to hear how my interview went.",
    "Please keep me in mind for the role.",
    "See you at the team offsite once I join.",
    "I think I'd be the perfect fit for the team.",
    "Let me know if there's any news on the position.",
    "I'm already picturing our Monday stand-ups together.",
    "Hope to be your colleague soon!",
    "Any update on my application?",
    "I think the interview went really well, fingers crossed.",
    "Can't wait to get started on the rollout with you.",
    "Once I'm part of the team, I'd love to help with the audit.",
    "Let me know when you've decided.",
    "I'm confident I'm the candidate you're looking for.",
    "Would you put in a good word for me with the panel?",
    "See you on my first day!",
]
ROUND_FIVE_MODEST = [
    "Already planning to attend your webinar next month.",
    "Looking forward to reading your team's blog.",
    "Counting down the days until your book comes out.",
    "Can't wait to read the article you mentioned.",
    "I think the interview format was very fair.",
    "Excited to read your paper on flood risk.",
    "Hope to see you at the meetup in January.",
    "Looking forward to your next post.",
    "It was great to meet you, and I'm already looking forward to reading the report you mentioned.",
    "Enjoyed hearing about the river survey.",
    "Your question about edge cases made me think.",
    "Thanks for the walk around the studio.",
    "Great to meet you today.",
    "Your talk on data ethics was great.",
    "I hope the conference goes well.",
    "I enjoyed your story about the harbour survey.",
    "Thanks again for explaining how the team reviews drafts.",
    "Your point about plain language stayed with me.",
    "I'd be glad to stay in touch.",
    "I read your piece on community archives afterwards.",
    "Good luck with the conference next week.",
    "The diagram you sketched was really clear.",
    "I liked hearing how you started in the field.",
    "Your advice on mentoring was generous.",
    "I hope the launch goes smoothly.",
    "It was good to compare notes on survey design.",
    "Thanks for the reading list.",
    "I appreciated the tour of the lab.",
    "Your team's podcast is now on my list.",
    "It was a pleasure to talk about accessible maps.",
    "Enjoyed swapping notes on survey weighting.",
    "Your talk on open data was a highlight of my week.",
    "Thanks for the tip about the R package.",
    "I liked your point about writing for busy readers.",
    "Good luck with the move to the new office.",
    "Happy to stay in touch.",
    "It was great hearing about your path into research.",
    "Your advice on portfolios was really useful.",
    "I'll read the report you mentioned.",
    "The map demo was excellent.",
]


@pytest.mark.parametrize("sentence", ROUND_FIVE_PRESUMING)
def test_c13_round_five_presumption_is_found_in_new_words(sentence: str) -> None:
    found = of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13")
    assert "W-OVERCONFIDENT" in codes(found)


@pytest.mark.parametrize("sentence", ROUND_FIVE_MODEST)
def test_c13_round_five_modest_notes_raise_nothing(sentence: str) -> None:
    assert of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13") == []


def test_c13_round_five_tables_hold_fifteen_of_each() -> None:
    assert len(ROUND_FIVE_PRESUMING) >= 15 and len(ROUND_FIVE_MODEST) >= 15


ROUND_SIX_PRESUMING = [
    "I hope we'll be reviewing cases side by side soon.",
    "I look forward to being on your team soon.",
    "Can't wait to be part of the crew in the spring.",
]
ROUND_SIX_MODEST = [
    "I hope your team's launch goes well.",
    "It was good to see the teams working side by side in the lab.",
    "Thanks for telling me about being on the team that built it.",
]


@pytest.mark.parametrize("sentence", ROUND_SIX_PRESUMING)
def test_c13_round_six_a_shared_future_is_presumed(sentence: str) -> None:
    assert "W-OVERCONFIDENT" in codes(of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13"))


@pytest.mark.parametrize("sentence", ROUND_SIX_MODEST)
def test_c13_round_six_their_story_is_not_presumption(sentence: str) -> None:
    assert of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13") == []
