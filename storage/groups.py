"""Peer-aidance groups: members (youths), their peer helpers, sessions and answers.

Joining is one conditional statement: a youth becomes a member only while the group has
room, so two youths opening the link at once never make it eleven."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.clock import Clock, from_text, to_text
from storage.tx import Conn, transaction


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    team_id: int
    size_limit: int
    rhythm: str
    invite_token: str
    created_by: int


@dataclass(frozen=True)
class Session:
    id: int
    group_id: int
    starts_at: datetime
    minutes: int
    place: str | None
    theme: str | None
    status: str


@dataclass(frozen=True)
class Member:
    person_id: int
    name: str
    status: str


@dataclass(frozen=True)
class Overview:
    """A page of groups at a glance (Groups.overview)."""

    members: dict[int, int]  # group -> how many members
    sessions: dict[int, list[Session]]  # group -> its next sessions
    said: dict[int, tuple[int, int]]  # session -> members who said Yes, No


_GROUP = "id, name, team_id, size_limit, rhythm, invite_token, created_by"
_SESSION = "id, group_id, starts_at, minutes, place, theme, status"


def _group(row: Any) -> Group:
    return Group(
        row["id"],
        row["name"],
        row["team_id"],
        row["size_limit"],
        row["rhythm"],
        row["invite_token"],
        row["created_by"],
    )


def _session(row: Any) -> Session:
    return Session(
        row["id"],
        row["group_id"],
        from_text(row["starts_at"]),
        row["minutes"],
        row["place"],
        row["theme"],
        row["status"],
    )


class Groups:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def create(
        self,
        *,
        name: str,
        team_id: int,
        size_limit: int,
        rhythm: str,
        helpers: list[int],
        sessions: list[datetime],
        created_by: int,
    ) -> Group:
        """The group, its peer helpers and its first sessions, together."""
        async with transaction(self._conn):
            async with self._conn.execute(
                f"""INSERT INTO groups (name, team_id, size_limit, rhythm, invite_token,
                                       created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING {_GROUP}""",
                (
                    name,
                    team_id,
                    size_limit,
                    rhythm,
                    secrets.token_urlsafe(12),
                    created_by,
                    to_text(self._clock()),
                ),
            ) as cur:
                row = await cur.fetchone()
            assert row is not None
            group = _group(row)
            await self._conn.executemany(
                "INSERT INTO group_helpers (group_id, person_id) VALUES (?, ?)",
                [(group.id, h) for h in helpers],
            )
            await self._conn.executemany(
                "INSERT INTO sessions (group_id, starts_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(group.id, to_text(at)) for at in sessions],
            )
        return group

    async def all_active(self) -> list[Group]:
        async with self._conn.execute(f"SELECT {_GROUP} FROM groups WHERE active = 1") as cur:
            return [_group(r) for r in await cur.fetchall()]

    async def add_sessions(self, planned: dict[int, list[datetime]]) -> None:
        """Sessions the rhythms give further ahead, for every group at once (one commit);
        those that exist (or were cancelled) stay as they are."""
        async with transaction(self._conn):
            await self._conn.executemany(
                """INSERT INTO sessions (group_id, starts_at) VALUES (?, ?)
                   ON CONFLICT (group_id, starts_at) DO NOTHING""",
                [(group, to_text(at)) for group, moments in planned.items() for at in moments],
            )

    async def get(self, group_id: int) -> Group | None:
        async with self._conn.execute(
            f"SELECT {_GROUP} FROM groups WHERE id = ? AND active = 1", (group_id,)
        ) as cur:
            row = await cur.fetchone()
        return _group(row) if row else None

    async def by_token(self, token: str) -> Group | None:
        async with self._conn.execute(
            f"SELECT {_GROUP} FROM groups WHERE invite_token = ? AND active = 1", (token,)
        ) as cur:
            row = await cur.fetchone()
        return _group(row) if row else None

    async def of_team(self, team_id: int) -> list[Group]:
        async with self._conn.execute(
            f"""SELECT {_GROUP} FROM groups WHERE team_id = ? AND active = 1 AND open = 1
                ORDER BY name COLLATE NOCASE""",
            (team_id,),
        ) as cur:
            return [_group(r) for r in await cur.fetchall()]

    async def of_teams(
        self, team_ids: list[int] | None, offset: int = 0, limit: int | None = None
    ) -> tuple[int, list[Group]]:
        """How many open groups these teams have (None: every team), and `limit` of them
        from `offset` (all without a limit), by team name as the teams are listed, then by
        name: one query, and only the page read into Python (a programme has 1,000)."""
        teams = "" if team_ids is None else f"AND g.team_id IN ({', '.join('?' * len(team_ids))})"
        page = "" if limit is None else "LIMIT ? OFFSET ?"
        columns = ", ".join(f"g.{c}" for c in _GROUP.split(", "))
        rows = await self._conn.execute_fetchall(
            f"""SELECT {columns}, count(*) OVER () AS total
                FROM groups g JOIN teams t ON t.id = g.team_id
                WHERE g.active = 1 AND g.open = 1 {teams}
                ORDER BY t.name COLLATE NOCASE, t.id, g.name COLLATE NOCASE {page}""",
            (*(team_ids or ()), *(() if limit is None else (limit, offset))),
        )
        found = [_group(r) for r in rows]
        return (next(iter(rows))["total"] if found else 0), found

    async def overview(self, group_ids: list[int], since: datetime, per_group: int) -> Overview:
        """For a page of groups, in three queries whatever its size: how many members each
        has, its next `per_group` sessions from `since`, and how many members said Yes and
        No to each of those."""
        marks = ", ".join("?" * len(group_ids))
        async with self._conn.execute(
            f"""SELECT group_id, count(*) FROM group_members
                WHERE status = 'member' AND group_id IN ({marks}) GROUP BY group_id""",
            tuple(group_ids),
        ) as cur:
            members = {r[0]: r[1] for r in await cur.fetchall()}
        async with self._conn.execute(
            f"""SELECT {_SESSION} FROM (
                    SELECT {_SESSION}, row_number() OVER
                        (PARTITION BY group_id ORDER BY starts_at) AS n
                    FROM sessions WHERE group_id IN ({marks}) AND starts_at >= ?) ahead
                WHERE n <= ? ORDER BY group_id, starts_at""",
            (*group_ids, to_text(since), per_group),
        ) as cur:
            found = [_session(r) for r in await cur.fetchall()]
        sessions: dict[int, list[Session]] = {}
        for session in found:
            sessions.setdefault(session.group_id, []).append(session)
        said: dict[int, tuple[int, int]] = {}
        if found:
            async with self._conn.execute(
                f"""SELECT a.session_id,
                           sum(CASE WHEN a.answer = 'yes' THEN 1 ELSE 0 END),
                           sum(CASE WHEN a.answer = 'no' THEN 1 ELSE 0 END)
                    FROM session_answers a JOIN sessions s ON s.id = a.session_id
                    JOIN group_members m ON m.group_id = s.group_id
                         AND m.person_id = a.person_id AND m.status = 'member'
                    WHERE a.session_id IN ({", ".join("?" * len(found))})
                    GROUP BY a.session_id""",
                tuple(s.id for s in found),
            ) as cur:
                said = {r[0]: (int(r[1]), int(r[2])) for r in await cur.fetchall()}
        return Overview(members, sessions, said)

    async def led_by(self, helper: int) -> list[Group]:
        async with self._conn.execute(
            f"""SELECT {_GROUP} FROM groups WHERE active = 1 AND id IN
                (SELECT group_id FROM group_helpers WHERE person_id = ?) ORDER BY name""",
            (helper,),
        ) as cur:
            return [_group(r) for r in await cur.fetchall()]

    async def joined_by(self, youth: int) -> list[Group]:
        async with self._conn.execute(
            f"""SELECT {_GROUP} FROM groups WHERE active = 1 AND id IN
                (SELECT group_id FROM group_members WHERE person_id = ? AND status = 'member')
                ORDER BY name""",
            (youth,),
        ) as cur:
            return [_group(r) for r in await cur.fetchall()]

    async def helpers(self, group_id: int) -> list[int]:
        async with self._conn.execute(
            "SELECT person_id FROM group_helpers WHERE group_id = ? ORDER BY person_id",
            (group_id,),
        ) as cur:
            return [r["person_id"] for r in await cur.fetchall()]

    async def members(self, group_id: int) -> list[Member]:
        async with self._conn.execute(
            """SELECT m.person_id, coalesce(p.display_name, '?') AS name, m.status
               FROM group_members m LEFT JOIN people p ON p.telegram_id = m.person_id
               WHERE m.group_id = ?
               ORDER BY m.status, coalesce(p.display_name, '?') COLLATE NOCASE""",
            (group_id,),
        ) as cur:
            return [Member(r["person_id"], r["name"], r["status"]) for r in await cur.fetchall()]

    async def join(self, group: Group, youth: int, status: str = "member") -> str | None:
        """Add a member (or a request to join) if there is room; returns the state now
        ('member', 'requested'), or None when the group is full."""
        now = to_text(self._clock())
        async with self._conn.execute(
            """INSERT INTO group_members (group_id, person_id, status, since)
               SELECT :group, :person, :status, :now
               WHERE :status = 'requested' OR (SELECT count(*) FROM group_members
                     WHERE group_id = :group AND status = 'member') < :size
               ON CONFLICT (group_id, person_id) DO UPDATE SET
                   status = CASE WHEN group_members.status = 'member' THEN 'member'
                                 ELSE excluded.status END
               RETURNING status""",
            {
                "group": group.id,
                "person": youth,
                "status": status,
                "now": now,
                "size": group.size_limit,
            },
        ) as cur:
            row = await cur.fetchone()
        return str(row["status"]) if row else None

    async def accept(self, group: Group, youth: int) -> bool:
        """A request becomes membership, if there is still room."""
        async with self._conn.execute(
            """UPDATE group_members SET status = 'member'
               WHERE group_id = :group AND person_id = :person AND status = 'requested'
               AND (SELECT count(*) FROM group_members WHERE group_id = :group
                    AND status = 'member') < :size""",
            {"group": group.id, "person": youth, "size": group.size_limit},
        ) as cur:
            return cur.rowcount == 1

    async def decline(self, group_id: int, youth: int) -> bool:
        async with self._conn.execute(
            """DELETE FROM group_members
               WHERE group_id = ? AND person_id = ? AND status = 'requested'""",
            (group_id, youth),
        ) as cur:
            return cur.rowcount == 1

    async def leave(self, group_id: int, youth: int) -> bool:
        """A member leaves (free adhesion): no more reminders; their answers to sessions
        still ahead go too, so leaders do not count them."""
        async with self._conn.execute(
            "DELETE FROM group_members WHERE group_id = ? AND person_id = ? AND status = 'member'",
            (group_id, youth),
        ) as cur:
            left = cur.rowcount == 1
        if left:
            await self._conn.execute(
                """DELETE FROM session_answers WHERE person_id = ? AND session_id IN
                   (SELECT id FROM sessions WHERE group_id = ? AND starts_at > ?)""",
                (youth, group_id, to_text(self._clock())),
            )
        return left

    async def is_requested(self, group_id: int, person: int) -> bool:
        """A request to join still waiting for a leader's answer."""
        async with self._conn.execute(
            """SELECT 1 FROM group_members WHERE group_id = ? AND person_id = ?
               AND status = 'requested'""",
            (group_id, person),
        ) as cur:
            return await cur.fetchone() is not None

    async def is_member(self, group_id: int, person: int) -> bool:
        async with self._conn.execute(
            """SELECT 1 FROM group_members WHERE group_id = ? AND person_id = ?
               AND status = 'member'""",
            (group_id, person),
        ) as cur:
            return await cur.fetchone() is not None

    async def sessions(self, group_id: int, since: datetime, limit: int = 6) -> list[Session]:
        async with self._conn.execute(
            f"""SELECT {_SESSION} FROM sessions WHERE group_id = ? AND starts_at >= ?
                ORDER BY starts_at LIMIT ?""",
            (group_id, to_text(since), limit),
        ) as cur:
            return [_session(r) for r in await cur.fetchall()]

    async def sessions_page(
        self, group_id: int, since: datetime, offset: int, limit: int
    ) -> tuple[int, list[Session]]:
        """How many sessions of a group start from `since`, and `limit` of them from
        `offset`, soonest first."""
        async with self._conn.execute(
            "SELECT count(*) FROM sessions WHERE group_id = ? AND starts_at >= ?",
            (group_id, to_text(since)),
        ) as cur:
            row = await cur.fetchone()
        async with self._conn.execute(
            f"""SELECT {_SESSION} FROM sessions WHERE group_id = ? AND starts_at >= ?
                ORDER BY starts_at LIMIT ? OFFSET ?""",
            (group_id, to_text(since), limit, offset),
        ) as cur:
            return int(row[0]) if row else 0, [_session(r) for r in await cur.fetchall()]

    async def past_sessions(
        self, group_ids: list[int], since: datetime, until: datetime, offset: int, limit: int
    ) -> tuple[int, list[Session]]:
        """How many planned sessions of these groups started between `since` and `until`,
        and `limit` of them from `offset`, oldest first: one query for every group, and only
        the page read into Python (programme-wide, two weeks are 2,000 sessions)."""
        if not group_ids:
            return 0, []
        async with self._conn.execute(
            f"""SELECT {_SESSION}, count(*) OVER () AS total FROM sessions
                WHERE status = 'planned' AND starts_at >= ? AND starts_at <= ?
                AND group_id IN ({", ".join("?" * len(group_ids))})
                ORDER BY starts_at, id LIMIT ? OFFSET ?""",
            [to_text(since), to_text(until), *group_ids, limit, offset],
        ) as cur:
            rows = list(await cur.fetchall())
        return (rows[0]["total"] if rows else 0), [_session(r) for r in rows]

    async def sessions_without_reminders(self) -> list[Session]:
        """Planned sessions ahead whose reminders are not planned yet (new ones)."""
        async with self._conn.execute(
            f"""SELECT {_SESSION} FROM sessions s WHERE status = 'planned' AND starts_at > ?
                AND NOT EXISTS (SELECT 1 FROM reminders r
                                WHERE r.subject = 'session' AND r.subject_id = s.id)
                ORDER BY starts_at""",
            (to_text(self._clock()),),
        ) as cur:
            return [_session(r) for r in await cur.fetchall()]

    async def session(self, session_id: int) -> Session | None:
        async with self._conn.execute(
            f"SELECT {_SESSION} FROM sessions WHERE id = ?", (session_id,)
        ) as cur:
            row = await cur.fetchone()
        return _session(row) if row else None

    async def set_details(self, session_id: int, place: str, theme: str | None) -> None:
        await self._conn.execute(
            "UPDATE sessions SET place = ?, theme = ? WHERE id = ?", (place, theme, session_id)
        )

    async def cancel_session(self, session_id: int) -> bool:
        async with self._conn.execute(
            "UPDATE sessions SET status = 'cancelled' WHERE id = ? AND status = 'planned'",
            (session_id,),
        ) as cur:
            done = cur.rowcount == 1
        if done:
            await self._conn.execute(
                """UPDATE reminders SET status = 'cancelled'
                   WHERE subject = 'session' AND subject_id = ? AND status = 'pending'""",
                (session_id,),
            )
        return done

    async def answer(self, session_id: int, person: int, answer: str) -> None:
        await self._conn.execute(
            """INSERT INTO session_answers (session_id, person_id, answer, answered_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT (session_id, person_id) DO UPDATE SET
                   answer = excluded.answer, answered_at = excluded.answered_at""",
            (session_id, person, answer, to_text(self._clock())),
        )

    async def answers(self, session_id: int) -> dict[int, str]:
        async with self._conn.execute(
            "SELECT person_id, answer FROM session_answers WHERE session_id = ?", (session_id,)
        ) as cur:
            return {r["person_id"]: r["answer"] for r in await cur.fetchall()}

    async def attended(self, session_id: int) -> set[int]:
        async with self._conn.execute(
            "SELECT person_id FROM session_answers WHERE session_id = ? AND attended = 1",
            (session_id,),
        ) as cur:
            return {r["person_id"] for r in await cur.fetchall()}

    async def toggle_attended(self, session_id: int, person: int) -> bool:
        """Tick or untick; a member who never answered gets a row (answer 'no' stays
        unknown to them: only attendance is recorded)."""
        async with self._conn.execute(
            """INSERT INTO session_answers (session_id, person_id, answer, answered_at, attended)
               VALUES (?, ?, 'no', ?, 1)
               ON CONFLICT (session_id, person_id) DO UPDATE SET
                   attended = 1 - coalesce(session_answers.attended, 0)
               RETURNING attended""",
            (session_id, person, to_text(self._clock())),
        ) as cur:
            row = await cur.fetchone()
        return bool(row and row["attended"])
