"""Every user setting named in PLAYBOOK §3, with its default, what it accepts and what it changes.

Settings are stored as text (``name -> value``) at two levels: the candidate's defaults and, per
application, overrides. ``resolve`` turns both into one typed ``Settings`` value; ``parse_setting``
is the one place that says what each setting accepts, so the CLI, the import and the docs agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Literal

from followup.core.errors import InvalidInput

ThankYouTiming = Literal["same_day", "within_24h", "next_business_day"]
FormalLetter = Literal["optional", "required", "off"]
FormalLetterMedium = Literal["auto", "email", "post"]
StatusChannel = Literal["email", "phone_hr"]
StatusRecipient = Literal["hr", "hiring_manager"]
StatedDateGrace = Literal["week", "none"]
FeedbackRequest = Literal["suggest_if_went_well", "always", "never"]


@dataclass(frozen=True)
class Settings:
    thank_you_timing: ThankYouTiming = "same_day"
    allow_handwritten: bool = False
    allow_hr_dropoff: bool = False
    mail_printed_copy: bool = False
    formal_letter: FormalLetter = "optional"
    formal_letter_medium: FormalLetterMedium = "auto"
    unanswered_touch_cap: int = 3
    followup_cap: int = 3
    count_thank_you_as_touch: bool = True
    status_channel: StatusChannel = "email"
    status_recipient: StatusRecipient = "hr"
    stated_date_grace: StatedDateGrace = "week"
    followup_window_start: int = 5
    followup_window_end: int = 10
    dup_threshold: float = 0.5
    feedback_request: FeedbackRequest = "suggest_if_went_well"
    allow_exceptions: bool = True
    letter_closing: str = "Yours sincerely"
    linkedin_note_limit: int = 200
    linkedin_requests: bool = True
    auto_apply_replies: bool = False


CHOICES: dict[str, tuple[str, ...]] = {
    "thank_you_timing": ("same_day", "within_24h", "next_business_day"),
    "formal_letter": ("optional", "required", "off"),
    "formal_letter_medium": ("auto", "email", "post"),
    "status_channel": ("email", "phone_hr"),
    "status_recipient": ("hr", "hiring_manager"),
    "stated_date_grace": ("week", "none"),
    "feedback_request": ("suggest_if_went_well", "always", "never"),
    "linkedin_note_limit": ("200", "300"),
}

DESCRIPTIONS: dict[str, str] = {
    "thank_you_timing": "When thank-you notes are due (T-01, K-01).",
    "allow_handwritten": "Accept handwritten notes without a warning (H-02, K-02).",
    "allow_hr_dropoff": "Allow dropping a printed note at HR on the interview day (H-07, K-03).",
    "mail_printed_copy": "Plan a posted, typed copy after each emailed thank-you (H-06, K-04).",
    "formal_letter": "The formal thank-you letter a few days later (T-02, K-05).",
    "formal_letter_medium": "How the formal letter travels; auto = post for traditional firms (H-09, K-21).",
    "unanswered_touch_cap": "Consecutive unanswered touches before the chase ends (A-03, K-06).",
    "followup_cap": "Status follow-ups allowed in all (A-04, K-06).",
    "count_thank_you_as_touch": "Whether the thank-you round counts as a touch (A-03, K-06).",
    "status_channel": "Status follow-ups by email, or by a call to HR (H-10, K-07).",
    "status_recipient": "Who status emails go to; hiring_manager silences W-HRONLY on emails (H-11, K-08).",
    "stated_date_grace": "Wait a further week after a stated date before F1 is due (T-04, K-09).",
    "followup_window_start": "First business day of a status follow-up's DUE window (T-03, T-05, K-10).",
    "followup_window_end": "Last business day of a status follow-up's DUE window (T-03, T-05, K-10).",
    "dup_threshold": "Word-trigram similarity above which a follow-up repeats earlier wording (C-16, K-12).",
    "feedback_request": "When to suggest asking for feedback after a rejection (C-27, K-18).",
    "allow_exceptions": "Allow early contact for a competing offer or accepted news (E-04, E-05, K-16).",
    "letter_closing": "Closing of the formal letter (C-10, K-23).",
    "linkedin_note_limit": "Characters allowed in a LinkedIn note: 200 (free) or 300 (premium) (C-13).",
    "linkedin_requests": "Offer LinkedIn connection requests at all (H-08, K-20).",
    "auto_apply_replies": "`followup sync` applies a reply the classifier is sure of without asking (A-12).",
}

_BOOL_TEXT = {
    "true": True,
    "yes": True,
    "on": True,
    "1": True,
    "false": False,
    "no": False,
    "off": False,
    "0": False,
}
_INT_RANGES = {
    "unanswered_touch_cap": (1, 10),
    "followup_cap": (1, 10),
    "followup_window_start": (1, 30),
    "followup_window_end": (1, 60),
}

DEFAULTS = Settings()
NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))


def parse_setting(name: str, text: str) -> bool | int | float | str:
    """Turn the text of one setting into its typed value, or raise InvalidInput naming what is accepted."""
    if name not in NAMES:
        raise InvalidInput(f"setting {name!r}", "one of: " + ", ".join(NAMES))
    default = getattr(DEFAULTS, name)
    value = text.strip()
    if isinstance(default, bool):
        if value.lower() not in _BOOL_TEXT:
            raise InvalidInput(f"setting {name}", "true or false")
        return _BOOL_TEXT[value.lower()]
    if isinstance(default, int):
        low, high = _INT_RANGES.get(name, (0, 1000))
        if name in CHOICES and value not in CHOICES[name]:
            raise InvalidInput(f"setting {name}", " or ".join(CHOICES[name]))
        try:
            number = int(value)
        except ValueError:
            raise InvalidInput(f"setting {name}", f"a whole number from {low} to {high}") from None
        if not low <= number <= high:
            raise InvalidInput(f"setting {name}", f"a whole number from {low} to {high}")
        return number
    if isinstance(default, float):
        try:
            ratio = float(value)
        except ValueError:
            raise InvalidInput(f"setting {name}", "a number between 0 and 1") from None
        if not 0.0 < ratio <= 1.0:
            raise InvalidInput(f"setting {name}", "a number between 0 and 1")
        return ratio
    if name in CHOICES and value not in CHOICES[name]:
        raise InvalidInput(f"setting {name}", " or ".join(CHOICES[name]))
    if not value:
        raise InvalidInput(f"setting {name}", "a non-empty text")
    return value


def format_setting(value: bool | int | float | str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def resolve(*layers: Iterable[tuple[str, str]]) -> Settings:
    """Apply stored overrides, later layers winning (candidate defaults, then one application's)."""
    result = DEFAULTS
    for layer in layers:
        changes = {name: parse_setting(name, text) for name, text in layer}
        result = replace(result, **changes)  # type: ignore[arg-type]
    if result.followup_window_end < result.followup_window_start:
        raise InvalidInput(
            "settings followup_window_start and followup_window_end",
            "a start not after the end",
            f"{result.followup_window_start} > {result.followup_window_end}",
        )
    return result
