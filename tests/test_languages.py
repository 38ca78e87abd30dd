"""Every language a folder brings works end to end: /start and /language offer each in its
own name, the choice is kept, and each person reads the bot in their language and register."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.dates import parse_duration, parse_future_datetime, parse_past_day
from bot.i18n import FSI, LANGUAGES, LRI, PDI, I18n, Texts
from bot.logsentence import parse_sentence
from bot.rhythm import sessions_for
from handlers.hours_report import duration
from handlers.stats.periods import typed
from handlers.stats.report import period_label
from storage.stats import Period
from tests.conftest import Flow

YOUTH, MENTOR = 1001, 2001


async def test_first_prompt_offers_every_language_in_its_own_name_on_two_rows(flow: Flow) -> None:
    await flow.send(YOUTH, "/start", first_name="Jonas", language_code="de")
    # The prompt is in the language Telegram reports, with an English fallback line.
    assert flow.text(YOUTH).startswith("Hallo! 👋 Wähl deine Sprache.")
    rows = flow.last(YOUTH)["reply_markup"]["inline_keyboard"]
    assert len(rows) <= 2 and all(len(row) <= 4 for row in rows)
    names = {b["text"]: b["callback_data"] for row in rows for b in row}
    assert set(names.values()) == {f"lang:{code}" for code in LANGUAGES}
    i18n = I18n()
    assert {i18n.name(code) for code in LANGUAGES} == set(names)
    assert names["Deutsch"] == "lang:de" and names["Italiano"] == "lang:it"


async def test_a_german_youth_is_answered_in_german_with_du(flow: Flow) -> None:
    await flow.join(YOUTH, "de", name="Jonas")
    person = await flow.db.people.get(YOUTH)
    assert person is not None and person.language == "de"
    assert flow.text(YOUTH).startswith("Danke, Jonas! Du bist angemeldet.")
    menu = {c["command"]: c["description"] for c in flow.tg.commands(YOUTH)}
    assert menu["request"] == "Kontakt anfragen"
    await flow.send(YOUTH, "/cancel")
    assert flow.text(YOUTH) == "Gerade läuft nichts. /help zeigt, was du tun kannst."


async def test_language_changes_to_italian_and_back_and_is_kept(flow: Flow) -> None:
    await flow.join(YOUTH, "fr", name="Giulia")
    await flow.send(YOUTH, "/language")
    assert "lang:it" in flow.buttons(YOUTH).values()
    await flow.press(YOUTH, "lang:it")
    assert flow.text(YOUTH) == "Fatto: ti scrivo in italiano."
    person = await flow.db.people.get(YOUTH)
    assert person is not None and person.language == "it"
    await flow.send(YOUTH, "/cancel", language_code="fr")  # the saved choice wins over the app's
    assert flow.text(YOUTH) == "Non c'è niente in corso. /help mostra cosa puoi fare."


async def test_a_german_mentor_is_answered_with_sie(flow: Flow) -> None:
    payload = await flow.invite_link("mentor")
    await flow.send(MENTOR, f"/start {payload}", first_name="Marc", language_code="de")
    await flow.press(MENTOR, "lang:de")
    assert flow.text(MENTOR).startswith("Willkommen! Sie sind eingeladen")
    await flow.press(MENTOR, "consent:yes:de")
    assert flow.text(MENTOR).startswith("Danke, Marc! Sie sind jetzt Mentor:in bei Lien.")
    await flow.send(MENTOR, "/cancel")
    assert flow.text(MENTOR) == "Gerade läuft nichts. /help zeigt, was Sie tun können."


# ------------------------------------------ the examples each language gives can be typed

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Europe/Zurich"))
_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"")


def _future(text: str) -> object:
    return parse_future_datetime(text, NOW)


def _sentence(text: str) -> object:
    log = parse_sentence(text, NOW, names=["Samir"])
    return log if log.day and log.minutes and log.person else None


def _period(text: str) -> object:
    return typed(text, NOW)


READERS: dict[str, Callable[[str], object]] = {
    "broadcast-ask-when": _future,
    "broadcast-when-bad": _future,
    "broadcast-when-no-time": _future,
    "event-ask-when": _future,
    "events-move-ask": _future,
    "event-ask-duration": parse_duration,
    "event-duration-bad": parse_duration,
    "log-ask-minutes": parse_duration,
    "log-minutes-unknown": parse_duration,
    "log-ask-when": lambda text: parse_past_day(text, NOW),
    "log-date-unknown": lambda text: parse_past_day(text, NOW),
    "group-ask-rhythm": lambda text: sessions_for(text, NOW),
    "group-rhythm-bad": lambda text: sessions_for(text, NOW),
    "log-who": _sentence,
    "log-not-understood": _sentence,
    "stats-ask-dates": _period,
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_example_a_language_gives_is_understood(language: str) -> None:
    """A person who copies the example their language shows ("morgen 9 Uhr", "domani alle
    18") is understood: an unreadable date is answered with examples that work."""
    i18n = I18n()
    problems = []
    for key, read in READERS.items():
        text = i18n.text(language, key, tu="no", max=12, title="T")
        examples = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
        assert examples, f"{language}: {key} gives no example between quotes: {text}"
        examples = [e for e in examples if e.strip(f"{FSI}{PDI}") != "T"]  # the title given
        problems += [f"{language}: {key} «{e}»" for e in examples if not read(e)]
    assert problems == []


# ------------------------------------------ right to left


def test_arabic_isolates_names_numbers_and_commands_and_french_does_not(tmp_path: Path) -> None:
    for language, text in {
        "fr": "hello = Bonjour <b>{ $name }</b>, { $count } messages : /start ou /help@lienbot.",
        "ar": "hello = مرحبا <b>{ $name }</b>، { $count } رسائل: /start أو /help@lienbot.",
    }.items():
        (tmp_path / language).mkdir()
        (tmp_path / language / "core.ftl").write_text(text, encoding="utf-8")
    i18n = I18n(tmp_path)
    assert i18n.text("fr", "hello", name="Inès", count=3) == (
        "Bonjour <b>Inès</b>, 3 messages : /start ou /help@lienbot."
    )
    assert i18n.text("ar", "hello", name="Inès", count=3) == (
        f"مرحبا <b>{FSI}Inès{PDI}</b>، {FSI}3{PDI} رسائل: "
        f"{LRI}/start{PDI} أو {LRI}/help@lienbot{PDI}."
    )


# ------------------------------------------ numbers


@pytest.mark.parametrize(
    ("language", "measure", "count"),
    [("fr", "12,5", "12'345"), ("en", "12.5", "12,345"), ("de", "12.5", "12'345")],
)
def test_numbers_follow_each_languages_locale_and_a_year_is_not_a_number(
    language: str, measure: str, count: str
) -> None:
    i18n = I18n()
    _ = Texts(i18n, language, ZoneInfo("Europe/Zurich"))
    assert _.number(12.5) == measure
    assert i18n.text(language, "people-paused-count", count=12345).endswith(count)
    quarter = Period(date(2026, 1, 1), date(2026, 3, 31), NOW, NOW)
    assert period_label(_, quarter, "last_quarter").endswith(" 2026")


@pytest.mark.parametrize(
    ("language", "million", "hours"),
    [
        ("fr", "1'234'567,5", "43'210 h 05"),
        ("en", "1,234,567.5", "43,210 h 05"),
        ("de", "1'234'567.5", "43'210 h 05"),
        ("es", "1.234.567,5", "43.210 h 05"),
        ("pt", "1\xa0234\xa0567,5", "43\xa0210 h 05"),
        ("ar", "1,234,567.5", "43,210 h 05"),
    ],
)
def test_a_national_figure_keeps_every_group_mark(language: str, million: str, hours: str) -> None:
    """Babel's own text dropped the Swiss group mark from a million on ("1234567,5": the
    "'234'" between two marks read as a quoted literal); a national month's hours too."""
    _ = Texts(I18n(), language, ZoneInfo("Europe/Zurich"))
    assert _.number(1234567.5) == million
    assert duration(_, 43210 * 60 + 5) == hours
