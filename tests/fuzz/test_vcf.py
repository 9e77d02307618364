"""Fuzzing the card importer with .vcf files: mutated real address-book exports (ours and the shared
fixtures) through ``cards_from_bytes`` (many examples: anything but followup's own errors fails), and
through the real `followup person import` (fewer examples)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.calendars.vcard import LIMITS, CardFile
from followup.core.errors import FollowupError
from followup.services.cards import cards_from_bytes
from tests.fuzz.budget import EXAMPLES, FUZZ
from tests.fuzz.importer_cli import attempt, cli_home, import_checked
from tests.fuzz.importer_mutations import mutated

__all__ = ["cli_home"]  # the fixture, imported for the tests below

CONTROLS = {chr(c) for c in (*range(32), 127)} | {chr(c) for c in range(0xD800, 0xE000)}
CLI = settings(FUZZ, max_examples=max(8, EXAMPLES // 15), suppress_health_check=list(HealthCheck))


def check_cards(found: CardFile) -> None:
    """What every file read must give: a card with a clean, bounded name; reasons on one line."""
    assert found.cards, "a file read has at least one card"
    for card in found.cards:
        assert card.first or card.last
        for text in (card.first, card.last, card.honorific, card.title, card.organisation, *card.emails):
            assert not set(text) & CONTROLS and text == text.strip()
        assert max(len(card.first), len(card.last)) <= LIMITS["name"]
        assert all(len(email) <= LIMITS["email"] for email in card.emails)
    for skipped in found.skipped:
        assert not set(str(skipped)) & CONTROLS


@FUZZ
@given(data=mutated("vcf"))
def test_parsing_a_fuzzed_card_file_gives_cards_or_followups_own_error(data: bytes) -> None:
    found = attempt(lambda: cards_from_bytes(data, "fuzz.vcf"))
    if isinstance(found, FollowupError):
        assert "\n" not in found.message and not set(found.message) & CONTROLS
    else:
        check_cards(found)


@CLI
@given(data=mutated("vcf"), as_json=st.booleans())
def test_the_cli_imports_a_fuzzed_card_file_or_refuses_it_in_one_line(
    cli_home: Path, data: bytes, as_json: bool
) -> None:
    path = cli_home.with_name("fuzz.vcf")
    path.write_bytes(data)
    import_checked(
        cli_home, "person", "import", str(path), "--yes", "-a", "harbor-analytics", *["--json"] * as_json
    )
