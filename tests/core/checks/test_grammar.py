"""C-11's grammar pass (core/checks/grammar.py): one table of faulty sentences per kind, each naming the
words it must point at, the kind and the suggestion, and one table of good sentences that must pass.

The good sentences are the traps of each pattern: questions and modals ("Does he have"), subjunctives
("suggested she apply"), objects ("saw it happen", "the notes I sent you are"), British collective
nouns ("the team were"), possessive "her" ("Dana and her team"), departments ("Sales and Marketing is"),
roman numerals ("Phase I is"), letters ("Plan A"), and a/an words said against their spelling.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.grammar import indefinite_article
from followup.core.drafts import FINDING_KINDS
from followup.core.model import Person, Role
from tests.core.checks.world import SUBJECT, context, letter, marked, summit

OPENING = "Thank you for meeting with me today about the Paralegal role."
CLOSE = "I am very interested and look forward to hearing from you."

FAULTS = [
    # agreement
    ("I has four years of litigation support.", "I has", "agreement", "I have"),
    ("I is glad we met.", "I is", "agreement", "I am"),
    ("I wants to help with the migration.", "I wants", "agreement", "I want"),
    ("Since then I are more interested than ever.", "I are", "agreement", "I am"),
    ("He have a clear plan for the migration.", "He have", "agreement", "He has"),
    ("I think she want someone who can start soon.", "she want", "agreement", "she wants"),
    ("He don't need to reply.", "He don't", "agreement", "He doesn't"),
    ("The tools were new, but it have worked well.", "it have", "agreement", "it has"),
    ("They was very welcoming.", "They was", "agreement", "They were"),
    ("We was talking about the Keller trial.", "We was", "agreement", "We were"),
    ("They has a strong team.", "They has", "agreement", "They have"),
    ("You was right about the binders.", "You was", "agreement", "You were"),
    ("Priya have been so helpful.", "Priya have", "agreement", "Priya has"),
    ("Mr. Whitaker were generous with his time.", "Mr. Whitaker were", "agreement", "Mr. Whitaker was"),
    ("Everyone were very welcoming.", "Everyone were", "agreement", "Everyone was"),
    ("These is the notes I mentioned.", "These is", "agreement", "These are"),
    ("My experience with denied claims make me a good fit.", "make", "agreement", "makes"),
    ("Everyone on the panel were generous with their time.", "were", "agreement", "was"),
    ("This role combine the two things I enjoy most.", "combine", "agreement", "combines"),
    ("I were very glad to meet the team.", "I were", "agreement", "I was"),
    ("Your approach to audits match my own.", "match", "agreement", "matches"),
    ("The skills I built at the agency transfers well.", "transfers", "agreement", "transfer"),
    ("The interview were a real pleasure.", "were", "agreement", "was"),
    ("The role remain my first choice.", "remain", "agreement", "remains"),
    ("Your notes on the Keller trial was very helpful.", "was", "agreement", "were"),
    ("The binders you showed me was impressive.", "was", "agreement", "were"),
    ("It is a problem that need careful work.", "need", "agreement", "needs"),
    ("Your one-page decision notes sounds like a habit I would keep.", "sounds", "agreement", "sound"),
    ("Two other firms has asked about my availability.", "has", "agreement", "have"),
    # compound subjects
    ("Priya and me discussed the deposition binders.", "me", "compound-subject", "I"),
    ("Priya and him agreed on the schedule.", "him", "compound-subject", "he"),
    ("Me and Priya talked about the Keller trial.", "Me", "compound-subject", "I"),
    ("Myself and Priya compared notes.", "Myself", "compound-subject", "I"),
    ("Me and the team at my agency did the same migration.", "Me", "compound-subject", "I"),
    ("My partner and I is moving to Boston.", "is", "compound-subject", "are"),
    ("Ms Walsh and you was both generous.", "was", "compound-subject", "were"),
    ("You and me talked about the binders.", "me", "compound-subject", "I"),
    ("Priya and yourself showed me the binders.", "yourself", "compound-subject", "you"),
    ("Her and Mr. Whitaker have been kind.", "Her", "compound-subject", "She"),
    ("My partner and me have moved to Denver.", "me", "compound-subject", "I"),
    ("Mr. Whitaker and Priya Nair was generous.", "was", "compound-subject", "were"),
    ("Priya and John was both generous with their time.", "was", "compound-subject", "were"),
    ("Priya and I was glad to compare notes.", "was", "compound-subject", "were"),
    ("Thank you for the time you spent with Priya and I.", "I", "compound-subject", "me"),
    ("My study partner and me passed the exam together.", "me", "compound-subject", "I"),
    ("Our old team lead and him rebuilt the schedule.", "him", "compound-subject", "he"),
    # their / there / they're
    ("Their is a lot I could bring to the team.", "Their", "their-there", "There"),
    ("I hope their will be time to talk again.", "their", "their-there", "there"),
    ("Their going to migrate the platform next year.", "Their", "their-there", "They're"),
    ("I enjoyed meeting the partners there own way.", "there", "their-there", "their"),
    ("It was clear how much they care about there clients.", "there", "their-there", "their"),
    ("They're team clearly values careful work.", "They're", "their-there", "Their"),
    ("I would be glad to work their.", "their", "their-there", "there"),
    ("Your analysts want to replace there hand-built charts.", "there", "their-there", "their"),
    ("I enjoyed meeting there team last week.", "there", "their-there", "their"),
    ("It was good to hear how the volunteers spent there weekends.", "there", "their-there", "their"),
    ("The volunteers who give there time impressed me.", "there", "their-there", "their"),
    (
        "I heard how your analysts moved there weekly reports to one dashboard.",
        "there",
        "their-there",
        "their",
    ),
    ("The team were welcoming, and I think there keen to move quickly.", "there", "their-there", "they're"),
    ("Please thank your team for they're questions.", "they're", "their-there", "their"),
    # their / there / they're decided by the word after
    ("I admired they're patience with the old archive.", "they're", "their-there", "their"),
    ("They're clients are mostly small charities.", "They're", "their-there", "Their"),
    ("Their looking for someone who enjoys audits.", "Their", "their-there", "They're"),
    ("I gather their based in the Leeds office.", "their", "their-there", "they're"),
    ("Their not in a hurry, which I respect.", "Their", "their-there", "They're"),
    ("I think their keen to finish before spring.", "their", "their-there", "they're"),
    ("There volunteers run the whole box office.", "There", "their-there", "Their"),
    ("Old files are tricky because there easily lost in transit.", "there", "their-there", "they're"),
    ("New starters learn they're way around the system quickly.", "they're", "their-there", "their"),
    ("I liked seeing how the clerks organise there binders.", "there", "their-there", "their"),
    ("The charity knows it's purpose, and it shows.", "it's", "its-its", "its"),
    # its / it's
    ("Its a role I would be glad to take on.", "Its", "its-its", "It's"),
    ("I know its been a busy week.", "its", "its-its", "it's"),
    ("The firm has it's own training program.", "it's", "its-its", "its"),
    ("I admire the firm and it's team.", "it's", "its-its", "its"),
    ("Its important that the index stays clean.", "Its", "its-its", "It's"),
    ("If its possible, I would like to hear from you first.", "its", "its-its", "it's"),
    ("It is a puzzle, and its one I would love to follow.", "its", "its-its", "it's"),
    ("I admired the firm and it's work on damp homes.", "it's", "its-its", "its"),
    ("You spoke about it's winter workshops.", "it's", "its-its", "its"),
    ("Members should be able to follow it's reasoning.", "it's", "its-its", "its"),
    ("I look forward to it's launch in the spring.", "it's", "its-its", "its"),
    ("The firm is proud, and it's growth has been steady.", "it's", "its-its", "its"),
    # its / it's decided by the word after: a noun after "it's", a complement after "its"
    ("The studio listens closely to it's users.", "it's", "its-its", "its"),
    ("I admired it's commitment to plain language.", "it's", "its-its", "its"),
    ("The firm shares it's dashboards with every client.", "it's", "its-its", "its"),
    ("The charity is known for it's care with donors.", "it's", "its-its", "its"),
    ("Its about making the numbers useful to people.", "Its", "its-its", "It's"),
    ("Its based on weekly surveys of members.", "Its", "its-its", "It's"),
    ("I think its looking like a strong quarter.", "its", "its-its", "it's"),
    ("Its exactly the kind of puzzle I enjoy.", "Its", "its-its", "It's"),
    ("Its thoughtful of you to share the deck.", "Its", "its-its", "It's"),
    ("I hope its for the wider team too.", "its", "its-its", "it's"),
    # look forward to + a bare verb
    ("I look forward to hear from you.", "hear", "look-forward", "hearing"),
    ("I am looking forward to meet the team again.", "meet", "look-forward", "meeting"),
    ("I look forward to further discuss the role.", "discuss", "look-forward", "discussing"),
    ("I look forward to get started.", "get", "look-forward", "getting"),
    ("I look forward to put it to use.", "put", "look-forward", "putting"),
    ("I am looking forward to read the details.", "read", "look-forward", "reading"),
    ("I look forward to assist you with the audit.", "assist", "look-forward", "assisting"),
    ("I look forward to review the files with you.", "review", "look-forward", "reviewing"),
    ("I look forward to cross paths again.", "cross", "look-forward", "crossing"),
    # a / an
    ("It was an unique chance to see the office.", "an", "a-an", "a"),
    ("I spent a hour with the team.", "a", "a-an", "an"),
    ("I have a eye for detail.", "a", "a-an", "an"),
    ("It is an useful tool.", "an", "a-an", "a"),
    ("It was a honest conversation.", "a", "a-an", "an"),
    ("It is an big step.", "an", "a-an", "a"),
    ("I built a API for the review team.", "a", "a-an", "an"),
    ("We used an KPI dashboard.", "an", "a-an", "a"),
    ("I hold a MBA from a state school.", "a", "a-an", "an"),
    ("I drafted a NDA for the vendor.", "a", "a-an", "an"),
    ("A e-discovery audit takes time.", "A", "a-an", "An"),
    # repeated words
    ("I enjoyed the the tour of the office.", "the", "repeated-word", "Delete the second one."),
    ("Thank you for for your time.", "for", "repeated-word", "Delete the second one."),
    ("Is is there anything I could do better?", "is", "repeated-word", "Delete the second one."),
    ("It was a a pleasure.", "a", "repeated-word", "Delete the second one."),
]

GOOD = [
    "The team were very welcoming.",  # British collective noun
    "Does he have time for a short call next week?",
    "Would she have a moment to look at the binders?",
    "Mr. Whitaker suggested she apply for the senior role.",
    "It would help him and me to compare notes.",
    "I watched it happen during the review.",
    "I saw it work on the Keller trial.",
    "The notes I sent you are attached.",
    "The sample I promised you is below.",
    "Priya and her team were generous with their time.",
    "Priya and I are both keen on clean deposition binders.",
    "Sales and Marketing is growing fast.",
    "Research and Development has a new lead.",
    "Phase I is almost complete.",
    "Plan A is to finish the migration by spring.",
    "There is a lot I could bring to the team.",
    "Is there time for a short call?",
    "Was there data on the migration?",
    "They're keen to finish the migration.",
    "They're team players, which I value.",
    "Their team clearly values careful work.",
    "I know it's been a busy week.",
    "I worked there for two years and lived there happily.",
    "I liked working there most of all.",
    "I enjoyed being there, and I would love to go back.",
    "It's what is needed now.",
    "It's been a pleasure, and it's not often I say that.",
    "We met there weekly to review the files.",
    "I heard there were changes coming.",
    "The staff there seem happy.",
    "I was there last week.",
    "I think there is a lot to do.",
    "Its possible uses are many.",
    "I think it's clear that the firm cares.",
    "I look forward to lunch with the team.",
    "The firm and its partners were welcoming.",
    "Its own training program impressed me.",
    "I look forward to hearing from you.",
    "I look forward to the next steps.",
    "I look forward to working with the litigation team.",
    "I look forward to your decision in February.",
    "It was a unique chance to see the office.",
    "I spent an hour with the team.",
    "It was an honest conversation.",
    "It was a one-time review of the files.",
    "We used a Unix server for the archive.",
    "It was an uninterrupted afternoon of questions.",
    "I have an MBA and led an SQL training.",
    "We set a SMART goal and ran a SWOT analysis.",
    "Did Priya have time to review the binders?",
    "Priya and John have both been kind.",
    "Let everyone have a say.",
    "Does anyone have questions about the sample?",
    "It's team members like Priya who make the difference.",
    "They each have a role in the review.",
    "The team were welcoming, and the firm are clearly growing.",
    "The speed of the migrations is impressive.",
    "A number of paralegals are involved in the review.",
    "The notes she has are thorough.",
    "The pipes laid in the 1970s that fail after heavy rain are a hard problem.",
    "Your work on the migration after the rail strikes fits my experience.",
    "The survey and your plan for a reproducible process are exactly my work.",
    "The certificate cover was torn.",
    "The data show a clear trend.",
    "The process seems sound.",
    "Analytics is the part I enjoy most.",
    "Our clients need clear reports.",
    "Priya and her team were generous with their time.",
    "Sales and Marketing is growing fast.",
    "The tools that help most are simple.",
    "My experience of documenting models would help your team.",
    "Your account of the model made the role feel concrete.",
    "Time is short, so a quick answer would help me.",
    "If I were in your place, I would do the same.",
    "I wish I were able to stay longer.",
    "I was a UX researcher before law school.",
    "I am a European citizen.",
    "A user guide would help new staff.",
    "An e-discovery audit takes time.",
    "An HR partner joined us.",
    "A historic case file came up, and an historic one too.",
    "We met at 10 a.m. on Wednesday.",
    "I had had a long week before the interview.",
    "I said that that was my favourite part.",
    "It was very, very kind of you.",
    "If I were in your place, I would ask the same.",
    "When he has time, I would value his view.",
    "I hope he has a good week.",
    # its / their: possessives before what they own, contractions before a complement
    "Its training for new hires impressed me.",
    "Its growing team needs another analyst.",
    "Its newly opened office is lovely.",
    "Its stated goal is to cut churn by a third.",
    "Its ability to ship quickly impressed me.",
    "It's work I enjoy, and it's people who make it.",
    "It's early days, but I'm hopeful.",
    "It's thanks to your team that I applied.",
    "It's years since I enjoyed an interview so much.",
    "It's time to move the reports online.",
    "It's data that decides the roadmap there.",
    "It's customers who notice the difference first.",
    "It's part of what drew me to the role.",
    "Their hiring process was clear and kind.",
    "Their planning meetings sound useful.",
    "Their shared dashboard is a good idea.",
    "Their working hours suit me well.",
    "Their right to reply matters.",
    "They're experts in attribution.",
    "They're part of the data team.",
    "They're people I would enjoy working with.",
    "They're committed to testing every release.",
    "There are engineers who test every release.",
    "I worked there years ago.",
    "There, engineers test every release by hand.",
    "Their very own dashboard is impressive.",
    "The model improved its ranking of the riskiest mains.",
    "I liked their thinking on churn.",
    "Thank you from my partner and me.",
    "I look forward to input from you on the draft.",
    "I look forward to lunch with you and the team.",
    "It was this month that decisions were made.",
    "Our talk about how the binders are filed was useful.",
    "The volunteers who run the office do a lot.",
    "The clerks there organise everything.",
    "It is busy because there are so many files.",
    "I was there, and it was clearly organised.",
]


def _check(sentence: str) -> tuple[str, list[tuple[str, str, str]]]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    found = [f for f in check_text(context(), SUBJECT, text) if f.code == "W-PROOF"]
    return text, [(marked(text, f), f.kind, f.suggestion) for f in found]


@pytest.mark.parametrize(("sentence", "target", "kind", "suggestion"), FAULTS)
def test_c11_each_grammar_fault_is_pointed_at_with_its_kind(
    sentence: str, target: str, kind: str, suggestion: str
) -> None:
    _, found = _check(sentence)
    assert found == [(target, kind, suggestion)]


@pytest.mark.parametrize("sentence", GOOD)
def test_c11_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _check(sentence)[1] == []


def test_c11_every_grammar_kind_has_a_fault_in_the_table() -> None:
    grammar = {"agreement", "compound-subject", "their-there", "its-its", "look-forward", "a-an"}
    assert grammar | {"repeated-word"} == {kind for _, _, kind, _ in FAULTS}
    assert grammar <= set(FINDING_KINDS["W-PROOF"])


def test_c11_two_capitalised_words_that_are_not_our_people_are_left_alone() -> None:
    """ "Summit and Harbor was..." could be two firms treated as one: only recorded people are judged."""
    assert _check("Westlaw and Relativity was the pair we used.")[1] == []
    luis = Person(id="luis", first="Luis", last="Ortega", role=Role.INTERVIEWER, email="l@summit.example")
    app = summit(people=(*summit().people, luis))
    text = letter("Dear Mr. Whitaker,", f"{OPENING} Priya and Luis was kind. {CLOSE}")
    found = [f for f in check_text(context(application=app), SUBJECT, text) if f.code == "W-PROOF"]
    assert [(marked(text, f), f.kind) for f in found] == [("was", "compound-subject")]


def test_c11_a_fault_in_a_question_or_after_a_comma_is_found_too() -> None:
    assert _check("Thank you, and they was kind.")[1] == [("they was", "agreement", "they were")]
    assert _check("As we discussed, you was right.")[1] == [("you was", "agreement", "you were")]


@pytest.mark.parametrize(
    ("title", "article"),
    [
        ("Underwriting Manager", "an"),
        ("University Liaison", "a"),
        ("MBA Advisor", "an"),
        ("HR Partner", "an"),
        ("Editor", "an"),
        ("Senior Analyst", "a"),
        ("One-person team lead", "a"),
        ("Hourly Supervisor", "an"),
    ],
)
def test_c11_the_article_the_composer_writes_is_the_one_the_checker_expects(title: str, article: str) -> None:
    assert indefinite_article(title) == article
    assert _check(f"I met {article} {title} yesterday.")[1] == []
