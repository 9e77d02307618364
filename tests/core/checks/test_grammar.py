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


# --- broad tables: each fault in many wordings, each class's good English beside it -----------------------
# Written from the grammar, not from the corpus: the word after decides its/it's and their/there/they're;
# a subject's head decides its verb over phrases, relative clauses, inversions and "there is"; a compound's
# members take the subject form as subjects and the object form after a verb or a preposition.
BROAD_FAULTS: dict[str, list[tuple[str, str]]] = {
    "its-its": [
        ("I think its a great fit for my background.", "its"),
        ("Its been a pleasure getting to know the team.", "Its"),
        ("I know its not easy to schedule a panel.", "its"),
        ("Its clear the team cares about quality.", "Its"),
        ("Honestly, its rare to find a team so open.", "its"),
        ("Its no surprise the product has grown so quickly.", "Its"),
        ("Let me know if its convenient to talk on Thursday.", "its"),
        ("Its going to be an exciting year for the studio.", "Its"),
        ("Now that its launched, the app has a real audience.", "its"),
        ("I am glad its working out for the team.", "its"),
        ("Its my hope that we speak again soon.", "Its"),
        ("What struck me is that its so easy to use.", "its"),
        ("The platform is fast, and its also easy to learn.", "its"),
        ("Its taken me a day to put my thoughts in order.", "Its"),
        ("I hope its alright to send one more sample.", "its"),
        ("Its worth saying how much I enjoyed the case study.", "Its"),
        ("I believe its the right moment to mention the course.", "its"),
        ("Its true that I have less agency experience.", "Its"),
        ("Its why I applied in the first place.", "Its"),
        ("Its here that my audit experience would help.", "Its"),
        ("When its finished, the dashboard will save hours.", "its"),
        ("Its likely the team will grow next year.", "Its"),
        ("I read that its expanding into Queensland.", "its"),
        ("If its helpful, I can send the full report.", "its"),
        ("Its only a small project, but I learned a lot.", "Its"),
        ("Its how I like to work.", "Its"),
        ("The company and it's founders were very welcoming.", "it's"),
        ("The studio has doubled it's headcount this year.", "it's"),
        ("Every team has it's habits.", "it's"),
        ("It's newest product launched in March.", "It's"),
        ("The council's plan and it's budget were both public.", "it's"),
        ("I liked how the studio runs it's reviews.", "it's"),
        ("Despite it's size, the team moves quickly.", "it's"),
        ("The app earned it's reputation the hard way.", "it's"),
        ("A charity that knows it's donors well is rare.", "it's"),
        ("The museum reopened it's east wing in May.", "it's"),
    ],
    "their-there": [
        ("Their is no rush on my side.", "Their"),
        ("I was impressed by there attention to detail.", "there"),
        ("They're office in Leeds looked lovely.", "They're"),
        ("I could tell their proud of the new app.", "their"),
        ("Are their any materials I could send?", "their"),
        ("Their's a lot I would like to learn.", "Their"),
        ("I hope their happy with the final draft.", "their"),
        ("Their the kind of team I want to join.", "Their"),
        ("I know their busy this month.", "their"),
        ("The panel said there hoping to decide soon.", "there"),
        ("The founders told me about there plans for Perth.", "there"),
        ("The team shared there roadmap with me.", "there"),
        ("Their are two things I forgot to mention.", "Their"),
        ("I loved hearing about they're mentoring scheme.", "they're"),
        ("If their willing, I would love to see the prototype.", "their"),
        ("Their clearly proud of what they have built.", "Their"),
        ("I think they're approach to onboarding is smart.", "they're"),
        ("Your designers explained they're process clearly.", "they're"),
        ("Their was a moment in the interview when it clicked.", "Their"),
        ("I gather their moving to a new office.", "their"),
        ("It was good to see how the analysts use there time.", "there"),
        ("The nurses told me there shifts run twelve hours.", "there"),
        ("I could see the pride in there work.", "there"),
        ("Their not expecting a decision until May.", "Their"),
        ("I respect there commitment to open data.", "there"),
        ("Their rolling out the new system next month.", "Their"),
        ("I would love to hear there thoughts on the draft.", "there"),
        ("Please thank the team for there help.", "there"),
        ("Is their a chance to see the lab?", "their"),
        ("I hope their will be a chance to talk again.", "their"),
        ("Their always so quick to share what they learn.", "Their"),
        ("I think their the best team in the city.", "their"),
        ("Their hasn't been a better week for it.", "Their"),
        ("Was their anything else you needed from me?", "their"),
    ],
    "agreement": [
        ("The reports you sent me was very useful.", "was"),
        ("Each of the examples were useful.", "were"),
        ("Every one of the interviewers were kind.", "were"),
        ("One of the things I liked were the open plan.", "were"),
        ("Neither the manager nor the director were available.", "were"),
        ("Either Monday or Tuesday work for me.", "work"),
        ("Has the designers finished the mockups?", "Has"),
        ("Are the new office ready?", "Are"),
        ("Is the results from the pilot ready?", "Is"),
        ("There is many reasons I want this role.", "is"),
        ("There are a problem with the link I sent.", "are"),
        ("There was two people on the call.", "was"),
        ("My experience in hospitals and clinics make me a good fit.", "make"),
        ("The manager who interviewed me were very kind.", "were"),
        ("The list of projects are impressive.", "are"),
        ("The quality of the samples were excellent.", "were"),
        ("Does the analysts use the dashboard daily?", "Does"),
        ("Was the slides useful?", "Was"),
        ("The people I met was welcoming.", "was"),
        ("Our conversation about budgets were helpful.", "were"),
        ("Each of them have a clear role.", "have"),
        ("Everybody I met were friendly.", "were"),
        ("The interviewers was kind.", "was"),
        ("The goals you described sounds ambitious.", "sounds"),
        ("Have the manager had a chance to look?", "Have"),
        ("Where is the reports you mentioned?", "is"),
        ("Since then, the figures in my portfolio has improved.", "has"),
        ("I think the main reason for my interest are the clients.", "are"),
        ("Were the office busy on Tuesday?", "Were"),
        ("There has been several changes since we spoke.", "has been"),
        ("Each of the interviews were different.", "were"),
        ("The samples I brought along was old.", "was"),
    ],
    "compound-subject": [
        ("Between you and I, the panel was wonderful.", "I"),
        ("Sam and myself went through the case study.", "myself"),
        ("Me and Sam were both impressed.", "Me"),
        ("Thank you for meeting Dana and I.", "I"),
        ("The client emailed Sam and I the brief.", "I"),
        ("It was great for Priya and I to compare notes.", "I"),
        ("Him and his team built the first version.", "Him"),
        ("Her and I worked on the grant together.", "Her"),
        ("My colleague and myself presented the findings.", "myself"),
        ("Us and the design team met twice.", "Us"),
        ("You and me both want the launch to go well.", "me"),
        ("Dana and me are both keen on the pilot.", "me"),
        ("Jordan and them had already met.", "them"),
        ("Them and the other candidates waited in the lobby.", "Them"),
        ("The recruiter invited Alex and I to lunch.", "I"),
        ("When Sam and me spoke last week, the plan changed.", "me"),
        ("Last year my manager and me rebuilt the pipeline.", "me"),
        ("In 2023 my team lead and me shipped the new portal.", "me"),
        ("Both Sam and me enjoyed the tour.", "me"),
        ("Everyone, including Dana and I, enjoyed the tour.", "I"),
        ("It was a pleasure for my partner and I.", "I"),
        ("The project taught Dana and I a lot.", "I"),
        ("Dana and him led the session.", "him"),
        ("From Dana and I, thank you.", "I"),
        ("She asked Leo and I about the backlog.", "I"),
        ("Me and my manager have talked it over.", "Me"),
        ("Alex and her have been great to work with.", "her"),
        ("The tour gave my colleague and I a lot to think about.", "I"),
        ("Him and me go back years.", "Him"),
        ("After the call, Leo and me wrote up the notes.", "me"),
        ("Thanks again for showing Sam and I around.", "I"),
        ("Yesterday Mia and myself finished the audit.", "myself"),
    ],
}
BROAD_GOOD: dict[str, list[str]] = {
    "its-its": [
        "It's a pleasure to write after our conversation.",
        "I know it's early, but I wanted to thank you.",
        "It's clear that the team values careful work.",
        "The studio and its founders were welcoming.",
        "Its clients include two hospitals.",
        "It's taken me a while to digest everything.",
        "It's good news for the team.",
        "Its latest release fixed the sync issue.",
        "I said it's the kind of work I enjoy.",
        "I found it's easier to learn by doing.",
        "I think it's worth a look.",
        "The firm lives up to its reputation.",
        "It's teamwork at its best.",
        "The app is fast and its design is calm.",
        "The tool has its quirks, but it works.",
        "I liked the museum and its staff.",
        "Its own research team wrote the guide.",
        "It's why I applied.",
        "Whatever its size, the team moves quickly.",
        "It's here that I could help most.",
        "The company doubled its headcount.",
        "It's not every day I meet a team like yours.",
        "It's great work, and I would love to see more.",
        "It's hard to say which part I enjoyed most.",
        "The board noticed it's harder to hire now.",
        "When it's finished, I would love to see it.",
        "It's best to call in the morning.",
        "Its best feature is the audit trail.",
        "Its growth has been remarkable.",
        "I showed it's possible to cut the backlog.",
        "It's the people who make the place.",
        "Its mission statement hangs in the lobby.",
        "I know its history well.",
        "It's only Tuesday, yet I have learned a lot.",
        "The museum reopened its east wing in May.",
        "It's alright to call me on Friday.",
        "It's how I like to work.",
        "Its convenient location helps the staff.",
    ],
    "their-there": [
        "There is plenty to discuss.",
        "Is there anything else I can send?",
        "There were five of us on the panel.",
        "Their office in Leeds looked lovely.",
        "They're proud of the new app.",
        "Their two offices share one team.",
        "Their many clients stay for years.",
        "Are their clients mostly charities?",
        "I worked there for three years.",
        "The people there work hard.",
        "I was there on Tuesday.",
        "There seem to be a lot of changes.",
        "There's a lot I would like to learn.",
        "Their willingness to teach stood out.",
        "They're the kind of team I want to join.",
        "I met the founders there.",
        "The staff there mentioned the new wing.",
        "Their commitment to open data is rare.",
        "Are there any materials I could send?",
        "I know they're busy this month.",
        "There has been a lot of news this week.",
        "Their being so patient meant a lot.",
        "I enjoyed my time there immensely.",
        "Over there, the team sits together.",
        "There, I met the founders.",
        "Their own app does the same.",
        "I respect their commitment to open data.",
        "They're rolling out the new system next month.",
        "In their work, precision matters.",
        "The files in there are old.",
        "Whether there is a second round or not, I enjoyed it.",
        "I hope there will be a chance to talk again.",
        "Their busy season starts in May.",
        "I wonder whether their new tool is live.",
        "I could see the pride in their work.",
        "Everyone there seemed happy.",
        "The nurses told me their shifts run twelve hours.",
        "I would love to go there again.",
        "Is their team hiring more analysts?",
        "Their always-on support line impressed me.",
    ],
    "agreement": [
        "The team were welcoming.",
        "The panel have been generous with their time.",
        "Each of the examples was useful.",
        "One of the things I liked was the open plan.",
        "Neither the manager nor the directors were available.",
        "Either Monday or Tuesday works for me.",
        "Have the designers finished the mockups?",
        "Are the results from the pilot ready?",
        "Is the new office ready?",
        "There are many reasons I want this role.",
        "There is a lot to do.",
        "There were two people on the call.",
        "There's a lot of work ahead.",
        "The list of projects is impressive.",
        "The quality of the samples was excellent.",
        "The manager who interviewed me was very kind.",
        "The people I met were welcoming.",
        "My experience in hospitals and clinics makes me a good fit.",
        "Each of them has a clear role.",
        "Everybody I met was friendly.",
        "The goals you described sound ambitious.",
        "Has the manager had a chance to look?",
        "Where are the reports you mentioned?",
        "The staff were lovely.",
        "The number of applicants is high.",
        "A number of applicants are strong.",
        "The committee are meeting on Friday.",
        "Neither of them was free.",
        "The firm are growing fast.",
        "What the team wants is clarity.",
        "Does the team use it every day?",
        "Are the team happy with the new tool?",
        "The news was good.",
        "More than one person has asked.",
        "Two of the analysts were new.",
        "The majority of clients are charities.",
        "Is there anything the panel needs from me?",
        "There is a desk and two chairs in each room.",
        "Do the analysts use the dashboard daily?",
        "Were the slides useful?",
        "Since then, the figures in my portfolio have improved.",
        "The main reason for my interest is the clients.",
    ],
    "compound-subject": [
        "Between you and me, the panel was wonderful.",
        "Sam and I went through the case study.",
        "Thank you for meeting Dana and me.",
        "Dana and I spoke last week.",
        "It was great for Priya and me to compare notes.",
        "He and his team built the first version.",
        "She and I worked on the grant together.",
        "My colleague and I presented the findings.",
        "We and the design team met twice.",
        "You and I both want the launch to go well.",
        "The recruiter invited Alex and me to lunch.",
        "When Sam and I spoke last week, the plan changed.",
        "Last year my manager and I rebuilt the pipeline.",
        "Everyone, including Dana and me, enjoyed the tour.",
        "Dana and her team were generous.",
        "Sam and his manager have met.",
        "The project taught Dana and me a lot.",
        "Thank you from Sam and me.",
        "Both Sam and I enjoyed the tour.",
        "The director and the analysts were kind.",
        "Research and Development has a new lead.",
        "Fish and chips is my favourite lunch.",
        "It helped Dana and me.",
        "Mia and I look forward to it.",
        "Dana and I, along with Leo, met the board.",
        "The founder and I share a love of maps.",
        "Dana, Leo and I spent the morning on it.",
        "That suits Dana and me.",
        "Neither Dana nor I had seen it.",
        "After the call, Leo and I wrote up the notes.",
        "Thanks again for showing Sam and me around.",
        "Dana and I will send the notes.",
        "So did Dana and I.",
        "I and my team would be glad to help.",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "target", "kind"),
    [(s, t, k) for k, rows in BROAD_FAULTS.items() for s, t in rows],
)
def test_c11_broad_faults_are_found_however_they_are_worded(sentence: str, target: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in _check(sentence)[1]] == [(target, kind)]


@pytest.mark.parametrize("sentence", [s for rows in BROAD_GOOD.values() for s in rows])
def test_c11_broad_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _check(sentence)[1] == []


def test_c11_broad_tables_hold_thirty_of_each() -> None:
    assert all(len(BROAD_FAULTS[k]) >= 30 and len(BROAD_GOOD[k]) >= 30 for k in BROAD_FAULTS)


def test_c11_a_recorded_name_with_its_possessive_is_not_a_misspelling() -> None:
    text = letter(
        "Dear Mr. Whitaker,", f"{OPENING} I enjoyed Mr. Whitaker's account of the migration. {CLOSE}"
    )
    assert [f for f in check_text(context(), SUBJECT, text) if f.code == "W-PROOF"] == []


# --- round four: forms the tables above lack, written before the corpus was read ------------------------
# Agreement over a "what" clause, "a number of" and "the number of", a gerund subject, a title in quotes, a
# plural head behind "along with"; compounds after "between", "for", "with" and "like", and "myself" as a
# subject; its/it's before adverbs and in tags; their/there/they're after prepositions and before -ing.
MORE_FAULTS: dict[str, list[tuple[str, str]]] = {
    "agreement": [
        ("The examples you shared was really helpful.", "was"),
        ("The number of clients have doubled.", "have"),
        ("A list of the cases were on the wall.", "were"),
        ("The documents on your desk looks organised.", "looks"),
        ("Neither of the options were ideal.", "were"),
        ("One of your analysts have already used it.", "have"),
        ("The partner, along with two associates, were in the room.", "were"),
        ("The results of the pilot was impressive.", "was"),
        ("There is three projects I would love to help with.", "is"),
        ("Here is the samples you asked for.", "is"),
        ("Does your analysts work from Leeds?", "Does"),
        ("Was the interviews all on one day?", "Was"),
        ("Everyone on the panel were generous with their time.", "were"),
        ("The standard of the reports were very high.", "were"),
        ("My years in litigation support has prepared me well.", "has"),
        ("The tools the team uses is familiar to me.", "is"),
        ("The team's clients comes from every sector.", "comes"),
        ("Each of your designers have a clear voice.", "have"),
        ("There wasn't any problems with the test.", "wasn't"),
        ("Your plans for the new office sounds exciting.", "sounds"),
    ],
    "compound-subject": [
        ("Between Sam and I, we covered every question.", "I"),
        ("It meant a lot for Dana and I.", "I"),
        ("You spent an hour with Priya and I.", "I"),
        ("Someone like Sam and I would enjoy it.", "I"),
        ("Myself and Dana presented the case study.", "Myself"),
        ("Dana and myself are grateful for the tour.", "myself"),
        ("Me and the other candidate chatted in the lobby.", "Me"),
        ("Him and Dana explained the workflow.", "Him"),
        ("Her and the founders built the product.", "Her"),
        ("Them and the client agreed on the scope.", "Them"),
        ("The partner walked Dana and I through the case.", "I"),
        ("Thank you for inviting my colleague and I.", "I"),
        ("Please send the agenda to Sam and I.", "I"),
        ("You gave Leo and I a warm welcome.", "I"),
        ("On Tuesday, Priya and me met the founders.", "me"),
        ("Both Dana and myself found it useful.", "myself"),
        ("Me and my colleague both enjoyed the day.", "Me"),
        ("It was kind of you to show Sam and I the lab.", "I"),
        ("Dana and them have worked together for years.", "them"),
        ("The founder and me talked about Perth.", "me"),
    ],
    "its-its": [
        ("Its really kind of you to share the report.", "Its"),
        ("I think its already a strong product.", "its"),
        ("Its not often I meet a team like yours.", "Its"),
        ("Its a shame I missed the demo.", "Its"),
        ("I believe its going well.", "its"),
        ("Its got everything I look for in a role.", "Its"),
        ("I hope its not too late to add one thing.", "its"),
        ("Its exciting to see the studio grow.", "Its"),
        ("Since its Friday, I will keep this short.", "its"),
        ("Its been on my mind since Tuesday.", "Its"),
        ("The firm is proud of it's history.", "it's"),
        ("The team has made it's name in audit.", "it's"),
        ("I admired the product and it's design.", "it's"),
        ("Each office sets it's own hours.", "it's"),
        ("The charity and it's volunteers do great work.", "it's"),
        ("I read about it's launch in March.", "it's"),
        ("The app keeps all it's data local.", "it's"),
        ("The council is updating it's website.", "it's"),
        ("The lab and it's equipment impressed me.", "it's"),
        ("For all it's size, the studio feels personal.", "it's"),
    ],
    "their-there": [
        ("I was struck by there enthusiasm.", "there"),
        ("I loved seeing there new studio.", "there"),
        ("Their seems to be real energy in the team.", "Their"),
        ("I hope their pleased with the pilot.", "their"),
        ("Their going to love the new tool.", "Their"),
        ("I know their hiring for two roles.", "their"),
        ("Is their time for one more question?", "their"),
        ("Their were several good questions.", "Their"),
        ("Their must be a lot to coordinate.", "Their"),
        ("The founders and there team were kind.", "there"),
        ("I admired there openness.", "there"),
        ("I liked how they explained there process.", "there"),
        ("They're offices are bright and calm.", "They're"),
        ("I enjoyed they're questions about audit.", "they're"),
        ("They're approach to mentoring is rare.", "They're"),
        ("I think their right about the market.", "their"),
        ("Their both very experienced.", "Their"),
        ("If their available, I would love to meet the analysts.", "their"),
        ("I understand their still interviewing.", "their"),
        ("Their might be a chance to talk again.", "Their"),
    ],
}
MORE_GOOD: dict[str, list[str]] = {
    "agreement": [
        "The examples you shared were really helpful.",
        "A number of clients have moved to the new platform.",
        "The number of clients has doubled.",
        "Neither of the options was ideal.",
        "The partner, along with two associates, was in the room.",
        "Here are the samples you asked for.",
        "Everyone on the panel was generous with their time.",
        "The team were generous with their time.",
        "The panel have been very kind.",
        "What struck me most was the care for clients.",
        "Reading the case files was a good start.",
        "The tools the team uses are familiar to me.",
    ],
    "compound-subject": [
        "Between us, we covered every question.",
        "It meant a lot to Dana and me.",
        "You spent an hour with Priya and me.",
        "Dana and I presented the case study.",
        "I did the analysis myself.",
        "The partner walked Dana and me through the case.",
        "Thank you for inviting my colleague and me.",
        "He and Dana explained the workflow.",
        "She and the founders built the product.",
        "Priya and I met the founders on Tuesday.",
        "I myself found it useful.",
        "They and the client agreed on the scope.",
    ],
    "its-its": [
        "It's really kind of you to share the report.",
        "The firm is proud of its history.",
        "Each office sets its own hours.",
        "Since it's Friday, I will keep this short.",
        "It's been on my mind since Tuesday.",
        "For all its size, the studio feels personal.",
        "I read about its launch in March.",
        "It's got everything I look for.",
        "The council is updating its website.",
        "It's a shame I missed the demo.",
    ],
    "their-there": [
        "I was struck by their enthusiasm.",
        "There seems to be real energy in the team.",
        "They're going to love the new tool.",
        "Is there time for one more question?",
        "There were several good questions.",
        "There must be a lot to coordinate.",
        "They're both very experienced.",
        "If they're available, I would love to meet the analysts.",
        "I understand they're still interviewing.",
        "I liked how they explained their process.",
        "Their offices are bright and calm.",
        "I met their team there last year.",
    ],
}


# Faults of round four the tagged pass (checks/syntax.py) does not find yet. Strict: a fix turns them red.
NOT_YET_FOUND = {
    "Is their time for one more question?",  # "Is their office in Leeds?" has the same shape, and is right
}


@pytest.mark.parametrize(
    ("sentence", "target", "kind"),
    [
        pytest.param(s, t, k, marks=[pytest.mark.xfail(strict=True)] if s in NOT_YET_FOUND else [])
        for k, rows in MORE_FAULTS.items()
        for s, t in rows
    ],
)
def test_c11_round_four_faults_are_found(sentence: str, target: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in _check(sentence)[1]] == [(target, kind)]


@pytest.mark.parametrize("sentence", [s for rows in MORE_GOOD.values() for s in rows])
def test_c11_round_four_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _check(sentence)[1] == []


def test_c11_round_four_tables_hold_twenty_faults_of_each() -> None:
    assert all(len(MORE_FAULTS[k]) >= 20 and len(MORE_GOOD[k]) >= 10 for k in MORE_FAULTS)


# --- round five: the tagged pass (checks/syntax.py) on sentences written for it, in structures the tables
# above lack: subjects behind participles ("the goals set by the board"), relative clauses with and without
# "that", "a few of", "every one of", "either of"; compounds with a phrase after them and reflexives as
# objects; "it's" after verbs, prepositions and "and"; "there" before -ing and nouns in an object's place.
ROUND_FIVE_FAULTS: dict[str, list[tuple[str, str]]] = {
    "agreement": [
        ("Several of my colleagues has used the tool.", "has"),
        ("The feedback from both panels were encouraging.", "were"),
        ("A number of your clients was in my old portfolio.", "was"),
        ("The timeline you gave me seem realistic.", "seem"),
        ("The main reason for my interest are the people.", "are"),
        ("Anybody who has worked with volunteers know how much planning matters.", "know"),
        ("There's several reasons I applied.", "There's"),
        ("Neither the survey nor the interviews was easy to run.", "was"),
        ("Everyone I spoke to were generous with their time.", "were"),
        ("The list of candidates are long, I imagine.", "are"),
        (
            (
                "Thank you for the tour, and for explaining how the volunteers "
                "who staff the desk keeps the archive running."
            ),
            "keeps",
        ),
        ("The way your team shares notes after each call were something I'd love to adopt.", "were"),
        ("I was struck by how the reports you publish every quarter is read by so many councils.", "is"),
        ("Neither the director nor the analysts was available.", "was"),
        ("Does the developers use Python?", "Does"),
        ("Everyone in the two teams were friendly.", "were"),
        ("The quality of your reports stand out.", "stand"),
        ("Each of the samples have been checked.", "have"),
        ("There was many questions about the budget.", "was"),
        ("The slides from your quarterly review was easy to follow.", "was"),
        ("The feedback forms that the volunteers fill in has improved a lot.", "has"),
        ("Every one of the case studies were relevant.", "were"),
        ("The questions you asked about my thesis was fair.", "was"),
        ("The manager who runs the two clinics have a clear vision.", "have"),
        ("A few of the charts in the deck needs updating.", "needs"),
        ("The goals set by the board seems ambitious.", "seems"),
        ("Both of the projects I described uses the same tools.", "uses"),
        ("The analysts on your team works closely with sales.", "works"),
        ("Here is the references you requested.", "is"),
        ("There was two things I wanted to add.", "was"),
        ("Is there any openings on the evening shift?", "Is"),
        ("The reason for my questions were simple.", "were"),
        ("My notes from the conversation covers most of it.", "covers"),
        ("The designs in your portfolio review looks great.", "looks"),
        ("Either of the start dates work for me.", "work"),
        ("The cost of the new servers were high.", "were"),
    ],
    "compound-subject": [
        ("Myself and the team lead redesigned the form.", "Myself"),
        ("Please pass my thanks to Dana and myself.", "myself"),
        ("You and him were both very welcoming.", "him"),
        ("The director and I was impressed by the plan.", "was"),
        ("Jo and me will both be in Leeds that week.", "me"),
        ("The file was shared with Priya and I.", "I"),
        ("On the day, Dr Osei and yourself made me feel very welcome.", "yourself"),
        ("Thank you for taking the time to show my colleague and I around the lab.", "I"),
        ("After the interview, the recruiter and me talked about next steps.", "me"),
        ("Between you and I, the tour was the highlight.", "I"),
        ("Ethan and myself reviewed the draft.", "myself"),
        ("Her and I covered the case study.", "Her"),
        ("It was good of you to see Priya and I.", "I"),
        ("My manager and me agreed on the plan.", "me"),
        ("The lead and the intern was both helpful.", "was"),
        ("Your colleague and me spoke about the archive.", "me"),
        ("Last spring, my manager and me redesigned the intake form.", "me"),
        ("The founder and the designer was both very welcoming.", "was"),
        ("Him and his deputy run the evening shift.", "Him"),
        ("The survey and the interviews was my favourite part.", "was"),
        ("Thank you for having Amir and I over.", "I"),
        ("The tour gave my partner and I a good sense of the place.", "I"),
        ("The agenda was sent to Lucy and myself.", "myself"),
        ("It was lovely to meet Kim and yourself.", "yourself"),
        ("Dana and myself will bring the samples.", "myself"),
        ("Us and the other team shared a kitchen.", "Us"),
        ("My brother and me built the first version.", "me"),
        ("The report and its appendix covers the whole pilot.", "covers"),
        ("She invited my co-author and I to the launch.", "I"),
        ("The interview and the tour has given me a lot to think about.", "has"),
    ],
    "its-its": [
        ("Its good to know the team is growing.", "Its"),
        ("The clinic is known for it's patient care.", "it's"),
        ("Its not easy to find a team this focused.", "Its"),
        ("The agency published it's annual review.", "it's"),
        ("The team and it's partners met in May.", "it's"),
        ("I think its the best plan.", "its"),
        ("I have followed the charity for years and admire how it's volunteers are trained.", "it's"),
        ("When the studio rebuilt it's booking system, I was one of its first users.", "it's"),
        ("Having read the annual report, I think its clear why the board chose to expand.", "its"),
        ("Its great to hear the pilot worked.", "Its"),
        ("Is its still possible to send a sample?", "its"),
        ("The bank has cut it's fees.", "it's"),
        ("I admire the team and it's values.", "it's"),
        ("Its worth saying how much I enjoyed it.", "Its"),
        ("The project met it's goals early.", "it's"),
        ("The clinic has doubled it's patient numbers.", "it's"),
        ("I liked the museum and it's education team.", "it's"),
        ("The charity relies on it's volunteers.", "it's"),
        ("I read about the firm and it's history.", "it's"),
        ("The tool is known for it's speed.", "it's"),
        ("The studio moved it's office to Fitzroy.", "it's"),
        ("Its clear that the team cares about quality.", "Its"),
        ("Its a role I would be proud to do.", "Its"),
        ("I think its worth a second look.", "its"),
        ("Its been a busy week for everyone.", "Its"),
        ("Its not every day I meet a team like yours.", "Its"),
        ("Thank you, its been a pleasure.", "its"),
        ("The council published it's annual plan.", "it's"),
        ("The magazine changed it's layout in May.", "it's"),
        ("Its hard to choose a favourite part of the day.", "Its"),
    ],
    "their-there": [
        ("I liked there approach to training.", "there"),
        ("Their was a real buzz in the office.", "Their"),
        ("They shared they're plans for next year.", "they're"),
        ("I hope their still keen on the pilot.", "their"),
        ("I enjoyed hearing about there new office.", "there"),
        ("Their hoping to launch in May.", "Their"),
        ("I spoke to two analysts, and I was impressed by how there models are reviewed.", "there"),
        ("I gather the team are busy, and I hope their finding the new office comfortable.", "their"),
        ("Everyone was kind, and I loved hearing about they're weekly reading group.", "they're"),
        ("Their is no rush on my side.", "Their"),
        ("I loved they're approach to feedback.", "they're"),
        ("Is their anything else you need?", "their"),
        ("The designers walked me through there process.", "there"),
        ("I think there right about the market.", "there"),
        ("They're team seems very close.", "They're"),
        ("I admired there attention to detail.", "there"),
        ("The engineers shared there test plans with me.", "there"),
        ("I hope there happy with the new office.", "there"),
        ("Their is a lot to learn from the pilot.", "Their"),
        ("Their are two ways I could help.", "Their"),
        ("If their still looking, I would love to help.", "their"),
        ("I was impressed by they're training program.", "they're"),
        ("The nurses told me about they're rota.", "they're"),
        ("They're office is close to the station.", "They're"),
        ("I know there planning a new site.", "there"),
        ("Their might be room for a second analyst.", "Their"),
        ("The tutors explained there marking scheme.", "there"),
        ("Their seems to be a real appetite for change.", "Their"),
        ("I understand there recruiting for two roles.", "there"),
        ("Since there based in Hobart, I would travel.", "there"),
    ],
}
ROUND_FIVE_GOOD: dict[str, list[str]] = {
    "agreement": [
        "Several of my colleagues have used the tool.",
        "The feedback from both panels was encouraging.",
        "The team lead and I redesigned the form.",
        "It's good to know the team is growing.",
        "I liked their approach to training.",
        "There was a real buzz in the office.",
        "A number of your clients were in my old portfolio.",
        "The timeline you gave me seems realistic.",
        "The main reason for my interest is the people.",
        "Anybody who has worked with volunteers knows how much planning matters.",
        "You and he were both very welcoming.",
        "The director and I were impressed by the plan.",
        "It's not easy to find a team this focused.",
        "They shared their plans for next year.",
        "I hope they're still keen on the pilot.",
        "The data suggest a clear trend.",
        "There are several reasons I applied.",
        "Neither the survey nor the interviews were easy to run.",
        "Everyone I spoke to was generous with their time.",
        "The list of candidates is long, I imagine.",
        "Jo and I will both be in Leeds that week.",
        "The team and its partners met in May.",
        "I enjoyed hearing about their new office.",
        "They're hoping to launch in May.",
        "There's a lot to like about the role.",
        (
            "Thank you for the tour, and for explaining how the volunteers "
            "who staff the desk keep the archive running."
        ),
        "The way your team shares notes after each call is something I'd love to adopt.",
        "I was struck by how the reports you publish every quarter are read by so many councils.",
        "On the day, Dr Osei and you made me feel very welcome.",
        "I have followed the charity for years and admire how its volunteers are trained.",
        "I spoke to two analysts, and I was impressed by how their models are reviewed.",
        "I gather the team are busy, and I hope they're finding the new office comfortable.",
        "Having read the annual report, I think it's clear why the board chose to expand.",
        (
            "The panel's questions about data quality, which I enjoyed, "
            "showed how much the team cares about rigour."
        ),
        "What I took away from the visit is how much the staff there care about their clients.",
        "Neither the director nor the analysts were available.",
        "Do the developers use Python?",
        "Everyone in the two teams was friendly.",
        "The quality of your reports stands out.",
        "Between you and me, the tour was the highlight.",
        "Ethan and I reviewed the draft.",
        "It's great to hear the pilot worked.",
        "The bank has cut its fees.",
        "There is no rush on my side.",
        "Is there anything else you need?",
        "I think they're right about the market.",
        "The staff there were kind.",
        "The committee have agreed the plan, I gather.",
        "Half of the team works remotely.",
        "The number of visitors has grown.",
        "My notes and the sample are attached.",
        "The slides from your quarterly review were easy to follow.",
        "The feedback forms that the volunteers fill in have improved a lot.",
        "Every one of the case studies was relevant.",
        "The questions you asked about my thesis were fair.",
        "The manager who runs the two clinics has a clear vision.",
        "The goals set by the board seem ambitious.",
        "The analysts on your team work closely with sales.",
        "Here are the references you requested.",
        "There were two things I wanted to add.",
        "Are there any openings on the evening shift?",
        "The committee were unanimous, as I understand it.",
        "My notes from the conversation cover most of it.",
        "The staff I met were friendly and calm.",
        "What matters most to me is the people.",
        "Working with the archive team sounds like a real pleasure.",
        "The data show a clear pattern.",
        "Each of them was generous with their time.",
        "The style guide your designers wrote is excellent.",
    ],
    "compound-subject": [
        "Your colleague and I spoke about the archive.",
        "Last spring, my manager and I redesigned the intake form.",
        "The founder and the designer were both very welcoming.",
        "He and his deputy run the evening shift.",
        "Thank you for having Amir and me over.",
        "The tour gave my partner and me a good sense of the place.",
        "The agenda was sent to Lucy and me.",
        "It was lovely to meet Kim and you.",
        "Rock and roll is still my favourite music.",
        "Salt and pepper is all the soup needs.",
        "The report and its appendix cover the whole pilot.",
        "She invited my co-author and me to the launch.",
        "You told me Dana and I would meet the founders.",
        "Research and Development is a small team here.",
        "I did the first draft myself.",
    ],
    "its-its": [
        "The clinic has doubled its patient numbers.",
        "I liked the museum and its education team.",
        "The charity relies on its volunteers.",
        "It's clear that the team cares about quality.",
        "It's a role I would be proud to do.",
        "I think it's worth a second look.",
        "It's been a busy week for everyone.",
        "Thank you, it's been a pleasure.",
        "It's great work, and I would love to help.",
        "It's good news for the whole region.",
        "It's hard to choose a favourite part of the day.",
        "The studio moved its office to Fitzroy.",
        "It's growing fast, and I can see why.",
        "It's time I sent the samples I promised.",
        "It's people like your team who make the sector work.",
    ],
    "their-there": [
        "I admired their attention to detail.",
        "The engineers shared their test plans with me.",
        "I hope they're happy with the new office.",
        "There is a lot to learn from the pilot.",
        "If they're still looking, I would love to help.",
        "I was impressed by their training program.",
        "Their office is close to the station.",
        "I know they're planning a new site.",
        "There might be room for a second analyst.",
        "I worked there for three years.",
        "The people there were kind to me.",
        "There seems to be a real appetite for change.",
        "Is there anything else you need from me?",
        "I was there, taking notes for the panel.",
        "Their training in Leeds was superb.",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "target", "kind"), [(s, t, k) for k, rows in ROUND_FIVE_FAULTS.items() for s, t in rows]
)
def test_c11_round_five_faults_are_found_by_their_structure(sentence: str, target: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in _check(sentence)[1]] == [(target, kind)]


@pytest.mark.parametrize("sentence", [s for rows in ROUND_FIVE_GOOD.values() for s in rows])
def test_c11_round_five_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _check(sentence)[1] == []


def test_c11_round_five_tables_hold_fifteen_of_each() -> None:
    kinds = {"agreement", "compound-subject", "its-its", "their-there"}
    assert set(ROUND_FIVE_FAULTS) == set(ROUND_FIVE_GOOD) == kinds
    assert all(len(ROUND_FIVE_FAULTS[k]) >= 15 and len(ROUND_FIVE_GOOD[k]) >= 15 for k in kinds)


# --- round six: the forms the fourth corpus batch showed missing, in sentences of our own ------------------
# Relatives with a phrase or a wh-clause inside and between commas, questions after ", and", reflexives
# joined to another person, two bare nouns with a complement that counts two, "there"/"their" before a
# participle, an adjective or a preposition.
ROUND_SIX_FAULTS: list[tuple[str, str, str]] = [
    ("The notes I took with you and the team was very useful.", "was", "agreement"),
    ("The charts that Sam showed about how sales are tracked was clear.", "was", "agreement"),
    ("My two referees, who both know my audit work, is free this week.", "is", "agreement"),
    ("Each of the case files you described raise a good question.", "raise", "agreement"),
    ("Thanks again, and has the other candidates finished their interviews?", "has", "agreement"),
    ("Does the remaining panels still meet in March?", "Does", "agreement"),
    ("The spring training sessions you ran was a highlight.", "was", "agreement"),
    ("It meant a lot to the colleague who coached me and myself.", "myself", "compound-subject"),
    ("I was glad to meet Ms Lee and yourself on Tuesday.", "yourself", "compound-subject"),
    ("Sam and myself will bring the samples.", "myself", "compound-subject"),
    ("Cost and speed is the two things clients ask about.", "is", "compound-subject"),
    ("Staff turnover and training time was both problems we solved.", "was", "compound-subject"),
    ("People learn faster when there shown real examples.", "there", "their-there"),
    ("Reports get read when their in plain language.", "their", "their-there"),
    ("I can send the files if there helpful.", "there", "their-there"),
]
ROUND_SIX_GOOD = [
    # edited prose of the kind the pass met in articles and manuals (false alarms it once raised)
    "I was impressed with their initiative.",
    "Some advice says a handwritten card shows a \u201cpersonal touch\u201d.",
    "It\u2019s unfortunate but true that some firms never reply.",
    "Send one thank you note, then a short follow-up.",
    "A link at the target is replaced, never followed.",
    "A password that the server refuses is shown in one line.",
    "The debrief prompt is scheduled for five minutes after the end.",
    "One or two weeks of silence is normal.",
    "A follow-up may echo the themes of the first note but must not reuse its wording.",
    "The notes I took with you and the team were very useful.",
    "My two referees, who both know my audit work, are free this week.",
    "Thanks again, and have a good weekend.",
    "Do the remaining panels still meet in March?",
    "I did the whole analysis for my team and myself.",
    "You should be proud of your team and yourself.",
    "Fish and chips is still my favourite Friday lunch.",
    "Cost and speed are the two things clients ask about.",
    "People learn faster when they're shown real examples.",
    "I can send the files if they're helpful.",
    "If it's easier, I can call on Thursday.",
    "The studio was busier than I expected, in a good way.",
    "There is a carrier strike planned for May, as you said.",
    "Their in-house team built the tool.",
    "I worked there for two years, and the people there were kind.",
]


@pytest.mark.parametrize(("sentence", "target", "kind"), ROUND_SIX_FAULTS)
def test_c11_round_six_faults_are_found(sentence: str, target: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in _check(sentence)[1]] == [(target, kind)]


@pytest.mark.parametrize("sentence", ROUND_SIX_GOOD)
def test_c11_round_six_good_sentences_raise_no_grammar_finding(sentence: str) -> None:
    assert _check(sentence)[1] == []


@pytest.mark.parametrize("action", ["CALL", "VOICEMAIL"])
def test_c11_a_script_is_checked_for_grammar_but_not_for_spelling(action: str) -> None:
    """A call or voicemail script is read aloud: its grammar is heard, its spelling is the caller's own."""
    script = (
        "Hello Mr. Whitaker, this is Alex Morgan. The binders you showed me was a great idea, and Priya and "
        "me enjoyed the tour. I am calling about the Paralegal role; my number is 555-0100. Thank you."
    )
    found = [f for f in check_text(context(action), "", script) if f.code == "W-PROOF"]
    assert [(marked(script, f), f.kind) for f in found] == [("was", "agreement"), ("me", "compound-subject")]
    typo = "Hello Mr. Whitaker, this is Alex Morgan. I enjoyed the tuor; my number is 555-0100. Thank you."
    assert [f for f in check_text(context(action), "", typo) if f.code == "W-PROOF"] == []
