"""The safety net: words of crisis in a message, graded high or medium, with the rule that
fired so a COPIL member can see why.

Each language has a file, locales/safety/<language>.txt (its header explains the format).
A message is read with every language's file, since youths mix languages; per language:
1. normalise: lowercase, no accents, one apostrophe, letters repeated 3+ times cut to one,
   punctuation and emoji (except a few that carry meaning) turned into spaces;
2. spell out SMS forms and common typos word by word ([spelling]: jveux -> je veux);
3. cut out idioms ([idiom]: "mort de rire"): only the idiom's words go, so an idiom never
   cancels a real risk elsewhere in the message;
4. match the rules ([<category> high] and [<category> medium]), anchored on the first
   person, the grammar of intent, a plan, means or time, so bare words do not fire.
The most serious hit wins (high before medium, then CATEGORIES order). Then a medium hit
with a marker of time, means or a plan ([escalate]: "ce soir", "j'ai les cachets") becomes
high; a high abuse, violence or self-harm hit told in the past ([past]: "quand j'avais 12
ans") becomes medium, unless it also says it is still going on ([now]); a high suicide hit
followed by a reassurance ([calm]: "mais je le ferai pas") becomes medium. Nothing ever
turns a hit into no hit. Nothing here stores or logs the message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["CATEGORIES", "LEVELS", "SAFETY_DIR", "Hit", "SafetyNet", "normalize"]

SAFETY_DIR = Path(__file__).resolve().parent.parent / "locales" / "safety"
# Most urgent first: between two hits of the same level, the first one is reported.
CATEGORIES = ("suicide", "self_harm", "abuse", "violence", "danger", "threat", "distress")
LEVELS = ("high", "medium")
# The markers that change a hit's level, and which categories they apply to.
MARKERS = ("escalate", "past", "now", "calm")
ESCALATES = frozenset({"suicide", "self_harm", "distress"})
PAST_APPLIES = frozenset({"self_harm", "abuse", "violence"})
CALM_APPLIES = frozenset({"suicide"})

_APOSTROPHES = re.compile(r"[’‘`´ʼ′']")
_REPEATS = re.compile(r"(\w)\1{2,}")  # "mouriiiir" -> "mourir"; "ll" and "ss" stay
_EMOJI = {"💊": " emoji_pills ", "🔪": " emoji_knife ", "🪢": " emoji_rope ", "🔫": " emoji_gun "}
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_NOT_WORD = re.compile(r"[^\w']+")  # punctuation, hyphens and other emoji become spaces
_HEADER = re.compile(r"\[(\w+)(?: (high|medium))?\]")
_DEFINITION = re.compile(r"@(\w+) = (.+)")
_RULE = re.compile(r"([a-z0-9][a-z0-9-]*): (.+)")
_MACRO = re.compile(r"@(\w+)")
_CUT = " ~ "  # what an idiom leaves: no rule's words can match across it


def normalize(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, words separated by single spaces."""
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    text = unicodedata.normalize("NFKD", text).translate(_LIGATURES)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _APOSTROPHES.sub("'", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _plain(pattern: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", pattern) if not unicodedata.combining(c)
    )


def _compile(pattern: str) -> re.Pattern[str]:
    """A pattern as written in a file -> the regex run on prepared text.

    Accents are dropped like in the text; an apostrophe matches an apostrophe, a space or
    nothing (j'ai ~ j ai ~ jai); the pattern starts and ends on whole words."""
    pattern = _APOSTROPHES.sub("(?:' ?| )?", _plain(pattern))
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


@dataclass(frozen=True)
class Hit:
    """What the net found: a category of CATEGORIES, a level of LEVELS, the language of the
    file and the rule that fired ("fr.intent-kill", "+escalate id" when it was raised)."""

    category: str
    language: str
    level: str = "high"
    rule: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    level: str
    regex: re.Pattern[str]


@dataclass
class Language:
    """One file: its spelling fixes, idioms, rules and level markers."""

    name: str
    spelling: dict[str, str] = field(default_factory=dict)
    idioms: list[re.Pattern[str]] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    markers: dict[str, list[Rule]] = field(default_factory=lambda: {m: [] for m in MARKERS})

    def prepare(self, normalized: str) -> str:
        """Spelling fixed word by word, then idioms cut out."""
        words = normalized.split()
        text = " ".join(self.spelling.get(word, word) for word in words)
        for idiom in self.idioms:
            text = idiom.sub(_CUT, text)
        return text

    def marker(self, kind: str, text: str) -> Rule | None:
        return next((m for m in self.markers[kind] if m.regex.search(text)), None)


def _rank(hit: Hit) -> tuple[int, int]:
    return LEVELS.index(hit.level), CATEGORIES.index(hit.category)


class SafetyNet:
    """All languages' files."""

    def __init__(self, languages: list[Language]) -> None:
        self.languages = languages

    @classmethod
    def load(cls, folder: Path | None = None) -> SafetyNet:
        """Read every <language>.txt of the folder; a bad line raises ValueError naming it."""
        folder = folder or SAFETY_DIR
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise ValueError(f"no safety patterns in {folder}")
        return cls([_read_once(path, path.stat().st_mtime_ns) for path in files])

    def check(self, text: str) -> Hit | None:
        """The most serious hit in the text, or None."""
        normalized = normalize(text)
        if not normalized:
            return None
        prepared = [(language, language.prepare(normalized)) for language in self.languages]
        best: Hit | None = None
        for language, words in prepared:
            for rule in language.rules:
                if rule.regex.search(words):
                    hit = Hit(
                        rule.category, language.name, rule.level, f"{language.name}.{rule.id}"
                    )
                    if best is None or _rank(hit) < _rank(best):
                        best = hit
                    break  # rules are sorted most serious first (see _read)
        if best is None:
            return None
        return _adjust(best, prepared)


def _adjust(hit: Hit, prepared: list[tuple[Language, str]]) -> Hit:
    """Raise or lower the level by the markers of any language (never to no hit)."""

    def first(kind: str) -> Rule | None:
        for language, words in prepared:
            found = language.marker(kind, words)
            if found is not None:
                return found
        return None

    if hit.level == "medium" and hit.category in ESCALATES:
        raised = first("escalate")
        if raised is not None:
            return Hit(hit.category, hit.language, "high", f"{hit.rule}+{raised.id}")
    if hit.level == "high" and hit.category in PAST_APPLIES:
        past = first("past")
        if past is not None and first("now") is None:
            return Hit(hit.category, hit.language, "medium", f"{hit.rule}+{past.id}")
    if hit.level == "high" and hit.category in CALM_APPLIES:
        calm = first("calm")
        if calm is not None:
            return Hit(hit.category, hit.language, "medium", f"{hit.rule}+{calm.id}")
    return hit


@cache
def _read_once(path: Path, mtime_ns: int) -> Language:
    """Read once per process (every start of the bot in the tests paid for it); the
    languages are never changed once read."""
    return _read(path)


def _read(path: Path) -> Language:
    language = Language(path.stem)
    macros: dict[str, str] = {}
    section: tuple[str, str | None] | None = None
    seen: set[str] = set()

    def expand(pattern: str, where: str) -> str:
        def one(match: re.Match[str]) -> str:
            if match[1] not in macros:
                raise ValueError(f"{where}: unknown @{match[1]}")
            return f"(?:{macros[match[1]]})"

        return _MACRO.sub(one, pattern)

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        header = _HEADER.fullmatch(line)
        if header:
            name, level = header[1], header[2]
            rules = name in CATEGORIES and level is not None
            plain = name in ("spelling", "idiom", *MARKERS) and level is None
            if not (rules or plain):
                raise ValueError(f"{where}: unknown section [{line[1:-1]}]")
            section = (name, level)
            continue
        definition = _DEFINITION.fullmatch(line)
        if definition:
            macros[definition[1]] = expand(_plain(definition[2]), where)
            continue
        if section is None:
            raise ValueError(f"{where}: line before any [section] header")
        name, level = section
        if name == "spelling":
            word, sep, replacement = line.partition(" = ")
            if not sep or " " in word:
                raise ValueError(f"{where}: a spelling line is 'word = replacement'")
            language.spelling[normalize(word)] = normalize(replacement)
            continue
        try:
            if name == "idiom":
                language.idioms.append(_compile(expand(line, where)))
                continue
            rule = _RULE.fullmatch(line)
            if rule is None:
                raise ValueError(f"{where}: a rule line is 'id: pattern'")
            if rule[1] in seen:
                raise ValueError(f"{where}: rule id {rule[1]} used twice")
            seen.add(rule[1])
            compiled = Rule(rule[1], name, level or "", _compile(expand(rule[2], where)))
        except re.error as error:
            raise ValueError(f"{where}: {error}") from error
        if name in MARKERS:
            language.markers[name].append(compiled)
        else:
            language.rules.append(compiled)
    language.rules.sort(key=lambda r: (LEVELS.index(r.level), CATEGORIES.index(r.category)))
    return language
