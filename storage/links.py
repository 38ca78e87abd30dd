"""Links (an accepted request: youth <-> mentor), and relay routing.

Only routing metadata is kept for relayed messages (channel, chats, message ids, time):
never their content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.models import Person
from storage.people import joined
from storage.tx import Conn

# Why a link ended (locale keys end-reason-<code>); "stopped" is the youth's /stop.
END_REASONS = ("goals", "work", "professional", "no_contact", "other")


@dataclass(frozen=True)
class Link:
    id: int
    request_id: int | None
    youth_id: int
    mentor_id: int
    team_id: int | None
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def channel(self) -> str:
        return f"link:{self.id}"


@dataclass(frozen=True)
class Relayed:
    channel: str
    from_chat: int
    from_message: int
    to_chat: int
    to_message: int


def _link(row: Any) -> Link:
    return Link(
        id=row["id"],
        request_id=row["request_id"],
        youth_id=row["youth_id"],
        mentor_id=row["mentor_id"],
        team_id=row["team_id"],
        started_at=from_text(row["started_at"]),
        ended_at=from_text(row["ended_at"]) if row["ended_at"] else None,
        end_reason=row["end_reason"],
    )


_COLUMNS = "id, request_id, youth_id, mentor_id, team_id, started_at, ended_at, end_reason"


@dataclass(frozen=True)
class Counterpart:
    """The other side of an active link, as the relay names them."""

    link: Link
    person: Person  # the mentor for the youth, the youth for the mentor
    youth_name: str  # the first name the youth gave in their request, else their name


_OTHER, _other = joined("p", "p_")


class Links:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def get(self, link_id: int) -> Link | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE id = ?", (link_id,)
        ) as cur:
            row = await cur.fetchone()
        return _link(row) if row else None

    async def of_request(self, request_id: int) -> Link | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE request_id = ?", (request_id,)
        ) as cur:
            row = await cur.fetchone()
        return _link(row) if row else None

    async def active_of_youth(self, youth_id: int) -> Link | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE youth_id = ? AND ended_at IS NULL",
            (youth_id,),
        ) as cur:
            row = await cur.fetchone()
        return _link(row) if row else None

    async def of_youth(self, youth_id: int) -> list[Link]:
        """Every link of the youth, ended or not (what /forget erases)."""
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM links WHERE youth_id = ? ORDER BY id", (youth_id,)
        ) as cur:
            return [_link(row) for row in await cur.fetchall()]

    async def active_of_mentor(self, mentor_id: int) -> list[Link]:
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM links WHERE mentor_id = ? AND ended_at IS NULL
                ORDER BY started_at, id""",
            (mentor_id,),
        ) as cur:
            return [_link(row) for row in await cur.fetchall()]

    async def counterparts(self, person_id: int, *, mentor: bool) -> list[Counterpart]:
        """Each active link of this mentor (or youth) with the person on its other side and
        the youth's name, in one statement: the relay asks for them at every message, and
        a person and a request read per link were two more round trips each."""
        mine, theirs = ("mentor_id", "youth_id") if mentor else ("youth_id", "mentor_id")
        link_columns = ", ".join(f"l.{c} AS {c}" for c in _COLUMNS.split(", "))
        rows = await self._conn.execute_fetchall(
            f"""SELECT {link_columns}, {_OTHER},
                       coalesce(r.first_name, y.display_name) AS youth_name
                FROM links l
                JOIN people p ON p.telegram_id = l.{theirs}
                JOIN people y ON y.telegram_id = l.youth_id
                LEFT JOIN requests r ON r.id = l.request_id
                WHERE l.{mine} = ? AND l.ended_at IS NULL
                ORDER BY l.started_at, l.id""",
            (person_id,),
        )
        return [Counterpart(_link(row), _other(row), row["youth_name"]) for row in rows]

    async def last_ended(self, person_id: int) -> Link | None:
        """The person's most recently ended link (as youth or mentor)."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM links
                WHERE (youth_id = ? OR mentor_id = ?) AND ended_at IS NOT NULL
                ORDER BY ended_at DESC, id DESC LIMIT 1""",
            (person_id, person_id),
        ) as cur:
            row = await cur.fetchone()
        return _link(row) if row else None

    async def end(self, link_id: int, by: int, reason: str) -> Link | None:
        """End an active link the person is part of; None when it was not theirs or ended."""
        async with self._conn.execute(
            f"""UPDATE links SET ended_at = ?, end_reason = ?
                WHERE id = ? AND (youth_id = ? OR mentor_id = ?) AND ended_at IS NULL
                RETURNING {_COLUMNS}""",
            (to_text(self._clock()), reason, link_id, by, by),
        ) as cur:
            row = await cur.fetchone()
        return _link(row) if row else None


class Relay:
    """Routing metadata of relayed messages."""

    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def record(
        self,
        channel: str,
        from_chat: int,
        from_message: int,
        to_chat: int,
        to_message: int,
        *,
        flagged: bool = False,
    ) -> None:
        await self._conn.execute(
            """INSERT INTO relayed (channel, from_chat, from_message, to_chat, to_message, at,
                                    flagged)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                channel,
                from_chat,
                from_message,
                to_chat,
                to_message,
                to_text(self._clock()),
                int(flagged),
            ),
        )
        if channel.startswith("link:") and channel[5:].isdigit():  # contact: not silent
            await self._conn.execute(
                """UPDATE links SET quiet_since = ?, silence_step = 0, silence_at = NULL
                   WHERE id = ? AND ended_at IS NULL""",
                (to_text(self._clock()), int(channel[5:])),
            )

    async def copied(self, from_chat: int, from_message: int, to_chat: int) -> bool:
        """Whether this message was already copied to this chat: an update processed again
        after a crash must not reach the recipient twice."""
        async with self._conn.execute(
            """SELECT 1 FROM relayed WHERE from_chat = ? AND from_message = ? AND to_chat = ?
               LIMIT 1""",
            (from_chat, from_message, to_chat),
        ) as cur:
            return await cur.fetchone() is not None

    async def find(self, chat_id: int, message_id: int) -> Relayed | None:
        """The relay a message of this chat belongs to: one it received or one it sent."""
        async with self._conn.execute(
            """SELECT channel, from_chat, from_message, to_chat, to_message FROM relayed
               WHERE (to_chat = ? AND to_message = ?) OR (from_chat = ? AND from_message = ?)
               ORDER BY id DESC LIMIT 1""",
            (chat_id, message_id, chat_id, message_id),
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return Relayed(
            row["channel"], row["from_chat"], row["from_message"], row["to_chat"], row["to_message"]
        )

    async def count(self, channel: str) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM relayed WHERE channel = ?", (channel,)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def alerts_unreceived(self, older_than: timedelta, key_prefix: str) -> list[int]:
        """Alerts of the last day whose COPIL copies (outbox keys `<key_prefix><alert>:copil:`)
        were queued more than `older_than` ago and none went out, each marked widened so it
        is returned once."""
        now = self._clock()
        copies = """SELECT 1 FROM outbox WHERE key >= ? || safety_alerts.id || ':copil:'
                    AND key < ? || safety_alerts.id || ':copil;'"""
        async with self._conn.execute(
            f"""UPDATE safety_alerts SET widened_at = ?
                WHERE widened_at IS NULL AND at > ?
                AND EXISTS ({copies} AND created_at <= ?)
                AND NOT EXISTS ({copies} AND status = 'sent')
                RETURNING id""",
            (
                to_text(now),
                to_text(now - timedelta(days=1)),
                key_prefix,
                key_prefix,
                to_text(now - older_than),
                key_prefix,
                key_prefix,
            ),
        ) as cur:
            return sorted(int(row["id"]) for row in await cur.fetchall())
