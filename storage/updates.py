"""Update ids already handled: Telegram may deliver an update again after a crash."""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from storage.clock import Clock, to_text


class ProcessedUpdates:
    def __init__(self, conn: aiosqlite.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def first_time(self, update_id: int) -> bool:
        """Record the update; False when it was seen before."""
        async with self._conn.execute(
            "INSERT OR IGNORE INTO processed_updates (update_id, seen_at) VALUES (?, ?)",
            (update_id, to_text(self._clock())),
        ) as cur:
            return cur.rowcount == 1

    async def forget_older_than(self, age: timedelta) -> None:
        """Telegram keeps updates 24 hours; older ids can't come back."""
        await self._conn.execute(
            "DELETE FROM processed_updates WHERE seen_at < ?", (to_text(self._clock() - age),)
        )
