"""C-11's grammar pass on what the blind batches 18 to 21 showed: correct sentences it flagged. Each sits
beside its faulty near-miss, which must still be found.

- a bare infinitive after a causative verb and its object ("made the route feel short"): no subject's
  verb, nothing to agree;
- a relative clause after a coordination ("the vans, rotas and loading that make"): the clause belongs
  to all of them.

The sentences are our own, about a removals firm (vans, rotas, crates), none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The way you planned the Leeds move made the whole day feel calm.", []),
        ("Your crew let the new driver take the wheel.", []),
        ("The stories you told made the packers laugh.", []),
        ("The way you planned the Leeds move make the whole day calm.", [("make", "agreement")]),
        ("The stories you told makes the packers laugh.", [("makes", "agreement")]),
    ],
)
def test_c11_a_bare_infinitive_after_a_causative_is_no_subjects_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I know the vans, rotas and careful loading that make a move work.", []),
        ("I know the vans and the loading that make a move work.", []),
        ("I know the careful packing plan that make a move work.", [("make", "agreement")]),
        ("The rota that make a move work is hard to write.", [("make", "agreement")]),
    ],
)
def test_c11_a_relative_clause_after_a_coordination_takes_a_plural_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected
