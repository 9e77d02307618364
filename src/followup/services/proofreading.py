"""Spelling of what the user types into the debrief, as it is typed (C-11 starts here: a misspelt note
becomes a misspelt thank-you, since the composer quotes the debrief).

Each word the spell checker does not know comes with a suggestion, to be corrected or confirmed. The
dictionary is the one the checker reads (``followup.spelling.speller_for``: the language's words, the
names in the records and the personal dictionary); a confirmed word joins the personal dictionary
(`followup words add`'s store), and no word joins it merely because it was typed.

Words are taken as the checker takes them: links and email addresses are left out, acronyms (all
capitals, up to five letters) are not checked, a possessive 's is dropped and hyphenated words are
checked part by part.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from followup.core.model import Debrief, Records

_SKIPPED = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
Answers = Mapping[str, tuple[str, ...]]  # talking points typed in the debrief, by person id


@dataclass(frozen=True)
class Unknown:
    word: str
    suggestion: str  # "" when the dictionary has nothing close
    field: str = ""  # where it was typed ("takeaways", "talking points: dana"...)

    def to_data(self) -> dict[str, str]:
        return {"word": self.word, "suggestion": self.suggestion, "field": self.field}


class Proofreader:
    """Unknown words in a text, by the dictionary of these records; words accepted during a session
    (confirmed, not yet saved) are known at once."""

    def __init__(self, records: Records) -> None:
        from followup.spelling import speller_for

        self._speller = speller_for(records)
        self._accepted: set[str] = set()

    def accept(self, word: str) -> None:
        self._accepted.add(word.lower())

    def unknown(self, text: str, field: str = "") -> list[Unknown]:
        """Each unknown word once, in the order typed, with a suggestion."""
        words = [w for w in dict.fromkeys(_words(text)) if w.lower() not in self._accepted]
        missing = self._speller(words) if words else set()
        return [Unknown(w, suggest(w), field) for w in words if w in missing]


def _words(text: str) -> Iterator[str]:
    for match in _WORD.finditer(_SKIPPED.sub(" ", text)):
        word = re.sub(r"['’][sS]$", "", match.group())
        if len(word) > 1 and not (word.isupper() and len(word) <= 5):
            yield word


def suggest(word: str) -> str:
    """The dictionary's closest word, written as the word was (capitalised, or in capitals)."""
    from followup.spelling import suggestion

    found = suggestion(word)
    if not found or found == word.lower():
        return ""
    if word.isupper():
        return found.upper()
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


def respell(text: str, word: str, replacement: str) -> str:
    """``text`` with every whole occurrence of ``word`` replaced."""
    pattern = rf"(?<![\w'’]){re.escape(word)}(?![\w])"
    return re.sub(pattern, lambda _: replacement, text)


def answers_of(debrief: Debrief, talking: Answers) -> list[tuple[str, str]]:
    """Every text typed in a debrief, with the field it went to."""
    found = [(f"talking points: {pid}", text) for pid, points in talking.items() for text in points]
    for name in LIST_FIELDS:
        found += [(name, text) for text in getattr(debrief, name)]
    found += [("to_improve", item.text) for item in debrief.to_improve]
    found += [("stumbled_questions", q.question) for q in debrief.stumbled_questions]
    if debrief.fit_statement:
        found.append(("fit_statement", debrief.fit_statement))
    return found


LIST_FIELDS = (
    "takeaways",
    "concerns",
    "excitements",
    "open_questions",
    "went_well",
    "emphasized",
    "to_supplement",
)


def new_unknowns(
    records: Records, before: Debrief, after: Debrief, talking_before: Answers, talking_after: Answers
) -> list[Unknown]:
    """Unknown words in the answers that were not there before (what was typed this time), each once."""
    typed_before = {text for _, text in answers_of(before, talking_before)}
    reader = Proofreader(records)
    found: dict[str, Unknown] = {}
    for field, text in answers_of(after, talking_after):
        if text not in typed_before:
            for unknown in reader.unknown(text, field):
                found.setdefault(unknown.word, unknown)
    return list(found.values())


def map_answers(
    debrief: Debrief, talking: Answers, change: Callable[[str, str], str]
) -> tuple[Debrief, dict[str, tuple[str, ...]]]:
    """The debrief and talking points with ``change(field, text)`` applied to every text typed."""
    points = {
        pid: tuple(change(f"talking points: {pid}", t) for t in texts) for pid, texts in talking.items()
    }
    changes: dict[str, object] = {
        name: tuple(change(name, t) for t in getattr(debrief, name)) for name in LIST_FIELDS
    }
    changes["to_improve"] = tuple(
        dataclasses.replace(i, text=change("to_improve", i.text)) for i in debrief.to_improve
    )
    changes["stumbled_questions"] = tuple(
        dataclasses.replace(q, question=change("stumbled_questions", q.question))
        for q in debrief.stumbled_questions
    )
    if debrief.fit_statement:
        changes["fit_statement"] = change("fit_statement", debrief.fit_statement)
    return dataclasses.replace(debrief, **changes), points  # type: ignore[arg-type]
