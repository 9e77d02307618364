"""Guilt and ultimatums in any words (C-20, C-23), beside ``pressure``'s stock phrases.

Guilt (C-20) is a reproach for the wait, in three families: their silence stated as a grievance ("I've had
no reply", "my email went unanswered", "nobody has got back to me", "still nothing"); the candidate's hurt
at it ("I feel forgotten", "I'm disheartened", "I find the silence frustrating"); and the wait measured
against them ("after all this time", "why is it taking so long", "candidates deserve to hear back"). Hurt
counts only when it is the candidate's or the wait's: "how frustrating the old tool was for the team" is
their story, not a reproach.

An ultimatum (C-20, C-23) is a consequence the candidate sets on their silence ("if I hear nothing, I'll
assume the answer is no", "failing a reply, I'll withdraw"), a time limit set on them ("you have until
Friday", "I can't wait any longer"), or a stock one ("now or never"). A condition with an ordinary next step
("if you need anything, I will send it") is not one: the consequence must be about the outcome.
"""

from __future__ import annotations

import re


def _phrases(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_I = r"(?:I|I['’]ve|I have|I['’]d|I had|I['’]m|I am|I was)"
_REPLY = r"(?:repl(?:y|ies)|responses?|answers?|word|news|acknowledg\w*|feedback|response)"
_DEGREE = (
    r"(?:(?:a bit|a little|rather|somewhat|quite|very|really|increasingly|slightly|more than a little)\s+)?"
)

_SILENCE = _phrases(
    # nothing received
    rf"{_I}\s+(?:(?:still|now|so far)\s+)?(?:had|received|got(?:ten)?|heard)\s+"
    rf"(?:no\s+{_REPLY}|nothing(?! but))",
    rf"{_I}\s+(?:am\s+|['’]m\s+)?(?:still\s+)?yet to "
    r"(?:hear|receive (?:a|any)|get (?:a|any)|have (?:a|any))\b",
    rf"not (?:to have|having) (?:heard|had (?:a|any) {_REPLY}|received (?:a|any) {_REPLY})",
    # nothing back, in any words: "not to have had even a short note back"
    r"not (?:to have|having|to) (?:had|received|got(?:ten)?|heard)\b[^.!?]{0,30}\b(?:back|reply|response"
    r"|answer|acknowledg\w*)",
    rf"not to (?:get|receive|have) (?:a|any) {_REPLY}",
    # unanswered, ignored, nobody replying
    # (the candidate's messages: "surveys that go unanswered" is their topic)
    r"(?:emails?|messages?|notes?|letters?|calls?|voicemails?|my|I)\b[^.!?]{0,40}\b(?:gone|go|goes|went"
    r"|remain(?:s|ed)?|been left|left|sat) unanswered",
    # the wait or the silence as a hardship, an expectation that was not met
    r"(?:silence|wait|waiting|uncertainty|not knowing)\b[^.!?]{0,40}\b(?:has been|is|was|['’]s been|feels"
    r"|felt)\s+(?:\w+\s+)?(?:hard|difficult|tough|trying|stressful|unsettling|disheartening|discouraging"
    r"|painful)",
    # a reply owed, measured against what is decent: "would have been the decent thing", "not too much to ask"
    r"would have been (?:the )?(?:decent|right|polite|proper|professional|respectful|courteous|least)"
    r"(?: thing| you could do| to do)?",
    r"(?:is|was|would be)(?:n['’]t| not) too much to ask",
    r"I (?:had )?expected (?:better|more) (?:communication|courtesy|manners|of you|from you|from a)",
    # the candidate's messages lost in silence, or the candidate watching for an answer
    r"(?:emails?|messages?|notes?|letters?|applications?|CV|résumé|resume)\b[^.!?]{0,30}\b(?:into|in|to)"
    r" (?:a|the) (?:void|black hole)",
    r"(?:checking|refreshing|watching|checked|refreshed) my (?:inbox|email|emails|phone|messages)"
    r"(?: \w+){0,3} (?:for (?:news|a reply|an answer|word)|every (?:day|hour|morning))",
    r"(?:I had|I['’]d)\s+(?:\w+\s+)?(?:hoped|expected)\s+to\s+(?:hear|have heard|receive|get|have)",
    # the candidate's messages or application neglected, in any of the words for it
    r"my (?:\w+ )?(?:emails?|messages?|notes?|letters?|calls?|voicemails?|follow-?ups?|application|enquiry"
    r"|inquiry|query|queries|CV|résumé|resume)\b[^.!?]{0,30}\b(?:(?:was|were|has been|have been|had been"
    r"|being"
    r"|got|seems to have been|seem to have been) (?:\w+ )?(?:ignored|overlooked|forgotten|lost|missed|shelved"
    r"|set aside|brushed aside|passed over))",
    r"(?:slipped|fallen|fell|falling|slipping) through the (?:cracks|net)|gone astray|lost in the shuffle",
    r"(?:emails?|messages?|notes?|letters?|calls?|voicemails?) (?:were|was|have been|has been|being) ignored",
    # what a reply would have been, said after none came
    r"(?:I['’]d|I would) have (?:appreciated|liked|expected|hoped for|welcomed|valued)\b"
    r"(?=[^.!?]{0,30}\b(?:repl|respon|answer|update|word|acknowledg|courtesy|hear(?:d|ing)? (?:back|from)))",
    r"(?:courtesy|decency) of (?:a|an|any) (?:reply|response|answer|acknowledg\w*|update)",
    # chasing, and nothing back
    r"(?:I['’]ve|I have|I) (?:now |already )?(?:chased|followed up|written|emailed|called|phoned)"
    r"(?: \w+){0,3} (?:and|but) (?:still )?(?:heard|had|received|got(?:ten)?) nothing",
    r"(?:I|I['’]ve|I have|I had|I['’]d)(?: \w+)? (?:heard|had|received|got(?:ten)?) nothing"
    r" (?:back|at all|since|so far|yet|in return)",
    rf"without (?:a|any) (?:single )?{_REPLY}",
    # no reply received, in any words: "a month with no news", "not to receive even a short acknowledgement"
    rf"(?:with|had|have had|['’]ve had|received|got|heard|there['’]s been|there has been) (?:still )?no"
    rf" (?:\w+ )?{_REPLY}",
    # (not a supposition: "please don't worry if there's no news yet")
    r"(?<!\bif there's )(?<!\bif there’s )(?<!\bif there is )(?<!\bwhether there's )(?<!\bwhether there’s )"
    rf"no (?:\w+ )?{_REPLY} (?:from you|from anyone|since|yet|so far|at all"
    r"|in (?:\w+ )?(?:weeks|days|a month))",
    rf"not (?:to )?(?:have )?(?:receive[ds]?|hear[ds]?|heard|get|got(?:ten)?|had)(?: \w+){{0,3}}"
    rf" (?:{_REPLY}|anything back)",
    r"(?:nobody|no one|no-one|none of you) (?:has|have|had|ever)\s+(?:yet\s+)?(?:got(?:ten)?|come|replied"
    r"|responded|written|been in touch|called)",
    r"(?:nobody|no one|no-one|none of you) (?:has|have|had|could|can)\b[^.!?]{0,30}\b(?:to )?(?:reply|respond"
    r"|get back|write back|answer)",
    rf"still (?:nothing|no {_REPLY})",
    rf"not (?:a|one) (?:single )?(?:word|{_REPLY})\b(?! of)",
    rf"(?:lack|absence) of (?:any )?(?:communication|contact|updates?|{_REPLY})",
    # the candidate's hurt
    rf"(?:{_I}\s+(?:feel|felt|have been|['’]ve been|was|am|['’]m|find|found)|I['’]m|I am|I was|I feel"
    r"|(?:I['’]m|I am) (?:feeling|getting|starting to feel))"
    rf"\s+{_DEGREE}"
    r"(?:forgotten|overlooked"
    r"|ignored|neglected|left hanging|left out|kept waiting|strung along|let down|disheartened|dispirited"
    r"|discouraged|frustrated|hurt(?! (?:on|in|at|during|while|playing|badly))|upset|offended|fobbed off)",
    r"left hanging|in limbo|strung along",
    r"(?:I['’]m|I am|I was|I feel|I felt)\s+(?:\w+\s+)?(?:crestfallen|gutted|devastated|heartbroken|crushed)",
    r"(?:it|this|that|the (?:news|decision|rejection))\s+(?:really\s+)?(?:stings|stung|doesn['’]t sting"
    r"|does not sting)|doesn['’]t sting",
    r"(?:the|your|this|that) decision (?:felt|feels|seems|seemed|was|is) (?:\w+ )?"
    r"(?:harsh|unfair|unjust|wrong"
    r"|rash|hasty)",
    rf"(?:I['’]ve|I have) been feeling {_DEGREE}(?:forgotten|overlooked|ignored|neglected|sidelined)",
    r"(?:\bI (?:\w+ )?|(?:hard|difficult) not to |can['’]t help |cannot help |makes me |made me |left me )"
    rf"feel(?:s|ing)?\s+{_DEGREE}(?:forgotten|overlooked|ignored|neglected|let down|brushed off|fobbed off"
    r"|sidelined|disregarded)",
    # the wait measured against them
    r"(?:taking|taken|take|takes|took) (?:so|this|such a) long",
    r"after all this time",
    rf"(?:expected|hoped|heard|{_REPLY})\b[^.!?]{{0,40}}\bby this (?:point|stage|time)",
    r"(?:chase|chasing|chased) (?:you )?(?:again|once more|up again|yet again)",
    r"followed up (?:twice|again|three times|several times|more than once)(?: now)? without",
    r"deserves? (?:to (?:hear|know|be told)|a (?:reply|response|answer))",
    rf"{_REPLY}[^.!?]{{0,40}}would have been (?:courteous|polite|nice|good manners|the least|appreciated"
    r"|welcome|kind)",
    r"would have been (?:courteous|polite|good manners)",
)
# Frustration is a reproach when it is the candidate's or the wait's ("I find the silence frustrating",
# "it's frustrating not knowing"), not their story ("how frustrating the old tool was for the team").
_FRUSTRATION = _phrases(
    r"frustrat\w*|exasperat\w*|infuriat\w*|annoy\w*|irritat\w*|dishearten\w*|discourag\w*|demorali[sz]\w*"
    r"|sadden\w*|dismay\w*|hurt|upset\w*|dispirit\w*|hard to (?:take|bear|accept)"
)
_ABOUT_THE_WAIT = _phrases(
    r"silence|waiting|wait|not (?:knowing|hearing|to hear)|nothing|no (?:reply|response|word|news)|this long"
    r"|lack of (?:\w+ )?(?:contact|news|communication|replies|response)"
    r"|so long|all this time|(?:I|me|my)(?= (?:find|found|am|feel|felt)\b)",
)


def reproach(text: str) -> re.Match[str] | None:
    """C-20 guilt in any words (see the module's docstring)."""
    if hit := _SILENCE.search(text):
        return hit
    hurt = _FRUSTRATION.search(text)
    return hurt if hurt is not None and _ABOUT_THE_WAIT.search(text) else None


# A condition on their silence or a point in time, and a consequence about the outcome.
_CONDITION = _phrases(
    r"if|unless|should I not|failing|without|in the absence of|otherwise|or(?: else)?|after|beyond|past",
    r"no (?:reply|answer|response|word|news|decision)",
)
_OUTCOME_ASSUMED = (
    r"(?:that\s+)?(?:the answer|it['’]s a no|it is a no|a no|no\b|the worst|the decision|the (?:role|job"
    r"|position|post|vacancy)|I(?:['’]ve| have| am|['’]m| was)? (?:been |not |no longer )?(?:unsuccessful|not"
    r"|rejected|out)|you(?:['’]re|['’]ve| are| have)? (?:are )?(?:no longer|not|gone|chosen|decided|moved"
    r"|gone with|passed|found someone|picked someone)|your silence)"
)
_CONSEQUENCE = _phrases(
    r"I['’]m out|I am out|count me out",
    r"I(?:['’]ll|['’]d| will| shall| would| must| may| might)?(?:\s+(?:have|need|be forced|be obliged)\s+to)?"
    r"(?:\s+(?:simply|just|then|probably|reluctantly|regretfully|have to))?\s+(?:"
    rf"assume\s+{_OUTCOME_ASSUMED}"
    r"|take (?:that|it|this|your silence|silence) as"
    r"|withdraw|pull out|move on(?! to\b)|look elsewhere|go elsewhere|be out|bow out"
    r"|accept (?:the |an |another |their )?(?:other|another|offer"
    r"|position elsewhere|role elsewhere|elsewhere|theirs|it|that one)"
    r"|take (?:the|an|another) (?:other(?! (?:one|route|way|slot|time|day|date|option)\b)|offer"
    r"|role elsewhere|position elsewhere|job elsewhere)"
    r"|consider (?:my|the) (?:application|candidacy|interest) (?:withdrawn|closed|over|at an end)"
    r"|go (?:with|for) (?:the other|them|theirs|that offer|their offer|another)|sign (?:with|elsewhere))",
)
_TIME_LIMIT = _phrases(
    r"(?:you have|giving you|give you|I can give you|I['’]ll give you|you['’]ve got) until",
    r"(?:wait|hold on|hold out|give you)\b[^.!?]{0,30}\b(?:and|but) (?:not|no) (?:a day |any )?longer",
    r"I (?:will not|won['’]t|cannot|can['’]t|can not|shall not) wait (?:any )?(?:longer|beyond|past|more than"
    r"|after)",
    r"now or never|take it or leave it",
    r"not (?:a|one) (?:minute|day|moment|second|hour) (?:longer|more)|your (?:last|final|only) (?:chance"
    r"|opportunity)",
    r"(?:only|last|final) (?:window|chance|opportunity|extension|time) I (?:can|could|will|am able to)"
    r" (?:give|offer"
    r"|allow)",
    r"(?:I['’]m|I am|I['’]ll be|I will be) off the market",
    # the alternative, then the candidate leaving, said bluntly: "or I walk", "after that I'm gone"
    r"(?:or|otherwise|after that|beyond that|failing that)[,;]?\s+(?:else\s+)?"
    r"(?:I walk(?: away)?|I['’]m (?:gone"
    r"|off|out|signing\b)|I(?:['’]ll| will)? (?:move on|sign (?:with|elsewhere)|go elsewhere|walk away"
    r"|take theirs|accept theirs|go with theirs|take the other)"
    r"|(?:you(?:['’]ll| will)? )?lose me)",
    r"I['’]d (?:rather|sooner) (?:withdraw|pull out|move on|look elsewhere) than",
)


# The candidate leaving them for the other side, as a class of moves rather than phrases: a verb of taking
# the other offer (accept, take, sign, commit, go ahead, say yes, opt for...) with the other side for its
# object (them, theirs, the other firm, their offer, elsewhere), or a verb of leaving this process (withdraw,
# pull out, walk away, step back, bow out) with nothing or this process after it; said as what the
# candidate will or must do, or is doing ("I'll be signing with them", "I'm taking the other job"). Declining
# the other side ("I'd gladly turn the other offer down") favours them and is not listed.
_OFFER_NOUN = (
    r"(?:offer|role|post|position|job|contract|terms|package|firm|company|employer|studio|agency|bank)"
)
_OTHER_OFFER = (
    rf"(?:theirs|elsewhere|(?:the|their|that|this|an?|my) (?:\w+ )?(?:other|rival|competing|second|outside)"
    rf" (?:\w+ )?{_OFFER_NOUN}|their (?:\w+ )?{_OFFER_NOUN}|the {_OFFER_NOUN} (?:from|with|at) (?:them|\w+)"
    rf"|(?-i:[A-Z])\w+(?:['’]s)? {_OFFER_NOUN})"
)
_ORGANISATION = (
    r"(?:office|firm|company|employer|studio|agency|bank|practice|council|group|house|service|board|authority"
    r"|trust|team|lab|clinic|hospital|school|charity|consultancy|partnership|startup|business)"
)
_OTHER_SIDE = (
    rf"(?:them|(?-i:[A-Z])\w+(?! {_OFFER_NOUN})|{_OTHER_OFFER}|(?:the|a|an) (?:\w+ ){{0,2}}{_ORGANISATION})"
)
_WALK_AWAY = _phrases(
    r"I(?:['’]ll| will| shall| would|['’]d| must| am going to|['’]m going to| have to| may| might|['’]m| am)?"
    r"(?: (?:have|need|be forced|be obliged|be compelled|feel obliged|be left) to)?"
    r"(?: be)?(?: (?:simply|just|then|probably|reluctantly|regretfully|sadly|obviously|certainly|likely"
    r"|definitely|honestly|therefore|have to))*"
    r" (?:"
    # taking the other offer
    r"(?:accept(?:ing)?|tak(?:e|ing)|go(?:ing)? (?:ahead )?with|opt(?:ing)? for|choos(?:e|ing)|settl(?:e|ing)"
    r" (?:for|on)|mov(?:e|ing) (?:forward|ahead) with|lock(?:ing)? in)"
    rf" {_OTHER_OFFER}"
    # binding oneself to the other side
    r"|(?:sign(?:ing)?(?: on)? with|sign(?:ing)? (?:up )?(?:for|with)|commit(?:ting)? to|say(?:ing)? yes to"
    rf"|agree(?:ing)? terms with) {_OTHER_SIDE}"
    r"|(?:sign(?:ing)?|commit(?:ting)?|go(?:ing)?|look(?:ing)?) elsewhere"
    # leaving this process
    r"|(?:withdraw(?:ing)?|pull(?:ing)? out|walk(?:ing)? away|step(?:ping)? (?:back|away|aside)|bow(?:ing)?"
    r" out|drop(?:ping)? out|mov(?:e|ing) on)"
    r"(?=\s*[,.;:!?]|$| (?:from|of) (?:your|the|this|Aurora|[A-Z]\w+)| my (?:application|candidacy|name)"
    r"| and (?:accept|take|sign|go))"
    r")",
)


def ultimatum(text: str) -> re.Match[str] | None:
    """C-20/C-23 ultimatums in any words (see the module's docstring)."""
    if hit := _TIME_LIMIT.search(text):
        return hit
    consequence = _CONSEQUENCE.search(text) or _WALK_AWAY.search(text)
    if consequence is None:
        return None
    return consequence if _CONDITION.search(text) else None
