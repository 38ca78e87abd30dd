"""A group's rhythm typed in French, English, German, Italian, Portuguese or Spanish, turned
into session dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.rhythm import MAX_SESSIONS, PastInList, sessions_for

ZURICH = ZoneInfo("Europe/Zurich")
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZURICH)  # a Sunday


def days(text: str) -> list[str]:
    found = sessions_for(text, NOW)
    assert found is not None, text
    return [m.strftime("%a %d.%m %H:%M") for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "2e et 4e mardi 18h",
        "every 2nd and 4th Tuesday 18:00",
        "les 2e, 4e mardis à 18h",
        "jeden 2. und 4. Dienstag 18 Uhr",
        "ogni 2° e 4° martedì alle 18",
        "toda 2ª e 4ª terça-feira às 18h",
        "cada 2º y 4º martes a las 18",
        "2.º y 4.º martes 18h",
        "2.ª e 4.ª terça 18h",
    ],
)
def test_given_weeks_of_the_month(text: str) -> None:
    assert days(text)[:3] == ["Tue 24.11 18:00", "Tue 08.12 18:00", "Tue 22.12 18:00"]


def test_weekly_and_first_of_the_month() -> None:
    assert days("chaque jeudi 17h30")[:2] == ["Thu 26.11 17:30", "Thu 03.12 17:30"]
    assert len(days("every thursday 5:30pm")) == MAX_SESSIONS
    assert days("1er mardi à 18h30") == ["Tue 01.12 18:30", "Tue 05.01 18:30", "Tue 02.02 18:30"]


@pytest.mark.parametrize(
    "text",
    [
        "jeden Donnerstag 17:30",
        "donnerstags um 17.30 Uhr",
        "ogni giovedì alle 17:30",
        "tutti i giovedì alle 17.30",
        "todas as quintas às 17h30",
        "cada jueves a las 17:30",
        "todos los jueves a las 17:30",
    ],
)
def test_every_week_in_german_italian_portuguese_spanish(text: str) -> None:
    assert days(text)[:2] == ["Thu 26.11 17:30", "Thu 03.12 17:30"]


def test_a_list_of_dates() -> None:
    assert days("3.12 18h; 17.12 18h") == ["Thu 03.12 18:00", "Thu 17.12 18:00"]


def test_a_list_is_in_date_order_and_a_past_date_is_refused_not_moved() -> None:
    assert days("8.12 18h; 24.11 18h") == ["Tue 24.11 18:00", "Tue 08.12 18:00"]
    for typed, past in (
        ("8.12 18h; 20.11 18h", "20.11 18h"),
        ("22.11 9h", "22.11 9h"),
        ("hier 18h", "hier 18h"),
    ):
        with pytest.raises(PastInList) as refused:
            sessions_for(typed, NOW)
        assert str(refused.value) == past
    # Next year, said so: taken.
    assert days("20.11.2027 18h") == ["Sat 20.11 18:00"]
    # A date a few months ahead, in the next year, is no slip.
    assert days("12.1 18h") == ["Tue 12.01 18:00"]


def test_a_long_list_keeps_every_date() -> None:
    """A list is read once, at creation: a cap would drop dates that nothing tops up later."""
    typed = "; ".join(f"{d}.12 18h" for d in range(1, 16)) + "; 5.1 18h"
    assert len(days(typed)) == 16 > MAX_SESSIONS


def test_winter_and_summer_time_keep_the_local_hour() -> None:
    late = datetime(2027, 3, 1, 10, 0, tzinfo=ZURICH)
    found = sessions_for("chaque mardi 18h", late)
    assert found is not None
    assert {m.hour for m in found} == {18}
    assert {m.utcoffset().total_seconds() for m in found} == {3600.0, 7200.0}  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "de temps en temps", "6e mardi 18h", "mardi"])
def test_not_understood(text: str) -> None:
    assert sessions_for(text, NOW) is None
