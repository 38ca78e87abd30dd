"""No link fades in silence: each active link's quiet time and the step it reached, and the
mentors who paused after letting requests pass.

Every step is one conditional UPDATE ... RETURNING: it marks and reads at once, so the job
may run twice or after a restart and each step still happens once. A message either way
or a follow-up (`touch`) puts a link back at step 0 in one statement; a step that raced
with it finds the link no longer quiet and does nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, Row

# Days of silence before each step: each team's own (teams' columns, chosen in /rhythms);
# these for a link without a team, and as the columns' defaults (migrations 013 and 025).
DEFAULTS = {"silence_days": 14, "ask_days": 45, "close_days": 60}
NOTICE = timedelta(days=7)  # both are told this long before the closing
STREAK = 3  # requests declined or let pass in a row before a mentor is asked to pause


@dataclass(frozen=True)
class Quiet:
    """A link that just reached a step of silence."""

    link_id: int
    youth_id: int
    mentor_id: int
    team_id: int | None
    since: datetime
    days: int  # the team's days of silence for this step (the closing's for a warning)


_RETURNING = "RETURNING id, youth_id, mentor_id, team_id, COALESCE(quiet_since, started_at)"
_QUIET = "COALESCE(quiet_since, started_at)"
# A link's team's days for a step; {column} is one of DEFAULTS' keys, never from input.
_TEAM_DAYS = "COALESCE((SELECT {column} FROM teams WHERE teams.id = links.team_id), {default})"


class Silence:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def touch(self, link_id: int) -> None:
        """Someone wrote or a follow-up was logged: the clock starts again."""
        await self._conn.execute(
            """UPDATE links SET quiet_since = ?, silence_step = 0, silence_at = NULL
               WHERE id = ? AND ended_at IS NULL""",
            (to_text(self._clock()), link_id),
        )

    async def due_nudges(self) -> list[Quiet]:
        """Step 0 -> 1 after the team's silence_days: the mentor's nudge."""
        return await self._step(0, 1, "silence_days")

    async def due_questions(self) -> list[Quiet]:
        """Step 1 -> 2 after the team's ask_days: the youth's question."""
        return await self._step(1, 2, "ask_days")

    async def due_warnings(self) -> list[Quiet]:
        """Step 2 -> 3 a week before the team's close_days: both are told."""
        return await self._step(2, 3, "close_days", NOTICE)

    async def due_closings(self) -> list[Quiet]:
        """Step 3 -> ended as "no more contact" after the team's close_days, never sooner than
        NOTICE after the warning (after an outage the warning still comes a week before)."""
        now = self._clock()
        found = []
        for days in await self._days("close_days"):
            async with self._conn.execute(
                f"""UPDATE links SET ended_at = ?, end_reason = 'no_contact', silence_step = 4,
                           silence_at = ?
                    WHERE ended_at IS NULL AND silence_step = 3 AND {_QUIET} <= ?
                      AND silence_at <= ? AND {_team_days("close_days")} = ?
                    {_RETURNING}""",
                (
                    to_text(now),
                    to_text(now),
                    to_text(now - timedelta(days=days)),
                    to_text(now - NOTICE),
                    days,
                ),
            ) as cur:
                found += [_quiet(row, days) for row in await cur.fetchall()]
        return found

    async def _days(self, column: str) -> list[int]:
        """The distinct days the teams use for one step (and the default, for links without
        a team): one conditional update per value, no date arithmetic in SQL."""
        async with self._conn.execute(f"SELECT DISTINCT {column} FROM teams") as cur:
            days = {int(row[0]) for row in await cur.fetchall()}
        return sorted(days | {DEFAULTS[column]})

    async def _step(
        self, from_step: int, to_step: int, column: str, before: timedelta = timedelta(0)
    ) -> list[Quiet]:
        """Links of the teams using each value of `column`, quiet that long (less `before`)."""
        now = self._clock()
        found = []
        for days in await self._days(column):
            async with self._conn.execute(
                f"""UPDATE links SET silence_step = ?, silence_at = ?
                    WHERE ended_at IS NULL AND silence_step = ? AND {_QUIET} <= ?
                      AND {_team_days(column)} = ?
                    {_RETURNING}""",
                (
                    to_step,
                    to_text(now),
                    from_step,
                    to_text(now - timedelta(days=days) + before),
                    days,
                ),
            ) as cur:
                found += [_quiet(row, days) for row in await cur.fetchall()]
        return found

    # ---------------------------------------------------------------- mentors' pause

    async def passed_in_a_row(self, mentor_id: int) -> bool:
        """The mentor's last STREAK decided requests since they were last asked were all
        declined or taken by someone else / escalated without them (withdrawn ones and
        those still open do not count)."""
        async with self._conn.execute(
            """SELECT r.accepted_by FROM request_mentors rm
               JOIN requests r ON r.id = rm.request_id
               JOIN people p ON p.telegram_id = rm.mentor_id
               WHERE rm.mentor_id = ? AND rm.notified_at > COALESCE(p.pause_asked_at, '')
                 AND p.paused_at IS NULL
                 AND (rm.declined_at IS NOT NULL OR r.status = 'accepted'
                      OR r.escalated_at IS NOT NULL)
               ORDER BY rm.notified_at DESC, rm.request_id DESC LIMIT ?""",
            (mentor_id, STREAK),
        ) as cur:
            rows = list(await cur.fetchall())
        return len(rows) == STREAK and all(row[0] != mentor_id for row in rows)

    async def mark_pause_asked(self, mentor_id: int) -> bool:
        """Once per streak: False when another task asked first."""
        async with self._conn.execute(
            """UPDATE people SET pause_asked_at = ?
               WHERE telegram_id = ? AND COALESCE(pause_asked_at, '') < ? RETURNING 1""",
            (to_text(self._clock()), mentor_id, to_text(self._clock())),
        ) as cur:
            return await cur.fetchone() is not None

    async def pause(self, mentor_id: int) -> bool:
        async with self._conn.execute(
            """UPDATE people SET paused_at = ? WHERE telegram_id = ? AND paused_at IS NULL
               RETURNING 1""",
            (to_text(self._clock()), mentor_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def resume(self, mentor_id: int) -> bool:
        # The streak starts again from now: old declines do not ask again at once.
        async with self._conn.execute(
            """UPDATE people SET paused_at = NULL, pause_asked_at = ?
               WHERE telegram_id = ? AND paused_at IS NOT NULL RETURNING 1""",
            (to_text(self._clock()), mentor_id),
        ) as cur:
            return await cur.fetchone() is not None

    async def paused(self, team_id: int | None = None) -> set[int]:
        """Paused mentors (of one team, or all)."""
        sql = "SELECT telegram_id FROM people WHERE paused_at IS NOT NULL"
        args: tuple[object, ...] = ()
        if team_id is not None:
            sql += " AND team_id = ?"
            args = (team_id,)
        async with self._conn.execute(sql, args) as cur:
            return {int(row[0]) for row in await cur.fetchall()}


def _team_days(column: str) -> str:
    return _TEAM_DAYS.format(column=column, default=DEFAULTS[column])


def _quiet(row: Row, days: int) -> Quiet:
    return Quiet(row[0], row[1], row[2], row[3], from_text(row[4]), days)
