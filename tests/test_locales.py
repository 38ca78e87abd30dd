"""Every language has every key; every key the code uses is defined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.commands import MENUS, STRANGER
from bot.i18n import LANGUAGES, LOCALES_DIR, I18n
from bot.safety import CATEGORIES, LEVELS
from handlers.stats.periods import CHOICES as STATS_PERIODS
from storage.broadcasts import Audience
from storage.events import ANSWERS
from storage.events import KINDS as EVENT_KINDS
from storage.links import END_REASONS
from storage.models import DOMAINS, KINDS, THEMES, Role
from storage.requests import AGE_BANDS, MEETING_PLACES
from storage.stats import FIGURES

ROOT = Path(__file__).resolve().parent.parent
# _("key"), i18n.text(language, "key") and an outbox notice's fluent(chat, "key")
_LITERAL = re.compile(
    r"""(?:\b_|\.text\([^,()]+,|\bfluent\([^,()]+,)\(?\s*["']([a-z][a-z0-9_-]*)["']"""
)
# _(f"prefix-{...}") : dynamic keys, checked below against the values they can take
_DYNAMIC = re.compile(r"""\b_\(\s*f["']([a-z][a-z0-9_-]*-)\{""")


def _code() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for folder in ("bot", "handlers")
        for p in (ROOT / folder).rglob("*.py")
    )


def test_every_language_has_every_key() -> None:
    i18n = I18n()
    keys = {language: i18n.keys(language) for language in LANGUAGES}
    for language in LANGUAGES:
        assert keys[language] == keys["fr"], (language, sorted(keys["fr"] ^ keys[language]))


def test_every_key_used_in_code_is_defined() -> None:
    defined = I18n().keys("fr")
    used = set(_LITERAL.findall(_code()))
    assert used, "the scan found no keys: the pattern is wrong"
    assert used - defined == set()


def test_dynamic_keys_exist_for_every_value() -> None:
    defined = I18n().keys("fr")
    prefixes = set(_DYNAMIC.findall(_code()))
    values = {
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
        "safety-copil-said-": ["not_really", "talk", "timeout"],
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
        "stats-key-": ["median", "p90", "unknown", "unlisted", "mentor_link", "team", "stopped"],
        "silence-": ["keep-done", "later-done", "stop-done"],
        "pause-": ["yes-done", "no-done"],
        "checkin-face-": ["1", "2", "3", "4", "5"],
        "feedback-helped-": ["1", "2", "3", "4", "5"],
        "feedback-recommend-": ["yes", "maybe", "no"],
    }
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
