"""Teams: independent groups of people within one programme."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from storage.clock import Clock, to_text
from storage.models import Team
from storage.silence import NOTICE
from storage.tx import Conn, IntegrityError

COLUMNS = {
    "silence": "silence_days",
    "ask": "ask_days",
    "close": "close_days",
    "checkin": "checkin_days",
}
# The steps of silence keep their order whatever is chosen (`?` is the new value): the
# mentor's nudge no later than the youth's question, the closing at least a week (the
# warning's notice) after the question.
_WEEK = NOTICE.days
ORDER = {
    "silence": "ask_days >= ?",
    "ask": f"silence_days <= ? AND close_days - {_WEEK} >= ?",
    "close": f"ask_days + {_WEEK} <= ?",
    "checkin": "1 = 1",
}


@dataclass(frozen=True)
class Rhythms:
    """A team's days of silence before each step, and between check-ins (0: off)."""

    silence: int
    ask: int
    close: int
    checkin: int

    def days(self) -> dict[str, int]:
        return asdict(self)


class TeamNameTaken(Exception):
    """Another team already has this name."""


def _team(row: Any) -> Team:
    return Team(id=row["id"], name=row["name"], country=row["country"])


class Teams:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def all(self) -> list[Team]:
        async with self._conn.execute(
            "SELECT id, name, country FROM teams ORDER BY name COLLATE NOCASE"
        ) as cur:
            return [_team(row) for row in await cur.fetchall()]

    async def get(self, team_id: int) -> Team | None:
        async with self._conn.execute(
            "SELECT id, name, country FROM teams WHERE id = ?", (team_id,)
        ) as cur:
            row = await cur.fetchone()
        return _team(row) if row else None

    async def create(self, name: str, country: str = "CH") -> Team:
        try:
            async with self._conn.execute(
                "INSERT INTO teams (name, country, created_at) VALUES (?, ?, ?)"
                " RETURNING id, name, country",
                (name, country, to_text(self._clock())),
            ) as cur:
                row = await cur.fetchone()
        except IntegrityError as exc:
            raise TeamNameTaken(name) from exc
        assert row is not None
        return _team(row)

    async def rename(self, team_id: int, name: str) -> bool:
        try:
            async with self._conn.execute(
                "UPDATE teams SET name = ? WHERE id = ?", (name, team_id)
            ) as cur:
                return cur.rowcount == 1
        except IntegrityError as exc:
            raise TeamNameTaken(name) from exc

    async def emergency(self, team_id: int) -> str | None:
        """The team's own emergency numbers ("number label" per line), None for the defaults."""
        async with self._conn.execute(
            "SELECT emergency FROM teams WHERE id = ?", (team_id,)
        ) as cur:
            row = await cur.fetchone()
        return row["emergency"] if row else None

    async def set_emergency(self, team_id: int, numbers: str | None) -> None:
        await self._conn.execute("UPDATE teams SET emergency = ? WHERE id = ?", (numbers, team_id))

    async def rhythms(self, team_id: int) -> Rhythms | None:
        async with self._conn.execute(
            "SELECT silence_days, ask_days, close_days, checkin_days FROM teams WHERE id = ?",
            (team_id,),
        ) as cur:
            row = await cur.fetchone()
        return Rhythms(*(int(v) for v in row)) if row else None

    async def set_rhythm(self, team_id: int, which: str, days: int) -> bool:
        """which: a key of COLUMNS (the column is chosen here, never from input). False when
        the new days would put the steps of silence out of ORDER: nothing changes."""
        order = ORDER[which]
        async with self._conn.execute(
            f"UPDATE teams SET {COLUMNS[which]} = ? WHERE id = ? AND {order}",
            (days, team_id, *[days] * order.count("?")),
        ) as cur:
            return cur.rowcount == 1
