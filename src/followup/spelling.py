"""The spell checker handed to the core's checker (C-11, K15), offline.

Which words are right:
- the regional dictionaries of the candidate's country and of the employer's (K15): a UK candidate writes
  "organisation", and a Canadian employer's spelling is accepted from a US candidate too. US, GB, CA
  and AU dictionaries are Debian's hunspell dictionaries (hunspell-en-us, -en-gb, -en-ca, -en-au), read
  through pyenchant: ~40 ms to import, ~2 ms a dictionary, suggestions in under a millisecond (spylls,
  pure Python, took a second to load one dictionary and half a second per suggestion). Without enchant
  or those dictionaries (a machine where `make system-deps` could not run as root) pyspellchecker's one
  English word list answers instead, ~250 ms to load;
- common product and company names (``data/known_names.txt``: LinkedIn, dbt, Tableau...);
- the names of people, companies and products in the records (``record_names``), and the words the user
  added or confirmed (``followup words add``). Nothing else typed into the records counts: a debrief that
  says "attribuiton dashbords" does not teach the checker those spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Protocol

from followup.core.drafts import Speller
from followup.core.model import Application, Records

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")

# A country's English: the dictionary its people spell by. Countries outside these write English one
# way or the other, so both the US and the GB dictionaries answer for them.
DICTIONARY = {
    "US": "en_US", "PR": "en_US", "PH": "en_US",
    "GB": "en_GB", "UK": "en_GB", "IE": "en_GB", "NZ": "en_GB", "IN": "en_GB", "ZA": "en_GB",
    "SG": "en_GB", "HK": "en_GB", "MT": "en_GB", "CY": "en_GB", "KE": "en_GB", "NG": "en_GB",
    "CA": "en_CA",
    "AU": "en_AU",
}  # fmt: skip
_ELSEWHERE = ("en_US", "en_GB")


class _Dictionary(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


def dictionaries_for(countries: Iterable[str]) -> tuple[str, ...]:
    """The dictionary tags for these countries, in order, without repeats ("US" when none is given)."""
    tags: list[str] = []
    for country in countries:
        code = country.strip().upper()
        if code:
            tags += [DICTIONARY[code]] if code in DICTIONARY else list(_ELSEWHERE)
    return tuple(dict.fromkeys(tags)) or ("en_US",)


def regions_of(records: Records, application: Application | None = None) -> tuple[str, ...]:
    """The countries whose spelling a text is held to: the candidate's, then the employer's. Before a
    profile is recorded the candidate's country is not known, and every English dictionary answers."""
    if not records.profile.name.strip():
        return ("US", "GB", "CA", "AU")
    countries = [records.profile.country]
    if application is not None:
        countries.append(application.company.country)
    return tuple(countries)


def record_names(records: Records, names: Iterable[str] | None = None) -> set[str]:
    """The words of names in the records (people, companies, the candidate) and the user's own words,
    lowercased: never flagged as misspelt. Talking points, debrief notes and the like are not names.
    ``names``: every application's company and people's names as stored (``store.summaries.record_names``),
    read instead of the applications in ``records`` (which then need hold only the one written for)."""
    texts: list[str] = [records.profile.name, *records.profile.words]
    if names is not None:
        texts += names
    else:
        for app in records.applications:
            texts.append(app.company.name)
            texts += [part for person in app.people for part in (person.first, person.last)]
    return {w.lower().replace("’", "'") for text in texts for w in _WORD.findall(text)}


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """The words of ``data/known_names.txt``, lowercased."""
    return _listed("data/known_names.txt")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The words of ``data/common_words.txt``: ordinary words hunspell lacks ("timeframe"), lowercased."""
    return _listed("data/common_words.txt")


def _listed(path: str) -> frozenset[str]:
    text = resources.files("followup").joinpath(path).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(w.lower() for line in lines if line and not line.startswith("#") for w in line.split())


@lru_cache(maxsize=8)
def _enchant(tag: str) -> _Dictionary | None:
    """The hunspell dictionary ``tag`` through enchant, or None when enchant or the dictionary is absent."""
    try:
        import enchant
    except (ImportError, OSError):  # pyenchant raises ImportError when the C library is missing
        return None
    try:
        found: _Dictionary = enchant.Dict(tag)
    except enchant.errors.Error:
        return None
    return found


class _WordList:
    """pyspellchecker's English word list, when no hunspell dictionary can be had."""

    def __init__(self) -> None:
        from spellchecker import SpellChecker

        self._checker = SpellChecker(distance=1)  # distance 1: suggestions in milliseconds, not a second

    def check(self, word: str) -> bool:
        return not self._checker.unknown([word.lower()])

    def suggest(self, word: str) -> list[str]:
        found = self._checker.correction(word.lower())
        return [str(found)] if found else []


@lru_cache(maxsize=1)
def _word_list() -> _WordList:
    return _WordList()


def _dictionaries(tags: Sequence[str], hunspell: bool = True) -> list[_Dictionary]:
    found = [d for d in (_enchant(tag) for tag in tags) if d is not None] if hunspell else []
    return found or [_word_list()]


def backend() -> str:
    """Which checker answers: "hunspell" (enchant with Debian's dictionaries) or "wordlist"."""
    return "hunspell" if _enchant("en_US") is not None else "wordlist"


def speller_for(
    records: Records,
    application: Application | None = None,
    hunspell: bool = True,
    names: Iterable[str] | None = None,
) -> Speller:
    """The words of a text that are misspelt for this candidate writing to this employer (K15).
    ``hunspell=False`` uses the fallback word list even where the dictionaries are installed; ``names``
    as ``record_names`` takes them."""
    tags = dictionaries_for(regions_of(records, application))
    accepted = record_names(records, names) | known_names() | common_words()

    def unknown(words: list[str]) -> set[str]:
        candidates = [w for w in words if w.lower().replace("’", "'") not in accepted]
        if not candidates:
            return set()
        dictionaries = _dictionaries(tags, hunspell)
        return {w for w in candidates if not any(d.check(w.replace("’", "'")) for d in dictionaries)}

    return unknown


def suggestion(word: str, countries: Sequence[str] = (), hunspell: bool = True) -> str:
    """The likeliest right spelling of ``word`` in the dictionary of ``countries`` ("" if none)."""
    for found in _dictionaries(dictionaries_for(countries), hunspell)[0].suggest(word):
        if " " not in found and found.lower() != word.lower():
            return found
    return ""


def words_in(text: str) -> Iterable[str]:
    return _WORD.findall(text)
