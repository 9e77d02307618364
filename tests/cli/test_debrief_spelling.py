"""Debrief answers spell-checked as they are typed (C-11; issue 8, item 4), on the S04 records (Lumen Bank,
Rachel Stone on the panel).

In a terminal (the guided debrief, and ``--edit`` once the editor closes) each unknown word is shown with
a suggestion: Enter takes it, a typed word replaces it, ``=`` keeps the word and adds it to the personal
dictionary when the debrief is saved. Without a terminal (flags, ``--from-file``, ``--edit`` in a script)
the debrief is saved as given and the unknown words are listed, with the command that adds them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import invoke, ok
from tests.cli.test_start import in_terminal

S04 = Path(__file__).resolve().parent.parent / "scenarios" / "S04.json"
NOW = "2026-04-15T11:00"
TYPO = "the attribuiton dashbords you showed"
SAVED = "Debrief saved for lumen. `followup plan -a lumen` shows what it lacks, if anything.\n"


@pytest.fixture(autouse=True)
def lumen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    assert invoke("import", str(S04)).code == 0
    return tmp_path


def records() -> dict[str, object]:
    data: dict[str, object] = ok("export").json()
    return data


def debrief_of(data: dict[str, object]) -> dict[str, object]:
    return data["applications"][0]["interviews"][0]["debrief"]  # type: ignore[index,no-any-return]


def words() -> list[str]:
    return list(records()["profile"]["words"])  # type: ignore[index]


def rachel_points() -> list[str]:
    people = records()["applications"][0]["people"]  # type: ignore[index]
    return list(next(p for p in people if p["id"] == "rachel")["talking_points"])


# --- flags, without a terminal ------------------------------------------------------------------------


def test_c11_unknown_words_given_by_flags_are_listed_after_saving_with_the_command_to_add_them() -> None:
    result = ok("debrief", "--takeaway", f"I liked {TYPO}", "--fit", "I built credit modles", "--now", NOW)
    assert result.out == (
        "Debrief saved for lumen. `followup plan -a lumen` shows what it lacks, if anything.\n"
        "3 word(s) the spell checker does not know:\n"
        '  attribuiton (did you mean "attribution"?) in --takeaway\n'
        '  dashbords (did you mean "dashboards"?) in --takeaway\n'
        '  modles (did you mean "models"?) in --fit\n'
        "If they are right: followup words add attribuiton dashbords modles\n"
        "If not: correct them with `followup debrief --edit`, or give those answers again.\n"
    )
    assert debrief_of(records())["takeaways"] == [f"I liked {TYPO}"]  # saved as given
    assert words() == []  # nothing joins the dictionary unless confirmed


def test_c11_the_json_debrief_carries_the_unknown_words() -> None:
    data = ok("debrief", "--takeaway", f"I liked {TYPO}", "--now", NOW, "--json").json()
    assert data["unknown_words"] == [
        {"word": "attribuiton", "suggestion": "attribution", "field": "--takeaway"},
        {"word": "dashbords", "suggestion": "dashboards", "field": "--takeaway"},
    ]
    assert data["takeaways"] == [f"I liked {TYPO}"]


def test_c11_a_word_added_to_the_dictionary_is_no_longer_listed() -> None:
    ok("words", "add", "attribuiton", "dashbords")
    data = ok("debrief", "--takeaway", f"I liked {TYPO}", "--now", NOW, "--json").json()
    assert data["unknown_words"] == []


def test_c11_names_from_the_records_acronyms_links_and_addresses_are_not_unknown_words() -> None:
    result = ok(
        "debrief",
        "--takeaway",
        "Rachel Stone's SQL notes at https://lumen.example/dashbords, from rachel.stone@lumen.example",
        "--concern",
        "Credit Analyst turnover at Lumen Bank",
        "--now",
        NOW,
    )
    assert result.out == SAVED


def test_c11_a_debrief_from_a_file_lists_the_new_unknown_words_by_section(tmp_path: Path) -> None:
    form = tmp_path / "debrief.txt"
    form.write_text(f"[talking points: rachel]\n- {TYPO}\n\n[takeaways]\n- a well run team\n")
    data = ok("debrief", "--from-file", str(form), "--now", NOW, "--json").json()
    assert data["unknown_words"] == [
        {"word": "attribuiton", "suggestion": "attribution", "field": "[talking points: rachel]"},
        {"word": "dashbords", "suggestion": "dashboards", "field": "[talking points: rachel]"},
    ]
    assert rachel_points() == [TYPO]


# --- the guided debrief, in a terminal ---------------------------------------------------------------

# The guided debrief's questions after Rachel's talking points, each left empty (Enter keeps what is there).
REST = ["", "", "", "", "", "", "", "", "", "", "", ""]


def test_c11_a_typo_in_the_guided_debrief_is_corrected_with_the_suggestion_as_it_is_typed() -> None:
    result = in_terminal(["debrief", "--now", NOW], TYPO, "", "", "", *REST)
    assert result.code == 0, result
    assert '  "attribuiton" is not in the dictionary; did you mean "attribution"?\n' in result.out
    assert (
        '  Enter takes "attribution"; type the right spelling, or = to keep "attribuiton" (added to your '
        "dictionary) [attribution]: "
    ) in result.out
    assert rachel_points() == ["the attribution dashboards you showed"]
    assert words() == []


def test_c11_a_confirmed_word_is_kept_and_added_to_the_personal_dictionary() -> None:
    result = in_terminal(
        ["debrief", "--now", NOW], "the Zephyrix launch", "=", "", "Zephyrix again", "", *REST[1:]
    )
    assert result.code == 0, result
    assert result.out.count('"Zephyrix" is not in the dictionary') == 1  # confirmed: not asked again
    assert rachel_points() == ["the Zephyrix launch"]
    assert debrief_of(records())["takeaways"] == ["Zephyrix again"]
    assert words() == ["Zephyrix"]


def test_c11_a_typed_spelling_replaces_the_word_and_is_checked_in_turn() -> None:
    result = in_terminal(
        ["debrief", "--now", NOW], "the atribushun work", "atribution", "attribution", "", "", *REST
    )
    assert result.code == 0, result
    assert '"atribution" is not in the dictionary' in result.out  # the first correction was misspelt too
    assert rachel_points() == ["the attribution work"]


def test_c11_the_fit_statement_is_checked_too() -> None:
    answers = ["", "", "", "", "", "", "", "", "", "4", "I built credit modles", "", "", ""]
    result = in_terminal(["debrief", "--now", NOW], *answers)
    assert result.code == 0, result
    assert debrief_of(records())["fit_statement"] == "I built credit models"


def test_c11_ctrl_c_after_confirming_a_word_writes_nothing() -> None:
    result = in_terminal(["debrief", "--now", NOW], "the Zephyrix launch", "=", "", "^C")
    assert (result.code, result.err) == (1, "followup: aborted; nothing was written\n")
    assert words() == []
    assert rachel_points() == []


# --- the editor ---------------------------------------------------------------------------------------


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for $EDITOR: the user types a takeaway with two typos."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\np = sys.argv[1]\n"
        "s = open(p).read().replace('[takeaways]\\n', '[takeaways]\\n- " + TYPO + "\\n', 1)\n"
        "open(p, 'w').write(s)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


@pytest.mark.usefixtures("editor")
def test_c11_words_typed_in_the_editor_are_checked_once_it_closes() -> None:
    result = in_terminal(["debrief", "--edit", "--now", NOW], "", "dashboards")
    assert result.code == 0, result
    assert debrief_of(records())["takeaways"] == ["the attribution dashboards you showed"]


@pytest.mark.usefixtures("editor")
def test_c11_the_editor_in_a_script_lists_the_unknown_words_by_section() -> None:
    data = json.loads(ok("debrief", "--edit", "--now", NOW, "--json").out)
    assert [(u["word"], u["field"]) for u in data["unknown_words"]] == [
        ("attribuiton", "[takeaways]"),
        ("dashbords", "[takeaways]"),
    ]


def test_c11_an_answer_saved_before_and_kept_with_enter_is_not_asked_about_again() -> None:
    ok("debrief", "--fit", "I built credit modles", "--takeaway", TYPO, "--now", NOW)
    result = in_terminal(["debrief", "--now", NOW], "", *REST)
    assert result.code == 0, result
    assert "is not in the dictionary" not in result.out
    assert debrief_of(records())["fit_statement"] == "I built credit modles"
