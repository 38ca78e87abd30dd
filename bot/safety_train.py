"""Train the safety net's model (bot/safety_model.py) on the development half of the corpus.

    .venv/bin/python -m bot.safety_train [language ...]

Reads only the lines of tests/safety/<language>.tsv marked dev (the held-out half is never
opened here: lines are filtered on their split column before their text is read). For each
language: logistic regression by gradient descent (numpy, fixed start, fixed steps: the same
lines give the same file) on counts of words, word pairs and 2-5-letter pieces of words seen
in at least two lines. The L2 penalty, the window length (SPANS) and the threshold are chosen
by 5-fold cross-validation inside the dev half: the threshold lets through FALSE_ALARMS of
the held-back ordinary messages the rules leave quiet; among the choices whose held-back
hits stay flagged (KEPT) when a dev idiom or negation line follows them, the one with which
rules or model catch most held-back crises. Then the model is trained on the
whole dev half, pruned to the KEEP features that weigh most, trained again on those, and a
softmax over the crisis categories is trained on the crises with the same features. The file
locales/safety/model/<language>.tsv gets the weights and a fingerprint of the lines; a test
fails when the corpus's dev half changes and the file was not made again.

A language is trained only if MODELS names it: the others have too few lines for the model
to beat its own false alarms (see the README, "The safety net")."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.safety import CATEGORIES, SafetyNet, message_sentences
from bot.safety_corpus import Example, load
from bot.safety_model import MODEL_DIR, SPAN, Model, features, words_of

MODELS = ("en", "fr")
VERSION = "2"  # raise it when the features or the training change: the files go stale
FOLDS = 5
PENALTIES = (0.0003, 0.001, 0.003, 0.01)
SPANS = (8, 10, 12)  # words: the windows a sentence is read in (bot/safety_model.py)
KEPT = 0.9  # of the model's hits, the share an idiom or negation after them must not cancel
TRAPS = ("idiom", "negation")
FALSE_ALARMS = 0.015  # of ordinary messages, on top of the rules' own (≈ 0.03 held out)
KEEP = 2500
MIN_LINES = 2
STEPS = 300
RATE = 0.05


def fingerprint(language: str) -> str:
    """What the weights were made from: the dev lines and the trainer's version."""
    digest = hashlib.sha256(VERSION.encode())
    for line in sorted(load(language, "dev"), key=lambda x: (x.text, x.level, x.category)):
        digest.update(f"\n{line.level}\t{line.category}\t{line.text}".encode())
    return digest.hexdigest()[:16]


def _spelled(net: SafetyNet, language: str, text: str) -> str:
    """The line as the model reads it: normalised, spelled out, one sentence a line."""
    spelling = next(x for x in net.languages if x.name == language)
    return spelling.spelled_sentences(message_sentences(text))


class Matrix:
    """Feature counts of lines, sparse: a (row, column, count) triple per nonzero."""

    def __init__(self, counts: list[Counter[str]], columns: dict[str, int]) -> None:
        import numpy as np

        rows, cols, vals = [], [], []
        for row, counter in enumerate(counts):
            for feature, count in sorted(counter.items()):
                if feature in columns:
                    rows.append(row)
                    cols.append(columns[feature])
                    vals.append(float(count))
        self.rows = np.array(rows, dtype=np.int64)
        self.cols = np.array(cols, dtype=np.int64)
        self.vals = np.array(vals, dtype=np.float64)
        self.shape = (len(counts), len(columns))

    def times(self, weights: Any) -> Any:
        import numpy as np

        return np.bincount(
            self.rows, self.vals * weights[self.cols], minlength=self.shape[0]
        ).astype(np.float64)

    def transposed_times(self, per_row: Any) -> Any:
        import numpy as np

        return np.bincount(
            self.cols, self.vals * per_row[self.rows], minlength=self.shape[1]
        ).astype(np.float64)


def _fit(matrix: Matrix, targets: Any, penalty: float, rows: Any = None) -> tuple[Any, Any]:
    """Softmax regression (one column per class; two classes for the detector) by Adam
    from zero: weights (features x classes) and biases (classes). `rows` weighs each line's
    error (they sum to 1; equal when None)."""
    import numpy as np

    n, d = matrix.shape
    k = targets.shape[1]
    rows = np.full((n, 1), 1 / n) if rows is None else rows.reshape(n, 1)
    weights, bias = np.zeros((d, k)), np.zeros(k)
    moments = [np.zeros((d, k)), np.zeros((d, k)), np.zeros(k), np.zeros(k)]
    for step in range(1, STEPS + 1):
        scores = np.stack([matrix.times(weights[:, c]) for c in range(k)], axis=1) + bias
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        error = (probabilities - targets) * rows
        grad_w = np.stack([matrix.transposed_times(error[:, c]) for c in range(k)], axis=1)
        grad_w += penalty * weights
        grad_b = error.sum(axis=0)
        for value, grad, first, second in (
            (weights, grad_w, moments[0], moments[1]),
            (bias, grad_b, moments[2], moments[3]),
        ):
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad * grad
            value -= RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights, bias


def _columns(counts: list[Counter[str]]) -> dict[str, int]:
    seen: Counter[str] = Counter()
    for counter in counts:
        seen.update(counter.keys())
    return {f: i for i, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_LINES))}


def _detector(counts: list[Counter[str]], crisis: list[bool], penalty: float) -> dict[str, Any]:
    """Train, keep the KEEP features that weigh most, train again on them: the weights
    (log-odds of a crisis) by feature, and the bias."""
    import numpy as np

    targets = np.array([[0.0, 1.0] if c else [1.0, 0.0] for c in crisis])
    columns = _columns(counts)
    weights, bias = _fit(Matrix(counts, columns), targets, penalty)
    odds = weights[:, 1] - weights[:, 0]
    names = sorted(columns, key=lambda f: (-abs(odds[columns[f]]), f))[:KEEP]
    kept = {f: i for i, f in enumerate(sorted(names))}
    weights, bias = _fit(Matrix(counts, kept), targets, penalty)
    odds = weights[:, 1] - weights[:, 0]
    return {
        "bias": round(float(bias[1] - bias[0]), 4),
        "weights": {f: round(float(odds[i]), 4) for f, i in kept.items()},
    }


def _categories(
    counts: list[Counter[str]], labels: list[str], kept: list[str], penalty: float
) -> tuple[list[float], dict[str, list[float]]]:
    """A softmax over CATEGORIES on the crises, with the detector's features."""
    import numpy as np

    columns = {f: i for i, f in enumerate(kept)}
    targets = np.array([[float(label == c) for c in CATEGORIES] for label in labels])
    weights, bias = _fit(Matrix(counts, columns), targets, penalty)
    return (
        [round(float(b), 4) for b in bias],
        {f: [round(float(w), 4) for w in weights[i]] for f, i in columns.items()},
    )


def _model(language: str, detector: dict[str, Any], threshold: float = 0.0) -> Model:
    return Model(
        language,
        threshold=threshold,
        span=SPAN,
        bias=detector["bias"],
        weights={f: w for f, w in detector["weights"].items() if w},
        categories=CATEGORIES,
        category_bias=tuple(0.0 for _ in CATEGORIES),
        category_weights={},
        fingerprint="",
    )


def _recall_at(
    scores: list[float], crisis: list[bool], rules: list[bool], rate: float
) -> tuple[float, float]:
    """The threshold letting through `rate` of the ordinary messages the rules leave
    quiet, and the share of crises the rules or the model (at or above it) catch."""
    quiet = [s for s, c, r in zip(scores, crisis, rules, strict=True) if not (c or r)]
    ordinary = sorted(quiet, reverse=True)
    allowed = int(rate * len(ordinary))
    if allowed >= len(ordinary):
        threshold = ordinary[-1]
    elif allowed == 0:
        threshold = ordinary[0] + 0.01
    else:
        threshold = (ordinary[allowed - 1] + ordinary[allowed]) / 2
    caught = [r or s >= threshold for s, c, r in zip(scores, crisis, rules, strict=True) if c]
    return threshold, sum(caught) / len(caught)


def folds_of(lines: list[Example]) -> list[int]:
    """Each line's fold, by a hash of its text (so folds do not follow the file's order)."""
    order = sorted(range(len(lines)), key=lambda i: hashlib.sha256(lines[i].text.encode()).digest())
    of = [0] * len(lines)
    for rank, line in enumerate(order):
        of[line] = rank % FOLDS
    return of


@dataclass(frozen=True)
class Folds:
    """Cross-validation inside the dev half: each line's fold and the model trained
    without each fold."""

    of: list[int]
    models: list[Model]

    @classmethod
    def train(
        cls, language: str, counts: list[Counter[str]], lines: list[Example], penalty: float
    ) -> Folds:
        of = folds_of(lines)
        models = []
        for k in range(FOLDS):
            train = [i for i in range(len(lines)) if of[i] != k]
            detector = _detector(
                [counts[i] for i in train], [lines[i].crisis for i in train], penalty
            )
            models.append(_model(language, detector))
        return cls(of, models)

    def scores(self, spelled: list[str], span: int) -> list[float]:
        """Each line's score by the model that did not see it, read as the bot reads it
        (its best sentence or window of `span` words)."""
        pairs = zip(self.of, spelled, strict=True)
        return [self.models[k].score(text, span)[0] for k, text in pairs]

    def kept(self, spelled: list[str], lines: list[Example], threshold: float, span: int) -> float:
        """Of the crises the model flags out of fold, the share still flagged when an idiom
        or a negation line of the same fold follows them, run on (no sentence break)."""
        traps = [i for i, line in enumerate(lines) if line.category in TRAPS]
        kept = total = 0
        for i, line in enumerate(lines):
            model = self.models[self.of[i]]
            if line.crisis and model.score(spelled[i], span)[0] >= threshold:
                for t in (t for t in traps if self.of[t] == self.of[i]):
                    total += 1
                    kept += model.score(f"{spelled[i]} {spelled[t]}", span)[0] >= threshold
        return kept / total if total else 1.0


def train(language: str) -> str:
    """The weights file's text for the language (and a summary on stderr)."""
    net = SafetyNet.load(models=False)  # the rules alone (and their spelling)
    lines = load(language, "dev")
    spelled = [_spelled(net, language, line.text) for line in lines]
    crisis = [line.crisis for line in lines]
    rules = [net.rules_only(line.text) is not None for line in lines]
    counts = [Counter(features(words_of(text))) for text in spelled]
    tried = []
    for penalty in PENALTIES:
        folds = Folds.train(language, counts, lines, penalty)
        for span in SPANS:
            scores = folds.scores(spelled, span)
            threshold, recall = _recall_at(scores, crisis, rules, FALSE_ALARMS)
            held = folds.kept(spelled, lines, threshold, span)
            tried.append((held >= KEPT, recall, penalty, span, threshold, held))
            print(
                f"{language} penalty {penalty} span {span}: cross-validated recall (rules or "
                f"model) {recall:.3f}, idiom pairs kept {held:.3f}",
                file=sys.stderr,
            )
    # The most crises caught among the choices that keep KEPT of the hits; when none does,
    # the choice that keeps most (an idiom must not cancel a crisis before recall counts).
    enough = [t for t in tried if t[0]]
    best = max(enough, key=lambda t: t[1:4]) if enough else max(tried, key=lambda t: t[5])
    _enough, recall, penalty, span, threshold, held = best
    counts = [Counter(features(words_of(text))) for text in spelled]
    detector = _detector(counts, crisis, penalty)
    kept = sorted(detector["weights"])
    crises = [i for i, line in enumerate(lines) if line.crisis]
    category_bias, category_weights = _categories(
        [counts[i] for i in crises], [lines[i].category for i in crises], kept, penalty
    )
    weights = detector["weights"]
    out = [
        f"# The safety net's model for '{language}' (bot/safety_model.py). Made by",
        "# `.venv/bin/python -m bot.safety_train` from the dev half of",
        f"# tests/safety/{language}.tsv ({len(lines)} lines, {len(crises)} crises): do not edit,",
        "# train again. Columns: feature (w: word, b: pair of words, c: piece of a word with",
        "# its edges as spaces), its weight for a crisis (log-odds), then one per category.",
        f"# Cross-validation ({FOLDS} folds inside dev), penalty {penalty}, windows of {span}"
        f" words: recall {recall:.3f} (rules or model) with {FALSE_ALARMS} false alarms more"
        f" than the rules'; {held:.3f} of its hits kept when an idiom or negation follows.",
        f"fingerprint\t{fingerprint(language)}",
        f"threshold\t{round(threshold, 4)}",
        f"span\t{span}",
        "\t".join(["feature", "crisis", *CATEGORIES]),
        "\t".join(["(bias)", str(detector["bias"]), *map(str, category_bias)]),
    ]
    for feature in sorted(kept, key=lambda f: (-weights[f], f)):
        row = [feature, str(weights[feature]), *map(str, category_weights[feature])]
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def main(languages: list[str]) -> None:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    for language in languages or MODELS:
        (MODEL_DIR / f"{language}.tsv").write_text(train(language), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
