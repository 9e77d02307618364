"""Wording of the thank-you round and what follows it on the same theme: TY (one bank per interview
format), TA (the arranger, C-12), TY-FWD (thanks passed on, H-04), LI (C-13) and FL (C-14)."""

from __future__ import annotations

from followup.core.compose.wording import Bank

# C-01 thanks, per interview format; {when} is "today", "yesterday", "on Monday", ... Short: the note's
# substance is the reader's own material, which follows.
TY_OPENING: dict[str, Bank] = {
    "in_person": (
        "Thank you for meeting with me {when} about the {role} position.",
        "Many thanks for your time {when} at {company}.",
        "I appreciated the chance to meet you in person {when}.",
        "Thank you for making time for me {when} at {company}.",
        "I am grateful for the time you gave me {when} to discuss the {role} role.",
        "It was a pleasure to meet you {when}, and thank you for your time.",
    ),
    "phone": (
        "Thank you for speaking with me by phone {when} about the {role} position.",
        "I appreciated our phone conversation {when}.",
        "Many thanks for the call {when} about the {role} role.",
        "I am grateful for the time you spent on the phone with me {when}.",
        "Thank you for the phone interview {when}.",
        "It was good to talk with you by phone {when}; thank you for your time.",
    ),
    "video": (
        "Thank you for meeting with me over video {when} about the {role} position.",
        "I appreciated our video call {when}.",
        "Many thanks for joining the video interview {when}.",
        "I am grateful for the time you spent with me on screen {when}.",
        "Thank you for the video conversation {when} about the {role} role.",
        "It was a pleasure to talk with you by video {when}; thank you for your time.",
    ),
}

# C-01 interest shaped by the reader's part in the interview, with their title ({title}: "a Senior
# Analyst", "Director of Marketing") and the role or company (C-02). A wish, never a claim about what
# happened. A hiring manager hears about their team; a peer about learning from them; HR about their view.
INTEREST_HIRING_MANAGER: Bank = (
    "I would be keen to join {company} and the team you lead as {title}.",
    "I am very interested in the {role} role and in the team you lead as {title}.",
    "I am eager to bring my experience to the team you lead as {title} at {company}.",
    "The {role} role, in the team you lead as {title}, interests me more than ever.",
)
INTEREST_PEER: Bank = (
    "I would be keen to join {company} and learn from your experience as {title}.",
    "The chance to learn from you as {title} makes the {role} role even more interesting to me.",
    "I am eager to join {company}, not least to learn from your work as {title}.",
    "I am very interested in the {role} role, and in learning from your experience as {title}.",
    "Learning from your experience as {title} is one more reason I am enthusiastic about {company}.",
)
INTEREST_HR: Bank = (
    "Your perspective as {title} left me even more interested in joining {company}.",
    "Thank you too for your view as {title}; I am more enthusiastic than ever about {company}.",
    "Hearing your perspective as {title} made me even keener on the {role} role.",
)

# C-01 interest, naming the role or the company (C-02). INTEREST for someone who was in the interview;
# INTEREST_AFTER for someone who was not (no "we spoke", no "the conversation").
INTEREST: Bank = (
    "The conversation left me even more interested in joining {company}.",
    "I came away more excited about the {role} role than ever.",
    "My interest in the {role} position has only grown.",
    "I remain very enthusiastic about the chance to contribute to {company}.",
    "I am eager to bring my experience to the {role} role.",
    "Everything I heard confirmed my interest in the {role} role at {company}.",
)
INTEREST_AFTER: Bank = (
    "The interview left me even more interested in joining {company}.",
    "I came away more excited about the {role} role than ever.",
    "I remain very enthusiastic about the chance to contribute to {company}.",
    "My interest in the {role} position has only grown since the interview.",
    "I am keen to bring my experience to the {role} role at {company}.",
)

# C-05: exactly one question, about next steps or the timeline; never pay or benefits. Only on the note
# to the round's main contact (K13).
NEXT_STEPS: Bank = (
    "Could you let me know what the next steps are and roughly when I might hear back?",
    "May I ask what timeline you have in mind for the next stage of the process?",
    "Would you be able to share when you expect to reach the next step, or whether another round is planned?",
    "Is there a time frame I should keep in mind for the next steps?",
    "Could you tell me how the rest of the process will unfold and when I might expect news?",
    "When might I expect to hear about the next steps?",
)

# C-01: a forward-looking close.
TY_CLOSE: Bank = (
    "I look forward to hearing from you.",
    "Thank you again, and I look forward to the next step.",
    "I look forward to staying in touch.",
    "I am looking forward to hearing from you.",
    "Thank you again, and I hope to hear from you soon.",
    "I very much look forward to continuing the conversation.",
)

# C-12: thanks to the person who arranged the interview. HR and schedulers, then anyone else.
TA_THANKS_HR: Bank = (
    "Thank you for setting up my interview for the {role} position and for coordinating the schedule.",
    "I appreciate all your help arranging my interview with {company}.",
    "Many thanks for setting up the {role} interview and keeping me informed along the way.",
    "I am grateful for the care you took in arranging my interview with the team.",
    "Thank you for arranging the {role} interview; everything ran smoothly from my side.",
)
TA_THANKS_OTHER: Bank = (
    "Thank you for your part in arranging my interview for the {role} role at {company}.",
    "I am grateful that you helped set up my conversation with the {company} team.",
    "Many thanks for helping to arrange my interview with {company}.",
    "I appreciate your help in setting up the {role} interview.",
    "Thank you for helping to set up my interview at {company}.",
)
TA_MET: Bank = (
    "I met with {panel} {when}, and it was a very good conversation.",
    "My interview with {panel} took place {when}, and I enjoyed it.",
    "I spoke with {panel} {when} and learned a great deal.",
    "The interview with {panel} {when} went well from my side, and I valued it.",
)
TA_NO_PANEL: Bank = (
    "The interview took place {when}, and I enjoyed it.",
    "I had my interview {when} and learned a great deal.",
)

# H-04: thanks passed on through the main contact, when an interviewer's address is not known.
FWD_THANKS: Bank = (
    "Thank you for your help with my interview for the {role} position {when}.",
    "I appreciate your support around my {role} interview {when}.",
    "Many thanks for coordinating my interview with {company} {when}.",
)
FWD_THANKS_ARRANGER: Bank = (
    "Thank you for arranging my interview for the {role} position {when}.",
    "I appreciate your help setting up my {role} interview {when}.",
    "Many thanks for setting up my interview with {company} {when}.",
)
FWD_PASS_ON: Bank = (
    "I do not have contact details for {names}, so I would be grateful if you could pass my thanks on.",
    "As I have no address for {names}, I would be glad if you could forward my thanks to them.",
    "I could not find contact details for {names}; I would appreciate it if you could share my thanks.",
)
FWD_POINT: Bank = (
    "I especially enjoyed talking with {person} about {tp}.",
    "My conversation with {person} on {tp} was a real highlight.",
    "I valued what {person} shared about {tp}.",
)
FWD_POINT_CLAUSE: Bank = (
    "With {person}, one part of our talk stood out: {tp}.",
    "A moment I enjoyed with {person}: {tp}.",
)

# C-13: a LinkedIn note. Who I am or "interviewed", a talking point, nothing presumptuous (no "the job",
# "the position", "decision", "my application", "working together", ...). Longest first; the composer
# takes the first that fits the character limit.
LI_NOTE: Bank = (
    "I'm {name}; I interviewed at {company} {when}. I enjoyed our talk about {tp} and would be glad to "
    "connect here.",
    "I'm {name}, who interviewed at {company} {when}. Your thoughts on {tp} stayed with me; I'd like to "
    "keep in touch.",
    "Thank you again for the interview {when}. I'm {name}, and I'd welcome connecting after our talk on "
    "{tp}.",
    "{name} here; we met at my {company} interview {when}. I enjoyed hearing about {tp} and would be "
    "glad to connect.",
)
LI_NOTE_CLAUSE: Bank = (
    "I'm {name}; I interviewed at {company} {when}. One part of our talk I enjoyed: {tp}. I'd be glad "
    "to connect.",
    "{name} here, who interviewed at {company} {when}. I liked this part of our chat: {tp}. Glad to connect.",
)
LI_SHORT: Bank = (
    "I'm {name}; I interviewed at {company} {when} and enjoyed our talk. I'd be glad to connect.",
    "{name} here, who interviewed at {company} {when}. I'd be glad to connect.",
    "Thank you for your time at my {company} interview {when}. I'm {name}, and I'd welcome connecting.",
    "It was good to meet you at my interview {when}. I'm {name}; I would be glad to keep in touch here.",
)

# C-14: the formal letter, a few days later.
FL_OPENING: Bank = (
    "I am writing to thank you once more for the interview on {date} for the {role} position at {company}.",
    "Please accept my renewed thanks for the time you gave me on {date} to discuss the {role} role at "
    "{company}.",
    "Following our interview on {date}, I would like to thank you again for considering me for the {role} "
    "position at {company}.",
    "I remain grateful for our meeting on {date} about the {role} role at {company}, and I wanted to "
    "thank you formally.",
)
FL_POINT: Bank = (
    "Our discussion of {tp} showed me clearly where I could contribute.",
    "Reflecting on what we discussed about {tp}, I can see how my background would help.",
    "The time we spent on {tp} made the needs of the role very concrete for me.",
    "Since our conversation about {tp}, I have thought further about how I would approach it.",
)
FL_POINT_CLAUSE: Bank = (
    "One part of our conversation stays with me: {tp}.",
    "I have thought further about one moment of our talk: {tp}.",
)
FL_ASSET: Bank = (
    "I believe I would be a valuable asset to your team. {fit}",
    "I am confident that I am well qualified for this role. {fit}",
    "I would bring real value to {company}, and my reasons are simple. {fit}",
    "I see myself as a strong asset for the {role} role. {fit}",
)
FL_ASSET_PLAIN: Bank = (
    "I believe I would be a valuable asset to your team.",
    "I am confident that I am well qualified for this role.",
    "I see myself as a strong asset for the {role} role.",
)
FL_EMPHASIS: Bank = (
    "You stressed {emph}, and that is where I would focus from the start.",
    "The weight you put on {emph} is exactly where I would want to contribute.",
    "Your emphasis on {emph} matches the way I want to work.",
)
# C-14: something of value to them, said as what it is (an article, an idea, a data point).
FL_VALUE: dict[str, Bank] = {
    "article": (
        "In case it is useful to you and the team, here is an article I came across: {x}.",
        "As a small contribution after our talk, you may find this article helpful: {x}.",
        "I thought this report might be of use to your work: {x}.",
    ),
    "idea": (
        "One idea that came to me after our conversation, in case it is useful: {x}.",
        "As a small contribution, an idea you may want to consider: {x}.",
    ),
    "data": (
        "A data point that may interest you and the team: {x}.",
        "In case it helps your planning, some data I came across: {x}.",
    ),
}
FL_SUPPLEMENT: Bank = (
    "I would also like to add a point I did not cover in the interview: {sup}.",
    "One further point I wanted to share after our meeting: {sup}.",
    "To complete my answers, I would like to add this: {sup}.",
)
FL_INTEREST: Bank = (
    "I remain very interested in the {role} position and would welcome the chance to contribute to "
    "{company}.",
    "My interest in joining {company} is stronger than ever.",
    "I am enthusiastic about the prospect of joining your team.",
)
FL_CLOSE: Bank = (
    "Thank you again for your time and consideration; I look forward to hearing from you.",
    "With my thanks for your consideration, I look forward to your reply.",
    "I appreciate your consideration and look forward to hearing from you.",
)
