"""Our own phrase tables: for each kind, the words that say it, each with a weight.

A cue marked ``negatable`` does not count when a negation stands just before it in the same clause
("this isn't a rejection", "no need to send references yet", "not an offer"). Rejection cues carry the
most weight (E-03): a warm opening ("we were impressed, however...") adds nothing to any other kind, so the
rejection still wins; "next steps" in an acknowledgement is not a cue of anything (E-07).
"""

# ruff: noqa: E501  (a phrase table reads best as one alternation per line)
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True


def _cues(kind: str, weight: float, *patterns: str, negatable: bool = True) -> list[Cue]:
    return [Cue(kind, re.compile(p, re.I), weight, negatable) for p in patterns]


_OTHER_PERSON = r"(?:another|the other|other|a different|a|one other)\s+(?:candidate|finalist|applicant|person|designer|writer)s?"
CUES: tuple[Cue, ...] = tuple(
    # E-03: the application ends
    _cues(
        "rejection",
        3.0,
        r"\b(?:offer(?:ed)?|extend an offer|appoint(?:ed)?|give|gave|given)\b[^.]{0,40}\b(?:to\s+)?"
        + _OTHER_PERSON,
        r"\b(?:go|gone|going|went|move forward|moving forward|proceed|hire|selected|chosen|appointed|with)\s+(?:with\s+)?"
        + _OTHER_PERSON,
        r"\bwent (?:with|to) someone else\b|\bgone with someone else\b|\bwent another way\b",
        r"\b(?:go|goes|gone|going|went) with (?:someone|somebody)\b",
        r"\bdecided to (?:appoint|hire|offer|go with|move forward with)\b[^.]{0,30}\b(?:another|other|someone)\b",
        r"\bwill not be (?:moving forward|taking your application|progressing|proceeding|making an appointment)",
        r"\bwon'?t be (?:moving|taking|progressing|hiring|going ahead)\b",
        r"\bnot (?:to )?(?:move|moving) (?:forward|ahead) with your (?:application|candidacy)\b",
        r"\bdecided not to (?:proceed|move|invite|hire|progress|take)\b",
        r"\bnot (?:been )?(?:selected|shortlisted|recommended for appointment|successful)\b",
        r"\bregret to (?:inform|tell|let you know)\b",
        r"\b(?:position|role|post|job) has (?:now )?been (?:filled|withdrawn|cancelled)\b|\bwe'?ve filled the\b",
        r"\b(?:role|position|post) (?:went|has gone|was given) to someone\b",
        r"\bdidn'?t end up going with you\b|\bnot (?:be )?taking your application (?:any )?further\b",
        r"\bnot (?:be )?progressing your application\b|\bno longer (?:under consideration|being considered)\b",
        r"\bclosing the search\b|\bnot to hire for\b|\byour application is (?:now )?closed\b",
        r"\bdecided not to move (?:forward|ahead)\b|\bnot to move ahead\b|\bdecided to focus on (?:other )?candidates\b",
        r"\b(?:not (?:be )?able to|unable to|can(?:not|'t|’t)|won(?:'|’)?t be (?:able to )?)\s*offer(?:ing)? you\b",
        # in Spanish and French, as a second-language hiring manager writes it: "decidimos contratar a otra
        # diseñadora", "no ha sido seleccionada", "nous avons retenu une autre candidature"
        r"\b(?:decidimos|hemos decidido|optamos por|hemos optado por) (?:contratar|seguir|continuar|avanzar)"
        r" (?:con |a )?(?:otr[oa]s?|otra persona)\b|\bno (?:has|ha) sido (?:seleccionad[oa]|elegid[oa])\b",
        r"\b(?:nous avons|on a) (?:retenu|choisi|sélectionné) (?:une? )?autre|\bne (?:pas|plus) donner suite\b"
        r"|\bpas (?:été )?retenue?\b",
        negatable=False,
    )
    + _cues(
        "rejection",
        1.0,
        r"\bsorry to (?:tell|say|share|let you know)\b|\bunfortunately\b|\bbad news\b|\bnot better news\b|\bisn'?t (?:what you were hoping|better news)\b",
    )
    # E-01: an invitation to a next round
    + _cues(
        "invitation",
        3.0,
        r"\binvite you (?:to|for|back)\b|\binvit(?:e|ing|ation) (?:you )?to (?:a|an|the) (?:second|final|next|third|panel|on-?site)\b",
        r"\b(?:second|final|next|third|follow-up|onsite|on-site|panel) (?:round|interview|stage)\b[^.]{0,60}\b(?:would you|are you|could you|we'?d like|like to|please|book|choose|pick|select|available|invite)",
        r"\b(?:like|love|want) (?:you )?to (?:come (?:back|in)|meet (?:the|our|with)|move you (?:forward|on|to)|have you back)\b",
        r"\bmove (?:you )?(?:forward )?to the (?:next|final|second) (?:round|stage)\b|\bthrough to the (?:next|final|second) (?:round|stage)\b",
        r"\b(?:book|choose|pick|select) (?:a|your) (?:time|slot)\b|\bscheduling link\b|\bself-schedul",
        r"\bpresent(?:ation)? to the (?:panel|team|board)\b|\b(?:meet|speak with) (?:our|the) (?:ceo|director|vp|founder|team)\b",
    )
    # E-02: an offer
    + _cues(
        "offer",
        3.0,
        r"\b(?:offer|offering) you the (?:role|position|job|post)\b|\bpleased to offer\b|\bdelighted to offer\b",
        r"\b(?:formal|written|verbal|revised|job|employment) offer\b|\boffer (?:letter|details|package)\b",
        r"\b(?:like|love|want) you to join\b|\bwelcome you (?:to|aboard)\b|\bwelcome aboard\b|\bjoin (?:us|the team) as\b",
        r"\bstarting salary\b|\bbase salary of\b|\bstart date of\b|\bsign(?:ed)? (?:and return )?the (?:contract|offer)\b",
        r"\byou(?:'ve| have) got the (?:job|role)\b|\bthe (?:job|role|position) is yours\b|\bsuccessful in your application\b",
    )
    # E-05: they need something from the candidate
    + _cues(
        "info_request",
        2.5,
        r"\b(?:send|provide|share|forward|let (?:me|us) (?:know|have))\b[^.?]{0,60}\b(?:referees?|references?|work sample|portfolio|writing sample|salary expectations?|expected salary|notice period|start date|availability to start|passport|share code|right to work|transcripts?|certificates?|documents?|case stud(?:y|ies)|examples?)\b",
        r"\b(?:referees?|references?|salary expectations?|notice period|right to work|work sample|share code)\b[^.]{0,60}\?",
        r"\bcould you (?:please )?(?:send|complete|fill in|sign)\b|\bplease (?:send|complete|upload|fill in)\b",
        # "Renata and I would like to see a short piece of SQL you've written"
        r"\b(?:like|love|want) to see (?:a|an|some|your|one|two) (?:\w+ )?(?:piece|sample|example|snippet|portfolio"
        r"|case stud(?:y|ies))",
        r"\bwhat (?:are|would be) your (?:salary|compensation)\b|\bwhen (?:could|can|would) you start\b",
    )
    # E-06: a new decision date
    + _cues(
        "timeframe",
        2.0,
        r"\b(?:decide|decision|decisions|let (?:you|everyone) know|be in touch|get back to you|come back to you|write to (?:you|all candidates)|contact you|an answer|hear from us|update you)\b[^.]{0,60}\b(?:by|on|within|before|until|next)\b",
        r"\bexpect(?:ed)? (?:to decide|decision|to (?:make|have|let|be))\b|\bexpected decision\b|\baiming to\b",
        r"\b(?:delay|won'?t (?:quite )?make|going to miss|miss(?:ing)? (?:our|the|friday|monday)|not going to make|a little longer|few more days|pause)\b",
    )
    # E-09: an answer to the candidate's proposed times
    + _cues(
        "schedule_reply",
        3.0,
        r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|\d(?:[:.]\d\d)?\s*(?:am|pm)|that|either|the (?:first|second)(?: one| slot)?)\b[^.]{0,25}\b(?:works|suits|is fine|is best|would suit|it is|is good|is perfect)\b",
        r"\b(?:none|neither) of (?:the|your|those) (?:times|slots)\b|\bnone of your times\b",
        r"\bcould (?:you )?(?:do|speak|talk)\b[^.?]{0,40}\b(?:at|on)\b|\bcan do\b[^.]{0,40}\bat\b|\blet'?s do\b|\bhappy with\b|\bsecond one\b|\bfirst (?:one|slot|option)\b|\bany of (?:them|those)\b",
    )
    # call me back
    + _cues(
        "call_back",
        3.0,
        r"\b(?:call|ring|phone|telephone) me\b|\bgiv(?:e|ing) me a (?:call|ring|quick call|buzz)\b|\bcall me back\b|\breturn my call\b",
        r"\bcould you (?:please )?(?:call|ring|phone|telephone)\b|\bplease (?:call|ring)\b|\bcall (?:me|us) (?:back|when|at|on)\b",
        r"\bleft you a (?:voicemail|message)\b|\btried to (?:reach|call|ring) you\b|\bmissed (?:you|your call)\b",
        r"\brequested a phone conversation\b|\bplease call (?:your|keisha|\w+) at\b|\bcall \w+ at \+?\d",
    )
    # E-11: feedback after a decision
    + _cues(
        "feedback",
        2.0,
        r"\b(?:here is|here's|below is|below|some|my|the panel'?s|interview|written|quick|a bit of|the following|share(?:d)?(?: the following)?|pass on (?:the|my)?|honest)\s+(?:\w+\s+)?(?:feedback|comments|notes|thoughts|take)\b",
        r"\bstrengths\b|\bareas? (?:to develop|for development|to improve)\b|\bdevelopment:|\bwhere you lost ground\b",
        r"\bwould have helped\b|\bnext time\b|\bI'?d (?:suggest|encourage|push you|tell you to work)\b|\bif I were you\b|\bwork on\b",
        r"\bwhat tipped it\b|\bcame down to\b|\bless sure on\b|\bthinner than\b|\bthe only (?:hesitation|thing|concrete point)\b|\bstood out\b|\bwas (?:excellent|strong|one of the (?:best|strongest))\b",
        r"\byou asked\b|\bsince you asked\b|\bas requested\b|\bscored\b|\bcriteria\b",
    )
    # E-07: an acknowledgement, or a hold with no date
    + _cues(
        "generic",
        1.0,
        r"\bthank(?:s| you) (?:so much )?for (?:your|the) (?:lovely |kind |thoughtful |gracious )?(?:note|message|email|follow[- ]up|patience|checking in)\b",
        r"\b(?:still|we are|we're) (?:with the panel|interviewing|reviewing|in the process|working through|deciding)\b|\bno (?:news|decision) yet\b|\bkeep you (?:posted|updated|informed)\b",
        r"\bwill (?:be in touch|let you know|pass (?:it|this|your note) on)\b|\bpassed (?:it|this|your note) on\b|\bI'?ll let you know\b|\bnothing to report\b",
        r"\benjoyed (?:our|the|meeting|talking)\b|\bpleasure to meet\b",
        # an applicant-tracking receipt: "Your document ... has been added to your application"
        r"\bhas been (?:added to|attached to|received with) your application\b|\bnothing (?:more|else) (?:that )?you"
        r" need to do\b",
        # its status page: "There has been an update to your application", "Current stage: Hiring team review",
        # "attached to your candidate record", "Your status shows as In Review"
        r"\ban update to your application\b|\bcurrent stage\b|\b(?:attached|added) to your candidate (?:record"
        r"|profile)\b|\byour status (?:shows|is showing|reads|is now)\b|\b(?:don['’]t|do not) need to do anything\b",
    )
    # not about the application at all
    + _cues(
        "other",
        2.0,
        r"\bunsubscribe\b|\byou(?:'re| are) receiving this\b(?! (?:email |message )?because you applied)"
        r"|\bnewsletter\b|\bsigned up\b|\bmanage alerts\b|\bnew jobs?\b",
        # a read receipt; a recruiter's pitch for a client ("I'm working with a consumer fintech on a ... hire")
        r"\bwas read on\b|\bread receipt\b",
        # the candidate's own withdrawal, confirmed: "This confirms that you withdrew your application", "I've
        # withdrawn your application as you asked"
        r"\byou (?:have |had )?withdr[ae]wn? (?:your|from)\b|\bwithdrawn your (?:application|candidacy)"
        r"(?: [\w-]+){0,5}?,? (?:as you (?:asked|requested)|at your request)\b|\b(?:your|the) request to withdraw\b",
        r"\b(?:I['’]m|I am|we['’]re|we are) (?:currently )?(?:working with|partnering with|recruiting for|hiring for)"
        r" (?:a|an|one of|several)\b|\bsaw (?:that )?you(?:['’]re| are) (?:looking|open)\b",
        r"\bsurvey\b|\bevent has been cancell?ed\b|\bhas (?:tentatively )?accepted this meeting\b|\brecall the message\b",
        r"\bmeant (?:to send|for) (?:this )?(?:to )?(?:another|someone|\w+)\b|\bplease (?:ignore|disregard)\b|\bwrong (?:person|candidate)\b",
        r"\b(?:would you be|are you) (?:interested|open) (?:in|to)\b[^.]{0,40}\b(?:role|opening|chat|call)\b|\bcame across your profile\b",
        # the candidate as someone else's referee: a reference check about another applicant
        r"\b(?:listed|named|gave|given|put) you (?:down )?as (?:a |an |his |her |their |one of (?:his|her|their) )?(?:professional |former |work )?(?:references?|referees?)\b",
        r"\bumbrella\b|\bparking\b|\bwi-?fi\b|\bremittance\b|\bpayment of\b|\bgift card\b|\bestatement\b|\breferral bonus\b|\bmeetup\b|\bwebinar\b|\bconference\b|\bspare ticket\b|\bcandidate (?:account|portal)\b|\bmaintenance\b|\bseason'?s greetings\b|\bwe'?re moving\b",
    )
)
NEGATION = re.compile(r"(?:\bnot\b|n't\b|\bno need to\b|\bnever\b|\bno\b|\bwithout\b)[^.;:,!?]{0,25}$", re.I)
# A cue inside an indirect question is asked, not said ("you asked whether the position has been filled"),
# negatable or not.
QUESTION = re.compile(r"\b(?:whether|(?:asked|asking|ask|wonder(?:ed|ing)?) if)\b[^.;!?]{0,40}$", re.I)
# ... unless the indirect question asks something of the candidate: "Renata asked whether you could send
# the dashboard" is her request, passed on (E-05).
RELAYED_REQUEST = re.compile(
    r"\b(?:whether|if) you(?:['’]d| could| would| can| might| will| are able to)\b[^.;!?]{0,40}$", re.I
)


# E-03: the candidacy goes on, for a role the message names, or stays open: "the opening is paused, but
# Naomi would like to consider you for the Growth Analyst role", "I've moved your file across", "keep your
# application in play for that contract", "your application remains live". Whatever else such a reply says
# (a closed requisition, a freeze), it is no rejection. Future or other roles in general ("we'll consider
# you for future openings") are a rejection's own courtesy, so they do not count.
# The candidate withdrew: whatever closes, it is no rejection (the application ended on their side).
WITHDRAWN_BY_CANDIDATE = re.compile(
    r"\byou (?:have |had )?withdr[ae]wn? (?:your|from)\b|\bwithdrawn your (?:application|candidacy)"
    r"(?: [\w-]+){0,5}?,? (?:as you (?:asked|requested)|at your request)\b|\b(?:your|the) request to withdraw\b",
    re.I,
)
STILL_CONSIDERED = re.compile(
    r"\b(?:consider|considering|put|putting) you (?:forward )?for (?:the|a|an|our|that|this)"
    r" (?!(?:future|other|upcoming|similar|suitable|new|next|any)\b)(?:[\w-]+ ){0,5}"
    r"(?:role|vacancy|position|post|opening|requisition|job|contract)\b"
    r"|\b(?:moved|transferred|moving|transferring) your (?:file|application|cv|résumé|resume|profile|details"
    r"|candidacy) (?:across|over|on|to)\b"
    r"|\bkeep your (?:application|candidacy) (?:in play|active|open|live) for\b"
    r"|\byour (?:candidacy|application) (?:for (?:that|the|this) (?:\w+ )?(?:role|position|post|vacancy) )?"
    r"(?:is|remains) (?:still )?(?:active|live|open)\b"
    # a note about something else that says the candidacy is untouched: "this is separate from that process
    # and doesn't change anything in it"
    r"|\b(?:separate from|(?:does(?:n['’]t| not)|won['’]t|will not|shouldn['’]t) (?:change|affect)"
    r"(?: anything (?:in|about))?|has no (?:bearing|effect) on) (?:that|your|the|this) (?:[\w-]+ ){0,3}"
    r"(?:process|application|candidacy)\b"
    # "this has nothing to do with the Programs Coordinator role", "that process carries on as normal"
    r"|\b(?:has|had) nothing to do with (?:the|your|our|this|that) (?:[\w-]+ ){0,3}(?:role|position|post"
    r"|application|candidacy|process|vacancy)\b"
    r"|\b(?:that|the|this|your) (?:[\w-]+ )?process (?:carries on|continues|goes on|is continuing"
    r"|is unaffected|is untouched)\b",
    re.I,
)
