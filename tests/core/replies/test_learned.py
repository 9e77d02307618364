"""The learned part of the reply classifier: its features, its training, its weights file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from followup.core.learning import Settings, format_weights, parse_weights, stem, train, train_bayes
from followup.core.replies.classify import TEXT_KINDS, classify
from followup.core.replies.features import features
from followup.core.replies.learned import BAYES_FILE, WEIGHTS_FILE, shipped, shipped_weights
from followup.core.replies.model import SURE_AT, Reply

ROOT = Path(__file__).resolve().parents[3]
SENT = dt.datetime(2026, 9, 8, 10, 0, tzinfo=dt.UTC)


def test_a_negation_colours_the_next_words_so_not_an_offer_is_not_the_word_offer() -> None:
    feats = features("", "This is not an offer yet.")
    assert "not_offer" in feats and "offer" not in feats


def test_a_negation_stops_at_the_end_of_its_clause() -> None:
    feats = features("", "We cannot say yet. The offer letter follows.")
    assert "offer" in feats and "not_offer" not in feats


def test_subject_words_and_fired_tables_are_features_of_their_own() -> None:
    feats = features("Automatic reply", "Thanks", ["auto_reply"])
    assert {"s:automatic", "s:reply", "cue:auto_reply", "len:short"} <= set(feats)


def test_forms_of_one_word_share_a_stem() -> None:
    assert stem("invited") == stem("invites") == stem("inviting") == "invit"
    assert stem("next") == "next"  # short words stay as they are


def test_training_is_deterministic_and_learns_a_separable_toy_set() -> None:
    examples = [(["offer", "pleased"], "offer"), (["offer", "salary"], "offer"),
                (["regret", "other"], "rejection"), (["regret", "unfortunately"], "rejection")]  # fmt: skip
    kinds = ("offer", "rejection")
    first = train(examples, kinds, Settings(min_count=1))
    assert first == train(examples, kinds, Settings(min_count=1))
    assert first["offer"]["offer"] > 0 > first["offer"]["rejection"]
    assert first["regret"]["rejection"] > 0


def test_the_weights_file_reads_back_what_was_written() -> None:
    weights = {"": {"offer": 0.5, "rejection": -0.5}, "regret": {"rejection": 1.25}}
    kinds = ("offer", "rejection")
    assert parse_weights(format_weights(weights, kinds)) == weights


def test_a_reply_in_words_the_weights_never_met_is_not_sure() -> None:
    verdict = classify(Reply("", "Zyx qwv plo.", {}, SENT))
    assert verdict.confidence < SURE_AT and verdict.phrases == ()


def test_a_rejection_without_any_phrase_of_the_tables_is_still_read_by_the_weights() -> None:
    text = "Dear Chloe,\nThank you for your patience. Unfortunately we have decided not to progress your"
    text += " application on this occasion. We wish you every success in your search.\nKind regards,\nKate"
    verdict = classify(Reply("Your application", text, {}, SENT))
    assert (verdict.kind, verdict.sure) == ("rejection", True)


def test_the_shipped_weights_are_those_the_development_split_trains() -> None:
    # scripts/train_replies.py must be run whenever benchmarks/replies/dev changes
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from replies import cases, train_on

    data = ROOT / "src" / "followup" / "data"
    learned = train_on(cases("dev"))
    assert format_weights(learned.weights, TEXT_KINDS) == (data / WEIGHTS_FILE).read_text(encoding="utf-8")
    assert format_weights(learned.bayes, TEXT_KINDS) == (data / BAYES_FILE).read_text(encoding="utf-8")
    assert shipped_weights() and shipped().bayes  # and the package finds them


def test_naive_bayes_is_deterministic_and_learns_a_separable_toy_set() -> None:
    examples = [(["offer", "pleased"], "offer"), (["offer", "salary"], "offer"),
                (["regret", "other"], "rejection"), (["regret", "unfortunately"], "rejection")]  # fmt: skip
    kinds = ("offer", "rejection")
    bayes = train_bayes(examples, kinds, min_count=1)
    assert bayes == train_bayes(examples, kinds, min_count=1)
    assert bayes["offer"]["offer"] > bayes["offer"]["rejection"]
    assert bayes["regret"]["rejection"] > bayes["regret"]["offer"]
    assert "pleased" not in train_bayes(examples, kinds, min_count=2)  # seen once: says nothing
