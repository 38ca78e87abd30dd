"""Broadcasts and their outbox: one row per recipient, so sending survives a restart.

A broadcast's recipients are fixed when sending starts (at once, or when its scheduled time
comes), in the same transaction that moves it to 'sending': no one is added twice
(UNIQUE(broadcast_id, chat_id)) and no one is forgotten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, transaction


class Audience(StrEnum):
    MENTORS = "mentors"
    PEER_HELPERS = "peer_helpers"
    YOUTHS = "youths"  # only youths who chose to receive news (/news)
    EVERYONE = "everyone"


# Who each audience is, as a condition on `people` (youths only if they want news).
_AUDIENCE_SQL = {
    Audience.MENTORS: "role = 'mentor'",
    Audience.PEER_HELPERS: "role = 'peer_helper'",
    Audience.YOUTHS: "role = 'youth' AND wants_news = 1",
    Audience.EVERYONE: (
        "(role IN ('mentor', 'peer_helper') OR (role = 'youth' AND wants_news = 1))"
    ),
}

FINAL = ("sent", "unreachable", "failed", "cancelled")


@dataclass(frozen=True)
class Broadcast:
    id: int
    author_id: int
    team_id: int | None
    audience: str
    purpose: str
    event_id: int | None
    session_id: int | None
    text: str
    photo_file_id: str | None
    document_file_id: str | None
    status: str
    scheduled_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class Progress:
    """How far a broadcast went: counts of its outbox rows by state."""

    total: int = 0
    pending: int = 0
    sent: int = 0
    unreachable: int = 0
    failed: int = 0


_COLUMNS = (
    "id, author_id, team_id, audience, purpose, event_id, session_id, text, photo_file_id,"
    " document_file_id, status, scheduled_at, created_at"
)


def _broadcast(row: Any) -> Broadcast:
    return Broadcast(
        id=row["id"],
        author_id=row["author_id"],
        team_id=row["team_id"],
        audience=row["audience"],
        purpose=row["purpose"],
        event_id=row["event_id"],
        session_id=row["session_id"],
        text=row["text"],
        photo_file_id=row["photo_file_id"],
        document_file_id=row["document_file_id"],
        status=row["status"],
        scheduled_at=from_text(row["scheduled_at"]) if row["scheduled_at"] else None,
        created_at=from_text(row["created_at"]),
    )


class Broadcasts:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def create(
        self,
        *,
        author_id: int,
        team_id: int | None,
        audience: str,
        text: str,
        photo_file_id: str | None = None,
        document_file_id: str | None = None,
        scheduled_at: datetime | None = None,
        purpose: str = "news",
        event_id: int | None = None,
        session_id: int | None = None,
        recipients: list[int] | None = None,
    ) -> Broadcast:
        """Store a broadcast. Without scheduled_at it starts at once: its recipients (the
        audience, or the given list) are written to the outbox in the same transaction."""
        now = to_text(self._clock())
        async with transaction(self._conn):
            async with self._conn.execute(
                f"""INSERT INTO broadcasts (author_id, team_id, audience, purpose, event_id,
                        session_id, text, photo_file_id, document_file_id, status,
                        scheduled_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}""",
                (
                    author_id,
                    team_id,
                    audience,
                    purpose,
                    event_id,
                    session_id,
                    text,
                    photo_file_id,
                    document_file_id,
                    "scheduled" if scheduled_at else "sending",
                    to_text(scheduled_at) if scheduled_at else None,
                    now,
                ),
            ) as cur:
                row = await cur.fetchone()
            assert row is not None
            broadcast = _broadcast(row)
            if scheduled_at is None:
                await self._enqueue(broadcast, recipients)
        return broadcast

    async def _enqueue(self, broadcast: Broadcast, recipients: list[int] | None) -> None:
        if recipients is not None:
            await self._conn.executemany(
                "INSERT INTO outbox (broadcast_id, chat_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(broadcast.id, chat_id) for chat_id in recipients],
            )
            return
        where = _AUDIENCE_SQL[Audience(broadcast.audience)]
        team = "" if broadcast.team_id is None else "AND team_id = ?"
        params: tuple[Any, ...] = (broadcast.id, broadcast.author_id)
        if broadcast.team_id is not None:
            params += (broadcast.team_id,)
        await self._conn.execute(
            f"""INSERT INTO outbox (broadcast_id, chat_id)
                SELECT CAST(? AS BIGINT), telegram_id FROM people
                WHERE active = 1 AND telegram_id != ? AND {where} {team}
                ORDER BY telegram_id
                ON CONFLICT DO NOTHING""",
            params,
        )

    async def audience_size(self, team_id: int | None, audience: str, author_id: int) -> int:
        """How many people this audience reaches now (shown before sending)."""
        where = _AUDIENCE_SQL[Audience(audience)]
        team = "" if team_id is None else "AND team_id = ?"
        params: tuple[Any, ...] = (author_id,) if team_id is None else (author_id, team_id)
        async with self._conn.execute(
            f"""SELECT count(*) FROM people
                WHERE active = 1 AND telegram_id != ? AND {where} {team}""",
            params,
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def start(self, broadcast_id: int) -> Broadcast | None:
        """A scheduled broadcast's time came: move it to 'sending' and fill its outbox, once
        (None if it was cancelled, or already started by an earlier run of its job)."""
        async with transaction(self._conn):
            async with self._conn.execute(
                f"""UPDATE broadcasts SET status = 'sending'
                    WHERE id = ? AND status = 'scheduled' RETURNING {_COLUMNS}""",
                (broadcast_id,),
            ) as cur:
                row = await cur.fetchone()
            broadcast = _broadcast(row) if row else None
            if broadcast is not None:
                await self._enqueue(broadcast, None)
        return broadcast

    async def cancel(self, broadcast_id: int) -> bool:
        """Cancel a scheduled broadcast; False if it already started or was cancelled."""
        async with self._conn.execute(
            "UPDATE broadcasts SET status = 'cancelled', finished_at = ?"
            " WHERE id = ? AND status = 'scheduled'",
            (to_text(self._clock()), broadcast_id),
        ) as cur:
            return cur.rowcount == 1

    async def get(self, broadcast_id: int) -> Broadcast | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM broadcasts WHERE id = ?", (broadcast_id,)
        ) as cur:
            row = await cur.fetchone()
        return _broadcast(row) if row else None

    async def scheduled(self) -> list[Broadcast]:
        """Broadcasts waiting for their time, oldest first (jobs are rebuilt from these)."""
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM broadcasts WHERE status = 'scheduled' ORDER BY scheduled_at"
        ) as cur:
            return [_broadcast(row) for row in await cur.fetchall()]

    async def recent(self, team_ids: list[int] | None, limit: int = 10) -> list[Broadcast]:
        """The latest news broadcasts of these teams (None: all), scheduled ones first."""
        where = "purpose = 'news'"
        params: list[Any] = []
        if team_ids is not None:
            where += f" AND team_id IN ({','.join('?' * len(team_ids))})"
            params += team_ids
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM broadcasts WHERE {where}
                ORDER BY status = 'scheduled' DESC, id DESC LIMIT ?""",
            (*params, limit),
        ) as cur:
            return [_broadcast(row) for row in await cur.fetchall()]

    async def progress(self, broadcast_id: int) -> Progress:
        async with self._conn.execute(
            "SELECT status, count(*) AS n FROM outbox WHERE broadcast_id = ? GROUP BY status",
            (broadcast_id,),
        ) as cur:
            counts = {row["status"]: row["n"] for row in await cur.fetchall()}
        return Progress(
            total=sum(counts.values()),
            pending=counts.get("pending", 0) + counts.get("sending", 0),
            sent=counts.get("sent", 0),
            unreachable=counts.get("unreachable", 0),
            failed=counts.get("failed", 0),
        )

    async def finish_done(self) -> list[Broadcast]:
        """Broadcasts whose every recipient has a final state, marked 'done' exactly once
        (so the author's report goes once)."""
        rows = await self._conn.execute_fetchall(
            f"""UPDATE broadcasts SET status = 'done', finished_at = ?
                WHERE status = 'sending' AND NOT EXISTS (
                    SELECT 1 FROM outbox WHERE broadcast_id = broadcasts.id
                    AND status IN ('pending', 'sending'))
                RETURNING {_COLUMNS}""",
            (to_text(self._clock()),),
        )
        return [_broadcast(row) for row in rows]

    async def without_document(self, purpose: str) -> list[Broadcast]:
        """Broadcasts of this purpose still going out with no file yet (an event's invitation
        queued before the bot was up, as the demo does: its calendar file is added first)."""
        rows = await self._conn.execute_fetchall(
            f"""SELECT {_COLUMNS} FROM broadcasts
                WHERE purpose = ? AND status = 'sending' AND document_file_id IS NULL
                ORDER BY id""",
            (purpose,),
        )
        return [_broadcast(row) for row in rows]

    async def set_document(self, broadcast_id: int, file_id: str) -> None:
        """Remember the file_id Telegram gave a first upload, so later sends reuse it."""
        await self._conn.execute(
            "UPDATE broadcasts SET document_file_id = ? WHERE id = ?", (file_id, broadcast_id)
        )
