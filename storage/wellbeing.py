"""Mentors' wellbeing (issue 14): once a quarter, one tap on how they are as volunteers,
then whether they need support. Asking is one INSERT ... SELECT ... RETURNING (the row is
the mark: the hourly job asks once a quarter whatever restarts); answers are conditional
updates, once each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.clock import Clock, to_text
from storage.tx import Conn

QUARTER = timedelta(days=91)  # between two questions; a new mentor's first after this


@dataclass(frozen=True)
class Support:
    id: int
    mentor_id: int
    team_id: int | None


class Wellbeing:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def ask_due(self) -> list[tuple[int, int]]:
        """(question, mentor) for every active mentor here for a quarter and not asked in
        the last one."""
        now = self._clock()
        cutoff = to_text(now - QUARTER)
        async with self._conn.execute(
            """INSERT INTO mentor_wellbeing (mentor_id, team_id, asked_at)
               SELECT p.telegram_id, p.team_id, ? FROM people p
               WHERE p.role = 'mentor' AND p.active = 1 AND p.created_at <= ?
                 AND NOT EXISTS (SELECT 1 FROM mentor_wellbeing w
                                 WHERE w.mentor_id = p.telegram_id AND w.asked_at > ?)
               RETURNING id, mentor_id""",
            (to_text(now), cutoff, cutoff),
        ) as cur:
            return sorted((int(row[0]), int(row[1])) for row in await cur.fetchall())

    async def answer(self, question: int, mentor_id: int, mood: int) -> bool:
        async with self._conn.execute(
            """UPDATE mentor_wellbeing SET mood = ?, answered_at = ?
               WHERE id = ? AND mentor_id = ? AND mood IS NULL RETURNING 1""",
            (mood, to_text(self._clock()), question, mentor_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def support(self, question: int, mentor_id: int, wanted: bool) -> Support | None:
        """Their answer to "do you need support?", once, after the mood."""
        async with self._conn.execute(
            """UPDATE mentor_wellbeing SET support = ?
               WHERE id = ? AND mentor_id = ? AND mood IS NOT NULL AND support IS NULL
               RETURNING id, mentor_id, team_id""",
            ("yes" if wanted else "no", question, mentor_id),
        ) as cur:
            row = await cur.fetchone()
        return Support(int(row[0]), int(row[1]), row[2]) if row else None

    async def record_past(
        self,
        mentor_id: int,
        team_id: int | None,
        asked_at: datetime,
        mood: int | None,
        support: bool | None,
    ) -> None:
        """A question as it was asked and answered (the demo's year of history)."""
        answered = to_text(asked_at + timedelta(hours=6)) if mood is not None else None
        wanted = None if support is None or mood is None else ("yes" if support else "no")
        await self._conn.execute(
            """INSERT INTO mentor_wellbeing (mentor_id, team_id, asked_at, mood, support,
                                             answered_at) VALUES (?, ?, ?, ?, ?, ?)""",
            (mentor_id, team_id, to_text(asked_at), mood, wanted, answered),
        )
