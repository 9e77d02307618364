"""Frames for what the debrief and the talking points hold, one bank per field and shape ({x} is the
user's text as ``shapes.bank_for`` gives it). ``shapes.preview`` shows the first frame of each bank to
the user while they type the debrief, so the first frame of each is the plainest.

A frame never contradicts its filling and claims nothing that may not have happened: "you stressed"
only where the item is linked to the reader, "the panel" where the reader was not in the room, and the
item to add (C-03) is framed as not yet said only when it does not itself say it was mentioned.
"""

from __future__ import annotations

from followup.core.compose.wording import Bank

# C-04: the reader's own talking points. Noun phrases ("attribution dashboards", "moving the pipeline
# to dbt") go after "about"/"on"; clauses ("we both ran the Denver marathon") after a colon.
POINT: Bank = (
    "I particularly enjoyed our conversation about {x}.",
    "Our exchange on {x} has stayed with me since.",
    "I am glad we got to talk about {x}.",
    "What you said about {x} has stayed with me.",
    "I valued your thoughts on {x}.",
    "Your view of {x} was a highlight for me.",
)
POINT_CLAUSE: Bank = (
    "One moment from our conversation stands out for me: {x}.",
    "Something from our talk I will remember: {x}.",
    "A detail from our conversation that stayed with me: {x}.",
    "One part of our talk I especially valued: {x}.",
    "I still smile at one part of our conversation: {x}.",
)
# A second talking point of the same reader, after the first.
POINT_MORE: Bank = (
    "I also enjoyed our exchange about {x}.",
    "Our talk about {x} was a highlight as well.",
    "Thank you too for the time on {x}.",
    "What you said about {x} was just as useful.",
)
POINT_MORE_CLAUSE: Bank = (
    "I also enjoyed another part of our talk: {x}.",
    "Another moment I valued: {x}.",
)

# C-02, D-09: the fit statement, for the reader it was given to. Clauses stand after a short lead-in.
FIT: Bank = (
    "Why I believe I fit: {x}.",
    "The short version of my case: {x}.",
    "In brief, here is what I would bring: {x}.",
    "Put simply, the match as I see it: {x}.",
    "What makes me confident about the fit: {x}.",
)
FIT_NOUN: Bank = (
    "What I would bring to the work: {x}.",
    "I would bring {x} to the team.",
    "The experience I would bring: {x}.",
    "My case, in short: {x}.",
)

# D-10: what the interviewers stressed. "You" only to the reader the item is linked to.
STRESSED: Bank = (
    "You stressed {x}, and that is the kind of work I want to keep doing.",
    "The weight you put on {x} matches where I want to focus.",
    "Your emphasis on {x} fits the direction I want my work to take.",
    "I noted how much {x} matters to you; it is where I would like to contribute.",
    "Knowing how much you value {x}, I would be glad to put my experience to work there.",
)
STRESSED_TEAM: Bank = (
    "The team's emphasis on {x} is where I would like to contribute.",
    "I noted the weight the team gives to {x}; it matches where I want to focus.",
    "Knowing that the role calls for {x}, I would be glad to put my experience to work there.",
    "The focus on {x} is exactly the kind of challenge I enjoy.",
    "{x} came up as a priority, and it is work I want to keep doing.",
)
STRESSED_CLAUSE: Bank = (
    "One thing you stressed stays with me: {x}.",
    "I took one of your points to heart: {x}.",
)
STRESSED_TEAM_CLAUSE: Bank = (
    "One point the team stressed stays with me: {x}.",
    "I took one of the team's points to heart: {x}.",
)

# D-05: what the candidate learnt, and what excites them: after a colon, so that a phrase ("a small
# team with a big mandate") and a clause ("the team owns attribution end to end") both read well.
# "Our conversation" only when the item is linked to this reader.
LEARNT_CLAUSE: Bank = (
    "What I took away from our conversation: {x}.",
    "One thing I learned from you stays with me: {x}.",
    "Our conversation left me with one clear picture: {x}.",
)
LEARNT_DAY_CLAUSE: Bank = (
    "What I took away from the interview: {x}.",
    "One picture the interview left me with: {x}.",
    "The phrase I left with: {x}.",
    "What stays with me from the day: {x}.",
)
EXCITED_CLAUSE: Bank = (
    "What excites me most: {x}.",
    "One thing I am especially excited about: {x}.",
    "The part of the role I look forward to most: {x}.",
)

# D-06: a moment that went well, when it names one ("the dashboard story"). Told to the panel.
WENT_WELL: Bank = (
    "I enjoyed sharing {x} with you.",
    "I was glad to have the chance to tell you about {x}.",
    "It was a pleasure to walk you through {x}.",
)

# C-03: one thing to add, for the round's main contact. Framed as not yet said only when the text does
# not say it was mentioned; a main contact who was not in the room hears it for the panel.
SUPPLEMENT: Bank = (
    "One thing I did not get to mention: {x}.",
    "I also wanted to add something I left out: {x}.",
    "A point I should have raised when we spoke: {x}.",
    "To round out my answers, one more detail: {x}.",
)
SUPPLEMENT_CLAUSE: Bank = (
    "One more thing I should have said: {x}.",
    "I also wanted to add one thing: {x}.",
    "To round out my answers: {x}.",
)
SUPPLEMENT_FOR_PANEL: Bank = (
    "In case it helps the panel, one thing I did not get to mention: {x}.",
    "If it is useful to the panel, I would like to add {x}.",
    "For the panel, one detail I left out: {x}.",
)
SUPPLEMENT_FOR_PANEL_CLAUSE: Bank = (
    "In case it helps the panel, one more thing: {x}.",
    "For the panel, one detail I left out: {x}.",
)
SUPPLEMENT_AGAIN: Bank = (
    "I also wanted to come back to {x}.",
    "I would be glad to say more about {x}.",
    "Following up on {x}, I am happy to share more.",
)
SUPPLEMENT_AGAIN_CLAUSE: Bank = (
    "To follow up on one point: {x}.",
    "One more word on what came up: {x}.",
)
SUPPLEMENT_OFFER: Bank = (
    "I would be glad to {x}.",
    "If it helps, I would be happy to {x}.",
    "I am glad to {x} if that is useful.",
)
