"""Translations (Fluent files under locales/) and dates (Babel), chosen per person."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime
from babel.numbers import NumberPattern, get_decimal_symbol, get_group_symbol
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax.ast import Message, Term

logger = logging.getLogger(__name__)
Entry = Message | Term

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
# French is the reference and the default, English second, then the languages the youths of
# these programmes most often read first. A folder not listed here still works, after these.
ORDER = ("fr", "en", "de", "it", "pt", "es", "ar")


def languages_in(folder: Path) -> tuple[str, ...]:
    """A language is a folder of Fluent files: adding one needs no code."""
    present = {path.parent.name for path in folder.glob("*/*.ftl")}
    return tuple(sorted(present, key=lambda c: (ORDER.index(c) if c in ORDER else len(ORDER), c)))


LANGUAGES = languages_in(LOCALES_DIR)

# In a right-to-left sentence a Latin name, a number, a date or a /command is laid out by
# the neutral characters around it ("/start" shows as "start/", "Inès, 3" as "3 ,Inès").
# Fluent isolates each placeable (FSI…PDI) and _COMMAND's matches are isolated left to
# right (LRI…PDI), for these languages only: elsewhere the marks only get in the way.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_COMMAND = re.compile(r"(?<![<\w/])/[a-z_]+(?:@\w+)?")


def pick_language(saved: str | None, telegram_code: str | None, default: str) -> str:
    """Saved preference first, then the Telegram app's language, then the programme's."""
    if saved in LANGUAGES:
        return saved
    short = (telegram_code or "").split("-")[0].lower()
    return short if short in LANGUAGES else default


def elided_de(word: object) -> str:
    """French "de" before a word: "d'" before a vowel or an h ("d'Inès", "d'Hugo",
    "d'octobre"), "de " otherwise. The FTL files call it DE: `{ DE($name) }{ $name }`."""
    plain = unicodedata.normalize("NFKD", str(word))
    first = next((c for c in plain if c.isalpha()), "")
    return "d'" if first and first.lower() in "aeiouyh" else "de "


# Where an entry starts: a message ("name =") or a term ("-name =") at the start of a line.
# What may start a line after it there (a comment, the next entry) ends it: a text's lines
# are indented, only "}", "[", "*" of a placeable may stand at the start of a line.
_ENTRY = re.compile(r"^(-?)([a-zA-Z][a-zA-Z0-9_-]*) *=", re.MULTILINE)
_TOP = re.compile(r"^[a-zA-Z#-]", re.MULTILINE)
_PARSER = FluentParser(with_spans=False)


class Entries(Mapping[str, Entry]):
    """One language's messages (or its terms), each parsed the first time it is asked for.
    Parsing every file of every language took 0.5 to 0.8 s of CPU at each start (pure
    Python), for the few hundred texts a process shows in its first hours; finding where
    each entry starts in the text is a regex over the files, a few milliseconds."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.sources: dict[str, str] = {}
        self._parsed: dict[str, Entry] = {}

    def __getitem__(self, key: str) -> Entry:
        entry = self._parsed.get(key)
        if entry is None:
            parsed = _PARSER.parse_entry(self.sources[key])
            if not isinstance(parsed, (Message, Term)):
                raise ValueError(f"locales/{self.language}: {key} does not parse")
            entry = self._parsed[key] = parsed  # never changed once parsed
        return entry

    def __contains__(self, key: object) -> bool:
        return key in self.sources

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


@cache
def _entries(language: str, files: tuple[tuple[Path, int], ...]) -> tuple[Entries, Entries]:
    """A language's messages and terms, found once per process (and as long as its files
    are unchanged: `files` holds their times of change). The first definition of a name
    wins, as in FluentBundle.add_resource."""
    messages, terms = Entries(language), Entries(language)
    for path, _changed in files:
        text = path.read_text(encoding="utf-8")
        for found in _ENTRY.finditer(text):
            end = _TOP.search(text, found.end())
            kind = terms if found[1] else messages
            kind.sources.setdefault(found[2], text[found.start() : end.start() if end else None])
    return messages, terms


def _plain_text(messages: Entries, key: str) -> str:
    """A message's value when it is plain text, else ""."""
    value = messages[key].value if key in messages else None
    return "".join(getattr(part, "value", "") for part in value.elements) if value else ""


class _Bundle(FluentBundle):
    """A FluentBundle over Entries: fluent.runtime reads messages and terms from its
    `_messages` and `_terms` mappings, and compiles each on its first use."""

    def __init__(self, locales: list[str], entries: tuple[Entries, Entries], rtl: bool) -> None:
        # A function may return a plain str (fluent.runtime formats it as text); its type
        # hint asks for a FluentType.
        functions = {"DE": elided_de}
        super().__init__(locales, functions, use_isolating=rtl)  # type: ignore[arg-type]
        self._messages, self._terms = entries  # type: ignore[assignment]


class I18n:
    """All languages' bundles. Isolation marks only in right-to-left languages (see
    RIGHT_TO_LEFT): in the others they would break plain-text search and tests."""

    def __init__(self, folder: Path = LOCALES_DIR) -> None:
        self.bundles: dict[str, FluentBundle] = {}
        for language in languages_in(folder):
            paths = sorted((folder / language).glob("*.ftl"))
            entries = _entries(language, tuple((p, p.stat().st_mtime_ns) for p in paths))
            # Numbers in texts follow the language's Babel locale ("12'345" in de_CH), which
            # its own files name (plain text), before the bundle is made with it.
            locale = _plain_text(entries[0], "language-locale")
            self.bundles[language] = _Bundle(
                [locale, language] if locale else [language], entries, language in RIGHT_TO_LEFT
            )

    def text(self, language: str, key: str, **args: object) -> str:
        language = language if language in self.bundles else LANGUAGES[0]
        bundle = self.bundles[language]
        if not bundle.has_message(key):
            logger.error("missing translation %s for %s", key, language)
            return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        value, errors = bundle.format_pattern(message.value, dict(args))
        if errors:
            logger.error("translation %s/%s: %s", language, key, errors)
        if language in RIGHT_TO_LEFT:
            return _COMMAND.sub(lambda m: f"{LRI}{m.group()}{PDI}", str(value))
        return str(value)

    def keys(self, language: str) -> set[str]:
        return set(self.bundles[language]._messages)

    def name(self, language: str) -> str:
        """The language's name in itself ("Deutsch", "العربية"), for /language's buttons."""
        return self.text(language, "language-name")

    def locale(self, language: str) -> str:
        """The Babel locale of its dates and numbers ("de_CH"), from the language's own files."""
        return self.bundles[language].locales[0] if language in self.bundles else "fr_CH"


@cache
def _format(locale: str) -> tuple[NumberPattern, dict[int, str]]:
    marks = {",": get_group_symbol(locale), ".": get_decimal_symbol(locale)}
    return Locale.parse(locale).decimal_formats[None], str.maketrans(marks)


def number(value: float, locale: str, grouped: bool = True) -> str:
    """A count or a measure as the locale writes it: "12,5" and "100'000" in fr_CH, "12.5"
    and "100,000" in en_GB; `grouped=False` for a file a spreadsheet reads ("100000,5").
    The locale's pattern is applied with English marks, which are then swapped for the
    locale's: Babel's own text drops a Swiss group mark from a million on ("1234567": it
    reads the "'234'" between two marks as a quoted literal)."""
    pattern, marks = _format(locale)
    return str(pattern.apply(value, "en", group_separator=grouped)).translate(marks)


class Texts:
    """The translations of one person's language, called with a key and its arguments.

    Every text gets `$tu` ("yes" or "no", unless the caller gives it): French says « tu » to
    youths, peer helpers and strangers, « vous » to mentors and the COPIL, so a text shared
    by all roles picks its form with `{ $tu -> [yes] … *[no] … }`."""

    def __init__(self, i18n: I18n, language: str, zone: ZoneInfo, familiar: bool = True) -> None:
        self.i18n = i18n
        self.language = language
        self.zone = zone
        self.familiar = familiar

    def __call__(self, key: str, **args: object) -> str:
        args.setdefault("tu", "yes" if self.familiar else "no")
        return self.i18n.text(self.language, key, **args)

    @property
    def locale(self) -> str:
        """The Babel locale of the person's dates and numbers ("fr_CH")."""
        return self.i18n.locale(self.language)

    def number(self, value: float) -> str:
        """A count or a measure as the person's locale writes it: 12,5 in fr_CH, 12.5 in de_CH."""
        return number(value, self.locale)

    def when(self, moment: datetime, form: str = "moment", now: datetime | None = None) -> str:
        """The moment in the person's language and zone, in one of the forms each language
        writes as a Babel pattern (`when-<form>` in its core.ftl: moment, moment-year, day,
        short-day, short-day-moment, short-moment, day-month, month, short-month). Given
        `now`, the year is shown when it is not now's: "12.11" typed on 22.11 means next year,
        and a confirmation must say so."""
        if now is not None and moment.astimezone(self.zone).year != now.astimezone(self.zone).year:
            form += "-year"
        pattern = self.i18n.text(self.language, f"when-{form}")
        return str(format_datetime(moment, pattern, tzinfo=self.zone, locale=self.locale))
