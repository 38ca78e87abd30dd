"""The audit log: who read, exported, changed or erased whose data, and when. No content."""

from __future__ import annotations

from storage.clock import Clock, to_text
from storage.tx import Conn


class Audit:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def record(self, actor: int | None, action: str, subject: int | None = None) -> None:
        await self._conn.execute(
            "INSERT INTO audit (at, actor, action, subject) VALUES (?, ?, ?, ?)",
            (to_text(self._clock()), actor, action, subject),
        )

    async def actions(self, subject: int) -> list[str]:
        async with self._conn.execute(
            "SELECT action FROM audit WHERE subject = ? ORDER BY id", (subject,)
        ) as cur:
            return [row["action"] for row in await cur.fetchall()]
