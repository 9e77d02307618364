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
]


@pytest.mark.parametrize(("kind", "sentence"), [(k, s) for k, rows in BROAD_PRESSING.items() for s in rows])
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_broad_pressure_is_found_however_it_is_worded(kind: str, sentence: str, action: str) -> None:
    assert [f.kind for f in _tone(action, sentence, decision_date=None)[1]] == [kind]


@pytest.mark.parametrize("sentence", BROAD_CALM)
@pytest.mark.parametrize("action", ["TY", "F1"])
def test_k17_broad_calm_sentences_are_not_pressure(sentence: str, action: str) -> None:
    assert _tone(action, sentence)[1] == []
