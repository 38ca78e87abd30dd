"""Could a learned combination of the rules and the model beat "the rules' hit, else the
model's"? Measured on the development half only, by cross-validation inside it.

For each dev line: what the rules found (nothing, medium, high lowered to medium by a
marker, high) and the model's score by the fold model that never saw the line (the
trainer's folds, penalty and window length, read from the weights file). A second-stage
logistic regression, an intercept and a slope on the model's score per rule state, is
fitted on four folds and applied to the fifth. A rule's high hit is never dropped; the
others flag when the second stage says so, at the threshold that catches most crises with
no more false alarms than "rules or model" (and with 0.01 more). Printed: recall and false
alarms of both, and how many rule hits the combination would silence, and of those how many
were crises.

    .venv/bin/python bench/safety_combine.py [language ...]   (about 2 minutes a language)"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import safety_model  # noqa: E402
from bot.safety import Hit, SafetyNet  # noqa: E402
from bot.safety_corpus import load  # noqa: E402
from bot.safety_model import MODEL_DIR, features, words_of  # noqa: E402
from bot.safety_train import (  # noqa: E402
    FALSE_ALARMS,
    FOLDS,
    MODELS,
    Folds,
    _recall_at,
    _spelled,
)

STATES = ("none", "medium", "lowered", "high")


def state_of(hit: Hit | None) -> str:
    if hit is None:
        return "none"
    if hit.level == "high":
        return "high"
    return "lowered" if "+" in hit.rule else "medium"  # a marker only lowers to medium


def fit(x: np.ndarray, y: np.ndarray, penalty: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method (a handful of columns)."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, x.T @ (p - y) + penalty * w)
    return w


def best_at(
    flagged_by: list[np.ndarray], crisis: np.ndarray, budget: float
) -> tuple[float, float, int]:
    """The choice (index) that catches most crises with false alarms within budget."""
    best = (-1.0, 0.0, 0)
    for index, flag in enumerate(flagged_by):
        alarms = flag[~crisis].mean()
        if alarms <= budget + 1e-9 and flag[crisis].mean() > best[0]:
            best = (flag[crisis].mean(), alarms, index)
    return best


def run(language: str) -> None:
    net = SafetyNet.load(models=False)
    model = safety_model.load(language)
    assert model is not None
    header = (MODEL_DIR / f"{language}.tsv").read_text(encoding="utf-8")
    found = re.search(r"penalty ([0-9.]+)", header)
    assert found is not None, "the weights file says its penalty"
    lines = load(language, "dev")
    spelled = [_spelled(net, language, line.text) for line in lines]
    crisis = np.array([line.crisis for line in lines])
    hits = [net.rules_only(line.text) for line in lines]
    rules = np.array([hit is not None for hit in hits])
    states = [state_of(hit) for hit in hits]
    counts = [Counter(features(words_of(text))) for text in spelled]
    folds = Folds.train(language, counts, lines, float(found[1]))
    scores = folds.scores(spelled, model.span)
    threshold, _recall = _recall_at(scores, list(crisis), list(rules), FALSE_ALARMS)
    margin = np.array(scores) - threshold
    either = rules | (margin >= 0)
    columns = []
    for state in STATES:
        one = np.array([s == state for s in states], dtype=float)
        columns += [one, one * margin]
    x = np.stack(columns, axis=1)
    of = np.array(folds.of)
    p = np.zeros(len(lines))
    for k in range(FOLDS):
        weights = fit(x[of != k], crisis[of != k].astype(float))
        p[of == k] = 1 / (1 + np.exp(-x[of == k] @ weights))
    high = np.array([s == "high" for s in states])
    cuts = sorted(set(np.round(p, 4)))
    combined = [high | (p >= cut) for cut in cuts]
    print(
        f"{language} dev ({len(lines)} lines): rules alone recall {rules[crisis].mean():.3f}, "
        f"false alarms {rules[~crisis].mean():.3f}; rule states of crises "
        f"{dict(Counter(s for s, c in zip(states, crisis, strict=True) if c))}, of ordinary "
        f"lines {dict(Counter(s for s, c in zip(states, crisis, strict=True) if not c))}"
    )
    for extra in (0.0, 0.01):
        budget = either[~crisis].mean() + extra
        recall, alarms, index = best_at(combined, crisis, budget)
        silenced = rules & ~combined[index]
        looser, _ = _recall_at(scores, list(crisis), list(rules), FALSE_ALARMS + extra)
        plain = rules | (np.array(scores) >= looser)
        print(
            f"  false alarms up to {budget:.3f}: rules or model recall {plain[crisis].mean():.3f} "
            f"({plain[~crisis].mean():.3f}); learned combination {recall:.3f} ({alarms:.3f}), "
            f"silencing {silenced.sum()} rule hits of which {(silenced & crisis).sum()} crises"
        )


if __name__ == "__main__":
    for name in sys.argv[1:] or MODELS:
        run(name)
