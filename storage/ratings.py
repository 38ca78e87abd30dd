"""Peer-aidance session ratings (issue 14): a youth who came rates the session with one tap.
Its peer helpers see the average once, when the fifth rating comes in: an average of fewer,
or one shown again after each new rating, would tell them who gave what.

Asking is one INSERT ... SELECT (the row is the mark: the hourly job may run twice or after
a restart and ask once); a rating is one conditional UPDATE; the average is shown by one
conditional UPDATE of the session, so two ratings at once cannot both show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from storage.clock import Clock, to_text
from storage.tx import Conn

SHOWN_FROM = 5  # ratings before a session's average is shown to its peer helpers
OVER_AFTER = timedelta(hours=2)  # after its start, a session is over
ASKED_WITHIN = timedelta(days=3)  # attendance ticked later than this is not asked about


@dataclass(frozen=True)
class Asked:
    id: int
    youth_id: int
    group: str


@dataclass(frozen=True)
class Average:
    session_id: int
    group_id: int
    starts_at: str
    stars: float
    count: int


class Ratings:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def ask_due(self) -> list[Asked]:
        """A question to every youth ticked as present at a session that ended lately."""
        now = self._clock()
        async with self._conn.execute(
            """INSERT INTO session_ratings (session_id, youth_id, team_id, asked_at)
               SELECT a.session_id, a.person_id, g.team_id, ? FROM session_answers a
               JOIN sessions s ON s.id = a.session_id
               JOIN groups g ON g.id = s.group_id
               JOIN people p ON p.telegram_id = a.person_id
               WHERE a.attended = 1 AND s.status = 'planned' AND p.active = 1
                 AND p.role = 'youth' AND s.starts_at <= ? AND s.starts_at >= ?
               ON CONFLICT (session_id, youth_id) DO NOTHING
               RETURNING id, youth_id, session_id""",
            (to_text(now), to_text(now - OVER_AFTER), to_text(now - ASKED_WITHIN)),
        ) as cur:
            rows = sorted(tuple(row) for row in await cur.fetchall())
        names: dict[int, str] = {}
        for session_id in {row[2] for row in rows}:
            async with self._conn.execute(
                """SELECT g.name FROM sessions s JOIN groups g ON g.id = s.group_id
                   WHERE s.id = ?""",
                (session_id,),
            ) as cur:
                found = await cur.fetchone()
            names[session_id] = str(found[0]) if found else ""
        return [Asked(row[0], row[1], names[row[2]]) for row in rows]

    async def rate(self, rating_id: int, youth_id: int, stars: int) -> int | None:
        """The tap, once; the session's id, or None if not this youth's or rated already."""
        async with self._conn.execute(
            """UPDATE session_ratings SET stars = ?, answered_at = ?
               WHERE id = ? AND youth_id = ? AND stars IS NULL RETURNING session_id""",
            (stars, to_text(self._clock()), rating_id, youth_id),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def average_once(self, session_id: int) -> Average | None:
        """The session's average the first time SHOWN_FROM ratings are in (marked shown),
        else None."""
        async with self._conn.execute(
            """UPDATE sessions SET ratings_shown_at = ?
               WHERE id = ? AND ratings_shown_at IS NULL
                 AND (SELECT COUNT(*) FROM session_ratings r
                      WHERE r.session_id = ? AND r.stars IS NOT NULL) >= ?
               RETURNING group_id, starts_at""",
            (to_text(self._clock()), session_id, session_id, SHOWN_FROM),
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        async with self._conn.execute(
            """SELECT SUM(stars), COUNT(*) FROM session_ratings
               WHERE session_id = ? AND stars IS NOT NULL""",
            (session_id,),
        ) as cur:
            total, count = (await cur.fetchone()) or (0, 0)
        return Average(session_id, int(row[0]), str(row[1]), total / count, int(count))
