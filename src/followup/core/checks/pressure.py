"""Tone: pressure and guilt on the reader (C-20, K17). Every finding is W-TONE and names its kind
(``FINDING_KINDS``): ``guilt``, ``urgency``, ``decision``, ``deadline``, ``leverage``,
``whether-decided`` and ``ultimatum``.

C-20 holds for every message: no guilt ("I still haven't heard back"), no urgency ("ASAP"), no
ultimatum. K17 adds what pressure looks like in a thank-you and in the follow-ups before an answer:
demanding a decision ("please let me know your decision"), a deadline for it ("by Monday"), other
offers used as leverage, and asking whether they have decided (in the thank-you round, where the
interview has just ended). The questions the playbook asks for are not pressure: C-05's "when do you
expect to decide?" and C-15's "is there an update on your timeline?" pass, and so does a date the
employer gave themselves ("as you mentioned, by Friday"). The message about another offer (EXC-OFFER,
C-23) must name the offer and its deadline: only its ultimatums are tone faults, and C-23 says so.

One sentence gives one finding: the most specific kind (a deadline over a bare demand).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from followup.core.checks.anatomy import Span
from followup.core.checks.base import ALL_ACTIONS, THANK_YOU_ROUND, Message, TextRule, flag, names_date
from followup.core.checks.feelings import WAITED, hurt
from followup.core.checks.pressure_model import GUILT, READ, THRESHOLD, facets, likeliest, sacrifice
from followup.core.checks.presumption import OVERCONFIDENT
from followup.core.checks.reproach import grievance, reproach, ultimatum
from followup.core.checks.speech import CANDIDATE_ACTS, about_outcome, asks_reader
from followup.core.drafts import TextFinding


def _phrases(*alternatives: str) -> re.Pattern[str]:
    """One case-blind pattern matching any of ``alternatives`` (regular expressions) as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


_NT = r"(?:n['’]?t| not)"  # "haven't", "havent", "have not"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|a)"
# Whose decision: "your", "the team's", "their"...
_WHOSE = (
    r"(?:an?|your|the|their|his|her|its|[\w’']+['’]s)(?:\s+(?:final|clear|firm|definite|definitive|formal))?"
)
# A question about when the decision comes, or where it stands (C-05, C-15): not a demand for it.
_TIMING = re.compile(
    r"\b(?:when|timeline|time ?frame|timing|timetable|time ?scale|how long|expect(?:ed|s)?|schedule|process"
    r"|next steps?|news|updates?|status|stands?|sits?|progress|whatever|regardless)\b"
    r"|\b(?:whether|if) there\b"
    # the decision as what is to come, asked about: "whether a decision will be made soon"
    r"|\b(?:will|would|might|could) (?:be )?(?:made|reached|taken|announced|come)\b",
    re.IGNORECASE,
)

# C-20's list [D] and its like: reproach for the wait.
_GUILT = _phrases(
    rf"have{_NT} (?:yet )?heard (?:back|anything)",
    rf"still (?:waiting|have{_NT} heard)",
    rf"why have{_NT}",
    rf"why did{_NT} you",
    r"disappoint(?:ed|ing)(?! (?:to (?:hear|learn|read|see)|(?:by|with|at) (?:the|this|your) news))",
    r"(?:sitting|waiting|glued to|staring at) (?:by )?(?:the|my) (?:phone|inbox)",
    r"(?:so little|no) (?:news|word)(?= (?:since|in|for|after|so far)\b)",
    r"radio silence|(?:left|kept) in the dark",
    r"unfair",
    r"I['’]ve been waiting(?! for (?:a|an|the) (?:\w+ )?(?:role|job|position|post|opportunity|chance"
    r"|moment)\b)",
    r"been waiting (?:for|to hear)(?! (?:a|an|the) (?:\w+ )?(?:role|job|position|post|opportunity|chance"
    r"|moment)\b)"
    # ("a conversation I had been waiting for.": the thing waited for comes before, a glad relative clause)
    r"(?!\s*[,.;:!?]|\s+(?:and|but|all)\b)",
    r"no one has (?:replied|responded|got(?:ten)? back)",
    rf"have{_NT} (?:received|had|got(?:ten)?) (?:a|any|an) (?:\w+ )?(?:reply|response|answer|update|news|word"
    r"|acknowledg\w*)",
    r"(?:heard|hear|news|word|reply|response|answer)\b[^.!?]{0,30}\bby now",
    # an expectation of theirs not met: "I had hoped someone would get back to me by now"
    r"(?:hoped|expected|assumed|thought|hoping|expecting)\b[^.!?]{0,50}\b(?:by now|before now"
    r"|by this (?:point"
    r"|stage|time))",
    r"(?:hoping|hoped|expected|expecting) to (?:have )?hear(?:d)?(?: back| something| anything)?"
    r"(?: \w+)? (?:sooner|earlier|before now|by now)",
    # the silence held against them, in plain words: "Friday the 18th came and went without the email",
    # "a fortnight without a word", "with nothing back", "the quiet since then has been hard", "I was
    # promised news within a couple of weeks", "never bothered to write back"
    r"came and went without",
    r"come and gone(?= as well| too| again)",
    r"came and went(?= as well| too| again)",
    # self-pity laid before the reader: "a long week of second-guessing every answer", "replaying the
    # interview all night", "for my own sanity"
    r"second-guessing (?:every|each|all|my)",
    r"replaying (?:the|our|that|my) (?:interview|conversation|call|answers?)"
    r"(?= all| over| ever| since| trying)",
    r"for my (?:own )?sanity",
    r"(?:practically|almost|nearly|basically) a (?:speed|land speed|world) record",
    r"without (?:a|any|so much as a) (?:word|line|reply|peep|squeak|call)\b",
    r"(?:with|and) nothing back",
    r"(?:quiet|silence|wait|waiting|not knowing)"
    r"(?: since then| since \w+| these (?:last )?(?:few )?(?:days|weeks))?"
    r" (?:has|have) been (?:so |very |rather |quite )?"
    r"(?:hard|difficult|tough|painful|a strain|rough|stressful)",
    r"I was (?:promised|assured|told to expect) (?:news|an? (?:answer|decision|reply|update|call)|to hear)",
    r"never bothered to",
    # what the interview cost, held over them: "might have saved us both some time", "go easy on me",
    # "just a box to tick", "left me rather bruised"
    r"(?:might|would|could) have saved (?:us both|both of us|everyone|me|us) (?:some |a lot of |much )?"
    r"(?:time|trouble|effort|bother)",
    r"go easy on me",
    r"(?:just|only|merely) a box to tick|box-ticking exercise",
    r"left me (?:rather |quite |a bit |feeling )?(?:bruised|raw|deflated|gutted|crushed)",
)
_I_NEED_TO_KNOW = _phrases(r"I (?:really )?need to know")
# C-23's ultimatum words [D]; "I must respond by Friday" is the candidate's own deadline, not a demand.
_ULTIMATUM = _phrases(
    # "you must tell me" demands; "you must have had a long day", "you must be pleased" only suppose
    r"(?<=\byou )must(?!\s+(?:have\s+(?!(?:a|an|your|the|my|it)\s+(?:decision|answer|reply|response|word"
    r"|verdict|offer)\b|it\b)\w+|be\b(?!\s+(?:able|ready)\b)))",  # ("how stretched you must be;")
    # ("please don't feel you need to reply" lifts the demand)
    r"(?<=\byou )(?<!feel you )(?<!think you )(?:need|have|['’]ll have|will have|['’]ll need|will need) to"
    r" (?:tell|let|give|decide|respond"
    r"|reply|answer|get back|make|confirm|come back)",
    # the candidate's own "must" on them ("I must have your answer"); a third party's ("stories must go out
    # quickly") is a statement, and "I must respond by Friday" the candidate's own deadline
    r"(?:(?<=\bI )|(?<=\bwe ))(?:(?:therefore|now|really|simply|also) )?must"
    r"(?! (?:respond|reply|answer|decide"
    r"|give|let|accept|make|tell|get back|say|admit|thank|have been|be\b|have had|have found|have seen"
    r"|have heard))",
    r"(?:final|last) chance",
    r"or else",
    r"final answer|(?:my|this is|as my|take this as my) final (?:word|offer)",
)
# A condition on their silence with a consequence of the candidate's: "if I have not heard by Friday, I
# will accept", "unless I hear from you this week, I'll take the other role".
_IF_NOT_BY = _phrases(
    rf"(?:if I (?:do|have|had)(?:{_NT})? (?:not )?(?:yet )?hear(?:d)?"
    rf"|unless I hear)\b[^.!?]*\bI(?:['’]ll| will"
    r"| shall| must| have to| would have to| may have to| ['’]d have to)"
    # ("unless I hear sooner, I will check back" announces a follow-up: no threat)
    # ("if I do not hear back, I will of course understand" accepts their silence)
    r"(?!\s+(?:(?:simply|just|gladly|of course|certainly|completely|quite|fully|entirely)\s+)?(?:check|follow"
    r"|understand|respect|appreciate|be grateful|hope|remain|stay|continue|wish|be in touch|reach|write|call"
    r"|assume (?:that )?(?:the timing|it (?:wasn['’]t|was not|isn['’]t|is not|didn['’]t))"
    r"|get in touch"
    r"|touch base"
    r"|try|drop|send|look forward|bring|see you|come|arrive|be there|plan|go ahead|proceed|hold|keep|book"
    r"|attend|join|share|prepare))",
    r"(?:no|little) (?:other )?(?:choice|option|alternative) but",
)
# Said anywhere, these hurry the reader; "urgent" describing their work ("the urgent backlog") does not.
_HASTE = _phrases(
    r"ASAP",
    # the candidate's timing turned pressing, whoever's subject it has: "the timing is getting pressing on
    # my end"
    r"(?:getting|get|gets|become|becoming|became|grown|growing|is|are) (?:rather |quite |a little |a bit "
    r"|very |increasingly |somewhat |more )?(?:pressing|urgent|tight)(?= on my| at my| for me| on our)",
    r"urgent(?:ly)?(?!\s+(?:need(?:s|ed)?|priorit(?:y|ies)|projects?|backlog|work|issues?|problems?"
    r"|fix(?:es)?"
    r"|care|hir(?:e|ing)|roles?|migrations?|cases?|tickets?|bugs?|clients?|requests?|deadlines?|tasks?))",
)
# In a thank-you or a follow-up, these hurry them wherever they stand.
_HASTE_PRESSED = _phrases(
    r"time[- ]sensitive",
    r"time is (?:of the essence|short|running out|tight|pressing)",
    r"(?:short|pressed) (?:of|for) time",
    r"the sooner the better",
    r"(?:a )?(?:quick|quicker|prompt|speedy|fast|swift|swifter|rapid|brisk|early|earlier|hasty) (?:answer"
    r"|response|decision|reply|turnaround|outcome|verdict|resolution|conclusion)",
    # ("a quick word" and "a quick call" are courtesies; a swift or speedy word is not)
    r"(?:a )?(?:swift|swifter|speedy|prompt|rapid) (?:word|yes)",
    # the clock run against the candidate: "time is not on my side", "the clock is ticking for me"
    r"time is(?:n['’]t| not) on my side|the clock is ticking(?= for me| on my|\s*[,.;!?])",
    r"(?:I['’]m|I am) (?:running|short) (?:out of|on) time|up against the clock|time presses",
    r"(?:treat|handle|consider|move) (?:my|this|the) (?:application|candidacy|matter|file) (?:as )?(?:a )?"
    r"(?:priority|urgent|urgently|quickly|fast)",
    # any request to speed their process: "expedite", "fast-track", "hurry things along", "prioritise"
    r"expedit\w*|fast[- ]?track\w*|hurry\w*|hurri(?:ed|es)\b|speed(?:ing)? (?:up|things up|it up)",
    r"move (?:things|it|matters|this) (?:along|on|forward)(?: (?:quickly|fast|faster))?",
    # a wish about their pace ("if things could move along quickly"), not a description ("things move fast")
    r"(?:could|would|might|can) (?:move|progress|go|proceed)(?: along| forward| on| ahead)? (?:quickly|fast"
    r"|faster|swiftly|promptly|rapidly|speedily|sooner|briskly|apace|at pace|expeditiously|smartly"
    r"|double-quick)",
    r"prioriti[sz]e (?:my (?:application|candidacy|file|case)|this|me)\b|as a (?:matter of )?priority"
    r"|by return(?: of post)?",
    # (not a moment of someone else's: "drop-off happens at the first moment a new user is asked")
    r"(?:at|on) the (?:first|earliest) (?:opportunity|chance|moment)(?!\s+(?:a|an|the|when|that|where)\b)",
    r"immediate (?:answer|response|reply|decision|feedback|word)",
    r"the sooner (?:I|we) (?:hear|know|get)",
    r"as soon as you (?:are able|can|could|possibly can)",
    r"a matter of urgency",
    r"sooner rather than later",
    r"without (?:further )?delay",
    r"at (?:your|the) (?:very )?(?:earliest|soonest)(?: (?:convenience|opportunity|possible moment))?",
    r"(?:as quickly|as fast|as promptly) as (?:possible|you can|you(?:['’]re| are) able)",
)
# Said after a request for an answer, these hurry it ("let me know as soon as possible").
_URGENCY = _phrases(
    r"as soon as (?:possible|you can)",
    r"right away",
    r"immediately",
    r"at once",
    r"promptly",
    r"quickly",
    r"in short order|swiftly|speedily|post-?haste",
)
# A request that the reader answer, decide or tell: what a deadline or a hurry attaches to.
_ASKS_ANSWER = _phrases(
    r"let me know",
    r"let me have",
    r"come back to me",
    r"write back",
    r"tell me",
    r"inform me",
    r"update me",
    r"get back to me",
    r"get me",
    r"hear(?:ing)? (?:back )?from (?:you|them|the \w+)",
    r"hear(?:ing)? back",
    r"(?:to )?hear(?:ing)?(?= (?:by|before|within|from|your|the|their|something|anything|word|news)\b)",
    r"(?:an?|any|some|the|your) (?:answer|decision|response|reply|word|verdict|outcome|indication|steer"
    r"|heads[- ]up)",
    r"word(?= (?:either way|one way|back|from you|by|before|within)\b)",
    r"(?:to )?(?:know|learn|be told|find out)",
    rf"{_WHOSE} (?:answer|decision|response|reply|update|verdict|outcome)",
    r"you (?:to )?(?:respond|reply|decide|confirm)",
    r"(?:please|kindly) (?:respond|reply|confirm|decide|answer)",
    r"know (?:your|the|whether|if)",
    r"make (?:a|your|the) (?:decision|call|choice)",
)
_NEAR = 80  # characters: a deadline or a hurry belongs to the request it follows within this distance
# K17 "decision": the sentence asks them to give, share or make the decision itself (not when it comes).
_REQUEST = _phrases(
    r"please",
    r"kindly",
    r"do let me",
    r"let me (?:have|know|hear)",
    r"tell me",
    r"give me",
    r"get me",
    r"send me",
    r"share",
    r"pass (?:it |that |this )?on",
    r"I(?:['’]d| would)?(?: really| now| just| simply| honestly)? (?:like|want|need|expect|require|love)",
    r"(?:would|['’]d|will)(?: really| also)? (?:appreciate|apreciate|be (?:grateful|glad|keen|happy|thankful)"
    r"|welcome|value|hope)",
    r"(?:would|will) be (?:ideal|great|helpful|best|perfect|appreciated)",
    r"ideally",
    r"(?:keen|eager|hoping|hope) to (?:hear|have|get|know|learn|receive)",
    r"if you could",
    r"(?:could|can|would|will) you",
    r"nudge",
    r"push",
    r"look(?:ing)? forward to hear(?:ing)?",
    r"hope to hear",
    r"ask (?:them|her|him|the \w+) (?:to|for)",
    # the candidate asking for it ("could I have an answer"), or saying it would help or suit them
    r"(?:could|can|may|might) I (?:have|get|ask for|hear|expect)",
    r"any chance (?:of|that)",
    r"(?:it )?would (?:really |greatly )?(?:help|suit|work)",
    r"I(?:['’]d| would)? (?:really )?hope",
    r"(?:would|will) be (?:much |greatly |most |very |really )?(?:appreciated|welcome|ideal|great|helpful)",
)
_DECISION = re.compile(
    r"\b(?:ask|push|press|nudge|urge|get|encourage|prompt|hurry)\s+(?:[\w’']+\s+){1,3}(?:to|towards?|into|for)\s+"
    r"(?:make\s+|reach\s+|give\s+)?(?:a|an|the|their|her|his|its)\s+(?:final\s+)?(?:decision|verdict|call"
    r"|choice)\b|\bmake (?:her|his|their|a|the|your) (?:final )?call on me\b|"
    rf"\b{_WHOSE} (?:decision|verdict|outcome|answer|choice)(?!\s*(?:timeline|time ?frame|date|process"
    r"|schedule|-?making))\b|\bmake up (?:your|their|her|his) minds?\b"
    r"|\bdecide (?:on me|about me|soon|quickly)\b",
    re.IGNORECASE,
)
_DEADLINE = _phrases(
    r"(?:by|before|within|inside|inside of|no later than|not later than|until|in|ahead of)\s+(?:the\s+)?(?:"
    + "|".join(
        (
            r"end of (?:the |this |next )?(?:day|week|month|business day)",
            r"close of (?:business|play)|COB|EOD|EOW|tomorrow(?: (?:morning|afternoon|evening|night))?|today"
            r"|tonight",
            r"this (?:week|afternoon|evening)",
            r"(?:this |next )?(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month)",
            # the start, middle or end of a period, and the holidays people date things by
            r"(?:start|beginning|middle|close|end) of (?:the |this |next )?(?:week|month|quarter|year|term)",
            r"easter|christmas|thanksgiving|diwali|eid|hanukkah|passover|new year|half-term|the bank holiday",
            r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?",
            rf"{_NUMBER}\s+(?:business\s+|working\s+)?(?:days?|hours?|weeks?)",
            rf"{_MONTH}\s+\d{{1,2}}",
            rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}",
            r"\d{1,2}(?:st|nd|rd|th)",
            r"\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}",
            rf"next (?:day(?: or two)?|few days|couple of days|{_NUMBER} (?:business |working )?(?:hours|days"
            r"|weeks)|24 hours|48 hours)(?: or so)?",
            r"(?:this |next |the )?fortnight|a fortnight|mid-?week|the middle of (?:the |this |next )?week",
            r"(?:the )?(?:week|month)['’]s end|(?:the )?(?:week|month) is out",
            r"(?:[A-Z][\w’']*\s+)*(?:long\s+)?weekend|(?:the\s+)?holidays?",
            # the events people date things by, in any words: "before the harvest festival"
            r"(?:[\w’'-]+\s+){0,2}(?:festival|fair|show|season|break|recess|harvest|conference|summit"
            r"|cut-?off|semester|exams?|vacation|half-term|bank holiday|school holidays)",
        )
    )
    + ")",
    r"at the latest",
    # a reply asked for on a day of the candidate's: "a reply today", "an answer tomorrow"
    r"(?:reply|answer|response|decision|word) (?:today|tonight|tomorrow|this (?:week|afternoon|evening))",
    # a period wished for, however softly: "ideally this week", "preferably by Friday"
    r"(?:ideally|preferably|if possible,?) (?:this|next|by|before|within) (?:the )?(?:week|month|weekend"
    r"|monday|tuesday"
    r"|wednesday|thursday|friday|end of|\d)",
)
# Their own date, echoed back: "as you mentioned", "your timeline".
_THEIR_DATE = _phrases(
    r"you (?:mentioned|said|indicated|expect|noted|planned|hoped|hope|anticipate|told me)",
    r"(?:is|are|was|were|be) (?:expected|planned|scheduled|due)",
    r"I (?:understand|gather|know|recall|noted)",
    r"as (?:mentioned|planned|discussed|agreed)",
    r"you['’]d (?:mentioned|said)",
    r"your (?:timeline|time frame|timeframe|schedule)",
)
_LEVERAGE = _phrases(
    r"(?:another|other|competing|a second|two|three|several|multiple|an outside|a better|a higher) (?:job )?"
    r"offers?(?! of\b)",
    r"offers? (?:from|elsewhere|on the table)",
    r"an offer from",
    r"(?:other )?(?:options|opportunities|offers) (?:on the table|elsewhere|open to me|available to me)",
    r"interviewing (?:elsewhere|with other|(?:with|at|for)"
    r" (?:two|three|several|a few|some|other|another|your)"
    r" (?:\w+ )?(?:competitors?|companies|firms|employers|organi[sz]ations|places))",
    r"your (?:main |closest |biggest )?competitors?",
    r"(?:another|other) (?:companies|company|employers?|firms?|organi[sz]ations?|studios?|agenc(?:y|ies)"
    r"|teams?)"
    r" (?:are|is|have|has|who|that|which|want|wants|interested|keen|offered|offering|considering|in)",
    r"(?:final|late) (?:stages?|rounds?) (?:with|at|elsewhere)",
    r"(?:considering|weighing|pursuing) (?:other|several|multiple) (?:offers|opportunities|options|roles)",
    r"competitors?(?: of yours)? (?:has|have|had|is|are|offered|wants?)",
    r"(?:has|have|had) (?:(?:already|also|just|now|since|recently)\s+)*offered me",
    r"offered me (?:more|a (?:higher|better))",
    r"counter-?offers?",
    r"(?:at|with|by|from) (?:a|one of your|your) (?:\w+ )?competitors?",
)
_LEVERAGE_MORE = _phrases(
    # weighing alternatives: "weighing a couple of other roles", "exploring several opportunities"
    r"(?:considering|weighing|pursuing|exploring|juggling|interviewing for|(?:in|having) (?:talks"
    r"|conversations?)"
    r" (?:with|about|for))\s+(?:(?:a couple of|a few|some|several|two|three|multiple|a number of)\s+)?"
    r"(?:other|outside|competing)\s+(?:\w+\s+)?(?:offers?|opportunit(?:y|ies)|options?|roles?|positions?"
    r"|processes"
    r"|companies|firms|employers)",
    r"(?:considering|weighing|pursuing|exploring|juggling)\s+(?:a couple of|a few|several|two|three|multiple"
    r"|a number of)\s+(?:offers|opportunities|options|roles|positions|processes)",
    # an offer in hand: "came back to me with an offer", "I have received one offer"
    r"(?:with|have|has|had|got|received|holding|hold|given me|made me|extended me)\s+(?:an?|another|one|two"
    r"|a second|a competing|a formal|a firm|an outside)\s+(?:job\s+|formal\s+|firm\s+|written\s+)?offers?\b",
    # another employer acting: "one firm has already come back to me", "two companies want"
    r"(?:one|another|two|three|several|a couple of|a few)\s+(?:other\s+)?(?:firms?|compan(?:y|ies)|employers?"
    r"|organi[sz]ations?|studios?|agenc(?:y|ies)|businesses|startups?|banks?|competitors?)\s+(?:\w+\s+)?"
    r"(?:has|have|had|is|are|came|come|want|wants|asked|offered|made|called|reached)\b",
    r"(?:keen|eager|pushing|pressing|want(?:s|ing)?) to (?:move forward|proceed"
    r"|make (?:me )?an offer) with me",
)
_LEVERAGE_ANY = _phrases(
    # (tried last) another organisation, named by any noun, acting on the candidate: "another credit union has
    # invited me", "two other research houses have been in touch", "a Brisbane firm is keen on my model"
    r"(?:another|other|two other|three other|a rival|a second)\s+(?:[\w-]+\s+){0,2}"
    r"(?:has|have|is|are)\s+(?:also\s+|already\s+|just\s+|now\s+|recently\s+)*(?:invited|asked|approached"
    r"|contacted|shortlisted|offered|been in touch|keen|interested|eager)\b",
    r"a (?-i:[A-Z])\w+\s+(?:[\w-]+\s+){0,2}(?:has|is)\s+(?:also\s+|already\s+|now\s+)*(?:shortlisted me"
    r"|offered me|keen (?:on|to hire) me|keen on my|interested in (?:me|hiring me))\b",
    r"(?:an?)\s+(?:[\w-]+\s+){1,3}(?:has|have)\s+(?:also\s+|already\s+|just\s+|now\s+|recently\s+)*"
    r"(?:invited|asked) me (?:to|for) (?:a|an|their) (?:\w+ )?(?:interview|round|assessment)",
)
_NOT_LEVERAGE = _phrases(
    r"(?:no|not|without|never) (?:other|another|competing)",
    r"(?:not|n['’]t|never|no longer) (?:\w+ )?(?:interviewing|applying|looking|talking|speaking)"
    r" (?:\w+ )?elsewhere",
)
_DECIDED = (
    r"(?:decided|chosen|picked|selected|settled(?: on (?:a|the|someone|anyone)\w*(?: candidate| person)?)?)"
    r"(?=\s*[?.,;]|\s+(?:yet|already|someone|anyone|a candidate|the candidate|the right|who"
    r"|on (?:someone|anyone|(?:a|the|your) (?:candidate|person|hire|successful|finalist|preferred))\b))"
)
_WHETHER_DECIDED = _phrases(
    rf"(?:have|has) (?:you|they|the \w+|[A-Z]\w+)(?: already| yet)? {_DECIDED}",
    rf"(?:whether|if) (?:you|they|the \w+|[A-Z]\w+) (?:have|has|had)(?: already| yet)? {_DECIDED}",
    r"(?:made|reached|come to|arrived at) (?:a|your|the|their|its|any) (?:final )?"
    r"(?:decision|choice|selection|conclusion|verdict|view)"
    r"(?=\s*(?:[?.,;]|yet|already|on (?:me|a candidate|who|the (?:role|job|position|post|vacancy|hire))))",
    r"(?:role|job|position|post|vacancy)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+)?(?:gone|been (?:given"
    r"|offered|awarded))\s+to\b",
    r"(?:is|has) the (?:search|recruitment|hiring|selection)(?: process)? (?:already )?(?:been )?"
    r"(?:over|closed"
    r"|finished|complete|completed|concluded|wrapped up|ended)",
    r"did (?:you|they|the \w+)(?: (?:manage|get) to)? (?:decide|agree|choose)(?=\s*(?:[?.,;]|at|yet|already"
    r"|who|on (?:a|the|your) (?:candidate|hire|role)))",
    r"(?:have|has) (?:things|everything|matters|the (?:decision|hire|appointment|selection|shortlist))"
    r" (?:already )?been (?:finali[sz]ed|settled|decided|signed off)",
    r"(?:have|has|had|got) (?:someone|somebody|anyone|a candidate|a preferred candidate|your candidate)"
    r" (?:already )?(?:in mind|lined up)",
    # (not "before a decision is made", "once the choice is made": those say when)
    r"(?<!before the )(?<!until the )(?<!once the )(?<!after the )(?<!when the )"
    r"(?<!\bbefore a )(?<!until a )(?<!\bonce a )(?<!after a )(?<!\bwhen a )"
    r"(?:decision|choice|selection|hire|appointment)"
    r" (?:(?:is|has|have|had|was|been|already|yet|now|finally)\s+)"
    r"{0,3}(?:made|taken|reached)",
    r"(?:any|a) decision yet",
    # a choice already made, in their words: "have you two already found your designer", "has Mr Doyle
    # found his analyst already", "has the search wound down", "whether the panel has already formed its
    # view"
    r"(?:have|has) (?:you|you two|you both|they|the (?:panel|team|board|firm|company)"
    r"|(?-i:Mr|Mrs|Ms|Dr|[A-Z]\w+)(?: (?-i:[A-Z])\w+)?)(?: already)? found"
    r" (?:your|his|her|their|its|the|someone)\b(?! (?:\w+ )?(?:way|vendor|supplier|venue)\b)",
    r"found (?:your|his|her|their) (?:\w+ )?\w+ already",
    r"(?:has|is) the (?:search|process|recruitment|hiring) (?:already )?(?:wound down|wrapped up|over|done)",
    r"(?:already )?formed (?:its|their|a|your) (?:\w+ )?view",
    r"is there (?:a|any) decision",
    r"(?:role|position|job|vacancy|post) (?:has been|is|was|been) (?:already )?filled",
    r"(?:has|is|was) (?:it|the (?:role|position|job|vacancy|post)) (?:already )?(?:been )?filled",
    r"(?:filled|offered) (?:the|this) (?:role|position|job|vacancy|post)",
    r"(?:know|knows|decided|say) (?:who|whom) (?:you|they|the \w+) (?:will|are going to|plan to|would)"
    r" (?:hire|choose|pick|select|offer)",
    r"are you (?:any )?closer to (?:a|making a) decision",
    r"narrow(?:ed|ing)? (?:it|things|the field|the list|the shortlist) down",
    r"(?:did|has|have) (?:someone|somebody|anyone|another candidate)(?: else)? (?:get|got|been given|land"
    r"|landed|been offered) (?:the|this) (?:role|job|position|post|offer)",
    # agreed or settled on the person: "did the panel agree on who to hire"
    r"(?:did|have|has|had) (?:you|they|the \w+)(?: already| yet)?"
    r" (?:agree|agreed|decide|decided|settle|settled) (?:on|upon)"
    r" (?:who|whom|a candidate|the candidate|someone|anyone)",
    r"where (?:you are|things are|things stand|I stand) (?:with|on|in) (?:the|your|my) (?:decision|hiring"
    r" decision)",
)
# K17 "whether-decided", in any words: a hire already made ("have you already found someone", "has the
# studio found its designer", "has someone been chosen", "whether you have made your pick"), or whether
# the role is still to be had ("is it still open"). The one hired is a person: someone, a candidate, or
# the role's own title ("its designer"); "has the team picked a new tool" is not about the hire.
_HIRED = (
    r"(?:found|chosen|picked|selected|appointed|hired|settled on|decided on|agreed on|agreed upon|landed on"
    r"|gone with|opted for|offered (?:it|the \w+) to)"
)
_ADVERBS_BETWEEN = r"(?:(?:already|yet|now|perhaps|maybe|possibly|just|\w+ly)\s+)*"
_SUBJECT = r"(?:you|they|he|she|the (?:\w+ ){0,2}\w+|[A-Z]\w+)"
_STILL_OPEN = _phrases(
    r"(?:is|are) (?:it|the (?:role|position|job|search|vacancy|post|process|opening)|you) still (?:open"
    r"|available"
    r"|vacant|live|recruiting|looking|hiring|interviewing|considering (?:candidates|applicants|people)"
    r"|(?:being )?advertised|accepting applications|taking applications|up for grabs|on offer|unfilled)",
    r"(?:someone|somebody|anyone|a candidate) (?:has |have |had )?(?:already )?been (?:chosen|selected"
    r"|found|picked"
    r"|appointed|hired|offered)",
    r"(?:has|have) (?:someone|somebody|anyone|a candidate) (?:already )?been (?:chosen|selected|found|picked"
    r"|appointed|hired|offered)",
    r"made (?:a|your|the|their|its|there|his|her|any) (?:final )?(?:decision|choice|pick|selection|hire"
    r"|appointment)"
    r"(?=\s*(?:[?.,;]|yet|already))",
    r"(?:have|has|had) (?:you|they|he|she|the \w+|[A-Z]\w+) (?:already )?made up (?:your|their|his"
    r"|her) minds?",
    r"(?:has|have|had)\s+(?:[\w’']+\s+){1,3}(?:already\s+)?made up (?:your|their|his|her|its) minds?",
    r"(?:whether|if)\s+(?:[\w’']+\s+){1,4}(?:has|have|had)\s+(?:already\s+)?made up"
    r" (?:your|their|his|her|its)"
    r" minds?",
    r"who (?:got|gets|has got|['’]s got|was offered|is getting|will get) (?:the|this) (?:role|job"
    r"|position|offer|post)",
)


# Who is hired, named by what they will be ("found your new analyst"), beside the role's own title.
_ROLE_NOUNS = (
    r"analyst|designer|engineer|manager|coordinator|assistant|officer|developer|writer|specialist|associate"
    r"|paralegal|recruit|starter|colleague|team member|lead|adviser|advisor|consultant|administrator"
)


def _hire_made(m: Message, text: str) -> bool:
    """A question about a hire already made, or the role no longer open (see ``_HIRED``)."""
    if _STILL_OPEN.search(text):
        return True
    title = m.position.split()[-1].lower() if m.position else "candidate"
    person = (
        r"(?:someone|somebody|anyone|(?:a|an|the|its|their|your|his|her|there)\s+(?:\w+\s+)?"
        rf"(?:candidate|person|hire|finalist|applicant|{re.escape(title)}|{_ROLE_NOUNS}))\b"
    )
    made = re.compile(
        rf"\b(?:{_SUBJECT}\s+)?(?:have|has|had"
        rf"|['’]ve)\s+(?:{_SUBJECT}\s+)?{_ADVERBS_BETWEEN}{_HIRED}\s+{person}",
        re.IGNORECASE,
    )
    return made.search(text) is not None


# K17: the thank-you round and the follow-ups before an answer (and any text checked without an action,
# but for leverage, which a message about another offer must use); whether they have decided is asked
# only in the round (F1's status question is C-15's to ask).
PRESSURED = THANK_YOU_ROUND | frozenset({"LI", "FL", "F1", "F2", "F3", "EXC-NEWS"})
_ASKING_WHETHER = THANK_YOU_ROUND | frozenset({"LI", "FL"})


def _tone(kind: str, message: str, span: tuple[int, int], suggestion: str, rule: str = "C-20") -> TextFinding:
    return flag("W-TONE", rule, message, span, suggestion, kind=kind)


def c20_tone(m: Message) -> Iterator[TextFinding]:
    """C-20 (every message) and K17 (the thank-you round and early follow-ups): one finding a sentence,
    in the body and in whatever follows it (a postscript below the signature)."""
    for sentence in [s for s, _ in m.sentences] + list(m.parts.signature):
        found = _sentence_tone(m, sentence)
        if found is not None:
            yield found


def _sentence_tone(m: Message, s: Span) -> TextFinding | None:
    text = s.text
    at = s.start
    pressured = m.action in PRESSURED or not m.action
    if m.action == "LI" and OVERCONFIDENT.search(text):
        pressured = False  # a LinkedIn note that presumes the outcome is C-13's to say (W-OVERCONFIDENT)

    def span(hit: re.Match[str]) -> tuple[int, int]:
        return (at + hit.start(), at + hit.end())

    if hit := _IF_NOT_BY.search(text):
        return _tone("ultimatum", "This reads as an ultimatum.", span(hit), "Ask, do not set conditions.")
    if hit := _ULTIMATUM.search(text):
        return _tone("ultimatum", f"{hit.group()!r} reads as an ultimatum.", span(hit), "Leave it out.")
    if hit := ultimatum(text, m.company):
        return _tone("ultimatum", "This reads as an ultimatum.", span(hit), "Ask, do not set conditions.")
    waited = m.action in WAITED
    guilt = (
        _GUILT.search(text)
        or reproach(text)
        or (hurt(text) if waited else None)
        or (grievance(text, m.action) if waited else None)
        # (a sacrifice is put on the reader of an offer's news too: "I gave up a weekend to your exercise")
        or (sacrifice(text) if m.action in GUILT or m.action == "EXC-OFFER" else None)
    )
    if (hit := guilt) and not _OTHERS_GRIEVANCE.search(text):
        return _tone(
            "guilt",
            f"{hit.group()!r} reproaches the reader.",
            span(hit),
            "Leave it out: keep the note light and courteous.",
        )
    if pressured and (deadline := _demanded_deadline(m, text)):
        return _tone(
            "deadline",
            f"{deadline.group()!r}: asking for an answer by a date of yours puts pressure on them.",
            span(deadline),
            "Leave the date out; if no timeline was given, ask when they expect to decide.",
        )
    hurry = _hurry(text, pressured)
    if hurry is None and (hit := _I_NEED_TO_KNOW.search(text)):
        return _tone("decision", f"{hit.group()!r} demands an answer.", span(hit), "Leave it out.")
    if pressured and m.action and (hit := _leverage(text)):
        return _tone(
            "leverage",
            f"{hit.group().strip()!r}: other offers used as leverage read as pressure.",
            span(hit),
            "Leave it out; if an offer really arrives, tell them in a message of its own (E-04).",
        )
    if hurry is not None:
        return _tone(
            "urgency",
            f"{hurry.group()!r} hurries the reader.",
            span(hurry),
            "Leave it out: they decide in their own time.",
        )
    if pressured and (asked := _demanded_decision(text)):
        return _tone(
            "decision",
            f"{text[asked[0] : asked[1]]!r} asks them for their decision.",
            (at + asked[0], at + asked[1]),
            "Leave it out; if no timeline was given, ask when they expect to decide.",
        )
    if pressured and m.action in _ASKING_WHETHER and (_WHETHER_DECIDED.search(text) or _hire_made(m, text)):
        return _tone(
            "whether-decided",
            "The interview has only just ended: asking whether they have decided rushes them.",
            (s.start, s.end),
            "Leave it out; if no timeline was given, ask when they expect to decide.",
        )
    return None


# The learned reading's findings (``pressure_model``): what each kind does to the reader, and what to do.
LEARNED = "Read as pressure"
_LEARNED_SAYS = {
    "guilt": (
        "makes them answer for what this has cost you",
        "Leave it out: keep the note light and courteous.",
    ),
    "ultimatum": ("sets them a condition", "Ask, do not set conditions."),
    "leverage": (
        "sets another employer against them",
        "Leave it out; if an offer really arrives, tell them in a message of its own (E-04).",
    ),
    "urgency": ("hurries them", "Leave it out: they decide in their own time."),
    "deadline": (
        "gives them a date of yours for their answer",
        "Leave the date out; if no timeline was given, ask when they expect to decide.",
    ),
    "decision": (
        "presses them for their decision",
        "Leave it out; if no timeline was given, ask when they expect to decide.",
    ),
    "whether-decided": (
        "asks whether they have decided when the interview has only just ended",
        "Leave it out; if no timeline was given, ask when they expect to decide.",
    ),
}


def learned_tone(m: Message, found: Sequence[TextFinding]) -> TextFinding | None:
    """C-20 and K17 by the learned reading (``pressure_model``): the message's likeliest pressing sentence,
    asked only where no rule raised W-TONE already (one fault, one finding) and only of the kinds the
    playbook applies to the message (``pressure_model.allowed_kinds``)."""
    if m.action not in READ or any(f.code == "W-TONE" for f in found):
        return None
    # what the patterns know and the reading cannot: a date the employer gave ("as you mentioned, by
    # Friday", their decision date restated) and a grievance that is someone else's
    spans = [s for s, _ in m.sentences if not _excused(m, s.text)]
    picked = likeliest([s.text for s in spans], m.action)
    if picked is None or picked[1].presses < THRESHOLD:
        return None
    at, reading = picked
    does, suggestion = _LEARNED_SAYS[reading.kind]
    sentence = spans[at]
    if reading.kind in ("decision", "whether-decided") and _TIMING_ASKED.search(sentence.text):
        return None  # ("could you give me an idea of when a decision is likely": C-15's question, asked)
    rule = "C-23" if m.action == "EXC-OFFER" else "C-20"
    return _tone(
        reading.kind,
        f"{LEARNED}: {sentence.text.strip()!r} {does}.",
        (sentence.start, sentence.end),
        suggestion,
        rule,
    )


# The question C-05 and C-15 require, about when, not what: "an idea of when a decision is likely", "any
# word on the timing", "could you tell me roughly when".
_TIMING_ASKED = re.compile(
    r"\b(?:idea|sense|indication|estimate|update|word|news) (?:of|on|about|as to) (?:the )?(?:when|timing"
    r"|timeline|time ?frame|timescale|time scale)\b"
    r"|\b(?:know|tell me|share|say|let me know|wondering|wondered|ask)"
    r" (?:roughly |approximately |about )?when\b"
    r"|\bwhen (?:a|the|your|their) (?:\w+ )?decision (?:is|might|may|will|would|could|should)\b"
    r"(?! (?:\w+ )?(?:today|tomorrow|this week|by|before|now|soon|quickly))",
    re.IGNORECASE,
)


def _excused(m: Message, text: str) -> bool:
    # (an echo of their date needs a date in it: "I gather the shortlist is proving quite the saga" echoes
    # nothing)
    # (nor does an echo excuse irony about it after the wait: "It would have been kinder to hear a month
    # ago, when the 24 July date came and went")
    present = facets(text)
    if m.action in WAITED and "irony" in present:
        return _OTHERS_GRIEVANCE.search(text) is not None
    echoed = _their_date(text) and "date" in present
    return bool(echoed or _restates(m, text, text) or _OTHERS_GRIEVANCE.search(text))


# K17 leverage, in any words: the candidate (I, me, my) and another employer, offer, role or process of
# theirs, with a word of the hiring process ("interest", "interview", "offer", "respond"...). Their own
# competitors read about, other roles at their company in the future and "no other offers" are not.
_SELF = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|our)\b")
_ELSEWHERE = _phrases(
    r"(?:another|other|rival|competing|a second|a different|a larger|a bigger|outside|several|two|three"
    r"|a couple of)\s+(?:\w+\s+)?(?:firms?|compan(?:y|ies)|employers?|organi[sz]ations?|agenc(?:y|ies)"
    r"|studios?|banks?|charit(?:y|ies)|businesses|startups?|processes|process|offers?|roles?|positions?|posts?"
    r"|interviews?"
    r"|authorit(?:y|ies)|departments?|institutions?|providers?|utilit(?:y|ies)|trusts?|boards?|groups?"
    r"|consultanc(?:y|ies)|partnerships?|networks?|districts?|ministr(?:y|ies)"
    r"|practices?|clinics?|hospitals?|schools?|universit(?:y|ies)|councils?|labs?|consultanc(?:y|ies)"
    r"|opportunit(?:y|ies)|jobs?|packages?)(?! of\b)",
    r"elsewhere",
    r"(?:an?|another|one|several) (?:\w+ )?recruiters?|headhunt\w*|irons in the fire",
    r"(?:has|have|had) come back to me with",
)
_PROCESS = _phrases(
    r"offer\w*|interview\w*|rounds?|stages?|process(?:es)?|interest(?:ed)?|approached|talks|speaking|weighing"
    r"|recruit\w*|push\w*|pursu\w*|court\w*|poach\w*"
    r"|considering|expect\w*|holding|respond\w*|accept\w*|package|put me forward|invited|keen|wants?"
    r"|asked|lined up|deadline|confirm|start date|opportunit\w*|irons|headhunt\w*|come back|in touch"
    r"|reached out|contacted",
)
_THEIRS = _phrases(
    r"future|down the road|at your|with your|within your|in your|(?:no|not|never|without)\b[^.!?]*"
    r"(?:other|another|elsewhere|else)"
)


# K17 leverage as a class of meaning, beyond the stock phrases: any organisation (a broad class of the nouns
# English names employers by, not the corpus's) courting the candidate, or the candidate's own employer
# bidding to keep them.
_ORGANISATION = (
    r"(?:firm|company|employer|organi[sz]ation|agency|studio|bank|charity|business|startup|start-up|authority"
    r"|department|institution|provider|utility|trust|board|group|consultancy|partnership|network|practice"
    r"|clinic|hospital|school|college|academy|university|council|lab|operator|outfit|house|yard|boatyard"
    r"|shop|maker|producer|manufacturer|supplier|vendor|retailer|publisher|label|museum|gallery|library"
    r"|archive|theatre|theater|orchestra|newspaper|magazine|broadcaster|station|airline|carrier|port|chain"
    r"|brand|co-?op|cooperative|foundation|institute|centre|center|body|regulator|ministry|club|venue|hotel"
    r"|restaurant|bakery|brewery|winery|distillery|farm|estate|mill|works|plant|factory|insurer|fund|firm"
    r"|team|service|office|press|association|society|federation|union|league|collective|cooperative)s?"
)
_LEVER_CLASS = _phrases(
    # another organisation courting the candidate: "a boatyard in Falmouth has also asked me to come in"
    rf"(?:an?|one|two|three|another|several|other|rival|competing)\s+(?:[\w-]+\s+){{0,3}}{_ORGANISATION}"
    r"\b[^.!?]{0,40}\b(?:has|have|had)\s+(?:(?:also|since|now|just|already|recently)\s+)*(?:"
    r"(?:asked|invited|called|approached|contacted)\s+me\s+(?:to|for|about|in)\s+(?:(?:an?|the|another)\s+)?"
    r"(?:(?:second|final|further|formal|first|follow-up|next)\s+)?(?:interview|round|conversation|chat|meeting"
    r"|assessment|trial|role|job|position|post|come in|meet|apply|join)"
    r"|offered\s+me\s+(?:a|an|the|their)\s+(?:\w+\s+)?(?:role|job|position|post|contract|place|offer)"
    r"|made\s+me\s+an?\s+(?:\w+\s+)?offer|shortlisted\s+me|put\s+me\s+forward)",
    # the candidate's role with another organisation under way: "a position with a rival ferry operator"
    rf"(?:position|role|post|job|offer) (?:with|at|from) (?:an?|two"
    rf"|several|other|another|rival|competing) (?:[\w-]+ ){{0,3}}{_ORGANISATION}\b",
    # more than one conversation or application elsewhere: "two other conversations going"
    r"(?:another|other|two other|several other|a few other|a couple of other)\s+(?:conversations|discussions"
    r"|talks|applications)\b(?=[^.!?]{0,30}\b(?:going|under way|underway|on the go|in progress|lined up"
    r"|ongoing|in hand|elsewhere|with (?:an?|two|several|other|another)\b))",
    # the candidate's employer bidding to keep them: "my current apiary has offered to match"
    r"my (?:current|present|existing) (?:[\w-]+ )?(?:employer|boss|manager|[\w-]+)\b[^.!?]{0,30}"
    r"\b(?:counter-?offer\w*|to match|keep me|me to stay|a raise|a pay rise|a promotion|more money)",
)


def _leverage(text: str) -> re.Match[str] | None:
    if _NOT_LEVERAGE.search(text):
        return None
    hit = _LEVERAGE.search(text) or _LEVERAGE_MORE.search(text) or _LEVERAGE_ANY.search(text)
    if hit and _OWN_JOB.search(text, 0, hit.start()):
        hit = None  # "the core of my job at a regional bank": the candidate's own job, no rival
    if hit and ("competitor" not in hit.group().lower() or _PROCESS.search(text)):
        return hit  # ("I read about your competitors" is no lever)
    other = _ELSEWHERE.search(text)
    recruiters = other is not None and re.search(r"recruit|headhunt", other.group(), re.IGNORECASE)
    if _THEIRS.search(text) or not (_SELF.search(text) or recruiters):
        return None  # (recruiters in touch about other roles are the candidate's, whoever is named)
    if other is not None and _PROCESS.search(text):
        return other
    lever = _LEVER_CLASS.search(text)
    return None if lever is not None and _OWN_JOB.search(text, 0, lever.start()) else lever


_OWN_JOB = re.compile(r"\bmy(?: current| present| old| last| previous| former| day)?\s*$", re.IGNORECASE)


# Their own speed described or thanked for ("your quick turnaround", "thank you for the prompt reply").
# ("they're time is short" is their time, misspelt: the proofreader says so, the tone does not)
_THEIR_SPEED = re.compile(
    r"(?:\byour|\btheir|\bthere|\bthey['’]re|['’]s|\bfor the|\bthe team['’]s)\s+$", re.IGNORECASE
)
# A demand rather than a hope: "I need to hear back soon", "could you get back to me soon".
_DEMANDS = _phrases(
    r"need|needs|could you|can you|would you|will you|please|kindly|require|must", r"(?:value|appreciate) an?"
)
_SOON = _phrases(r"soon|shortly|quickly|promptly|fast")


# "At once" meaning together, not now: "a lot to learn at once", "all at once", "both at once".
_TOGETHER = re.compile(
    r"\b(?:all|both|lot|much|many|everything|two|three|several|things)\b(?:[\w' ]{0,25}) at once\b",
    re.IGNORECASE,
)


# A comparison of pace, not a hurry: "a program growing as quickly as yours", "as fast as the old one".
_COMPARED = re.compile(
    r"\bas (?:quickly|fast|rapidly|swiftly|promptly|speedily) as (?!possible\b|you\b|they\b|(?:I|we) can\b)",
    re.IGNORECASE,
)


def _hurry(text: str, pressured: bool) -> re.Match[str] | None:
    """C-20/K17 urgency: haste words anywhere, any request for speed where pressure counts."""
    text = _TOGETHER.sub(lambda hit: " " * len(hit.group()), text)  # (spans stay where they were)
    text = _COMPARED.sub(lambda hit: " " * len(hit.group()), text)
    if hurry := _HASTE.search(text):
        return hurry
    if not pressured:
        return None
    for hurry in _HASTE_PRESSED.finditer(text):
        if not _THEIR_SPEED.search(text[: hurry.start()]) and not _THEIR_MATTER.search(text[: hurry.start()]):
            return hurry
    if hurry := next((h for h in _URGENCY.finditer(text) if _follows_request(text, h)), None):
        return hurry
    if _DEMANDS.search(text) and (
        soon := next((h for h in _SOON.finditer(text) if _follows_request(text, h)), None)
    ):
        return soon
    # from its features: a request to the reader, then a word of haste for it, with no act of the
    # candidate's between ("I'd be grateful if you could reply promptly")
    request = asks_reader(text)
    if request is not None:
        for hurry in _HASTE_WORDS.finditer(text, request.end()):
            if hurry.start() - request.end() <= _NEAR and not CANDIDATE_ACTS.search(
                text, request.start(), hurry.start()
            ):
                return hurry
    return None


_HASTE_WORDS = _phrases(
    r"straight away|right away|immediately|at once|promptly|quickly|swiftly|speedily|rapidly|urgently"
    r"|briskly|apace|expeditiously|forthwith|hastily|in haste|in a hurry|double-quick|in no time"
    r"|without delay|in short order|post-?haste|pronto|as soon as (?:possible|you can|you are able)"
    r"|(?:very|really) soon|shake a leg|get a move on|chop[- ]chop|step on it"
)


# Their own matter said to be pressing ("the migration is time-sensitive for your clients"): a description.
_THEIR_MATTER = re.compile(
    r"\b(?:your|their|the|its)\s+(?!(?:decision|answer|reply|response|process)\b)[\w-]+\s+(?:is|are|was|were"
    r"|seems|seem|feels|sounds)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A grievance that is other people's, in a story the candidate tells ("our customers found the waiting times
# unfair, so we fixed them"): no reproach of the reader.
_OTHERS_GRIEVANCE = re.compile(
    r"\b(?:customers|clients|users|patients|students|residents|tenants|members|callers|visitors|staff|people"
    r"|families|donors|volunteers|parents|drivers|growers|farmers|pupils|readers|buyers)\b"
    r"[^.!?]{0,40}\b(?:found|felt|thought|called|said|were|was|got|grew|became|complained)\b",
    re.IGNORECASE,
)


def _follows_request(text: str, hit: re.Match[str]) -> bool:
    """``hit`` comes shortly after a request for an answer ("let me know ... as soon as possible"), not
    in words about what the candidate will do ("I can start immediately", "let me know the times, and I
    will confirm promptly")."""
    return any(
        ask.start() < hit.start()  # (the ask may hold the date: "a reply today")
        and hit.start() - ask.end() <= _NEAR
        and not _CANDIDATE_ACTS.search(text, ask.end(), hit.start())
        and not _THEIR_NEED.search(text, ask.end(), hit.start())
        for ask in _ASKS_ANSWER.finditer(text)
    )


# A clause about what they need ("let me know if you need the certificate before Monday"): its date is theirs.
_THEIR_NEED = re.compile(
    r"\b(?:if|whether|should|when) (?:you|they|the \w+) (?:need|want|would like|require|prefer|['’]d like"
    r"|['’]d prefer)\b",
    re.IGNORECASE,
)
_CANDIDATE_ACTS = re.compile(
    r"\b(?:I|we)(?:['’]ll| will| can| could| shall| am (?:happy|glad)| would be| ['’]d be)\b", re.IGNORECASE
)


_I_FORM = r"I(?:['’]ve|['’]m|['’]ll|['’]d)?(?:\s+(?:have|am|will|was|would|had|did|do))?"
# K17 "decision", asked outright: whether the candidate has got the job, in any words ("whether I've been
# selected", "if I've been successful", "whether the job is mine", "whether you will offer it to me",
# "a yes or no on my application"). "if" counts only after a verb of learning: "if I am selected, I would"
# is a condition, not a question.
_WHO = r"(?:you|they|the \w+|[A-Z]\w+)"
_WILL = r"(?:will|['’]ll|are going to|plan to|would|intend to|mean to|expect to|are|['’]re)(?: be)?"
_OUTCOME = re.compile(
    r"\b(?:whether|(?:know|knowing|hear|hearing|told|tell me|learn|learning|out|see|ask|wonder|wondered"
    r"|wondering|confirm|advise|inform me|say|clarify)\s+if)\s+(?:"
    + _I_FORM
    + r"(?:\s+(?:been|be|get|got|gotten|getting))?\s+(?:selected|successful|chosen|hired|offered|shortlisted"
    r"|picked|appointed|the (?:one|job|role|position|offer|post))\b"
    + r"|"
    + _I_FORM
    + r"\s+(?:get|got|gotten|getting) it\b"
    # through to the next stage, or their chosen one
    + r"|"
    + _I_FORM
    + r"\s+(?:through|progressing|going through|moving forward|being taken forward) to the (?:next|final)\b"
    + r"|"
    + _I_FORM
    + r"\s+(?:the|your) (?:\w+\s+)?(?:candidate|choice|pick|hire)\b"
    r"|it['’]s a (?:yes|no)\b|it is a (?:yes|no)\b"
    r"|(?:the|this) (?:job|role|position|offer|post) (?:is|will be|['’]s) (?:mine|hers|his|going to me)"
    rf"|{_WHO}\s?{_WILL} (?:offer|offering|hire|hiring|choose|choosing|pick|picking|select|selecting|take"
    r"|taking)(?: it to)? me\b"
    rf"|{_WHO}\s?{_WILL} (?:making|make) me an offer"
    rf"|{_WHO}\s?{_WILL} (?:taking|take|moving|move|putting|put) me (?:forward|through))"
    # a yes or no of any firmness, an answer one way or the other
    r"|\ban? (?:(?:firm|clear|straight|simple|definite|definitive|final|quick|plain)\s+)?(?:yes or (?:a )?no"
    r"|yes/no)\b|\ban? (?:firm|definite|straight|definitive) answer\b"
    r"|\b(?:know|knowing|hear|hearing|answer|word|news|tell me)\b[^.!?]{0,20}\bone way or (?:the )?other\b"
    # the outcome asked for in roundabout words: "a one-line yes or no", "told which way it went", "whether
    # it's good news or not", "told plainly whether", "tell me where I landed"
    r"|\ban? one-line (?:yes|answer|reply)\b"
    r"|\bwhich way (?:it|things|the decision) (?:went|has gone|is going)\b"
    r"|\b(?:good|bad) news or (?:not|bad|good)\b|\btold (?:plainly|straight|honestly|frankly) whether\b"
    r"|\bwhere I(?:['’]ve| have)? (?:landed|ended up)\b",
    re.IGNORECASE,
)


_WHEN_CLAUSE = re.compile(r"\b(?:once|when|whenever|before|after|until|till|as soon as)\s+$", re.IGNORECASE)


# Where one clause ends and the next begins: a request past it asks for something else ("a decision takes
# time, so please take all you need").
_CLAUSE_BREAK = re.compile(r",\s*(?:and|so|but|as|because|though|although|while)\b|;|\s[-–—]\s")


# (not a "when" clause that sets the scene for a request: "When you next talk to the partners, could you
# press them for a decision on me?")
_WHEN_QUESTION = re.compile(
    r"\s*(?:when|how soon|how long|by when|roughly when|about when)\b"
    r"(?![^,?]*,\s*(?:could|can|would|will|please)\b)",
    re.IGNORECASE,
)


_INFORMS_DECISION = re.compile(
    r"\b(?:useful|helpful|relevant|of use|of interest|of help)\s+(?:to|for|in)\s+(?:the|your|their)\s+"
    r"(?:\w+['’]s\s+)?(?:decision|deliberations?)\b",
    re.IGNORECASE,
)


def _demanded_decision(text: str) -> tuple[int, int] | None:
    """K17: the decision itself asked for ("please let me have your decision"), not when it will come;
    the span runs from the request to the decision when the one leads to the other."""
    if _WHEN_QUESTION.match(text) or _INFORMS_DECISION.search(text):
        # "When might the panel reach a decision?": C-15's timing question; "I hope it is useful to the
        # team's decision": news offered for them to weigh, nothing asked
        return None
    if outcome := _OUTCOME.search(text):
        return (outcome.start(), outcome.end())
    decision = _DECISION.search(text)
    if decision is None:
        return _asked_outcome(text)
    if _WHEN_CLAUSE.search(text[: decision.start()]):
        return None  # ("once a decision is made, I'd be glad to hear" says when, and asks nothing)
    requests = list(_REQUEST.finditer(text))
    if not requests:
        return _asked_outcome(text)
    if _OWN_OUTCOME.match(text, decision.end()) or CANDIDATE_ACTS.search(text, 0, decision.start()):
        return None  # ("I would be glad to share the outcome of my pilot": the candidate's, offered)
    before = [r for r in requests if r.start() <= decision.start() and decision.start() - r.end() <= _NEAR]
    after = [
        r
        for r in requests
        if r.start() >= decision.end()
        and r.start() - decision.end() <= _NEAR // 4
        and not _CLAUSE_BREAK.search(text, decision.end(), r.start())
    ]
    if not before and not after:
        # The decision reported, not asked for ("You mentioned a decision by August 28, and I look forward
        # to hearing from you"): the only request is another clause's.
        return None
    start = before[0].start() if before else 0
    if _asks_when(text, start, decision.end()):
        return None
    return (before[0].start() if before else decision.start(), decision.end())


def _asks_when(text: str, start: int, end: int) -> bool:
    """A word of timing in the request itself, from its start to just after what it asks for ("could you
    let me know when a decision is likely", "your decision, once it is made"): C-05's and C-15's question,
    not a demand. A courtesy about their time ("when you have a moment") and a timing word in another
    clause of the sentence ("rather than at the end of the process") do not count."""
    plain = _COURTESY.sub(lambda c: " " * len(c.group()), text)
    return _TIMING.search(plain, start, min(len(text), end + 20)) is not None


# An outcome of the candidate's own work ("the result of my pilot"), not of their application.
_OWN_OUTCOME = re.compile(
    r"\s+of (?:my|our) (?!(?:\w+ )?(?:interview|application|candidacy|assessment|conversation|meeting)\b)",
    re.IGNORECASE,
)


def _asked_outcome(text: str) -> tuple[int, int] | None:
    """K17 "decision" from its features (``speech``): a request to the reader, and the outcome as what it
    asks for ("do let me know the result of the interview", "would it be possible to hear your decision
    on me", "I'd like to know where I stand"), not when it comes."""
    outcome = about_outcome(text)
    if (
        outcome is None
        or _WHEN_CLAUSE.search(text[: outcome.start()])
        or _OWN_OUTCOME.match(text, outcome.end())
    ):
        return None
    request = asks_reader(text[: outcome.start()])
    if request is None or CANDIDATE_ACTS.search(text, request.start(), outcome.start()):
        return None  # ("I would be glad to share the outcome": the candidate offers, asks nothing)
    if _asks_when(text, request.start(), outcome.end()):
        return None
    return (request.start(), outcome.end())


# A courtesy about the reader's time ("when you have a moment", "whenever you can"): says nothing of when the
# decision comes.
_COURTESY = re.compile(
    r"\b(?:when|whenever|once|if) you (?:have|get|find|can|are able|have got)\b(?: (?:a (?:spare )?(?:moment"
    r"|minute|second|chance)|(?:the )?time))?",
    re.IGNORECASE,
)


def _their_date(text: str) -> bool:
    """The sentence echoes a date of theirs ("as you mentioned, by Friday"), not a courtesy before a
    demand of ours ("I know the panel is busy, but could you let me know by the 21st?")."""
    hit = _THEIR_DATE.search(text)
    return hit is not None and not re.search(r"\bbut\b", text[hit.end() :])


def _demanded_deadline(m: Message, text: str) -> re.Match[str] | None:
    """A date by which the sentence asks them to answer, when it is not a date they gave."""
    if _their_date(text) or not (_REQUEST.search(text) or asks_reader(text)):
        return None
    for deadline in _DEADLINE.finditer(text):
        soft = _SOFTLY.match(deadline.group()) is not None  # "ideally by Friday" marks a deadline of ours
        if not (soft or _follows_request(text, deadline)):
            continue
        if _restates(m, deadline.group(), text):
            continue  # their own date, restated
        if _MY_NEXT_TOUCH.search(text, 0, deadline.start()):
            continue  # "I will follow up again in a week or two": when the candidate writes, not they
        return deadline
    return None


_MY_NEXT_TOUCH = re.compile(
    r"\b(?:I(?:['’]ll| will| shall| would| plan to| intend to)|and will|and I['’]ll)\s+(?:\w+\s+){0,2}"
    r"(?:follow up|check in|get in touch|be in touch|write|call|touch base|reach out|drop you a line|look in)"
    r"(?:\s+(?:again|with you|once more))?\s*$",
    re.IGNORECASE,
)


_SOFTLY = re.compile(r"(?:ideally|preferably|if possible)", re.IGNORECASE)


def _restates(m: Message, deadline: str, sentence: str) -> bool:
    """The deadline is the decision date they gave: the sentence names its day and month, or the deadline
    names its weekday while it is less than a week away."""
    decided, today = m.ctx.decision_date, m.ctx.today
    if decided is None:
        return False
    month = decided.strftime("%b").lower()
    day_month = rf"\b{month}[a-z]*\.?\s+{decided.day}\b|\b{decided.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}"
    if re.search(day_month, sentence, re.IGNORECASE):
        return True
    near = today is not None and today <= decided < today + dt.timedelta(days=7)
    return near and names_date(deadline, decided)


RULES = (TextRule("C-20", ALL_ACTIONS, c20_tone),)
