"""The durable inbox: updates kept before Telegram is told they arrived, until processed.

Telegram may deliver an update again (after a crash before the next getUpdates offset, or a
webhook answer that did not reach it): the update id is the key, so it is kept and handled
once. Processed rows keep only the id and fingerprint, and go after two days (Telegram keeps
undelivered updates for 24 hours, so an older id can't come back)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from storage.clock import Clock, to_text
from storage.tx import Conn, transaction

KEEP_DONE = timedelta(days=2)


@dataclass(frozen=True)
class Received:
    """What keeping an update found: new, or already kept (then with which fingerprint)."""

    new: bool
    known_fingerprint: str = ""


class Inbox:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def keep(self, updates: list[tuple[int, str, bytes]]) -> list[Received]:
        """Keep these (id, fingerprint, payload) in one transaction (one commit, with
        synchronous=FULL, for a whole getUpdates batch), unless an id is already here."""
        received = []
        async with transaction(self._conn):
            for update_id, fingerprint, payload in updates:
                async with self._conn.execute(
                    "INSERT INTO inbox (update_id, fingerprint, payload, received_at)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                    (update_id, fingerprint, payload, to_text(self._clock())),
                ) as cur:
                    if await cur.fetchone() is not None:
                        received.append(Received(new=True))
                        continue
                async with self._conn.execute(
                    "SELECT fingerprint FROM inbox WHERE update_id = ?", (update_id,)
                ) as cur:
                    row = await cur.fetchone()
                received.append(Received(False, row["fingerprint"] if row else ""))
        return received

    async def done(self, *update_ids: int) -> None:
        """Processed: keep the ids (they may be delivered again), drop the content. One
        statement for many: updates finishing together share one commit."""
        for start in range(0, len(update_ids), 500):
            chunk = update_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            await self._conn.execute(
                f"UPDATE inbox SET done_at = ?, payload = NULL"
                f" WHERE update_id IN ({marks}) AND done_at IS NULL",
                (to_text(self._clock()), *chunk),
            )

    async def unfinished(self) -> list[tuple[int, bytes]]:
        """(id, payload) of updates kept but not processed (the process stopped first), in
        order."""
        async with self._conn.execute(
            "SELECT update_id, payload FROM inbox WHERE done_at IS NULL ORDER BY update_id"
        ) as cur:
            return [(row["update_id"], row["payload"]) for row in await cur.fetchall()]

    async def is_done(self, update_id: int) -> bool:
        async with self._conn.execute(
            "SELECT done_at FROM inbox WHERE update_id = ?", (update_id,)
        ) as cur:
            row = await cur.fetchone()
        return row is not None and row["done_at"] is not None

    async def prune(self) -> None:
        """Processed rows older than KEEP_DONE go: their ids can't come back."""
        await self._conn.execute(
            "DELETE FROM inbox WHERE done_at < ?", (to_text(self._clock() - KEEP_DONE),)
        )
