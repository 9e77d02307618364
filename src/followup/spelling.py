"""The spell checker the core's checker is handed (C-11): pyspellchecker's English word list, offline,
plus a personal dictionary built from the records (names, companies, positions, places, talking points)
and the words the user added (``followup words add``). Loaded lazily: it costs ~250 ms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from followup.core.drafts import Speller
from followup.core.model import Records

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")


def record_words(records: Records) -> set[str]:
    """Every word the records themselves contain in names and facts: never flagged as misspelt."""
    texts: list[str] = [records.profile.name, records.profile.postal_address, *records.profile.words]
    for app in records.applications:
        texts += [app.company.name, app.position, app.notes]
        for person in app.people:
            texts += [person.first, person.last, person.title, person.postal_address, *person.talking_points]
        for interview in app.interviews:
            debrief = interview.debrief
            texts += [interview.location, debrief.fit_statement, *debrief.emphasized, *debrief.to_supplement]
    return {w.lower() for text in texts for w in _WORD.findall(text)}


@lru_cache(maxsize=1)
def _checker() -> object:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)  # distance 1: suggestions in milliseconds, not a second (ENVIRONMENT.md)


def speller_for(records: Records) -> Speller:
    known = record_words(records)

    def unknown(words: list[str]) -> set[str]:
        candidates = [w for w in words if w.lower() not in known and w.isalpha()]
        checker = _checker()
        return {w for w in candidates if w.lower() in checker.unknown([w.lower()])}  # type: ignore[attr-defined]

    return unknown


def suggestion(word: str) -> str:
    found = _checker().correction(word.lower())  # type: ignore[attr-defined]
    return str(found) if found else ""


def words_in(text: str) -> Iterable[str]:
    return _WORD.findall(text)
