"""The labelled corpus is well formed, large enough, split once for all, and every
language Lien speaks has one (and its safety patterns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety import SAFETY_DIR, SafetyNet
from bot.safety_corpus import CRISES, LEVELS, SPLITS, TRAPS, languages, load, split_of

LOCALES = SAFETY_DIR.parent
SPOKEN = sorted(p.name for p in LOCALES.iterdir() if p.is_dir() and p.name != "safety")


def test_lien_speaks_french_and_english() -> None:
    assert {"fr", "en"} <= set(SPOKEN)


@pytest.mark.parametrize("language", SPOKEN)
def test_every_locale_has_safety_patterns_and_a_corpus(language: str) -> None:
    assert (SAFETY_DIR / f"{language}.txt").is_file(), f"locales/safety/{language}.txt"
    assert language in languages(), f"tests/safety/{language}.tsv"
    minimum = 400 if language in ("fr", "en") else 100
    assert len(load(language)) >= minimum


@pytest.mark.parametrize("language", languages())
def test_a_corpus_is_well_formed_and_balanced(language: str) -> None:
    examples = load(language)
    texts = [e.text for e in examples]
    assert len(set(texts)) == len(texts), "duplicates would count twice"
    for e in examples:
        assert e.split in SPLITS and e.level in LEVELS, e.text
        assert e.text.strip() == e.text and e.text, e.text
        assert e.category in (CRISES if e.crisis else TRAPS), (e.category, e.text)
        assert e.split == split_of(e.text), f"moved between the halves: {e.text}"
    crises = sum(e.crisis for e in examples) / len(examples)
    assert 0.4 <= crises <= 0.6, "about half crises, half ordinary messages"
    for split in SPLITS:
        assert sum(e.split == split for e in examples) >= len(examples) // 3


def test_a_badly_formed_corpus_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import safety_corpus as corpus

    (tmp_path / "xx.tsv").write_text("split\tlevel\ttext\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "CORPUS_DIR", tmp_path)
    with pytest.raises(ValueError, match="header"):
        corpus.load("xx")
    (tmp_path / "xx.tsv").write_text("split\tlevel\tcategory\ttext\ndev\thigh\n", "utf-8")
    with pytest.raises(ValueError, match=r"xx\.tsv:2"):
        corpus.load("xx")


# Misses and false alarms of the rules alone allowed on the dev half (the five other
# languages': as measured, rounded up, when round 10 landed); tuning lowers them, never a
# line's label.
ALLOWED = {
    "fr": (0.16, 0.02),
    "en": (0.13, 0.02),
    "ar": (0.60, 0.06),
    "de": (0.50, 0.06),
    "es": (0.53, 0.10),
    "it": (0.48, 0.09),
    "pt": (0.55, 0.06),
}


@pytest.mark.parametrize("language", languages())
def test_the_net_on_the_development_half(language: str) -> None:
    """A guard for pattern edits: the half they are tuned on stays caught and quiet by the
    rules alone (the model is trained on that half: tests/safety/test_model.py). The
    held-out half is only measured (bench/safety.py), never asserted.

    Rounds 1-5 were tuned to 1.00; rounds 6-9 (fr, en) and round 8 of the other languages
    were written blind by other authors and left untuned, so the rules alone catch 0.61 fr /
    0.60 en of the dev half, and 0.81-0.94 of the others' (false alarms up to 0.045). The
    French and English false alarms were then mended by family (0.043 / 0.033 -> 0.005 /
    0.003; 0.016 / 0.012 with round 9). Then their misses by family (0.334 -> 0.054 fr,
    0.352 -> 0.021 en before round 9; 0.149 / 0.120 with round 9's blind dev lines, of
    whose crises the rules catch about 0.43): 16% and 13%, false alarms 2% (0.017 / 0.013).
    The floors below still fail any edit that loses more than a few lines. Round 10 (blind,
    about 310 new lines in each of the other languages) left them at the misses and false
    alarms of ALLOWED until their rules are tuned on its dev half."""
    net = SafetyNet.load()
    dev = [e for e in load(language) if e.split == "dev"]
    missed = [e.text for e in dev if e.crisis and net.rules_only(e.text) is None]
    alarms = [e.text for e in dev if not e.crisis and net.rules_only(e.text) is not None]
    misses, false_alarms = ALLOWED.get(language, (0.22, 0.06))
    assert len(missed) <= misses * sum(e.crisis for e in dev), missed
    assert len(alarms) <= false_alarms * sum(not e.crisis for e in dev), alarms


def test_the_trainer_reads_the_dev_half_without_the_held_out_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """load(language, "dev") drops the other half on its split column, before its text is
    looked at: a broken held-out line does not even raise."""
    from bot import safety_corpus as corpus

    rows = ["split\tlevel\tcategory\ttext", "dev\tnone\teveryday\tbonjour", "held\tbroken"]
    (tmp_path / "xx.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "CORPUS_DIR", tmp_path)
    assert [e.text for e in corpus.load("xx", "dev")] == ["bonjour"]
    with pytest.raises(ValueError, match=r"xx\.tsv:3"):
        corpus.load("xx")
