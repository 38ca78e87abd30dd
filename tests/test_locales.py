"""Every language has French's keys and placeables, every key the code uses is defined, and
no message is over Telegram's limits."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from fluent.syntax import ast, parse, visitor

from bot.commands import MENUS, STRANGER
from bot.i18n import LANGUAGES, LOCALES_DIR, I18n, Texts
from bot.safety import CATEGORIES, LEVELS
from handlers.stats.periods import CHOICES as STATS_PERIODS
from storage.broadcasts import Audience
from storage.events import ANSWERS
from storage.events import KINDS as EVENT_KINDS
from storage.links import END_REASONS
from storage.models import DOMAINS, KINDS, THEMES, Role
from storage.requests import AGE_BANDS, MEETING_PLACES
from storage.safety import OUTCOMES
from storage.stats import FIGURES

ROOT = Path(__file__).resolve().parent.parent
# _("key"), i18n.text(language, "key") and an outbox notice's fluent(chat, "key")
_LITERAL = re.compile(
    r"""(?:\b_|\.text\([^,()]+,|\bfluent\([^,()]+,)\(?\s*["']([a-z][a-z0-9_-]*)["']"""
)
# _(f"prefix-{...}") : dynamic keys, checked below against the values they can take
_DYNAMIC = re.compile(r"""\b_\(\s*f["']([a-z][a-z0-9_-]*-)\{""")


# What each dynamic key's {...} can be (a new prefix in the code must be listed here).
DYNAMIC_VALUES: dict[str, list[str]] = {
    "role-": [r.value for r in Role],
    "roles-": [r.value for r in Role],
    "help-": [r.value for r in Role],
    "welcome-": [r.value for r in Role],
    "invite-intro-": [r.value for r in Role],
    "link-": ["unknown", "used", "expired"],
    "cmd-": sorted({c for m in MENUS.values() for c in m} | set(STRANGER)),
    "people-button-": ["on", "off"],
    "theme-": list(THEMES),
    "kind-": list(KINDS),
    "domain-": list(DOMAINS),
    "partners-ask-": ["name", "what", "phone", "email", "address", "website"],
    "partners-bad-": ["name", "what", "phone", "email", "address", "website"],
    "partners-field-": ["name", "what", "phone", "email", "address", "website", "domain"],
    "log-edit-": ["who", "kind", "when", "minutes", "partner"],
    "log-sentence-": ["duration", "future", "too-old"],
    "met-": list(MEETING_PLACES),
    "age-": [*AGE_BANDS, "over_30"],
    "end-reason-": list(END_REASONS),
    "escalation-": ["unanswered", "no-mentor", "declined"],
    "safety-category-": list(CATEGORIES),
    "safety-level-": list(LEVELS),
    "safety-copil-who-": ["youth", "peer_helper", "stranger"],
    "safety-copil-said-": ["not_really", "talk", "timeout", "repeat"],
    "alert-outcome-": list(OUTCOMES),
    "safety-answer-": ["ok", "not_really", "talk"],
    "emergency-": ["ch", "fr"],
    "broadcast-audience-": [a.value for a in Audience],
    "broadcasts-line-": ["scheduled", "sending", "done", "cancelled"],
    "event-kind-": [*EVENT_KINDS, "meeting"],
    "event-answered-": [*ANSWERS, "waiting"],
    "event-reminder-": ["day", "2h"],
    "event-change-": ["moved", "cancelled"],
    "events-answers-": [*ANSWERS, "waiting"],
    "group-message-": ["day", "2h", "cancelled"],
    "group-answered-": ["yes", "no"],
    "language-": list(LANGUAGES),
    "group-answers-": ["yes", "no", "none", "short"],
    "hours-col-": ["date", "kind", "minutes", "themes", "partner", "kind-code", "theme-codes"],
    "stats-period-": [*STATS_PERIODS, "typed"],
    "stats-dates-": ["unclear", "future", "too-far", "order"],
    "stats-sec-": sorted({section for section, *_rest in FIGURES}),
    "stats-fig-": [name for _section, name, *_rest in FIGURES],
    "stats-key-": [
        *("median", "p90", "unknown", "unlisted", "mentor_link", "team", "stopped"),
        *("high", "medium", "better", "same", "worse", "open"),
    ],
    "silence-": ["keep-done", "later-done", "stop-done"],
    "pause-": ["yes-done", "no-done"],
    "checkin-face-": ["1", "2", "3", "4", "5"],
    "feedback-helped-": ["1", "2", "3", "4", "5"],
    "feedback-recommend-": ["yes", "maybe", "no"],
    "rhythm-": ["silence-days", "checkin-days"],
    "rhythm-ask-": ["silence", "checkin"],
    "rhythm-change-": ["silence", "checkin"],
    "wellbeing-support-": ["yes", "no"],
    "rating-": ["1", "2", "3", "4", "5"],
}


def _code() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for folder in ("bot", "handlers")
        for p in (ROOT / folder).rglob("*.py")
    )


def test_every_key_used_in_code_is_defined() -> None:
    defined = I18n().keys("fr")
    used = set(_LITERAL.findall(_code()))
    assert used, "the scan found no keys: the pattern is wrong"
    assert used - defined == set()


def test_every_date_form_used_in_code_is_defined() -> None:
    """`_.when(moment, "short-day")` names a form each language writes, never a Babel
    pattern (a pattern is the language's to choose, in its when-* keys)."""
    used = set(re.findall(r"""\.when\([^()]*(?:\([^()]*\)[^()]*)*,\s*["']([^"']+)["']""", _code()))
    assert "short-day" in used, "the scan found no date form: the pattern is wrong"
    assert {f"when-{form}" for form in used} <= I18n().keys("fr"), used


def test_dynamic_keys_exist_for_every_value() -> None:
    defined = I18n().keys("fr")
    prefixes = set(_DYNAMIC.findall(_code()))
    values = DYNAMIC_VALUES
    assert prefixes <= set(values), f"add the values of {prefixes - set(values)} here"
    for prefix in prefixes:
        for value in values[prefix]:
            assert prefix + value in defined


def test_no_placeable_is_left_unfilled() -> None:
    i18n = I18n()
    text = i18n.text("fr", "welcome-youth", name="Aline")
    assert text == "Merci, Aline ! Tu es bien inscrit·e."


def test_french_elides_de_before_a_vowel_in_every_text() -> None:
    i18n = I18n()
    assert i18n.text("fr", "end-done", name="Inès").startswith("Le suivi d'<b>Inès</b>")
    assert i18n.text("fr", "end-done", name="Marc").startswith("Le suivi de <b>Marc</b>")
    assert i18n.text("fr", "resource-done", copil="Claire", name="Hugo").endswith("d'Hugo.")
    assert i18n.text("fr", "hours-csv", month="octobre 2026") == "📄 CSV d'octobre 2026"
    # No text writes "de" straight before a name or a month any more: DE() chooses.
    left = [
        line
        for path in sorted((LOCALES_DIR / "fr").glob("*.ftl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"\b[dD]e (<b>)?\{ \$", line)
    ]
    assert left == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_counts_agree_with_their_noun(language: str) -> None:
    i18n = I18n()
    one = {
        "fr": ("1 séance prévue", "1 place", "1 présent·e.", "1 envoyé,", "1 caractère"),
        "en": ("1 session planned", "1 place", "1 came", "1 sent", "1 character"),
    }[language]
    texts = (
        i18n.text(language, "group-confirm", name="G", size=5, count=1),
        i18n.text(language, "event-line-capacity", capacity=1),
        i18n.text(language, "group-attendance-title", name="G", when="w", count=1, tu="no"),
        i18n.text(language, "broadcast-report", id=1, sent=1, unreachable=1, failed=0),
        i18n.text(language, "log-summary-note", length=1),
    )
    for expected, text in zip(one, texts, strict=True):
        assert expected in text, text


# ------------------------------------------------ every language says what French says


OTHERS = [language for language in LANGUAGES if language != "fr"]


def _messages(language: str) -> dict[str, tuple[str, ast.Message]]:
    """Each key of a language, with the name of its file and its syntax tree."""
    found: dict[str, tuple[str, ast.Message]] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            assert not isinstance(entry, ast.Junk), f"{language}/{path.name}: {entry.content!r}"
            if isinstance(entry, ast.Message):
                found[entry.id.name] = (path.name, entry)
    return found


class _Variables(visitor.Visitor):  # type: ignore[misc]
    """The $variables a message uses, and those it chooses a variant on."""

    def __init__(self, message: ast.Message) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.selectors: set[str] = set()
        self.visit(message)

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            self.selectors.add(node.selector.id.name)
        self.generic_visit(node)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_text_read_when_asked_is_the_one_a_full_parse_reads(language: str) -> None:
    """bot.i18n finds where each entry starts and parses it when first asked for: the same
    names, and for each the same message or term as parsing the whole files (the first of
    two under one name, as FluentBundle keeps)."""
    messages, terms = I18n().bundles[language]._messages, I18n().bundles[language]._terms
    whole: dict[str, ast.Message | ast.Term] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message | ast.Term):
                prefix = "-" if isinstance(entry, ast.Term) else ""
                whole.setdefault(prefix + entry.id.name, entry)
    read = {**messages, **{f"-{name}": term for name, term in terms.items()}}
    assert sorted(read) == sorted(whole)
    for name, entry in whole.items():
        assert read[name].equals(entry, ignored_fields=["span", "comment"]), name


def test_a_text_that_does_not_parse_says_where(tmp_path: Path) -> None:
    """A broken entry is found when it is first used, with its language and name."""
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "core.ftl").write_text("ok = Bien\nbroken = { $x\n", encoding="utf-8")
    i18n = I18n(tmp_path)
    assert i18n.text("fr", "ok") == "Bien"
    with pytest.raises(ValueError, match="locales/fr: broken does not parse"):
        i18n.text("fr", "broken")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_key_is_defined_twice(language: str) -> None:
    """Fluent keeps the first of two messages under one key: the second is never shown, and
    a caller giving the second's variables gets a text with a hole."""
    first: dict[str, str] = {}
    twice = []
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                key = entry.id.name
                if key in first:
                    twice.append(f"{language}: {key} in {first[key]} and {path.name}")
                first.setdefault(key, path.name)
    assert twice == []


@pytest.mark.parametrize("language", OTHERS)
def test_each_language_has_the_keys_of_french_in_the_same_files(language: str) -> None:
    french, other = _messages("fr"), _messages(language)
    problems = [
        f"{language}/{file}: {key} is missing"
        for key, (file, _m) in french.items()
        if key not in other
    ]
    problems += [
        f"{language}/{file}: {key} is not in French"
        for key, (file, _m) in other.items()
        if key not in french
    ]
    problems += [
        f"{language}/{other[key][0]}: {key} belongs in {file}, as in French"
        for key, (file, _m) in french.items()
        if key in other and other[key][0] != file
    ]
    assert problems == []


@pytest.mark.parametrize("language", OTHERS)
def test_each_language_shows_what_french_shows(language: str) -> None:
    """A name, a date or a number French shows must not vanish in translation, and a variable
    French does not use is never given by the code. `$tu` is free: English has no « vous »."""
    french, other = _messages("fr"), _messages(language)
    problems = []
    for key in french.keys() & other.keys():
        want = _Variables(french[key][1]).names - {"tu"}
        got = _Variables(other[key][1]).names - {"tu"}
        file = other[key][0]
        problems += [f"{language}/{file}: {key} lacks ${name}" for name in sorted(want - got)]
        problems += [
            f"{language}/{file}: {key} uses ${name}, unknown in French"
            for name in sorted(got - want)
        ]
    assert sorted(problems) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_names_itself_and_writes_its_dates(language: str) -> None:
    i18n = I18n()
    names = [i18n.name(code) for code in LANGUAGES]
    assert len(set(names)) == len(names) and all(len(n) <= 12 for n in names), names
    locale = Locale.parse(i18n.locale(language))
    assert locale.language == language, (language, str(locale))
    moment = datetime(2026, 12, 3, 18, 30, tzinfo=ZoneInfo("Europe/Zurich"))
    _ = Texts(i18n, language, ZoneInfo("Europe/Zurich"))
    forms = ("moment", "day", "short-day", "short-day-moment", "short-moment", "day-month")
    for form in (*forms, "month", "short-month"):
        written = _.when(moment, form)
        assert "3" in written or "12" in written or "2026" in written, (language, form, written)
    assert "2026" not in _.when(moment, now=moment)
    assert "2026" in _.when(moment, now=moment.replace(year=2025))


# ------------------------------------------------ Telegram's limits, with long arguments

MAX_TEXT, MAX_CAPTION = 4096, 1024
# A button wider than this is cut on a phone (one button a row, portrait, default font).
MAX_LABEL = 40
# Longest fictitious values: a Telegram first name holds up to 64 characters; quoted text and
# lists come cut by the code to fit (handlers.safety.quoted, pages of ten lines).
NAME = "Marie-Alexandrine Kouassi-Fernandes de Oliveira Santos Bernasconi"[:64]
FREE_TEXT = {
    "text": 1000,
    "message": 1000,
    "said": 1000,
    "numbers": 600,
    "lines": 1500,
    "names": 1000,
    "line": 300,
    "where": 200,
    "themes": 200,
    "period": 60,
    "scope": 80,
}
# Numbers the code gives; in a label, a name, a number or a date is short (buttons list people
# by first name, sessions by short day).
NUMBERS = {"count", "id", "max", "size", "capacity", "length", "limit", "minutes", "hours", "days"}
LABEL_ARGS: dict[str, object] = {"name": "Marie-Alexandrine", "number": 100, "date": "jeu. 3.12"}
# caption=_("key") and InlineKeyboardButton(_("key")) or an outbox button ("key", "data")
_CAPTION = re.compile(r"""caption=_\w*\(\s*["']([a-z][a-z0-9_-]*)["']""")
_BUTTON = re.compile(r"""InlineKeyboardButton\(\s*_\w*\(\s*f?["']([a-z][a-z0-9_-]*\{?)""")
_OUTBOX_BUTTON = re.compile(r"""\(\s*["']([a-z][a-z0-9_-]*)["'],\s*f?["'][a-z]+:""")


def _long(variables: _Variables, label: bool = False) -> dict[str, object]:
    """The longest arguments the code gives this message (short ones on a button)."""
    args: dict[str, object] = {}
    for name in variables.names - {"tu"}:
        if name in NUMBERS or name in variables.selectors:
            args[name] = LABEL_ARGS["number"] if label else 100_000
        elif label:
            args[name] = LABEL_ARGS["date" if name in ("when", "since") else "name"]
        elif name in FREE_TEXT:
            args[name] = ("Lorem ipsum dolor sit amet. " * 200)[: FREE_TEXT[name]]
        else:
            args[name] = NAME
    return args


def _expand(found: set[str], defined: set[str]) -> set[str]:
    keys = set()
    for key in found:
        if key.endswith("{"):
            keys |= {key[:-1] + value for value in DYNAMIC_VALUES.get(key[:-1], [])}
        elif key in defined:
            keys.add(key)
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_over_telegrams_limits(language: str) -> None:
    i18n = I18n()
    messages = _messages(language)
    code = _code()
    captions = set(_CAPTION.findall(code))
    found = set(_BUTTON.findall(code)) | set(_OUTBOX_BUTTON.findall(code))
    buttons = _expand(found, set(messages))
    assert {"consent-yes", "theme-work", "request-accept"} <= buttons, "the button scan is wrong"
    problems = []
    for key, (file, message) in messages.items():
        variables = _Variables(message)
        limit = MAX_CAPTION if key in captions else MAX_TEXT
        for tu in ("yes", "no"):
            text = i18n.text(language, key, tu=tu, **_long(variables))
            if len(text) > limit:
                problems.append(f"{language}/{file}: {key} is {len(text)} > {limit} characters")
            if key in buttons:
                label = i18n.text(language, key, tu=tu, **_long(variables, label=True))
                if len(label) > MAX_LABEL:
                    problems.append(f"{language}/{file}: button {key} is {label!r}")
    assert sorted(set(problems)) == []
