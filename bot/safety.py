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
   person, the grammar of intent, a plan, means or time, so bare words do not fire. A
   rule is only tried at words that begin like it (an index built from the patterns
   themselves), which keeps a 4,096-character message within a few milliseconds.
The most serious hit wins (high before medium, then CATEGORIES order). Then a medium hit
with a marker of time, means or a plan ([escalate]: "ce soir", "j'ai les cachets") becomes
high; a high abuse, violence or self-harm hit told in the past ([past]: "quand j'avais 12
ans") becomes medium, unless it also says it is still going on ([now]); a high suicide hit
followed by a reassurance ([calm]: "mais je le ferai pas") becomes medium. Nothing ever
turns a hit into no hit. Nothing here stores or logs the message.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from bot import safety_model
from bot.safety_model import Model, Verdict

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
_EMOJI = {
    "💊": " emoji_pills ",
    "🔪": " emoji_knife ",
    "🪢": " emoji_rope ",
    "🔫": " emoji_gun ",
    "😂": " emoji_laugh ",  # a laugh after a threat about a trivial thing (see [idiom])
    "🤣": " emoji_laugh ",
}
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}  # "heißt" ~ "heisst"
_NOT_WORD = re.compile(r"[^\w']+")  # punctuation, hyphens and other emoji become spaces
_SENTENCE = re.compile(r"[.!?;\n]+")  # where a sentence ends ("…" is "..." once folded)
_HEADER = re.compile(r"\[(\w+)(?: (high|medium))?\]")
_DEFINITION = re.compile(r"@(\w+) = (.+)")
_RULE = re.compile(r"([a-z0-9][a-z0-9-]*): (.+)")
_MACRO = re.compile(r"@(\w+)")
_CUT = " ~"  # what an idiom leaves: no rule's words can match across it
_LEAD = "[ ']"  # what comes before a word in prepared text
_COMMAND = re.compile(r"^\s*/\w+(?:@\w+)?")  # "/help": a command, not the word "help"
_START = re.compile(r"(?<!\[)\^")  # "^" in a pattern: the start of the message


def message_text(text: str) -> str:
    """The text the net reads: normalised, a leading /command left out ("/help" is the
    help; "help" alone is a call for help)."""
    return message_sentences(text).replace("\n", " ")


def message_sentences(text: str) -> str:
    """The same text one sentence a line (what the model reads: an idiom in one sentence
    cannot cancel a crisis in another). Joined by spaces it is message_text's."""
    folded = _fold(_COMMAND.sub("", text, count=1))
    parts = (" ".join(_NOT_WORD.sub(" ", part).split()) for part in _SENTENCE.split(folded))
    return "\n".join(filter(None, parts))


def normalize(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, words separated by single spaces."""
    return " ".join(_NOT_WORD.sub(" ", _fold(text)).split())


def _fold(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, letters repeated 3+ times cut to one,
    the emoji that carry meaning as words; punctuation still there."""
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = _combining().sub("", unicodedata.normalize("NFKD", text)).lower()
    text = _APOSTROPHES.sub("'", text)
    return _REPEATS.sub(r"\1", text)


@cache
def _combining() -> re.Pattern[str]:
    """Accents and other combining marks (of any script), as one character class: a
    regex drops them from a long message far faster than a loop over its characters."""
    marks = [c for c in map(chr, range(0x300, 0x10000)) if unicodedata.combining(c)]
    return re.compile("[" + "".join(marks) + "]")


def _plain(pattern: str) -> str:
    return _combining().sub("", unicodedata.normalize("NFKD", pattern))


def _source(pattern: str) -> str:
    """A pattern as written in a file -> the regex run on prepared text.

    Accents are dropped like in the text; an apostrophe matches an apostrophe, a space or
    nothing (j'ai ~ j ai ~ jai); the pattern starts and ends on whole words. Prepared text
    starts with a space (see Language.prepare), so a pattern starts after a space or an
    apostrophe (_LEAD): the regex engine then skips from one to the next instead of trying
    every pattern at every letter, which keeps a 4,096-character message fast."""
    pattern = _START.sub("(?<=^ )", _APOSTROPHES.sub("(?:' ?| )?", _plain(pattern)))
    return rf"{_LEAD}(?:{pattern})(?!\w)"


@dataclass(frozen=True)
class Hit:
    """What the net found: a category of CATEGORIES, a level of LEVELS, the language of the
    file and the rule that fired ("fr.intent-kill", "+escalate id" when it was raised; "fr.model"
    for the model's)."""

    category: str
    language: str
    level: str = "high"
    rule: str = ""
    # A model's hit: the words that weighed most, shown in the COPIL's alert only (never
    # stored or logged: they are the message's own words).
    why: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    level: str
    source: str  # its regex (see _source), checked when read

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled at its first use: compiling every rule of every language was a third of
        reading the files (0.1 s of every start), and a message tries only the rules that
        can start at its words (see Index)."""
        return re.compile(self.source)


@dataclass
class Language:
    """One file: its spelling fixes, idioms, rules and level markers."""

    name: str
    spelling: dict[str, str] = field(default_factory=dict)
    idioms: list[re.Pattern[str]] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    markers: dict[str, list[Rule]] = field(default_factory=lambda: {m: [] for m in MARKERS})
    # Built by _read (see Index): where idioms and rules can start.
    idiom_index: Index | None = None
    rule_index: Index | None = None

    def spelled(self, normalized: str) -> str:
        """Spelling fixed word by word (what the model reads: idioms are its to weigh)."""
        return " ".join(map(self._spelled, normalized.split()))

    def spelled_sentences(self, sentences: str) -> str:
        """The same, one sentence a line (see message_sentences)."""
        return "\n".join(map(self.spelled, sentences.split("\n")))

    def prepare(self, normalized: str) -> str:
        """Spelling fixed word by word, then idioms cut out; a space first, so that every
        word follows a space or an apostrophe (see _source)."""
        text = " " + self.spelled(normalized)
        if self.idiom_index is None:
            return text
        parts, done = [], 0
        for at, candidates in self.idiom_index.starts(text):
            if at < done:
                continue
            found = next(filter(None, (self.idioms[i].match(text, at) for i in candidates)), None)
            if found is not None:  # the first idiom of the file, like one alternation
                parts += [text[done:at], _CUT]
                done = found.end()
        return "".join([*parts, text[done:]])

    def _spelled(self, word: str) -> str:
        """A word's spelling fix; "j'vais" and "m'jeter" are looked up as "jvais", "mjeter"."""
        fixed = self.spelling.get(word)
        if fixed is None and "'" in word:
            fixed = self.spelling.get(word.replace("'", ""))
        return word if fixed is None else fixed

    def worst(self, text: str) -> Rule | None:
        """The most serious rule matching anywhere in the prepared text (rules are sorted
        most serious first, so is their index)."""
        if self.rule_index is None:
            return None
        best = len(self.rules)
        for at, candidates in self.rule_index.starts(text):
            for index in candidates:
                if index < best and self.rules[index].regex.match(text, at):
                    best = index
        return self.rules[best] if best < len(self.rules) else None

    def marker(self, kind: str, text: str) -> Rule | None:
        return next((m for m in self.markers[kind] if m.regex.search(text)), None)


# Where a rule can start. Python's own regex parser (re._parser) turns a pattern into a
# tree; _starts walks it for the first _PREFIX characters every match can begin with (the
# first four letters of a word, after the space or apostrophe every pattern starts with).
_PREFIX = 4
_parser: Any = importlib.import_module("re._parser")
_op: Any = importlib.import_module("re._constants")


def _starts(items: list[Any], size: int = _PREFIX, depth: int = 0) -> set[str]:
    """The strings (at most size long) every match of the parsed items begins with; a
    shorter one means anything may follow, and "" means the match may begin anyhow."""
    if size == 0 or depth > 50:
        return {""}
    for index, (op, value) in enumerate(items):
        rest = items[index + 1 :]
        if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):  # they consume nothing
            continue
        if op is _op.LITERAL:
            chars = {chr(value)}
        elif op is _op.IN:
            chars = set()
            for kind, item in value:
                if kind is _op.LITERAL:
                    chars.add(chr(item))
                elif kind is _op.RANGE and item[1] - item[0] < 64:
                    chars.update(chr(c) for c in range(item[0], item[1] + 1))
                elif kind is _op.CATEGORY and item is _op.CATEGORY_DIGIT:
                    chars.update("0123456789")
                else:  # \w, [^...]: anything
                    return {""}
        elif op is _op.BRANCH:
            return set().union(*(_starts([*alt, *rest], size, depth + 1) for alt in value[1]))
        elif op is _op.SUBPATTERN:
            return _starts([*value[3], *rest], size, depth + 1)
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT):
            low, high, item = value
            if high == 0:
                return _starts(rest, size, depth + 1)
            fewer = (max(low - 1, 0), high if high == _op.MAXREPEAT else high - 1, item)
            once = _starts([*item, (op, fewer), *rest], size, depth + 1)
            return once | _starts(rest, size, depth + 1) if low == 0 else once
        else:  # any character, a back-reference...
            return {""}
        if len(chars) > 8:  # \d and the like: the prefix ends here (10 keys, not 10,000)
            return chars
        tails = _starts(rest, size - 1, depth + 1)
        return {c + tail for c in chars for tail in tails}
    return {""}


def _trie(keys: set[str]) -> str:
    """Literal strings as one regex, factored by their first characters."""
    heads: dict[str, set[str]] = {}
    for key in keys:
        if not key:
            return ""
        heads.setdefault(key[0], set()).add(key[1:])
    parts = [re.escape(head) + _trie(tails) for head, tails in sorted(heads.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Index:
    """Where patterns can start. Trying every pattern at every word costs too much on a
    long message: the finder stops only at words that begin like some pattern, and there
    only the patterns that can begin so are tried (by_prefix: their numbers, in order)."""

    finder: re.Pattern[str]
    by_prefix: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, parsed: list[Any]) -> Index | None:
        """From the patterns parsed by re._parser (see _parse)."""
        prefixes: dict[str, set[int]] = {}
        for number, pattern in enumerate(parsed):
            for prefix in _starts(list(pattern)[1:]):  # after the _LEAD every pattern has
                prefixes.setdefault(prefix, set()).add(number)
        if not prefixes:
            return None
        if "" in prefixes:  # a pattern that may begin anyhow: stop at every word
            return cls(re.compile(_LEAD), {"": tuple(range(len(parsed)))})
        return cls(
            re.compile(f"(?={_LEAD}{_trie(set(prefixes))})"),
            {
                prefix: tuple(
                    sorted(set().union(*(prefixes.get(prefix[:n], ()) for n in range(_PREFIX + 1))))
                )
                for prefix in prefixes
            },
        )

    def starts(self, text: str) -> Iterator[tuple[int, tuple[int, ...]]]:
        """Each place in the text where a pattern may match, with the patterns to try."""
        for found in self.finder.finditer(text):
            at = found.start()
            yield (
                at,
                next(
                    numbers
                    for n in range(_PREFIX, -1, -1)  # the longest prefix known
                    if (numbers := self.by_prefix.get(text[at + 1 : at + 1 + n])) is not None
                ),
            )


def _rank(hit: Hit) -> tuple[int, int]:
    return LEVELS.index(hit.level), CATEGORIES.index(hit.category)


class SafetyNet:
    """All languages' files, and the models of those that have one (bot/safety_model.py)."""

    def __init__(self, languages: list[Language], models: list[Model] | None = None) -> None:
        self.languages = languages
        self.models = models or []

    @classmethod
    def load(cls, folder: Path | None = None, *, models: bool = True) -> SafetyNet:
        """Read every <language>.txt of the folder, and model/<language>.tsv where there is
        one (unless `models` is false: the trainer makes them); a bad line raises
        ValueError naming it."""
        folder = folder or SAFETY_DIR
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise ValueError(f"no safety patterns in {folder}")
        languages = [_read_once(path, path.stat().st_mtime_ns) for path in files]
        if not models:
            return cls(languages)
        found = [safety_model.load(x.name, folder / "model") for x in languages]
        return cls(languages, [model for model in found if model is not None])

    def check(self, text: str) -> Hit | None:
        """The most serious hit in the text, or None: the rules', else the model's."""
        sentences = message_sentences(text)
        if not sentences:
            return None
        return self._rules(sentences.replace("\n", " ")) or self._model(sentences)

    def rules_only(self, text: str) -> Hit | None:
        """What the rules alone find (bench/safety.py compares)."""
        normalized = message_text(text)
        return self._rules(normalized) if normalized else None

    def model_only(self, text: str) -> Hit | None:
        """What the models alone find (bench/safety.py compares)."""
        sentences = message_sentences(text)
        return self._model(sentences) if sentences else None

    def _model(self, sentences: str) -> Hit | None:
        """A model's hit is medium: the youth is asked first, and "not really" or silence
        alerts the COPIL (a high one would need the model's levels to be reliable). The
        rules' markers do not apply: a model's hit is never lowered."""
        spelling = {language.name: language for language in self.languages}
        best: Verdict | None = None
        for model in self.models:
            verdict = model.read(spelling[model.language].spelled_sentences(sentences))
            margin = verdict.score - verdict.threshold
            if margin >= 0 and (best is None or margin > best.score - best.threshold):
                best = verdict
        if best is None:
            return None
        rule = f"{best.language}.model"
        return Hit(best.category, best.language, "medium", rule, why=best.why)

    def _rules(self, normalized: str) -> Hit | None:
        prepared = [(language, language.prepare(normalized)) for language in self.languages]
        best: Hit | None = None
        for language, words in prepared:
            rule = language.worst(words)
            if rule is not None:
                hit = Hit(rule.category, language.name, rule.level, f"{language.name}.{rule.id}")
                if best is None or _rank(hit) < _rank(best):
                    best = hit
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
    parsed: dict[str, Any] = {}  # a pattern's regex -> its tree (re._parser)

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
            # Several forms may share a replacement: "baddi bidde bdi = بدي" (Arabizi).
            words, sep, replacement = line.partition(" = ")
            if not sep or not words.strip():
                raise ValueError(f"{where}: a spelling line is 'word = replacement'")
            for word in words.split():
                language.spelling[normalize(word)] = normalize(replacement)
            continue
        rule = None if name == "idiom" else _RULE.fullmatch(line)
        if name != "idiom" and rule is None:
            raise ValueError(f"{where}: a rule line is 'id: pattern'")
        source = _source(expand(line if rule is None else rule[2], where))
        try:
            # Parsed once here: a wrong pattern is told at once, with its line, and the
            # Index is built from these trees; rules compile at their first use.
            parsed[source] = _parser.parse(source)
            if name == "idiom":
                language.idioms.append(re.compile(source))
                continue
        except re.error as error:
            raise ValueError(f"{where}: {error}") from error
        assert rule is not None
        if rule[1] in seen:
            raise ValueError(f"{where}: rule id {rule[1]} used twice")
        seen.add(rule[1])
        if name in MARKERS:
            language.markers[name].append(Rule(rule[1], name, "", source))
        else:
            language.rules.append(Rule(rule[1], name, level or "", source))
    language.rules.sort(key=lambda r: (LEVELS.index(r.level), CATEGORIES.index(r.category)))
    language.idiom_index = Index.of([parsed[idiom.pattern] for idiom in language.idioms])
    language.rule_index = Index.of([parsed[rule.source] for rule in language.rules])
    return language
