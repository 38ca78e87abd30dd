"""Every language has every key; every key the code uses is defined."""

from __future__ import annotations

import re
from pathlib import Path

from bot.commands import MENUS, STRANGER
from bot.i18n import LANGUAGES, I18n
from bot.safety import CATEGORIES, LEVELS
from storage.broadcasts import Audience
from storage.events import ANSWERS
from storage.events import KINDS as EVENT_KINDS
from storage.links import END_REASONS
from storage.models import DOMAINS, KINDS, THEMES, Role
from storage.requests import AGE_BANDS, MEETING_PLACES

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
    }
    assert prefixes <= set(values), f"add the values of {prefixes - set(values)} here"
    for prefix in prefixes:
        for value in values[prefix]:
            assert prefix + value in defined


def test_no_placeable_is_left_unfilled() -> None:
    i18n = I18n()
    text = i18n.text("fr", "welcome-youth", name="Aline")
    assert text == "Merci, Aline ! Tu es bien inscrit·e."
