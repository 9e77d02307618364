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

Issue 8 reads both as ideas, in the grammar each takes, rather than as idioms (``terms`` and ``grievance``
below). An ultimatum (C-23) is a limit or consequence set on the employer's choice: no more leeway from the
candidate, a date they will not move, the employer's chance closing, their silence or lateness counted as
their answer, a firm answer required, the alternative as a consequence ("or I sign", "miss it and I walk"), a
warning, a refusal to forgo the other offer, and a condition on their failing to act with the candidate
taking the other side (never the company written to; a date alone is condition enough only when the other
offer itself is taken). Guilt (C-20, C-26), read only after a wait or an outcome, is the candidate's hurt or
grievance about how they were treated: wronged or injured words said of themselves, reduced to a number,
the outcome as a blow, hurt admitted by denying it, effort wasted, never really considered, dropped from
view, the least they were owed, the wait or the handling judged, a foregone conclusion suspected, and, in a
reply to the outcome, the choice disputed. Sympathy ("gutted for the team"), reports ("letting me know there
was no news yet"), thanks ("for the courtesy of a reply") and their own story stay clean.
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
    # (not a relative clause of their topic: "reading up on member surveys that go unanswered")
    r"(?:emails?|messages?|notes?|letters?|calls?|voicemails?|my|I)\b(?:(?!\b(?:that|which|who)\b)[^.!?])"
    r"{0,40}\b(?:gone|go|goes|went"
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
    r"(?=[^.!?]{0,30}\b(?:repl|respon|answer|update|word|acknowledg|courtesy|hear(?:d|ing)? (?:back|from)"
    r"|told|informed|sooner|earlier|a call|a phone call))",
    # (not thanks for it: "thank you for the courtesy of a reply")
    r"(?<!\bfor the )(?:courtesy|decency) of (?:a|an|any) (?:reply|response|answer|acknowledg\w*|update)",
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
    # (nor their own report passed on: "thank you for letting me know there was no news yet")
    r"(?<!\bthere was )"
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
    # (the candidate's: "the storm left the depot in limbo" is their story)
    r"(?:\bI\b|\bme\b|\bmy\b)[^.!?]{0,30}\b(?:left hanging|in limbo|strung along)",
    # (sympathy is not hurt: "I was gutted for the team when the launch slipped")
    r"(?:I['’]m|I am|I was|I feel|I felt)\s+(?:\w+\s+)?(?:crestfallen|gutted|devastated|heartbroken|crushed)"
    r"(?! for (?:you|the|them|your|him|her|everyone))",
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
    r"deserve[sd]? (?:to (?:hear|know|be told)|a (?:reply|response|answer))",
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
    # a date passing: "once Friday passes", "should the 9th come and go"
    r"(?:once|when|should|if) (?:the \d{1,2}(?:st|nd|rd|th)?|\w+day|the date|that date|the deadline)"
    r" (?:passes|has passed|pass|comes and goes|come and go|has come and gone|goes by|is gone|arrives)",
)
_OUTCOME_ASSUMED = (
    r"(?:that\s+)?(?:the answer|it['’]s a no|it is a no|a no|no\b|the worst|the decision|the (?:role|job"
    r"|position|post|vacancy)|I(?:['’]ve| have| am|['’]m| was)? (?:been |not |no longer )?(?:unsuccessful|not"
    r"|rejected|out)|you(?:['’]re|['’]ve| are| have)? (?:are )?(?:no longer|not|gone|chosen|decided|moved"
    r"|gone with|passed|found someone|picked someone)|your silence)"
)
_CONSEQUENCE = _phrases(
    r"I['’]m out|I am out|count me out",
    # the candidate asking to be taken out of the process: "please withdraw me", "take my name off the list"
    r"(?:withdraw|remove|take|drop|strike) (?:me|my name|my application|my candidacy) (?:from|out of|off)"
    r"|consider me (?:withdrawn|out|gone|unavailable)",
    # the candidate's choice settled against them: "my decision is made", "my answer goes to them"
    r"my (?:decision|mind|choice) (?:is|will be|['’]s) (?:made|made up|settled)"
    r"|my (?:answer|yes) (?:goes|will go|is going) to (?:them|theirs|(?-i:[A-Z])\w+)",
    r"I(?:['’]ll|['’]d| will| shall| would| must| may| might)?(?:\s+(?:have|need|be forced|be obliged)\s+to)?"
    r"(?:\s+(?:simply|just|then|probably|reluctantly|regretfully|have to))?\s+(?:"
    rf"assume\s+{_OUTCOME_ASSUMED}"
    r"|take (?:that|it|this|your silence|silence) as"
    r"|withdraw|pull out|move on(?! to\b)|look elsewhere|go elsewhere|be out|bow out"
    r"|accept (?:the |an |another |their )?(?:other|another|offer"
    # ("if you make an offer, I will accept it gladly" is no threat: "it" is theirs)
    r"|position elsewhere|role elsewhere|elsewhere|theirs|that one)"
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
    r"not (?:a|one) (?:minute|day|moment|second|hour) (?:longer|more|after|later|past|beyond)|your (?:last"
    r"|final|only) (?:chance"
    r"|opportunity)",
    r"(?:only|last|final) (?:window|chance|opportunity|extension|time) I (?:can|could|will|am able to)"
    r" (?:give|offer"
    r"|allow)",
    r"(?:I['’]m|I am|I['’]ll be|I will be) off the market",
    # the alternative, then the candidate leaving, said bluntly: "or I walk", "after that I'm gone"
    r"(?:or|otherwise|after that|beyond that|failing that)[,;]?\s+(?:else\s+)?"
    r"(?:I walk(?: away)?|I['’]m (?:gone"
    r"|off|out|signing\b|spoken for|taken|committed elsewhere)|I(?:['’]ll| will)? (?:move on|sign (?:with"
    r"|elsewhere)|go elsewhere|walk away"
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
    r"(?: (?:have|need|be forced|be obliged|be compelled|feel obliged|be left|prepared|ready|willing|planning"
    r"|intend|mean) to)?"
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


def ultimatum(text: str, employer: str = "") -> re.Match[str] | None:
    """C-20/C-23 ultimatums in any words (see the module's docstring); ``employer`` is the company written
    to."""
    if hit := _TIME_LIMIT.search(text) or terms(text, employer):
        return hit
    consequence = _CONSEQUENCE.search(text) or _WALK_AWAY.search(text)
    if consequence is None:
        return None
    return consequence if _CONDITION.search(text) else None


# C-23 ultimatums as ideas rather than idioms (issue 8): terms the candidate sets on the employer's choice,
# a consequence or a limit, in the grammar each takes rather than as stock phrases. Each alternative below
# names its idea; the tests (tests/core/checks/test_reproach_general.py) hold our own wordings of each.
_DAY = (
    r"(?:the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|then"
    r"|(?:that|this|the|their|my|your) (?:date|day|deadline))"
)
_EMPLOYER = r"(?:you|they|it|(?-i:[A-Z])[\w’']+(?: (?-i:[A-Z])\w+)?|the (?:firm|company|team|panel|studio))"
# What the employer might send, and what it could be counted as.
_THEIR_REPLY = r"(?:answers?|repl(?:y|ies)|responses?|offers?|decisions?|word|news|silence|delays?|nothing)"
_A_REFUSAL = (
    r"(?:a |an |your |their |my )?(?:no\b|refusal|rejection|decline|pass\b|answer\b|lack of interest"
    r"|withdrawal|not interested|a ['‘’\"]?no)"
)
_TERMS = _phrases(
    # no further leeway from the candidate: "there will be no extensions", "I can offer no more time"
    r"there (?:will|would|can|could) be no (?:further |more )?(?:extensions?|exceptions?|second chances?"
    r"|more chances|further chances|leeway|flexibility|wiggle room|grace period|more time|delays?)",
    r"(?:with|and|but) no (?:exceptions?|extensions?|second chances?|ifs(?:,)? (?:or|and) buts)",
    r"no (?:further |more )?(?:extensions?|exceptions?|second chances?|leeway|flexibility|grace period)"
    r" (?:from me|on my (?:side|part|end)|from my (?:side|end))",
    r"I (?:can|will|shall|could) (?:offer|give|grant|allow|extend)(?: you| (?-i:[A-Z])\w+)?"
    r" no (?:further |more |other )?(?:extensions?|time|leeway|exceptions?|grace|chances?|days?)",
    # (not their own rules described: "our filing deadline is non-negotiable for clients")
    r"(?:non-?negotiable|not (?:up for )?negotiable)(?! for (?:clients|customers|users|patients|members|our"
    r"|the"
    r"|them|their))|under (?:any|no) circumstances|no matter what",
    # a date the candidate will not move: "the 14th is firm, and I won't move it"
    r"I (?:will not|won['’]t|shall not|shan['’]t|am not going to|['’]m not going to) (?:move|change|shift"
    r"|budge on|extend|push back|revisit) (?:it|that|this|the date|the deadline|my deadline|my date)\b",
    # refusing to repeat the favour: "I won't be asking twice", "won't hold them off again"
    r"(?:won['’]t|will not|shan['’]t|shall not|(?:am|['’]m) not going to|can['’]t|cannot)(?: be)?"
    r" (?:ask|do|say|wait|hold|offer|extend|put|delay|keep)\w*(?: \w+){0,4} (?:twice|a second time)",
    r"(?:won['’]t|will not|shan['’]t|(?:am|['’]m) not going to)(?: be)? (?:ask|wait|hold|extend|delay"
    r"|keep)\w*(?: \w+){0,6} (?:again|any more|anymore)",
    # the employer's chance, closing: "the door closes", "your window shuts on Friday", "one shot at this"
    r"(?:the )?door(?: to me| on my side| with me| here)? (?:closes|shuts|will close|will shut|is closing"
    r"|closed)|close the door",
    r"your (?:window|chance|opportunity|last chance|moment)\b[^.!?]{0,15}\b(?:closes|shuts|ends|expires"
    r"|runs out|will close|will end|is closing|is ending)",
    r"(?:gets?|has|have|given|giving|get) (?:one|a single|only one|just one) (?:shot|chance|go|opportunity)",
    r"(?:the|my|your) only (?:notice|warning|reminder)\b|(?:my|the) (?:last|final) word\b",
    # their silence or lateness counted as their answer: "silence will be taken as a no", "I'll read a
    # late reply as a decline", "offers after the 9th won't be considered"
    r"(?<!n['’]t )(?<!not )(?:tak(?:e|en|es|ing)|took|read(?:s|ing)?|treat(?:s|ed|ing)?|count(?:s|ed|ing)?"
    r"|understood|interpret(?:s|ed|ing)?|regard(?:s|ed|ing)?|consider(?:s|ed|ing)?|seen|view(?:s|ed)?)"
    rf"\b(?: by me)?(?: \w+){{0,5}} as {_A_REFUSAL}",
    rf"{_THEIR_REPLY}\b[^.!?]{{0,20}}\b(?:after|past|beyond|later than) {_DAY}\b[^.!?]{{0,20}}\b(?:won['’]t"
    r"|will not|can['’]t|cannot|would not|wouldn['’]t) (?:be )?(?:considered|accepted|entertained|count"
    r"|matter|make a difference|change (?:anything|my (?:mind|decision)))",
    r"too late to (?:matter|count|make a difference|change (?:anything|my mind))|(?:wins?|lose|loses) by"
    r" default",
    # the other side taking the candidate: "lose me", "Brightwater gets my yes", "my signature goes on"
    r"(?:lose|losing|lost) me\b",
    r"(?:gets?|get|will get|['’]ll get|goes to|go to) my (?:yes|signature|acceptance|agreement)\b"
    r"|my (?:yes|signature|acceptance)(?: to \w+)? (?:goes|will go|is going)\b",
    r"(?:be|become) someone else['’]s",
    # the choice made for them: "after Friday the choice is made for you"
    r"(?:choice|decision|matter)\b[^.!?]{0,15}\b(?:is|will be|gets|['’]ll be|['’]s) (?:made|settled|taken)"
    r" for (?:you|them|(?-i:[A-Z])\w+)",
    # the candidate gone after a date: "I'll be gone after the 9th", "past the 12th I'm no longer available"
    rf"(?:after|past|beyond|from|come) {_DAY}\b[^.!?]{{0,12}}\bI(?:['’]m|['’]ll be| will be| am| shall be)"
    r" (?:no longer available|gone|unavailable|off the market|spoken for|taken|committed elsewhere)",
    r"I(?:['’]ll| will| shall) be (?:gone|off the market|spoken for|unavailable to you|no longer available"
    rf" to you)\b[^.!?]{{0,10}}\b(?:after|past|beyond|from|by) {_DAY}",
    # a firm answer required of them: "I require a firm yes", "I expect a firm offer"
    r"I (?:require|demand|insist on|expect|will expect|['’]ll expect|must have|need to have|need)"
    r" (?:a|an|your|their|the)(?: \w+)? (?:firm|definite|clear|final|binding|concrete|formal|written|solid"
    r"|cast-iron)\s+(?:yes|answer|offer|decision|commitment|reply|response|confirmation)",
    r"I (?:require|demand|insist on) (?:a|an|your|their|the) (?:yes|answer|offer|decision|commitment|reply"
    r"|response)",
    # the alternative as a consequence: "anything less and I'm gone", "or not at all", "otherwise, goodbye"
    r"anything (?:less|short of (?:that|this|it)|under that|after (?:that|then|the \d+\w*|\w+day))\b"
    r"[^.!?]{0,6}\b(?:and|means|will mean|,)",
    r"or (?:not at all|nobody['’]s|no-one['’]s|no one['’]s|nothing)(?=\s*(?:[.!?;]|$))",
    r"(?:otherwise|or else|if not|failing that)[,;:]?\s+(?:(?:thanks|thank you)(?: and)?\s+)?(?:goodbye"
    r"|farewell|good-?bye|so long|we['’]re done|we are done|I['’]m done|that['’]s it|it['’]s over"
    r"|we part ways)",
    r"(?:we['’]re|we are|I['’]m|I am) done\b(?! with (?:the|my) (?:\w+ )?(?:course|exam|training|project))",
    r"(?:,|;|and|then) (?:the|my) answer (?:is|will be|['’]s) (?:a )?no\b",
    # a conditional imperative: "miss it and we're done", "meet the 29th or lose me", "miss Friday and I walk"
    r"(?:miss|pass|ignore|beat|meet|match|better|cross)\s+(?:it|that|this|the \d{1,2}(?:st|nd|rd|th)?"
    rf"|their (?:date|deadline|offer|terms)|{_DAY})[,;]?\s+(?:and|or)\s+(?:I|we|you|it|lose|that)\b",
    r"or (?:else )?I(?:['’]ll| will| shall|['’]m| am)? (?:sign\b|walk\b|leave\b|accept\b|commit\b"
    r"|join (?:them|(?-i:[A-Z])\w*)|go (?:with|elsewhere)|be (?:gone|off|someone else['’]s)"
    r"|with (?:them|(?-i:[A-Z])\w*))",
    r"with or without (?:you|your|an? |word|news|(?-i:[A-Z])\w*)",
    r"(?:draw|drawing|draws|bring|bringing|brings|close|closing|end|ending)\s+(?:this|the|my|things)"
    r"\s+(?:process\s+|search\s+)?(?:to an? (?:close|end|halt) )?(?:on|by|come) (?:the )?\d",
    # a warning, a limit, the candidate's patience: "fair warning", "a line in the sand", "hold you to"
    r"(?:fair|final|friendly|advance) warning|be warned|(?:a|my) line in the sand|so does my patience",
    rf"my patience\b[^.!?]{{0,30}}\b(?:on|by|after|past|beyond|until) {_DAY}"
    rf"|{_DAY}\b[^.!?]{{0,30}}\bmy patience",
    r"hold(?:ing)? (?:you|them|[A-Z]\w+) to (?:the|that|this|it|\d)",
    # their deadline made of the candidate's: "treat the 22nd as non-negotiable", "it's your cut-off too"
    rf"(?:treat|consider|take|regard|see)\s+{_DAY}\s+(?:as\s+)?(?:(?:your|{_EMPLOYER}['’]s|the|a|an)\s+)?"
    r"(?:own\s+)?(?:\w+\s+)?(?:deadline|cut-?off|last day|final|fixed|firm|binding)",
    r"(?:deadline|cut-?off|last day)\b[^.!?]{0,20}\b(?:for you|applies to you|is yours|yours too"
    r"|yours as well|for you too|binds you|as much as mine|not just (?:for )?(?:me|mine))",
    # refusing to forgo the other offer or to keep waiting: "I'm not prepared to turn them down for a maybe"
    r"(?:not|\w+n['’]t|never) (?:prepared|willing|going|about) to (?:turn (?:\w+ ){0,2}down|decline|refuse"
    r"|pass (?:on|up)|lose|let (?:\w+ ){0,2}go|risk|wait|hold (?:\w+ )?(?:off|out|on)|keep"
    r" (?:\w+ ){0,2}waiting|gamble)",
    r"I (?:refuse|decline) to (?:wait|turn|hold|keep|let|pass|risk)",
    r"for a (?:maybe|perhaps|possibility|might-be)\b",
    r"I (?:will not|won['’]t|cannot|can['’]t|shall not|am not going to|['’]m not going to) be waiting\b"
    r"[^.!?]{0,30}\b(?:longer|beyond|past|after|indefinitely|forever|around)",
    # the employer told what it must do: "it will need to show it by", "if you want me"
    rf"{_EMPLOYER} (?:will|['’]ll|would|is going to) (?:need|have) to (?:show|prove|move|act|commit|decide"
    r"|match|beat|make (?:an?|me an?|your|its|their) (?:offer|decision|move)|come (?:back|forward))",
    rf"if {_EMPLOYER} (?:really |truly )?wants? me\b(?! to\b)",
    # a date set as the candidate's limit: "Thursday is my limit", "a hard stop", "the end of the road"
    rf"{_DAY} (?:is|stands as|remains|will be) my (?:\w+ )?(?:limit|cut-?off|deadline|line|final date"
    rf"|last date"
    r"|hard stop|final day|last day)|my hard stop|(?:the )?end of the road|full stop|end of story"
    r"|and that['’]s final|one-(?:time|off) (?:window|chance|offer|opportunity)|once-only"
    rf"|{_DAY} stands as",
    r"(?:no|zero|little) (?:room|scope) (?:to move|for (?:manoeuvre|maneuver|movement|delay|negotiation))",
    # late answers refused: "late offers will be declined"
    r"(?:late|later|belated) (?:answers?|repl(?:y|ies)|responses?|offers?|decisions?) (?:will|would|shall)"
    r" (?:be )?(?:declined|refused|ignored|turned down|disregarded|not be (?:considered|accepted))",
    # no longer holding the other side off: "I won't hold them off past the 3rd"
    r"(?:won['’]t|will not|shan['’]t|not going to|can['’]t and won['’]t) (?:hold|keep|put) (?:\w+ ){1,3}"
    r"(?:off|waiting|on hold) (?:past|beyond|after|any longer|longer)",
    # "no offer by the 3rd, no deal"; "either you decide by Friday or..."
    rf"no \w+(?: from (?:you|\w+))? (?:by|before) {_DAY}[,;:]? (?:(?:and )?no\b|means|will mean)",
    rf"either\b[^.!?]{{0,50}}\b(?:by|before) {_DAY}\b[^.!?]{{0,40}}\bor\b"
    rf"|(?:by|before) {_DAY},? either\b",
    # the matter closed: "I shall regard the matter as closed", "consider me off the table"
    r"(?:regard|consider|treat|take|count) (?:the matter|the question|this|it|things|the process|my candidacy"
    r"|my application|me) (?:as )?(?:closed|over|finished|at an end|settled|concluded|withdrawn|off the table"
    r"|out of the running|answered|decided)",
    r"off the table|part (?:company|ways)",
    # more leeway refused, in any words: "there will not be another extension", "unable to offer any
    # flexibility"
    r"there (?:will|would|can|could)(?: not|n['’]t) be (?:another|any (?:more |further |other )?|a second)"
    r" ?(?:extensions?|exceptions?|chances?|delays?|leeway|flexibility|grace period|more time)",
    r"(?:another|any (?:more|further)) (?:extension|exception|delay|leeway|flexibility|time) (?:from me"
    r"|from my (?:side|end)|on my (?:side|part|end))",
    r"(?:I (?:can(?:not|['’]t)?|will not|won['’]t|could not|couldn['’]t)|I(?:['’]m| am) unable to)"
    r" (?:offer|give|grant|allow|extend) (?:you|your \w+|(?-i:[A-Z])\w+) (?:any|no) (?:further |more "
    r"|other )?"
    r"(?:extensions?|time|leeway|flexibility|exceptions?|grace|chances?|days?|latitude)",
    r"(?:won['’]t|will not|not be|shan['’]t) (?:be )?(?:seek|ask"
    r"|request)\w*(?: \w+)? (?:for )?(?:any )?(?:further"
    r"|more|another|a second) (?:delay|extension|time)",
    # an answer demanded on the candidate's desk by a date: "the offer needs to be with me by the 8th"
    r"(?:(?:the|an|your|any) offer|your (?:answer|decision|reply))\b[^.!?]{0,10}\b(?:needs? to|has to|must)"
    rf" (?:be|arrive|reach|come|land)\b[^.!?]{{0,30}}\b(?:by|before) {_DAY}",
    # an emphatic refusal closing a limit: "and I won't", "neither am I", "or don't bother"
    r"(?:,|;) and I won['’]t(?=\s*[.!?]|$)|(?:isn['’]t|is not|won['’]t|will not) (?:moving|move|changing"
    r"|change"
    r"|budging|budge)\b[^.!?]{0,15}\b(?:neither|nor) (?:am|will) I",
    r"or (?:(?:just )?don['’]t|do not) bother|or forget (?:it|about (?:it|me))",
    r"I (?:won['’]t|will not) be (?:here|around|available|there) to (?:answer|respond|hear|take|receive)",
    r"(?:wait|hold (?:on|out|off)|hang on)\b[^.!?]{0,25}\b(?:any )?longer than {_DAY}",
    r"(?:no longer|not|won['’]t|will not|cannot|can['’]t) (?:be able to )?(?:entertain|consider|look at)"
    r" (?:an?|any|your) (?:\w+ )?(?:offer|answer|reply|decision)\b(?=[^.!?]{0,30}\b(?:after|beyond|past"
    r"|later than)\b)"
    rf"|(?:after|beyond|past) {_DAY}\b[^.!?]{{0,20}}\b(?:no longer|not|won['’]t|will not) (?:be able to )?"
    r"(?:entertain|consider|look at)",
    # the chance run out, and the other side's by then: "and then it's out of play", "after that I'm Tasman's"
    r"then (?:it['’]s|it is|I['’]m|I am|the chance is|the offer is|that['’]s) (?:out of play|gone|over|closed"
    r"|done|too late|off the table|theirs)",
    r"I['’]m (?-i:[A-Z])\w+['’]s\b|(?:I['’]m|I am|I will be|I['’]ll be) theirs\b",
    rf"(?!I\b){_EMPLOYER} (?:has|have|['’]s got|['’]ve got) until {_DAY}",
    r"or (?:\w+ ){0,2}lose (?:the|this|your) (?:chance|opportunity|candidate)|or (?:\w+ )?lose out",
    r"(?:choose|pick|take|go with|accept|sign with|wins?) (?:\w+ ){0,2}by default",
    # the candidate's own resolve, fixed like the date: "and neither will I", "so is my resolve"
    r"(?:neither|nor) (?:will|shall|can) I(?=\s*[.!?]|\s*$)|so (?:is|will be) my (?:resolve|mind|decision)",
    r"(?:offer|answer|reply|decision)\b[^.!?]{0,30}\b(?:arrives?|comes?|is|will be|would be)\b[^.!?]{0,10}"
    r"\btoo late",
    r"draw(?:ing|s)? a line (?:under|beneath)",
    r"(?:serve as|this is|consider this|take this as|treat this as) (?:my |your |formal |fair |final )?notice"
    r"|(?:put|putting|puts) (?:you|your \w+|(?-i:[A-Z])\w+) on notice|(?:you are|you['’]re"
    r"|consider yourselves?) on"
    r" notice|I(?:['’]ll| will| shall)? stop waiting|no later(?=\s*[.!?]|\s*$)",
    r"anything (?:later|after that|past that)\b[^.!?]{0,6}\b(?:won['’]t|will not|and|means|is)",
    r"(?:urge|advise|warn) (?:you|(?-i:[A-Z])\w+) (?:not to|against)",
    r"(?:settle|decide|make)\w* (?:it|things|the matter|the (?:decision|choice)|my (?:decision|choice))"
    r" for me",
    r"(?:fit|suit|work to|follow) (?:my|in with my) (?:timetable|schedule|timeline|terms|deadline)",
    r"(?:will not|won['’]t|shan['’]t|not going to) keep (?!you\b)(?:\w+ ){1,3}(?:dangling|hanging|waiting"
    r"|on hold)",
    r"no plan b\b",
    # more of the same ideas: "Thursday is final", "an offer after Thursday is one I will decline", "force
    # my hand", "Kestrel has my word"
    # (a date of the candidate's: "their deadline is firm" describes the other side's)
    r"(?:the \d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|my (?:date"
    r"|deadline)) (?:is|will be|stays|remains) (?:final|fixed|firm|set in stone|immovable)\b",
    rf"{_THEIR_REPLY}\b[^.!?]{{0,20}}\b(?:after|past|beyond|later than) {_DAY}\b[^.!?]{{0,30}}\bI(?: will"
    rf"|['’]ll"
    r"| shall| would)? (?:have to )?(?:decline|refuse|turn (?:it )?down|reject|ignore)",
    r"(?:force|forcing|forced|forces) my hand",
    # the candidate deciding on the date whatever they do: "the 9th is when I decide, whether or not..."
    rf"{_DAY} is when I (?:decide|choose|sign|accept|commit|stop|move on)",
    r"(?:my (?:choice|decision)|I (?:decide|choose|commit|sign))\b[^.!?]{0,30}\b(?:regardless|whether or not"
    r"|irrespective)",
    r"(?:regardless of|whether or not|irrespective of)\b[^.!?]{0,40}\b(?:I (?:will |['’]ll )?(?:decide|choose"
    r"|sign|commit)|is when I)",
    rf"but only (?:until|till|up to|before) {_DAY}",
    rf"no point (?:in )?(?:\w+ ){{0,3}}(?:after|past|beyond|later than) {_DAY}",
    rf"(?!I\b){_EMPLOYER} (?:has|have|['’]s got|['’]ve got) (?:this week|\w+ days?|a week|the week|until \w+)"
    r" to (?:show|prove|decide|act|make|move|come|match|commit)",
    r"(?:consider|count|call|deem) (?:your|their|any) (?:silence|delay|non-reply|lack of (?:\w+ )?(?:reply"
    r"|answer|response)) (?:as )?(?:a |an )?(?:\w+ )?(?:no|refusal|decline|rejection|answer)\b",
    r"(?:the )?end of the line",
    r"(?:the )?(?:one and only|only) time I(?:['’]ll| will| shall| am going to)? (?:raise|ask|mention|say)",
    r"(?:neither|nor) (?:can|will|should|may) (?:you|(?-i:[A-Z])\w+)(?=\s*[.!?]|\s*$)",
    # the employer told it must move by the date, or lose the candidate: "Summit must move by the 12th"
    rf"(?!I\b){_EMPLOYER} (?:must|needs to|has to|have to|need to|will have to) (?:move|act|decide|commit"
    rf"|make"
    rf"|come|show|prove)\b[^.!?]{{0,20}}\b(?:by|before) {_DAY}",
    r"\bforfeit(?:s|ed|ing)? (?:me|my|the chance)",
    r"(?:not|\w+n['’]t|won['’]t|will not)(?: be)? (?:holding out|hold out|holding on|hold on|hanging on"
    r"|waiting"
    rf" around|waiting)\b[^.!?]{{0,20}}\b(?:beyond|past|after|later than|longer than) {_DAY}",
    r"(?:last|final) (?:day|date|time) I(?:['’]ll| will| can| shall)? (?:entertain|consider|wait|accept|hold"
    r"|look at)",
    r"(?:don['’]t|do not) bother (?:sending|writing|replying|making|calling|to)",
    r"(?:will|['’]ll) have me\b",
    r"(?:has|have|gets?|get) my (?:word|yes|signature|acceptance)\b",
    r"go (?:our|their) separate ways|(?:leaves|out of|taken out of|passes out of) your hands",
    r"(?:don['’]t|do not) expect me to (?:wait|hold|keep|delay|stall)",
    r"(?:is|be) your (?:last|final) call\b",
    r"I (?:won['’]t|will not|shan['’]t)(?: \w+)? (?:try|wait|hold|hang on|keep|delay|stall|bother"
    r"|entertain)\b"
    rf"[^.!?]{{0,20}}\b(?:past|beyond|after|later than) {_DAY}",
    r"I(?:['’]ll| will| shall) have (?:signed|accepted|committed|said yes|agreed)",
    r"(?:can|may) have me if",
    r"(?:won['’]t|will not|needn['’]t|need not)(?: \w+){0,2} at all\b",
    r"(?:can['’]t|cannot|won['’]t|will not|not) be (?:talked|persuaded|moved|argued) (?:out of|from|off)",
    r"(?:it['’]s|it is) (?:up to|on) (?:you|them|(?-i:[A-Z])\w+) to (?:move|act|decide|commit|make)\b"
    r"[^.!?]{0,30}\b(?:by|before)\b",
)


# A condition on their failing to act ("unless", "if ... not / nothing", "should ... still", "after Friday",
# "no word by the 3rd") and a consequence against them: the candidate committing to the other side in any
# words ("I'm taking the lab role", "I will sign their contract", "I'll go with the lab"), or the process
# ended ("it's theirs", "the answer will be yes to them"). A condition that is a hope ("if you make an offer,
# I'll take the role gladly") is not one: it is about them acting.
_FAILING = re.compile(
    r"\bunless\b|\b(?:if|should|in case)\b[^.!?;]{0,60}?\b(?:not|\w*n['’]t|nothing|no|without|never|still"
    r"|fails?"
    r"|failing|passes|pass|come and go|comes and goes|later than|beyond|past)\b|\bfailing\b|\bwithout\b"
    rf"|\bin the absence of\b|\botherwise\b|\bor else\b|\b(?:after|past|beyond|come) {_DAY}"
    rf"|\bno \w+ (?:by|before) {_DAY}",
    re.IGNORECASE,
)
# A date alone is condition enough when what the candidate takes is the other offer itself: "I will accept
# their offer on the 8th" (not "I'll take them through the model on Friday").
_ON_A_DAY = re.compile(rf"\b(?:on|by|come|from) {_DAY}", re.IGNORECASE)
_AN_OFFER = re.compile(r"\b(?:offer|contract|terms|package|role|job|position|post|yes|acceptance)\b", re.I)
_ELSEWHERE_TARGET = (
    r"(?:them|theirs|(?-i:[A-Z])\w+['’]s(?=\s*(?:[.!?,;]|$))|(?:the|their|that|a|an"
    r"|this) (?:\w+ ){0,2}(?:role|job|post|position|offer|contract"
    r"|package"
    r"|terms|place|papers|paperwork)|(?:the|their) (?:\w+ )?(?:firm|company|lab|studio|agency|team|practice"
    r"|office|bank|group)|[\w’']+['’]s (?:\w+ )?(?:role|job|post|position|offer|contract|package|terms))"
)
# A name, not a capitalised function word or a day ("If it is possible", "I'll choose Tuesday").
_NAME = (
    r"(?!(?:If|It|Its|This|That|The|Then|So|And|But|Or|I|We|You|He|She|They|There|Here|What|Which|When|Where"
    r"|Who|Whether|As|Yes|No|Please|Thank|Thanks|Dear|Once|Unless|After|Before|Since|Because|Although|Though"
    r"|While|Either|Neither|Otherwise|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])\w+"
)
_COMMIT_ELSEWHERE = re.compile(
    r"\bI(?:['’]ll| will| shall| would|['’]d| must| am going to|['’]m going to|['’]m| am)?"
    r"(?: (?:have|need|be forced|be obliged) to)?(?: (?:then|just|simply|probably|reluctantly|regretfully"
    r"|sadly"
    r"|certainly|definitely|have to|be))*"
    r" (?:sign(?:ing)?(?: on)?(?: with)?|accept(?:ing)?|tak(?:e|ing)|go(?:ing)? (?:ahead )?with"
    r"|say(?:ing)? yes to"
    r"|agree(?:ing)? terms with|commit(?:ting)? to|join(?:ing)?|mov(?:e|ing) (?:ahead|forward) with"
    rf"|proceed(?:ing)? with) {_ELSEWHERE_TARGET}\b"
    r"|\b(?:it|my answer)(?: will be|['’]ll be| is|['’]s) (?:a )?yes\b"
    r"|\b(?:it['’]s|it is|it will be|that['’]s|the answer is) (?:a )?no(?=\s*[.!?]|\s*$)"
    r"|\b(?:it|this|the (?:role|job|post|position))(?: \w+)? (?:isn['’]t|is not|won['’]t be"
    r"|will not be) for me\b"
    # the other side named as the winner, or the candidate simply gone: "Orchard it is", "Orchard wins",
    # "I walk", "I'll choose Orchard"
    rf"|\b{_NAME}(?: (?-i:[A-Z])\w+)? (?:it is|wins|gets (?:me|my \w+|the nod))\b"
    r"|\bI(?:['’]ll| will| shall)? (?:walk|leave|go|sign)(?=\s*[.!?;,]|\s*$)"
    r"|\bI(?:['’]ll| will| shall|['’]d| would)? (?:choose|pick|opt for|settle on|go for)"
    rf" {_NAME}(?: (?-i:[A-Z])\w+)?"
    r"|\bit['’]s (?:the \w+['’]s|theirs|their (?:\w+ )?(?:offer|role|job))",
    re.IGNORECASE,
)


def _failing_then_elsewhere(text: str, employer: str = "") -> re.Match[str] | None:
    """An ultimatum from its parts: a condition on their failing to act, and the candidate committing to the
    other side (see ``_FAILING``); never to the employer written to ("I'd choose Summit" favours them)."""
    failing = _FAILING.search(text) is not None
    if not failing and _ON_A_DAY.search(text) is None:
        return None
    own = employer.split()[0].lower() if employer.split() else ""
    for consequence in _COMMIT_ELSEWHERE.finditer(text):
        if own and own in consequence.group().lower():
            continue
        if failing or _AN_OFFER.search(consequence.group()):
            return consequence
    return None


def terms(text: str, employer: str = "") -> re.Match[str] | None:
    """C-23: the terms the candidate sets on the employer's choice (see ``_TERMS``); ``employer`` is the
    company written to, never the other side."""
    return _TERMS.search(text) or _failing_then_elsewhere(text, employer)


# C-20/C-26 guilt as ideas rather than idioms (issue 8): the candidate's hurt or grievance about how they were
# treated while waiting or by the outcome, said of themselves, of the wait or of the outcome. Read only in
# messages written after a wait or an outcome (``feelings.WAITED``), where there is something to reproach.
_ME = (
    r"(?:I(?:['’]m| am| was| feel| felt|['’]ve been| have been| had been| seem to have been| remain"
    r"| still feel| can['’]t help feeling| cannot help feeling)"
    r"|(?:left|leaves|leaving|made|makes|making) me(?: feel(?:ing)?)?"
    r"|(?:I['’]m|I am|I was|I['’]ve been|I have been) (?:feeling|left|left feeling|starting to feel"
    r"|beginning to feel))"
)
_STILL = (
    r"(?:(?:still|now|rather|quite|a bit|a little|somewhat|very|really|honestly|frankly|more than a little"
    r"|a touch|a tad|slightly|increasingly|deeply|badly|\w+ly)\s+)*"
)
# Words of being wronged or injured that a person says of themselves.
_WRONGED = (
    r"(?:smarting|wounded|bruised|stung|winded|floored|gutted|crushed|flattened|shattered|devastated"
    r"|heartbroken|deflated|crestfallen|dejected|rattled|shaken|blindsided|wrong-footed|shortchanged"
    r"|short-changed|cheated|misled|slighted|snubbed|sidelined|overlooked|forgotten|ignored|dismissed"
    r"|written off|passed over|brushed (?:aside|off)|fobbed off|unappreciated|undervalued|unheard|invisible"
    r"|disrespected|taken for granted|hard done by|hung out to dry|ghosted|strung along|let down"
    r"|messed (?:about|around)|jerked around|given the runaround|kept in the dark|left out|abandoned"
    r"|neglected|mistreated|ill-used|ill-treated|badly treated|poorly treated|disregarded|discounted|devalued"
    r"|belittled|insulted|humiliated|unwanted|cast aside|tossed aside|pushed aside|shut out|frozen out"
    r"|reeling"
    r"|stunned|in shock|numb|hurting|aggrieved|surplus to requirements|expendable|disposable|replaceable"
    r"|kept hanging"
    r"|kept dangling|kept guessing|kept on hold|kept in suspense|used(?! to\b))"
)
# What a person is reduced to when they feel slighted: "an afterthought", "a number", "a name on a list".
_SLIGHT = (
    r"(?:afterthought|number|statistic|nuisance|pest|bother|burden|also-ran|spare part|footnote|nobody|no-one"
    r"|inconvenience|formality|placeholder|second thought|box to (?:be )?tick(?:ed)?"
    r"|(?:name|number|line|row|entry|CV|résumé|resume|application|file) (?:on|in) (?:a|the) (?:list"
    r"|spreadsheet|pile|stack|heap|database|queue|file|system|drawer|inbox))"
)
_OUTCOME_SUBJECT = (
    r"(?:the (?:news|decision|rejection|result|outcome|email|letter|call|verdict|answer)|this|it|that"
    r"|your (?:news|decision|email|letter|reply|answer))"
)
_PAIN_VERB = r"(?:hurt|sting|stung|smart|smarted|rankle|rankled|wound|wounded|bruise|bruised|upset|bother)"
# Treatment judged: how the wait, the silence or the handling strikes the candidate.
_RUDE = (
    r"(?:disrespectful|discourteous|dismissive|unprofessional|rude|careless|callous|cavalier|shabby|unkind"
    r"|inconsiderate|insulting|demeaning|belittling|off-?hand|unfair|unjust|cruel|heartless)"
)
_GRIEVANCE = _phrases(
    # pain or wrong said of oneself: "I'm still smarting", "it left me feeling shortchanged"
    # (not another's story, "shaken by the storm", nor sympathy, "gutted to hear about the flood", "for you")
    rf"{_ME}\s+{_STILL}{_WRONGED}\b(?! (?:by|from) (?:the|a|an|my) (?!news|decision|outcome|silence"
    r"|wait)\w+)(?! to (?:hear|learn|read|see) (?:about|of|that (?!I\b))| to be writing"
    r"| for (?:you|the|them|your))",
    r"(?:being|been) kept waiting",
    # reduced to a thing: "left me feeling like an afterthought", "treated as a number"
    r"(?:feel|felt|feeling|seen|treated|handled|regarded|viewed|dealt with|felt treated)\s+(?:\w+\s+)?"
    r"(?:like|as|as if I were|as though I were|as if I was|as though I was)\s+(?:(?:just|merely"
    r"|little more than|more than|nothing more than|no more than|only)\s+)?(?:an?\s+|one\s+|another\s+)?"
    rf"(?:\w+\s+)?{_SLIGHT}\b",
    # how candidates are treated, judged: "a poor way to treat a candidate", "treated unfairly"
    r"(?:poor|shabby|odd|strange|curious|unkind|rude|disrespectful|careless|cavalier|callous|cold"
    r"|unprofessional|discourteous|sorry|sad|harsh) (?:way|manner|means) (?:to|of) (?:treat|treating|handle"
    r"|handling|deal|dealing|end|ending|leave|leaving|communicate|communicating|close|closing|respond"
    r"|responding)",
    r"(?:I|me|candidates?|applicants?)\b[^.!?]{0,20}\b(?:treated|handled|dealt with|judged|assessed)"
    r" (?:\w+ )?(?:unfairly|badly|poorly|shabbily|unjustly|harshly|rudely|dismissively|carelessly)",
    r"(?:waiting|silence|quiet|the wait|no (?:reply|answer|word|news)|ignored|treatment|this long)\b"
    rf"[^.!?]{{0,30}}\b(?:is|was|feels?|felt|seems?|seemed|has been|strikes me as)\s+(?:\w+\s+)?{_RUDE}",
    # the outcome as a blow: "the news knocked the wind out of my sails", "a bitter pill"
    rf"{_OUTCOME_SUBJECT}\s+(?:has\s+|had\s+|really\s+|rather\s+|honestly\s+)*(?:knocked|hit|floored"
    r"|flattened|winded|crushed|gutted|shattered|stung|rattled|shook|shaken|hurt|devastated|deflated"
    r"|bruised|wounded)\s+(?:me|my|the wind|us)\b",
    r"knock(?:ed|s)? (?:the (?:wind|stuffing) out of (?:me|my)|me (?:flat|sideways|for six|back))"
    r"|bitter pill|kick in the teeth|body blow|gut[- ]punch",
    rf"{_OUTCOME_SUBJECT}\s+(?:has been|had been|was|is|came as|felt like|feels like|['’]s been|['’]s)\s+"
    r"(?:a\s+|such a\s+|quite a\s+|something of a\s+)(?:real\s+|heavy\s+|hard\s+|bitter\s+|crushing\s+"
    r"|cruel\s+|big\s+|nasty\s+|huge\s+)?(?:blow|knock|letdown|let-down|heartbreak|shock|slap in the face"
    r"|punch|jolt|wrench)\b",
    # hurt admitted by refusing to deny it: "I won't pretend I wasn't wounded", "I'd be lying if I said
    # it didn't hurt"
    r"(?:won['’]t|will not|can['’]t|cannot|couldn['’]t|not going to) pretend (?:that )?(?:I|it|this|the \w+)"
    r"\b[^.!?]{0,20}\b(?:was|is|did|does|were|had|has|am)(?:n['’]t| not)\b",
    r"(?:pretend|say|said|claim|claimed|deny|denied)(?: that)? (?:I|it|this|the \w+)\b[^.!?]{0,15}\b(?:was"
    rf"|is|did|does|has|had)(?:n['’]t| not)(?: \w+)? {_PAIN_VERB}",
    # taking it personally, and the hurt it is hard not to feel
    r"(?:hard|difficult|tough|impossible) not to (?:take\b[^.!?]{0,40}\bpersonally|feel\b[^.!?]{0,50}\b"
    r"(?:waste|wasted|overlooked|forgotten|ignored|slighted|cheated|let down|unfair|pointless|for nothing"
    r"|in vain|unnoticed|unappreciated|undervalued|dismissed|written off|afterthought|a number|short))",
    r"(?:I['’]m|I am|I['’]ve been|I have been) (?:\w+ )?taking (?:it|this|the \w+(?: \w+)?) personally",
    # the candidate's effort wasted: "my preparation went to waste", "those hours counted for nothing"
    r"(?<!none of )(?<!\bof )(?:my|all my|all the|the|all those|those|all that) (?:\w+ )?(?:effort|efforts"
    r"|work|time|preparation|prep|energy|hours|weeks|days)\b[^.!?]{0,40}\b(?<!n['’]t )(?<!not )(?<!never )"
    r"(?:(?:went )?to waste|for nothing|in vain|wasted|pointless|for naught|unnoticed|unrewarded"
    r"|unacknowledged|counted for (?:nothing|little|naught))",
    # never really considered, dropped from view: "never really in the running", "off everyone's radar"
    r"never (?:really |seriously |truly |actually |even )?(?:in the running|in contention|in with a chance"
    r"|a (?:serious |real )?(?:candidate|contender)|(?:seriously |properly |really )?considered"
    r"|stood a chance|had a chance|on (?:the|your) shortlist)",
    r"(?:dropped|fallen|fell|slipped|slipping|dropping|falling|gone|disappeared|vanished) (?:off|from|out of)"
    r" (?:\w+['’]s |the |your |their |anyone['’]s |everyone['’]s )?(?:radar|list|map|minds?|sight|thoughts)",
    r"out of sight,? out of mind",
    # doubting their messages reach anyone: "wondering whether anyone reads my emails"
    r"(?:whether|if) (?:anyone|anybody|someone|somebody|any of you|a human|a person)\s+(?:\w+\s+)?(?:reads?"
    r"|sees?|opens?|has read|has seen|is reading|ever reads|actually reads|looks at)\b",
    # time passing with nothing: "as the weeks pass with nothing", "nothing to show for it"
    r"(?:weeks?|days?|months?|time)\s+(?:\w+\s+)?(?:pass|passes|passing|passed|go by|goes by|going by|went by"
    r"|gone by|have gone by|roll(?:s|ed|ing)? (?:by|on)|slip(?:s|ped|ping)? (?:by|past)|tick(?:s|ed|ing)? by"
    r"|drag(?:s|ged|ging)? on)\b[^.!?]{0,20}\b(?:with nothing|without (?:a|any|so much as|one)"
    r"|and (?:still )?nothing|with no)\b",
    r"nothing to show for (?:it|them|my|all)",
    # being left in a state by them: "I've been left refreshing my email", "left me guessing"
    r"(?:been|being|was|were|am|['’]m) left (?:refreshing|checking|waiting|wondering|guessing|hanging|chasing"
    r"|staring|in the dark|in limbo|on hold|high and dry|out in the cold|to wonder|to guess|to chase)",
    r"left me (?:refreshing|guessing|hanging|chasing|staring at|in the dark|in limbo|on hold|high and dry"
    r"|out in the cold|to wonder|to guess|to chase)",
    r"(?:been |being |was )?left (?:me )?to (?:piece|work it out|work out|figure|find out|fend|guess|wonder)",
    # the least expected, not received: "I figured I'd at least get a note", "the least I'm owed"
    r"(?:figured|thought|assumed|expected|hoped|imagined|reckoned|supposed|believed)\b[^.!?]{0,30}\bat"
    r" (?:the (?:very )?)?least (?:get|have|receive|hear|be (?:told|sent|given|offered|called)|a (?:\w+ )?"
    r"(?:note|reply|line|call|email|word|response|acknowledg\w*|explanation))",
    r"the least (?:I|an? \w+|candidates|applicants|anyone|one|someone)(?:['’]m| am| is| are| was| were"
    r"| could| can| might| should)?\s*(?:be\s+|have\s+)?(?:owed|deserve[sd]?|expect(?:ed)?|due)",
    r"(?:I['’]m|I am|I was|I feel I['’]m|I feel I am|I think I['’]m|I (?:think|feel|felt|thought) I was)"
    r" (?:\w+ )?owed",
    r"I (?:(?:feel|felt|think|thought|believe)(?: that)? I )?deserved? (?:better|more|a (?:\w+ )?(?:reply"
    r"|call|answer|explanation|response|courtesy|conversation|word|note))",
    r"(?:I|a candidate|candidates|applicants?|finalists?|anyone|someone|people)\b[^.!?]{0,30}\bdeserved?"
    r" better",
    # the wait judged with a word of hardship: "a long, lonely wait", "the deafening silence"
    r"(?:lonely|anxious|agonising|agonizing|nerve-?wracking|nail-?biting|excruciating|painful|gruelling"
    r"|grueling|interminable|endless|unbearable|torturous|miserable|bleak|wearing|wearying|tense|stressful"
    r"|frustrating|dispiriting|disheartening|deafening|stony|hurtful|demoralising|demoralizing)"
    r"(?:,?\s+(?!(?:the|a|an|this|that|my|your|our|their)\b)\w+)?\s+(?:wait|waiting|silence|quiet|weeks"
    r"|months|limbo|stretch)\b",
    r"(?:wait|waiting|silence|quiet|limbo)\b[^.!?]{0,20}\b(?:has been|was|is|feels|felt|['’]s been)"
    r" (?:\w+ )?(?:excruciating|agonising|agonizing|unbearable|interminable|torturous|miserable|gruelling"
    r"|grueling|nerve-?wracking|lonely|hurtful|deafening)",
    # the candidate's spirits, worn down: "hard to keep my spirits up", "keeping my hopes up has been hard"
    r"(?:hard|difficult|tough|a struggle) to (?:keep|stay|remain) (?:my (?:spirits|hopes) up|(?:positive"
    r"|upbeat|hopeful|optimistic|motivated|cheerful|patient|calm|sane))",
    r"(?:keep|keeping|stay|staying) (?:my (?:spirits|hopes) up|positive|hopeful|upbeat|optimistic"
    r"|motivated)\b[^.!?]{0,20}\b(?:hard|difficult|tough|a struggle|a challenge)",
    r"my (?:spirits|hopes) (?:have )?(?:sunk|flagged|dropped|fallen|sagged)",
    # the candidate's patience worn: "my patience is wearing thin"
    r"my patience (?:runs|is running|has run|wears|is wearing|has worn|is being tested|has been tested"
    r"|is at an end|is (?:thin|short|running out|exhausted))",
    # the silence as an answer or a slight: "this silence feels like a rejection in itself"
    r"(?:silence|quiet|wait|no (?:reply|answer|word|news)|lack of (?:\w+ )?(?:reply|response|news|contact)"
    r"|not hearing(?: back)?)\b[^.!?]{0,25}\b(?:feels?|felt|seems?|seemed|reads?|comes? across|is|was)"
    r" (?:like|as) (?:a |an )?(?:\w+ )?(?:rejection|snub|slight|brush-?off|insult|dismissal|punishment|no\b"
    r"|answer in itself)",
    # pain said of the situation: "it hurts to have heard nothing", "a little galling", "hard to swallow"
    r"\bit (?:hurts|hurt|rankles|rankled|grates|grated|galls|galled)\b(?! (?:the|our|their|your|customers"
    r"|users|sales|business))|\bgalling\b|(?:hard|tough|difficult|bitter) to (?:swallow|stomach|digest)"
    r"|(?:sour|bad|bitter|nasty) taste",
    # a reply that would have cost them little: "a reply would have taken a minute"
    r"(?:a reply|replying|an answer|a response|an email|a call|a note|a line|a word)\b[^.!?]{0,20}\b(?:would"
    r" have|would['’]ve|takes?|took|would) (?:only )?(?:taken |cost )?(?:a minute|a moment|seconds"
    r"|two minutes"
    r"|five minutes|no time|no effort)|how (?:hard|difficult) (?:is it|would it (?:have been|be)|can it be)"
    r" to (?:reply|answer|respond|send|write|call|let me know)",
    # messages vanishing, and feeling unvalued: "my emails disappear into silence", "hard to feel valued"
    r"(?:emails?|messages?|notes?|letters?|applications?|follow-ups?|voicemails?)\b[^.!?]{0,20}\b(?:disappear"
    r"|disappears|disappeared|vanish|vanishes|vanished|sink|sinks|sank|sunk|evaporate\w*)\b",
    r"(?:hard|difficult|tough) to feel (?:valued|wanted|appreciated|respected|welcome|heard|seen|important"
    r"|like a priority)",
    r"(?:my|our) (?:time|effort|efforts|work|application|candidacy|interest|enthusiasm)\b[^.!?]{0,15}\b"
    r"(?:wasn['’]t|was not|isn['’]t|is not|hasn['’]t been|has not been|weren['’]t|were not"
    r"|didn['’]t seem to be"
    r"|doesn['’]t seem to be|never) (?:really |properly |fully )?(?:respected|valued|appreciated|acknowledged"
    r"|taken seriously|considered|read)",
    r"(?:my (?:\w+ )?(?:application|candidacy|emails?|messages?|work|time|effort)|\bI) (?:didn['’]t|did not"
    r"|doesn['’]t|does not|don['’]t|never|hardly) (?:really |seem to |seemed to )?(?:matter|count)\b",
    # their reply judged: "a template email felt cold", "turned down by form letter"
    r"(?:email|letter|reply|response|message|rejection|note|call|decision|text)\b[^.!?]{0,30}\b(?:felt|feels"
    r"|seemed|seems|was|is|came across as)\b (?:\w+ )?(?:cold|impersonal|curt|abrupt|brusque|dismissive"
    r"|perfunctory|hollow|thoughtless|unkind|unfair|harsh|unjust|cruel|rude|careless)\b",
    r"by (?:a )?(?:form|template|automated|generic|stock|boilerplate) (?:email|letter|reply|message|note)",
    # a foregone conclusion suspected: "the decision was made before I walked in", "never really open"
    r"(?:foregone conclusion|done deal|stitched up|never (?:really |truly |genuinely )?open to"
    r"|(?:made|decided|settled|chosen|picked|promised)\b[^.!?]{0,20}\bbefore I (?:even )?(?:walked in|arrived"
    r"|applied|interviewed|sat down|had a chance))",
    # doubting their messages were read: "whether my application was ever read"
    r"(?:whether|if) (?:my|the) (?:\w+ )?(?:application|emails?|messages?|notes?|CV|letters?|follow-ups?)\b"
    r"[^.!?]{0,25}\b(?:ever|even|actually)\b[^.!?]{0,10}\b(?:read|seen|opened|received|looked at|considered"
    r"|noticed|reached)",
    # what would have been decent, said after it did not come: "it would have been nice to hear from a person"
    r"would have been (?:nice|good|kind|decent|courteous|polite|considerate|fair|better|appropriate"
    r"|respectful)"
    r" to (?:hear|be told|get|receive|have|know|be (?:called|contacted|informed))",
    r"without (?:anyone|anybody|somebody|someone) (?:telling|letting|informing|contacting|bothering|calling)",
    # a fair chance denied, little worth: "I don't feel I was given a fair hearing", "I wasn't worth a call"
    r"(?:not|\w+n['’]t|never)\b[^.!?]{0,15}\b(?:given|get|got|had|receive\w*) (?:a )?(?:fair|proper|real"
    r"|genuine"
    r"|fighting) (?:hearing|chance|shot|crack|go)",
    r"(?:\bI|my \w+)\b[^.!?]{0,10}\b(?:wasn['’]t|was not|isn['’]t|is not|weren['’]t|not) (?:even )?worth"
    r" (?:a|an|the|even|so much)",
    r"I (?:had )?(?:expected|hoped for|deserved|was owed) (?:more|better|a (?:bit |little )?more)\b",
    # the wait as the cause of hardship: "your silence has made this a stressful month"
    r"(?:silence|wait|waiting|delay|lack of (?:\w+ )?(?:news|contact|reply|communication))\b (?:has |had )?"
    r"(?:made|left|turned|caused|given)\b[^.!?]{0,30}\b(?:stress\w*|anx\w*|difficult|hard|miserable"
    r"|unsettl\w*|worr\w*|sleepless|tough|painful|frustrat\w*)",
    # a token, not a real candidate: "I was an also-ran from the start", "not treated as a serious candidate"
    r"(?:I was|I['’]m|I am|I['’]d been|I had been) (?:\w+ )?(?:just |only |merely )?(?:an? |one )?(?:also-ran"
    r"|afterthought|token candidate|makeweight|make-weight|filler|box-ticking exercise)|token (?:candidate"
    r"|interview)|box-ticking",
    r"(?:wasn['’]t|was not|weren['’]t|not|\w+n['’]t|never)\b[^.!?]{0,20}\b(?:treated|taken|seen|considered"
    r"|regarded)"
    r" (?:as |like )?(?:a )?(?:serious|real|proper|genuine) (?:candidate|contender|applicant)"
    r"|(?:wasn['’]t|was not|never|not) (?:really )?taken seriously",
    r"(?:tested|strained|stretched|tried|worn (?:thin|down)|exhausted) my (?:goodwill|faith|trust|nerves)",
    r"(?:nobody|no one|no-one) (?:could|would|was able to) (?:spare|find|make)",
    # more of the same ideas: "and a little offended", "the way this ended stung", "only to hear nothing"
    r"(?:and|but) (?:a (?:little|bit) |rather |quite |somewhat |slightly |more than a little )?(?:offended"
    r"|insulted|aggrieved|put out|miffed)\b",
    r"(?:the way|how) (?:this|it|things|the process|the decision|the news|I was)\b[^.!?]{0,25}\b(?:stung"
    r"|stings|hurt|hurts|rankled|rankles|smarted|grated|galled)\b",
    r"deserve[sd]? (?:the|this|such) (?:silence|treatment|wait|snub)",
    r"only to (?:hear nothing|be (?:ignored|rejected|turned down|met with|left|forgotten|brushed)|(?:get"
    r"|receive"
    r"|hear) (?:nothing|no |a (?:form|template|one-line|two-line|generic)))",
    r"\brigged\b(?! up)|stacked against|a (?:sham|charade)|(?:just )?for show|going through the motions",
    r"(?:a )?(?:poor|bad|shabby) (?:show|form)\b",
    r"(?:leave|leaving|left|leaves) (?:candidates|people|applicants|me|us|someone) (?:hanging|dangling"
    r"|in limbo"
    r"|in the dark|guessing)",
    r"soured (?:me|my)\b|(?:be|been|being|get|got) ghosted|ghost(?:ed|ing) me",
    # the candidate discarded, marked, shut out: "I feel a bit discarded", "the door was shut in my face"
    r"(?:discarded|cast off|thrown away|tossed aside|dumped)\b(?! (?:the|a|an|our|their|my|them|it)\b)",
    r"(?:merited|deserved?|warranted|earned) (?:more|better) than",
    r"left (?:a|its|some|their) (?:mark|scar|scars|bruise|dent)\b",
    r"(?:being|to be|getting) (?:passed over|ignored|rejected|turned down|dropped|overlooked|ghosted"
    r"|brushed off"
    r"|left)\b[^.!?]{0,40}\b(?:is|was|has been|feels|felt) (?:\w+ )?(?:hard|tough|difficult|painful|galling"
    r"|hurtful|unkind|unfair|rough|a blow)",
    r"not in a good way",
    r"(?:shut|slammed|closed) in my face|slammed (?:the door|shut)",
    r"how (?:deflating|hurtful|disheartening|dispiriting|crushing|galling|painful|upsetting|humiliating"
    r"|demoralising|demoralizing|frustrating) (?:that|this|it) (?:was|is|has been|felt)",
    r"(?:nobody|no one|no-one) (?:seems to |seemed to )?(?:notice|noticed|mind|minded)\b",
    # owed more than what came: "entitled to more than a form rejection", "led to believe the role was mine"
    r"I (?:think |thought |feel |felt |believe )?(?:I was|I['’]m|I am|I had been) entitled to"
    r"|(?:more|better) than (?:a|an|one|two) (?:form|template|automated|one-line|two-line|single-line|generic"
    r"|standard|stock|curt|line)",
    r"(?:I was|I['’]d been|I had been|we were) (?:led|given) to (?:believe|understand|expect)",
    r"(?:been|was|were|being) made to feel\b",
    r"(?:grace|decency|courtesy|manners|good grace) to (?:call|reply|write|let me know|respond|tell me"
    r"|get back"
    r"|ring|email|answer)",
    r"(?:nobody|no one|no-one)\b[^.!?]{0,10}\b(?:thought|bothered|cared|took the (?:time|trouble)|could be"
    r" bothered|had the (?:\w+ )?(?:courtesy|decency|grace)) to",
    r"my (?:\w+ ){0,2}(?:were|was|have been|has been|got|seem to have been|seems to have been) (?:\w+ )?"
    r"(?:brushed off|brushed aside|fobbed off|ignored|dismissed|waved away|swept aside|overlooked|passed over"
    r"|binned|shelved)",
    # the outcome or the handling felt as a slight, or the candidate brought low: "felt dismissive",
    # "this has left me quite low", "a little humiliating"
    r"(?:felt|feels|seemed|seems|came across as|was|is)(?: \w+)?(?: a (?:little|bit))? (?:dismissive|curt"
    r"|impersonal|brusque|perfunctory|offhand|off-hand|disrespectful|discourteous|callous|cavalier"
    r"|thoughtless|insulting|humiliating|degrading|demeaning|belittling|mortifying|hurtful|wounding)\b",
    r"(?:left|leaves|leaving) me (?:\w+ )?(?:low|down|flat|drained|empty|sore|upset|sad|miserable|raw|bruised"
    r"|hurt|deflated|shaken|reeling|numb|gutted|devastated)\b",
    # someone's wrong done to the candidate: "your team seems to have forgotten me"
    r"(?:you|your \w+|the \w+|they|everyone|everybody|someone|somebody|(?-i:[A-Z])\w+)\b[^.!?]{0,25}\b"
    r"(?:forgotten|forgot|overlooked|ignored|ghosted|dropped|sidelined|abandoned|neglected|dismissed"
    r"|written off"
    r"|brushed off|strung along|misled|snubbed|slighted) me\b",
    # (doubt that anyone knows them; not a request, "if you'd remember me for future roles")
    r"(?:whether|sure) (?:anyone|anybody|someone|somebody|any of you)(?: \w+){0,3}? (?:still |even "
    r"|actually )?"
    r"(?:remembers|recalls|knows|remember|recall|know) (?:me|my name|who I am)\b",
    # harm words for the wait or the ending: "confusing and hurtful", "a dispiriting end to a long process"
    r"(?:has been|have been|was|is|feels|felt|seems|seemed)\b(?:\s+\w+){0,3}?\s+(?:hurtful|wounding|galling"
    r"|humiliating|bruising|heartbreaking|dispiriting|disheartening|demoralising|demoralizing|crushing"
    r"|gutting)\b(?!\s+(?:the|a|an|our|their|his|her|its|my|your|them|it)\b)",
    r"(?:dispiriting|disheartening|sad|sorry|bitter|miserable|deflating|crushing|unhappy|cruel|sour|abrupt"
    r"|cold) (?:end|ending|close|conclusion|finish)\b",
    r"\b(?:it|this|that)(?: \w+ly| really| still)? (?:smarts|smarted|stings|stung|hurts|rankles|rankled"
    r"|grates"
    r"|galls)\b(?! (?:the|our|their|your|customers|users|sales|business))",
    r"(?:feel|feeling|felt|be) (?:\w+ )?(?:bitter|resentful|aggrieved|wronged)\b",
    r"(?:no one|nobody|no-one) (?:\w+ )?(?:cares|cared)\b|(?:you|anyone|the (?:firm|team|panel))\b"
    r"[^.!?]{0,15}\b(?:didn['’]t|doesn['’]t|don['’]t|never) (?:really |seem to |seemed to )?care\b(?! for)",
    r"anything but (?:\w+ )?(?:careless|rude|dismissive|cold|callous|thoughtless|disrespectful|unkind)",
    r"(?:deserved?|merited|warranted) (?:a |an )?(?:proper|real|personal|better|decent|courteous|fair"
    r"|kind)\b",
    r"(?:hoped|thought|assumed|expected|believed|imagined)\b[^.!?]{0,30}\bcount(?:ed|s)? for (?:something"
    r"|anything|more|a little)",
    r"having (?:heard|had|received|got) (?:nothing|no (?:\w+ )?(?:reply|word|answer|response|news))",
    # the courtesy not received: "I was hoping for the courtesy of a call" (not thanks for it)
    r"(?:hoping|hoped|expected|expecting|wished|would have (?:liked|appreciated|expected|welcomed)|deserved?"
    r"|owed|at least) (?:for )?the (?:basic |simple |common )?courtesy",
    # effort and nothing back: "I gave up a week of evenings and heard nothing"
    r"\b(?:and|but|yet) (?:still |then |have |I['’]ve |I have |I )?(?:heard|had|received|got(?:ten)?)"
    r" (?:nothing|no (?:\w+ )?(?:reply|word|answer|response|acknowledg\w*|news))\b(?! but| except)",
    # regret at how the wait ended: "a shame that weeks of waiting ended in two lines"
    r"(?:a (?:real |great )?(?:shame|pity))\b[^.!?]{0,60}\b(?:wait|waiting|silence|weeks|months|two lines"
    r"|one line|a few lines|form (?:letter|email))",
)
# Disputing the choice made, in a reply to the outcome: "I can't quite see how the tutorials outweighed it";
# not a question of how to do something ("I don't understand how to register") or how to improve.
_DISPUTE = _phrases(
    r"(?:can['’]t|cannot|don['’]t|do not|struggle to|fail to|find it hard to)"
    r" (?:quite |really |fully |honestly )?(?:see|understand|fathom|work out|figure out|follow|accept)"
    r" (?:how|why)\b(?! to\b| I (?:could|can|might|should|would)\b)"
)
_OUTCOME_REPLIES = frozenset({"RJ", "FB"})


def grievance(text: str, action: str = "") -> re.Match[str] | None:
    """C-20/C-26 guilt as a class of ideas (see ``_GRIEVANCE``), in a message written after a wait; and
    in a reply to the outcome, the choice disputed (``_DISPUTE``)."""
    if hit := _GRIEVANCE.search(text):
        return hit
    return _DISPUTE.search(text) if action in _OUTCOME_REPLIES else None
