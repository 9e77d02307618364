"""The grammar pass's lexicon (C-11): each word with the parts of speech it may be, built from short lists
of our own (closed classes, common verbs with their irregular forms, common nouns, adjectives) and from a
word's shape where the lists are silent ("-tion" a noun, "-ly" an adverb, "-s" a plural or a verb's third
person). ``tagger`` picks one part of speech per word from these in context.

Tags (a small set, Penn-like where it can be):

- ``DET`` a determiner of either number ("the", "some"), ``DETS`` singular ("a", "each", "this"), ``DETP``
  plural ("these", "several", "both"), ``POSS`` a possessive ("my", "their", "its"), ``NUM`` a number;
- ``PRO1`` "I", ``PRO3`` "he/she/it" and the indefinites ("everyone"), ``PROP`` "we/they/you", ``OBJ`` an
  object pronoun ("me", "them"), ``REFL`` a reflexive ("myself"), ``EX`` existential "there";
- ``BES``/``BEP``/``AM`` a singular/plural/first-person form of "be", ``HAVS``/``HAVP`` of "have", ``DOS``/
  ``DOP`` of "do" (negatives too), ``MD`` a modal, ``TO``, ``NOT``;
- ``VBZ`` a verb's "-s" form, ``VB`` its bare form, ``VBD`` its past, ``VBN`` a participle, ``VBG`` "-ing";
- ``NN`` a singular noun, ``NNS`` a plural one, ``NNC`` a noun of either number (team, staff, data), ``NNP``
  a name; ``ADJ``, ``ADV``, ``PREP``, ``CC`` ("and", "or"), ``SUB`` (a word that opens a clause), ``REL``
  ("who", "which", "that"), ``WH`` ("what", "how").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# --- closed classes ----------------------------------------------------------------------------------------
_CLOSED: dict[str, tuple[str, ...]] = {}


def _add(tags: str, words: str) -> None:
    for word in words.split():
        _CLOSED[word] = (*_CLOSED.get(word, ()), *tags.split())


_add("DET", "the no any some all most more such enough neither either")
_add("DETS", "a an every each another")
_add("DETS PRON", "this that")
_add("DETP PRON", "these those")
_add("DETP", "many several few both various numerous")
_add("POSS", "my your his their our its")
_add("POSS OBJ", "her")
_add("NUM", "one")
_add("NUM", "two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred")
_add("PRO1", "i")
_add("PRO3", "he she it")
_add(
    "PRO3",
    "everyone everybody someone somebody anyone anybody nobody everything something anything nothing",
)
_add("PROP", "we they you")
_add("OBJ", "me him us them")
_add("REFL", "myself yourself himself herself itself ourselves themselves yourselves")
_add("EX ADV", "there")
_add("BES", "is was isn't wasn't 's")
_add("BEP", "are were aren't weren't 're")
_add("AM", "am 'm")
_add("BE", "be been being")
_add("HAVS", "has hasn't")
_add("HAVP", "have haven't 've")
_add("HAVD", "had hadn't 'd")
_add("DOS", "does doesn't")
_add("DOP", "do don't")
_add("DOD", "did didn't")
_add("MD", "will would can could should shall may might must won't wouldn't can't cannot couldn't")
_add("MD", "shouldn't mightn't mustn't 'll")
_add("TO PREP", "to")
# Contractions of a pronoun and a verb: a clause's subject and verb at once, never judged for agreement.
_add(
    "CONTR",
    """it's that's there's here's what's who's he's she's let's i'm i've i'd i'll we're we've we'd we'll
    you're you've you'd you'll they're they've they'd they'll he'd she'd he'll she'll it'll""",
)
_add("NOT", "not never")
_add("INTJ", "please thanks hi hello dear yes okay ok cheers")
_add(
    "PREP",
    """about above across after against along among amongst around at before behind below beneath beside
    besides between beyond by despite during except for from in inside into like near of off on onto out
    outside over past per since through throughout toward towards under underneath until unlike up upon
    via with within without""",
)
_add("CC", "and or nor but")
_add("SUB", "as than")
_add("SUB", "because although though while whereas if unless whether once whenever so")
_add("REL", "who whom whose which")
_add("WH", "what why how where when")
_add(
    "ADV",
    """also still just really very so too quite rather always never often already even only almost perhaps
    maybe now then here again soon yet ever sometimes usually not well much more most less least else
    together instead anyway indeed away back up down later today tomorrow yesterday tonight abroad ahead
    alone overseas""",
)
# "that", "since", "as", "before", "after", "until" open clauses too; the tagger reads them in context.
_CLAUSE_OPENERS = frozenset(
    str.split("because although though while whereas if unless whether once whenever since as that when")
)

# --- verbs -------------------------------------------------------------------------------------------------
# Regular verbs people write about work and interviews, in their bare form.
_REGULAR = """
accept add admire advise agree aim align allow analyse analyze answer appeal appear apply appreciate
approach arrange ask assess assist attach attend attract avoid back balance base believe belong benefit
book brief browse calculate call care carry cause change chat check clarify close coach collaborate
collect combine comment commit compare compile complement complete concern confirm connect consider
contact contain continue contribute convince cook copy count cover create cross deal debate decide
deliver demonstrate depend describe deserve design develop differ discover discuss display echo edit
email employ enable encourage end engage enjoy ensure enter equip establish evaluate examine excite
exist expand expect explain explore express extend face fail feature file fill finish fix focus follow
form frame gather guide handle happen hate head help highlight hire hope host identify illustrate
imagine impress improve include increase indicate influence inform inspire intend interest introduce
invite involve join judge jump kick land last launch learn like link list listen live load look love
manage map mark match matter measure mention mirror miss motivate move name need note notice obtain
offer open order organise organize outline own pass perform pick plan play point post practise practice
prepare present press prevent print process produce promise prompt protect prove provide publish pull
push qualify question raise rank reach react realise realize receive recognise recognize recommend
record reduce refer reflect regard relate release rely remain remember remind remove repeat replace
reply report represent request require research resonate respect respond rest return reveal review
revise rework round save schedule score search seem serve settle share shape shift sign signal solve
sort sound specialise specialize staff start state stay step stick stop stress structure study submit
succeed suggest suit summarise summarize supply support suppose surprise tackle talk target test thank
touch track train transfer transform translate travel treat trust try turn type underline update use
value verify visit wait walk want warn wash watch welcome wish wonder work worry
"""
# Irregular verbs: bare, past, participle.
_IRREGULAR = """
arise arose arisen|become became become|begin began begun|bring brought brought|build built built
|buy bought bought|catch caught caught|choose chose chosen|come came come|cut cut cut|draw drew drawn
|drive drove driven|eat ate eaten|fall fell fallen|feel felt felt|find found found|fit fit fit|fly flew flown
|forget forgot forgotten|get got got|give gave given|go went gone|grow grew grown|hear heard heard
|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left
|lend lent lent|let let let|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid
|put put put|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said
|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|show showed shown
|shut shut shut|sit sat sat|sleep slept slept|speak spoke spoken|spend spent spent|stand stood stood
|steal stole stolen|strike struck struck|swim swam swum|take took taken|teach taught taught
|tell told told|think thought thought|throw threw thrown|understand understood understood
|wake woke woken|wear wore worn|cut cut cut|hit hit hit|quit quit quit|spread spread spread
|cost cost cost|split split split|upset upset upset|broadcast broadcast broadcast|bet bet bet
|win won won|write wrote written|learn learnt learnt|spell spelt spelt
|burn burnt burnt|dream dreamt dreamt|spill spilt spilt
"""
_PARTICIPLE_OF: dict[str, str] = {}
_PAST_OF: dict[str, str] = {}
_BASE_OF: dict[str, str] = {}  # any form -> bare
VERBS: set[str] = set(_REGULAR.split())
for _row in _IRREGULAR.split("|"):
    _base, _past, _part = _row.split()
    VERBS.add(_base)
    _PAST_OF[_past] = _base
    _PARTICIPLE_OF[_part] = _base


def third_person(verb: str) -> str:
    """ "makes", "goes", "carries", "has": the -s form of a bare verb."""
    special = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if verb in special:
        return special[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _ing(verb: str) -> str:
    if len(verb) <= 4 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return verb + verb[-1] + "ing"  # "running", "getting", "planning"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


_THIRD: dict[str, str] = {third_person(v): v for v in VERBS}
_ED: dict[str, str] = {_regular_past(v): v for v in VERBS if v not in _PAST_OF.values()}
_GERUND: dict[str, str] = {_ing(v): v for v in VERBS}

# --- nouns -------------------------------------------------------------------------------------------------
# Singular common nouns without a telling suffix (their plurals follow by rule).
_NOUNS = """
account agenda answer app area article aspect background binder blog board book brief budget business
call campaign candidate care case certificate chance change chart charity chat choice city class client
clinic code colleague comment company conversation council course coursework credential customer
dashboard date day deadline deal demo department design desk detail director document draft email
engineer event example experience fact feature feedback field figure file firm flow form founder friend
future goal guide habit hand head help hour idea industry interview interviewer issue item job journey
lab lead lesson letter level life line link list look manager map market meeting member mentor message
method minute mission model month move name need network news note number office offer opening
opportunity option order owner page panel paper part partner path peer person phone pilot place plan
platform point policy post practice problem product profile program programme project question reader
reason record referee reference report request result review risk role room round sample scheme school
screen season sector series session shift side site skill slide society software space speaker stage
standard start step story strategy studio study style subject summary system table talk task team term
test thing thought time tool topic tour track trial trip type update user value version view visit
volunteer voice week work workflow workshop world year
cover schedule check process release answer approach request record order list map visit support
review update change call offer design report plan shift focus launch return reply result search
walk talk test trust turn use value wish worry end face fix form guide head help hope interest judge
kick land last lead link look love mark match measure mention name need note point press print promise
rank reach rest round score sign signal sort sound start state step stop stress structure study
supply track transfer travel type wait watch welcome book brief chat contact copy count deal debate
display echo email file fill frame host impress increase joke line load move outline pass pick
play post practice question raise record rework share shape smile spell research strike cost speed
"""
NOUNS: set[str] = set(_NOUNS.split())
_IRREGULAR_PLURALS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "bases": "basis",
    "crises": "crisis",
    "theses": "thesis",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
}
# Nouns whose number English leaves open, or that take either verb in British, Canadian and Australian
# English ("the team were", "the panel have"): never judged.
EITHER_NUMBER = frozenset(
    str.split(
        """
        team staff panel board committee group crew family government council department firm company
        management audience class jury public majority minority police data media none half rest
        percent per cent lot number couple variety range total series news means species sheep fish
        personnel faculty leadership organisation organization business practice partnership agency
        studio trust charity union club society network patrol squad choir orchestra cast troop cohort
        crowd brigade platoon congregation
        """
    )
)
_NOT_PLURAL = frozenset(
    str.split(
        """
        always perhaps sometimes towards across less unless thus plus various nevertheless besides news
        series means business analysis basis thanks afterwards upwards downwards nowadays whereas its
        this has was is does yes us bus gas lens his hers ours yours theirs whose as
        analytics economics politics logistics ethics mathematics physics statistics
        """
    )
)
# Adjectives (a word ending -ful, -ous, -able, -ible, -ive, -ic, -al, -ish, -less counts as one too).
ADJECTIVES = frozenset(
    str.split(
        """
        possible good great clear true likely important hard easy nice exciting fine okay ok worth rare
        obvious helpful wonderful interesting fascinating impressive amazing urgent essential vital crucial
        critical unlikely lovely useful fun early late keen happy glad pleased ready busy excited interested
        right wrong sure lucky proud eager clever smart kind generous welcoming new big small different
        similar common refreshing reassuring encouraging inspiring striking fair close open free
        convenient alright relevant apparent evident excellent brilliant pleasant difficult simple tough
        tricky strange odd sad perfect ideal normal natural awesome fantastic terrific unusual usual
        full empty high low long short old young warm cold calm bright quiet strong weak able unable
        main key whole real clear grateful thankful aware available familiar confident certain quick
        slow busy healthy light heavy fresh modern local global national public private own
        thorough detailed complex specific general early final first last next recent current previous
        willing keen worried nervous honest curious gracious humble complete exact accurate other
        remaining upcoming outstanding existing
        easier harder better worse simpler quicker faster sooner later earlier bigger smaller longer shorter
        clearer kinder nicer safer cheaper greater higher lower wider fewer busy tidy heavy happy
        """
    )
)
_ADJ_SUFFIX = re.compile(r"[a-z]{3,}(?:ful|ous|able|ible|ive|ic|ical|ish|less|ary|ant|ent)$")
_NOUN_SUFFIX = re.compile(r"[a-z]{2,}(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ogy|hood|ist|er|or|ure)$")
_ADV_LY_NOT = frozenset(
    str.split("family supply reply apply rely early only daily weekly monthly yearly july")
)
ING_NOUNS = frozenset(
    str.split(
        """
        training hiring marketing meeting building funding pricing planning reporting offering opening
        ending beginning thinking understanding feeling warning setting listing morning evening spring
        king thing nothing something anything everything ceiling during being engineering wedding
        onboarding housing clothing learning recording ranking finding findings booking briefing
        painting drawing saving savings earnings surroundings proceedings heading
        """
    )
)


def _plural_stem(word: str) -> str | None:
    """The singular of a regular plural ("dashboards" → "dashboard", "policies" → "policy"), if known."""
    if word.endswith("ies") and word[:-3] + "y" in NOUNS:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in NOUNS:
        return word[:-2]
    if word.endswith("s") and word[:-1] in NOUNS:
        return word[:-1]
    return None


@cache
def tags_of(word: str) -> frozenset[str]:
    """Every part of speech ``word`` (lower case, straight apostrophe) may take, from the lists and its
    shape; a word the lists do not know gets what its ending allows."""
    if word in _CLOSED:
        return frozenset(_CLOSED[word])
    if word.endswith(("'s", "s'")):
        return frozenset({"POSS"})  # "the team's", "the partners'": an owner, not the head
    if word.isdigit():
        return frozenset({"NUM"})
    tags: set[str] = set()
    if word in VERBS:
        tags |= {"VB"}
    if word in _THIRD:
        tags.add("VBZ")
    if word in _PAST_OF:
        tags.add("VBD")
    if word in _PARTICIPLE_OF:
        tags.add("VBN")
    if word in _ED:
        tags |= {"VBD", "VBN"}
    if word in _GERUND:
        tags.add("VBG")
    if word in NOUNS or word in ING_NOUNS:
        tags.add("NNC" if word in EITHER_NUMBER else "NN")
    if word in EITHER_NUMBER:
        tags.add("NNC")
    if word in _IRREGULAR_PLURALS or _plural_stem(word):
        tags.add("NNS")
    if word in ADJECTIVES:
        tags.add("ADJ")
    if tags:
        return frozenset(tags)
    broad = _broad().get(word)
    if broad is not None:
        if word.endswith("ing") and len(word) > 4:
            return broad | {"NN"}  # a gerund stands where a noun does ("rebuilding the ledger was")
        return broad
    # unknown to every list: by shape
    if word in ("daily", "weekly", "monthly", "yearly", "quarterly", "early", "friendly", "lovely", "likely"):
        return frozenset({"ADJ"})
    if word.endswith("ly") and word not in _ADV_LY_NOT and len(word) > 4:
        return frozenset({"ADV"})
    if word.endswith("ing") and len(word) > 4:
        return frozenset({"VBG", "NN"})
    if word.endswith("ed") and len(word) > 4 and not word.endswith("eed"):
        return frozenset({"VBD", "VBN", "ADJ"})
    if word.endswith("ier") and word[:-3] + "y" in ADJECTIVES:
        return frozenset({"ADJ"})  # a comparative: "busier", "tidier"
    if _NOUN_SUFFIX.match(word):
        return frozenset({"NN"})
    if _ADJ_SUFFIX.match(word):
        return frozenset({"ADJ"})
    if word.endswith("s") and len(word) > 3 and word not in _NOT_PLURAL:
        if word.endswith(("ss", "us", "is", "ous", "ics")):
            return frozenset({"NN"})
        stem = word[:-1]
        if _NOUN_SUFFIX.match(stem) or _NOUN_SUFFIX.match(word[:-2]):
            return frozenset({"NNS"})
        return frozenset({"NNS", "VBZ"})
    return frozenset({"NN", "ADJ"})  # a word the lists do not know is never taken for a verb


@cache
def _broad() -> dict[str, frozenset[str]]:
    """The broad lexicon (``data/parts_of_speech.txt``, from LemmInflect: see ``scripts/gen_lexicon.py``),
    read once, on the first word our own lists do not know: tens of thousands of words with the parts of
    speech a dictionary gives them, so that "rewrote" is a past, "kiln" a noun and "ignore" a verb rather
    than guesses from their endings."""
    text = resources.files("followup").joinpath("data/parts_of_speech.txt").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            tags, _, words = line.partition("\t")
            options = frozenset(tags.split())
            table.update(dict.fromkeys(words.split(), options))
    return table


def broad_tags(word: str) -> frozenset[str] | None:
    """The parts of speech the broad lexicon alone gives ``word`` (lower case), or None if it lists none."""
    return _broad().get(word)


def opens_clause(word: str) -> bool:
    return word in _CLAUSE_OPENERS


def bare_of(word: str) -> str:
    """The bare form of a verb form we know ("carries" → "carry"), else the word itself."""
    return _THIRD.get(word) or _PAST_OF.get(word) or _ED.get(word) or _GERUND.get(word) or word
