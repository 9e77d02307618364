"""Wording of answers and of the messages outside the status chase: RSP by what the employer sent (E-01,
E-02, E-06 to E-09, E-11), RJ (C-26), FB (C-27), EXC-OFFER (C-23) and EXC-NEWS (C-24)."""

from __future__ import annotations

from followup.core.compose.wording import Bank

# RSP, by the kind of inbound message it answers (model.InboundKind values; "feedback" for E-11).
RSP_OPEN: dict[str, Bank] = {
    "invitation": (
        "Thank you for inviting me to the next stage of interviews for the {role} position.",
        "I was delighted to receive your invitation to continue the conversation about the {role} role.",
        "Many thanks for inviting me back for another interview with {company}.",
    ),
    "offer": (
        "Thank you very much for the offer of the {role} position at {company}.",
        "I was delighted to receive your offer for the {role} role.",
        "Many thanks for your offer; I am very pleased to hear from {company}.",
    ),
    "info_request": (
        "Thank you for your message; here is the information you asked for.",
        "Thanks for getting in touch. Please find below the details you requested.",
        "Thank you for your request; I am glad to provide what you need.",
    ),
    "schedule_reply": (
        "Thank you for agreeing to a call about the {role} role.",
        "Many thanks for making time for a call.",
        "I appreciate you setting aside time to speak with me.",
    ),
    "timeframe": (
        "Thank you for letting me know the timeline for the {role} position.",
        "I appreciate the update on the time frame, and thank you for writing.",
        "Many thanks for your message about the next steps.",
    ),
    "feedback": (
        "Thank you for taking the time to share your feedback.",
        "I appreciate your feedback on my interview; it gives me clear points to work on.",
        "Many thanks for the feedback, which I will put to good use.",
    ),
    "": (
        "Thank you for your message about the {role} position.",
        "I appreciate you getting in touch, and thank you for the update.",
        "Many thanks for writing to me about the {role} role.",
    ),
}
RSP_SLOT: Bank = (
    "The proposed time, {slot}, suits me well.",
    "I can confirm {slot}.",
    "{slot} works well for me.",
)
RSP_NO_SLOT: Bank = (
    "Please let me know the times that suit the team, and I will confirm promptly.",
    "I am glad to fit in with your schedule; just let me know the options.",
)
RSP_OFFER_NEXT: Bank = (
    "I would like to review the written details carefully; could you let me know by when you would like "
    "my answer?",
    "May I ask by which date you need my reply, so that I can review the details properly?",
)
RSP_INTEREST: Bank = (
    "I remain very interested in the {role} role.",
    "I am still enthusiastic about joining {company}.",
    "My interest in the {role} position is as strong as ever.",
)
RSP_CLOSE: dict[str, Bank] = {
    "invitation": ("I look forward to meeting the team again.", "I look forward to our next conversation."),
    "offer": ("I am excited about this and look forward to speaking with you.", "Thank you again."),
    "schedule_reply": ("I look forward to speaking with you then.", "Thank you, and until then."),
    "": ("I look forward to hearing from you.", "Thank you again for your message."),
}
# H-16: the same answer as a returned call.
RSP_CALL_OPEN: Bank = (
    "Hello {formal}, this is {name}, returning your call about the {role} position.",
    "Hello, this is {name}; I am returning {formal}'s call about the {role} role.",
)
RSP_CALL_OPEN_NAMELESS: Bank = ("Hello, this is {name}, returning your call about the {role} role.",)
RSP_CALL_LINE: dict[str, Bank] = {
    "invitation": ("Thank you for the invitation to another interview; I would be glad to come.",),
    "offer": ("Thank you so much for the offer; I am delighted and would like to hear the details.",),
    "info_request": ("I am glad to provide whatever you need.",),
    "": ("Thank you for getting back to me.",),
}

# C-26: gracious thanks after a rejection, door open.
RJ_THANKS: Bank = (
    "Thank you for letting me know about the {role} position, and for the time you and the team gave me.",
    "I appreciate you telling me, and I am grateful for your time and the opportunity to meet the team at "
    "{company}.",
    "Thank you for the update, for your time, and for considering me for the {role} role.",
)
RJ_POSITIVE: Bank = (
    "I enjoyed learning about {company}, especially our conversation about {tp}.",
    "Our talk about {tp} was a real highlight of the process for me.",
)
RJ_POSITIVE_PLAIN: Bank = (
    "I enjoyed meeting the team and learning about your work.",
    "It was a pleasure to learn about {company} and the people there.",
)
RJ_FUTURE: Bank = (
    "I would be glad to be considered for future openings, and I hope our paths cross again.",
    "If another role comes up that suits my background, I would welcome hearing from you.",
    "I hope we can stay in touch, and I would gladly apply again for a future role at {company}.",
)
RJ_CLOSE: Bank = (
    "I wish you and the team every success.",
    "Best wishes to everyone at {company}.",
)

# C-27: asking for pointers, forward-looking ("what could I do better"), never "why not me".
FB_THANKS: Bank = (
    "Thank you again for the chance to interview for the {role} role.",
    "I appreciate the time you and the team gave me during the interview process.",
)
FB_ENJOYED: Bank = (
    "I genuinely enjoyed our conversation, particularly the part about {tp}.",
    "I enjoyed the interview, and our talk about {tp} stays with me.",
)
FB_ENJOYED_PLAIN: Bank = (
    "I enjoyed the interview and learned a lot about {company}.",
    "I genuinely enjoyed the interview and the questions the panel asked.",
)
FB_ASK: Bank = (
    "If you have a moment, I would be grateful for one or two pointers on what I could do better in "
    "future interviews.",
    "Would you be willing to share what I could do better next time? Any pointers would help me grow.",
    "I would value any advice on what I could do better to strengthen my interviews in future.",
)
FB_EASE: Bank = (
    "I understand if that is not possible, and thank you either way.",
    "No reply is needed if you are short of time.",
)

# C-23: another offer; strong interest, its deadline, the wish to hear first. No ultimatum.
EXC_REINTRO: Bank = (
    "I interviewed for the {role} position on {date}, and {company} remains my first choice.",
    "Since our interview on {date} for the {role} role, {company} has remained the place I most want to "
    "join.",
)
EXC_OFFER: Bank = (
    "I have since received an offer from another employer, which asks for my answer by {deadline}.",
    "Another company has made me an offer, and I have been asked to respond by {deadline}.",
)
EXC_OFFER_NO_DATE: Bank = (
    "I have since received an offer from another employer, and I have been asked to respond soon.",
)
EXC_HEAR_FIRST: Bank = (
    "Before I answer, I would very much like to hear from you, if your timeline allows.",
    "I would prefer to hear from {company} first, so any news from you before then would be very welcome.",
    "If it is possible to share where your process stands before then, I would value hearing from you first.",
)
EXC_INTEREST: Bank = (
    "I remain very enthusiastic about the {role} role and the team.",
    "My interest in joining {company} is as strong as ever.",
)
EXC_CLOSE: Bank = (
    "Thank you for your understanding; I look forward to hearing from you.",
    "I appreciate your help with this and look forward to your reply.",
)

# C-24: news worth sharing, its status and why it matters for the role.
NEWS_REINTRO: Bank = (
    "I interviewed for the {role} position on {date}, and I wanted to share some recent news.",
    "Since our interview on {date} for the {role} role, I have some news I thought you would like to know.",
)
NEWS_LINE: Bank = (
    "Here is the news: {news}.",
    "In short: {news}.",
)
NEWS_LINE_UNKNOWN: Bank = ("I have a recent development to share that relates to the role.",)
NEWS_TIE: Bank = (
    "It bears directly on {emph}, which came up in the interview for the {role} role.",
    "I mention it because it relates closely to {emph} in the {role} role.",
)
NEWS_TIE_PLAIN: Bank = (
    "I mention it because it relates directly to the work of the {role} role.",
    "It is closely connected to what the {role} role involves, which is why I wanted you to know.",
)
NEWS_CLOSE: Bank = (
    "I remain very interested in the position and look forward to hearing from you.",
    "Thank you for your time; I look forward to staying in touch.",
)
