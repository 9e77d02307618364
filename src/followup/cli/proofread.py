"""Debrief answers spell-checked as they are typed (``services.proofreading``).

In a terminal each unknown word is shown with a suggestion: Enter takes the suggestion, a typed word
replaces it, and ``=`` keeps the word as it was typed and adds it to the personal dictionary when the
debrief is saved (nothing is written if the session is left unfinished). Without a terminal (flags,
``--from-file``) nothing is asked: the unknown words are listed after saving, with the command that adds
them to the dictionary.

The guided debrief asks through ``typed``: ``debrief`` puts a ``Corrector`` in the Click context's
``meta`` for the session, so each prompt of the debrief checks its answer without threading it through
every question.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

import click

from followup.core.model import Records
from followup.services.proofreading import Proofreader, Unknown, respell

KEY = "followup.proofread"
KEEP = "="


class Corrector:
    """One session's decisions: words corrected (applied again where they recur) and words confirmed
    (for the personal dictionary)."""

    def __init__(self, records: Records) -> None:
        self.reader = Proofreader(records)
        self.confirmed: list[str] = []
        self.fixes: dict[str, str] = {}

    def __call__(self, text: str, field: str = "") -> str:
        asked: set[str] = set()
        while True:
            pending = [u for u in self.reader.unknown(text, field) if u.word not in asked]
            if not pending:
                return text
            unknown = pending[0]
            asked.add(unknown.word)
            replacement = self.fixes.get(unknown.word) or self._ask(unknown)
            if replacement == unknown.word:
                self.confirmed.append(unknown.word)
                self.reader.accept(unknown.word)
            else:
                self.fixes[unknown.word] = replacement
                text = respell(text, unknown.word, replacement)

    def _ask(self, unknown: Unknown) -> str:
        word, better = unknown.word, unknown.suggestion
        click.echo(
            f'  "{word}" is not in the dictionary' + (f'; did you mean "{better}"?' if better else ".")
        )
        label = (
            f'  Enter takes "{better}"; type the right spelling, or {KEEP} to keep "{word}" '
            "(added to your dictionary)"
            if better
            else f'  Type the right spelling, or Enter to keep "{word}" (added to your dictionary)'
        )
        while True:
            answer = str(click.prompt(label, default=better or KEEP, show_default=bool(better))).strip()
            if answer in (KEEP, word):
                return word
            if answer and "\n" not in answer:
                return answer


def typed(text: str, field: str = "") -> str:
    """An answer as typed in the guided debrief, checked by the session's corrector (if any)."""
    context = click.get_current_context(silent=True)
    corrector = context.meta.get(KEY) if context is not None else None
    return corrector(text, field) if isinstance(corrector, Corrector) else text


def start(context: click.Context, records: Records) -> Corrector:
    corrector = Corrector(records)
    context.meta[KEY] = corrector
    return corrector


def unknown_text(unknowns: Sequence[Unknown]) -> str:
    """The unknown words of answers saved without a terminal, and what to do about each kind."""
    if not unknowns:
        return ""
    lines = [f"{len(unknowns)} word(s) the spell checker does not know:"]
    for u in unknowns:
        better = f' (did you mean "{u.suggestion}"?)' if u.suggestion else ""
        lines.append(f"  {u.word}{better} in {u.field}")
    words = " ".join(shlex.quote(u.word) for u in unknowns)
    lines.append(f"If they are right: followup words add {words}")
    lines.append("If not: correct them with `followup debrief --edit`, or give those answers again.")
    return "\n".join(lines)
