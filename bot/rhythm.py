"""A group's rhythm, typed in French or English, turned into session dates.

- "2e et 4e mardi 18h", "1er mardi à 18h30", "every 2nd and 4th tuesday 18:00": given
  weeks of the month;
- "chaque mardi 18h", "tous les jeudis 17h30", "every tuesday 6pm": every week;
- a list of moments: "3.12 18h; 17.12 18h" (each read by bot.dates), given in date order;
  a date of the list already past is refused (PastInList), never moved to next year.
A repeating rhythm gives the next HORIZON_DAYS, at most MAX_SESSIONS (topped up daily); a list
gives all its dates, since it is never read again."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time, timedelta

from bot.dates import DateInPast, DateTooFar, MissingTime, parse_future_datetime

HORIZON_DAYS = 92
MAX_SESSIONS = 12

_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_DAY = "(?P<day>" + "|".join(_WEEKDAYS) + ")s?"
_TIME = r"(?:a |at )?(?P<hour>\d{1,2})(?:(?P<sep>[h:])(?P<minute>\d{2})?)?\s*(?P<ampm>am|pm)?"
_ORDINAL = r"(\d)\s*(?:e|er|eme|re|st|nd|rd|th)?"
_MONTHLY = re.compile(
    rf"(?:every |chaque |les? )?(?P<weeks>{_ORDINAL}(?:\s*(?:et|and|,)\s*{_ORDINAL})*)\s+"
    rf"{_DAY}\s+(?:du mois\s+|of the month\s+)?{_TIME}"
)
_WEEKLY = re.compile(rf"(?:every|chaque|tous les|toutes les)\s+{_DAY}\s+{_TIME}")


class PastInList(ValueError):
    """A date of a list is already past ("24.11" typed on 29.11): said, never moved to next
    year in silence. The text of that date is the exception's argument."""


def _rolled_over(piece: str, typed: datetime, now: datetime) -> bool:
    """A day and month without a year is read as the next one: more than half a year ahead,
    it was most likely meant this year and is past."""
    return not _YEAR.search(piece) and typed - now > timedelta(days=183)


_YEAR = re.compile(r"\b\d{4}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def _normalize(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def _clock_time(hour: str, minute: str | None, ampm: str | None) -> time | None:
    h, m = int(hour), int(minute or 0)
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    return time(h, m) if h < 24 and m < 60 else None


def repeats(text: str) -> bool:
    """Whether the rhythm repeats (weekly, monthly) rather than listing its dates. A list
    gives its sessions once, at creation: read again later, each date already past would be
    rolled to the next year and make phantom sessions."""
    s = _normalize(text)
    return bool(_MONTHLY.fullmatch(s) or _WEEKLY.fullmatch(s))


def sessions_for(text: str, now: datetime) -> list[datetime] | None:
    """The session moments this rhythm gives from now on (in now's time zone), in order, or
    None if the text is not understood (or gives no moment ahead). Raises PastInList for a
    listed date already past."""
    s = _normalize(text)
    found = _MONTHLY.fullmatch(s)
    weekly = _WEEKLY.fullmatch(s)
    moments: list[datetime] = []
    if found or weekly:
        match = found or weekly
        assert match is not None
        at = _clock_time(match["hour"], match["minute"], match["ampm"])
        if at is None or not (match["sep"] or match["ampm"]):  # "mardi 18" is no hour
            return None
        weekday = _WEEKDAYS[match["day"]]
        weeks = {int(w) for w in re.findall(r"\d", found["weeks"])} if found else None
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
