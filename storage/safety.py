"""The safety net's hits: category, level, rule and when, never the text; and the question a
medium hit asks, answered once (one conditional UPDATE)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.clock import Clock, to_text
from storage.tx import Conn, Row

ANSWERS = ("ok", "not_really", "talk", "timeout")
# How an alert ends, as a social worker would log it.
OUTCOMES = ("safe", "emergency", "professional", "no_answer", "false_alarm", "other")


@dataclass(frozen=True)
class SafetyAlert:
    id: int
    person_id: int
    link_id: int | None
    team_id: int | None
    category: str
    level: str
    rule: str
    asked_until: str | None
    answer: str | None
    at: str
    alerted_at: str | None  # when the COPIL was first alerted (None: only the youth asked)
    owner_id: int | None
    taken_at: str | None
    repeats: int
    outcome: str | None
    closed_at: str | None
    closed_by: int | None
    language: str | None  # someone not signed up yet: their Telegram app's language


_COLUMNS = """id, youth_id, link_id, team_id, category, level, rule, asked_until, answer, at,
    alerted_at, owner_id, taken_at, repeats, outcome, closed_at, closed_by, language"""


def _alert(row: Row) -> SafetyAlert:
    return SafetyAlert(*tuple(row))


class SafetyAlerts:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def record(
        self,
        person_id: int,
        *,
        link_id: int | None,
        team_id: int | None,
        category: str,
        level: str,
        rule: str,
        asked_until: datetime | None = None,
        language: str | None = None,
    ) -> int:
        async with self._conn.execute(
            """INSERT INTO safety_alerts
                   (youth_id, link_id, team_id, category, level, rule, asked_until, at, language)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (
                person_id,
                link_id,
                team_id,
                category,
                level,
                rule,
                to_text(asked_until) if asked_until else None,
                to_text(self._clock()),
                language,
            ),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def get(self, alert_id: int) -> SafetyAlert | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM safety_alerts WHERE id = ?", (alert_id,)
        ) as cur:
            row = await cur.fetchone()
        return _alert(row) if row else None

    async def answer(self, alert_id: int, person_id: int | None, answer: str) -> bool:
        """The first answer wins (a button pressed twice, or the timeout racing a press);
        person_id None is the timeout, which anyone's question may get."""
        async with self._conn.execute(
            """UPDATE safety_alerts SET answer = ?
               WHERE id = ? AND asked_until IS NOT NULL AND answer IS NULL
                 AND (CAST(? AS BIGINT) IS NULL OR youth_id = ?)""",
            (answer, alert_id, person_id, person_id),
        ) as cur:
            changed = cur.rowcount == 1
        return changed

    async def take(self, alert_id: int, owner_id: int) -> bool:
        """The first press wins: one conditional UPDATE, whoever else presses at once."""
        async with self._conn.execute(
            "UPDATE safety_alerts SET owner_id = ?, taken_at = ? WHERE id = ? AND owner_id IS NULL",
            (owner_id, to_text(self._clock()), alert_id),
        ) as cur:
            return cur.rowcount == 1

    async def owner(self, alert_id: int) -> tuple[int, str] | None:
        """Who took the alert, and when."""
        async with self._conn.execute(
            "SELECT owner_id, taken_at FROM safety_alerts WHERE id = ? AND owner_id IS NOT NULL",
            (alert_id,),
        ) as cur:
            row = await cur.fetchone()
        return (int(row[0]), str(row[1])) if row else None

    async def add_copy(self, alert_id: int, chat_id: int, message_id: int) -> None:
        await self._conn.execute(
            """INSERT INTO safety_alert_copies (alert_id, chat_id, message_id) VALUES (?, ?, ?)
               ON CONFLICT (alert_id, chat_id, message_id) DO NOTHING""",
            (alert_id, chat_id, message_id),
        )

    async def copies(self, alert_id: int) -> list[tuple[int, int]]:
        async with self._conn.execute(
            "SELECT chat_id, message_id FROM safety_alert_copies WHERE alert_id = ? ORDER BY 1",
            (alert_id,),
        ) as cur:
            return [(int(r[0]), int(r[1])) for r in await cur.fetchall()]

    async def alerted(self, alert_id: int) -> None:
        """The COPIL is alerted (the first time counts: repeats are timed from it)."""
        await self._conn.execute(
            "UPDATE safety_alerts SET alerted_at = ? WHERE id = ? AND alerted_at IS NULL",
            (to_text(self._clock()), alert_id),
        )

    async def repeated(self, alert_id: int, repeats: int) -> bool:
        """Mark repeat number `repeats + 1` as sent, once: False if the alert was taken or
        closed meanwhile, or that repeat already went (two jobs, a restart)."""
        async with self._conn.execute(
            """UPDATE safety_alerts SET repeats = repeats + 1
               WHERE id = ? AND repeats = ? AND owner_id IS NULL AND closed_at IS NULL
                 AND alerted_at IS NOT NULL""",
            (alert_id, repeats),
        ) as cur:
            return cur.rowcount == 1

    async def repeat_minutes(self, team_id: int | None) -> int | None:
        """How often the team's COPIL wants an untaken alert repeated (None: the setting)."""
        if team_id is None:
            return None
        async with self._conn.execute(
            "SELECT alert_repeat_minutes FROM teams WHERE id = ?", (team_id,)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else None

    async def set_repeat_minutes(self, team_id: int, minutes: int) -> None:
        await self._conn.execute(
            "UPDATE teams SET alert_repeat_minutes = ? WHERE id = ?", (minutes, team_id)
        )

    async def untaken(self) -> list[SafetyAlert]:
        """Alerts the COPIL has and nobody took: their repeats are rebuilt at start-up."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts
                WHERE closed_at IS NULL AND alerted_at IS NOT NULL AND owner_id IS NULL
                ORDER BY id"""
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]

    async def open_owned(self, owner_id: int) -> list[SafetyAlert]:
        """The open alerts this COPIL member took: they may write to each youth."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts
                WHERE owner_id = ? AND closed_at IS NULL ORDER BY id""",
            (owner_id,),
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]

    async def open_taken_of(self, youth_id: int) -> list[SafetyAlert]:
        """The open alerts on this youth that someone took: the youth may answer them."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts
                WHERE youth_id = ? AND owner_id IS NOT NULL AND closed_at IS NULL ORDER BY id""",
            (youth_id,),
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]

    async def of_copy(self, chat_id: int, message_id: int) -> int | None:
        """The alert this message of a COPIL member's chat is a copy of, if it is one."""
        async with self._conn.execute(
            """SELECT alert_id FROM safety_alert_copies WHERE chat_id = ? AND message_id = ?""",
            (chat_id, message_id),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def close(self, alert_id: int, owner_id: int, outcome: str) -> bool:
        """The owner closes the alert with an outcome, once (a double tap changes nothing)."""
        async with self._conn.execute(
            """UPDATE safety_alerts SET outcome = ?, closed_at = ?, closed_by = ?
               WHERE id = ? AND owner_id = ? AND closed_at IS NULL""",
            (outcome, to_text(self._clock()), owner_id, alert_id, owner_id),
        ) as cur:
            return cur.rowcount == 1

    def _scope(self, team_id: int | None, wide: bool, me: int) -> tuple[str, tuple[Any, ...]]:
        """Alerts the COPIL had, for a member: the programme's if they are programme-wide,
        else their team's and those with no team, and any they took themselves."""
        where = "alerted_at IS NOT NULL"
        if wide:
            return where, ()
        return f"{where} AND (team_id = ? OR team_id IS NULL OR owner_id = ?)", (team_id, me)

    async def count_open(self, team_id: int | None, wide: bool, me: int) -> int:
        where, args = self._scope(team_id, wide, me)
        async with self._conn.execute(
            f"SELECT count(*) FROM safety_alerts WHERE closed_at IS NULL AND {where}", args
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def open_page(
        self, team_id: int | None, wide: bool, me: int, offset: int, limit: int
    ) -> list[SafetyAlert]:
        """A page of open alerts: nobody's first, then the taken ones; oldest first."""
        where, args = self._scope(team_id, wide, me)
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts WHERE closed_at IS NULL AND {where}
                ORDER BY CASE WHEN owner_id IS NULL THEN 0 ELSE 1 END, at, id
                LIMIT ? OFFSET ?""",
            (*args, limit, offset),
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]

    async def count_closed(self, team_id: int | None, wide: bool, me: int, since: datetime) -> int:
        """Alerts closed since `since` that this member may see (same scope as the open)."""
        where, args = self._scope(team_id, wide, me)
        async with self._conn.execute(
            f"SELECT count(*) FROM safety_alerts WHERE closed_at >= ? AND {where}",
            (to_text(since), *args),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def closed_page(
        self, team_id: int | None, wide: bool, me: int, since: datetime, offset: int, limit: int
    ) -> list[SafetyAlert]:
        """A page of alerts closed since `since`, the latest closed first."""
        where, args = self._scope(team_id, wide, me)
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts WHERE closed_at >= ? AND {where}
                ORDER BY closed_at DESC, id DESC LIMIT ? OFFSET ?""",
            (to_text(since), *args, limit, offset),
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]

    async def waiting(self) -> list[SafetyAlert]:
        """Questions not answered yet: their timeouts are rebuilt at start-up."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM safety_alerts
                WHERE asked_until IS NOT NULL AND answer IS NULL ORDER BY id"""
        ) as cur:
            return [_alert(row) for row in await cur.fetchall()]
