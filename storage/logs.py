"""Follow-up logs, the people a mentor follows offline, and a mentor's youths.

Every read and change of a log names the mentor: a log id alone (from a button) reaches
nothing of someone else's. Notes arrive here already encrypted (bot/notes.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.models import KINDS, LogEntry, OfflinePerson
from storage.tx import Conn

EDITABLE_FOR = timedelta(days=30)
# A youth whose link ended this recently can still be logged (the last meeting, a call).
RECENT_DAYS = 30


@dataclass(frozen=True)
class LogFields:
    """What a mentor fills in; exactly one of youth_id, offline_id, group_label is set."""

    kind: str
    day: date
    minutes: int
    themes: tuple[str, ...]
    youth_id: int | None = None
    offline_id: int | None = None
    group_label: str | None = None
    partner_id: int | None = None
    partner_name: str | None = None
    note: bytes | None = None


_SELECT = """
    SELECT l.id, l.mentor_id, l.team_id, l.youth_id, l.offline_id, l.group_label, l.kind,
           l.day, l.minutes, l.themes, l.partner_id, l.note, l.created_at,
           COALESCE(
               (SELECT r.first_name FROM links lk JOIN requests r ON r.id = lk.request_id
                WHERE lk.youth_id = l.youth_id AND lk.mentor_id = l.mentor_id
                ORDER BY lk.id DESC LIMIT 1),
               p.display_name, o.nickname, l.group_label, '') AS who,
           COALESCE(pa.name, l.partner_name) AS partner
    FROM logs l
    LEFT JOIN people p ON p.telegram_id = l.youth_id
    LEFT JOIN offline_people o ON o.id = l.offline_id
    LEFT JOIN partners pa ON pa.id = l.partner_id
"""


def _entry(row: Any) -> LogEntry:
    return LogEntry(
        id=row["id"],
        mentor_id=row["mentor_id"],
        team_id=row["team_id"],
        youth_id=row["youth_id"],
        offline_id=row["offline_id"],
        group_label=row["group_label"],
        who=row["who"],
        kind=row["kind"],
        day=date.fromisoformat(row["day"]),
        minutes=row["minutes"],
        themes=tuple(t for t in row["themes"].split(",") if t),
        partner_id=row["partner_id"],
        partner_name=row["partner"],
        note=row["note"],
        created_at=from_text(row["created_at"]),
    )


def _values(fields: LogFields) -> tuple[Any, ...]:
    return (
        fields.youth_id,
        fields.offline_id,
        fields.group_label,
        fields.kind,
        fields.day.isoformat(),
        fields.minutes,
        ",".join(fields.themes),
        fields.partner_id,
        fields.partner_name,
        fields.note,
    )


class Logs:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add(self, mentor_id: int, team_id: int | None, fields: LogFields) -> int:
        now = to_text(self._clock())
        async with self._conn.execute(
            """INSERT INTO logs (mentor_id, team_id, youth_id, offline_id, group_label, kind,
                                 day, minutes, themes, partner_id, partner_name, note,
                                 created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (mentor_id, team_id, *_values(fields), now, now),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        if fields.youth_id is not None:  # a follow-up is contact: the link is not silent
            await self._conn.execute(
                """UPDATE links SET quiet_since = ?, silence_step = 0, silence_at = NULL
                   WHERE youth_id = ? AND mentor_id = ? AND ended_at IS NULL""",
                (now, fields.youth_id, mentor_id),
            )
        return int(row[0])

    def _editable_since(self) -> str:
        return to_text(self._clock() - EDITABLE_FOR)

    async def update(self, log_id: int, mentor_id: int, fields: LogFields) -> bool:
        """Change one of my logs of the last 30 days; False if it is not one."""
        async with self._conn.execute(
            """UPDATE logs SET youth_id = ?, offline_id = ?, group_label = ?, kind = ?, day = ?,
                               minutes = ?, themes = ?, partner_id = ?, partner_name = ?,
                               note = ?, updated_at = ?
               WHERE id = ? AND mentor_id = ? AND created_at >= ?""",
            (
                *_values(fields),
                to_text(self._clock()),
                log_id,
                mentor_id,
                self._editable_since(),
            ),
        ) as cur:
            return cur.rowcount == 1

    async def delete(self, log_id: int, mentor_id: int) -> bool:
        async with self._conn.execute(
            "DELETE FROM logs WHERE id = ? AND mentor_id = ? AND created_at >= ?",
            (log_id, mentor_id, self._editable_since()),
        ) as cur:
            return cur.rowcount == 1

    async def get(self, log_id: int, mentor_id: int) -> LogEntry | None:
        """One of my logs, or None (someone else's log is None too)."""
        async with self._conn.execute(
            _SELECT + " WHERE l.id = ? AND l.mentor_id = ?", (log_id, mentor_id)
        ) as cur:
            row = await cur.fetchone()
        return _entry(row) if row else None

    def editable(self, entry: LogEntry) -> bool:
        return entry.created_at >= self._clock() - EDITABLE_FOR

    async def recent(self, mentor_id: int, limit: int = 30) -> list[LogEntry]:
        async with self._conn.execute(
            _SELECT + " WHERE l.mentor_id = ? ORDER BY l.day DESC, l.id DESC LIMIT ?",
            (mentor_id, limit),
        ) as cur:
            return [_entry(row) for row in await cur.fetchall()]

    async def between(self, mentor_id: int, start: date, end: date) -> list[LogEntry]:
        """My logs with start <= day < end, oldest first."""
        async with self._conn.execute(
            _SELECT + " WHERE l.mentor_id = ? AND l.day >= ? AND l.day < ? ORDER BY l.day, l.id",
            (mentor_id, start.isoformat(), end.isoformat()),
        ) as cur:
            return [_entry(row) for row in await cur.fetchall()]

    async def minutes_by_kind(self, mentor_id: int, start: date, end: date) -> dict[str, int]:
        async with self._conn.execute(
            """SELECT kind, sum(minutes) FROM logs
               WHERE mentor_id = ? AND day >= ? AND day < ? GROUP BY kind""",
            (mentor_id, start.isoformat(), end.isoformat()),
        ) as cur:
            return {row[0]: int(row[1]) for row in await cur.fetchall()}

    async def team_minutes(
        self, team_ids: list[int] | None, start: date, end: date
    ) -> list[tuple[int, int, str, tuple[int, ...]]]:
        """(team id, mentor id, name, minutes of each of KINDS) of every mentor who logged
        time with start <= day < end in these teams (None: every team), by team and name. One read
        in the order of a covering index (migration 015), a sum per kind: a programme-wide
        year is one pass over the index, not a sort of a million rows."""
        teams = "" if team_ids is None else f"AND team_id IN ({', '.join('?' * len(team_ids))})"
        sums = ", ".join(f"sum(CASE WHEN kind = ? THEN minutes ELSE 0 END) AS k{i}"
                         for i in range(len(KINDS)))  # fmt: skip
        # The name by a lookup per mentor, not a join: PostgreSQL, counting more mentors
        # than there are, hashed all 105,700 people for a team's 100 (170 vs 35 ms).
        async with self._conn.execute(
            f"""SELECT b.* FROM (
                  SELECT a.team_id, a.mentor_id,
                         COALESCE((SELECT p.display_name FROM people p
                                   WHERE p.telegram_id = a.mentor_id), '?') AS name,
                         {", ".join(f"a.k{i}" for i in range(len(KINDS)))}
                  FROM (SELECT team_id, mentor_id, {sums} FROM logs
                        WHERE day >= ? AND day < ? {teams} GROUP BY team_id, mentor_id) a
                ) b
                ORDER BY b.team_id, b.name COLLATE NOCASE, b.mentor_id""",
            (*KINDS, start.isoformat(), end.isoformat(), *(team_ids or ())),
        ) as cur:
            return [(r[0], r[1], r[2], tuple(r)[3:]) for r in await cur.fetchall()]

    async def youth_name(self, mentor_id: int, youth_id: int) -> str:
        """How this mentor knows this youth (the name from their latest link's request)."""
        async with self._conn.execute(
            """SELECT COALESCE(r.first_name, p.display_name) FROM people p
               LEFT JOIN links lk ON lk.youth_id = p.telegram_id AND lk.mentor_id = ?
               LEFT JOIN requests r ON r.id = lk.request_id
               WHERE p.telegram_id = ? ORDER BY lk.id DESC LIMIT 1""",
            (mentor_id, youth_id),
        ) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row and row[0] else ""

    async def forget_youth(self, youth_id: int) -> None:
        """A forgotten youth: their logs keep day, kind and minutes (reimbursement, figures)
        and lose every link to them and the note."""
        await self._conn.execute(
            "UPDATE logs SET youth_id = NULL, note = NULL WHERE youth_id = ?", (youth_id,)
        )

    async def my_youths(self, mentor_id: int) -> list[tuple[int, str]]:
        """(telegram id, name) of the youths I follow now, and of those whose link with me
        ended within RECENT_DAYS: the last meeting before /end is logged after it. The name
        is the one the youth chose in their (latest) request, else their Telegram name."""
        since = to_text(self._clock() - timedelta(days=RECENT_DAYS))
        async with self._conn.execute(
            """SELECT l.youth_id, COALESCE(r.first_name, p.display_name) AS name FROM links l
               JOIN people p ON p.telegram_id = l.youth_id
               LEFT JOIN requests r ON r.id = l.request_id
               WHERE l.mentor_id = ? AND (l.ended_at IS NULL OR l.ended_at >= ?)
               ORDER BY l.id DESC""",
            (mentor_id, since),
        ) as cur:
            names: dict[int, str] = {}
            for row in await cur.fetchall():
                names.setdefault(row[0], row[1])
        return sorted(names.items(), key=lambda item: item[1].casefold())


class OfflinePeople:
    """People a mentor follows outside the bot: a nickname only that mentor sees."""

    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def of(self, mentor_id: int) -> list[OfflinePerson]:
        async with self._conn.execute(
            """SELECT id, mentor_id, nickname FROM offline_people WHERE mentor_id = ?
               ORDER BY nickname COLLATE NOCASE""",
            (mentor_id,),
        ) as cur:
            return [OfflinePerson(r[0], r[1], r[2]) for r in await cur.fetchall()]

    async def get(self, offline_id: int, mentor_id: int) -> OfflinePerson | None:
        async with self._conn.execute(
            "SELECT id, mentor_id, nickname FROM offline_people WHERE id = ? AND mentor_id = ?",
            (offline_id, mentor_id),
        ) as cur:
            row = await cur.fetchone()
        return OfflinePerson(row[0], row[1], row[2]) if row else None

    async def find_or_add(self, mentor_id: int, nickname: str) -> OfflinePerson:
        """The mentor's person with this nickname (any case), created if new: one statement."""
        async with self._conn.execute(
            """INSERT INTO offline_people (mentor_id, nickname, created_at) VALUES (?, ?, ?)
               ON CONFLICT (mentor_id, nickname COLLATE NOCASE)
               DO UPDATE SET nickname = offline_people.nickname
               RETURNING id, mentor_id, nickname""",
            (mentor_id, nickname, to_text(self._clock())),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return OfflinePerson(row[0], row[1], row[2])
