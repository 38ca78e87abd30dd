"""Ids read from button data (and small numbers typed), which is never trusted.

`str.isdigit()` lets "²" through (then `int()` fails) and any length (then SQLite overflows
past 2**63), so a forged button gave "Oups". Every handler reads ids through here, so a bad
one gets the clear answer the handler gives for an unknown button."""

from __future__ import annotations

import re

_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits only; 18 digits stay below 2**63


def is_id(raw: str) -> bool:
    """Whether `int(raw)` is safe and fits an SQLite integer."""
    return _ID.fullmatch(raw) is not None


def parse_id(raw: str) -> int | None:
    """The id in raw, or None if raw is not one."""
    return int(raw) if is_id(raw) else None
