"""The safety net's labelled corpus: tests/safety/<language>.tsv, read by the model's trainer
(bot/safety_train.py), the tests and the benches (bench/safety*.py). It lives in bot/ because
the trainer is part of the bot and the bot never imports tests/; the lines stay beside the
tests that check them.

Every line is invented (never a real youth's words; names are fictitious). Columns, tab
separated, after a header line: split, level, category, text.
- level: high (intent, plan, means, self-harm now, abuse or danger now, threats to others),
  medium (passive wish to die, hopelessness, old self-harm, past abuse), none (ordinary).
- category: a crisis category of bot.safety.CATEGORIES, or for an ordinary message the kind
  of trap it is (idiom, lyrics, game, film, sport, cooking, exaggeration, other, news,
  negation, everyday).
- split: dev (tune the patterns and train the model on these) or held (only measured). It is
  fixed by the text itself, crc32(text) even -> dev, odd -> held, decided before any pattern
  was tuned; a test checks it so no line can be moved between the halves.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from bot import safety

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "safety"
LEVELS = (*safety.LEVELS, "none")
CRISES = safety.CATEGORIES
TRAPS = (
    "idiom",
    "lyrics",
    "game",
    "film",
    "sport",
    "cooking",
    "exaggeration",
    "other",
    "news",
    "negation",
    "everyday",
)
SPLITS = ("dev", "held")
HEADER = ["split", "level", "category", "text"]


@dataclass(frozen=True)
class Example:
    language: str
    split: str
    level: str
    category: str
    text: str

    @property
    def crisis(self) -> bool:
        return self.level != "none"


def split_of(text: str) -> str:
    """The half a text belongs to, forever: the parity of its crc32."""
    return "dev" if zlib.crc32(text.encode("utf-8")) % 2 == 0 else "held"


def languages() -> list[str]:
    return sorted(path.stem for path in CORPUS_DIR.glob("*.tsv"))


def load(language: str, half: str | None = None) -> list[Example]:
    """The language's lines, or only those of one half: the others are dropped on their
    split column before their text is looked at (the trainer never reads held-out lines)."""
    path = CORPUS_DIR / f"{language}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != HEADER:
        raise ValueError(f"{path.name}: the header must be {', '.join(HEADER)}")
    examples = []
    for number, line in enumerate(lines[1:], 2):
        split, _tab, rest = line.partition("\t")
        if half is not None and split != half:
            continue
        fields = rest.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{path.name}:{number}: expected 4 tab-separated fields")
        examples.append(Example(language, split, *fields))
    return examples
