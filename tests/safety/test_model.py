"""The safety net's model (bot/safety_model.py), beside the rules: its weights files are made
from the corpus's development half by bot/safety_train.py, and stay in step with it."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from bot import safety_model
from bot.safety import SafetyNet, message_sentences, message_text, normalize
from bot.safety_corpus import load
from bot.safety_model import MODEL_DIR, WINDOW, Model, words_of
from bot.safety_train import MODELS, fingerprint

# Invented phrasings the rules do not catch and the model does (checked below, so a
# retrained model that stops flagging them fails here, and someone looks).
MODEL_ONLY = "i feel like nothing is ever going to be okay"
# A dev idiom line whose weights, added to MODEL_ONLY's in one sum, cancel it.
THEN_IDIOM = "my mum killed me for not doing the dishes lol"


@pytest.fixture(scope="module")
def net() -> SafetyNet:
    return SafetyNet.load()


@pytest.mark.parametrize("language", MODELS)
def test_the_weights_were_made_from_the_corpus_as_it_is(language: str) -> None:
    """Someone added corpus lines: train again (.venv/bin/python -m bot.safety_train) and
    commit locales/safety/model/*.tsv with the corpus."""
    model = safety_model.load(language)
    assert model is not None
    assert model.fingerprint == fingerprint(language), (
        f"locales/safety/model/{language}.tsv is stale: run .venv/bin/python -m bot.safety_train"
    )


def test_only_the_trained_languages_have_weights() -> None:
    assert sorted(path.stem for path in MODEL_DIR.glob("*.tsv")) == sorted(MODELS)


def test_a_known_line_is_over_the_threshold_and_an_ordinary_one_under(net: SafetyNet) -> None:
    english = safety_model.load("en")
    assert english is not None
    verdict = english.read(normalize(MODEL_ONLY))
    assert verdict.flagged and verdict.score >= english.threshold
    assert verdict.category == "distress"
    ordinary = english.read(normalize("we went to the cinema last night, the film was great"))
    assert not ordinary.flagged and ordinary.why == ()


def test_the_explanation_is_the_words_that_weighed_most(net: SafetyNet) -> None:
    english = safety_model.load("en")
    assert english is not None
    text = normalize(MODEL_ONLY)
    verdict = english.read(text)
    assert 1 <= len(verdict.why) <= safety_model.EXPLAIN
    for shown in verdict.why:
        assert shown in text
        weight = sum(english.word_weight(word) for word in shown.split())
        assert weight > 0


def test_a_model_only_hit_is_medium_with_the_rule_model(net: SafetyNet) -> None:
    assert net.rules_only(MODEL_ONLY) is None
    hit = net.check(MODEL_ONLY)
    assert hit is not None
    # Its category is the model's own guess: hopelessness, "distress", since round 7.
    assert (hit.category, hit.language, hit.level, hit.rule) == (
        "distress",
        "en",
        "medium",
        "en.model",
    )
    assert hit.why


def test_a_past_marker_does_not_lower_a_model_hit_the_rules_did_not_see(net: SafetyNet) -> None:
    """The rules lower a high hit told in the past; a model hit is medium and stays one."""
    text = MODEL_ONLY + " when i was 12"
    assert net.rules_only(text) is None
    hit = net.check(text)
    assert hit is not None and hit.rule == "en.model" and hit.level == "medium"


def test_a_crisis_in_a_long_message_is_read_in_its_window(net: SafetyNet) -> None:
    """The best window counts, not the whole message: ordinary words around it do not
    drown it."""
    english = safety_model.load("en")
    assert english is not None
    ordinary = "we went to the cinema last night and the film was great " * 40
    assert not english.read(normalize(ordinary)).flagged
    crisis = MODEL_ONLY + " and i am so tired of everything"
    assert len(crisis.split()) >= english.span and english.read(normalize(crisis)).flagged
    long = normalize(ordinary + crisis + " " + ordinary)
    assert len(long.split()) > 10 * WINDOW
    assert english.read(long).flagged


def _whole(model: Model, text: str) -> float:
    """The score of the text read whole, as one sum (how it was read before sentences)."""
    words = words_of(normalize(text))
    pairs = sum(model._pair_weight(a, b) for a, b in pairwise(words))
    return model.bias + sum(map(model.word_weight, words)) + pairs


@pytest.mark.parametrize("join", [". ", " ", "\n", " ! "])
def test_an_idiom_after_a_crisis_does_not_cancel_it(net: SafetyNet, join: str) -> None:
    """Read as one sum, the idiom's negative weights cancel the crisis's positive ones; the
    model reads each sentence, and each window of a sentence, on its own and the best
    counts, so the crisis keeps its hit, in another sentence or run on."""
    english = safety_model.load("en")
    assert english is not None
    text = f"{MODEL_ONLY}{join}{THEN_IDIOM}"
    assert len(words_of(normalize(text))) <= WINDOW
    assert _whole(english, text) < english.threshold <= _whole(english, MODEL_ONLY)
    assert net.rules_only(text) is None
    hit = net.check(text)
    assert hit is not None and hit.rule == "en.model"
    # The explanation is the crisis's own words or word pairs, never the idiom's.
    crisis_words = set(words_of(normalize(MODEL_ONLY)))
    assert all(set(shown.split()) <= crisis_words for shown in hit.why), hit.why
    assert net.model_only(THEN_IDIOM) is None, "the idiom alone stays quiet"


def test_sentences_are_read_apart_and_joined_for_the_rules() -> None:
    assert message_sentences("/help Je veux MOURIR... mdr! ok ?\nbye") == (
        "je veux mourir\nmdr\nok\nbye"
    )
    assert message_text("/help Je veux MOURIR... mdr! ok ?\nbye") == "je veux mourir mdr ok bye"
    assert message_sentences(" ?! ") == ""


def test_a_bad_weights_file_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "xx.tsv").write_text(
        "fingerprint\tx\nthreshold\t1\nfeature\tcrisis\tsuicide\n(bias)\t0\t0\nw:a\t1\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"xx\.tsv:5"):
        safety_model.load("xx", tmp_path)
    assert safety_model.load("yy", tmp_path) is None  # no file: rules only


@pytest.mark.parametrize("language", MODELS)
def test_nothing_silences_or_lowers_a_rules_hit(net: SafetyNet, language: str) -> None:
    """The README's promise: the model adds hits the rules missed, never takes one away. On
    every dev line the rules flag, the net's hit is the rules' own (level and rule), also
    where the model scores the line far below its threshold (a learned combination that
    could drop those was measured and dropped only crises: bench/safety_combine.py)."""
    model = safety_model.load(language)
    assert model is not None
    spelling = next(x for x in net.languages if x.name == language)
    doubted = 0
    for example in load(language):
        rules = net.rules_only(example.text) if example.split == "dev" else None
        if rules is None:
            continue
        assert net.check(example.text) == rules, example.text
        score = model.score(spelling.spelled_sentences(message_sentences(example.text)))[0]
        doubted += score < model.threshold - 5
    assert doubted > 0, "the model doubts some of the rules' hits, and they stay"
