"""C-11's grammar, the half about words that sound alike: their/there/they're and its/it's (``their-there``
and ``its-its`` in ``FINDING_KINDS``).

Which one is meant follows from what comes next. A possessive ("its", "their") is followed by a noun
phrase; a contraction ("it's", "they're") by what follows a verb of being: a determiner, an adverb, an
adjective, a participle, a preposition. So "its" before "a", "about", "based on" or "clear that" is
"it's", and "it's" or "they're" before a noun ("it's reputation", "they're care with") is the possessive.
"there" where a possessive must stand (after a verb that wants an object, before a noun) is "their".
The word classes come from ``words`` (shape and short lists); where a word could be either a noun or an
adjective or a participle, the word after it decides, and when nothing decides, nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.agreement import previous_word
from followup.core.checks.base import flag
from followup.core.checks.lexicon import tags_of
from followup.core.checks.words import (
    ADVERBS,
    CLAUSE_VERBS,
    COMMON_NOUNS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    WH_WORDS,
    closed_class,
    looks_adjective,
    looks_noun,
    looks_participle,
    looks_plural_noun,
)
from followup.core.drafts import TextFinding

_APOS = "['’]"

# --- their / there / they're, its / it's -------------------------------------------------------------
_OWNED = (
    r"own|team|teams|company|products?|customers?|clients?|roadmap|offices?|mission|goals|approach|process"
    r"|platform|plans|strategy|culture|business|staff|employees|organi[sz]ation|department|tools|users"
    r"|work|data|dashboards?|product|services|members"
)
_BE_BEFORE = frozenset(
    str.split(
        "is are was were be been being isn't aren't wasn't weren't 's will would could might may should must"
        " if whether any"
    )
)
_THEIR_THERE = (
    (
        re.compile(
            rf"\b([Tt]heir)\s+(?:is|are|was|were|isn{_APOS}t|aren{_APOS}t|wasn{_APOS}t|weren{_APOS}t)\b"
        ),
        "there",
    ),
    (re.compile(r"\b([Tt]heir)['’]s\b"), "there"),
    (re.compile(r"\b([Tt]heir)\s+(?:will|would|could|might|may|should|must)\s+be\b"), "there"),
    (
        re.compile(rf"\b([Tt]heir)\s+(?:has|have|had|hasn{_APOS}t|haven{_APOS}t|hadn{_APOS}t)\s+been\b"),
        "there",
    ),
    (re.compile(r"\b([Tt]heir)\s+going\s+to\b"), "they're"),
    (re.compile(r"\b([Tt]heir)(?=\s*[.!?;]|\s*,\s*(?:and|but|so|too)\b)"), "there"),
    (re.compile(rf"\b([Tt]hey['’]re)\s+(?:{_OWNED})\b(?![\s-]+players?\b)"), "their"),
    (re.compile(r"\b([Tt]hey['’]re)\s+(?:is|are|was|were)\b"), "there"),
    # a question's existential: "Is they're a chance", "Are they're any seats left"
    (
        re.compile(
            r"\b(?i:is|are|was|were|isn['’]t|aren['’]t)\s+([Tt]hey['’]re)\s+(?:a|an|any|no|some|enough|plenty"
            r"|still)\b"
        ),
        "there",
    ),
    # a contraction never ends its clause: "see you out they're someday" is the place
    (
        re.compile(
            r"\b([Tt]hey['’]re)(?=\s*[.!?,;]|\s+(?:someday|sometime|soon|again|too|tomorrow|today|one day"
            r"|together|next \w+)\s*[.!?,;])"
        ),
        "there",
    ),
    # after a preposition only a noun phrase can follow: "thank them for they're questions"
    (
        re.compile(r"\b(?:about|for|with|of|into|on|by|from|to)\s+(they['’]re)\b"),
        "their",
    ),
)
# "there" as a possessive: after a verb or a preposition that wants an object, before a noun phrase
# ("replace there hand-built charts", "changed there habits"). Adverb "there" is followed by a
# preposition, a time word, a verb or the end of the clause ("worked there for two years").
_WANTS_OBJECT = frozenset(
    str.split(
        """
        about for with of into on by to around through toward towards behind
        replace give keep follow share improve change move support manage run build review update
        describe explain admire meet see hear love enjoy know use read replaced gave kept followed shared
        improved changed moved supported managed ran built reviewed updated described explained admired met
        saw loved enjoyed used spent spend left lost found made took gave brought led held taught bought
        caught sent grew drew wrote began chose show showed shows win won
        organise organize plan track handle test check train value protect label sort store prepare present
        publish lead treat protect grow
        think believe hope feel say said heard know knew guess suppose sure
        """
    )
)
_THERE_THEN = frozenset(
    str.split(
        """
        a an the in on at for from to with by about of into over under during since until till before after
        and or but so because while when where who which that as if than then
        is are was were be been being will would can could should may might must has have had do does did
        last next this today yesterday tomorrow now too again already yet once twice every each often early
        late soon first together alone long full-time part-time regularly someday sometime recently
        one two three four five six seven eight nine ten several some many all both
        seem seems seemed think thinks thought know knows knew say says said told make makes made use uses
        used work works worked help helps helped want wants need needs like likes
        most more least best longer full instead anyway either though again afterwards myself yourself
        years months weeks days hours minutes decades
        ourselves themselves personally someday
        """
    )
)


def _wants_object(word: str) -> bool:
    """A preposition, or a verb that takes an object: a listed one, a past or -ing form, a verb the
    lexicon knows in its base form ("answer there surveys"), or a verb's particle ("send in there
    answers")."""
    if word in _WANTS_OBJECT or word in _PARTICLES:
        return True
    if word in _NOT_VERBS or word in _PLACE_VERBS or len(word) < 4:
        return False
    if word.endswith(("ed", "ing")) and len(word) >= 5:
        return True
    return bool(tags_of(word) & {"VB", "VBP"}) and not tags_of(word) & {"DET", "PRO", "MD"}


# A verb's particle before its object: "send in there answers", "fill out there form"
_PARTICLES = frozenset(str.split("in up out"))
# Verbs that say where someone is or goes: "there" after them is the place ("live there", "go there").
_PLACE_VERBS = frozenset(
    str.split("live lives go goes come comes stay stays get gets be arrive arrives sit sits stand stands")
)
# The nouns that read as time or manner after an adverb "there" ("stayed there overnight").
_THERE_ADVERBS = frozenset(str.split("overnight tonight all anyway anytime altogether somewhere sometimes"))


def _after_determiner(text: str, at: int, before: str) -> bool:
    """The word ``before`` (just before ``at``) follows a determiner or a possessive: a noun, not a verb."""
    start = text.rfind(before, 0, at)
    prior = previous_word(text, start) if start > 0 else ""
    return prior in DETERMINERS or bool(tags_of(prior) & {"DET", "DETS", "DETP", "POSS", "ADJ"})


def _object_noun_before(text: str, at: int) -> bool:
    """ "shows customers there new price": "there" after a verb's first object, a plural noun."""
    before = previous_word(text, at)
    if not before.endswith("s") or "NNS" not in tags_of(before):
        return False
    start = text.rfind(before, 0, at)
    return start > 0 and previous_word(text, start) in _WANTS_OBJECT


_NOT_VERBS = frozenset(
    str.split("during being thing nothing something anything everything morning evening spring king ceiling")
)
_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)")
_THERE_BEFORE = re.compile(r"\b(there)\s+([a-z][a-z'’-]*)")
_THEY_ARE_WORDS = frozenset(
    str.split("keen happy glad pleased ready busy excited interested right sure lucky great")
)
_THERE_OWNED = re.compile(rf"\b([Tt]here)\s+(?:{_OWNED})\b(?!-)")
_ITS = (
    (
        re.compile(
            r"\b([Ii]t['’]s)\s+(?:own|mission|roadmap|headquarters"
            r"|reputation|approach|commitment|team(?![\s-]+(?:members?|players?|effort"
            r"|work|building|spirit|first|based|wide|sports?)\b))\b"
        ),
        "its",
    ),
    (
        re.compile(
            r"\b([Ii]ts)\s+(?:a|an|the|been|not|so|very|really|also|just|still|always|never|my|your"
            r"|our|no longer|going)\b"
        ),
        "it's",
    ),
    # "its" + an adjective, then what follows a clause's complement, not a noun: "if its possible I"
    (
        re.compile(
            r"\b([Ii]ts)\s+(?:possible|good|great|clear|true|likely|important|hard|easy|nice|exciting|fine"
            r"|okay|worth|one|rare|obvious|helpful|wonderful|interesting|fascinating|impressive|amazing"
            r"|urgent|essential|vital|crucial|critical|unlikely|lovely|useful|fun|early|late|time)"
            r"(?=\s*[,.;:!?]|\s+(?:to|that|I|I['’]d|I['’]m|I['’]ve|we|you|he|she|they|if|for|when|because"
            r"|and|but|how|what|why|as|at|in|[a-z]+ing)\b)"
        ),
        "it's",
    ),
    # "it's" where only a possessive can stand: after a preposition ("about it's workshops"), or after a
    # verb that takes an object ("follow it's reasoning")
    (
        re.compile(
            r"\b(?i:about|of|for|with|on|into|from|by|through|in|at|to|under|over|across|within|despite|towards?"
            r"|behind|around|follow|followed|admire|admired|share|shared|improve|improved|support|supported|join"
            r"|joined)\s+([Ii]t['’]s)\s+(?!own\b)[a-z]"
        ),
        "its",
    ),
    (
        re.compile(
            r"\band\s+([Ii]t['’]s)\s+(?:work|team|staff|mission)\b(?!\s+(?:that|who|which|I|we|you)\b)"
        ),
        "its",
    ),
    # "it's growth has been": "it's" + a noun + the noun's own verb
    (
        re.compile(
            r"\b([Ii]t['’]s)\s+(?!(?:what|who|which|that|this|these|those|how|why|where|when|one|all|something"
            r"|nothing|everything|anything|there|here|now|been|not|also|just|still|really|only|always|never|so"
            r"|very|too|often|usually)\b)[a-z]+\s+(?:is|are|was|were|has|have)\b"
        ),
        "its",
    ),
)


def _confusions(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for pattern, right in _THEIR_THERE:
        for hit in pattern.finditer(text, start, end):
            yield _confused(hit, right, "their-there")
    owned = set()
    for hit in _THERE_OWNED.finditer(text, start, end):
        before = previous_word(text, hit.start(1))
        place = _names_place_of(before) and not hit.group().lower().endswith("own")  # never "there own"
        if before in _BE_BEFORE or _inverted_there(text, hit.start(1), start) or place:
            continue

        owned.add(hit.start(1))
        yield _confused(hit, "their", "their-there")
    for hit in _THERE_BEFORE.finditer(text, start, end):
        following = hit.group(2)
        before = previous_word(text, hit.start(1))
        if hit.start(1) in owned or not (_wants_object(before) or _object_noun_before(text, hit.start(1))):
            continue
        if following in _THERE_THEN or following in _THERE_ADVERBS:
            continue
        if before not in _WANTS_OBJECT and (
            not tags_of(following) & {"NN", "NNS", "ADJ"} or _after_determiner(text, hit.start(1), before)
        ):
            # a verb the lexicon knows: only a noun phrase after "there" makes it a possessive, and a
            # word after a determiner is that phrase's noun ("the staff there care")
            continue
        if following.endswith("ly"):  # "worked there happily", unless a noun follows ("there weekly reports")
            after = _WORD_AFTER.match(text, hit.end(2))
            if after is None or after.group(1) in _THERE_THEN:
                continue
        right = "they're" if following in _THEY_ARE_WORDS or following.endswith("ing") else "their"
        yield _confused(hit, right, "their-there")
    for pattern, right in _ITS:
        for hit in pattern.finditer(text, start, end):
            yield _confused(hit, right, "its-its")


# Words after which "there" says where they are ("the people there work hard", "everyone there"): a noun
# or a pronoun, never the owner of what follows.
_WHO_THERE = frozenset(
    str.split(
        "people staff folks everyone everybody someone somebody anyone nobody them us you me him her all team"
    )
)


def _names_place_of(before: str) -> bool:
    if before in _WHO_THERE or before in COMMON_NOUNS or looks_plural_noun(before):
        return True
    # any noun the lexicon knows that cannot be a verb wanting an object: "the crew there work"
    tags = tags_of(before)
    return bool(tags & {"NN", "NNS", "NNC"}) and not tags & {"VB", "VBD", "VBN", "VBG"}


def _inverted_there(text: str, at: int, start: int) -> bool:
    """ "Is there work to do", "Was there data": "there" after a verb of being in a question."""
    clause = re.split(r"[,;:.!?]", text[start:at])[-1].strip().lower()
    return bool(re.match(r"(?:is|are|was|were|will|would|could)\b", clause))


def _confused(hit: re.Match[str], right: str, kind: str) -> TextFinding:
    word = hit.group(1)
    right = right[:1].upper() + right[1:] if word[:1].isupper() else right
    return flag(
        "W-PROOF",
        "C-11",
        f'"{word}" here should be "{right}".',
        (hit.start(1), hit.end(1)),
        right,
        kind=kind,
    )


# --- the word after decides ------------------------------------------------------------------------------
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
# After a contraction: what "it is" / "they are" is followed by, never a possessive's noun.
_AFTER_BE = frozenset(
    str.split("been not going so very really also just still always never no only quite too")
)
# What a participle or an adjective is followed by when it ends a clause's complement ("based on",
# "clear that", "looking forward"), not a noun it describes ("its stated goal").
_COMPLEMENT_END = (
    PREPOSITIONS
    | PRONOUNS
    | frozenset(
        str.split("a an the my your our that if whether how what why when because and but as forward well so")
    )
    | DETERMINERS  # "their busy this month": an adjective before a determiner is a complement
)

# Verbs that follow a plural subject ("their engineers test", "they're clients are").
_PLURAL_VERB = frozenset(
    str.split(
        """
        are were have do don't will would can could should may might must test run use build work keep
        make take show care seem look want need like know help spend give share review check write read
        love enjoy plan hope say think feel value put bring get move meet rely
        """
    )
)
# "it's" + a plural word that is a predicate, not a possession ("it's years since", "it's customers who").
_PREDICATE_AFTER = frozenset(
    str.split("that who which since ago away before until till of like i we you they")
)


def _follow(text: str, words: list[re.Match[str]], n: int) -> str:
    """The word after ``words[n]`` in the same clause, lowercased; "." when the clause ends first."""
    if n + 1 >= len(words) or re.search(r"[,.!?;:()—–]", text[words[n].end() : words[n + 1].start()]):
        return "."
    return words[n + 1].group().lower().replace("’", "'")


def _word_classes(text: str, start: int, end: int) -> Iterator[TextFinding]:
    words = list(_TOKEN.finditer(text, start, end))
    for n, w in enumerate(words):
        low = w.group().lower().replace("’", "'")
        if low not in ("its", "it's", "their", "they're", "there"):
            continue
        nxt = _follow(text, words, n)
        if nxt == ".":
            continue
        after = _follow(text, words, n + 1)
        before = _before_in_clause(text, words, n)
        if low in ("it's", "they're") and words[n + 1].group()[:1].isupper():
            continue  # "it's Friday", "they're Acme's": a name, not a possessive's noun
        if low in ("it's", "they're") and nxt in ("yours", "mine", "ours", "theirs", "his", "hers"):
            continue  # "say the word and they're yours": a possessive pronoun stands alone
        if low == "its" and nxt in _DAYS_AND_MONTHS:
            yield _confused_at(w, "it's", "its-its")  # "since its Friday": no thing owns a day
            continue
        after2 = _follow(text, words, n + 2) if after != "." else "."
        right = _decide(low, nxt, after, before, after2)
        if right:
            kind = "its-its" if low in ("its", "it's") else "their-there"
            yield _confused_at(w, right, kind)


def _before_in_clause(text: str, words: list[re.Match[str]], n: int) -> str:
    """The word before ``words[n]`` in the same clause, lowercased; "" at a clause's start."""
    if n == 0 or re.search(r"[,.!?;:()—–]", text[words[n - 1].end() : words[n].start()]):
        return ""
    return words[n - 1].group().lower().replace("’", "'")


# After "their" these are what a determiner or a quantity opens, never a possessive's noun: "Are their any
# materials" is "there"; "Their the kind of team" is "they're" (and "there" again after "is"/"are").
_EXISTENTIAL = frozenset(str.split("any no some plenty lots enough nothing something anything much such"))
_AFTER_THEY_ARE = frozenset(str.split("the a an this my your our"))
# Adverbs that stand between "they are" and its complement ("their always so quick").
_THEY_ARE_ADVERBS = frozenset(
    str.split("always never often usually so very really just truly even quite rather too")
)
# "-est" words that are not superlatives.
_NOT_SUPERLATIVE = frozenset(
    str.split("best least worst rest honest interest modest west test request suggest forest contest invest")
)
# -ed words of feeling take a clause ("delighted it's live"); -s words that are not verbs.
_FEELINGS = frozenset(
    str.split(
        """
        pleased delighted relieved excited thrilled surprised impressed amazed worried concerned convinced
        reassured interested encouraged honoured honored grateful
        """
    )
)
_NOT_VERBS_S = frozenset(str.split("thanks always perhaps sometimes as is was has does this its"))


_ORDINALS = frozenset(str.split("first second third fourth fifth latest newest"))


def _superlative(word: str) -> bool:

    return word.endswith("est") and len(word) > 5 and word not in _NOT_SUPERLATIVE


_TIME_PLURALS = frozenset(str.split("seconds minutes hours days weeks months years ages decades times"))


def _possessive_after_verb(before: str, nxt: str, after: str = ".") -> bool:
    """ "doubled it's headcount", "has it's habits": after a verb that takes no clause, "it's" or
    "they're" before a noun is the possessive."""
    if not before or before in _FEELINGS:
        return False
    if before in CLAUSE_VERBS:
        # "find it's feet", "lose it's members to": a clause verb may take a thing's plural as its
        # object; "it is" + a bare plural cannot end a clause ("I find it's hard" stays)
        plural = looks_plural_noun(nxt) or tags_of(nxt) == {"NNS"}
        return plural and nxt not in _TIME_PLURALS and (after == "." or after in PREPOSITIONS - {"of"})
    verb = before in ("has", "have", "had") or (len(before) > 4 and before.endswith("ed"))
    verb = verb or (len(before) > 3 and looks_plural_noun(before) and before not in _NOT_VERBS_S)
    # any past or participle the lexicon knows ("lost it's queen", "outgrown it's storage"), or a verb that
    # can be nothing else ("improve it's reach")
    tags = tags_of(before)
    verb = verb or bool(tags & {"VBD", "VBN"}) or (bool(tags) and tags <= {"VB", "VBZ"})
    if not verb:
        return False
    return not (
        closed_class(nxt)
        or nxt in _AFTER_BE
        or nxt.endswith(("ly", "er"))
        or looks_adjective(nxt)
        or looks_participle(nxt)
        or nxt in WH_WORDS
        or nxt in ("time", "best", "worth", "fun", "okay", "ok", "alright", "over")
    )


def _decide(word: str, nxt: str, after: str, before: str, after2: str = "") -> str:
    """The word meant instead of ``word`` given the words around it, or "" when ``word`` is right."""
    if word == "its":
        if (
            nxt.endswith("ing")
            and before
            and before not in CLAUSE_VERBS
            and (before in PREPOSITIONS or before in _ITS_PARTICLES or _verbish(before))
        ):
            return ""  # "a team that writes down its reasoning": a gerund as the object's noun, owned
        return "it's" if _contraction_wanted(nxt, after, after2) else ""
    if word == "their":
        if nxt in _EXISTENTIAL:
            return "there"
        if nxt in _AFTER_THEY_ARE:
            return "there" if before in ("is", "are", "was", "were") else "they're"
        if (
            nxt in ("more", "less")
            and looks_adjective(after)
            and after2 in _COMPLEMENT_END | {"to", "than", "."}
        ):
            return "they're"  # "their more likely to come" (not "their more senior staff")
        if nxt in _THEY_ARE_ADVERBS and after != "own":
            return "they're"
        if nxt in (
            "not",
            "also",
            "still",
            "both",
            "clearly",
            "probably",
            "definitely",
            "obviously",
            "already",
        ):
            return "they're"
        if nxt not in ("right", "own", "best") and _complement(nxt, after):
            return "they're"
        if nxt == "right" and after in ("about", "that", "."):
            return "they're"  # "their right about the market" (but "their right to privacy" stays)
        if nxt.endswith("ing") and after in DETERMINERS - {"their", "its"} | {"another", "two", "three"}:
            return "they're"  # "their planning another season": a verb with its object
        return ""
    if word in ("it's", "they're"):
        if _possessive_after_verb(before, nxt, after):
            return "its" if word == "it's" else "their"
        if word == "it's" and _superlative(nxt) and after != "." and after not in PREPOSITIONS:
            return "its"  # "it's newest product": a superlative before a noun wants "its"
        if nxt in _ORDINALS and after != "." and after not in PREPOSITIONS and not closed_class(after):
            return "its" if word == "it's" else "their"  # "they're first example": an ordinal and its noun
        if nxt in _AFTER_BE or closed_class(nxt) or nxt.endswith("ly") or looks_adjective(nxt):
            return ""
        if nxt == "time" and after in ("is", "was", "has", "runs", "ran"):
            return "its" if word == "it's" else "their"  # "they're time is short": a noun and its verb
        if looks_participle(nxt) or nxt == "time":
            return ""
        right = "its" if word == "it's" else "their"
        if looks_plural_noun(nxt) or nxt == "people":
            if word == "it's" and after not in _PREDICATE_AFTER and after != "." and nxt != "people":
                return right  # "it's customers are", "it's dashboards with"
            return right if after in _PLURAL_VERB - {"like"} else ""  # "they're clients are"
        ends = after == "." or after in ("and", "is", "was", "has") or after in PREPOSITIONS - {"of"}
        if looks_noun(nxt) and nxt not in ("part", "home") and ends:
            return right  # "it's reputation for", "they're care with"
        return ""
    # "there": a plural noun and its verb after it ("there engineers test every release")
    # "there" before a complement: "because there easily swamped", "since there based in Leeds"
    if word == "there" and before in _OPENS_CLAUSE and _complement_ahead(nxt, after):
        return "they're"
    inverted = before in ("is", "are", "was", "were", "be", "been")
    # "there" + a noun by its suffix, closed by a preposition or the clause's end ("respect there
    # commitment to"); after a preposition that wants an object, any content word ("for there help")
    if word == "there" and not inverted and before not in _BE_BEFORE and not _names_place_of(before):
        if (nxt in _THERE_OWNS or nxt in COMMON_NOUNS) and after in (
            "is",
            "was",
            "has",
            "are",
            "were",
            "have",
        ):
            return "their"  # "there time is short": existential "there" takes its verb at once
        closes = after == "." or after in PREPOSITIONS or after in ("and", "is", "was", "has", "are", "were")
        if looks_noun(nxt) and nxt not in COMMON_NOUNS and closes:
            return "their"
        content = not (closed_class(nxt) or nxt.endswith("ly"))
        if before in _OBJECT_PREPOSITIONS and content and (nxt not in _THERE_THEN or nxt in _THERE_OWNS):
            return "their"
    if (
        word == "there"
        and not inverted
        and looks_plural_noun(nxt)
        and after in _PLURAL_VERB - {"are", "were"}
    ):
        return "their"
    return ""


# Prepositions after which "there" is never the adverb in these messages ("from there", "in there" and
# "over there" are, so they are not listed), and words that are nouns there ("for there help").
_OBJECT_PREPOSITIONS = frozenset(str.split("for with of about into by through toward towards"))
_THERE_OWNS = frozenset(str.split("help work support time care view way use"))
_OPENS_CLAUSE = frozenset(str.split("because since as that when if but and so although though while"))


def _complement_ahead(nxt: str, after: str) -> bool:
    """A participle right away ("there based in"), or after an adverb ("there easily swamped")."""
    if nxt.endswith("ed") and looks_participle(nxt):
        return True
    adverb = nxt.endswith("ly") or nxt in ("not", "also", "still", "always", "clearly", "often")
    return adverb and looks_participle(after) and not after.endswith("ing")


_DAYS_AND_MONTHS = frozenset(
    str.split(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december
        """
    )
)
# Comparatives that complete "it is" before "to", "for", "than" or the clause's end ("if its easier for you").
_COMPARATIVES = frozenset(
    str.split("easier harder better worse simpler quicker faster cheaper safer clearer nicer kinder")
)


# What follows "it has" + a participle (its object), never a noun the participle describes.
_OBJECT_AFTER_HAS = frozenset(str.split("me us you him them a an the my our your his their this that"))


_ITS_PARTICLES = frozenset(str.split("down up out off on over back through"))


def _verbish(word: str) -> bool:
    """A word that can only be a verb here, before an object: "writes", "shared", "explain"."""
    tags = tags_of(word)
    return bool(tags) and tags <= {"VB", "VBZ", "VBD", "VBN", "VBP"}


def _contraction_wanted(nxt: str, after: str, after2: str = "") -> bool:
    """ "its" + what only "it is" takes: a determiner or pronoun ("its a", "its my"), a preposition
    ("its about"), an adverb of degree, or an adjective or participle ending its clause ("its clear
    that", "its based on")."""
    if nxt in _AFTER_BE or nxt in DETERMINERS - {"its", "their"} or nxt in PRONOUNS - {"her", "it"}:
        return True
    if nxt in WH_WORDS or (nxt in ADVERBS and nxt not in ("only", "well", "very", "all")):
        return True  # "its why I applied", "its here that": what follows "it is", never a noun
    if nxt in PREPOSITIONS or nxt in ("got", "gotten"):
        return True  # "its got everything": "it has got", never a possessive
    if tags_of(nxt) & {"VBN"} and not tags_of(nxt) & {"NN", "NNS", "ADJ"} and after in _OBJECT_AFTER_HAS:
        return True  # "its taught me", "its given the team": "it has" + a participle and its object
    if nxt in _COMPARATIVES and (after in ("to", "for", "than", ".") or after in PRONOUNS):
        return True
    if nxt.endswith("ly") and nxt in ADVERBS | {"exactly", "clearly", "definitely", "certainly", "probably"}:
        return True
    return _complement(nxt, after, after2)


def _complement(nxt: str, after: str, after2: str = "") -> bool:
    """``nxt`` is an adjective or participle that completes "it is" / "they are" ("clear that", "based on",
    "looking for"), not one that describes the noun after it ("stated goal", "growing team")."""
    if nxt.endswith("eed") or nxt == "hundred":
        return False
    if nxt.endswith("ing") and after in ("of", "on"):
        return False  # a gerund as a noun: "its ranking of", "their thinking on"
    if looks_adjective(nxt) or looks_participle(nxt):
        # a verb's -ing form after it ("clear working with"), not a noun that ends so ("new wing", "spring")
        # (an -ing word that ends the clause is a noun: "in its reproducible reporting.")
        verbal = after.endswith("ing") and _verbal_ing(after) and after2 not in (".", "and", "or")
        return after == "." or after in _COMPLEMENT_END or verbal
    return False


def _verbal_ing(word: str) -> bool:
    """An -ing word that may be a verb's form (a word no list knows gets that reading from its shape)."""
    return "VBG" in tags_of(word)


def _confused_at(word: re.Match[str], right: str, kind: str) -> TextFinding:
    said = word.group()
    right = right[:1].upper() + right[1:] if said[:1].isupper() else right
    return flag(
        "W-PROOF",
        "C-11",
        f'"{said}" here should be "{right}".',
        (word.start(), word.end()),
        right,
        kind=kind,
    )


def confusion_faults(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """Every their/there/they're and its/it's confusion in one sentence, one finding a word."""
    seen: set[int] = set()
    for finding in (*_confusions(text, start, end), *_word_classes(text, start, end)):
        if finding.start not in seen:
            seen.add(finding.start)
            yield finding
