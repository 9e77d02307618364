"""The spell checker the shell hands the checker (followup/spelling.py, C-11 and K15): regional
dictionaries for the candidate and the employer, known product names, the records' names and the user's
own words, and nothing else typed into the records.

These tests read Debian's hunspell dictionaries through enchant (installed by `make system-deps`); on a
machine without them they are skipped with the reason, and the fallback word list is tested alone.
"""

from __future__ import annotations

import dataclasses

import pytest

from followup import spelling
from followup.core.model import Application, Company, Debrief, Interview, Person, Profile, Records
from followup.spelling import dictionaries_for, known_names, regions_of, speller_for, suggestion
from tests.core.checks.world import DAY, at

hunspell = pytest.mark.skipif(
    spelling.backend() != "hunspell",
    reason="Debian's hunspell-en-* dictionaries and libenchant-2-2 are not installed (make system-deps)",
)


def records(candidate: str = "US", employer: str = "US", **profile: object) -> Records:
    debrief = Debrief(
        fit_statement="I built attribuiton dashbords for three product lines.",
        emphasized=("Looker migraton",),
    )
    interview = Interview(id="i1", start=at(DAY, 10), end=at(DAY, 11), debrief=debrief)
    dana = Person(
        id="dana",
        first="Dana",
        last="Kowalczyk",
        talking_points=("the quartely revenue model", "the Brightline launch"),
    )
    app = Application(
        id="harbor",
        company=Company(name="Harbor Analytiq", country=employer),
        position="Marketing Analyst",
        interviews=(interview,),
        people=(dana,),
    )
    me = Profile(name="Alex Morgan", country=candidate, **profile)  # type: ignore[arg-type]
    return Records(profile=me, applications=(app,))


def unknown(recs: Records, text: str, with_employer: bool = True) -> set[str]:
    app = recs.applications[0] if with_employer else None
    return speller_for(recs, app)(text.split())


@pytest.mark.parametrize(
    ("countries", "tags"),
    [
        ((), ("en_US",)),
        (("US",), ("en_US",)),
        (("gb", "US"), ("en_GB", "en_US")),
        (("UK",), ("en_GB",)),
        (("CA", "CA"), ("en_CA",)),
        (("AU",), ("en_AU",)),
        (("NZ",), ("en_GB",)),
        (("DE",), ("en_US", "en_GB")),
    ],
)
def test_k15_each_country_spells_by_its_dictionary(countries: tuple[str, ...], tags: tuple[str, ...]) -> None:
    assert dictionaries_for(countries) == tags


def test_k15_before_a_profile_is_recorded_every_english_region_answers() -> None:
    assert regions_of(Records()) == ("US", "GB", "CA", "AU")
    assert regions_of(records("GB", "CA"), records("GB", "CA").applications[0]) == ("GB", "CA")


@hunspell
def test_k15_british_spelling_from_a_uk_candidate_passes() -> None:
    assert unknown(records("GB", "GB"), "organisation colour favourite recognise programme") == set()


@hunspell
def test_k15_the_candidates_region_decides_and_the_employers_spelling_is_accepted_too() -> None:
    assert unknown(records("US", "US"), "colour organisation color") == {"colour", "organisation"}
    assert unknown(records("US", "GB"), "colour organisation color") == set()
    assert unknown(records("US", "GB"), "colour", with_employer=False) == {"colour"}
    assert unknown(records("AU", "US"), "organisation organization") == set()


@hunspell
def test_k15_canadian_and_australian_dictionaries_are_their_own() -> None:
    assert unknown(records("CA", "CA"), "colour organization centre") == set()
    assert unknown(records("AU", "AU"), "colour organisation centre") == set()


def test_k15_common_product_and_company_names_are_known() -> None:
    names = "LinkedIn Zoom Slack Salesforce Tableau Looker dbt Excel PowerPoint GitHub Jira Python SQL"
    assert unknown(records(), names) == set()
    assert {"linkedin", "dbt", "hubspot", "bigquery"} <= known_names()


@hunspell
def test_k15_names_in_the_records_are_accepted_but_debrief_typos_are_not() -> None:
    recs = records()
    assert unknown(recs, "Dana Kowalczyk Analytiq Alex Morgan") == set()
    typos = "attribuiton dashbords migraton quartely"
    assert unknown(recs, typos) == set(typos.split())


@hunspell
def test_k15_words_the_user_added_are_accepted() -> None:
    recs = records(words=("attribuiton",))
    assert unknown(recs, "attribuiton dashbords") == {"dashbords"}


@hunspell
@pytest.mark.parametrize(
    ("word", "countries", "best"),
    [
        ("attribuiton", (), "attribution"),
        ("dashbords", ("GB",), "dashboards"),
        ("oppurtunity", ("US",), "opportunity"),
        ("color", ("GB",), "colour"),
        ("colour", ("US",), "color"),
    ],
)
def test_suggestions_come_from_the_candidates_dictionary(
    word: str, countries: tuple[str, ...], best: str
) -> None:
    assert suggestion(word, countries) == best


def test_without_hunspell_the_word_list_still_answers() -> None:
    """A machine where the system dictionaries could not be installed still gets a spell checker."""
    recs = dataclasses.replace(records(), profile=Profile(name="Alex Morgan"))
    check = speller_for(recs, recs.applications[0], hunspell=False)
    assert check(["opportunity", "oppurtunity", "LinkedIn", "Kowalczyk"]) == {"oppurtunity"}
    assert suggestion("oppurtunity", hunspell=False) == "opportunity"


@hunspell
def test_k15_a_typo_copied_from_the_debrief_into_a_note_is_reported() -> None:
    """The issue's case: "Your remarks on the attribuiton dashbords" pasted from the debrief."""
    from followup.core.checks.checker import check_text
    from tests.core.checks.world import ALEX, SUBJECT, context, letter, summit

    app = summit()
    talking = dataclasses.replace(app.people[0], talking_points=("attribuiton dashbords",))
    app = dataclasses.replace(app, people=(talking, *app.people[1:]))
    recs = Records(profile=ALEX, applications=(app,))
    text = letter(
        "Dear Mr. Whitaker,",
        "Thank you for meeting me. Your remarks on the attribuiton dashbords stayed with me.",
        "I am very interested in the Paralegal role and look forward to hearing from you.",
    )
    ctx = context(recipient=talking, application=app)
    found = [f for f in check_text(ctx, SUBJECT, text, speller_for(recs, app)) if f.code == "W-PROOF"]
    assert [(text[f.start : f.end], f.kind) for f in found] == [
        ("attribuiton", "spelling"),
        ("dashbords", "spelling"),
    ]


def test_c11_common_words_hunspell_lacks_are_accepted_and_typos_beside_them_are_not() -> None:
    """data/common_words.txt: "timeframe" is ordinary business English in every region."""
    for region in ("US", "GB", "CA", "AU"):
        assert unknown(records(region, region), "timeframe timeframes tiemframe") == {"tiemframe"}


@hunspell
def test_c11_work_words_of_the_corpus_worlds_are_ordinary_words() -> None:
    """Water utilities' "stormwater", medical billing's "biller", moving house's "removalists"."""
    for region in ("US", "GB", "AU"):
        assert unknown(records(region, region), "stormwater biller removalists stromwater") == {"stromwater"}
