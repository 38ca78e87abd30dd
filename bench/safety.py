"""How well the safety net reads what youths write: the labelled corpus of tests/safety/.

For each language and overall, on the development half (patterns are tuned and the model is
trained on it) and on the held-out half (only ever measured), three columns: the rules
alone, the model alone (bot/safety_model.py) and both (what the bot does: the rules' hit,
else the model's):
- recall: crises (level high or medium) the net caught, at any level;
- level agreement: crises caught at their labelled level (both);
- false alarms: ordinary messages the net caught;
- µs per message: median, p99 and a 4,096-character message, rules alone and both side by
  side in the same run, alternating (the budget is 5 ms).
Then, on the dev half, whether idioms and negations cancel the model's hits; then the misses
and false alarms of both, with the rule that fired.

    .venv/bin/python bench/safety.py [--show dev|held|all|none] [--half dev|all] [--rounds 5]

While tuning, use --show dev --half dev: looking at the held-out figures or misses would
make them dev (the held-out half is measured once per version of the weights)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import SafetyNet  # noqa: E402
from bot.safety_corpus import SPLITS, Example, languages, load  # noqa: E402

Check = Callable[[str], object]


def level_of(hit: object) -> str:
    return str(getattr(hit, "level", "high")) if hit is not None else "none"


def rule_of(hit: object) -> str:
    return str(getattr(hit, "rule", getattr(hit, "category", "")))


def measure(check: Check, examples: list[Example], rounds: int) -> dict[str, float]:
    timings: list[list[int]] = [[] for _ in examples]
    for _ in range(rounds):
        for index, example in enumerate(examples):
            start = time.perf_counter_ns()
            check(example.text)
            timings[index].append(time.perf_counter_ns() - start)
    per_message = [statistics.median(t) / 1000 for t in timings]
    p99 = statistics.quantiles(per_message, n=100)[98]
    return {"median_us": statistics.median(per_message), "p99_us": p99, "max_us": max(per_message)}


def _timed(check: Check, text: str) -> float:
    start = time.perf_counter_ns()
    check(text)
    return (time.perf_counter_ns() - start) / 1000


def figures(check: Check, examples: list[Example]) -> dict[str, float | int]:
    crises = [e for e in examples if e.crisis]
    ordinary = [e for e in examples if not e.crisis]
    levels = [level_of(check(e.text)) for e in crises]
    caught = sum(level != "none" for level in levels)
    agree = sum(level == e.level for level, e in zip(levels, crises, strict=True))
    alarms = sum(check(e.text) is not None for e in ordinary)
    return {
        "crises": len(crises),
        "recall": caught / len(crises) if crises else 1.0,
        "levels": agree / len(crises) if crises else 1.0,
        "ordinary": len(ordinary),
        "false_alarms": alarms / len(ordinary) if ordinary else 0.0,
    }


def idioms(net: SafetyNet, corpus: dict[str, list[Example]]) -> None:
    """An idiom or a negation must never cancel a real risk. On the dev half only: the
    model's false alarms on the idiom and negation lines, and how many of the crises it
    flags stay flagged when one of those lines follows them in the same message, run on
    ("je veux mourir mort de rire": the model's windows) or as a second sentence (the
    model reads each sentence); the rules cut only an idiom's own words, so theirs stay."""
    for model in net.models:
        dev = [e for e in corpus[model.language] if e.split == "dev"]
        traps = [e for e in dev if e.category in ("idiom", "negation")]
        flagged = [e for e in dev if e.crisis and net.model_only(e.text) is not None]
        alarms = sum(net.model_only(t.text) is not None for t in traps)
        kept = {}
        for name, join in (("run on", " "), ("two sentences", ". ")):
            pairs = [f"{e.text}{join}{t.text}" for e in flagged for t in traps]
            model_kept = sum(net.model_only(text) is not None for text in pairs) / len(pairs)
            both_kept = sum(net.check(text) is not None for text in pairs) / len(pairs)
            kept[name] = f"{model_kept:.3f} by the model, {both_kept:.3f} by rules or model"
        print(
            f"{model.language} dev, idiom and negation lines: model false alarms {alarms}/"
            f"{len(traps)}; its {len(flagged)} hits followed by each, still flagged: "
            + "; ".join(f"{name} {figures}" for name, figures in kept.items())
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("dev", "held", "all", "none"), default="all")
    parser.add_argument("--half", choices=("dev", "all"), default="all")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.half == "dev" and args.show in ("held", "all"):
        parser.error("--half dev shows no held-out line: use --show dev or none")
    net = SafetyNet.load()
    checks: dict[str, Check] = {
        "rules": net.rules_only,
        "model": net.model_only,
        "both": net.check,
    }
    corpus = {language: load(language) for language in languages()}
    everything = [e for examples in corpus.values() for e in examples]
    print("safety net on the labelled corpus (tests/safety/*.tsv)")
    print(f"models: {', '.join(m.language for m in net.models) or 'none'} (the others: rules only)")
    print(
        f"{'':10}{'half':6}{'crises':>7}{'ordinary':>9}   recall: rules model  both"
        "   false alarms: rules model  both   levels (both)"
    )
    for name, examples in [*corpus.items(), ("overall", everything)]:
        for split in SPLITS if args.half == "all" else ("dev",):
            half = [e for e in examples if e.split == split]
            f = {column: figures(check, half) for column, check in checks.items()}
            recall = "".join(f"{f[c]['recall']:>6.3f}" for c in checks)
            alarms = "".join(f"{f[c]['false_alarms']:>6.3f}" for c in checks)
            print(
                f"{name:10}{split:6}{f['both']['crises']:>7}{f['both']['ordinary']:>9}"
                f"{'':11}{recall}{'':17}{alarms}{f['both']['levels']:>16.3f}"
            )
    # Rules alone and both, alternating in the same run: the machine is shared and noisy.
    speed: dict[str, list[dict[str, float]]] = {"rules": [], "both": []}
    for _ in range(3):
        for column in speed:
            speed[column].append(measure(checks[column], everything, max(1, args.rounds // 3)))
    long = " ".join(e.text for e in everything)[:4096]  # Telegram's longest message
    long_us: dict[str, list[float]] = {"rules": [], "both": []}
    for _ in range(max(args.rounds, 21)):
        for column in long_us:
            long_us[column].append(_timed(checks[column], long))
    for column in speed:
        runs = speed[column]
        print(
            f"time per message, {column:5}: median "
            f"{statistics.median(r['median_us'] for r in runs):.0f} µs, p99 "
            f"{statistics.median(r['p99_us'] for r in runs):.0f} µs; "
            f"a 4,096-character message: median {statistics.median(long_us[column]):.0f} µs, "
            f"best {min(long_us[column]):.0f} µs"
        )
    ratio = statistics.median(long_us["both"]) / statistics.median(long_us["rules"])
    print(
        f"({len(everything)} messages; both/rules on the long message {ratio:.2f}; "
        f"{len(long_us['both'])} runs each; the budget is 5,000 µs; load average "
        f"{os.getloadavg()[0]:.1f})"
    )
    idioms(net, corpus)
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
