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
