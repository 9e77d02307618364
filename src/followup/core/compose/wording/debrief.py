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
    "I will remember one thing from our talk: {x}.",
    "One detail from our conversation has stayed with me: {x}.",
    "I especially valued one part of our talk: {x}.",
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
    "I valued another moment too: {x}.",
)

# C-02, D-09: the fit statement, for the reader it was given to. A clause ("I built the same stack at
# Acme") is the reason of a sentence, never the filling of a label ("Why I fit: ..." reads like a form).
FIT: Bank = (
    "I believe I would fit the role well, because {x}.",
    "I am confident about the fit, not least because {x}.",
    "I think the match is a good one: {x}.",
    "The fit feels natural to me, since {x}.",
    "I think I could add a good deal here, because {x}.",
)
FIT_NOUN: Bank = (
    "I would bring {x} to the role.",
    "I would bring {x} to the team.",
    "I could offer the role {x}.",
    "In short, I would come with {x}.",
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
    "I came away from our conversation with one clear picture: {x}.",
    "One thing I learned from you stays with me: {x}.",
    "Our conversation left me with one clear picture: {x}.",
)
LEARNT_DAY_CLAUSE: Bank = (
    "I came away from the interview with one clear picture: {x}.",
    "The interview left me with one picture in particular: {x}.",
    "One phrase from the day has stayed with me: {x}.",
    "One thing from the day stays with me: {x}.",
)
EXCITED_CLAUSE: Bank = (
    "One thing excites me most of all: {x}.",
    "There is one thing I am especially excited about: {x}.",
    "I look forward most to one part of the role: {x}.",
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
    "There is a point I should have raised when we spoke: {x}.",
    "To round out my answers, I would add one more detail: {x}.",
)
SUPPLEMENT_CLAUSE: Bank = (
    "There is one more thing I should have said: {x}.",
    "I also wanted to add one thing: {x}.",
    "To round out my answers, I would add that {x}.",
)
SUPPLEMENT_FOR_PANEL: Bank = (
    "In case it helps the panel, one thing I did not get to mention: {x}.",
    "If it is useful to the panel, I would like to add {x}.",
    "For the panel, I would add one detail I left out: {x}.",
)
SUPPLEMENT_FOR_PANEL_CLAUSE: Bank = (
    "In case it helps the panel, I would add that {x}.",
    "For the panel, I would add one detail I left out: {x}.",
)
SUPPLEMENT_AGAIN: Bank = (
    "I also wanted to come back to {x}.",
    "I would be glad to say more about {x}.",
    "Following up on {x}, I am happy to share more.",
)
SUPPLEMENT_AGAIN_CLAUSE: Bank = (
    "I wanted to follow up on one point: {x}.",
    "I would add one more word on what came up: {x}.",
)
SUPPLEMENT_OFFER: Bank = (
    "I would be glad to {x}.",
    "If it helps, I would be happy to {x}.",
    "I am glad to {x} if that is useful.",
)
