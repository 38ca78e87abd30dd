"""The periods /stats offers (calendar months, quarters, years) and typed dates."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.dates import DateInFuture, DateTooFar, parse_past_day

CHOICES = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "last_year")


class DatesProblem(ValueError):
    """Typed dates /stats cannot use; `kind` names the message (stats-dates-<kind>)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _month(year: int, month: int) -> date:
    """The first day of a month counted from year 0 (month may run past 1..12)."""
    index = year * 12 + month - 1
    return date(index // 12, index % 12 + 1, 1)


def preset(choice: str, today: date) -> tuple[date, date]:
    """First and last day of a period offered as a button."""
    if choice in ("this_month", "last_month"):
        first = _month(today.year, today.month - (choice == "last_month"))
        return first, _month(first.year, first.month + 1) - timedelta(days=1)
    if choice in ("this_quarter", "last_quarter"):
        start = (today.month - 1) // 3 * 3 + 1
        first = _month(today.year, start - 3 * (choice == "last_quarter"))
        return first, _month(first.year, first.month + 3) - timedelta(days=1)
    if choice in ("this_year", "last_year"):
        year = today.year - (choice == "last_year")
        return date(year, 1, 1), date(year, 12, 31)
    raise ValueError(choice)


# "du 1.1.2026 au 31.3.2026", "1.1.2026 - 31.3.2026", "from 1 January to 31 March",
# "vom 1.1.2026 bis 31.3.2026", "dal 1.1.2026 al 31.3.2026", "de 1.1.2026 a 31.3.2026",
# "del 1.1.2026 al 31.3.2026"
_LEAD = re.compile(
    r"^\s*(?:du|de|from|entre|between|vom|von|ab|dal|da|del|desde)\s+", re.IGNORECASE
)
_SPLIT = re.compile(
    r"\s+(?:au|à|a|to|until|till|jusqu'au|jusqu’au|et|and|bis|zum|al|fino al|até|ao|hasta"
    r"|y|e)\s+|\s*[–—]\s*|\s+-\s+",
    re.IGNORECASE,
)


def typed(text: str, now: datetime) -> tuple[date, date]:
    """The first and last day of typed dates; DatesProblem says what is wrong."""
    parts = [p for p in _SPLIT.split(_LEAD.sub("", text.strip()), maxsplit=1) if p.strip()]
    if len(parts) != 2:
        raise DatesProblem("unclear")
    days = []
    for part in parts:
        try:
            day = parse_past_day(part, now)
        except DateInFuture:
            raise DatesProblem("future") from None
        except DateTooFar:
            raise DatesProblem("too-far") from None
        if day is None:
            raise DatesProblem("unclear")
        days.append(day)
    first, last = days
    if first > last:
        raise DatesProblem("order")
    return first, last
