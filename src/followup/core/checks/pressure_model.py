"""C-20 and K17, learned: does a sentence press the reader, and how?

The patterns of ``pressure`` and ``reproach`` catch the ways of pressing that someone wrote down; on batches
nobody had tuned them on they found under half of the guilt and ultimatums (benchmarks/drafts/README.md).
What the other ways share is grammar and stance rather than words: the candidate's cost or feeling put on
the reader ("I gave up", "after three rounds", "I had hoped", "it's only fair"), a condition with a
consequence ("unless ... I will", "if I don't hear ... I'll have to"), another party's offer or date set
against the reader, and time pressure ("as soon as possible", "this week", "before Friday"). So a sentence
is read as word classes (``_CLASSES``: a feeling, a cost, the wait, a count of rounds or weeks, another
party, a hurry, a date, a condition, walking away, a decision, a demand, fairness, calm) and as what it
does by grammar (``_FACETS``, paired with each other and with the kind of message: "fx:cond+leave" is a
condition with a consequence in any words). Content words about the job stay out: only the pairs of words
holding a grammar word or a class are kept.

Two models, both logistic regression (``core.learning``) trained on the drafts corpus's development split
by ``scripts/train_pressure.py`` (``data/pressure_weights.tsv``): one reads whether a sentence presses
(``presses`` or ``fine``); the other, trained on the pressing sentences alone, names how (a kind of
``W-TONE``). The reading is per sentence and a message takes its likeliest sentence: a fault is planted
in one sentence and the rest of a long, good message would only dilute it, and the finding can then
point at the sentence. Labels are per message, so training picks the pressing sentence of a labelled
message (the sentence its note quotes, else the one a model trained on whole messages finds likeliest;
every other sentence is fine).

The checker asks this reading only about a message none of its patterns raised W-TONE on, and only of
the kinds the playbook applies to that message (``allowed_kinds``): never a second finding for one fault.
It reads only the sentences that show a class of pressing and one more sign of stance (``worth_reading``):
weights learned from a few hundred faults give a short sentence with one loaded word ("Several firms in
Denver use the same tool") a score as high as a real fault's, and the calm sentences the pattern tests
hold showed it. What the patterns know from the records (the employer's own date restated, a grievance
that is someone else's) is excused before the reading is asked (``pressure.learned_tone``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from followup.core.checks.anatomy import Span, parse_message, sentences_in
from followup.core.learning import Weights, parse_weights, scores_of, softmax, word_features

PRESSES = ("presses", "fine")
KINDS = ("guilt", "ultimatum", "leverage", "urgency", "deadline", "decision", "whether-decided")
WEIGHTS_FILE = "pressure_weights.tsv"
# Chosen by scripts/train_pressure.py --by-batch (each batch measured by weights trained on the others): the
# most recall with no new false alarm on the good development messages, nor on the calm sentences the tests
# hold (tests/core/checks/test_pressure.py: "I turned down an offer last year to finish my degree" reads
# 0.88). On 25 batches (dev, 3,124 messages, 711 with W-TONE) the reading with the patterns found 585 (the
# patterns alone 510), with no new false alarm on 1,070 good messages and one on a message with other
# faults; at 0.85 it found 590, also with none on good messages, but raised two of those calm sentences.
THRESHOLD = 0.9
KIND_PREFIX = "k:"  # the kind model's features carry this prefix in the one weights file

# Where the playbook looks for each kind (as ``pressure`` decides it): K17's kinds in the thank-you round
# and the follow-ups before an answer (whether they have decided only in the round, where it is not C-15's
# status question); guilt in those and in replies to the employer's requests (C-20, C-26, C-27; see
# ``GUILT``); an ultimatum there and in the note about another offer (C-23). A LinkedIn note is left to
# C-13: what presses there is a note that presumes the outcome, and no note of the corpus was written to
# press. Call requests and scripts are left to the patterns: nobody wrote them pressing either.
THANK_YOU_ROUND = frozenset({"TY", "TA", "TY-FWD"})
PRESSURED = THANK_YOU_ROUND | frozenset({"FL", "F1", "F2", "F3", "EXC-NEWS"})
ASKING_WHETHER = THANK_YOU_ROUND | frozenset({"FL"})
WAITED = frozenset({"F1", "F2", "F3", "RJ", "FB"})
# Guilt is put on a reader in any note the candidate writes after the interview: writers nobody tuned on
# put it in arranger notes and in replies to a request for references as often as in follow-ups.
GUILT = WAITED | THANK_YOU_ROUND | frozenset({"RSP"})
READ = PRESSURED | GUILT | frozenset({"EXC-OFFER"})


def allowed_kinds(action: str) -> tuple[str, ...]:
    """The kinds of W-TONE this reading may raise on a message of ``action`` (see above)."""
    kinds = []
    if action in PRESSURED or action == "EXC-OFFER":
        kinds.append("ultimatum")
    if action in GUILT:
        kinds.append("guilt")
    if action in PRESSURED:
        kinds += ["leverage", "urgency", "deadline", "decision"]
    if action in ASKING_WHETHER:
        kinds.append("whether-decided")
    return tuple(k for k in KINDS if k in kinds)


# The kind of message, as the reading pairs it with what a sentence does: a condition in an offer note is
# an ultimatum's shape, the same condition in a thank-you is not usual at all.
_GROUPS = {
    **dict.fromkeys(THANK_YOU_ROUND | {"LI", "FL"}, "round"),
    **dict.fromkeys(("F1",), "first"),
    **dict.fromkeys(("F2", "F3"), "later"),
    **dict.fromkeys(("RJ", "FB"), "after"),
    **dict.fromkeys(("RSP",), "reply"),
    **dict.fromkeys(("EXC-OFFER", "EXC-NEWS"), "news"),
}


def group_of(action: str) -> str:
    return _GROUPS.get(action, "other")


_APOS = "['’]"
# Words of one meaning read as one word (before the pairs are made), so that what one writer says carries
# over to the words another picks. Each class is a stance or a grammar of pressing, not a phrase.
_CLASSES = (
    # a feeling put on the reader
    (
        "zfeel",
        r"(?:hoped|disappointed|disappointing|disappointment|frustrat\w+|upset|hurt|hurtful|gutted|heartbroken"
        r"|bruised|stung|wounded|overlooked|ignored|forgotten|brushed aside|dismissed|sidelined|written off"
        r"|let down|blindsided|puzzled|baffled|dismayed|discouraged|disheartened|deflated|crushed|sting"
        r"|worn|wearing|anxious|anxiety|stress(?:ed|ful)?|nerves|sleepless|rough|hard going|tough|slight"
        r"|snub(?:bed)?|insult(?:ed|ing)?|rude|unprofessional|shabby|poor form|poor way|treated as a number"
        r"|in the dark|left hanging|strung along|kept hanging|radar|void|black hole|the cracks|hurts|stings"
        r"|smart\w*|sour|bitter|raw deal|short-?changed|afterthought|dispirit\w+|hard to take|lonely|spirits"
        r"|knocked|a shame|a pity|misled|led me to believe|goalposts|in the running|let me down"
        r"|taken for granted"
        # the candidate's state, put on the reader: "I've barely slept", "on edge every morning", "a
        # nervous wreck", "I've started to feel invisible", "embarrassing in front of my referee"
        r"|slept|sleep\w*|on edge|tenterhooks|on my toes|limbo|invisible|foolish|embarrass\w*|awkward"
        r"|humiliat\w*|my hopes|hopes up|a wreck|in pieces|unsettl\w*|uneasy|restless|dread\w*|ghosted"
        r"|a wall|a drawer|very little back|lands? (?:hard|heavily|harder)|a blow|hard on (?:me|my|us)|toll"
        r"|strain\w*|weigh(?:s|ing|ed)? on|worr(?:y|ied|ying)|deflat\w*|dangling|hanging on"
        r"|did something wrong"
        r"|gutting|to waste|wasted (?:on|my)|for nothing|counted for nothing|poor return|sore|shaken|stung)",
    ),
    # the candidate's life, drawn in: "my family keep asking", "my husband's transfer", "my referee"
    (
        "zlife",
        # (their own: "my partner", not "the partner meeting"; "my phone", not "by phone")
        r"(?:family|kids|children|referees?|referrer|(?:my|our) (?:current )?(?:mum|mom|mother|dad|father"
        r"|partner|wife|husband|son|daughter|parents|landlord|manager|boss|employer|flatmate|friends|birthday"
        r"|dinner|bedtime|fridge|nightstand|phone|inbox))",
    ),
    # irony and understatement, the quiet ways of blaming: "the 24th was more of a hope than a date", "it
    # would have helped to know", "I had assumed", "surely", "I can't be the only one"
    (
        "zirony",
        r"(?:quite an education|at last|it must be|so much to ask|too much to ask|a lot to ask"
        r"|would have (?:been (?:nice|kind|good|helpful|decent|kinder|better)|helped)|i had assumed"
        r"|i(?:'d| would) have thought|can't be the only|says? (?:rather |quite )?a lot"
        r"|the same cannot be said|to put it mildly|more of a hope"
        r"|other (?:firms|companies|employers) (?:have|had)"
        r"|was there a reason|could someone not|had (?:the|your) (?:advert\w*|posting|listing)"
        # the quieter shapes: "some of us", "quite the marathon", "finally", "low on your list", "given how
        # long it took", "though I did walk you through it", "most firms managed at least a note by now"
        r"|some of us|quite the (?:\w+ )?(?:marathon|saga|wait|journey|ordeal|process|odyssey|test)"
        r"|finally|proving to be|low on (?:your|the|their|anyone's|someone's) (?:list|priorit\w+|radar)"
        r"|given how (?:long|slow)|(?:hold|holding|held) (?:my|one's|our) breath"
        r"|(?:though|although|but|as|since|when) i did \w+|i(?:'d| had) (?:started|begun|begin) to (?:think"
        r"|wonder|assume)|(?:been|got|gone|go) (?:lost|missing|mislaid)"
        r"|(?:is|was|seems|feels) (?:a long|quite a|a very long) (?:time|while|wait) to (?:leave|keep|wait"
        r"|hold|go|hear|sit)"
        r"|managed (?:at least|to (?:send|reply|write|respond|get back|let))"
        # more of its devices: "would have gone a long way", "I suppose", "must be nice", "no doubt the
        # quiet means", news that "only ever travels in one direction", "I have been counting", "is anyone
        # still reading", "hear so little"
        r"|would have (?:gone a long way|felt (?:fairer|kinder|better)|been (?:fairer|kinder|nicer"
        r"|appreciated|welcome|courteous))|i suppose|must be nice|no doubt the"
        r"|(?:only|just) (?:ever )?(?:travels?|goes|flows?)"
        r" (?:in )?one (?:direction|way)|one-way|(?:i have|i've) been counting|counting the (?:days|weeks)"
        r"|is (?:anyone|anybody|someone) (?:still )?(?:reading|there|looking|listening)"
        r"|(?:hear|heard|hearing) (?:so|very) little|turned out to be (?:rather |quite )?a long"
        r"|let (?:\w+ ){0,2}(?:days?|weeks?|fortnights?|months?) (?:go|pass|slip) by"
        r"|(?:leave|leaving|left|keep|keeping|kept) (?:a candidate|candidates|someone|people|applicants)"
        r" (?:hanging|guessing|waiting|dangling))",
    ),
    # patience spent, fairness owed
    (
        "zfair",
        r"(?:patien(?:t|ce)|fair|unfair|fairness|owed|owe|deserv\w*|the least|courtesy|common decency|decent"
        r"|respect(?:ful)?|reasonable|entitled|right to|proper|at least|more than enough|shown|ought to"
        r"|the way to treat|way to treat|how to treat)",
    ),
    # what the candidate gave up or put in
    (
        "zcost",
        r"(?:gave up|give up|turned down|turning down|declined|sacrific\w+|invested|rearrang\w+|cancell?ed"
        r"|took (?:a |the )?(?:day|time|leave|afternoon|morning)|time off|annual leave|travell?ed|drove"
        r"|put (?:in|aside|on hold)|on hold|effort|hours|prepar\w+|counted for|counts for"
        # what waiting cost, in money, time and chances: "an afternoon's pay", "the peak fare", "a lease
        # renewal signed", "other applications let lapse", "kept my evenings clear"
        r"|unpaid|pay|paid|wages|fare|savings|money|childcare|sitter|babysitter|lease|rent|lapsed?"
        r"|let \w+ (?:go|lapse|slide)|passed (?:on|up)|knocked back|held off|put off|stalled"
        r"|(?:keep|kept|keeping) (?:my \w+ )?(?:free|clear)|cleared my"
        r"|weekends?|evenings?|holiday|vacation|booked|out of pocket|expenses?|cost (?:me|us)|costing me"
        r"|on standby|turned away|said no to"
        # "put my whole search on pause for Tidewater", "I put weeks into preparing"
        r"|(?:put|putting|kept|keeping) (?:my |the )?(?:(?:whole|entire|job) ){0,2}(?:search|applications?"
        r"|plans|life|job hunt) on (?:pause|hold|ice)|put (?:\w+ ){1,3}into)",
    ),
    # what the candidate gave up for this application in particular: a sacrifice, not an effort
    (
        "zgaveup",
        r"(?:(?:search|applications?|job hunt|plans|life|other (?:applications|interviews))"
        r" on (?:pause|hold|ice)"
        r"|turned down|turning down|said no to|passed up|let (?:\w+ ){1,4}(?:go|lapse|expire|slide)"
        r"|cost me (?:\w+ ){0,4}(?:nights?|sleep|weekends?|evenings?)|sleepless nights?"
        r"|took (?:an? )?(?:unpaid )?(?:day|afternoon|morning|week|time) off|rearranged"
        r"|(?:keep|kept|keeping) my (?:\w+ )?(?:free|clear)"
        r"|cleared my|gave up|held off|put (?:\w+ ){1,3}into"
        # the vigil kept for them: a day of leave taken, a day kept free, the phone kept on, a deadline
        # moved, an inbox refreshed ("I took an unpaid morning", "kept that whole Friday free by the phone",
        # "I moved a client deadline to be there", "a month is a long time to keep refreshing an inbox")
        r"|took (?:an? |the |a whole |a full )?(?:(?:unpaid|vacation|holiday|annual|personal|sick)"
        r" (?:days?|afternoon|morning|week|leave|time)|(?:days?|afternoon|morning|week|time) off)"
        r"|(?:keep|kept|keeping) (?:(?:my|that|the|this|most of|all of|every|whole|a) ){1,3}"
        r"(?:\w+ )?(?:days?|mornings?|afternoons?|evenings?|weekends?|week|month|diary|calendar|schedule"
        r"|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|january|february|march|april|may|june|july"
        r"|august|september|october|november|december) (?:free|clear|open)"
        r"|(?:kept|keeping|had|left) my (?:phone|mobile|cell) (?:on|switched on|face up|close|nearby|to hand"
        r"|by me|within reach|in my hand)|by the phone"
        r"|(?:moved|cancell?ed|rescheduled|postponed|pushed back|swapped|skipped) (?:a|an|my|two|three)"
        r" (?:\w+ )?(?:deadline|meeting|shift|trip|holiday|appointment|class|lecture|exam|call|flight)"
        r"|refresh(?:ing|ed)? (?:my|an|the|our) inbox(?:es)?"
        r"|circled (?:the )?(?:\w+ ){1,2}(?:on|in) (?:my |the )?(?:\w+ )?(?:calendar|diary)"
        # time and money spent on them: "the case study I spent two weekends on", "ate most of my week",
        # "another unpaid day off", "after the trip I made", "checked my inbox more times than"
        r"|spent (?:two|three|four|several|whole|entire|most of (?:my|a)|my|a whole) (?:weekends?|evenings?"
        r"|nights?)|ate (?:up )?(?:most|all|much) of my (?:week|weekend|evenings?)|unpaid days?"
        r"|days? of (?:annual )?leave|(?:the|a|that) (?:trip|journey|drive|flight) I (?:made|took)"
        r"|check(?:ed|ing) my (?:inbox|email|phone) (?:more|every|each|constantly|hourly))",
    ),
    # the wait and the silence
    (
        "zwait",
        r"(?:wait\w*|silence|silent|quiet|heard|hear|word|repl(?:y|ies|ied)|respon(?:se|ses|d|ded)|answers?"
        r"|news|updates?|nothing|lack|chas\w+|emails|messages|follow-ups)",
    ),
    # a count of rounds, weeks or messages
    (
        "zcount",
        r"(?:\d+|two|three|four|five|six|several|many|multiple|a few|a couple of|countless|repeated)"
        r" (?:rounds?|interviews?|stages?|weeks?|months?|days?|emails?|messages?|calls?|follow-ups?|times"
        r"|attempts?|tasks?|presentations?)",
    ),
    # another party: an offer, an employer or a process elsewhere
    (
        "zother",
        r"(?:another|other|rival|competing|competitor\w*|elsewhere|second|different|outside|several"
        r"|two|three|a couple of) (?:\w+ )?(?:offers?|firms?|compan(?:y|ies)|employers?|organi[sz]ations?"
        r"|studios?|roles?|positions?|posts?|processes|process|interviews?|agenc(?:y|ies)|options?"
        r"|opportunit(?:y|ies)|bidders?|parties|suitors?|irons in the fire)",
    ),
    ("zoffer", r"(?:offers?|contract|terms|package|counter-?offer|bid|salary)"),
    # another employer, by what it is: "a hospital group here in Austin", "two studios on the high street"
    (
        "zrival",
        r"(?:a|an|another|two|three|several|some|other|a couple of) (?:[\w-]+ ){0,3}(?:firms?|compan(?:y|ies)"
        r"|employers?|studios?|banks?|groups?|networks?|providers?|utilit(?:y|ies)|authorit(?:y|ies)|boroughs?"
        r"|councils?|consultanc(?:y|ies)|agenc(?:y|ies)|galler(?:y|ies)|associations?|organi[sz]ations?"
        r"|startups?|schools?|hospitals?|practices?|charit(?:y|ies)|businesses|teams elsewhere)",
    ),
    # being courted: what another employer has done for the candidate
    (
        "zcourted",
        r"(?:offered me|made me an offer|extended an offer|an offer in hand|in hand|reached out|been in touch"
        r"|come knocking|asked me to come|flown me|keen to have me|interest from elsewhere|in talks"
        r"|late-stage"
        r"|final stage|verbal offer|shortlisted me|courting|headhunt\w*|approached me)",
    ),
    # asking the reader to weigh it: "bear that in mind", "factor that in"
    (
        "zweigh",
        r"(?:keep (?:that|this|it|me) in mind|bear (?:that|this|it) in mind|factor|weigh"
        r"|take (?:that|this|it)"
        r" into account|so you know|so you(?:'re| are) aware|just so you|i should mention|i ought to add"
        r"|in the interest of transparency|in fairness|for transparency|mention (?:it|this|that) in case)",
    ),
    # speaking frankly: the stance that comes before a grievance
    (
        "zfrank",
        r"(?:frankly|honestly|to be honest|to be frank|truth be told|i confess|i['’]ll admit|i must say"
        r"|i shan['’]t pretend|i won['’]t pretend|let me be \w+|i have to say|i can['’]t help)",
    ),
    # haste
    (
        "zsoon",
        r"(?:soon|sooner|soonest|asap|a\.s\.a\.p|quick(?:ly)?|prompt(?:ly)?|urgent(?:ly)?|urgency"
        r"|immediate(?:ly)?|swift(?:ly)?|speedy|speed(?:y|ily)?|fast|hurry|rush(?:ed)?|priority|right away"
        r"|at once|shortly|expedit\w+|without delay|no delay|straight away|pronto"
        # (the candidate's time, not the reader's: "because their time is short")
        r"|(?<!their )(?<!they're )(?<!there )(?<!your )time is short|short order"
        r"|by return|at your earliest|earliest|pressing|time-sensitive|clock|the sooner)",
    ),
    # a date or a stretch of time to come
    (
        "zday",
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|end of (?:the )?"
        r"(?:day|week|month)|this week|next week|this month|the weekend|(?:\d{1,2}(?:st|nd|rd|th)?"
        r"|the \d{1,2}(?:st|nd|rd|th))|within (?:\w+ )?(?:hours?|days?|weeks?)|(?:48|24|72) hours|deadline"
        r"|cut-?off|close of business|eod|cob)",
    ),
    # a condition
    (
        "zcond",
        r"(?:if|unless|otherwise|or else|either|failing (?:that|which)|without (?:an?|your|a firm)|should "
        r"(?:you|i|the|it|that|this)|in the event|come the|once (?:the|that) (?:\w+ )?pass\w*|after that"
        r"|beyond (?:that|then|this))",
    ),
    # walking away, as a consequence
    (
        "zquit",
        r"(?:accept(?:ing)? (?:theirs|their offer|the other)|sign(?:ing)? (?:with|their)"
        r"|take (?:theirs|their offer|the other)|withdraw\w*|walk(?:ing)? away|move on|moving on"
        r"|go with|going with|commit(?:ting)? (?:to them|elsewhere)|pull out|step away|step back|lose me"
        r"|off the market|no longer (?:be )?(?:available|able|in)|look elsewhere|off the table"
        r"|close the door|the door (?:closes|shuts)|is over|for good|no more|gone|elsewhere|someone else\w*"
        r"|done|closes|ends|by default|too late|a refusal|a no|no extension|no second chances?|last chance"
        r"|one shot|twice|the only notice|walk)",
    ),
    # the decision itself
    (
        "zverdict",
        # (deciding on a thing is not deciding on the candidate: "Have you decided on a vendor?")
        r"(?:decid\w+(?! (?:on|upon|between|about) (?:a|an|the|their|its|which)\b)|decision|choos\w+|chose"
        r"|chosen|choice|pick\w*|select\w*|verdict|outcome|result"
        r"|yes or no|a yes|a no|commit\w*|make (?:me )?an offer|offer me|hire me|hiring me|mine|the one"
        r"|filled|appoint\w*|made up (?:your|their) minds?|minds?|settle|wants? me|hiring me|making me"
        r"|my (?:application|candidacy|file))",
    ),
    # a demand
    (
        "zdemand",
        r"(?:must|need(?:s|ed)? to|have to|has to|had to|require\w*|insist\w*|expect\w*|demand\w*"
        r"|non-negotiable|firm (?:deadline|date|answer|commitment)|press(?:ing)? (?:them|him|her|the \w+|for)"
        r"|final (?:answer|offer|word|decision|warning"
        r"|date|deadline|call)|absolute(?:ly)?|no exceptions"
        r"|line in the sand|my terms|conditions?|blunt|warning|hold (?:you|them|aurora|\w+) to|not prepared"
        r"|prepared to|intend to|will have to|won't|will not|shan't|not able to|match|beat"
        r"|make (?:its|your|their)"
        r" move|moves? first)",
    ),
    # calm: what takes the pressure off
    (
        "zcalm",
        r"(?:understand\w*|appreciat\w*|no rush|no hurry|whenever|in your own time|in good time|in due course"
        r"|of course|entirely|whatever|regardless|either way|completely|no pressure|when convenient"
        r"|at your convenience|when you can|when the time is right|take your time|busy|glad|happy|grateful"
        r"|(?:these|such|the) (?:things|decisions|processes|matters) take|takes? (?:time|a while)"
        r"|the time (?:they|it) takes?"
        # the candidate's own next touch, announced ("Unless I hear sooner, I will check back in a week")
        r"|check back|check in again|follow up again|touch base"
        # a story from long before this application ("I turned down an offer last year to finish my degree")
        r"|last year|(?:a few|two|three|four|five|several|many) years ago|at university|in my final year)",
    ),
)
# the classes of whole phrases first: "made me an offer" is being courted before "offer" is an offer
_FIRST = ("zirony", "zlife", "zcourted", "zweigh", "zfrank", "zrival", "zquit", "zgaveup")
_CLASS = [
    (token, re.compile(rf"\b{pattern}\b", re.IGNORECASE))
    for token, pattern in sorted(_CLASSES, key=lambda c: c[0] not in _FIRST)
]
CLASS_WORDS = frozenset(token for token, _ in _CLASSES)

# The candidate, the reader, their modals and the small words of time and condition: a pair of words
# holding one of these says how the sentence stands towards the reader.
GRAMMAR_WORDS = frozenset(
    (
        *("i", "i'm", "i'll", "i'd", "i've", "me", "my", "myself"),
        *("you", "you'll", "you're", "you've", "you'd", "your", "they", "them", "their", "we", "us", "our"),
        *("will", "would", "shall", "should", "can", "could", "must", "may", "might", "going", "have", "had"),
        *("if", "unless", "or", "by", "before", "until", "after", "since", "still", "yet", "already", "only"),
        *("please", "let", "know", "now", "again", "any", "no", "more", "than", "enough", "least", "really"),
    )
)

_I = rf"\b(?:i|i{_APOS}(?:m|ll|d|ve)|me|my|myself)\b"
_YOU = rf"\b(?:you|you{_APOS}(?:ll|re|ve|d)|your|yours|they|them|their)\b"
# What a sentence does, by grammar and stance: pairs of these are read as one feature ("fx:cond+leave").
_FACETS = (
    ("i", _I),
    ("you", _YOU),
    ("feel", r"\bzfeel\b"),
    ("fair", r"\bzfair\b"),
    ("cost", r"\bzcost\b"),
    ("gaveup", r"\bzgaveup\b"),
    ("wait", r"\bzwait\b"),
    ("count", r"\bzcount\b"),
    ("other", r"\bzother\b"),
    ("offer", r"\bzoffer\b"),
    ("rival", r"\bzrival\b"),
    ("courted", r"\bzcourted\b"),
    ("weigh", r"\bzweigh\b"),
    ("frank", r"\bzfrank\b"),
    ("life", r"\bzlife\b"),
    ("irony", r"\bzirony\b"),
    ("soon", r"\bzsoon\b"),
    ("date", r"\bzday\b"),
    (
        "limit",
        r"\b(?:by|before|until|till|no later than|not later than|ahead of|within) (?:\w+ )?zday\b"
        r"|\b(?:by|after|until|beyond) then\b",
    ),
    ("cond", r"\bzcond\b"),
    ("leave", r"\bzquit\b"),
    ("decide", r"\bzverdict\b"),
    ("demand", r"\bzdemand\b"),
    ("calm", r"\bzcalm\b"),
    ("ask", r"\?|\b(?:please|let me know|could you|can you|would you|i{_APOS}d like to know|whether)\b"),
    # what the candidate will do: "I will", "I'll have to", "I am going to"
    (
        "will",
        rf"\bi(?:{_APOS}ll| will| shall| am going to| have to| would have to| need to| may have to| must)\b",
    ),
    ("past", rf"\b(?:was|were|had|did|have been|has been|i{_APOS}ve been)\b"),
    ("neg", rf"\b(?:not|no|never|nothing|without|n{_APOS}t)\b|n{_APOS}t\b"),
    (
        "still",
        r"\b(?:still|yet|again|already|only|even|any longer|anymore|at this point|by now|so far|since)\b",
    ),
    ("more", r"\b(?:more than|enough|too|rather than|at least|the least|instead)\b"),
)
_FACET = [(name, re.compile(pattern.replace("{_APOS}", _APOS), re.IGNORECASE)) for name, pattern in _FACETS]


def classed(text: str) -> str:
    """``text`` with the words of each class (``_CLASSES``) read as the class's one word."""
    text = text.replace("’", "'")
    for token, pattern in _CLASS:
        text = pattern.sub(token, text)
    return text


def facets(sentence: str) -> list[str]:
    """What ``sentence`` does (``_FACETS``), in the order of ``_FACETS``, on its classed words."""
    said = classed(sentence)
    return [name for name, pattern in _FACET if pattern.search(said)]


def sentence_features(sentence: str, action: str = "", kinds: bool = False) -> list[str]:
    """The words and word pairs of ``sentence`` that hold a grammar word or a class (see the module), its
    facets alone and in pairs, and for the kind model (``kinds``) each facet with the kind of message
    (``ax:later+feel``): the same words press in any message, but how they press depends on it."""
    said = classed(sentence)
    found = [
        f
        for f in word_features(said)
        if any(
            word.removeprefix("not_") in GRAMMAR_WORDS or word.removeprefix("not_") in CLASS_WORDS
            for word in f.split(" ")
        )
    ]
    present = [name for name, pattern in _FACET if pattern.search(said)]
    group = group_of(action)
    found += [f"f:{name}" for name in present]
    if kinds:
        found += [f"ax:{group}+{name}" for name in present]
    found += [f"fx:{a}+{b}" for i, a in enumerate(present) for b in present[i + 1 :]]
    return found


def sentences_of(text: str, names: tuple[str, ...] = ()) -> list[Span]:
    """The sentences of a message's body and postscript, as the checker splits them (``Message``)."""
    parts = parse_message(text, names)
    return [s for p in (*parts.paragraphs, *parts.postscript) for s, _ in sentences_in(text, p)]


@dataclass(frozen=True)
class Reading:
    """How much a sentence presses (``presses``, 0 to 1) and the kind it most reads as, of those allowed."""

    presses: float
    kind: str


def split_weights(weights: Weights) -> tuple[Weights, Weights]:
    """The file's two models: whether a sentence presses, and which kind (features prefixed ``k:``)."""
    presses = {f: row for f, row in weights.items() if not f.startswith(KIND_PREFIX)}
    kinds = {f.removeprefix(KIND_PREFIX): row for f, row in weights.items() if f.startswith(KIND_PREFIX)}
    return presses, kinds


def read(sentence: str, action: str, weights: Weights | None = None) -> Reading:
    """How ``sentence`` of a message of ``action`` presses the reader (nothing when no kind is allowed)."""
    allowed = allowed_kinds(action)
    learned = shipped_weights() if weights is None else weights
    if not learned or not allowed:
        return Reading(0.0, "")
    presses_w, kinds_w = split_weights(learned)
    presses = softmax(scores_of(presses_w, sentence_features(sentence, action), PRESSES))
    scores = scores_of(kinds_w, sentence_features(sentence, action, kinds=True), KINDS, normalise=False)
    kind = max(allowed, key=lambda k: scores[k])
    if kind == "leverage" and not _PARTY.search(classed(sentence)):
        # leverage needs another party in the sentence, an offer, an employer or a process elsewhere: "I'll
        # have the references ready by Friday" names none, whatever the weights make of its date
        return Reading(0.0, kind)
    signs = _SIGNS.get(kind)
    if signs is not None and not set(facets(sentence)) & signs:
        # each kind needs its own sign in the sentence, whatever the weights make of the rest: guilt a
        # cost, a feeling, a wait or irony; an ultimatum a condition or a consequence; a deadline or a
        # decision something asked of them ("I'll have the references ready by Friday" has none)
        return Reading(0.0, kind)
    return Reading(presses["presses"], kind)


_GUILT_SIGNS = frozenset(
    ("feel", "fair", "cost", "gaveup", "wait", "count", "irony", "life", "frank", "more", "other", "rival")
)
_SIGNS = {
    "guilt": _GUILT_SIGNS,
    "ultimatum": frozenset(("cond", "leave", "demand", "other", "offer", "rival", "courted", "decide")),
    "deadline": frozenset(("ask", "demand", "decide", "cond")),
    "decision": frozenset(("ask", "demand", "decide", "cond")),
    "whether-decided": frozenset(("ask", "decide", "demand")),
    "urgency": frozenset(("soon", "ask", "demand", "limit")),
}
_PARTY = re.compile(
    r"\bz(?:other|offer|rival|courted)\b|\belsewhere\b|\bother (?:\w+ )?(?:places|people|teams)\b"
)


# What makes a sentence worth asking about: a class of pressing and one more sign of stance, and no word of
# calm. One word of a class ("Several firms in Denver use the same tool", "I was hurt on a building site
# once") is no stance; "take your time" is its opposite. A note about another offer must name the offer
# and its date (C-23), so there only a condition or a consequence is worth asking about.
_PRESSING = frozenset(
    (
        *("feel", "fair", "cost", "count", "other", "rival", "courted", "weigh", "frank", "soon", "date"),
        "irony",
        *("cond", "leave", "decide", "demand", "offer"),
    )
)
_STANCE = _PRESSING | frozenset(("wait", "will", "still", "more", "ask", "limit", "neg", "life"))


_OWN_COST = frozenset(("cost", "feel", "irony", "life", "gaveup"))
# What ties a sentence to the reader, the wait or the job: "you", "since", "still", a date, a count of
# weeks, or "for" the employer by name or the role ("for Tidewater", "for this role").
_LINKS = frozenset(("you", "wait", "still", "date", "count"))
_FOR_THEM = re.compile(
    r"\bfor (?:you|your|them|this|the (?:role|job|post|position|process|interview|panel|team))\b"
    r"|\bfor [A-Z]\w+"
    # their appointment: "I rearranged a full day of client work to make this afternoon's slot"
    r"|\b(?:to make|to fit|for|around) (?:our|your|this|the|that) (?:\w+['’]s )?(?:call|slot|interview"
    r"|meeting|appointment|conversation|visit)\b"
    # the interview it was given up for, or the wait it went into: "to be there", "to come in", "for a
    # second stage that never came", "these last few days have felt long", "a long time to keep"
    r"|\bto (?:be there|come in|come to|attend|make it)\b|\bnever came\b"
    r"|\bfor (?:a|the) (?:second|next|final|later|follow-up) (?:stage|round|interview|call)\b"
    r"|\b(?:days|weeks|wait|months) (?:have|has) (?:felt|seemed) (?:so |very |rather )?long"
    r"|\ba long time to\b"
)


def _linked(sentence: str) -> bool:
    return bool(set(facets(sentence)) & _LINKS) or _FOR_THEM.search(sentence) is not None


_GAVE_UP = re.compile(rf"\b{dict(_CLASSES)['zgaveup']}\b", re.IGNORECASE)


def sacrifice(sentence: str) -> re.Match[str] | None:
    """C-20: a sacrifice the candidate made for this application, tied to the reader, the wait or the job
    ("I put my job search on hold for you", "I rearranged a day of client work to make this afternoon's
    slot"); one of the candidate's own story ("I turned down an offer last year to finish my degree") is
    tied to nothing of theirs. Said by rule: the reading's weights for it move with every batch."""
    said = sentence.replace("’", "'")
    hit = _GAVE_UP.search(said)
    # (calm is judged in the clause of the sacrifice: "I would be grateful for any feedback, having kept
    # most of August clear for a second stage that never came" is not calm where it hurts)
    if hit is None or "calm" in facets(_clause_of(said, hit)) or not _linked(sentence):
        return None
    before = said[: hit.start()]
    # the candidate's own act, done: not another's ("the volunteers put their passion into"), nor one
    # still to come ("I'll keep my diary clear that week")
    if not _MINE_DONE.search(before) or _TO_COME.search(before):
        return None
    return hit


_MINE_DONE = re.compile(
    r"\bI(?:'ve| have| had)?\s+(?:\w+\s+){0,4}$|\bI(?:'ve| have| had)?\b[^,;.]{0,40}\band\s+(?:\w+\s+){0,3}$"
    r"|\bhaving\s+(?:\w+\s+){0,2}$|\btime to\s+(?:keep\s+)?$"
)


def _clause_of(sentence: str, hit: re.Match[str]) -> str:
    """The clause around ``hit``: from the comma or semicolon before it to the one after it."""
    start = max(sentence.rfind(",", 0, hit.start()), sentence.rfind(";", 0, hit.start())) + 1
    ends = [i for i in (sentence.find(",", hit.end()), sentence.find(";", hit.end())) if i >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


_TO_COME = re.compile(
    r"\b(?:I'll|I will|I'd|I would|I can|I could|I'm going to|happy to|glad to|will)\s+(?:\w+\s+)?$"
)


def worth_reading(sentence: str, action: str) -> bool:
    """Whether ``sentence`` shows enough stance for the reading to be asked about it (see above)."""
    present = set(facets(sentence))
    if "calm" in present:
        return False
    if action == "EXC-OFFER":
        return bool(present & {"cond", "leave"})
    if action in GUILT and (
        "irony" in present or ("i" in present and present & _OWN_COST and _linked(sentence))
    ):
        # the candidate's own cost or state, tied to the reader, the wait or the job ("I turned down two
        # contracts to keep my calendar free for Tidewater", "I have barely slept since the 24th"), or
        # irony ("Other firms have given candidates a week-by-week picture"); a cost of the candidate's
        # own story ("I was hurt on a building site once") is not put on anyone
        return True
    return bool(present & _PRESSING) and len(present & _STANCE) >= 2


def likeliest(
    sentences: Sequence[str], action: str, weights: Weights | None = None, every: bool = False
) -> tuple[int, Reading] | None:
    """The sentence of ``sentences`` that presses most (its index and reading), of those worth reading
    (``every``: of them all), or None when there is none."""
    readings = [
        read(s, action, weights) if every or worth_reading(s, action) else Reading(0.0, "") for s in sentences
    ]
    asked = [i for i, r in enumerate(readings) if r.kind]
    if not asked:
        return None
    at = max(asked, key=lambda i: readings[i].presses)
    return at, readings[at]


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first message this reading is asked about)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
