"""A few word classes for the grammar pass (C-11), decided from a word's shape and a short list rather than
from a dictionary: the checker runs on every draft, offline and without a tagger, so it asks only the
questions a suffix can answer ("does this look like a noun?", "a participle?") and keeps the rest in
small closed lists.

Each answer is meant to be safe in one direction: ``looks_noun`` says True only for words that are
nouns in the sentences people write about work ("reputation", "customers", "care"); a noun it does not
know is left alone, never a verb taken for a noun.
"""

from __future__ import annotations

import re

from followup.core.checks.lexicon import broad_tags

# Function words: what may follow a verb of being or a contraction ("it's a", "they're not"), and what
# a possessive is never followed by.
DETERMINERS = frozenset(
    str.split("a an the my your our his her their its this that these those some any no every each all both")
)
PRONOUNS = frozenset(str.split("i you he she we they it me him her us them myself yourself ourselves"))
PREPOSITIONS = frozenset(
    str.split(
        """
        about above across after against along among around at before behind below beside between beyond
        by despite during for from in inside into like near of off on onto out outside over past since
        through throughout to toward towards under until up upon with within without
        """
    )
)
ADVERBS = frozenset(
    str.split(
        """
        not also still just really very so too quite rather always never often already even only almost
        clearly probably definitely certainly obviously perhaps exactly truly simply actually genuinely
        absolutely well now then here there again all
        """
    )
)
# Adjectives common after "it's" / "they're" in these messages; a word ending -ful, -ous, -able, -ible,
# -ive or -ic counts as one too (``looks_adjective``).
ADJECTIVES = frozenset(
    str.split(
        """
        possible good great clear true likely important hard easy nice exciting fine okay ok worth rare
        obvious helpful wonderful interesting fascinating impressive amazing urgent essential vital crucial
        critical unlikely lovely useful fun early late keen happy glad pleased ready busy excited interested
        right sure lucky proud eager clever smart kind generous welcoming new big small different clear
        similar common rare refreshing reassuring encouraging inspiring striking fair close open free
        convenient alright relevant apparent evident excellent brilliant pleasant difficult simple tough
        tricky strange odd sad perfect ideal normal natural awesome fantastic terrific unusual usual
        """
    )
)
_ADJ_SUFFIX = re.compile(r"[a-z]{3,}(?:ful|ous|able|ible|ive|ic)$")
# Nouns by their suffix ("reputation", "commitment", "kindness", "ability", "leadership", "guidance").
_NOUN_SUFFIX = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ogy|hood)$")
# Nouns without a telling suffix, said of a company or a team in these messages.
COMMON_NOUNS = frozenset(
    str.split(
        """
        own team staff care focus attention passion enthusiasm approach culture mission values vision
        history growth founder founders roadmap platform data work plan strategy process office brand
        model pipeline dashboard people product products clients customers users members volunteers
        engineers analysts audience program programme research budget impact success future goals
        workshops reports habits tools services employees headquarters expertise patience rigour rigor
        way purpose voice identity heart story choice pick decision view take
        """
    )
)
# Plural-looking words that are not plural nouns.
_NOT_PLURAL = frozenset(
    str.split(
        """
        always perhaps sometimes towards across less unless thus plus various nevertheless besides news
        series means business analysis basis thanks afterwards upwards downwards nowadays whereas its
        this has was is does yes us bus gas lens
        """
    )
)
# Words in -ing that are nouns first ("its training program", "their hiring process", "their meeting").
_ING_NOUNS = frozenset(
    str.split(
        """
        training hiring marketing meeting meetings building funding pricing planning reporting offering
        opening ending beginning thinking understanding feeling warning setting listing morning evening
        spring king thing nothing something anything everything ceiling during being engineering
        wording spending staffing branding messaging sourcing licensing framing tooling landing
        """
    )
)
# Participles that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset(
    str.split(
        "built made done given taken shown written known held found led kept sent seen run set put lost"
    )
)


def looks_noun(word: str) -> bool:
    """A noun for sure: in ``COMMON_NOUNS`` or with a noun's suffix ("reputation", "kindness")."""
    low = word.lower()
    return low in COMMON_NOUNS or (bool(_NOUN_SUFFIX.match(low)) and low != "business")


def looks_plural_noun(word: str) -> bool:
    """A plural noun by its shape ("customers", "dashboards"), not "-ss", "-us", "-ous" or an adverb."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() or low in _NOT_PLURAL:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics"))


def looks_adjective(word: str) -> bool:
    low = word.lower()
    if low in ADJECTIVES:
        return True
    if not _ADJ_SUFFIX.match(low) or low in _NOUNS_LIKE_ADJECTIVES:
        return False
    # An adjective's ending is a guess; the broad lexicon knows better: "archive", "motive" and "relic"
    # are nouns wherever a dictionary lists them without an adjective's sense.
    known = broad_tags(low)
    return known is None or "ADJ" in known


# Nouns with an adjective's ending ("their initiative", "our objective").
_NOUNS_LIKE_ADJECTIVES = frozenset(
    str.split(
        """
        initiative initiatives objective objectives representative representatives executive executives
        alternative alternatives perspective perspectives incentive incentives narrative narratives
        detective collective directive native natives motive motives relative relatives logic music public
        clinic clinics topic topics critic critics mechanic mechanics
        """
    )
)


def looks_participle(word: str) -> bool:
    """A past participle ("based", "built") or a present one ("looking"), not a noun in -ing."""
    low = word.lower()
    if low in _ING_NOUNS:
        return False
    if low in _IRREGULAR_PARTICIPLES:
        return True
    return len(low) > 4 and low.endswith(("ed", "ing"))


# Words that open a clause of their own ("it's why I applied", "it's how I work"): a possessive is never
# followed by one.
WH_WORDS = frozenset(str.split("why how what where when who whom whose whether"))
# Verbs whose object may be a clause ("I knew it's hard", "she said their keen"): after them "it's" and
# "they're" may stand; after any other verb they are a possessive's misspelling ("doubled it's headcount").
CLAUSE_VERBS = frozenset(
    str.split(
        """
        think thinks thought know knows knew known say says said hope hopes hoped feel feels felt believe
        believes believed guess guessed suppose supposed hear hears heard see sees saw seen read reads
        find finds found learn learns learned learnt notice notices noticed realise realises realised
        realize realizes realized understand understands understood show shows showed shown prove proves
        proved proven mention mentions mentioned explain explains explained suggest suggests suggested
        agree agrees agreed note notes noted expect expects expected assume assumes assumed figure
        figured remember remembers remembered forget forgot promise promised trust trusted reckon
        reckoned imagine imagined doubt doubted wish wished tell tells told discover discovered decide
        decided admit admitted argue argued claim claimed confirm confirmed mean means meant seem seems
        seemed sure glad happy clear obvious true so because since that if when whether while although
        though once until unless as where how why what which who
        """
    )
)


def closed_class(word: str) -> bool:
    """A function word: determiner, pronoun, preposition or one of the common adverbs."""
    low = word.lower()
    return low in DETERMINERS or low in PRONOUNS or low in PREPOSITIONS or low in ADVERBS
