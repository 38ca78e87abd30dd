"""Check-ins: a youth's taps on "how are you these days?" (issue 14).

Asking is one INSERT ... SELECT ... RETURNING: the new row is the mark that this period's
question went out, so the job may run twice or after a restart and ask once. Answers are
conditional updates: one mood per question, then at most one theme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.clock import Clock, to_text
from storage.tx import Conn

DEFAULT_DAYS = 14  # teams.checkin_days; 0 = off
FEEDBACK_WITHIN = timedelta(days=7)  # links ended longer ago than this are not asked
RECOMMEND = ("yes", "maybe", "no")
VERY_LOW = 1
WORDS_MAX = 500  # a few words, not a letter
WORDS_BATCH = 5  # words reach the COPIL only once this many wait in the team, together


@dataclass(frozen=True)
class Asked:
    id: int
    youth_id: int
    link_id: int


@dataclass(frozen=True)
class Answered:
    id: int
    youth_id: int
    link_id: int
    team_id: int | None
    mood: int


class Checkins:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def periods(self) -> list[int]:
        """The distinct check-in periods the teams use (0 = off is left out)."""
        async with self._conn.execute("SELECT DISTINCT checkin_days FROM teams") as cur:
            days = {int(row[0]) for row in await cur.fetchall()}
        return sorted((days | {DEFAULT_DAYS}) - {0})

    async def ask_due(self, days: int) -> list[Asked]:
        """A question for every active link of a team asking every `days` days, at least
        that old, whose last question is at least that old, whose youth did not say no."""
        now = self._clock()
        cutoff = to_text(now - timedelta(days=days))
        async with self._conn.execute(
            f"""INSERT INTO checkins (youth_id, link_id, team_id, asked_at)
                SELECT l.youth_id, l.id, l.team_id, ? FROM links l
                JOIN people p ON p.telegram_id = l.youth_id
                WHERE l.ended_at IS NULL AND p.checkins_off = 0 AND p.active = 1
                  AND l.started_at <= ?
                  AND COALESCE((SELECT checkin_days FROM teams t WHERE t.id = l.team_id),
                               {DEFAULT_DAYS}) = ?
                  AND NOT EXISTS (SELECT 1 FROM checkins c
                                  WHERE c.link_id = l.id AND c.asked_at > ?)
                RETURNING id, youth_id, link_id""",
            (to_text(now), cutoff, days, cutoff),
        ) as cur:
            return [Asked(row[0], row[1], row[2]) for row in await cur.fetchall()]

    async def answer(self, checkin_id: int, youth_id: int, mood: int) -> Answered | None:
        """The mood, once; None if not this youth's question or answered already."""
        async with self._conn.execute(
            """UPDATE checkins SET mood = ?, answered_at = ?
               WHERE id = ? AND youth_id = ? AND mood IS NULL
               RETURNING id, youth_id, link_id, team_id, mood""",
            (mood, to_text(self._clock()), checkin_id, youth_id),
        ) as cur:
            row = await cur.fetchone()
        return Answered(row[0], row[1], row[2], row[3], row[4]) if row else None

    async def set_theme(self, checkin_id: int, youth_id: int, theme: str) -> bool:
        async with self._conn.execute(
            """UPDATE checkins SET theme = ?
               WHERE id = ? AND youth_id = ? AND mood IS NOT NULL AND theme IS NULL
               RETURNING 1""",
            (theme, checkin_id, youth_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def low_twice(self, answered: Answered) -> bool:
        """This answer and the youth's previous answered one on this link are both very low."""
        if answered.mood != VERY_LOW:
            return False
        async with self._conn.execute(
            """SELECT mood FROM checkins
               WHERE link_id = ? AND youth_id = ? AND mood IS NOT NULL AND id < ?
               ORDER BY id DESC LIMIT 1""",
            (answered.link_id, answered.youth_id, answered.id),
        ) as cur:
            row = await cur.fetchone()
        return row is not None and row[0] == VERY_LOW

    async def turn_off(self, youth_id: int) -> None:
        await self._conn.execute(
            "UPDATE people SET checkins_off = 1 WHERE telegram_id = ?", (youth_id,)
        )

    # ------------------------------------------------------------ feedback when a link ends

    async def ask_feedback_due(self) -> list[Asked]:
        """One question per link ended lately, however it ended, to a youth still here."""
        now = self._clock()
        async with self._conn.execute(
            """INSERT INTO link_feedback (link_id, youth_id, team_id, asked_at)
               SELECT l.id, l.youth_id, l.team_id, ? FROM links l
               JOIN people p ON p.telegram_id = l.youth_id AND p.active = 1
               WHERE l.ended_at IS NOT NULL AND l.ended_at >= ?
                 AND NOT EXISTS (SELECT 1 FROM link_feedback f WHERE f.link_id = l.id)
               RETURNING id, youth_id, link_id""",
            (to_text(now), to_text(now - FEEDBACK_WITHIN)),
        ) as cur:
            return [Asked(row[0], row[1], row[2]) for row in await cur.fetchall()]

    async def feedback_helped(self, feedback_id: int, youth_id: int, helped: int) -> bool:
        async with self._conn.execute(
            """UPDATE link_feedback SET helped = ?, answered_at = ?
               WHERE id = ? AND youth_id = ? AND helped IS NULL RETURNING 1""",
            (helped, to_text(self._clock()), feedback_id, youth_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def feedback_recommend(self, feedback_id: int, youth_id: int, answer: str) -> bool:
        async with self._conn.execute(
            """UPDATE link_feedback SET recommend = ?
               WHERE id = ? AND youth_id = ? AND helped IS NOT NULL AND recommend IS NULL
               RETURNING 1""",
            (answer, feedback_id, youth_id),
        ) as cur:
            return await cur.fetchone() is not None

    # ------------------------------------------------------------ a few words at the end

    async def add_words(self, feedback_id: int, youth_id: int, words: str) -> int | None:
        """The youth's few words, once, after their two taps. Returns the team they wait in
        (0: no team), None if the feedback is not theirs or has words already."""
        async with self._conn.execute(
            """UPDATE link_feedback SET words = ?
               WHERE id = ? AND youth_id = ? AND recommend IS NOT NULL AND words IS NULL
               RETURNING COALESCE(team_id, 0)""",
            (words, feedback_id, youth_id),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def words_open(self, feedback_id: int, youth_id: int) -> bool:
        """The youth's feedback, answered, without words yet."""
        async with self._conn.execute(
            """SELECT 1 FROM link_feedback WHERE id = ? AND youth_id = ?
               AND recommend IS NOT NULL AND words IS NULL""",
            (feedback_id, youth_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def release_words(self, team: int) -> list[str]:
        """Every word waiting in the team (0: no team) once at least WORDS_BATCH wait, marked
        sent; none before. Call it inside the transaction that writes their messages."""
        async with self._conn.execute(
            """SELECT COUNT(*) FROM link_feedback WHERE COALESCE(team_id, 0) = ?
               AND words IS NOT NULL AND words_sent_at IS NULL""",
            (team,),
        ) as cur:
            row = await cur.fetchone()
        if row is None or row[0] < WORDS_BATCH:
            return []
        async with self._conn.execute(
            """UPDATE link_feedback SET words_sent_at = ? WHERE COALESCE(team_id, 0) = ?
               AND words IS NOT NULL AND words_sent_at IS NULL RETURNING words""",
            (to_text(self._clock()), team),
        ) as cur:
            return [str(row[0]) for row in await cur.fetchall()]

    # ------------------------------------------------------------ the demo's past answers

    async def record_past(
        self,
        youth_id: int,
        link_id: int,
        team_id: int | None,
        asked_at: datetime,
        mood: int | None,
        theme: str | None,
    ) -> None:
        """A check-in as it was asked and answered (the demo's year of history)."""
        answered = to_text(asked_at + timedelta(hours=3)) if mood is not None else None
        await self._conn.execute(
            """INSERT INTO checkins (youth_id, link_id, team_id, asked_at, mood, theme,
                                     answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (youth_id, link_id, team_id, to_text(asked_at), mood, theme, answered),
        )

    async def record_past_feedback(
        self,
        youth_id: int,
        link_id: int,
        team_id: int | None,
        asked_at: datetime,
        helped: int | None,
        recommend: str | None,
    ) -> None:
        """A link's end feedback as it was answered (the demo's year of history)."""
        answered = to_text(asked_at + timedelta(hours=5)) if helped is not None else None
        await self._conn.execute(
            """INSERT INTO link_feedback (link_id, youth_id, team_id, asked_at, helped,
                                          recommend, answered_at)
               VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (link_id) DO NOTHING""",
            (link_id, youth_id, team_id, to_text(asked_at), helped, recommend, answered),
        )
