"""What a follow-up log costs: reading a one-sentence log, next to reading just its day and
its duration with bot.dates (the floor: any sentence reader must at least do that), and
sealing then opening a note at the length limit with Fernet.

    .venv/bin/python bench/logs.py [--rounds 5] [--n 2000]

Figures are medians over the rounds, in microseconds per call."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.fernet import Fernet  # noqa: E402

from bot.dates import parse_duration, parse_past_day  # noqa: E402
from bot.logsentence import parse_sentence  # noqa: E402
from bot.notes import Notes  # noqa: E402

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))
# (sentence, its day as typed, its duration as typed)
SENTENCES = [
    ("/log hier 1h30 collectif foot", "hier", "1h30"),
    ("45 min avec Samir, logement, relais vers le CSP", "aujourd'hui", "45 min"),
    ("mardi, 1h avec K.B., suivi au long cours, budget et dettes", "mardi", "1h"),
    ("il y a 3 jours, une heure et demie avec Inès, formation", "il y a 3 jours", "1h30"),
    ("30 min with Leo about his CV", "today", "30 min"),
    ("yesterday 1h with Leo, housing, referred to the CSP", "yesterday", "1h"),
    ("last Monday, 45 minutes with Sam, job search", "last Monday", "45 minutes"),
    ("12/11 90 min referred to Caritas for debts", "12/11", "90 min"),
]
NAMES = ["Samir", "Léo", "K.B.", "Inès", "Aline", "Yanis"]
PARTNERS = ["CSP", "Caritas", "Toit pour tous", "Centre médico-psychologique"]


def per_call(work: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        work()
    return (time.perf_counter() - start) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()

    def sentences() -> None:
        for text, _day, _minutes in SENTENCES:
            parse_sentence(text, NOW, names=NAMES, partners=PARTNERS)

    def floor() -> None:
        for _text, day, minutes in SENTENCES:
            parse_past_day(day, NOW)
            parse_duration(minutes)

    notes = Notes(Fernet.generate_key())
    note = "Rendez-vous au CSP pour le budget, 👍 موعد جيد. " * 40
    note = note[:2000]

    def seal_open() -> None:
        notes.open(notes.seal(note))

    rows: dict[str, list[float]] = {"sentence": [], "floor": [], "note": []}
    for _ in range(args.rounds):  # alternate within each round: a noisy neighbour hits all
        rows["sentence"].append(per_call(sentences, args.n // 10) / len(SENTENCES))
        rows["floor"].append(per_call(floor, args.n // 10) / len(SENTENCES))
        rows["note"].append(per_call(seal_open, args.n))
    sentence, floor_ = statistics.median(rows["sentence"]), statistics.median(rows["floor"])
    print(f"{'':34} {'µs/call':>8} {'ratio':>6}")
    print(f"{'day + duration only (bot.dates)':34} {floor_:8.1f} {1:6.2f}")
    print(f"{'one-sentence log (bot.logsentence)':34} {sentence:8.1f} {sentence / floor_:6.2f}")
    print(f"{'seal + open a 2000-char note':34} {statistics.median(rows['note']):8.1f}")


if __name__ == "__main__":
    main()
