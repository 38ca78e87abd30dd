"""How well the safety net reads what youths write: the labelled corpus of tests/safety/.

For each language and overall, on the development half (patterns are tuned on it) and on
the held-out half (only ever measured):
- recall: crises (level high or medium) the net caught, at any level;
- level agreement: crises caught at their labelled level;
- false alarms: ordinary messages the net caught;
- µs per message: median over the corpus, and the slowest (the budget is 5 ms).
Then the misses and false alarms, with the rule that fired.

    .venv/bin/python bench/safety.py [--show dev|held|all|none] [--rounds 5]

While tuning, use --show dev: looking at the held-out misses would make them dev."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import SafetyNet  # noqa: E402
from tests.safety.corpus import SPLITS, Example, languages, load  # noqa: E402


def level_of(hit: object) -> str:
    return str(getattr(hit, "level", "high")) if hit is not None else "none"


def rule_of(hit: object) -> str:
    return str(getattr(hit, "rule", getattr(hit, "category", "")))


def measure(net: SafetyNet, examples: list[Example], rounds: int) -> dict[str, float]:
    timings: list[list[int]] = [[] for _ in examples]
    for _ in range(rounds):
        for index, example in enumerate(examples):
            start = time.perf_counter_ns()
            net.check(example.text)
            timings[index].append(time.perf_counter_ns() - start)
    per_message = [statistics.median(t) / 1000 for t in timings]
    p99 = statistics.quantiles(per_message, n=100)[98]
    return {"median_us": statistics.median(per_message), "p99_us": p99, "max_us": max(per_message)}


def _timed(net: SafetyNet, text: str) -> float:
    start = time.perf_counter_ns()
    net.check(text)
    return (time.perf_counter_ns() - start) / 1000


def figures(net: SafetyNet, examples: list[Example]) -> dict[str, float | int]:
    crises = [e for e in examples if e.crisis]
    ordinary = [e for e in examples if not e.crisis]
    levels = [level_of(net.check(e.text)) for e in crises]
    caught = sum(level != "none" for level in levels)
    agree = sum(level == e.level for level, e in zip(levels, crises, strict=True))
    alarms = sum(net.check(e.text) is not None for e in ordinary)
    return {
        "crises": len(crises),
        "recall": caught / len(crises) if crises else 1.0,
        "levels": agree / len(crises) if crises else 1.0,
        "ordinary": len(ordinary),
        "false_alarms": alarms / len(ordinary) if ordinary else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("dev", "held", "all", "none"), default="all")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    net = SafetyNet.load()
    corpus = {language: load(language) for language in languages()}
    everything = [e for examples in corpus.values() for e in examples]
    print("safety net on the labelled corpus (tests/safety/*.tsv)")
    print(
        f"{'':10}{'half':6}{'crises':>7}{'recall':>8}{'levels':>8}{'ordinary':>10}{'false al.':>10}"
    )
    for name, examples in [*corpus.items(), ("overall", everything)]:
        for split in SPLITS:
            half = [e for e in examples if e.split == split]
            f = figures(net, half)
            print(
                f"{name:10}{split:6}{f['crises']:>7}{f['recall']:>8.3f}{f['levels']:>8.3f}"
                f"{f['ordinary']:>10}{f['false_alarms']:>10.3f}"
            )
    speed = measure(net, everything, args.rounds)
    print(
        f"time per message: median {speed['median_us']:.0f} µs, p99 {speed['p99_us']:.0f} µs, "
        f"slowest {speed['max_us']:.0f} µs ({len(everything)} messages, each the median of "
        f"{args.rounds} rounds; the slowest is mostly the shared machine's noise)"
    )
    long = " ".join(e.text for e in everything)[:4096]  # Telegram's longest message
    long_us = [_timed(net, long) for _ in range(max(args.rounds, 21))]
    print(
        f"a 4,096-character message: median {statistics.median(long_us):.0f} µs, "
        f"best {min(long_us):.0f} µs ({len(long_us)} runs; the budget is 5,000 µs)"
    )
    if args.show == "none":
        return
    for example in everything:
        if args.show != "all" and example.split != args.show:
            continue
        hit = net.check(example.text)
        level = level_of(hit)
        if example.crisis and level == "none":
            print(
                f"MISS  {example.language} {example.split} {example.level:6} "
                f"{example.category:10} {example.text}"
            )
        elif not example.crisis and level != "none":
            print(
                f"ALARM {example.language} {example.split} {level:6} "
                f"[{rule_of(hit)}] {example.text}"
            )


if __name__ == "__main__":
    main()
