"""The safety net: words of crisis in a youth's message.

Patterns live in locales/safety/<language>.txt (see the header of fr.txt for the rules
of the format). Every message is checked against every language's patterns, since a youth
may mix languages. A hit names the category; the caller shows the emergency numbers and
alerts the COPIL. Nothing here stores or logs the message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CATEGORIES", "SAFETY_DIR", "Hit", "SafetyNet", "normalize"]

SAFETY_DIR = Path(__file__).resolve().parent.parent / "locales" / "safety"
# Most urgent first: when a message matches several categories, the first one is reported.
CATEGORIES = ("suicide", "self_harm", "abuse", "violence")

_APOSTROPHES = re.compile(r"[’‘`´ʼ′']")
_REPEATS = re.compile(r"(\w)\1{2,}")  # "mouriiiir" -> "mourir"; "ll" and "ss" stay
_NOT_WORD = re.compile(r"[^\w']+")  # punctuation, hyphens and emoji become spaces
_HEADER = re.compile(r"\[(\w+)\]")


def normalize(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _APOSTROPHES.sub("'", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _compile(pattern: str) -> re.Pattern[str]:
    """A pattern line as written in a file -> the regex run on normalised text.

    Accents are dropped like in the text; an apostrophe matches an apostrophe, a space or
    nothing (j'ai ~ j ai ~ jai); the pattern must start and end on whole words."""
    pattern = "".join(
        c for c in unicodedata.normalize("NFKD", pattern) if not unicodedata.combining(c)
    )
    pattern = _APOSTROPHES.sub("(?:' ?| )?", pattern)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """What the safety net found: a category of CATEGORIES and the language of the pattern."""

    category: str
    language: str


class SafetyNet:
    """All languages' patterns, by category."""

    def __init__(self, patterns: dict[str, list[tuple[str, re.Pattern[str]]]]) -> None:
        # category -> [(language, regex)], in file order
        self.patterns = patterns

    @classmethod
    def load(cls, folder: Path | None = None) -> SafetyNet:
        """Read every <language>.txt of the folder; a bad line raises ValueError naming it."""
        folder = folder or SAFETY_DIR
        patterns: dict[str, list[tuple[str, re.Pattern[str]]]] = {c: [] for c in CATEGORIES}
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise ValueError(f"no safety patterns in {folder}")
        for path in files:
            language = path.stem
            category: str | None = None
            for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                where = f"{path.name}:{number}"
                header = _HEADER.fullmatch(line)
                if header:
                    category = header[1]
                    if category not in patterns:
                        raise ValueError(f"{where}: unknown category [{category}]")
                    continue
                if category is None:
                    raise ValueError(f"{where}: pattern before any [category] header")
                try:
                    patterns[category].append((language, _compile(line)))
                except re.error as error:
                    raise ValueError(f"{where}: {error}") from error
        return cls(patterns)

    def check(self, text: str) -> Hit | None:
        """The most urgent category whose pattern is in the text, or None."""
        normalized = normalize(text)
        if not normalized:
            return None
        for category in CATEGORIES:
            for language, regex in self.patterns[category]:
                if regex.search(normalized):
                    return Hit(category, language)
        return None
