"""Wording shared by several kinds of message: subjects (C-07), closings (C-10), the final note (C-19),
the sentences that carry new material (C-18) and the offers of further information (C-15, C-22)."""

from __future__ import annotations

from followup.core.compose.wording import Bank

# C-07: every subject names the candidate and says "interview"; the composer falls back to the default
# when a variant would run past 78 characters or needs a position that is not recorded.
DEFAULT_SUBJECT = "Job interview follow up for {name}"
SHORT_SUBJECT = "Interview follow up: {name}"
SUBJECTS: dict[str, Bank] = {
    # TY, TA and TY-FWD: one subject for the whole thank-you round.
    "ROUND": (
        "Thank you for the {role} interview - {name}",
        "{role} interview: thanks from {name}",
        "With thanks after my {role} interview - {name}",
    ),
    "FL": (
        "{role} interview: a letter of thanks from {name}",
        "Letter of thanks after my {role} interview - {name}",
    ),
    "F1": (
        "Checking in after my {role} interview - {name}",
        DEFAULT_SUBJECT,
    ),
    "F2": (
        "{role} interview: a short update from {name}",
        "An update since my {role} interview - {name}",
    ),
    "F3": (
        "{role} interview: a closing note from {name}",
        "With thanks after my {role} interview - {name}",
    ),
    "SCHED": (
        "Request for a short call after my {role} interview - {name}",
        "A brief call about my {role} interview - {name}",
    ),
    "RSP": (
        "Re: {role} interview - {name}",
        "Reply about my {role} interview - {name}",
    ),
    "RJ": (
        "Thank you for the interview opportunity - {name}",
        "With thanks after the {role} interview - {name}",
    ),
    "FB": (
        "A request for interview feedback - {name}",
        "Learning from my {role} interview - {name}",
    ),
    "EXC-OFFER": (
        "{role} interview: news of another offer - {name}",
        "About my {role} interview and another offer - {name}",
    ),
    "EXC-NEWS": (
        "{role} interview: recent news from {name}",
        "A relevant update since my {role} interview - {name}",
    ),
}

# C-10: professional closings for everything but the formal letter (which uses settings.letter_closing).
CLOSINGS: Bank = ("Kind regards,", "Best regards,", "Sincerely,", "Regards,")

# C-19: the last permitted touch thanks for being considered and stays open to later contact, and never
# says another message will follow.
FINAL_NOTE: Bank = (
    "Thank you for considering me for the {role} position; whatever the outcome, I would be glad to stay "
    "in touch about future openings at {company}.",
    "I am grateful that you considered me, and I would welcome hearing from {company} about future roles, "
    "whenever one fits.",
    "Thank you for taking the time to consider my application; I hope we can keep in touch, and I would be "
    "happy to hear from you about future opportunities.",
    "Thanks again for considering me for this role. I would value staying in contact, and I remain open "
    "to future openings at {company}.",
    "I appreciate the consideration you and the team have given me, and I would be pleased to stay in "
    "touch for any future role at {company}.",
)

# C-15 (non-final): the "set an action" line, only while another follow-up is still permitted.
CHECK_IN_AGAIN: Bank = (
    "If it helps, I will check in again in a week or two.",
    "Unless I hear sooner, I will check back in about a week.",
    "I will check in again in a little while if that suits you.",
    "If it is useful, I will reach out again next week.",
)

# C-02, C-15: the fit restated in our own words once the recorded fit statement has been sent (C-16).
FIT_AGAIN: Bank = (
    "I still believe my background is a close match for what the team needs.",
    "Since the interview I am even more sure that my experience fits the role well.",
    "I remain confident that my skills suit the work the team described.",
)

# C-15, C-22: an offer of further information.
OFFER_MORE: Bank = (
    "If any further information would be useful, such as references or work samples, I would be glad to "
    "send it.",
    "Please let me know if there is anything more you need from me.",
    "Should you need more details from me, I can send them right away.",
    "I would be happy to provide anything else that would help your review.",
    "If references or other documents would help, I would be glad to share them at short notice.",
)

# C-18: one sentence per kind of new material; {x} is the material as recorded.
HOOK_LINES: dict[str, Bank] = {
    "article": (
        "I recently came across {x}, which made me think of the {role} role, and I thought you might find "
        "it useful.",
        "Since the interview I read {x}; it touches on several of the questions the {role} role deals with.",
        "A piece that may interest you: {x}. It connects closely with what the team is working on.",
    ),
    "connection": (
        "Since the interview I have been in contact with {x}, which has deepened my interest in {company}.",
        "I have since connected with {x}, and it has given me an even clearer view of {company}.",
        "A new connection since the interview: {x}. It has added to my understanding of {company}.",
    ),
    "accomplishment": (
        "I also have some news since the interview: {x}.",
        "A recent development I am glad to share: {x}.",
        "Since the interview, one piece of news: {x}.",
    ),
    "growth": (
        "Since the interview I have kept building my skills; most recently: {x}.",
        "I have been working on an area the interview brought up, with this progress so far: {x}.",
        "Progress I am pleased with since the interview: {x}.",
    ),
    "": (
        "One new development since the interview: {x}.",
        "Something new I wanted to pass on: {x}.",
        "A brief update since the interview: {x}.",
    ),
}
HOOK_TAGS = ("article", "connection", "accomplishment", "growth", "idea", "data")
VALUE_TAGS = ("article", "idea", "data")

# The status of news as written after it ("... has been accepted"), C-24.
STATUS_PHRASES: dict[str, str] = {
    "accepted": "has been accepted",
    "granted": "has been granted",
    "published": "has been published",
    "awarded": "has been awarded",
    "filed": "has been filed",
    "submitted": "has been submitted",
    "in progress": "is in progress",
}
