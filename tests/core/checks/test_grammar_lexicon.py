"""C-11's grammar on words outside the checker's own lists: the broad lexicon (``data/parts_of_speech.txt``,
from LemmInflect: ``scripts/gen_lexicon.py``) and the tagger's structural rules that use it.

The sentences are our own, written for these tests in trades and places the corpus does not visit (kilns,
orchards, wards, depots, greenhouses), so that a rule tuned on the corpus's wording has to generalise to pass.
"""

from __future__ import annotations

import pytest

from followup.core.checks.lexicon import tags_of
from followup.core.checks.tagger import tag
from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("word", "tags"),
    [
        ("rewrote", {"VBD"}),
        ("kiln", {"NN", "VB"}),
        ("curators", {"NNS"}),
        ("handover", {"NN"}),
        ("ignore", {"VB"}),
        ("circumstances", {"NNC"}),
    ],
)
def test_c11_a_word_outside_our_lists_takes_its_parts_of_speech_from_the_broad_lexicon(
    word: str, tags: set[str]
) -> None:
    assert tags_of(word) == tags


def test_c11_a_word_no_lexicon_knows_is_still_read_by_its_shape() -> None:
    assert tags_of("flurbishment") == {"NN"}
    assert tags_of("zorply") == {"ADV"}


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The inspection reports from the harbour site was thorough.", "reports", "NNS"),
        ("Kiln repairs on that scale takes a week.", "repairs", "NNS"),
        ("Where is the floor plans kept?", "plans", "NNS"),
        ("The manager reports to the board.", "reports", "VBZ"),
        ("If anything further would be useful, I can send it.", "further", "ADJ"),
        ("I worked with denied claims for a year.", "denied", "VBN"),
    ],
)
def test_c11_the_tagger_reads_a_compound_head_a_participle_and_a_modifier_by_the_clause_around_them(
    sentence: str, word: str, expected: str
) -> None:
    assert {w.low: w.tag for w in tag(sentence, 0, len(sentence))}[word] == expected


FAULTS: list[tuple[str, str, str]] = [
    ("The spreadsheets your logistics group maintains was easy to follow.", "was", "agreement"),
    ("The inspection reports from the harbour site was thorough.", "was", "agreement"),
    ("Your plans for the greenhouse extension sounds ambitious.", "sounds", "agreement"),
    ("The renovation of the two wards were finished early.", "were", "agreement"),
    ("The auditor who reviewed our ledgers were very patient.", "were", "agreement"),
    ("Each of the volunteers bring something different.", "bring", "agreement"),
    ("One of the reasons I applied are the mentoring scheme.", "are", "agreement"),
    ("The questions about the tenancy backlog was the best part of the afternoon.", "was", "agreement"),
    ("There is several grant deadlines coming up this spring.", "is", "agreement"),
    ("Has the new architects started yet?", "Has", "agreement"),
    ("The blueprint you sketched on the whiteboard were clever.", "were", "agreement"),
    ("My years at the hospice has taught me patience.", "has", "agreement"),
    ("The nurses on the night rota works hard.", "works", "agreement"),
    ("Everybody in the warehouse were friendly.", "were", "agreement"),
    ("The timetables the tutors rewrote last term is much clearer.", "is", "agreement"),
    ("The cost of the repairs were lower than expected.", "were", "agreement"),
    ("Our conversation about the orchard cooperatives remind me of my first job.", "remind", "agreement"),
    ("The greenhouse trials you described sounds promising.", "sounds", "agreement"),
    ("The list of curators were long.", "were", "agreement"),
    ("Do the surveyor need the drawings?", "Do", "agreement"),
    ("The tenants' association meet every month.", "meet", "agreement"),
    ("His sketches of the bridge was remarkable.", "was", "agreement"),
    ("The pharmacist I shadowed in Leeds were generous with her time.", "were", "agreement"),
    ("Neither the brochures nor the website mention the apprenticeship.", "mention", "agreement"),
    ("The surveyor and me walked the whole site.", "me", "compound-subject"),
    ("Him and the foreman showed me the scaffolding.", "Him", "compound-subject"),
    ("Thank you for giving my colleague and I the tour.", "I", "compound-subject"),
    ("The curator and myself compared the archive notes.", "myself", "compound-subject"),
    ("The greenhouse manager and the botanist was both helpful.", "was", "compound-subject"),
    ("It meant a great deal to my sister and I.", "I", "compound-subject"),
    ("Her and I spent the afternoon on the ledger.", "Her", "compound-subject"),
    ("My tutor and me rewrote the timetable.", "me", "compound-subject"),
    ("Us and the other apprentices met the foreman.", "Us", "compound-subject"),
    ("The audit lead and him explained the ledger.", "him", "compound-subject"),
    ("The foreman and the architect walks the site every day.", "walks", "compound-subject"),
    ("Please pass my thanks to Mrs Okafor and yourself.", "yourself", "compound-subject"),
    ("Between you and I, the orchard tour was my favourite part.", "I", "compound-subject"),
    ("The hospice and it's volunteers impressed me.", "it's", "its-its"),
    ("I admired how the co-op runs it's orchards.", "it's", "its-its"),
    ("Its clear that the wards run smoothly.", "Its", "its-its"),
    ("I think its fair to say the tour was memorable.", "its", "its-its"),
    ("The greenhouse has it's own irrigation loop.", "it's", "its-its"),
    ("Its been a pleasure to learn about the orchard.", "Its", "its-its"),
    ("The warehouse changed it's shift pattern last year.", "it's", "its-its"),
    ("Its hard to overstate how useful the tour was.", "Its", "its-its"),
    ("Is its launch still planned for spring, or is it's timing open?", "it's", "its-its"),
    ("The charity publishes it's accounts every quarter.", "it's", "its-its"),
    ("I'm glad its going well with the new ledger.", "its", "its-its"),
    ("Its no surprise the wards are well run.", "Its", "its-its"),
    ("The scheme and it's mentors are a real draw.", "it's", "its-its"),
    ("The nurses explained how there rota works.", "there", "their-there"),
    ("Their are three things I would bring.", "Their", "their-there"),
    ("I hope their happy with the new timetable.", "their", "their-there"),
    ("The tutors shared there marking guides with me.", "there", "their-there"),
    ("I could tell they're volunteers love the orchard.", "they're", "their-there"),
    ("Is their a chance to see the greenhouse again?", "their", "their-there"),
    ("The foremen said their still hiring apprentices.", "their", "their-there"),
    ("I enjoyed hearing about there apprenticeship scheme.", "there", "their-there"),
    ("The curators rebuilt there catalogue from scratch.", "there", "their-there"),
    ("I was struck by they're commitment to safety.", "they're", "their-there"),
    ("I know their planning a second site.", "their", "their-there"),
    ("Their seems to be real energy in the wards.", "Their", "their-there"),
    ("The apprentices keep there tools spotless.", "there", "their-there"),
    ("The schedule for the inspections were tight.", "were", "agreement"),
    ("The skills the apprenticeship teaches has a direct bearing on the role.", "has", "agreement"),
    ("Everybody I've spoken to about the hospice think it is special.", "think", "agreement"),
    ("Have the second interview been scheduled yet?", "Have", "agreement"),
    ("The extra site visits you scheduled in your email has been useful.", "has", "agreement"),
    ("Does the remaining candidates still meet the board?", "Does", "agreement"),
    ("Each of the floor plans I drafted were checked by the lead architect.", "were", "agreement"),
    ("Tenant complaints that go unanswered is a problem I know well.", "is", "agreement"),
    ("The chats I had with you and the foreman was a highlight.", "was", "agreement"),
    ("Everyone I've told about the orchard are delighted.", "are", "agreement"),
    ("The bundle of readings you emailed me last week were excellent.", "were", "agreement"),
    ("Each of the kiln firings you described take two days.", "take", "agreement"),
    ("There is still dozens of tenants waiting for repairs.", "is", "agreement"),
    (
        "The warehouse audit you hope to run for the northern depots of the cooperative are ambitious.",
        "are",
        "agreement",
    ),
    ("Harvest schedules that ignore the weather has been a headache for growers.", "has", "agreement"),
    ("The pensioners who visit the library every Tuesday brings cakes.", "brings", "agreement"),
    ("The questions about the kiln temperatures was the best part.", "was", "agreement"),
    ("The evening pottery classes you described was inspiring.", "was", "agreement"),
    ("The sketches that Mr Okafor shared was lovely.", "was", "agreement"),
    ("My references, who are both expecting a call, is happy to talk.", "is", "agreement"),
    ("Is the welding certificates needed before I start?", "Is", "agreement"),
    ("Where is the floor plans kept?", "is", "agreement"),
    ("The number of patients on the ward have doubled.", "have", "agreement"),
    ("The feedback from both tutors were very kind.", "were", "agreement"),
    ("Kiln repairs on that scale takes a week.", "takes", "agreement"),
    ("One of the curators were kind enough to show me the vault.", "were", "agreement"),
    ("The apprentices each has a mentor.", "has", "agreement"),
    ("The invoices the depot sends every Friday needs checking.", "needs", "agreement"),
]
GOOD = [
    "The spreadsheets your logistics group maintains were easy to follow.",
    "The inspection reports from the harbour site were thorough.",
    "Each of the volunteers brings something different.",
    "There are several grant deadlines coming up this spring.",
    "The surveyor and I walked the whole site.",
    "The hospice and its volunteers impressed me.",
    "Their rota works well, and there is a clear handover.",
    "The nurses explained how their rota works.",
    "I hope they're happy with the new timetable.",
    "It's clear that the wards run smoothly.",
    "The cost of the repairs was lower than expected.",
    "The foreman and the architect walk the site every day.",
    "Thank you for giving my colleague and me the tour.",
    "His sketches of the bridge were remarkable.",
    "The tenants' association meets every month.",
    "The orchard's growers sell their apples locally.",
    "The warehouse changed its shift pattern last year.",
    "Its irrigation loop runs on rainwater.",
    "The apprentices keep their tools spotless, and the foreman checks them there.",
    "Whatever the nurses need, the ward sisters find it.",
    "The rota the nurses drew up shows every handover.",
    "Most of the tenants pay online.",
    "The plans you sketched for the greenhouse extension sound ambitious.",
    "The schedule for the inspections was tight.",
    "Everybody I've spoken to about the hospice thinks it is special.",
    "Each of the floor plans I drafted was checked by the lead architect.",
    "Tenant complaints that go unanswered are a problem I know well.",
    "The way you plan the harvest, with a buffer for every storm, shows real care.",
    "Are the welding certificates needed before I start?",
    "The number of patients on the ward has doubled.",
    "A number of patients were moved last month.",
    "The apprentices each have a mentor.",
    "The invoices the depot sends every Friday need checking.",
    "Kiln repairs on that scale take a week.",
    "The pensioners who visit the library every Tuesday bring cakes.",
    "What the growers want is steady prices.",
    "The tenants we visited, who had waited months, were patient.",
    "Everything you described, from the kiln to the shop, sounds well run.",
    "Reading the minutes of your board meetings was a good way to prepare.",
    "Two of the apprentices I met have finished their welding tickets.",
    "The foreman, like his apprentices, wears a helmet everywhere.",
    "The team I met were generous, and the depot feels calm.",
    "Neither of the floor plans is final yet.",
    "Whoever drafts the rota needs a steady hand.",
    "Hearing how the growers plan their planting was fascinating.",
    "None of the kilns were running when I visited.",
    "The press coverage of the orchard has been glowing.",
    "The people I met in the archive were welcoming.",
    "My sister and her husband farm near Ballarat.",
    "The curator's notes on the vault were precise.",
    "Most of what we discussed is in the attached notes.",
    "The results of the soil tests were clear.",
    "The support the mentors give new apprentices is remarkable.",
]


@pytest.mark.parametrize(("sentence", "target", "kind"), FAULTS)
def test_c11_unseen_faults_with_unlisted_words_are_found(sentence: str, target: str, kind: str) -> None:
    assert _found(sentence) == [(target, kind)]


@pytest.mark.parametrize("sentence", GOOD)
def test_c11_unseen_good_sentences_with_unlisted_words_raise_no_grammar_finding(sentence: str) -> None:
    assert _found(sentence) == []


# --- round two: forms the fifth corpus batch showed missing, in sentences of our own ----------------------
ROUND_TWO_FAULTS: list[tuple[str, str, str]] = [
    ("Either slot work for me, so I'll take the earlier one.", "work", "agreement"),
    ("Neither date suit the foreman, sadly.", "suit", "agreement"),
    ("The drivers struggle when there still learning the depots.", "there", "their-there"),
    ("When rotas are posted early, their more likely to be kept.", "their", "their-there"),
    ("The growers and there co-op are what makes the orchard work.", "there", "their-there"),
    ("If you're ever in Ballarat, I'll see you out they're someday.", "they're", "their-there"),
    (
        "The report on damp and mould that the council issued last week have a section on repairs.",
        "have",
        "agreement",
    ),
    ("The new kiln and the move from gas to electric was what cut our costs.", "was", "compound-subject"),
]
ROUND_TWO_GOOD = [
    "Either slot works for me, so I'll take the earlier one.",
    "Every client review ends with a short survey.",
    "Each shift starts with a briefing, which I liked.",
    "Their more senior staff run the night rota.",
    "They're more likely to stay when the rota is fair.",
    "The report on damp and mould that the council issued last week has a section on repairs.",
    "The growers and their co-op are what makes the orchard work.",
    "I hope they're well.",
]


@pytest.mark.parametrize(("sentence", "target", "kind"), ROUND_TWO_FAULTS)
def test_c11_round_two_faults_are_found(sentence: str, target: str, kind: str) -> None:
    assert _found(sentence) == [(target, kind)]


@pytest.mark.parametrize("sentence", ROUND_TWO_GOOD)
def test_c11_round_two_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _found(sentence) == []
