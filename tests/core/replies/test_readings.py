"""What the classifier reads beyond words: word classes, a decisive rejection phrase, the legal footer left
out, the seeds averaged, and a weak rejection yielding (issue 10, item 6)."""

from __future__ import annotations

import datetime as dt

from followup.core.learning import words
from followup.core.replies.classify import REJECTION_AT, _read, _Reading, _weighed, classify
from followup.core.replies.features import classes, features
from followup.core.replies.learned import Learned, train_replies
from followup.core.replies.model import Reply

SENT = dt.datetime(2026, 9, 8, 10, 0, tzinfo=dt.UTC)


def test_synonyms_of_one_meaning_read_as_one_word_with_their_pairs() -> None:
    sorry = classes(words("Sadly we chose another applicant."))
    regret = classes(words("Unfortunately we selected a different finalist."))
    assert {"zc:zsorry", "zc:we zchoose", "zc:zother zperson"} <= set(sorry)
    assert {"zc:zsorry", "zc:we zchoose", "zc:zother zperson"} <= set(regret)


def test_a_negated_class_word_keeps_its_negation_and_no_pair_spans_a_clause() -> None:
    found = classes(words("You were not selected. Candidate pool."))
    assert "zc:not_zchoose" in found and "zc:zchoose" not in found
    assert not any(f.startswith("zc:not_zchoose") and "zperson" in f for f in found)
    assert "zc:zperson zkeep" in found


def test_a_word_of_no_class_gives_no_class_feature() -> None:
    assert classes(words("Parking is on level two.")) == []


def test_e03_a_decisive_rejection_phrase_is_a_feature_a_softener_alone_is_not() -> None:
    decisive = _read(Reply("", "We regret to inform you that we have filled the post.", {}, SENT))
    softener = _read(Reply("", "Unfortunately the room has changed to 4B.", {}, SENT))
    assert isinstance(decisive, _Reading) and isinstance(softener, _Reading)
    assert "cue:rejection:decisive" in features("", decisive.text, sorted(decisive.scores), decisive.hits)
    assert softener.scores["rejection"][1] == ["Unfortunately"]
    assert "cue:rejection:decisive" not in features("", softener.text, sorted(softener.scores), softener.hits)


def test_a_legal_footer_is_left_out_so_its_words_decide_nothing() -> None:
    text = (
        "Hi Sam,\n\nThursday at 2pm works for us. See you then.\n\nBest,\nAna\n\n"
        "This message is meant for the recipient only and may be confidential. Got it by mistake? "
        "Please ignore it and delete it."
    )
    reading = _read(Reply("Re: times", text, {}, SENT))
    assert isinstance(reading, _Reading)
    assert "confidential" not in reading.text and "Thursday at 2pm works" in reading.text
    assert "other" not in reading.scores  # "meant for", "please ignore" were the footer's
    verdict = classify(Reply("Re: times", text, {}, SENT))
    assert verdict.kind == "schedule_reply"


def test_a_confidential_word_in_the_first_half_stays_in() -> None:
    text = "Please keep this confidential: we'd like to offer you the role.\n\nBest,\nAna"
    reading = _read(Reply("", text, {}, SENT))
    assert isinstance(reading, _Reading) and reading.text == text


def _toy() -> Learned:
    examples = [
        (["regret", "cue:rejection"], "rejection"),
        (["regret", "other"], "rejection"),
        (["thank", "note"], "generic"),
        (["thank", "cue:generic"], "generic"),
    ]
    return train_replies(examples * 3, ("rejection", "generic"))


def test_training_averages_the_seeds_and_is_deterministic() -> None:
    first = _toy()
    assert first == _toy()
    assert first.weights["regret"]["rejection"] > 0 > first.weights["regret"]["generic"]


def test_a_rejection_less_likely_than_rejection_at_yields_to_the_next_kind() -> None:
    # A rejection word and an acknowledgement's, equally weighed: rejection stays below REJECTION_AT
    weights = {"": {}, "regret": {"rejection": 0.1}, "thank": {"generic": 0.0}}
    reading = _Reading("", "Thank you, we regret.", {}, None)
    learned = Learned(weights, {})
    verdict = _weighed(learned, reading)
    assert verdict.kind != "rejection"
    strong = Learned({"": {}, "regret": {"rejection": 60.0}}, {})
    assert _weighed(strong, reading).kind == "rejection"
    assert 0.4 < REJECTION_AT < 0.5


def test_a_cue_inside_an_indirect_question_is_asked_not_said() -> None:
    asked = _read(Reply("", "You asked whether the role has been filled. It has not.", {}, SENT))
    said = _read(Reply("", "I'm sorry to say the role has been filled.", {}, SENT))
    assert isinstance(asked, _Reading) and isinstance(said, _Reading)
    assert "rejection" not in asked.scores
    assert sorted(said.scores["rejection"][1]) == ["role has been filled", "sorry to say"]


def test_e07_a_question_about_the_post_answered_no_is_an_acknowledgement() -> None:
    text = (
        "Dear Ana,\n\nYou asked whether the position has been filled. It has not: the panel is still "
        "reviewing and no one has been appointed. We'll let you know once a decision is made.\n\nBest,\nJo"
    )
    verdict = classify(Reply("Update", text, {}, SENT))
    assert verdict.kind == "generic"


def test_e11_a_decision_reported_as_told_before_is_background_not_the_news() -> None:
    reported = _read(
        Reply("", "Mia told you last week that we offered the job to another applicant.", {}, SENT)
    )
    news = _read(Reply("", "We offered the job to another applicant.", {}, SENT))
    assert isinstance(reported, _Reading) and isinstance(news, _Reading)
    seen = features("", reported.text, sorted(reported.scores), reported.hits)
    fresh = features("", news.text, sorted(news.scores), news.hits)
    assert "cue:rejection:reported" in seen and "cue:rejection:decisive" not in seen
    assert "cue:rejection:decisive" in fresh and "cue:rejection:reported" not in fresh


def test_a_subjects_synonyms_are_read_as_their_class_apart_from_the_text() -> None:
    position = features("Analyst position", "")
    vacancy = features("Analyst vacancy", "")
    assert {"s:zc:zrole", "s:zc:analyst zrole"} <= set(position) & set(vacancy)
    in_text = features("Update", "Analyst position")
    assert "zc:zrole" in in_text and "s:zc:zrole" not in in_text
