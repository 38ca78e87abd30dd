"""Copies of a decision: the messages that offered the same choice to several people, kept
until someone decides so that every copy can be edited to say what happened.

Not the outbox's message ids over again: some copies never pass through the outbox (a
group's join request to its leaders, a peer-helper proposal to the COPIL are sent directly,
bot.copies.offered), and a copy is indexed by its decision and taken once, while an outbox
row is found by its key and kept. Copies sent as outbox notices (`copy_of`) are written
here by the sender as they go."""

from __future__ import annotations

from dataclasses import dataclass

from storage.clock import Clock
from storage.tx import Conn


@dataclass(frozen=True)
class Copy:
    chat_id: int
    message_id: int


class DecisionCopies:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def record(self, subject: str, about: int | None, chat_id: int, message_id: int) -> None:
        await self._conn.execute(
            """INSERT INTO decision_copies (subject, about, chat_id, message_id)
               VALUES (?, ?, ?, ?)""",
            (subject, about, chat_id, message_id),
        )

    async def take(self, subject: str) -> list[Copy]:
        """The copies of this decision, forgotten at once: it is decided, once."""
        async with self._conn.execute(
            "DELETE FROM decision_copies WHERE subject = ? RETURNING chat_id, message_id",
            (subject,),
        ) as cur:
            rows = await cur.fetchall()
        return [Copy(int(r[0]), int(r[1])) for r in rows]
