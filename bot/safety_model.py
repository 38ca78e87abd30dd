"""The safety net's statistical half: a linear model per language, beside the rules.

The rules (bot/safety.py) catch what their patterns say; youths say it in more ways than
any family of patterns learned from a few hundred lines. This model reads the same
normalised, spelled-out words and adds up weights learned from the corpus's development half
(bot/safety_train.py): a weight per word, per pair of neighbouring words and per piece of
2 to 5 letters inside a word (so "mourrir", "tuerai", "suicid" still count). A message is
flagged when the sum passes the language's threshold, chosen by cross-validation on the
development half for a few false alarms. Linear, so it explains itself: the words whose
weights added most are what the COPIL's alert shows.

A message is read sentence by sentence (bot.safety.message_sentences: one a line), each
sentence whole (up to WINDOW words) and in windows of SPAN words sliding by one; the best
counts. So a crisis told in one sentence of a long story is not drowned by the rest, and
an idiom or a negation after it ("je veux mourir ... mort de rire") cannot cancel it: a
linear score would add the idiom's negative weights to the crisis's positive ones.
Each word's own weight (its pieces included) is computed once and kept (words repeat,
across messages too), so a 4,096-character message costs a fraction of a millisecond.

Weights: locales/safety/model/<language>.tsv (their header says how they were made and the
fingerprint of the lines they were trained on). Pure Python: the bot does not need numpy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent.parent / "locales" / "safety" / "model"
WINDOW = 24  # words: a sentence this long is read whole too (most corpus lines have under 15)
SPAN = 8  # words: a longer sentence is read in windows this long too (its file may say more)
GRAMS = range(2, 6)  # letters: pieces of 2 to 5 letters inside a word
EXPLAIN = 3  # words or pairs shown to the COPIL


def words_of(spelled: str) -> list[str]:
    """Words of normalised, spelled-out text; "j'ai" reads as "j ai" (like "j ai")."""
    return spelled.replace("'", " ").split()


def word_features(word: str) -> Iterator[str]:
    """A word's features: itself and its pieces of 2-5 letters, with its edges marked."""
    yield "w:" + word
    padded = f" {word} "
    for size in GRAMS:
        for start in range(len(padded) - size + 1):
            yield "c:" + padded[start : start + size]


def pair_feature(first: str, second: str) -> str:
    return f"b:{first} {second}"


def features(words: list[str]) -> Iterator[str]:
    """Every feature of a run of words, repeated as often as it occurs (counts)."""
    for index, word in enumerate(words):
        yield from word_features(word)
        if index:
            yield pair_feature(words[index - 1], word)


@dataclass(frozen=True)
class Verdict:
    """The model's reading of a message: its score (log-odds) against the threshold and,
    when flagged, the category it leans to and the words or pairs that added most (shown to
    the COPIL)."""

    language: str
    score: float
    threshold: float
    category: str
    why: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return self.score >= self.threshold


class Model:
    """One language's weights: a detector (crisis or not) and, for the category, one
    weight per crisis category (the most likely one is reported)."""

    def __init__(
        self,
        language: str,
        *,
        threshold: float,
        span: int,
        bias: float,
        weights: dict[str, float],
        categories: tuple[str, ...],
        category_bias: tuple[float, ...],
        category_weights: dict[str, tuple[float, ...]],
        fingerprint: str,
    ) -> None:
        self.language = language
        self.threshold = threshold
        self.span = span
        self.bias = bias
        self.weights = weights
        self.categories = categories
        self.category_bias = category_bias
        self.category_weights = category_weights
        self.fingerprint = fingerprint
        # A word's weight is the same in every message: computed once (words repeat).
        self.word_weight = lru_cache(maxsize=65536)(self._word_weight)

    def _word_weight(self, word: str) -> float:
        get = self.weights.get
        return sum(get(feature, 0.0) for feature in word_features(word))

    def _pair_weight(self, first: str, second: str) -> float:
        return self.weights.get(pair_feature(first, second), 0.0)

    def best_window(self, words: list[str], span: int = 0) -> tuple[float, int, int]:
        """The highest score of the sentence whole (up to WINDOW words) and of its windows
        of `span` words (its file's when 0; when longer), with where that span starts and
        its length. Sliding sums: each word is added and removed once."""
        if not words:
            return self.bias, 0, 0
        own = [self.word_weight(word) for word in words]
        pairs = [0.0] + [self._pair_weight(a, b) for a, b in pairwise(words)]
        best, best_at, best_size = float("-inf"), 0, 0
        if len(words) <= WINDOW:
            best, best_size = sum(own) + sum(pairs), len(words)
        span = span or self.span
        if len(words) > span:
            # A window's pairs are those inside it: pairs[i] joins word i-1 and word i.
            total = sum(own[:span]) + sum(pairs[1:span])
            if total > best:
                best, best_size = total, span
            for start in range(1, len(words) - span + 1):
                end = start + span - 1
                total += own[end] + pairs[end] - own[start - 1] - pairs[start]
                if total > best:
                    best, best_at, best_size = total, start, span
        return self.bias + best, best_at, best_size

    def score(self, spelled: str, span: int = 0) -> tuple[float, list[str]]:
        """The best score of any sentence (one a line) or window, and its words."""
        best: tuple[float, list[str]] = (float("-inf"), [])
        for sentence in spelled.split("\n"):
            words = words_of(sentence)
            score, at, size = self.best_window(words, span)
            if score > best[0]:
                best = (score, words[at : at + size])
        return best

    def read(self, spelled: str) -> Verdict:
        """The verdict on normalised, spelled-out text, one sentence a line (see
        bot.safety.message_sentences); the category and the words that weighed most only
        when it is flagged (they cost more)."""
        score, window = self.score(spelled)
        if score < self.threshold:
            return Verdict(self.language, score, self.threshold, "", ())
        return Verdict(self.language, score, self.threshold, *self._explain(window))

    def _explain(self, window: list[str]) -> tuple[str, tuple[str, ...]]:
        """The category the window leans to, and its words or pairs that weighed most."""
        totals = list(self.category_bias)
        for feature in features(window):
            for index, weight in enumerate(self.category_weights.get(feature, ())):
                totals[index] += weight
        category = self.categories[max(range(len(totals)), key=totals.__getitem__)]
        parts = {word: self.word_weight(word) for word in window}
        for first, second in pairwise(window):
            pair = f"{first} {second}"
            # A pair is shown rather than its words when it weighs more than them together.
            joint = self._pair_weight(first, second) + parts.get(first, 0) + parts.get(second, 0)
            if self._pair_weight(first, second) > 0 and joint > max(parts[first], parts[second]):
                parts[pair] = joint
        ranked = sorted((w for w in parts.items() if w[1] > 0), key=lambda w: (-w[1], w[0]))
        shown: list[str] = []
        for text, _weight in ranked:
            if any(len(word) < 2 for word in text.split()):
                continue  # "i", the "t" of "don't": true weights, but they explain nothing
            if any(text in other.split() or other in text.split() for other in shown):
                continue  # "me tuer" already says "tuer"
            shown.append(text)
            if len(shown) == EXPLAIN:
                break
        return category, tuple(shown)


def load(language: str, folder: Path | None = None) -> Model | None:
    """The language's model, or None when it has no weights file (rules only)."""
    path = (folder or MODEL_DIR) / f"{language}.tsv"
    return _load_once(path, path.stat().st_mtime_ns) if path.exists() else None


@lru_cache(maxsize=32)
def _load_once(path: Path, mtime_ns: int) -> Model:
    """Read once per process (every start of the bot in the tests would pay for it)."""
    header: dict[str, str] = {}
    weights: dict[str, float] = {}
    category_weights: dict[str, tuple[float, ...]] = {}
    categories: tuple[str, ...] = ()
    bias, category_bias = 0.0, tuple[float, ...]()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "feature":  # the column names: feature, detector, categories...
            categories = tuple(fields[2:])
            continue
        if not categories:
            key, _sep, value = line.partition("\t")
            header[key] = value
            continue
        if len(fields) != len(categories) + 2:
            raise ValueError(f"{path.name}:{number}: expected {len(categories) + 2} columns")
        values = tuple(float(v) for v in fields[1:])
        if fields[0] == "(bias)":
            bias, category_bias = values[0], values[1:]
            continue
        if values[0]:
            weights[fields[0]] = values[0]
        if any(values[1:]):
            category_weights[fields[0]] = values[1:]
    missing = {"threshold", "span", "fingerprint"} - set(header)
    if missing or not categories:
        raise ValueError(f"{path.name}: no {', '.join(sorted(missing)) or 'columns'}")
    return Model(
        path.stem,
        threshold=float(header["threshold"]),
        span=int(header["span"]),
        bias=bias,
        weights=weights,
        categories=categories,
        category_bias=category_bias,
        category_weights=category_weights,
        fingerprint=header["fingerprint"],
    )
