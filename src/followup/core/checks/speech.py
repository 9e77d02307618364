"""What a sentence does to its reader, as features for K17's pressure (``pressure``) and C-13's presumption
(``presumption``): not a list of pressing phrases, but the parts pressure is made of.

- ``asks_reader``: the speech act of a request aimed at the reader: an imperative ("please", "do let me
  know"), a question with "you" ("could you", "would you be able to"), the candidate's wish or need put to
  them ("I'd like to know", "I'd be grateful for", "it would help to have", "may I have", "would it be
  possible", "any chance"), a modal demand ("I need to know", "I have to hear").
- ``about_outcome``: what the request is about when it is the decision itself: the decision, verdict,
  outcome, result or answer, "where I stand", whether the candidate got the job ("whether I have been
  successful", "if I got the position", "whether you will be offering me the role").
- ``asks_timing``: a question about when or how the decision comes (C-05, C-15): never pressure.
- ``candidate_acts``: a clause where the candidate is the one acting ("I will send", "I can start"), so a
  date or a hurry in it is theirs.

Each is a small regular grammar of its class (a subject, a modal, a verb of the class, an object of the
class) rather than a phrase.
"""

from __future__ import annotations

import re


def _class(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_I = r"(?:I|I['’]d|I would|I['’]m|I am)"
_MODAL_YOU = r"(?:could|can|would|will|might|may)(?:\s+(?:you|they|the \w+|someone))"
_SOFT = r"(?:(?:really|also|just|simply|now|very|much|greatly|so|most|honestly|still|genuinely)\s+){0,2}"
_GET = r"(?:know|hear|have|get|learn|receive|find out|be told|see|hear back)"
_WISH = r"(?:like|love|want|need|value|appreciate|welcome|prefer|hope)"

REQUEST = _class(
    # imperatives
    r"please|kindly|do let me|let me (?:know|have|hear|see)|tell me|give me|send me|get me|share|confirm",
    r"(?:come|get|write) back to me|update me|inform me|advise me",
    r"(?:writing|wanted|want|like|need) to ask (?:for|about|after)|ask(?:ing)? (?:for|about|after)",
    # a question put to them
    rf"{_MODAL_YOU}(?:\s+\w+ly)?(?:\s+be able to)?",
    r"(?:do|does|did) (?:you|they|the \w+) (?:\w+ )?know",
    r"(?:would|will) (?:you|they) be able to",
    r"(?:is|would) it (?:be )?possible|any chance|is there any way",
    r"(?:would|could|will|is|might) [^.!?]{1,50}\bbe (?:possible|feasible|okay|ok|doable|manageable)",
    # the candidate's wish, need or hope put to them
    rf"{_I}\s+{_SOFT}{_WISH}(?: to {_GET})?",
    rf"{_I}\s+{_SOFT}(?:be )?(?:grateful|thankful|glad|keen|eager|hoping)(?: for| if| to {_GET})?",
    rf"I (?:{_SOFT})?(?:must|need to|have to|have got to|['’]ve got to|require)\s+{_GET}",
    rf"(?:may|might|could|can) I\s+(?:{_SOFT})?(?:have|get|ask for|hear|expect|know)",
    rf"(?:it|that|this) (?:would|will|could) {_SOFT}(?:help|suit|work|be (?:great|helpful|ideal|appreciated"
    r"|useful|good|possible|best|perfect))",
    r"(?:would|will) be (?:much |greatly |most |very |really )?(?:appreciated|welcome|ideal|helpful)",
    r"(?:hope|hoping|keen|eager) to (?:hear|have|get|know|learn|receive)",
    r"look(?:ing)? forward to (?:hearing|receiving|getting|having|learning)",
    r"if you could",
    r"ask (?:them|her|him|the \w+) (?:to|for)",
)
# The decision itself: its nouns ("your verdict", "the result of the interview"), the candidate's standing,
# and whether they got the job, in any person.
OUTCOME = _class(
    r"(?:the|your|their|its|his|her|a|an|any|[\w’']+['’]s)\s+(?:(?:final|clear|firm|definite|formal|quick"
    r"|straight|honest)\s+)?(?:decision|verdict|outcome|result|answer|choice)(?!\s*(?:timeline|time ?frame"
    r"|date|process|schedule|-?making|on when|about when))",
    r"yes or (?:a )?no",
    # how the candidate did, or how the application was received
    r"how (?:I (?:did|fared|got on|performed|came across)|my (?:application|interview|candidacy)"
    r" (?:has been|was"
    r"|went|is going|has gone)(?: \w+)?)",
    # whether the candidate succeeded, in any verb of it ("whether I've made the cut")
    r"(?:whether|if)(?: or not)? I(?:['’]ve| have| had)?(?: been)?"
    r" (?:made|got|gotten|passed|won|landed|secured"
    r"|succeeded"
    r"|progressed|impressed)",
    # whether they will take the candidate, however far in the sentence ("if the panel liked my answers
    # enough to offer me the post")
    r"(?:whether|if)\b[^.!?]{0,60}\b(?:offer|hire|choose|select|pick|appoint|take)\w*"
    r"(?: (?:it|this|the \w+))?"
    r"(?: to)? me\b",
    # what they decided about the candidate, or whether the candidate is in ("tell me whether I'm in")
    r"(?:what|whether|if) (?:you|they|the \w+)(?:['’]ve| have| had)? (?:decided|concluded|agreed)"
    r" (?:about|on) me",
    r"(?:whether|if) I(?:['’]m| am) in(?=\s*[,.?!;]| or (?:not|out))",
    # a commitment asked for: "a firm commitment on the role", "the green light", "the go-ahead"
    r"(?:an?|the|your) (?:firm|clear|definite|formal) (?:commitment|green light|go-ahead)(?! to\b)"
    r"|(?:commitment|green light|go-ahead) from you",
    r"(?:whether|if)(?: or not)? I(?:['’]ve|['’]m|['’]ll| have| am| was| had| will| did)?"
    r"(?: going to be| been| be)?"
    r" (?:got|get|gotten|getting|successful|selected|chosen|hired|offered|shortlisted|through"
    r"|the (?:job|role|position|post|offer))",
    r"(?:whether|if) (?:you|they|the \w+)(?:['’]ll| will| are going to| plan to| intend to)?(?: be)?"
    r" (?:offer|offering|hire|hiring|choose|choosing|select|selecting|pick|picking)\w* me",
    r"(?:the|this|that|your)(?: [\w-]+){0,2} (?:job|role|position|post|offer|vacancy|opening)"
    r" (?:is|will be|['’]s|might be|could be|would be|may be)(?: \w+){0,3} mine",
)
# A question about when or how the decision comes, or where the process stands (C-05, C-15).
TIMING = _class(
    r"when|timeline|time ?frame|timing|how long|expect(?:ed|s)?|schedule|next steps?|process|status|progress"
    r"|stand(?! with)|news|updates?|whatever|regardless|once|after",
)
# A courtesy about the reader's time ("when you have a moment"): no question of when the decision comes.
COURTESY = _class(
    r"(?:when|whenever|once|if) you (?:have|get|find|can|are able|have got)(?: (?:a (?:spare )?(?:moment"
    r"|minute|second|chance)|(?:the )?time))?",
)
# The candidate acting: their date or haste ("I will send it by Friday", "I can start immediately").
CANDIDATE_ACTS = _class(
    r"(?:glad|happy|pleased|keen|eager|delighted) to (?:share|send|provide|give|help|answer|discuss|talk"
    r"|explain"
    r"|walk|bring|show|present)",
    r"I(?:['’]ll| will| can| could| shall| am able to| would be (?:glad|happy) to| ['’]d be (?:glad|happy) to"
    r"| plan to| intend to| hope to (?:send|finish|complete|share))",
    # the candidate's own readiness, or what they would do ("I'm available immediately", "I'd read it
    # straight away"), not a wish put to the reader ("I would now like a decision")
    r"I(?:['’]m| am) (?:\w+ )?(?:available|free|ready|able|around|reachable|on hand)",
    r"I(?:['’]d| would) (?!(?:\w+ ){0,2}(?:like|love|appreciate|be grateful|be thankful|value|welcome|prefer"
    r"|need"
    r"|want|hope|be keen|be glad to (?:hear|know|learn|have|receive)))\w+",
    # a wish to do something oneself ("I'd love to bring that to a program growing as quickly as yours"),
    # not to be told something
    r"I(?:['’]d| would) (?:really )?(?:love|like|be keen|be glad|be happy) to"
    r" (?!(?:hear|know|learn|have|receive|get|see|find out|understand)\b)\w+",
)
# Another employer, offer or process of the candidate's, in any words.
ELSEWHERE = _class(
    r"(?:another|other|rival|competing|a second|a different|a larger|a bigger|outside|several|two|three"
    r"|a couple of|a few)\s+(?:\w+\s+)?(?:interviews?|firms?|compan(?:y|ies)|employers?|organi[sz]ations?"
    r"|offers?|roles?|positions?|processes|banks?|studios?|agenc(?:y|ies)|opportunit(?:y|ies)|jobs?)",
    r"a competitor|elsewhere",
)


def asks_reader(text: str) -> re.Match[str] | None:
    return REQUEST.search(text)


def about_outcome(text: str) -> re.Match[str] | None:
    """The decision itself, named as what is asked about (whether the request asks when it comes is the
    caller's to judge, over the request's own words)."""
    return OUTCOME.search(text)
