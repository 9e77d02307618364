"""Wording of status follow-ups: F1 (C-15), F2 and F3 (C-18, C-19), the request for a call (C-25) and
the call and voicemail scripts (C-22). No line asks about a "decision" or "status" outright (C-21) or
pressures (C-20); the timeline questions speak of next steps and time frames."""

from __future__ import annotations

from followup.core.compose.wording import Bank

# C-15: name + role + interview date.
F1_REINTRO: Bank = (
    "I am {name}, and I interviewed for the {role} position at {company} on {date}.",
    "This is {name}, writing about my interview on {date} for the {role} role at {company}.",
    "My name is {name}; I met with the {company} team on {date} about the {role} role.",
    "I hope your week is going well. I am {name}, and I interviewed with {company} for the {role} role "
    "on {date}.",
    "Following my interview on {date} for the {role} position at {company}, I wanted to check in; this "
    "is {name}.",
)
F1_INTEREST: Bank = (
    "I remain keen on the {role} role, and everything since has strengthened my sense that it suits me.",
    "My interest in joining {company} is as strong as it was on the day.",
    "I am still very interested in the {role} role and in what the team is building.",
    "The role continues to excite me, and I would welcome the chance to contribute to {company}.",
    "I remain enthusiastic about the {role} position and about {company}.",
)
# The fit statement is a sentence of its own ({fit}); what goes round it is a sentence too, never a label.
F1_FIT: Bank = (
    "I still believe I would fit the role well. {fit}",
    "{fit} I think it is close to what the role calls for.",
    "{fit}",
    "I keep thinking about how my experience fits. {fit}",
)
F1_EMPHASIS: Bank = (
    "The team's focus on {emph} is still what draws me most.",
    "I keep coming back to the emphasis on {emph}, which is where I would like to contribute.",
    "Given the weight placed on {emph}, I believe my background is a good match.",
)
# "Revised" only when a date was given (TIMELINE_QUESTION_AFTER_DATE): never a claim that did not happen.
TIMELINE_QUESTION: Bank = (
    "Could you share the expected timeline for the next steps?",
    "Is there a time frame for the next steps I should keep in mind?",
    "May I ask when you expect to move to the next stage?",
    "Would you let me know how the hiring timeline is shaping up?",
    "Could you tell me when I might hear back about the next steps?",
)
TIMELINE_QUESTION_AFTER_DATE: Bank = (
    "Is there a revised time frame I should keep in mind?",
    "Could you share how the timeline looks now?",
    "May I ask when you now expect to move to the next stage?",
    "Would you let me know whether the timeline has changed?",
)
FOLLOW_UP_CLOSE: Bank = (
    "Thank you for your time, and I look forward to hearing from you.",
    "I appreciate your help and look forward to your reply.",
    "With thanks for your help, I look forward to hearing from you.",
    "I look forward to the next steps, and thank you for your time.",
)

# C-18: later follow-ups open briefly and carry new material.
F2_REINTRO: Bank = (
    "I am writing again about the {role} position, for which I interviewed on {date}.",
    "This is {name}, with a short note about the {role} role I interviewed for on {date}.",
    "I wanted to send a brief update from my side since my interview on {date} for the {role} role.",
)
F3_REINTRO: Bank = (
    "I am writing once more about the {role} position I interviewed for on {date}.",
    "A short note from {name} about the {role} role, for which I interviewed on {date}.",
    "I wanted to write one last time about my interview on {date} for the {role} role.",
)
LATER_INTEREST: Bank = (
    "The {role} role remains of strong interest to me, and I would be glad to contribute to {company}.",
    "I am as keen as ever on the {role} role.",
    "My enthusiasm for joining {company} has not changed.",
)
LATER_TIMELINE: Bank = (
    "If there is any news on the timeline, I would be glad to hear it.",
    "I would welcome any word on the next steps whenever it suits you.",
    "Whenever the time frame becomes clearer, I would be glad to hear about it.",
)

# C-25 / H-15: a polite request for a call with three options and a way out.
SCHED_INTRO: Bank = (
    "I am {name}, and I interviewed for the {role} position on {date}.",
    "This is {name}; we met on {date} for the {role} interview.",
    "I interviewed with you on {date} for the {role} role.",
)
SCHED_PURPOSE: Bank = (
    "I would appreciate a short call of about fifteen minutes to hear your view of the role's priorities "
    "and to answer any questions about my background.",
    "I would welcome a brief conversation, about fifteen minutes, to understand the team's next "
    "priorities and how I could support them.",
    "If your schedule allows, a quick call would help me understand the first months of the role and "
    "answer anything still open on your side.",
)
SCHED_ASK: Bank = (
    "Would any of these times work for you ({slots}), or another time that suits you better?",
    "Would one of these times suit you: {slots}? If not, I would be glad to find another time that suits "
    "you.",
    "Here are three times that would work on my side: {slots}. If none of them works, please propose "
    "another time that suits you.",
)
SCHED_ASK_NO_SLOTS: Bank = (
    "Please let me know a day and time for a short call, or another time that suits you in the coming weeks.",
)
SCHED_CLOSE: Bank = (
    "Thank you for thinking it over; I look forward to hearing from you.",
    "I appreciate your time and look forward to your reply.",
    "Thank you, and I look forward to speaking with you.",
)

# C-22: a status call to HR (at most 90 words) and its voicemail (at most 75 words).
CALL_OPEN: Bank = (
    "Hello, this is {name}. May I speak with {formal}?",
    "Hello, my name is {name}. Could I speak with {formal}, please?",
    "Good day, this is {name} calling; may I speak with {formal}?",
)
CALL_OPEN_NAMELESS: Bank = ("Hello, this is {name}.", "Good day, my name is {name}.")
CALL_WHO: Bank = (
    "I interviewed for the {role} position on {date}.",
    "I am calling about my interview on {date} for the {role} role.",
    "I had my interview for the {role} role on {date}.",
)
CALL_MENTIONED: Bank = (
    "You had mentioned {decision} as the date for a decision.",
    "I understood the team hoped to decide by {decision}.",
)
CALL_ASK: Bank = (
    "I wanted to ask politely whether there is an update on the timeline.",
    "I am calling to ask, if I may, how the timeline is looking.",
    "I would be grateful to know whether there is any news on the next steps.",
)
CALL_OFFER: Bank = (
    "If anything else would help, I am glad to send it.",
    "I can also send anything further you need.",
    "I am happy to provide any further information.",
)
CALL_PHONE: Bank = (
    "You can reach me at {phone}.",
    "My number is {phone}.",
)
CALL_END: Bank = (
    "Thank you for your time.",
    "Thanks very much for your help.",
)
CALL_FINAL: Bank = (
    "Thank you for considering me, and I would be glad to stay in touch about future roles.",
    "I appreciate your consideration and would welcome staying in touch in the future.",
)
VOICEMAIL_OPEN: Bank = (
    "Hello {formal}, this is {name}.",
    "Good day {formal}, this is {name} calling.",
)
VOICEMAIL_OPEN_NAMELESS: Bank = ("Hello, this is {name}, with a short message.",)
VOICEMAIL_ASK: Bank = (
    "I would like to ask whether there is any news on the timeline, and to offer anything further you "
    "may need.",
    "I wanted to check on the timeline and offer any more details that might be useful.",
)
VOICEMAIL_PHONE: Bank = (
    "You can reach me at {phone}; again, that is {phone}.",
    "My number is {phone}, that is {phone}.",
)
VOICEMAIL_END: Bank = (
    "Thank you, and have a good day.",
    "Thanks very much; goodbye.",
)
