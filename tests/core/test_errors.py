"""The refusals' own helpers (``core.errors``): the near match a "did you mean" names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.core.errors import nearest


@given(st.text(max_size=30), st.lists(st.text(max_size=30), max_size=8))
def test_nearest_is_one_of_the_choices_or_none_whatever_is_typed(given: str, choices: list[str]) -> None:
    found = nearest(given, choices)
    assert found is None or found in choices


def test_nearest_finds_a_typo_a_beginning_or_a_word_and_guesses_nothing_far() -> None:
    people = ["dana-kim", "Dana Kim", "luis-ortega", "Luis Ortega"]
    assert nearest("dnaa", people) == "dana-kim"
    assert nearest("Ortga", people) == "luis-ortega"
    assert nearest("harbr", ["harbor-analytics", "birch-labs"]) == "harbor-analytics"
    assert nearest("zebedee", people) is None
    assert nearest("", people) is None
