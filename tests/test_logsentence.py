"""One-sentence logs, as mentors type them between two appointments, in French and English.

"now" is Sunday 22 November 2026, 10:00 in Zurich."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.logsentence import SentenceProblem, parse_sentence

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))  # a Sunday
NAMES = ("Samir", "Léo", "K.B.")  # my youths and offline people: "Leo" finds Léo
PARTNERS = ("CSP", "Caritas", "Toit pour tous")


def _d(day: int, month: int = 11, year: int = 2026) -> date:
    return date(year, month, day)


FRENCH: list[tuple[str, dict[str, Any]]] = [
    (
        "/log hier 1h30 collectif foot",
        {"day": _d(21), "minutes": 90, "kind": "collective", "group": "foot", "themes": ()},
    ),
    (
        "45 min avec Samir, logement, relais vers le CSP",
        {
            "day": None,
            "minutes": 45,
            "kind": "relay",
            "person": "Samir",
            "themes": ("housing",),
            "partner": "CSP",
        },
    ),
    (
        "hier 30 min avec Samir pour son CV",
        {"day": _d(21), "minutes": 30, "person": "Samir", "themes": ("work",), "kind": None},
    ),
    (
        "mardi, 1h avec K.B., suivi au long cours, budget et dettes",
        {
            "day": _d(17),
            "minutes": 60,
            "kind": "long_term",
            "person": "K.B.",
            "themes": ("money",),
        },
    ),
    (
        "12.11 2h ponctuel avec Aline, papiers",
        {
            "day": _d(12),
            "minutes": 120,
            "kind": "one_off",
            "person": "Aline",
            "themes": ("papers",),
        },
    ),
    (
        "aujourd'hui 20 min au téléphone avec Yanis, il cherche un appartement",
        {"day": _d(22), "minutes": 20, "person": "Yanis", "themes": ("housing",)},
    ),
    (
        "il y a 3 jours, une heure et demie avec Inès, formation et stage",
        {"day": _d(19), "minutes": 90, "person": "Inès", "themes": ("training",)},
    ),
    (
        "vendredi 45 minutes, orientée vers Caritas pour les dettes",
        {
            "day": _d(20),
            "minutes": 45,
            "kind": "relay",
            "partner": "Caritas",
            "themes": ("money",),
        },
    ),
    (
        "samedi 2h collectif basket, solitude",
        {
            "day": _d(21),
            "minutes": 120,
            "kind": "collective",
            "group": "basket",
            "themes": ("loneliness",),
        },
    ),
    (
        "avant-hier 15 min avec samir, santé, relais vers le csp",
        {
            "day": _d(20),
            "minutes": 15,
            "kind": "relay",
            "person": "Samir",
            "partner": "CSP",
            "themes": ("health",),
        },
    ),
    (
        "lundi dernier 1h15 avec Léa, famille",
        {"day": _d(16), "minutes": 75, "person": "Léa", "themes": ("family",)},
    ),
    (
        "le 3 décembre une demi-heure avec Léo à 14h, papiers et logement",
        {
            "day": _d(3, 12, 2025),
            "minutes": 30,
            "person": "Léo",
            "themes": ("housing", "papers"),
        },
    ),
]

ENGLISH: list[tuple[str, dict[str, Any]]] = [
    (
        "30 min with Leo about his CV",
        {"day": None, "minutes": 30, "person": "Léo", "themes": ("work",), "kind": None},
    ),
    (
        "yesterday 1h with Leo, housing, referred to the CSP",
        {
            "day": _d(21),
            "minutes": 60,
            "person": "Léo",
            "kind": "relay",
            "partner": "CSP",
            "themes": ("housing",),
        },
    ),
    (
        "2 hours group football last Friday",
        {"day": _d(20), "minutes": 120, "kind": "collective", "group": "football"},
    ),
    (
        "last Monday, 45 minutes with Sam, job search",
        {"day": _d(16), "minutes": 45, "person": "Sam", "themes": ("work",)},
    ),
    (
        "today half an hour with K.B. about money",
        {"day": _d(22), "minutes": 30, "person": "K.B.", "themes": ("money",)},
    ),
    (
        "3 days ago 1h30 one-off with Nadia, papers",
        {"day": _d(19), "minutes": 90, "kind": "one_off", "person": "Nadia", "themes": ("papers",)},
    ),
    (
        "Tuesday 20 min phone call with Leo, family",
        {"day": _d(17), "minutes": 20, "person": "Léo", "themes": ("family",)},
    ),
    (
        "1.5 h long-term follow-up with Omar, training",
        {"minutes": 90, "kind": "long_term", "person": "Omar", "themes": ("training",)},
    ),
    (
        "12/11 90 min referred to Caritas for debts",
        {"day": _d(12), "minutes": 90, "kind": "relay", "partner": "Caritas", "themes": ("money",)},
    ),
    (
        "yesterday two hours collective basketball, loneliness",
        {
            "day": _d(21),
            "minutes": 120,
            "kind": "collective",
            "group": "basketball",
            "themes": ("loneliness",),
        },
    ),
    (
        "this morning 45 min with Leo at the job centre",
        {"day": _d(22), "minutes": 45, "person": "Léo", "themes": ("work",)},
    ),
    (
        "November 18, an hour with Samir, health, relay to Toit pour tous",
        {
            "day": _d(18),
            "minutes": 60,
            "person": "Samir",
            "kind": "relay",
            "partner": "Toit pour tous",
            "themes": ("health",),
        },
    ),
]


# The same sentence in the other languages a mentor may write (the form each locale's /log
# example shows).
ELSEWHERE: list[tuple[str, dict[str, Any]]] = [
    (
        "gestern 45 min mit Samir, Wohnen",
        {"day": _d(21), "minutes": 45, "person": "Samir", "themes": ("housing",)},
    ),
    (
        "Dienstag 1 Std. mit Léo, Bewerbung",
        {"day": _d(17), "minutes": 60, "person": "Léo", "themes": ("work",)},
    ),
    (
        "ieri 45 min con Samir, alloggio",
        {"day": _d(21), "minutes": 45, "person": "Samir", "themes": ("housing",)},
    ),
    ("martedì scorso 2 ore con Léo", {"day": _d(17), "minutes": 120, "person": "Léo"}),
    (
        "ontem 45 min com Samir, moradia",
        {"day": _d(21), "minutes": 45, "person": "Samir", "themes": ("housing",)},
    ),
    ("há 3 dias uma hora e meia com Léo", {"day": _d(19), "minutes": 90, "person": "Léo"}),
    (
        "ayer 45 min con Samir, vivienda",
        {"day": _d(21), "minutes": 45, "person": "Samir", "themes": ("housing",)},
    ),
    (
        "hace 3 días media hora con Léo, trabajo",
        {"day": _d(19), "minutes": 30, "themes": ("work",)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FRENCH + ENGLISH + ELSEWHERE)
def test_sentence_fields(sentence: str, expected: dict[str, Any]) -> None:
    log = parse_sentence(sentence, NOW, names=NAMES, partners=PARTNERS)
    found = {key: getattr(log, key) for key in expected}
    assert found == expected, log
    assert log.understood


def test_at_least_ten_sentences_per_language() -> None:
    assert len(FRENCH) >= 10 and len(ENGLISH) >= 10


def test_an_unknown_partner_is_kept_as_written() -> None:
    log = parse_sentence("1h relais vers la Maison des jeunes", NOW, partners=PARTNERS)
    assert (log.kind, log.partner) == ("relay", "Maison des jeunes")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("-5 min avec Samir", "duration"),
        ("hier 999 h", "duration"),
        ("0 min with Leo", "duration"),
        ("demain 30 min avec Samir", "future"),
        ("tomorrow 1h with Leo", "future"),
        ("le 25.11.2026 1h collectif foot", "future"),
    ],
)
def test_impossible_fields_are_refused(sentence: str, reason: str) -> None:
    with pytest.raises(SentenceProblem) as caught:
        parse_sentence(sentence, NOW, names=NAMES)
    assert caught.value.reason == reason


@pytest.mark.parametrize("sentence", ["bonjour", "ok merci", "🙂🙂", "مرحبا بك", ""])
def test_nothing_understood(sentence: str) -> None:
    assert not parse_sentence(sentence, NOW, names=NAMES).understood


def test_an_unknown_name_is_kept_as_written() -> None:
    log = parse_sentence("30 min with Leo about his CV", NOW)
    assert (log.person, log.minutes, log.themes) == ("Leo", 30, ("work",))


def test_a_national_directory_is_searched_without_a_regex_per_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 2,000 partners' patterns overflowed re's cache (512): each /log compiled them all.
    import re

    def compiled(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern compiled for a name")

    directory = [f"Service {i:04d}" for i in range(2000)] + ["Caritas Jura"]
    monkeypatch.setattr(re, "search", compiled)
    monkeypatch.setattr(re, "match", compiled)
    log = parse_sentence("hier 1h relais vers Caritas Jura avec Samir", NOW, names=NAMES,
                         partners=directory)  # fmt: skip
    assert (log.partner, log.person, log.minutes) == ("Caritas Jura", "Samir", 60)
    log = parse_sentence("hier 1h avec Samir, Service 1999", NOW, names=NAMES, partners=directory)
    assert log.partner == "Service 1999"
    # Whole words only: "Service 19" is not inside "Service 1999".
    log = parse_sentence("hier 1h, Service 1999", NOW, partners=["Service 19"])
    assert log.partner is None
