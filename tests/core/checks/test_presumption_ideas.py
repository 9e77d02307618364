"""C-13 (W-OVERCONFIDENT): the ideas of presuming, in wordings of our own rather than the corpus's.

Each idea a LinkedIn note can presume the outcome by (the candidate already in the role, life arranged around
starting, colleagues assumed, the decision taken as made, thanks for a job not offered, questions about
onboarding, first instructions asked for) must be found in words nobody trained or tuned on; and a warm note
that looks ahead without presuming must stay clean.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.presumption_model import facets, note_features, pictures_no_future
from tests.core.checks.world import SUBJECT, context

WHO = "Hi John, Alex Morgan here from today's interview about e-discovery."

PRESUMING = [
    # already in the role: plans for a stretch of the job counted from its start
    "My plan for the first sixty days is to clear the e-discovery backlog you mentioned.",
    "I'll have the e-discovery backlog cleared for you by Christmas.",
    # life arranged around starting
    "I've arranged a week off between jobs, then the e-discovery backlog gets all my time.",
    "I've told the agency I'm off the market, so the e-discovery backlog can expect me.",
    "I've handed my landlord my notice and I'm moving closer to Summit in June.",
    # colleagues assumed
    "As your incoming paralegal, I'll keep the e-discovery backlog moving.",
    "We'll be the two newest people on the litigation floor this spring.",
    # the decision taken as made
    "I think we both know how this ends, so let's talk e-discovery.",
    "Feel free to call off the remaining interviews.",
    "I gather I've been selected, so thank you.",
    "Summit Legal has found its next paralegal, I'd say.",
    # thanks for a job not offered
    "Thank you for trusting me with the e-discovery migration.",
    "Thanks for the warm welcome into your litigation team.",
    # onboarding, access and training; first instructions
    "Will I get system access before my first week, or on the day itself?",
    "Which training sessions should I book before my induction?",
    "What would you like me to tackle first once I'm at Summit?",
    # the hire's terms taken as settled
    "The salary we touched on works for me, so let's get going.",
    "Could you sign me up for the on-call rota for the e-discovery platform?",
    "Please post the contract to my home address when it's ready.",
    "My arrival in the spring will free you up for the migration.",
    # the reader asked to speak for the candidate to whoever decides
    "Could you vouch for me when the partners meet?",
    "A kind word from you to Ms Reyes about me would mean a lot.",
    # the candidate's prospect dated and done for the reader
    "I'm itching to take the e-discovery backlog off your hands for you from October.",
    # a second set, written after the first was passing
    "I've started reading up on your case management system so I'm useful from week one.",
    "Do paralegals at Summit get their own office, or is it open plan?",
    "I've already bought a season ticket for the commute to your office.",
    "I'm cancelling my other interviews, so it's Summit or nothing.",
    "I've found a flat a short walk from Summit Legal.",
    "Ms Reyes clearly liked me, so I think I'm in.",
    "Could you send my login details ahead of time so I can explore the document system?",
    # a third set, written after the second was passing
    "My partner is already job-hunting in Denver so we can move for Summit.",
    "I reckon the partners have made up their minds, and I'm grateful.",
    "Expect a flood of ideas from me on the review workflow in my opening weeks.",
    "Let me know what reading to do before Day 1.",
    "Our weekly one-to-ones could start the week I arrive.",
    "I've already told my recruiter to stop sending me roles.",
    "Shall I bring my own laptop in, or will IT set one up for me?",
    "When does Summit usually run payroll? I'd like to plan my rent.",
]

MODEST = [
    "If I'm lucky enough to join Summit, I'd love to work on the migration; either way, thank you.",
    "Whatever the outcome, I'll follow how the e-discovery migration goes.",
    "I'd love the chance to hear more about the migration some time.",
    "I'll send you the article on e-discovery audits I mentioned.",
    "I hope we'll speak again soon.",
    "I'm very interested in the role and enjoyed our talk.",
    "My team at the agency tried a similar migration last year; happy to share notes.",
    "Good luck with the migration this winter; I'd be glad to connect.",
    "I'm studying for a records management certificate this spring, and your talk helped.",
    "Counting down the days until your e-discovery paper is out.",
    "Best of luck to your cycling club in the autumn race series.",
    "I'm heading to a records conference on Friday and will think of your migration.",
    "I'm running a records workshop for my team next month, and your ideas will feature.",
    "It would be a privilege to work on problems like the migration one day.",
    "I'll share the checklist we built at my old job on Monday.",
    "I'm off on holiday next week but will read your article when I'm back.",
    "If our paths cross at the legal tech meetup, the coffee is on me.",
    "I'll be at the legal tech meetup next month if you're going.",
    "Fingers crossed for your team's cut-over this spring.",
    "Regardless of how things turn out, I'm glad we met.",
    "My current role involves a lot of document review, so your points landed.",
]


def overconfident(sentence: str) -> list[str]:
    found = check_text(context("LI"), SUBJECT, f"{WHO} {sentence}")
    return [f.rule for f in found if f.code == "W-OVERCONFIDENT"]


@pytest.mark.parametrize("sentence", PRESUMING)
def test_c13_a_note_presuming_the_outcome_in_new_words_is_w_overconfident(sentence: str) -> None:
    assert set(overconfident(sentence)) == {"C-13"}


@pytest.mark.parametrize("sentence", MODEST)
def test_c13_a_warm_note_looking_ahead_without_presuming_raises_nothing(sentence: str) -> None:
    assert overconfident(sentence) == []


def test_c13_the_employer_named_in_a_note_is_read_as_the_employer() -> None:
    assert "at zorg" in note_features("I'll be at Summit by June.", company="Summit Legal")
    assert "at zorg" in note_features("I'll be at Summit Legal by June.", company="Summit Legal")
    assert facets("See you at Summit next spring.", company="Summit Legal") == ["future", "org"]
    assert facets("See you at Summit next spring.") == ["future"]


def test_c13_a_stretch_of_the_job_counted_from_its_start_is_one_idea_whatever_its_words() -> None:
    assert "first zperiod" in note_features("My first ninety days will be busy.")
    assert "first zperiod" in note_features("I'll plan my second week around it.")
    assert facets("Which training sessions will I need before my induction?") == [
        "i",
        "future",
        "ask",
        "start",
    ]


def test_c13_a_prospect_hedged_as_a_hope_or_only_a_courtesy_pictures_no_future() -> None:
    assert pictures_no_future("If I'm fortunate enough to be offered it, I'll start on the backlog.")
    assert pictures_no_future("Whether or not I'm part of it, I'll be cheering the migration on.")
    assert pictures_no_future("I'll send you the audit checklist I mentioned.")
    assert pictures_no_future("I hope we'll talk again.")
    assert not pictures_no_future("I'll clear the backlog for you next month.")
    assert not pictures_no_future("We'll share a desk from Monday.")
    assert pictures_no_future("Enjoy the regatta next summer.")
    assert not pictures_no_future("Enjoy the regatta; I'll crew for the firm's boat next summer.")
