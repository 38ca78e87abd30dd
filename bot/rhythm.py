"""A group's rhythm, typed in French, English, German, Italian, Portuguese or Spanish, turned
into session dates.

- "2e et 4e mardi 18h", "jeden 2. und 4. Dienstag 18 Uhr", "ogni 2° e 4° martedì alle 18",
  "every 2nd and 4th tuesday 18:00": given weeks of the month;
- "chaque mardi 18h", "tous les jeudis 17h30", "dienstags 18 Uhr", "todas as quintas às 17h",
  "cada jueves a las 17:30": every week;
- a list of moments: "3.12 18h; 17.12 18h" (each read by bot.dates), given in date order;
  a date of the list already past is refused (PastInList), never moved to next year.
The hour is read by bot.dates, so a rhythm takes every hour a date takes. A repeating rhythm
gives the next HORIZON_DAYS, at most MAX_SESSIONS (topped up daily); a list gives all its
dates, since it is never read again."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from bot.dates import (
    WEEKDAYS,
    DateInPast,
    DateTooFar,
    MissingTime,
    normalize,
    parse_future_datetime,
    split_time,
)

HORIZON_DAYS = 92
MAX_SESSIONS = 12

_DAY = "(?P<day>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")s?"
_ORDINAL = r"(\d)\s*(?:e|er|eme|re|st|nd|rd|th|\.?[°oa]|\.)?"  # 2e 2nd 2. 2° 2º 2.ª
_EACH = (
    r"(?:every|chaque|les?|tous les|toutes les|jeden|jede|am|ogni|il|i|tutti i|tutte le|toda"
    r"|todo|todas|todos|todas as|todos os|as|os|a|o|cada|el|los|todos los|todas las)"
)
_OF_MONTH = r"(?:\s+(?:du mois|of the month|im monat|des monats|del mese|do mes|del mes))?"
_MONTHLY = re.compile(
    rf"(?:{_EACH}\s+)?(?P<weeks>{_ORDINAL}(?:\s*(?:et|and|und|e|y)?\s*{_ORDINAL})*)\s+"
    rf"{_DAY}{_OF_MONTH}"
)
# German says "dienstags" for every Tuesday
_WEEKLY = re.compile(
    rf"{_EACH}\s+{_DAY}|(?P<adverb>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s"
)


class PastInList(ValueError):
    """A date of a list is already past ("24.11" typed on 29.11): said, never moved to next
    year in silence. The text of that date is the exception's argument."""


def _rolled_over(piece: str, typed: datetime, now: datetime) -> bool:
    """A day and month without a year is read as the next one: more than half a year ahead,
    it was most likely meant this year and is past."""
    return not _YEAR.search(piece) and typed - now > timedelta(days=183)


_YEAR = re.compile(r"\b\d{4}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def _repeating(text: str) -> tuple[int, set[int] | None, time] | None:
    """A repeating rhythm's weekday, weeks of the month (None: every week) and hour."""
    split = split_time(normalize(text))
    if split is None:
        return None
    at, rest = split
    if at is None:
        return None  # "mardi 18" is no hour
    monthly = _MONTHLY.fullmatch(rest)
    if monthly:
        weeks = {int(w) for w in re.findall(r"\d", monthly["weeks"])}
        return WEEKDAYS[monthly["day"]], weeks, at
    weekly = _WEEKLY.fullmatch(rest)
    if weekly:
        return WEEKDAYS[weekly["day"] or weekly["adverb"]], None, at
    return None


def repeats(text: str) -> bool:
    """Whether the rhythm repeats (weekly, monthly) rather than listing its dates. A list
    gives its sessions once, at creation: read again later, each date already past would be
    rolled to the next year and make phantom sessions."""
    return _repeating(text) is not None


def sessions_for(text: str, now: datetime) -> list[datetime] | None:
    """The session moments this rhythm gives from now on (in now's time zone), in order, or
    None if the text is not understood (or gives no moment ahead). Raises PastInList for a
    listed date already past."""
    repeating = _repeating(text)
    moments: list[datetime] = []
    if repeating:
        weekday, weeks, at = repeating
        if weeks is not None and not weeks <= {1, 2, 3, 4, 5}:
            return None
        day = now.date()
        while day <= now.date() + timedelta(days=HORIZON_DAYS):
            nth = (day.day - 1) // 7 + 1
            if day.weekday() == weekday and (weeks is None or nth in weeks):
                moment = datetime.combine(day, at, tzinfo=now.tzinfo)
                if moment > now:
                    moments.append(moment)
            day += timedelta(days=1)
        moments = moments[:MAX_SESSIONS]
    else:
        for piece in re.split(r"[;\n]|,(?=\s*\d)", text):
            if not piece.strip():
                continue
            try:
                typed = parse_future_datetime(piece, now)
            except DateInPast:
                raise PastInList(piece.strip()) from None
            except (DateTooFar, MissingTime):
                return None
            if typed is None:
                return None
            if _rolled_over(piece, typed, now):
                raise PastInList(piece.strip())
            moments.append(typed)
    return sorted(set(moments)) or None
