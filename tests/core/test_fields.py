"""``core.fields``: every text field a person types, one line or free text, with its limit, and the
characters no field takes."""

from __future__ import annotations

import dataclasses
import re
import typing

import pytest

from followup.core import fields, model
from followup.core.errors import InvalidInput
from followup.core.fields import RECORD_FIELDS, TextField


def _text_fields() -> set[tuple[type, str]]:
    """Every (record, field) of the model that holds a string or a tuple of strings."""
    found = set()
    for cls in vars(model).values():
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            continue
        hints = typing.get_type_hints(cls)
        for spec in dataclasses.fields(cls):
            hint = hints[spec.name]
            if hint is str or hint == tuple[str, ...]:
                found.add((cls, spec.name))
    return found


def test_every_text_field_of_every_record_has_its_limits() -> None:
    assert set(RECORD_FIELDS) == _text_fields()


ONE_LINE = fields.line("--name", 20)
FREE = fields.free("--body", 20)


@pytest.mark.parametrize(
    "value",
    ["Dana Kim", "", "Zoë Ðặng", "山田 太郎", "👩🏽‍💻 Dana", "\u05d3\u05e0\u05d4 \u200f", "O'Brien-Smith"],
)
def test_names_in_any_script_with_emoji_and_right_to_left_marks_are_one_line(value: str) -> None:
    assert ONE_LINE.check(value) == value


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Dana\nKim", "has a line break at character 5"),
        ("Dana\r", "has a line break at character 5"),
        ("Dana\u2028", "has a line break at character 5"),
        ("Dana\x85", "has a line break at character 5"),
        ("Dana\tKim", "has a tab at character 5"),
        ("Da\x00na", "has a NUL character at character 3"),
        ("\x1b[31mX", "has a control character (U+001B) at character 1"),
        ("a\x7f", "has a control character (U+007F) at character 2"),
        ("a\x9b", "has a control character (U+009B) at character 2"),
        ("\ud800", "has an unpaired surrogate (U+D800) at character 1, which is not text"),
        ("evil\u202etxt", "has a bidirectional control (U+202E) at character 5, which can disguise text"),
        ("a\u2066b", "has a bidirectional control (U+2066) at character 2, which can disguise text"),
        ("x" * 21, "has 21 characters"),
    ],
)
def test_a_one_line_field_refuses_and_says_what_and_where(value: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ONE_LINE.check(value)
    assert caught.value.field == "--name"
    assert caught.value.accepted == (
        f"one line of at most 20 characters, without control characters; this {problem}"
    )
    assert caught.value.given == value


@pytest.mark.parametrize(
    "value", ["line one\nline two", "a\r\nb", "col\tcol", "p\u2029q", "\u202eok in free text"]
)
def test_free_text_takes_tabs_and_line_breaks(value: str) -> None:
    assert FREE.check(value) == value


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("a\x00", "has a NUL character at character 2"),
        ("bell\x07", "has a control character (U+0007) at character 5"),
        ("page\x0c", "has a control character (U+000C) at character 5"),
        ("\udfff", "has an unpaired surrogate (U+DFFF) at character 1, which is not text"),
        ("x" * 21, "has 21 characters"),
    ],
)
def test_free_text_refuses_other_control_characters_and_overlong_text(value: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(problem)):
        FREE.check(value)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is empty"),
        ("   ", "holds only spaces or invisible characters"),
        ("\u200b\u200d", "holds only spaces or invisible characters"),
    ],
)
def test_a_required_field_refuses_empty_and_blank(value: str, problem: str) -> None:
    required = TextField("company", True, 50, required=True)
    with pytest.raises(InvalidInput) as caught:
        required.check(value)
    assert caught.value.message == (
        f"company: expected one non-empty line of at most 50 characters, without control characters; "
        f"this {problem} (got {value!r})"
    )


def test_a_huge_value_is_quoted_short_in_the_message() -> None:
    with pytest.raises(InvalidInput) as caught:
        fields.NAME.check("x" * 10_000_000, "--name")
    assert len(caught.value.message) < 300
    assert caught.value.message.endswith("xxx' (10,000,000 characters))")
    assert "'...'" in caught.value.message  # the first and the last characters, the middle left out


@pytest.mark.parametrize(
    ("value", "code"), [("\ufeffDana", "FEFF"), ("Da\u200bna", "200B"), ("Dana\u2060", "2060")]
)
def test_a_one_line_field_refuses_invisible_characters_that_split_a_name(value: str, code: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(f"an invisible character (U+{code})")):
        ONE_LINE.check(value)
