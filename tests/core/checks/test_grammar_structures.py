"""C-11's grammar pass on structures the unseen wording of the ninth batch showed it missing, each fault
beside correct near-misses that must stay clean:

- a subject far from its verb across a relative clause whose verb is bare ("that the clerks prepare") or
  followed by a time phrase ("every Friday afternoon"), and a relative opened by a name after a plural
  noun ("the exhibits Whitaker keeps");
- "either/neither" + a singular noun after "I am not sure", "I doubt", "whether";
- "Does/Has" + a plural noun phrase with "have" after it;
- two gerund phrases as a compound subject ("Indexing the files and scanning the exhibits is");
- "its" for "it has" before a participle and its object ("its taught me"), "it's" for the possessive as
  a plural object of a clause verb ("find it's feet");
- "there" for "their" in the second half of a preposition's object ("about the clerks and there
  Friday talks").

The sentences are our own, about a law office (docket, exhibits, depositions), none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause with a bare verb, then a time phrase, between the subject and its verb
        ("The exhibit lists that the clerks prepare needs a cover sheet.", [("needs", "agreement")]),
        ("The exhibit lists that the clerks prepare need a cover sheet.", []),
        (
            "The deposition files that the clerks scan into the system every Friday afternoon needs "
            "another look.",
            [("needs", "agreement")],
        ),
        (
            "The deposition files that the clerks scan into the system every Friday afternoon need "
            "another look.",
            [],
        ),
        # a relative clause opened by a name after a plural noun
        ("The exhibits Whitaker keeps in the vault was sorted by date.", [("was", "agreement")]),
        ("The exhibits Whitaker keeps in the vault were sorted by date.", []),
        ("One of the questions Whitaker asked me were about the archive.", [("were", "agreement")]),
        ("One of the questions Whitaker asked me was about the archive.", []),
        # a name after a singular noun is an apposition, and a verb of saying takes a clause
        ("My colleague Priya says the exhibits are ready.", []),
        ("The paralegals Whitaker said were leaving have stayed.", []),
    ],
)
def test_c11_a_subject_is_judged_by_its_head_across_a_relative_clause(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I am not sure either method work on its own.", [("work", "agreement")]),
        ("I am not sure either method works on its own.", []),
        ("I doubt either schedule suit the partners.", [("suit", "agreement")]),
        ("I wonder whether either date work for you.", [("work", "agreement")]),
        ("I wonder whether either date works for you.", []),
        # quantities and collectives whose number English leaves open stay clean
        ("The number of clients on the docket is growing.", []),
        ("A number of branches send their files to Denver.", []),
        ("Each of the binders has a colour code.", []),
        ("Neither of the drafts is final.", []),
        ("The team are very welcoming.", []),
        ("The data are still being gathered.", []),
    ],
)
def test_c11_one_of_two_is_singular_after_a_clause_verb_or_whether(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Does the partners have a view on the migration?", [("Does", "agreement")]),
        ("Do the partners have a view on the migration?", []),
        ("Do the clerk have a view on the migration?", [("Do", "agreement")]),
        ("Does the firm have a view on the migration?", []),
    ],
)
def test_c11_a_question_with_do_and_have_agrees_with_the_phrase_between(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Indexing old case files and scanning the exhibits is the work I know best.",
            [("is", "compound-subject")],
        ),
        ("Indexing old case files and scanning the exhibits are the work I know best.", []),
        (
            "Indexing the files and scanning the exhibits takes most of my week.",
            [("takes", "compound-subject")],
        ),
        # one gerund with a compound object, and two bare gerunds taken as one activity, stay clean
        ("Managing budgets and schedules is a large part of the job.", []),
        ("Indexing and scanning is the work I know best.", []),
        ("I enjoyed meeting the partners and touring the office.", []),
    ],
)
def test_c11_two_gerund_phrases_are_two_subjects(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The move was hard; its taught me a lot about deadlines.", [("its", "its-its")]),
        ("The archive changed its name, and its given the clerks more room.", [("its", "its-its")]),
        ("The archive keeps its printed maps in one place.", []),
        ("Its stated goal is a paperless office.", []),
        ("I would love to help the new archive find it's feet.", [("it's", "its-its")]),
        ("I would love to help the new archive find its feet.", []),
        ("I find it's hard to leave a case half done.", []),
        ("I find it's weeks before the files come back.", []),
    ],
)
def test_c11_its_and_its_around_a_participle_or_a_plural_object(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hearing about the clerks and there Friday lunch talks made the firm sound friendly.",
            [("there", "their-there")],
        ),
        ("I enjoyed hearing about the clerks and there weekly reading group.", [("there", "their-there")]),
        ("I heard about the clerks and their Friday lunch talks.", []),
        ("I went to the archive and there the clerks showed me the index.", []),
        ("I read about the archive and there I learned a lot.", []),
        ("We talked about the move and there is more to say.", []),
        ("I spoke about the archive and there were many questions.", []),
    ],
)
def test_c11_there_in_the_second_half_of_a_prepositions_object_is_their(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a season after "this", "next": a noun, not the verb of what came before
        ("Good luck to your son's football team this fall.", []),
        ("The clerks fall behind every winter.", []),
        # two words that may each be the verb: nothing is said unless what follows shows which
        ("My current project maps pipes laid under the old courthouse.", []),
        ("Your weekly case notes sounds like a useful habit.", [("sounds", "agreement")]),
        ("The project maps shows every pipe.", [("shows", "agreement")]),
        # a number and a plural noun taken as one amount, with a linking verb and "a"
        ("Three reminders without a reply seems a lot to ask of anyone.", []),
        ("Three reminders without a reply is on my desk.", [("is", "agreement")]),
    ],
)
def test_c11_a_season_two_readings_and_an_amount_stay_clean(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title written in capitals as the second of two subjects
        ("My manager and the Records Officer has both signed the form.", [("has", "compound-subject")]),
        ("My manager and the Records Officer have both signed the form.", []),
        ("I met Priya and the Records Officer today.", []),
        # a relative clause with a particle, a preposition's compound noun and an adverb before the verb
        (
            "The filing system I set up for school groups at my office now handle every request.",
            [("handle", "agreement")],
        ),
        ("The filing system I set up for school groups at my office now handles every request.", []),
        ("I volunteer for school groups at the museum.", []),
    ],
)
def test_c11_a_title_as_a_subject_and_a_relative_with_a_particle_and_an_adverb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare verb's form between a singular noun and a past verb is the compound noun's head
        ("My last archive rebuild ran every file through a check.", []),
        # a relative clause inside a relative clause: its verb is not the main clause's
        ("The index that lists the files and the boxes you keep in the vault helps everyone.", []),
        ("The index that lists the files you keep in the vault are a great help.", [("are", "agreement")]),
        ("The index that lists the files you keep in the vault is a great help.", []),
    ],
)
def test_c11_a_compound_noun_before_a_past_verb_and_a_relative_inside_a_relative(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected
