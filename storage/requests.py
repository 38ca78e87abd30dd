"""Requests for contact: a youth asks, mentors are notified, the first accept wins."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, IntegrityError

# Where the youth met the mentor or knows their world (locale keys met-<code>).
MEETING_PLACES = ("sport", "culture", "faith", "community", "work", "public", "other")
# Age bands asked once (locale keys age-<code>); over_30 is not accepted, only answered.
AGE_BANDS = ("under_16", "16_17", "18_25", "26_30")


class AlreadyOpen(Exception):
    """The youth already has an open request."""


@dataclass(frozen=True)
class Request:
    id: int
    youth_id: int
    team_id: int | None
    mentor_id: int | None
    met: str | None
    themes: tuple[str, ...]
    age_band: str | None
    first_name: str
    message: str | None
    status: str
    accepted_by: int | None
    created_at: datetime


@dataclass(frozen=True)
class Notice:
    """One mentor's notice of a request, with the message to edit when it is taken."""

    request_id: int
    mentor_id: int
    chat_id: int
    message_id: int | None
    declined: bool


_COLUMNS = (
    "id, youth_id, team_id, mentor_id, met, themes, age_band, first_name, message, status,"
    " accepted_by, created_at"
)


def _request(row: Any) -> Request:
    return Request(
        id=row["id"],
        youth_id=row["youth_id"],
        team_id=row["team_id"],
        mentor_id=row["mentor_id"],
        met=row["met"],
        themes=tuple(t for t in row["themes"].split(",") if t),
        age_band=row["age_band"],
        first_name=row["first_name"],
        message=row["message"],
        status=row["status"],
        accepted_by=row["accepted_by"],
        created_at=from_text(row["created_at"]),
    )


def notice_key(request_id: int, mentor_id: int) -> str:
    """The outbox key of a mentor's notice of a request (its message id is kept there)."""
    return f"req:{request_id}:notice:{mentor_id}"


# A notice's message id: kept on the notice, or by the outbox that sent it.
_NOTICES = """SELECT n.request_id, n.mentor_id, n.chat_id, n.declined_at,
                     coalesce(n.message_id, o.message_id) AS message_id
              FROM request_mentors n
              LEFT JOIN outbox o ON o.key = 'req:' || n.request_id || ':notice:' || n.mentor_id"""


def _notice(row: Any) -> Notice:
    return Notice(
        request_id=row["request_id"],
        mentor_id=row["mentor_id"],
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        declined=row["declined_at"] is not None,
    )


class Requests:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def create(
        self,
        youth_id: int,
        *,
        team_id: int | None,
        mentor_id: int | None,
        met: str | None,
        themes: tuple[str, ...],
        age_band: str | None,
        first_name: str,
        message: str | None,
        group_id: int | None = None,
    ) -> Request:
        """A new open request (group_id: asked from that peer-aidance group); AlreadyOpen if
        one is open (the partial unique index says so)."""
        try:
            async with self._conn.execute(
                f"""INSERT INTO requests (youth_id, team_id, mentor_id, met, themes, age_band,
                                          first_name, message, created_at, group_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_COLUMNS}""",
                (
                    youth_id,
                    team_id,
                    mentor_id,
                    met,
                    ",".join(themes),
                    age_band,
                    first_name,
                    message,
                    to_text(self._clock()),
                    group_id,
                ),
            ) as cur:
                row = await cur.fetchone()
        except IntegrityError as exc:
            raise AlreadyOpen(youth_id) from exc
        assert row is not None
        return _request(row)

    async def get(self, request_id: int) -> Request | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM requests WHERE id = ?", (request_id,)
        ) as cur:
            row = await cur.fetchone()
        return _request(row) if row else None

    async def open_of(self, youth_id: int) -> Request | None:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM requests WHERE youth_id = ? AND status = 'open'",
            (youth_id,),
        ) as cur:
            row = await cur.fetchone()
        return _request(row) if row else None

    async def notices_of_youth(self, youth_id: int) -> list[Notice]:
        """Every notice of every request this youth made (to edit them on /forget)."""
        async with self._conn.execute(
            f"""{_NOTICES} JOIN requests r ON r.id = n.request_id
                WHERE r.youth_id = ? ORDER BY n.request_id, n.mentor_id""",
            (youth_id,),
        ) as cur:
            return [_notice(row) for row in await cur.fetchall()]

    async def open_page(
        self, team_ids: list[int] | None, offset: int, limit: int
    ) -> tuple[int, list[Request]]:
        """How many requests are open in these teams (None: every team), and one page of
        them, oldest first."""
        where, params = "status = 'open'", list(team_ids or [])
        if team_ids is not None:
            where += f" AND team_id IN ({', '.join('?' * len(team_ids))})"
        async with self._conn.execute(
            f"SELECT count(*) FROM requests WHERE {where}", params
        ) as cur:
            row = await cur.fetchone()
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM requests WHERE {where}
                ORDER BY created_at, id LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        ) as cur:
            return (row[0] if row else 0), [_request(r) for r in await cur.fetchall()]

    async def accept(self, request_id: int, mentor_id: int) -> bool:
        """First accept wins: one conditional UPDATE; the trigger creates the link with it."""
        now = to_text(self._clock())
        async with self._conn.execute(
            """UPDATE requests SET status = 'accepted', accepted_by = ?, closed_at = ?,
                                  answered_at = COALESCE(answered_at, ?)
               WHERE id = ? AND status = 'open'""",
            (mentor_id, now, now, request_id),
        ) as cur:
            return cur.rowcount == 1

    async def withdraw(self, request_id: int, youth_id: int) -> bool:
        async with self._conn.execute(
            """UPDATE requests SET status = 'withdrawn', closed_at = ?
               WHERE id = ? AND youth_id = ? AND status = 'open'""",
            (to_text(self._clock()), request_id, youth_id),
        ) as cur:
            return cur.rowcount == 1

    async def notify_all(self, request_id: int, mentor_ids: list[int]) -> None:
        """These mentors are being notified (their notices go through the outbox; the
        message id is found there once sent)."""
        now = to_text(self._clock())
        for mentor_id in mentor_ids:
            await self._conn.execute(
                """INSERT INTO request_mentors (request_id, mentor_id, chat_id, notified_at)
                   VALUES (?, ?, ?, ?) ON CONFLICT (request_id, mentor_id) DO NOTHING""",
                (request_id, mentor_id, mentor_id, now),
            )

    async def notices(self, request_id: int) -> list[Notice]:
        async with self._conn.execute(
            f"{_NOTICES} WHERE n.request_id = ? ORDER BY n.notified_at, n.mentor_id",
            (request_id,),
        ) as cur:
            return [_notice(row) for row in await cur.fetchall()]

    async def notice(self, request_id: int, mentor_id: int) -> Notice | None:
        async with self._conn.execute(
            f"{_NOTICES} WHERE n.request_id = ? AND n.mentor_id = ?",
            (request_id, mentor_id),
        ) as cur:
            row = await cur.fetchone()
        return _notice(row) if row else None

    async def decline(self, request_id: int, mentor_id: int) -> bool:
        now = to_text(self._clock())
        async with self._conn.execute(
            """UPDATE request_mentors SET declined_at = ?
               WHERE request_id = ? AND mentor_id = ? AND declined_at IS NULL""",
            (now, request_id, mentor_id),
        ) as cur:
            declined = cur.rowcount == 1
        if declined:  # a decline is an answer too: /stats' time to first answer
            await self._conn.execute(
                "UPDATE requests SET answered_at = ? WHERE id = ? AND answered_at IS NULL",
                (now, request_id),
            )
        return declined

    async def due_for_reminder(self, older_than: timedelta) -> list[Request]:
        """Open requests past the reminder delay, each marked so it is reminded once."""
        return await self._mark_due("reminded_at", older_than)

    async def due_for_escalation(self, older_than: timedelta) -> list[Request]:
        return await self._mark_due("escalated_at", older_than)

    async def escalate_now(self, request_id: int) -> bool:
        """Mark a request escalated (e.g. every mentor declined); False if it already was."""
        async with self._conn.execute(
            """UPDATE requests SET escalated_at = ?
               WHERE id = ? AND status = 'open' AND escalated_at IS NULL""",
            (to_text(self._clock()), request_id),
        ) as cur:
            return cur.rowcount == 1

    async def _mark_due(self, column: str, older_than: timedelta) -> list[Request]:
        # The UPDATE ... RETURNING marks and reads at once: a job running twice sends once.
        now = self._clock()
        async with self._conn.execute(
            f"""UPDATE requests SET {column} = ?
                WHERE status = 'open' AND {column} IS NULL AND created_at <= ?
                RETURNING {_COLUMNS}""",
            (to_text(now), to_text(now - older_than)),
        ) as cur:
            return [_request(row) for row in await cur.fetchall()]


class MentorLinks:
    """Each mentor's personal deep-link token (shared in person, so kept readable)."""

    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def token_of(self, mentor_id: int) -> str:
        """The mentor's token, made on first use (16 URL-safe characters)."""
        await self._conn.execute(
            """INSERT INTO mentor_links (mentor_id, token, created_at) VALUES (?, ?, ?)
               ON CONFLICT (mentor_id) DO NOTHING""",
            (mentor_id, secrets.token_urlsafe(12), to_text(self._clock())),
        )
        async with self._conn.execute(
            "SELECT token FROM mentor_links WHERE mentor_id = ?", (mentor_id,)
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return str(row["token"])

    async def mentor_of(self, token: str) -> int | None:
        async with self._conn.execute(
            "SELECT mentor_id FROM mentor_links WHERE token = ?", (token,)
        ) as cur:
            row = await cur.fetchone()
        return int(row["mentor_id"]) if row else None
