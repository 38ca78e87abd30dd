"""Teams: independent groups of people within one programme."""

from __future__ import annotations

from typing import Any

from storage.clock import Clock, to_text
from storage.models import Team
from storage.tx import Conn, IntegrityError


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

    async def rhythms(self, team_id: int) -> tuple[int, int] | None:
        """(days of silence before the mentor's nudge, days between check-ins; 0 = off)."""
        async with self._conn.execute(
            "SELECT silence_days, checkin_days FROM teams WHERE id = ?", (team_id,)
        ) as cur:
            row = await cur.fetchone()
        return (int(row[0]), int(row[1])) if row else None

    async def set_rhythm(self, team_id: int, which: str, days: int) -> bool:
        """which: "silence" or "checkin" (the column is chosen here, never from input)."""
        column = {"silence": "silence_days", "checkin": "checkin_days"}[which]
        async with self._conn.execute(
            f"UPDATE teams SET {column} = ? WHERE id = ?", (days, team_id)
        ) as cur:
            return cur.rowcount == 1
