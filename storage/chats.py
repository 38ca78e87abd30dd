"""Group chats the bot was added to: when it last answered there, and how used it is since."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

from storage.clock import Clock, to_text
from storage.tx import Conn

ANSWER_EVERY = timedelta(hours=1)
# Uses after the hour's answer that make the bot leave: it is being used there, not by mistake.
LEAVE_AFTER = 5


class GroupStep(Enum):
    ANSWER = "answer"  # the first use this hour: say "write to me privately"
    QUIET = "quiet"  # answered already this hour
    LEAVE = "leave"  # kept being used after the answer


class GroupChats:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def used(self, chat_id: int) -> GroupStep:
        """Count one use of the bot in this group (one statement: concurrent uses count
        once each) and say what to do."""
        now = self._clock()
        hour_ago = to_text(now - ANSWER_EVERY)
        async with self._conn.execute(
            "INSERT INTO group_chats (chat_id, answered_at, uses_since) VALUES (?, ?, 0)"
            " ON CONFLICT (chat_id) DO UPDATE SET"
            " answered_at = CASE WHEN group_chats.answered_at <= ? THEN excluded.answered_at"
            " ELSE group_chats.answered_at END,"
            " uses_since = CASE WHEN group_chats.answered_at <= ? THEN 0"
            " ELSE group_chats.uses_since + 1 END"
            " RETURNING uses_since",
            (chat_id, to_text(now), hour_ago, hour_ago),
        ) as cur:
            row = await cur.fetchone()
        uses = int(row["uses_since"]) if row else 0
        if uses == 0:
            return GroupStep.ANSWER
        return GroupStep.LEAVE if uses >= LEAVE_AFTER else GroupStep.QUIET
