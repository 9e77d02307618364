"""C-20 and K17: pressure in a message is W-TONE, and each finding names its kind. One table of pressing
sentences per kind, in a thank-you and in a first follow-up; one table of sentences that only look
pressing: the questions C-05 and C-15 require, the employer's own date echoed back, the candidate's
own haste ("I can start immediately"), their urgent work, and another offer in the message about it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.checks.checker import check_text
from followup.core.drafts import FINDING_KINDS, TextFinding
from tests.core.checks.world import SUBJECT, context, letter, marked

OPENING = "Thank you for meeting with me today about the Paralegal role at Summit Legal."
CLOSE = "I am very interested in the role and look forward to hearing from you."

PRESSING = [
    ("Can you tell me your decision by Monday?", "by Monday", "deadline"),
    (
        "Please let me know by the end of the week whether I have the job.",
        "by the end of the week",
        "deadline",
    ),
    ("I would appreciate an answer within 3 days.", "within 3 days", "deadline"),
    ("Please tell me if I have been selected by Monday.", "by Monday", "deadline"),
    ("Please let me know your decision.", "Please let me know your decision", "decision"),
    ("I would like an answer soon.", "I would like an answer", "decision"),
    ("Please let me have your decision on my application.", "Please let me have your decision", "decision"),
    (
        "I would like the team's decision, so please pass that on.",
        "I would like the team's decision",
        "decision",
    ),
    ("Could you get me their answer by tomorrow evening?", "by tomorrow evening", "deadline"),
    ("I would be grateful for a response within three days.", "within three days", "deadline"),
    ("I look forward to hearing back by Monday.", "by Monday", "deadline"),
    (
        "I would like to hear back before the long weekend at the latest.",
        "before the long weekend",
        "deadline",
    ),
    ("Time is short on my side, so a quick answer would help.", "Time is short", "urgency"),
    ("Please treat my application as a priority.", "treat my application as a priority", "urgency"),
    ("I have other options on the table.", "other options on the table", "leverage"),
    ("A competitor of yours has already offered me more.", "competitor of yours has", "leverage"),
    ("I need to know where I stand.", "I need to know", "decision"),
    ("Please get back to me as soon as possible.", "as soon as possible", "urgency"),
    ("It is urgent that I hear from you.", "urgent", "urgency"),
    ("I need an update ASAP.", "ASAP", "urgency"),
    ("I have another offer on the table, so timing matters.", "another offer", "leverage"),
    ("Other companies are interested in my profile.", "Other companies are", "leverage"),
    ("I am in the final stages with two other firms.", "final stages with", "leverage"),
    ("Have you made a decision yet?", "Have you made a decision yet?", "whether-decided"),
    ("Has the position been filled?", "Has the position been filled?", "whether-decided"),
    ("Do you already know who you will hire?", "Do you already know who you will hire?", "whether-decided"),
    (
        "Could you find out whether they have already decided?",
        "Could you find out whether they have already decided?",
        "whether-decided",
    ),
    ("I still haven't heard back about the schedule.", "still haven't heard", "guilt"),
    ("Honestly, the process feels unfair.", "unfair", "guilt"),
    ("I was disappointed not to meet the partners.", "disappointed", "guilt"),
    (
        "If I don't hear back by Friday, I will accept elsewhere.",
        "If I don't hear back by Friday, I will",
        "ultimatum",
    ),
    ("This is your last chance to hire me.", "last chance", "ultimatum"),
    ("You must tell me where I stand.", "must", "ultimatum"),
    # the same intents in other words
    ("Ideally I'd hear back by close of business Thursday.", "by close of business", "deadline"),
    ("A reply within two working days would be ideal.", "within two working days", "deadline"),
    ("I'd be keen to have an answer before the end of next week.", "before the end of next week", "deadline"),
    ("I'd be grateful to hear your view by Wednesday.", "by Wednesday", "deadline"),
    ("Mostly I'd like to know whether I've been shortlisted.", "whether I've been shortlisted", "decision"),
    ("I would value knowing if I've been successful.", "knowing if I've been successful", "decision"),
    ("Honestly, a yes or no would help me plan.", "a yes or no", "decision"),
    ("I'd love to find out whether the job is mine.", "whether the job is mine", "decision"),
    (
        "I hope to learn whether you will be offering it to me.",
        "whether you will be offering it to me",
        "decision",
    ),
    ("Could you reply at your earliest convenience?", "at your earliest convenience", "urgency"),
    ("I'd be glad if you could nudge them sooner rather than later.", "sooner rather than later", "urgency"),
    ("Please send word without delay.", "without delay", "urgency"),
    ("I'm weighing a couple of other roles just now.", "weighing a couple of other roles", "leverage"),
    ("One studio has already come back to me with an offer.", "One studio has", "leverage"),
    ("Two firms have asked me to a final round.", "Two firms have asked", "leverage"),
    ("A rival firm is keen to move forward with me.", "keen to move forward with me", "leverage"),
    ("Have you perhaps already found someone?", "Have you perhaps already found someone?", "whether-decided"),
    ("I wondered whether you have made your choice already.", None, "whether-decided"),
    ("Is the role still open, or has someone been picked?", None, "whether-decided"),
    ("Has the firm already hired its paralegal?", None, "whether-decided"),
    ("It has been a little disappointing to wait so long.", "disappointing", "guilt"),
    ("I have been sitting by the phone all week.", "sitting by the phone", "guilt"),
    (
        "If I have not heard from you by Monday, I will take the other role.",
        "If I have not heard from you by Monday, I will",
        "ultimatum",
    ),
    ("I may have no choice but to look elsewhere.", "no choice but", "ultimatum"),
    ("I'd appreciate hearing back soon, ideally this week.", "ideally this week", "deadline"),
    ("Have you made up your mind yet?", None, "whether-decided"),
    ("Do you know yet who got the role?", None, "whether-decided"),
]

CALM = [
    "Could you tell me when you expect to make a decision?",  # C-05's question
    "Could you let me know your decision timeline?",
    "What are the next steps in the process?",
    "I can start immediately if that helps the team.",
    "I would be glad to send the writing sample by Friday.",
    "I enjoyed hearing about the urgent backlog of discovery requests.",
    "I will send the references as soon as possible.",
    "I understand you expect to decide by Friday 6 February.",
    "As you mentioned, I look forward to hearing from you by Friday.",
    "I would welcome another conversation about the role.",
    "I have no other offers to weigh; this is the role I want.",
    "I look forward to hearing from you next week.",
    "I understand a decision is expected by the end of the month.",
    "I look forward to your decision.",
    "Would you be able to tell me when a decision is expected?",
    "Please let me know if you need me to answer anything else.",
    "Have you decided on a vendor for the migration yet, or is that still open?",
    "I was glad to hear the team has already picked a new dashboard tool.",
    "Priya offered me a tour of the office, which I enjoyed.",
    "I respect whatever decision you make.",
    "Although I was disappointed to hear the news, I appreciated your kind note.",
    "Please let me know the times that suit you, and I will confirm promptly.",
    "Please let me know if you need references, and I can send them by Friday.",
    # the broader rules' traps
    "If I am selected, I would be glad to start on the migration.",
    "Whether or not I am chosen, I enjoyed the morning.",
    "Will there be a second round before the decision is made?",
    "I was glad to hear the firm has already picked a new review platform.",
    "Thank you for the offer of a tour; I would enjoy it.",
    "I would welcome hearing about other roles at Summit Legal in the future.",
    "A firm has to balance speed and care in discovery.",
    "I hope to hear from you soon.",
    "I wondered whether there is any news on the timeline.",
    "I felt the disappointment of the team when the vendor slipped, and admired how they recovered.",
]


def _tone(action: str, sentence: str, **fields: object) -> tuple[str, list[TextFinding]]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    found = [f for f in check_text(context(action, **fields), SUBJECT, text) if f.code == "W-TONE"]
    return text, found


@pytest.mark.parametrize(("sentence", "target", "kind"), PRESSING)
def test_k17_pressure_in_a_thank_you_is_w_tone_of_its_kind(
    sentence: str, target: str | None, kind: str
) -> None:
    text, found = _tone("TY", sentence, decision_date=None, needs_next_steps_question=False)
    assert [(f.rule, marked(text, f), f.kind) for f in found] == [("C-20", target or sentence, kind)]


@pytest.mark.parametrize(("sentence", "target", "kind"), [p for p in PRESSING if p[2] != "whether-decided"])
def test_k17_pressure_in_a_first_follow_up_is_w_tone_too(
    sentence: str, target: str | None, kind: str
) -> None:
    text, found = _tone("F1", sentence, decision_date=None)
    assert [(marked(text, f), f.kind) for f in found] == [(target or sentence, kind)]


def test_k17_asking_whether_they_decided_is_f1s_status_question_not_pressure() -> None:
    assert _tone("F1", "Have you made a decision yet?", decision_date=None)[1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you be able to share where the decision stands?",
        "Could you tell me where the decision sits at the moment?",
        "When might the panel reach a decision?",
    ],
)
def test_k17_where_the_decision_stands_is_c15s_status_question(sentence: str) -> None:
    assert _tone("F1", sentence, decision_date=None)[1] == []
    # asking for the decision itself still is not
    _, found = _tone("F1", "Would you be able to share your decision with me this week?", decision_date=None)
    assert [f.kind for f in found] == ["decision"]


@pytest.mark.parametrize("sentence", CALM)
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_required_questions_their_dates_and_own_haste_are_not_pressure(
    sentence: str, action: str
) -> None:
    assert _tone(action, sentence)[1] == []


def test_k17_a_deadline_that_restates_their_date_passes_and_another_does_not() -> None:
    by_d = "Please let me know by Friday 6 February."
    assert _tone("TY", by_d, decision_date=dt.date(2026, 2, 6))[1] == []
    text, found = _tone("TY", by_d, decision_date=None)
    assert [(marked(text, f), f.kind) for f in found] == [("by Friday", "deadline")]


def test_k17_the_message_about_another_offer_may_name_it_and_its_deadline() -> None:
    sentence = "I have received another offer and need to respond by Friday, 30 January."
    assert _tone("EXC-OFFER", sentence)[1] == []
    assert _tone("EXC-OFFER", "I have another offer and must respond by Friday, 30 January.")[1] == []
    assert [f.kind for f in _tone("TY", sentence)[1]] == ["leverage"]


def test_c20_guilt_is_pressure_in_every_message() -> None:
    for action in ("RJ", "FB", "EXC-OFFER", "RSP"):
        text, found = _tone(action, "I still haven't heard back about the schedule.")
        assert [(marked(text, f), f.kind) for f in found] == [("still haven't heard", "guilt")], action


def test_c20_and_c23_on_one_ultimatum_give_one_finding() -> None:
    text, found = _tone("EXC-OFFER", "I want your final answer quickly.")
    assert [(f.rule, marked(text, f), f.kind) for f in found] == [("C-23", "final answer", "ultimatum")]


def test_c20_a_postscript_below_the_signature_is_read_too() -> None:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {CLOSE}") + "\nP.S. I still haven't heard back."
    found = [f for f in check_text(context("F1"), SUBJECT, text) if f.code == "W-TONE"]
    assert [(marked(text, f), f.kind) for f in found] == [("still haven't heard", "guilt")]


def test_k17_every_tone_kind_has_a_pressing_sentence() -> None:
    assert {kind for _, _, kind in PRESSING} == set(FINDING_KINDS["W-TONE"])


# --- broad tables: leverage and urgency in many wordings, and the calm sentences beside them ---------------
# K17: leverage is any other offer, process, employer's interest or competing timeline used to push;
# urgency is any request for speed, or time pressure put on their answer.
BROAD_PRESSING: dict[str, list[str]] = {
    "leverage": [
        "I should mention that another company has made me an offer.",
        "A rival firm has asked me to a final interview next week.",
        "I am also in final interviews with two other agencies.",
        "I have a second offer in hand, so I hope we can move ahead.",
        "Another employer wants an answer from me by Friday.",
        "I have been approached by a recruiter for a similar role.",
        "There is strong interest in my profile from other firms.",
        "I am weighing up a couple of other roles at the moment.",
        "One of your competitors has invited me back for a third round.",
        "Another studio is keen to have me start next month.",
        "I am currently holding an offer from a larger firm.",
        "I'm close to accepting a position elsewhere.",
        "Several other companies have shown interest in me.",
        "A bank in Sydney has come back to me with a package.",
        "I have other irons in the fire, so timing matters to me.",
        "I also have an interview lined up at another agency on Monday.",
        "I've had a verbal offer from another organisation.",
        "Other firms have been in touch since our interview.",
        "An offer elsewhere expires on Thursday.",
        "I'm in the late stages of another process.",
        "A competing employer has offered me a start date in March.",
        "I've been headhunted for a similar post.",
        "Another charity has offered me the same role for more money.",
        "Given that other organisations are interested, I'd like to know where I stand.",
        "I have another opportunity that I need to respond to soon.",
        "I'm expecting an offer from another company this week.",
        "Since I have other offers, I hope you can decide soon.",
        "I'm also speaking with two other firms about similar roles.",
        "A recruiter has put me forward for three other roles.",
        "Another firm has asked me to confirm by the end of the month.",
        "A health authority has since offered me a contract.",
        "Three other local councils have been in touch with me about similar posts.",
    ],
    "urgency": [
        "I would appreciate a speedy reply.",
        "Could you let me know at your earliest convenience?",
        "Please respond promptly.",
        "I'd be grateful for a swift answer.",
        "A fast decision would really help me.",
        "Please get back to me quickly.",
        "I need to hear back soon.",
        "If you could hurry things along, I'd be grateful.",
        "I'd love to hear back as soon as you are able.",
        "Could you speed up the process on your side?",
        "I'm hoping for an answer without delay.",
        "Please reply at your soonest opportunity.",
        "It would help if you could expedite my application.",
        "Can you let me know fast?",
        "I need to know fairly urgently.",
        "Time is running out on my side, so I'd appreciate a reply.",
        "I'm on a tight timeline, so a quick response would help.",
        "Please let me know at the first opportunity.",
        "I'd value an immediate response.",
        "The sooner I hear, the better.",
        "Would you be able to fast-track the decision?",
        "I'm keen to have an answer soon, as things are moving quickly for me.",
        "Please treat this as urgent.",
        "Could you reply right away?",
        "I'm hoping to hear back quickly.",
        "I'd appreciate it if you could move things along quickly.",
        "I'd be grateful for a reply as a matter of priority.",
        "Please prioritise my application.",
        "I need a response by return.",
        "Could you get back to me soon, please?",
        "It would help if the process could go faster on your side.",
        "I'd love to hear back in short order.",
    ],
}
BROAD_CALM: list[str] = [
    "I have no other offers; this is the role I want.",
    "I enjoyed hearing how your offer to clients has changed.",
    "The firm's competitors are catching up, as you said.",
    "I was glad to hear about the offer of flexible hours.",
    "Other teams at the firm use the same platform.",
    "I interviewed with another partner, Ms Walsh, in the afternoon.",
    "I would welcome another conversation.",
    "Your clients clearly value your speed.",
    "I can start as soon as suits the team.",
    "I will send the sample promptly.",
    "I'm happy to move quickly on the writing test if that helps.",
    "I look forward to hearing from you.",
    "I hope to hear from you in due course.",
    "Please take all the time you need.",
    "Could you tell me when you expect to decide?",
    "I understand you are still interviewing other candidates.",
    "Your quick turnaround on client requests impressed me.",
    "The team's fast pace suits me.",
    "I enjoyed the speed round of questions.",
    "There is no rush on my side.",
    "I appreciated how quickly you arranged the interview.",
    "Thank you for the prompt reply to my question.",
    "I read about your competitors in the trade press.",
    "The offer letter template you showed me was clear.",
    "Several firms in Denver use the same tool.",
    "I worked with other agencies on similar projects.",
    "I am not interviewing anywhere else.",
    "I hope the process goes smoothly for the team.",
    "When you have a moment, I'd love to hear your thoughts.",
    "Is there an update on the timeline?",
    "I'd welcome the chance to speak again soon.",
    "Your team's urgent care work is inspiring.",
    "Things move quickly at the studio, as you said.",
    "The council has offered residents a new portal.",
]


@pytest.mark.parametrize(("kind", "sentence"), [(k, s) for k, rows in BROAD_PRESSING.items() for s in rows])
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_broad_pressure_is_found_however_it_is_worded(kind: str, sentence: str, action: str) -> None:
    assert [f.kind for f in _tone(action, sentence, decision_date=None)[1]] == [kind]


@pytest.mark.parametrize("sentence", BROAD_CALM)
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_broad_calm_sentences_are_not_pressure(sentence: str, action: str) -> None:
    assert _tone(action, sentence)[1] == []


# --- broad tables, round four: the other kinds of K17 and C-20/C-23, in the words people use --------------
# Written from the playbook before reading the corpus: guilt is a reproach for the wait (their silence, its
# length, the candidate's hurt); an ultimatum is a consequence of theirs or a time limit set on them; a
# decision is asked for outright (the yes or no, the outcome, the verdict); a deadline is a date or period of
# the candidate's for their answer; whether-decided asks if the hire is made or the role gone (thank-you
# round only: on F1 it is C-15's status question). Each calm sentence shares words with its kind.
MORE_PRESSING: dict[str, list[str]] = {
    "guilt": [
        "I had rather hoped to hear by now.",
        "It's been three weeks and I've had no reply.",
        "I'm a little surprised not to have heard anything yet.",
        "I was somewhat let down not to get a response to my last email.",
        "My previous email seems to have gone unanswered.",
        "I appreciate you're busy, but a short reply would have been courteous.",
        "I must admit I find the silence a bit frustrating.",
        "It's frustrating not knowing anything after all this time.",
        "I've followed up twice now without a response.",
        "Nobody has got back to me since the interview.",
        "I've been left hanging since our meeting.",
        "I feel a bit forgotten, to be honest.",
        "I would have expected at least an acknowledgement by this point.",
        "It seems my last two emails were ignored.",
        "Still nothing from your side, so I'm writing again.",
        "I'm not sure why it's taking so long to get back to me.",
        "As I've yet to receive any reply, I'm writing once more.",
        "I'm disheartened by the lack of communication.",
        "Surely candidates deserve to hear back after an interview.",
        "I'm sorry to chase again, but I've heard nothing at all.",
        # the wait as a hardship, an unmet expectation, disheartenment at the silence
        "The waiting has been tough, I must say.",
        "I'd expected to have heard something last week.",
        "It's been discouraging not to hear a word.",
    ],
    "ultimatum": [
        "If I don't hear by Friday, I'll have to assume the answer is no.",
        "I'll have to assume I've been unsuccessful if I hear nothing this week.",
        "Unless I hear back by Monday, I will withdraw my application.",
        "I need an answer soon, or I'll move on.",
        "Without an answer this week, I will take the other offer.",
        "You need to tell me where I stand.",
        "I will not wait beyond the end of the month.",
        "I can't wait any longer than Friday.",
        "After Friday, I will consider my application withdrawn.",
        "Should I not hear from you by Tuesday, I will accept the other position.",
        "Failing a reply by the 20th, I'll withdraw.",
        "If there's no news this week, I'll take that as a no.",
        "I'm giving you until Friday to decide.",
        "It's now or never, I'm afraid.",
        "You have until the end of the week to let me know.",
        "I'd rather withdraw than keep waiting.",
        "Otherwise I will assume you are no longer interested.",
        "If I hear nothing, I'll assume the role has gone elsewhere.",
        "In the absence of a reply, I shall withdraw my candidacy.",
        "Take it or leave it: I need an answer.",
    ],
    "decision": [
        "I'd really appreciate a firm yes or no.",
        "Could you let me know whether I've got the job?",
        "Please tell me if the role is mine.",
        "I would be grateful for your final decision.",
        "Please confirm whether you intend to offer me the position.",
        "I'm hoping you can give me an answer on the role.",
        "Could you tell me whether I'm through to the next stage?",
        "Please let me know the outcome of my application.",
        "I'd like a definite answer on whether I'm being offered the role.",
        "Can you confirm if I've been successful?",
        "Do let me know if you'll be making me an offer.",
        "I'd appreciate knowing one way or the other.",
        "I'd like to hear your verdict on my candidacy.",
        "Please make your decision and let me know.",
        "I would welcome a clear answer about the job.",
        "Can you let me know if I am your preferred candidate?",
        "I just need to know if it's a yes.",
        "Please could you share the panel's decision with me.",
        "Would you tell me whether you'll be taking me forward?",
        "A straight yes or no would be appreciated.",
    ],
    "deadline": [
        "Ideally I'd hear by the end of next week.",
        "Could I have an answer by the 14th?",
        "I'd need to know by Wednesday.",
        "A response before the 3rd would suit me best.",
        "Please come back to me before Friday.",
        "I'd be grateful for your answer no later than Thursday.",
        "Any chance of a reply by midweek?",
        "I'd hope to have your answer within the fortnight.",
        "Let me know by Tuesday, if possible.",
        "If you could get back to me by the end of the day tomorrow, that would be great.",
        "Could you give me an indication by Friday?",
        "It would help to hear something before the weekend.",
        "I'd like an answer by 5 pm on Thursday.",
        "Please respond by 12 March.",
        "I'd appreciate word either way by next Monday.",
        "Could you confirm by close of play tomorrow?",
        "A decision within the next ten days would be much appreciated.",
        "Hearing back in the next day or two would be ideal.",
        "Please get back to me before the month is out.",
        "I'd be glad of a reply by month's end.",
        "Could you send me the revised timeline, preferably before Friday?",
    ],
    "whether-decided": [
        "Surely a decision has been made by now?",
        "Have you reached a conclusion on the role?",
        "I wonder if the panel has come to a view yet.",
        "Is the vacancy still being advertised?",
        "Have you settled on your preferred candidate?",
        "Has anyone else been offered the role?",
        "Are you still considering candidates, or is it decided?",
        "Has the job already gone to someone else?",
        "Do you know yet whether the job has gone to another applicant?",
        "Have the partners agreed on a candidate?",
        "I'd be curious whether a choice has been reached.",
        "Have you offered the job to anyone yet?",
        "Is the search over?",
        "Has the panel reached its verdict?",
        "Did you manage to decide at yesterday's meeting?",
        "Have things been finalised on your side?",
        "Is the hire already made?",
        "I imagine you may already have someone in mind?",
        "Was a final decision reached at the panel meeting?",
        "Has the role gone to an internal candidate?",
    ],
}
MORE_CALM: dict[str, list[str]] = {
    "guilt": [
        "I hope to hear from you when the time is right.",
        "I know these decisions take time.",
        "I haven't heard of that framework before, so I've been reading about it.",
        "I understand how frustrating the old review tool was for the team.",
        "I was surprised to learn how small the team is.",
        "No reply is needed; I just wanted to share the article.",
        "There's no need to reply to this note.",
        "I've been reading more about the migration since we spoke.",
        "It's taken me a while to digest everything we discussed.",
        "I'm still thinking about your point on discovery costs.",
        "I haven't stopped thinking about the case you described.",
        "I have not yet had the chance to read the full report, but the summary was excellent.",
        "The project sounds like it has taken a long time to get right.",
        "I'm writing again with the reference you asked for.",
        "Thank you for your reply last week.",
        "I understand the process takes a few weeks.",
        "I realise you have many candidates to see.",
        "I was sorry to hear the partner meeting was postponed.",
        "I'd be glad to hear your thoughts whenever suits.",
        "The clients were let down by the old vendor, as you said, and the new one fixed that.",
        "Your point about invoices that go unanswered for months stayed with me.",
        "The wait times at the clinic have been hard on patients, as you said.",
        "It was discouraging to read how few firms audit their vendors.",
    ],
    "ultimatum": [
        "If I don't hear before then, I'll check in next week.",
        "If you need anything else, I will send it straight away.",
        "Unless you'd prefer a call, I'll send the references by email.",
        "If it helps, I can come in on Monday.",
        "I must thank you again for the tour.",
        "You must have had a long day of interviews.",
        "You must be pleased with how the launch went.",
        "I must say I enjoyed the case study.",
        "I assume the team will be busy with the launch next week.",
        "I'll assume Tuesday still works for the call unless you tell me otherwise.",
        "Otherwise, I look forward to hearing from you.",
        "If there is anything else you need, please let me know.",
        "I had to leave a little early, so thank you for fitting me in.",
        "I will wait to hear from you.",
        "I am happy to wait until you have seen all the candidates.",
        "Failing that, a phone call would work just as well.",
        "If I haven't heard by the date you mentioned, I'll send a short note.",
        "Should you need references, I'll send them the same day.",
        "I'd be happy to take on the writing test if that helps.",
        "The client chose a new provider, which was surely a relief.",
    ],
    "decision": [
        "Could you tell me when you expect to reach a decision?",
        "I'd be grateful to know roughly when a decision is likely.",
        "I understand the decision rests with the partners.",
        "Your decision to move to a new platform made sense to me.",
        "The team's answer to the staffing problem was clever.",
        "Whatever the outcome, I enjoyed meeting the team.",
        "I hope the decision process goes smoothly.",
        "Please let me know if you need anything else from me.",
        "Please let me know whether Tuesday suits for a call.",
        "I'd like to know more about the team's mentoring scheme.",
        "Either way, thank you for the opportunity.",
        "Could you tell me whether there will be a second round?",
        "I'd welcome your view on the article I attached.",
        "Please confirm whether you received my references.",
        "I'd like to hear your thoughts on the draft schedule.",
        "Let me know if the attachment does not open.",
        "I'd be keen to know whether the role includes client work.",
        "Your answer to my question about training was helpful.",
        "I made my decision to apply after reading about your pro bono work.",
        "I was glad to get a clear answer on the team's structure.",
    ],
    "deadline": [
        "I'll send the writing sample by Friday.",
        "You mentioned you hope to decide by the end of the month.",
        "I understand you'll be in touch within two weeks.",
        "I'm away until the 14th, but reachable by email.",
        "Please take your time; there's no deadline on my side.",
        "I'm free for a call any morning next week.",
        "Thank you for replying within a day.",
        "I finished the case study within two days of the interview.",
        "I hope your trip to Chicago next week goes well.",
        "Let me know if Monday still works for the call.",
        "The panel plans to meet before the holidays, as you said.",
        "I look forward to hearing from you in due course.",
        "I will be in Denver until Friday if an in-person chat helps.",
        "I would be glad to send anything else you need by the end of the week.",
        "The launch in two weeks sounds exciting.",
        "Please let me know if you need the certificate before Monday.",
        "I'm available to start after a month's notice.",
        "The migration should be done by the end of the quarter, I gather.",
        "It would help me to see the style guide before the writing test.",
        "I could come in before 9 am any day next week.",
    ],
    "whether-decided": [
        "Could you tell me when you expect to make your decision?",
        "I know the decision will take time.",
        "Your team's choice of a new platform was a smart one.",
        "I hope the panel's discussions go well.",
        "Is the team still using the old review tool?",
        "Has the migration been finalised yet?",
        "Have you found a replacement vendor for the archive?",
        "I was glad to hear the team settled on a new name for the project.",
        "Once a decision is made, I'd be glad to hear it either way.",
        "When is the decision likely to be made?",
        "I'd be grateful to know when a decision might be reached.",
        "Are you still planning the office move for spring?",
        "Is the Denver office still open on Saturdays?",
        "I gather the partners have decided to expand the team.",
        "Whatever you decide, I enjoyed the conversation.",
        "I hope the search for a new office goes well.",
        "Will there be another round before a decision is made?",
        "Do you expect to decide before the holidays?",
        "Could you let me know who the other panel members will be?",
        "The board has come to a view on the merger, I read.",
    ],
}
# whether-decided is pressure only in the thank-you round: on F1 the same question is C-15's status question.
_MORE_CASES = [
    (kind, sentence, action)
    for kind, rows in MORE_PRESSING.items()
    for sentence in rows
    for action in (["TY"] if kind == "whether-decided" else ["TY", "F1"])
]


@pytest.mark.parametrize(("kind", "sentence", "action"), _MORE_CASES)
def test_k17_c20_c23_every_kind_is_found_in_the_words_people_use(
    kind: str, sentence: str, action: str
) -> None:
    assert [f.kind for f in _tone(action, sentence, decision_date=None)[1]] == [kind]


@pytest.mark.parametrize("sentence", [s for rows in MORE_CALM.values() for s in rows])
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_c20_c23_calm_sentences_sharing_their_words_are_not_pressure(sentence: str, action: str) -> None:
    assert _tone(action, sentence, decision_date=None)[1] == []


def test_k17_c20_c23_round_four_tables_hold_twenty_of_each() -> None:
    kinds = {"guilt", "ultimatum", "decision", "deadline", "whether-decided"}
    assert set(MORE_PRESSING) == set(MORE_CALM) == kinds
    assert all(len(MORE_PRESSING[k]) >= 20 and len(MORE_CALM[k]) >= 20 for k in kinds)


# --- round five: sentences written for the feature pass (checks/speech.py), not from the corpus -------------
# Each pressing kind in new structures (requests as questions, wishes, needs and "would it be possible"; the
# outcome as a result, a verdict, "whether I've made the cut"; guilt as neglected messages and counterfactual
# courtesy; conditions as "no reply by ... and I'll"); the calm ones share their words: the candidate's own
# outcome and haste, their matter described as pressing, suppositions with "must", other people's grievances,
# a negated "interviewing elsewhere". The "mixed" calm list holds the required questions and echoed dates.
ROUND_FIVE_PRESSING: dict[str, list[str]] = {
    "decision": [
        "Do you know yet whether I'll be getting an offer?",
        "I'd like to hear the panel's answer as soon as it's made.",
        "Would you mind telling me whether I'm going to be offered the position?",
        "I'm hoping you can share the outcome with me soon, as it would help me plan.",
        "Please put me out of my misery and let me know if I got it.",
        "Please could you confirm whether or not I have the job?",
        "I'd welcome a firm answer on my candidacy.",
        (
            "Since I am weighing my plans for the spring, I would be "
            "grateful to hear whether the role will be mine."
        ),
        (
            "Thank you again for your time; when you have a moment, please "
            "tell me the panel's decision on my application."
        ),
        "I'd appreciate a clear yes or no on my application.",
        "Could you let me know how my application has been received by the panel?",
        "If you could tell me whether the role is going to me, I'd be grateful.",
        "Please would you pass on the hiring manager's decision?",
        "I really need to hear whether I've been selected.",
        "Do tell me if I'm your preferred candidate.",
        "I'd really value knowing the outcome of my application.",
        "Would you be able to share the panel's verdict with me?",
        "Please tell me whether the job is mine.",
        "I would be grateful to learn whether you will be offering me the role.",
        "Could you let me know if I got the position?",
        "I'd like to know the panel's verdict.",
        "Do let me know the result of the interview.",
        "I am hoping you can confirm whether I have been successful.",
        "Please share your final verdict on my candidacy.",
        "I would appreciate hearing the panel's answer on my application.",
        "Can you tell me if you are going to hire me?",
        "I need to know the outcome to plan my next steps.",
        "Would it be possible to hear your decision on me?",
        "I have to hear whether I am through to the next stage.",
        "It would help me to know if the answer is yes or no.",
        "Whenever you can, I'd love to hear whether I've made the cut.",
        "Might you be able to tell me if the panel liked my answers enough to offer me the post?",
        "I'm writing to ask for the outcome of Tuesday's interview.",
        "If possible, please send me the panel's decision on my application.",
        "Would you let me know whether I have been successful?",
        "I am keen to learn the result of my interview.",
        "Could you kindly confirm the outcome for me?",
    ],
    "deadline": [
        "Could I have an answer within the next three working days?",
        "I'd be grateful to hear back ahead of the long weekend.",
        "I'd be grateful for a reply today if at all possible.",
        "Could you please let me know by Tuesday week?",
        "I'd need your answer before 9 May.",
        "Ideally, I'd hear from you within a fortnight.",
        "Could you come back to me with an answer by Thursday at noon?",
        "It would help if I could know by midweek.",
        "I know the panel is busy, but could you let me know either way by the 21st?",
        "It was a pleasure to meet everyone, and I would appreciate your answer before the end of next week.",
        "Please let me have your answer by Tuesday the 9th.",
        "Could you come back to me before 1 March?",
        "An answer before Easter would be ideal.",
        "I'd be grateful to know one way or the other by tomorrow evening.",
        "Can you let me know by the start of next week?",
        "I hope to hear from you within five days.",
        "Could I hear from you by the 14th?",
        "I would appreciate your answer no later than Thursday.",
        "Please come back to me before the end of the month.",
        "It would help to have your answer by close of business tomorrow.",
        "Would you be able to let me know within the week?",
        "I'd be grateful for a reply before the weekend.",
        "Could you give me your answer by 5 pm on Friday?",
        "Please let me know by 3 November.",
        "I hope to have your decision before next Wednesday.",
        "Can you confirm the outcome within two working days?",
        "I would like your answer by the middle of next week.",
        "May I have a response by Monday morning?",
        "Please reply by October 20 at the latest.",
        "Would a reply by this Friday be possible?",
        "I need your answer within 48 hours.",
        "I'd be grateful to hear back before Friday week.",
        "Could the panel let me know by the end of next week?",
        "Ideally I'd have an answer before the 30th.",
        "Would it be possible to hear by Wednesday lunchtime?",
        "Please could you reply by 12 December?",
        "I would value a decision within the next ten days.",
        "If you could come back to me by tomorrow, that would be ideal.",
        "A response by the close of play on Thursday would be appreciated.",
    ],
    "urgency": [
        "Could you hurry the decision along a little?",
        "I'd appreciate it if you could treat this as a priority.",
        "Could you let me know at your earliest opportunity?",
        "Please move quickly on this if you can.",
        "Could you get back to me at your soonest?",
        "A swift response would be appreciated.",
        (
            "I enjoyed the tour very much, and I'd be grateful if you could "
            "let me know quickly, as my lease ends soon."
        ),
        (
            "Your team's work on the archive impressed me, so I hope you "
            "can respond at your earliest convenience."
        ),
        "A reply by return would be much appreciated.",
        "I'd be grateful for an answer in short order.",
        "Could the panel please decide quickly?",
        "Please do reply at the first opportunity.",
        "It would help me a great deal to hear back urgently.",
        "Can you let me know immediately?",
        "I'd be grateful for a speedy reply.",
        "Please respond at your earliest convenience.",
        "Could you get back to me quickly?",
        "A fast answer would really help me.",
        "I'd appreciate it if things could move along promptly.",
        "Please let me know as quickly as you can.",
        "I need to hear back very soon.",
        "Could you please fast-track my application?",
        "Kindly reply without delay.",
        "I would appreciate an immediate response.",
        "Any chance you could speed things up?",
        "Please prioritise my application.",
        "I am hoping for a reply in short order.",
        "A prompt decision would be much appreciated.",
        "Could you reply as soon as you are able?",
        "I'd really appreciate a swift answer.",
        "Please could you hurry the decision along?",
        "I'd be grateful if you could reply promptly.",
        "A rapid reply would help me enormously.",
        "Could you please treat this as urgent?",
        "I would like to hear back as soon as possible, please.",
        "I hope you can get back to me straight away.",
        "Is there any way to speed up the process?",
    ],
    "leverage": [
        "I've been offered a role at a competitor and need to decide soon.",
        "Another bank is keen to have me start next month.",
        "I've just received an offer from another firm.",
        "My current employer has made a counter-offer.",
        "Several recruiters have been in touch about similar roles.",
        "I've had interest from two other agencies this week.",
        "A competitor has asked me to a final interview on Monday.",
        (
            "I should add, in fairness, that a firm in Manchester has offered "
            "me a similar role, so I am keen to hear from you."
        ),
        "While I'm very keen on Fenwick, I'm also at the final stage with a consultancy in Leeds.",
        "I have two other offers in hand.",
        "A larger agency has made me an attractive offer.",
        "Another hospital wants me to start in March.",
        "I'm juggling a couple of other opportunities.",
        "A second employer has asked for my answer by Friday.",
        "I've also been approached by a headhunter for a similar role.",
        "I should mention that another company has made me an offer.",
        "A rival firm is keen to bring me on board.",
        "I am also in the final round with two other employers.",
        "I have a competing offer that I need to weigh.",
        "Another studio has asked me to start next month.",
        "I'm currently considering a couple of other roles.",
        "Two other organisations have invited me to second interviews.",
        "I have been offered a position elsewhere.",
        "A recruiter has put me forward for three other roles.",
        "I am weighing up an offer from a larger firm.",
        "Several companies have shown strong interest in me.",
        "I have another interview lined up next week with a competitor.",
        "I already hold one offer and expect a second.",
        "Other employers are moving quickly on my application.",
        "I'm in advanced talks with another bank.",
        "Just so you know, a competitor has offered me a senior post.",
        "I'm also fielding an offer from a consultancy in Sydney.",
        "Another council has invited me to a final interview.",
        "I've received a verbal offer from another employer.",
        "Two recruiters are pushing me towards other roles.",
        "I have a second offer on the table from a rival agency.",
        "I am currently in final-stage interviews with other firms.",
        "There is another company keen to hire me.",
    ],
    "whether-decided": [
        "Have you settled on your new coordinator?",
        "Is the post still being advertised?",
        "Have you narrowed it down to one person yet?",
        "Did someone else get the role?",
        "Has the team already offered the post to someone?",
        "Have you and the panel made a choice yet?",
        "Has somebody already been appointed?",
        (
            "I enjoyed our conversation, and I wondered whether the "
            "panel had already chosen someone for the post."
        ),
        "Thanks for the tour; out of curiosity, has the role already gone to an internal candidate?",
        "Has the role been offered to anyone yet?",
        "Have you reached a decision on the position?",
        "Are you still interviewing for the role?",
        "Have the panel picked someone already?",
        "Is the job still up for grabs?",
        "Did you decide who to appoint?",
        "Have you already picked your candidate?",
        "Has the panel reached a decision?",
        "Is the role still available?",
        "Have you filled the position yet?",
        "Could you tell me if someone has been chosen?",
        "Has a hire been made?",
        "Have you settled on someone for the role?",
        "I wondered whether the team had made its choice.",
        "Is the vacancy still open?",
        "Have you decided on a candidate?",
        "Has anyone been offered the post?",
        "Has the search concluded?",
        "Did the panel agree on who to hire?",
        "Have you already offered the job to someone?",
        "Is there a decision yet?",
        "Has the hiring panel chosen someone yet?",
        "Have you made up your minds about the role?",
        "Is the position still open, or has it been filled?",
        "Have you found your new analyst?",
        "Was a decision reached at yesterday's meeting?",
        "Has the job gone to another candidate?",
        "Has the team already selected a candidate?",
        "I wondered if you had settled on a candidate.",
    ],
    "guilt": [
        "I've been waiting patiently for weeks now.",
        "Frankly, the silence since our interview has been disappointing.",
        "I've emailed twice and had nothing back.",
        "It feels as though my application has slipped through the cracks.",
        "I would have expected a reply by now.",
        "It's now been a month with no news, which I find hard.",
        "I was surprised not to receive even a short acknowledgement.",
        (
            "I know you are busy, but it has now been three weeks since the "
            "interview and I still haven't received any update."
        ),
        (
            "I wrote on the 2nd and again on the 9th, and neither email has "
            "had a reply, which is a little disappointing."
        ),
        "I've been left waiting without any word.",
        "It's been radio silence since our interview.",
        "I do find it a little discourteous not to have had a reply.",
        "I had hoped someone would get back to me by now.",
        "It is now three weeks and I have had no acknowledgement.",
        "I'm feeling overlooked after my last two emails.",
        "I have been waiting to hear for over two weeks now.",
        "It is disappointing not to have had any reply.",
        "I'm still waiting for an answer to my last email.",
        "I feel rather forgotten since the interview.",
        "My two emails have gone unanswered.",
        "The silence has been hard on me.",
        "I expected to have heard something by now.",
        "Nobody has replied to my messages.",
        "I haven't heard anything since we met.",
        "It seems unfair to keep candidates waiting this long.",
        "I've had no response to my previous note.",
        "I find it frustrating to be kept in the dark.",
        "After all this time, I had hoped for some news.",
        "I'm disheartened not to have received any word.",
        "Why is it taking so long to decide?",
        "It has been a fortnight and I have heard nothing at all.",
        "I'm a bit hurt that my follow-up was ignored.",
        "I'd have appreciated the courtesy of a reply.",
        "Still no word from anyone, which is disappointing.",
        "It feels like my application has been forgotten.",
        "I've chased twice and heard nothing back.",
        "The lack of any update has been very stressful.",
        "I was expecting to hear back well before now.",
    ],
    "ultimatum": [
        "If I haven't heard by the 3rd, I'll assume you've gone with someone else.",
        "I'll accept the other offer on Friday unless I hear from you first.",
        "If I don't hear back soon, I'll have to assume it's a no.",
        "Unless you can decide by Monday, I'll need to move on.",
        "You leave me no choice but to accept the other offer.",
        "I'll need an answer by Friday, otherwise I'll withdraw.",
        "If the offer doesn't come this week, I'm out.",
        (
            "I do need to give the other firm an answer, so if I haven't heard "
            "from you by Thursday I will accept their offer."
        ),
        "I'm afraid that, failing a decision this week, I'll have to withdraw my application.",
        "If I hear nothing by Friday, I'll take that as a no.",
        "Should there be no answer by Monday, I'll accept the other role.",
        "I can wait until Wednesday and no longer.",
        "Unless you confirm today, I'll pull out of the process.",
        "If you can't decide this week, I will move on.",
        "Answer by noon or I will sign elsewhere.",
        "If I don't hear back by Friday, I will accept the other offer.",
        "Unless you reply this week, I will withdraw my application.",
        "You must give me an answer today.",
        "This is your last chance to make me an offer.",
        "If there is no reply, I'll assume the answer is no.",
        "I cannot wait any longer than Monday.",
        "Failing a reply, I will take the other role.",
        "You have until Thursday to decide.",
        "If I hear nothing, I will look elsewhere.",
        "I will have to withdraw unless I hear from you soon.",
        "I need a final answer or I will move on.",
        "Either you decide by Friday or I take the other job.",
        "Without an answer this week, I'll consider my application withdrawn.",
        "It's now or never for me.",
        "I will accept another offer if you do not respond by Monday.",
        "If I don't have an answer by Monday, I'll take the other job.",
        "Should I not hear back this week, I will withdraw.",
        "I'll give you until Friday, then I'm moving on.",
        "Unless I hear by tomorrow, I'll assume I've been unsuccessful.",
        "No reply by the 5th and I'll accept elsewhere.",
        "You need to decide by Wednesday.",
        "I must have your answer by Friday.",
        "Take it or leave it: I need a decision now.",
    ],
}
ROUND_FIVE_CALM: dict[str, list[str]] = {
    "decision": [
        "When do you expect to make a decision?",
        "Could you tell me what the next steps are?",
        "I would be glad to hear how the process will unfold.",
        "Please let me know if you need anything else from me.",
        "I was glad to hear how you make decisions as a team.",
        "Your decision to move the archive online was a bold one.",
        "I look forward to hearing from you.",
        "Do let me know if the portfolio link does not open.",
        "I'd value your view on the article I mentioned.",
        "Please tell the team how much I enjoyed the tour.",
        "Could you share the name of the book you recommended?",
        "I understand the panel will meet next week to decide.",
        "I would be happy to answer any further questions.",
        "It would help me to know the format of the second round.",
        "Whatever you decide, I have learnt a lot from this process.",
    ],
    "deadline": [
        "You mentioned you expect to decide by the 14th.",
        "I will send the writing sample by Friday.",
        "I am away from 3 November, but reachable by email.",
        "As you said, the panel meets before the end of the month.",
        "I can provide references within a day if that helps.",
        "Please let me know if you need the certificate before Monday.",
        "I finish my current contract at the end of the month.",
        "Your team ships a release every two weeks, which impressed me.",
        "I'll be in Leeds on Thursday if meeting in person is easier.",
        "I understand you plan to decide by the middle of next week.",
        "My notice period is four weeks.",
        "The workshop on Monday morning sounded great.",
        "I'd be glad to send the portfolio before the weekend.",
        "Is there anything you need from me before Friday's panel?",
        "I read your October 20 post about the launch.",
    ],
    "urgency": [
        "I can start immediately if needed.",
        "I'll reply promptly to any request for references.",
        "Thank you for your quick reply.",
        "I appreciated how quickly the team turned things around.",
        "Your urgent backlog sounds like a fun challenge.",
        "I would be glad to move quickly on the onboarding tasks.",
        "I'll send the files as soon as I can.",
        "The team moves fast, which suits me.",
        "I know the migration is time-sensitive for your clients.",
        "Please take whatever time you need.",
        "I learned to prioritise my own workload during the audit.",
        "Your speedy turnaround on client requests is impressive.",
        "I'm happy to fit around your schedule.",
        "Thanks for getting back to me so promptly.",
        "I hope the quarter-end rush is going well.",
    ],
    "leverage": [
        "I have no other offers and this is my first choice.",
        "Your competitors seem slower to adopt this kind of tooling.",
        "I worked with other agencies on similar campaigns.",
        "The other candidates must have been strong.",
        "I enjoyed hearing how your team beat a larger firm to the contract.",
        "I am not interviewing anywhere else.",
        "Another idea occurred to me after we spoke.",
        "I read that a rival bank launched a similar app.",
        "Other teams at the company use the same dashboard, you said.",
        "I would love to explore other roles at the firm in future.",
        "At my previous company I managed two offers of funding.",
        "Your offer of a second conversation is very kind.",
        "I have attached the sample you asked for.",
        "Several colleagues recommended your firm to me.",
        "I was glad to hear the team has interest in accessibility.",
    ],
    "whether-decided": [
        "When do you expect to reach a decision?",
        "Is there anything else you need from me?",
        "Has the new office opened yet?",
        "Have you had a chance to try the tool I mentioned?",
        "Did the board approve the new budget?",
        "Is the pilot still running in Geelong?",
        "Has the team picked a new project tracker?",
        "I hope the week has been kind to you.",
        "Once a decision is made, I would be glad to hear.",
        "Have you settled into the new building?",
        "Is the workshop still open to visitors?",
        "I understand the decision is expected next week.",
        "Did the launch go well?",
        "Have you decided on a venue for the conference?",
        "Is the data still available online?",
    ],
    "guilt": [
        "I hope you had a restful weekend.",
        "I understand these decisions take time.",
        "I was disappointed to hear the launch was delayed for your team.",
        "Your story about the frustrating old system made me laugh.",
        "I'm happy to wait for whatever timing suits you.",
        "The silence of the reading room was lovely.",
        "I know the panel has been busy with the audit.",
        "I waited tables for three years during university.",
        "I remember how hard the silence after exams felt as a student.",
        "Our customers found the waiting times unfair, so we fixed them.",
        "I have no news to share yet, but wanted to say thanks.",
        "It was good to hear back from the team so soon.",
        "I am still thinking about your question on reporting.",
        "No reply is needed; I just wanted to pass this on.",
        "Thanks again for keeping me updated.",
    ],
    "ultimatum": [
        "If you need anything else, I will send it the same day.",
        "If the link does not work, I'll send a PDF.",
        "I must say I enjoyed the conversation.",
        "You must be proud of what the team has built.",
        "Unless I hear otherwise, I'll bring the samples on Tuesday.",
        "If Thursday does not suit, I can do Friday.",
        "I have until Friday to finish my current project.",
        "If it helps, I can move my other commitments.",
        "I will accept any time that suits you.",
        "Failing that, a call would work just as well.",
        "I would have to check my diary for the exact date.",
        "Either day works for me.",
        "Without your guidance, I would not have found the archive.",
        "It was a last-minute change, but it worked out.",
        "I need to finish the course first, which I will in May.",
    ],
    "mixed": [
        "I'd be glad to hear the panel's thoughts on my case study at any point.",
        "I hope the long weekend is a restful one.",
        "I can reply the same day to anything you need.",
        "I turned down an offer last year to finish my degree.",
        "Have you settled into the new building yet?",
        "The silence of the archive reading room is something I miss.",
        "I would love to hear how the team plans to approach the rollout.",
        "If you need my references before Friday, I can send them today.",
        "Our clients often asked us to move quickly, and we learned to.",
        "A former colleague at another firm recommended your team to me.",
        "Has the new brand been launched yet? I saw the teaser.",
        "I know you mentioned a decision in early May, so no rush from me.",
        "Thanks for the quick tour of the office.",
        "I once waited three weeks for a supplier to reply, so I built a backup.",
        "Could you let me know roughly when a decision is expected?",
        "I'd welcome any feedback once the process is complete.",
        "Your team's swift response to the outage impressed me.",
        "I have no other applications in progress.",
        "I hope the panel had a good week.",
        "I was surprised by how quickly the tool loads.",
        "Please don't worry if there's no news yet.",
        (
            "I know the panel is busy, so please take the time you need; "
            "I'd simply be glad to know the likely timeline."
        ),
        (
            "Thank you for the tour, which made the pace of the newsroom very "
            "real; I can see why stories must go out quickly."
        ),
        "When you spoke about moving quickly on client fixes, I recognised the way my last team worked.",
        (
            "I was interested to hear that the firm is expanding to Leeds, "
            "where a competitor recently closed its office."
        ),
        (
            "As you said the panel would meet on the 21st, I'll keep my diary "
            "clear that week in case a second round follows."
        ),
        (
            "I have been waiting for a role like this for some time, and "
            "your description of it confirmed my interest."
        ),
        "If the second round goes ahead, I'd be happy to present the case study I mentioned.",
        (
            "Your story about the customer who waited three weeks for a "
            "reply showed why your service standards matter."
        ),
        "Please feel free to call me; I am available immediately.",
        "Could you share the brief? I would read it straight away.",
        "We heard nothing back from the vendor for weeks, so I built a workaround.",
        "I would have liked to hear more about your roadmap, so I read the annual report.",
        "Could you tell me roughly when you expect to decide?",
        "Is there an update on the timeline?",
        "I would be happy to send further examples if useful.",
        "You said you hope to decide by the 9th, so I'll keep an eye on my inbox.",
        "I'm free to talk at short notice.",
        "I hear the team is racing to finish the pilot before Easter.",
        "The panel must be very busy this month.",
        "No other role interests me as much as this one.",
        "I enjoyed hearing how the team won a contract from two rival firms.",
        "Is the new clinic still opening in March?",
        "Has the board signed off the new system?",
        "I used to find long silences in meetings awkward, but I've learned to value them.",
        "My previous manager's decision to trust me with the launch taught me a lot.",
        "If the timing suits, I could bring my portfolio next week.",
        "I'll be in touch in a couple of weeks if I have not heard, as you suggested.",
        "I know how hard it is to decide between strong candidates.",
        "I wondered when you expect to be in touch about next steps.",
        "Could you let me know what the timeline looks like?",
        "Please let me know if you'd like the full report.",
        "You mentioned a decision by the end of the month, which works well for me.",
        "I'll have the references ready by Friday.",
        "I can start at short notice if that suits the team.",
        "The team clearly moves quickly, which I enjoy.",
        "Your clients' urgent requests sound like a fun challenge.",
        "I'm not interviewing elsewhere; this is the role I want.",
        "I enjoyed hearing how you beat two rival agencies to the tender.",
        "Has the new tool made a difference to the team?",
        "Did the quarterly review go well?",
        "I hope the rest of the week is calm.",
        "I understand the panel meets next Thursday.",
        "Whatever the outcome, thank you for a thoughtful conversation.",
        "If the file is too large, I'll send a link instead.",
        "I waited a long time for the right role, and this feels like it.",
        "You must have a busy month with the audit.",
        "I know the team must balance many priorities.",
        "It's frustrating when legacy systems slow a team down, as you said.",
        "My decision to retrain as an analyst was the best I have made.",
        "I would be glad to share the outcome of my pilot project.",
        "Is there anything else I can send to help the panel?",
        "The result of our redesign was a 20 percent drop in calls.",
    ],
}
_ROUND_FIVE_CASES = [
    (kind, sentence, action)
    for kind, rows in ROUND_FIVE_PRESSING.items()
    for sentence in rows
    for action in (["TY"] if kind == "whether-decided" else ["TY", "F1"])
]


@pytest.mark.parametrize(("kind", "sentence", "action"), _ROUND_FIVE_CASES)
def test_k17_c20_round_five_pressure_is_found_from_its_features(
    kind: str, sentence: str, action: str
) -> None:
    assert [f.kind for f in _tone(action, sentence, decision_date=None)[1]] == [kind]


@pytest.mark.parametrize("sentence", [s for rows in ROUND_FIVE_CALM.values() for s in rows])
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_c20_round_five_calm_sentences_are_not_pressure(sentence: str, action: str) -> None:
    assert _tone(action, sentence, decision_date=None)[1] == []


def test_k17_c20_round_five_tables_hold_fifteen_of_each() -> None:
    kinds = {"decision", "deadline", "urgency", "leverage", "whether-decided", "guilt", "ultimatum"}
    assert kinds <= set(ROUND_FIVE_PRESSING) and kinds <= set(ROUND_FIVE_CALM)
    assert all(len(ROUND_FIVE_PRESSING[k]) >= 15 and len(ROUND_FIVE_CALM[k]) >= 15 for k in kinds)


# --- round six: forms the fourth corpus batch showed missing, in sentences of our own --------------------
ROUND_SIX_PRESSING: list[tuple[str, str]] = [
    ("ultimatum", "Please take this as my final word on the matter."),
    ("ultimatum", "It's a yes from you by Monday or I go with them."),
    ("ultimatum", "Without a reply by the 12th, I will accept theirs."),
    ("whether-decided", "I'm curious whether a decision has already been reached."),
    ("whether-decided", "Has the final choice now been made?"),
    ("decision", "When you next talk to the partners, could you press them for a decision on me?"),
    ("decision", "I'd also really appreciate knowing whether the job is likely to be mine."),
    ("decision", "I would be grateful to hear your decision yourself rather than at the end of the process."),
]
ROUND_SIX_CALM = [
    "Once a decision has been made, I'd be glad to hear from you.",
    "When you have a moment, could you tell me roughly when you expect to decide?",
    "I'd also really appreciate knowing what the next steps are.",
    "Our team's final word on the budget came from the board.",
    "I went with the other colour scheme for the report, as you suggested.",
    "I know a lot of choices have been made about the platform already.",
]


@pytest.mark.parametrize(("kind", "sentence"), ROUND_SIX_PRESSING)
def test_k17_c20_round_six_pressure_is_found(kind: str, sentence: str) -> None:
    assert [f.kind for f in _tone("TY", sentence, decision_date=None)[1]] == [kind]


@pytest.mark.parametrize("sentence", ROUND_SIX_CALM)
def test_k17_c20_round_six_calm_sentences_are_not_pressure(sentence: str) -> None:
    assert _tone("TY", sentence, decision_date=None)[1] == []


def test_k17_a_linkedin_note_that_presumes_is_c13s_not_k17s() -> None:
    """ "Any word on whether the job is mine?" in a LinkedIn note is W-OVERCONFIDENT (C-13), said once."""
    note = (
        "Alex Morgan here; I enjoyed the e-discovery migration talk today. "
        "Any word on whether the job is mine?"
    )
    found = check_text(context("LI"), "", note)
    assert {f.code for f in found if f.code in ("W-TONE", "W-OVERCONFIDENT")} == {"W-OVERCONFIDENT"}


# Sentences a careful candidate writes, in many structures: neither the grammar pass nor the tone pass
# may speak on any of them, in a thank-you or a first follow-up.
ROUND_SIX_GOOD_NOTES = [
    "Thank you for taking the time to walk me through the claims workflow this morning.",
    "Hearing how your analysts rebuilt the churn model in a fortnight made the role feel very concrete.",
    "The way the panel balanced technical and people questions showed how much the team values both.",
    "I have attached the dashboard I mentioned, which tracks weekly footfall against rainfall.",
    "Please don't hesitate to contact me if there is anything else you need.",
    "I understand the team expects to finish interviews by the end of the month.",
    "If it would help, I can send a short sample of my board reports.",
    "Your point that most data problems are really naming problems has stuck with me.",
    "Both of the projects you described would draw on my survey work.",
    "None of the roles I have held so far has combined research and outreach so neatly.",
    "Each quarter, my current team publishes a short report that councils actually read.",
    "Whatever you decide, I am grateful for the chance to learn about the studio.",
    "I was pleased to hear that the pilot is expanding to two more branches.",
    "The people I met, from reception to the partners, were warm and direct.",
    "It's clear that accessibility is more than a checklist for your team.",
    "Their approach to mentoring new staff is something I have not seen elsewhere.",
    "There are a few ideas from my last role that I think would transfer well.",
    "Is there a good time next week for a short call about the timeline?",
    "My manager and I rebuilt our intake process last spring, and wait times fell by a third.",
    "Between the two of us, Sam and I covered every site in the region.",
    "I look forward to hearing about next steps when the time is right.",
    "What stood out most was how openly the team talks about mistakes.",
    "Having worked with volunteers for five years, I know how much a clear rota matters.",
    "I'd be happy to share the slides from my talk on open data.",
    "Neither the budget nor the timeline seemed to worry the team, which was reassuring.",
    "The analysts there clearly enjoy the work, and it shows in their reports.",
    "Could you let me know when you expect to make a decision?",
    "As you mentioned, the panel meets on Thursday, so I will keep an eye on my inbox.",
    "Many thanks again to you and the team for a thoughtful conversation.",
    "Since its launch, the app has become part of my own morning routine.",
    "I enjoyed hearing about its history, especially the move from paper files.",
    "I hope the rest of your week goes smoothly.",
]


@pytest.mark.parametrize("sentence", ROUND_SIX_GOOD_NOTES)
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_c11_round_six_good_sentences_raise_nothing(sentence: str, action: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    found = check_text(context(action, decision_date=None), SUBJECT, text)
    assert [(f.code, f.kind) for f in found if f.code in ("W-TONE", "W-PROOF")] == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The archive and its clients are a lot to learn at once.", []),
        ("I enjoyed seeing both teams at once.", []),
        ("Please reply at once.", ["urgency"]),
    ],
)
def test_k17_at_once_meaning_together_hurries_no_one(sentence: str, kinds: list[str]) -> None:
    from tests.core.checks.world import tone_kinds

    assert tone_kinds("TY", sentence) == kinds


def test_k17_the_candidates_own_job_at_another_firm_is_no_leverage() -> None:
    own = "Loan forecasting has been the core of my job at a regional bank for four years."
    assert _tone("TY", own)[1] == []
    _, found = _tone("TY", "I should mention I have a job offer at a regional bank as well.")
    assert [f.kind for f in found] == ["leverage"]
