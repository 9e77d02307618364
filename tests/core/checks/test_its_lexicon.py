"""C-11 its/it's decided with the broad part-of-speech lexicon rather than word endings or lists of seen
verbs: "it's" after any verb that takes an object and before a noun is the possessive ("the hive lost it's
queen"), and a noun with an adjective's ending ("archive", "relic") stays a noun after "its". Our own
sentences, in trades the drafts corpus never visits, each fault beside a near miss.
"""

from __future__ import annotations

import pytest

from followup.core.checks.confusions import confusion_faults
from followup.core.checks.words import looks_adjective


def _fixes(sentence: str) -> list[str]:
    return [f.suggestion for f in confusion_faults(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "It's clear the archive has outgrown it's storage room.",
        "The hive lost it's queen in March.",
        "The ferry line improved it's punctuality last year.",
        "The guild rebuilt it's workshop after the flood.",
        "The archive kept it's charts in oak drawers.",
    ],
)
def test_c11_its_after_a_verb_with_an_object_and_before_a_noun_is_the_possessive(sentence: str) -> None:
    assert _fixes(sentence) == ["its"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I heard it's cheaper to sail in spring.",
        "They told me it's quiet in winter.",
        "The crew found it's easier to splice by hand.",
        "I forgot it's tomorrow, not today.",
        "We discussed how it's changing the berth schedule.",
        "I bet it's lovely in the spring.",
        "The map library and its archive of sea charts impressed me.",
        "The museum and its relic collection drew me in.",
    ],
)
def test_c11_its_and_its_used_rightly_near_those_faults_pass(sentence: str) -> None:
    assert _fixes(sentence) == []


def test_c11_a_word_with_an_adjectives_ending_that_the_lexicon_lists_only_as_a_noun_is_no_adjective() -> None:
    assert not looks_adjective("archive") and not looks_adjective("relic")
    assert looks_adjective("massive") and looks_adjective("expensive")  # listed as adjectives
    assert looks_adjective("splendiferous")  # unknown to the lexicon: the ending still decides
