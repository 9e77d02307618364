"""C-13: what makes a LinkedIn note presume the outcome or talk about the job (W-OVERCONFIDENT).

Besides the playbook's list [D], two families in any words, each a class of meaning rather than a phrase:

- a shared future taken for granted: being part of their team, colleagues, collaborating, a first day,
  morning or quarter, "once I'm settled in", "your newest paralegal", "hit the ground running", "we'll make a
  great team";
- the hiring itself: the role, vacancy or post, the process and its next steps, an offer, good news, where the
  candidate stands or how the interview went, being considered or kept in mind, a word put in, references,
  being the right person or an addition to the team.

A note about the conversation passes: "your role in the migration" is theirs, "interviewed" says who is
writing, "join the webinar" is no job, and "their onboarding" is their product.

Issue 8's eighth batch added ideas rather than phrases: life arranged around starting (a break between
jobs, off the market, the recruiter told, moving for the employer, a flat a walk from it), the decision
claimed as made ("been chosen", "minds made up", "call off the other interviews", "has found yours"),
thanks for what only a hire is given ("trusting me with", "the welcome to your team", "bringing me on
board"), the reader asked to vouch or put a word in, and the hire's terms taken as settled (salary,
contract sent, notice period, a place on their rota). A hope stays clean: "if I'm lucky enough to join
Tidewater", "I'm very interested in the role", "my team at the depot tried it last winter".
"""

from __future__ import annotations

import re

_CAPITAL = r"(?-i:[A-Z])\w+"  # a name ("join Summit"), even under IGNORECASE
_THEIR_GROUP = (
    rf"(?:(?:the|your|this|our) (?:\w+ )?(?:team|studio|firm|company|crew|group|practice|office)|{_CAPITAL})"
)
_PERIOD = (
    r"(?:day|morning|week|month|quarter|year|project|task|assignment|sprint|case|cycle|piece"
    r"|(?:\d+|thirty|sixty|ninety) days)"
)

_FUTURE_TOGETHER = (
    r"working together|look(?:ing)? forward to (?:working|collaborating|joining|starting|being (?:part|on|in"
    r"|a member))|being (?:on|in|part of|a member of) your (?:\w+ )?(?:team|crew|group|firm|company|studio)"
    r"|(?:we['’]ll|we will|we['’]d|we would|we can|we could) (?:be )?(?:\w+ ){0,2}(?:side by side|alongside)"
    r"|(?:see|join|meet) you (?:all )?(?:on|in) the (?:team|office|studio|firm)"
    r"|(?:we['’]ll|we will|we['’]d|we would|we can|we could|can['’]t wait to) (?:\w+ )?work"
    r" (?:\w+ )?together|when I join|when I start|I can start|my new team|once I['’]?m hired"
    r"|(?:future |new )?(?:colleagues?|teammates?|co-?workers?)"
    rf"|(?:my|the|our) (?:first|opening) {_PERIOD}s?|(?:great|good|perfect|ideal|natural|fitting) first"
    rf" {_PERIOD}"
    r"|start(?:ing)? date|day (?:one|1)|(?:from|in|by) (?:week|month) (?:one|1)"
    r"|(?:the|that) (?:day|week|month|morning) I (?:arrive|start|join|begin)"
    # moving house for the employer, and the job market left behind
    rf"|(?:move|moving|moved|relocat\w+) (?:\w+ )?(?:for|to join) (?:{_CAPITAL}|your|the (?:job|role|post))"
    r"|(?:told|tell|telling|let) (?:my|the) (?:recruiters?|agency|agencies|agent|headhunters?)\b"
    r"|stop (?:sending|offering) me (?:roles|jobs|vacancies|positions|openings)"
    r"|my first (?:\w+ )?(?:team )?(?:meeting|stand-?up|review|week|month|project|task|assignment|sprint)"
    # (a hope is no presumption: "if I'm lucky enough to join Tidewater", "the chance to join you")
    rf"|(?<!enough to )(?<!chance to )(?<!if I )(?:join|joining|be joining)\s+(?:you\b|{_THEIR_GROUP})"
    rf"|(?:be|being|become|becoming) (?:a )?part of {_THEIR_GROUP}"
    r"|(?:when|once|after|as soon as) I(?:['’]ve| have|['’]ll| will)? (?:started|joined|begun"
    r"|arrived|settled)"
    r"|(?:when|once|after|as soon as) I(?:['’]m| am)? (?:start|arrive|join|begin|come aboard|get there"
    r"|on board|in the door|in post|hired|aboard|settled|up and running|on the team|part of)"
    r"|report(?:ing)? (?:to|in to) you|work(?:ing)? (?:with|alongside|for|under) you"
    r"|(?:get(?:ting)? started|get(?:ting)? going|start(?:ing)?|begin(?:ning)?|team(?:ing)? up)(?: on)?"
    r" with you"
    # a first shared occasion still to come: "our first councillor briefing together"
    r"|our (?:first|next) (?:\w+ ){0,3}together"
    # (the candidate's own team told in the past is theirs: "My team at the depot tried it last winter")
    # (a bare "my team" or "my desk" is usually the candidate's own today: "a workshop for my team")
    r"|my (?:new |future )(?:team|desk|office|role|job)|my (?:new |future )?(?:manager|boss)"
    r"(?![^.;!?]*\b(?:was|were|had|did|tried|used to"
    r"|last (?:year|winter|summer|spring|autumn|fall|month|week))\b)"
    r"|can['’]?t wait to (?:be|join|start|work|get started|get stuck in|dig in|begin)"
    r"|get stuck in|hit the ground running|roll up my sleeves"
    r"|collaborat(?:e|ing|ion)|(?:sitting|sit|working) (?:next to|beside|alongside) you"
    r"|we['’]ll (?:make|be) (?:a )?(?:great |good |strong )?team|our future together"
    r"|your (?:newest|latest|next|new) (?:\w+ )?(?:hire|recruit|member|addition|paralegal|analyst|designer"
    r"|engineer|colleague)"
    r"|(?:an? )?(?:great |good |real |valuable )?(?:addition|asset) to (?:your|the) team"
    # the candidate as one of theirs: "being one of your nurses", "your new apprentice", "the newest member"
    r"|(?:be|being|become|becoming|as) (?:one of your|your (?:newest|new|next|latest|incoming|soon-to-be"
    r"|future)) \w+"
    r"|(?:your|the) (?:incoming|soon-to-be) (?!(?:emails?|calls?|messages?|mail|post|orders?|tide)\b)\w+"
    r"|(?:newest|latest|new) (?:member|recruit|hire|addition|starter) (?:of|to|on|in) (?:the|your)"
    r"|(?:moving|move|coming|transferring) (?:over )?to your (?:\w+ )?(?:team|firm|studio|depot|ward|practice"
    r"|office|site|crew|group|department)"
    # the candidate's start and presence at their place, taken for granted
    r"|my (?:start|starting)(?: date)? (?:in|on|next|this)\b|ahead of my start"
    r"|before I start(?! (?:my|a|an|the|this|on|with my)\b)"
    r"|(?:once|when|after|as soon as) I(?:['’]m| am| get| walk| come)? (?:through|in) the door"
    rf"|(?:my|the) (?:daily )?commute (?:to|into) (?:your|the|{_CAPITAL})|my (?:daily )?commute to"
    r"|my (?:first|new) (?:shift|rotation|placement|rota|desk|locker|badge|payslip"
    r"|pay ?check|induction|onboarding)(?! (?:was|were|is|taught|at a|in 20)\b)"
    r"|payroll|my bank details"
    r"|(?:sit|sitting) in on (?:your|the|our) (?:\w+ )?(?:stand-?ups?|meetings?|reviews?|huddles?|briefings?"
    r"|rounds|handovers?)"
    r"|see you (?:in|at|on) (?:the|your) (?:\w+ )?(?:office|studio|workshop|depot|ward|site|lab|floor|shop"
    r"|warehouse|clinic|school|kitchen|practice|yard|greenhouse)\b(?! (?:open day|event|talk|webinar|fair))"
    r"|(?:see|seeing) (?:a lot|plenty|loads|more) of each other"
    # a start taken as agreed: "once my contract is signed", "put me down for the team", "I'll be the one
    # feeding your pipeline", "get going with you next month"
    r"|my contract (?:is|has been|gets|was) signed|(?:sign|signing) my contract|once my contract"
    r"|put me down for|pencil me in for (?:the|your) (?:\w+ )?(?:team|rota|shift|squad|league)"
    r"|I['’]ll be the one \w+ing (?:your|the)"
    r"|(?:get(?:ting)? going|get(?:ting)? started|start(?:ing)?|begin(?:ning)?)\b[^.!?]{0,40}\bwith you"
    r" (?:next|from next|starting)\b"
    r"|(?:my|his|her) chances|(?:your|his|her|their) (?:backing|support) for (?:me|my|the (?:\w+ )?"
    r"(?:role|opening"
    r"|post|position|vacancy))"
    r"|(?:I['’]ll|I will|I['’]d|I would|I can) (?:\w+ )?be (?:a|an|your) (?:\w+ )?(?:addition|asset|hire|fit"
    r"|colleague|teammate|analyst|member)"
)
_THE_HIRING = (
    # (interest in the role is no presumption: "I'm very interested in the role")
    r"the job|the position|(?<!interested in )(?<!interest in )the role|the vacancy|the post|the opening"
    r"|\w+ vacancy"
    r"|decid(?:e|es|ed|ing)|hire me|my application"
    # (a decision as the name of a thing is no hiring decision: "your one-page decision notes")
    r"|decisions?(?!-| (?:notes?|memos?|logs?|trees?|models?|frameworks?|records?|papers?|documents?|briefs?"
    r"|support|science|matri(?:x|ces)|analysis|theory|rules?|tools?|aids?|making)\b)"
    r"|(?:an?|the|your|my) (?:job )?offer|(?:hir|select|choos|chose|pick)\w* me\b"
    r"|good word|put in a word|recommend me|my candidacy|shortlist\w*"
    # the reader asked to speak for the candidate to whoever decides
    r"|(?:vouch|vouching|speak up|speaking up|stick up|sticking up) for me|champion(?:ing)? me"
    r"|(?:a|your) (?:\w+ )?word (?:from you )?(?:to|with) (?:\w+ ){0,2}about me"
    r"|(?:put|putting) (?:a|in a) (?:\w+ )?word in (?:with|to|for)|put my name forward"
    r"|(?:would|could) seal it"
    r"|(?:next|second|final) (?:round|interview)"
    r"|next steps?|(?:hiring|recruitment|selection|interview) process"
    r"|update on (?:the|my) (?:process|application)"
    r"|(?:how|whether) (?:my interview|I) (?:went|did|got on|came across)|where I stand"
    r"|considering me|consider(?:ed)? me|keep me in mind|bear me in mind"
    r"|(?:my )?references? (?:checked|check) out|(?:the panel|you|they|everyone) liked me"
    r"|(?:clearly|really|obviously|definitely) (?:liked|loved|rated) me|I think I['’]m in(?=\s*[.!;,]|\s*$)"
    r"|(?:cancel\w*|withdr[ae]w\w*|pull\w* out of|turn\w* down) (?:all )?(?:my|the) (?:other|remaining)"
    r" (?:interviews|applications|offers)"
    r"|good news|the right (?:person|fit|candidate)|(?:a |the )?perfect fit|the best candidate"
    # the candidate as the one they want, the interview judged, the outcome hoped for
    r"|(?:I['’]m|I am) (?:\w+ )?(?:the|your) (?:\w+ )?(?:candidate|person|hire|fit|choice)\b"
    r"|(?:my|the) interview (?:went|was|felt) (?:\w+ )?(?:well|great|good|brilliantly|badly)"
    r"|fingers crossed(?! for your)"
    r"|made up (?:their|your|her|his|our) minds?|minds? (?:is|are) made up"
    r"|(?:nailed|aced|smashed|crushed) (?:the|my|that|our) (?:\w+ )?interview"
    # a shared future pictured: "picturing our Monday stand-ups together"
    r"|(?:picturing|imagining|envisag\w+|dreaming of|can['’]t wait for)\b[^.!?]*\b(?:our|together|the team"
    r"|my (?:first|new))"
)
# What only a hire has, or does, as classes of meaning rather than the corpus's phrases: the things a new
# starter is given (a locker, a badge, a parking bay, a payslip, a contract), a place kept for them, the
# count-down to a start, the hiring decision as a vote or a pick, the reader addressed as the boss.
_STARTER_THINGS = (
    r"(?:locker|desk|badge|lanyard|security pass|swipe card|key card|uniform|overalls|hi-vis|workstation"
    r"|parking (?:bay|space|spot|permit)|payslip|login|work (?:email|phone|laptop|van|car)|rota|roster"
    r"|induction|onboarding|contract|paperwork|staff (?:card|number|id)|employee (?:number|id)|probation"
    r"|notice period|first (?:pay|salary|wage)|seat on the team)"
)
_A_HIRE_HAS = (
    r"(?:will be|is going to be|['’]ll be|would be) mine"
    rf"|my (?:new|future|first) {_STARTER_THINGS}"
    rf"|my {_STARTER_THINGS} (?:will|['’]ll|is ready|arrives|comes through|gets|is signed|starts)\b"
    r"|I(?:['’]ll| will) (?:need|get|have|want|be given|be issued) (?:a|an|my|the) (?:\w+ )?"
    rf"{_STARTER_THINGS}"
    r"(?=\s*[,.;:!?]|\s+(?:near|at|on|in|by|from|when|once|before|and|I)\b)"
    rf"|(?:save|keep|hold|reserve|find) me an? (?:seat|spot|place|desk|locker|parking \w+|bench|station)"
    # (the candidate's own day is theirs: "before I start my evening shift")
    r"|(?:until|till|before|once|after) I (?:start|begin|join|arrive|clock in|get there|come aboard)"
    r"(?! (?:my|a|an|the|this|on|with|work|each|every|at|in)\b)"
    r"|counting (?:down )?the (?:days|hours|sleeps|weeks) (?:until|till|to|before) (?:I|my)\b"
    r"|the (?:paperwork|contracts?|offer letters?) (?:is |are |gets? |goes |go )?(?:through|out|sent|signed"
    r"|ready|drawn up)"
    r"|(?:your|a|the panel['’]s|their) vote(?! (?:on|for) (?:the|a) (?:\w+ )?(?:budget|plan|motion|proposal))"
    r"|(?:the panel|you|they|everyone|the team) (?:pick|picks|picked|choose|chooses|chose|select|selects"
    r"|vote for|votes for|back|backs) me"
    r"|(?:when|once|after) the panel (?:meets|decides|votes|has met|has decided)"
    r"|,\s*boss\b|\bboss\s*[!.]"
    r"|(?:bought|ordered|got|picked up|packed|sorted) my (?:[\w-]+ ){0,3}(?:for|ready for) (?:the|my)"
    r" (?:job|role|new|first|start)"
    # the current job left for theirs, the cut made, a place among them taken for granted, the starter's
    # first weeks
    r"|(?:hand(?:ed|ing)? in|gave|give|giving|put in|serving|working) my notice|(?:my|a) resignation"
    r"|resign(?:ed|ing)? (?:from|at) (?:my|the)"
    r"|(?:leave|leaving|quit|quitting) my (?:current |present |old )?(?:job|role|post|position|employer)"
    r"|(?:made|make|making) the cut"
    r"|I(?:['’]ll| will|['’]d| would) fit (?:right |straight )?in\b"
    r"|(?:the|my|our) induction|(?:my|our) onboarding|my probation"
)
# The candidate pictured as already in the job, as classes of meaning rather than the corpus's phrases: the
# decision taken as made ("now that it's settled", "the panel agrees I'm the one", "settled on me"); the
# candidate as their new arrival ("a new face at feeding time", "the newest pair of hands", "one of the crew",
# "the rest of the pilots"); a claim on their place ("I'll take the bench by the kiln", "save me a stool",
# "the tower is mine for the season", "once the bindery is my home"); the move and the commute to it ("a flat
# ten minutes from the dairy", "moving closer to the brewery", "my way to the observatory each morning"); the
# work itself as theirs to expect ("expect me to reorganise the scores", "I'll be tuning pianos for you",
# "the clinic's go-to"); the start counted down or told to others ("can't come soon enough", "I've told my
# family I'll be ..."); the employer having found its hire ("the studio has found its blower"). Modest hope
# stays clean: "if I'm lucky enough", "I hope our paths cross", "I grew up ten minutes from a dairy".
_DAYS = r"(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|mornings|evenings|nights|shifts)"
_IN_THE_JOB = (
    r"(?:now that|since|as) (?:it['’]s|that['’]s|everything['’]s|all['’]s|the panel['’]s"
    r"|the \w+ (?:is|has|have))"
    r" (?:been )?(?:settled|official|agreed|decided|sorted|confirmed|done|signed)"
    r"|(?:it['’]s|that['’]s|all) (?:settled|official|sorted|agreed|decided) (?:then|now|at last)"
    r"|consider it (?:done|settled|official)|a done deal|signed,? sealed"
    r"|(?:settled|agreed|decided|landed|fixed|set) on me\b"
    r"|(?:agrees?|agreed|thinks?|knows?|feels?|reckons?|says?|said|decided) (?:that )?I['’]?m"
    r" (?:the|your) (?:\w+ )?one\b"
    r"|(?:a|the|your|\w+['’]s) (?:new|newest|latest|fresh) (?:face|pair of hands|set of hands|arrival"
    r"|blood|kid|starter|pair of eyes)"
    r"|(?:I['’]m|I am|I['’]ll be|I will be|I['’]d be|as|being|from) (?:(?:the|your) [\w-]+['’]s|the|your"
    r"|[\w-]+['’]s) (?:new|newest|latest) [\w-]+"
    # the choice itself, or the candidate already among them: "I hope I'm the one you choose", "help with
    # it as part of your team"
    r"|(?:I['’]m|I am|be|being) the one (?:you|they|the panel|the team) (?:choose|chose|pick|select|hire|want"
    r"|go with)\b|\b(?:choose|pick|select|hire|back) me\b"
    r"|\bas (?:a )?(?:part|member) of (?:your|the) (?:[\w-]+ ){0,2}(?:team|crew|studio|practice|firm|unit)\b"
    r"|(?:one of the|part of the) (?:crew|gang|family|regulars|team|furniture)(?! (?:who|that|I met|you)\b)"
    # the candidate as the team's newcomer, in any words: "tell the dispatchers their new coordinator says
    # hello", "a new desk neighbor soon", "one more pair of hands: mine", "your team gains one more"
    r"|(?:their|his|her|a) new (?:desk )?(?:neighbou?r|coordinator|analyst|designer|writer|specialist"
    r"|colleague|recruit|team-?mate)\b"
    r"|\bone more (?:pair of hands|[\w-]+ (?:fighter|hand|recruit))\b|\bgains? (?:one more|another)\b"
    r"|\bbefore I(?:['’]m| am) (?:on|in|part of) (?:your|the)\b"
    r"|\bbefore I (?:touch|start on) (?:a single|any)\b"
    # the first days in the job, as a date in the candidate's diary: "See you at orientation!", "before my
    # induction", "once I'm in"
    r"|\b(?:my|at|before|during|after|by) (?:the )?(?:new[- ]hire |\w+ )?(?:orientation|induction)\b"
    r"|\bonce I['’]m in\b(?! (?:touch|contact|the loop|town|the area|London|Toronto|Boston|Austin|Melbourne))"
    r"|\bon (?:your|(?:the )?[\w-]+['’]s) behalf\b|\bthe desk (?:by|next to|beside) yours\b"
    r"|\b(?:pass|season ticket|travel card)\b[^.!?]{0,40}\b(?:is|are) (?:already )?(?:bought|booked|sorted)\b"
    r"|(?:with|like|join) the rest of (?:the|your|you)\b"
    r"|(?:when|once|while|whenever) I['’]m (?:there|in (?:post|place|the building)|on (?:site|shift"
    r"|the (?:floor"
    r"|rota|team|crew|line)))"
    r"|(?:once|when|as soon as) I['’]m \w+ing (?:with|for|alongside|beside) (?:them|you|the|your)\b"
    r"|I['’]ll (?:take|claim|grab|bag|have) (?:the|that) (?:[\w-]+ ){0,2}(?:bench|desk|seat|spot|corner"
    r"|locker"
    r"|station|stool|chair|table|van|truck|tower|shift|round|route|bay|berth|bunk|peg)\b"
    r"|\b(?:dibs|bagsy)\b|nobody has claimed"
    r"|(?:save|keep|hold|reserve) me (?:some|a|an|the|my) (?!(?:copy|note|link|minute|moment|reply)\b)"
    r"|(?<!pleasure )(?<!mistake )(?:is|are) (?:all )?mine (?:for|from|come|next|this|once|when|now)\b"
    r"|(?:is|be|becomes?|becoming) my (?:new |second |future )?(?:home|patch|turf|spot|bench|corner"
    r"|place of work"
    r"|workplace|base)\b"
    r"|(?:found|rented|renting|booked|viewing|moving|move|moved|relocat\w+)(?: a (?:flat|place|room|house"
    r"|apartment|bedsit))? (?:closer to|nearer to|near|next to|by|round the corner from|walking distance"
    r" (?:of|from)|(?:a )?(?:short |quick |easy |\w+[- ]minute )?walk (?:from|to)|(?:\w+ )?minutes (?:from"
    rf"|away from)) (?:(?:the|your) [\w-]+|{_CAPITAL})"
    r"|(?:get|getting|travel|travelling|commut\w+|cycl\w+|walk(?:ing)?|driv\w+|rid(?:e|ing)|way)(?: in)?"
    r" to (?:the|your) (?:[\w-]+ ){1,2}(?:each|every) (?:morning|day|shift|evening|night|week)"
    rf"|(?:on|for|with) my {_DAYS}\b"
    r"|(?:can )?expect me (?:to|at|in|on|for|by)\b|count on me (?:to|for) (?!(?:send|share|pass)\b)"
    r"|I['’]ll be (?!(?:rooting|cheering|thinking|in touch|glad|happy|sure)\b)\w+ing (?:\w+ ){0,3}for you\b"
    r"|I['’]ll be (?!(?:rooting|cheering|thinking|in touch|glad|happy|sure)\b)\w+ing\b[^.!?]{0,40}"
    r"\b(?:by (?:spring|summer|autumn|the autumn|fall|winter|the new year|Christmas|next)|from now on"
    r"|with the rest)"
    r"|from now on"
    r"|(?:being|be|become|becoming) (?:the |your )?(?:\w+['’]s )?go-to\b"
    r"|I['’]ll \w+ first (?:in|at|on|for) (?:the|your)\b|which (?:\w+ ){1,3}I['’]ll \w+ first"
    r"|can['’]t come (?:soon|quickly|fast) enough"
    r"|(?:told|telling|tell|let|letting) (?:my|everyone|the|your|all)\b[^.!?]{0,40}\bI['’]ll"
    r" (?!(?:send|share|pass|be in touch|keep|follow|read|write|call|stay)\b)"
    r"|(?:has|have|['’]s|['’]ve) (?:just |finally |already )?found (?:yours|theirs|(?:its|their|your)"
    r" (?:new |next )?[\w-]+)"
    # the decision claimed as made in the candidate's favour, or the rest of the search called off
    r"|(?:I['’]ve|I have|I['’]m|I am|to have|having)(?: \w+)? been (?:chosen|picked|selected|hired|offered"
    r"|accepted|taken on)"
    r"|I['’]m through\b(?! with)|the (?:result|outcome|verdict)(?:['’]s| is) (?:in|clear|obvious|a formality)"
    r"|(?:both|all) know how (?:this|it) (?:ends|will end|goes)"
    r"|(?:call|calling) off (?:the|your|any) (?:other |remaining |rest of the )?(?:interviews|search"
    r"|candidates)"
    r"|(?:stop|cancel|end) (?:the|your) (?:search|other interviews)|the search is over"
    # thanks for what only a hire is given
    r"|thank(?:s| you) for (?:\w+ )?(?:trusting me with|welcoming me|having me (?:on board|aboard)"
    r"|taking me on|the (?:\w+ )?welcome (?:to|into) (?:the|your))"
    r"|congratulations to (?:us|me|both of us)\b"
    r"|(?:bringing|taking|having|welcoming) me (?:on board|aboard|onto|into|on to)\b"
    # the terms of the hire taken as settled: pay, contract, notice, a place on their rota
    r"|\bsalary\b|relocation package|notice period"
    r"|(?:mail|send|post|email|e-mail|sign|draw up|prepare|forward)\w* (?:me )?(?:the|my) (?:\w+ )?contract"
    r"|(?:add|put|sign) me (?:up )?(?:on|to|for|onto) (?:the|your) (?:[\w-]+ ){0,2}(?:rota|roster|schedule"
    r"|shift"
    r"|channel|on-call|calendar|mailing list)"
    r"|\bmy arrival\b|(?:step|foot) (?:onto|into|on to|in) your (?:\w+ )?(?:team|firm|studio|door)"
    r"|(?:save|keep|hold|reserve) (?:my|me) (?:[\w-]+ ){0,3}(?:a |an )?(?:spot|seat|place|desk|corner)\b"
    # the candidate's life arranged around starting: a break between jobs, out of the job market
    r"|(?:off|break|gap|breather|holiday|rest|breathing space) between (?:jobs|roles|positions|employers"
    r"|contracts)"
    r"|(?:I['’]m|I am|myself|me) (?:now |officially )?off the (?:job )?market"
    r"|(?:the )?paperwork (?:clears|has cleared|is cleared|goes in|comes back|is done|is sorted|is finished)"
    r"|see (?:everyone|you all|all of you|the (?:\w+ )?(?:team|crew|gang)) (?:at|in|on) (?:the|your)\b"
    r"(?! (?:\w+ )?(?:open day|event|talk|webinar|fair|conference|meetup))"
    r"|(?:breaking in|broke in|sharpening|sharpened|dusting off|dusted off) my (?:[\w-]+ ){0,2}\w+"
    r" for (?:the|your)"
)
OVERCONFIDENT = re.compile(
    rf"\b(?:{_FUTURE_TOGETHER}|{_THE_HIRING}|{_A_HIRE_HAS}|{_IN_THE_JOB})\b", re.IGNORECASE
)

# The candidate's work with them, dated: a structure rather than a phrase. Three parts in one sentence:
# the candidate's own prospect ("I'll", "can't wait to", "looking forward to") with a verb of doing that is
# not a courtesy of the note (sending, reading, catching up, meeting again); a time still to come ("on
# Monday", "next month", "soon"); and the work shared with the reader ("with you", "alongside", "your team",
# "the studio"). "I'll send your team the article on Monday" is a courtesy; "I'll bring my own sketchbook
# on Monday, your dog can meet me" and "can't wait to get going on the model with you next month" presume.
_PROSPECT = re.compile(
    r"\b(?:I['’]ll|I will|I['’]m going to|I am going to|I plan to|can['’]?t wait to|cannot wait to"
    r"|look(?:ing)? forward to|(?:I['’]m |I am )?(?:ready|eager|keen|itching|raring) to"
    r"|I['’]d love to|I would love to)"
    r" (?:(?:be |finally |really |properly |soon )+)?(?!(?:send|share|forward|e-?mail|pass|post|drop|mail"
    r"|read|reading|watch|watching|follow|following|check|checking|reply|write|writing|call|ring|hear"
    r"|hearing|see|seeing|meet|meeting|catch|catching|chat|chatting|talk|talking|speak|speaking|stay"
    r"|staying|keep|keeping|connect|connecting|try|trying|learn|learning|listen|listening|visit|visiting"
    r"|attend|attending|look|looking|think|thinking|reflect|let|in touch|compare|comparing|swap|swapping"
    r"|exchange|exchanging|bump|bumping|run|running into)\b)[a-z]+",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day one)|next (?:week|month"
    r"|quarter|term|season|year|spring|summer|autumn|fall|winter)|from next|in the new year|soon|before long"
    r"|in (?:a few|two|three) weeks|this coming \w+"
    # a month or season named as the start of something ("from September", "by June")
    r"|(?:from|by|come) (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Christmas|spring|summer|autumn|fall|winter|the spring|the summer|the autumn|the winter))\b",
    re.IGNORECASE,
)
_SHARED_WORK = re.compile(
    r"\b(?:with you|for you|alongside|beside you|side by side|together|you all"
    r"|your (?:\w+ )?(?:team|crew|studio"
    r"|office|desk|squad|unit|ward|lab|shop|depot|kitchen|site|dog|floor)|the (?:\w+ )?(?:team|crew|studio"
    r"|office|squad|unit|ward|lab|depot|site|floor))\b",
    re.IGNORECASE,
)


# Working beside the reader, after the prospect: no date is needed ("can't wait to be sketching alongside
# your team").
_BESIDE = re.compile(r"\b(?:alongside|beside you|side by side|together)\b", re.IGNORECASE)


# Belonging, as grammar rather than phrases: the candidate speaks of the employer's people, things and work
# as "ours" while picturing what they will do ("can't wait to meet our regulars", "I'd love to direct one of
# our matinees"), or says what "we" will have to do there ("we'll need to reorder the flour"). In a note after
# an interview "we" and "our" are otherwise the two people: their conversation, what they share ("our dogs",
# "our paths"), and what they might do as contacts ("we could grab a coffee") are not presumption.
_OURS_NOT = (
    r"conversation|conversations|talk|talks|chat|chats|call|calls|interview|interviews|meeting|meetings"
    r"|discussion|discussions|exchange|exchanges|walk|tour|visit|coffee|lunch|time|session|afternoon|morning"
    r"|evening|introduction|connection|paths|shared|mutual|common|own|respective|industry|field|profession"
    r"|sector|trade|line|city|town|neighbourhood|neighborhood|community|region|country|alma|university"
    r"|college|school|hometown|network|group|first|last|brief|short|long|recent|earlier|lovely|great|good"
    r"|quick|hour|two|conversation['’]s|chat['’]s"
)
_OURS = re.compile(rf"\bour\s+(?!(?:{_OURS_NOT})\b)[a-z][\w-]*", re.IGNORECASE)
# the candidate picturing their own part: "I'll", "I'd love to", "can't wait to", "already"
_PICTURING = re.compile(
    r"\b(?:I['’]ll|I will|I['’]d|I would|I['’]m going to|can['’]?t wait|cannot wait|look(?:ing)? forward"
    r"|already|(?:ready|keen|eager|itching) to)\b",
    re.IGNORECASE,
)
_WE_MAY = (
    r"talk|chat|speak|meet|catch|keep|stay|connect|swap|compare|share|exchange|grab|have|get|cross|bump|run"
    r"|see|follow|trade|continue|pick|both|all|each|go|do|try"
)
# what "we" will do or must do there (not what two contacts could do: "we could", "we can", "we would")
_ADVERBS = r"(?:(?:be|also|then|soon|really|finally|probably|perhaps|maybe|definitely|surely|just)\s+)*+"
_WE_WILL = re.compile(
    rf"\bwe(?:['’]ll| will| shall| are going to|['’]re going to)\s+{_ADVERBS}(?!(?:{_WE_MAY})\b)[a-z]+"
    rf"|\bwe(?:['’]ll| will)?(?: need to| have to| must)\s+{_ADVERBS}"
    r"(?!(?:talk|chat|speak|meet|catch|keep|stay|connect|swap|compare|grab|get together|do this again)\b)"
    r"[a-z]+",
    re.IGNORECASE,
)
# The candidate's own team is theirs to call "ours": "at my current bakery our ovens", "in my last job we".
_OWN_TEAM = re.compile(
    r"\b(?:my|our) (?:current|present|last|previous|old|former)\b|\bat my\b", re.IGNORECASE
)


def presumed_belonging(sentence: str) -> re.Match[str] | None:
    """The employer's people, things or work spoken of as the candidate's own (C-13), else None."""
    if _OWN_TEAM.search(sentence):
        return None
    ours = _OURS.search(sentence)
    if ours is not None and _PICTURING.search(sentence):
        return ours
    return _WE_WILL.search(sentence)


def presumed_start(sentence: str) -> re.Match[str] | None:
    """The candidate's prospect in ``sentence`` when it is dated and shared with them (C-13), else None."""
    prospect = _PROSPECT.search(sentence)
    if prospect is None:
        return None
    beside = _BESIDE.search(sentence, prospect.end())
    if beside is not None or (_TO_COME.search(sentence) and _SHARED_WORK.search(sentence)):
        return prospect
    if _TO_COME.search(sentence) and _THE_ONE.search(sentence, prospect.start()):
        return prospect  # "I'd love to be the one keeping the index tidy next year": their job, dated
    return None


# The job itself as the candidate's, once they picture it: "be the one keeping", "take over the rota".
_THE_ONE = re.compile(r"\b(?:be the one|take over|pick up where)\b", re.IGNORECASE)
