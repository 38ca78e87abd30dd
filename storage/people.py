"""People: everyone who consented, with their role, team, language and state."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

from storage.clock import Clock, to_text
from storage.models import Person, Role
from storage.tx import Conn, transaction

P = ParamSpec("P")
T = TypeVar("T")

_COLUMNS = "telegram_id, role, team_id, programme_wide, display_name, language, active, blocked_at"


def _writes(
    method: Callable[Concatenate[People, P], Coroutine[Any, Any, T]],
) -> Callable[Concatenate[People, P], Coroutine[Any, Any, T]]:
    """A write to what a Person holds: People.changes moves once it is done (or failed)."""

    async def write(self: People, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await method(self, *args, **kwargs)
        finally:
            self.changes += 1

    return write


def _person(row: Any, prefix: str = "") -> Person:
    return Person(
        telegram_id=row[f"{prefix}telegram_id"],
        role=Role(row[f"{prefix}role"]),
        team_id=row[f"{prefix}team_id"],
        programme_wide=bool(row[f"{prefix}programme_wide"]),
        display_name=row[f"{prefix}display_name"],
        language=row[f"{prefix}language"],
        active=bool(row[f"{prefix}active"]),
        blocked=row[f"{prefix}blocked_at"] is not None,
    )


def joined(alias: str, prefix: str) -> tuple[str, Callable[[Any], Person]]:
    """For a query that joins people as `alias`: its columns named `prefix` + column, and
    how to read the Person from a row. Another repository's read then brings the people it
    names along, in the same statement."""
    columns = ", ".join(f"{alias}.{c} AS {prefix}{c}" for c in _COLUMNS.split(", "))
    return columns, lambda row: _person(row, prefix)


class People:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        # Counts the writes to what a Person holds: a copy read earlier in an update
        # (bot.guards.person_of) serves only while this has not moved.
        self.changes = 0

    async def get(self, telegram_id: int) -> Person | None:
        # Read once in every update (bot.guards.person_of).
        rows = await self._conn.execute_fetchall(
            f"SELECT {_COLUMNS} FROM people WHERE telegram_id = ?", (telegram_id,)
        )
        return _person(next(iter(rows))) if rows else None

    @_writes
    async def add_or_update(
        self,
        telegram_id: int,
        *,
        role: Role,
        team_id: int | None,
        programme_wide: bool,
        display_name: str,
        language: str,
    ) -> Person:
        """Create the person on consent, or give an existing person a new role (an invite).
        Someone who stops being a youth (a peer helper now) gives back their seats in
        peer-aidance groups, and their requests to join: those are for youths."""
        now = to_text(self._clock())
        async with transaction(self._conn):
            async with self._conn.execute(
                f"""INSERT INTO people (telegram_id, role, team_id, programme_wide,
                                        display_name, language, active, consented_at,
                                        created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
                    ON CONFLICT (telegram_id) DO UPDATE SET
                        role = excluded.role, team_id = excluded.team_id,
                        programme_wide = excluded.programme_wide, active = 1,
                        display_name = excluded.display_name, language = excluded.language
                    RETURNING {_COLUMNS}""",
                (telegram_id, role, team_id, int(programme_wide), display_name, language, now, now),
            ) as cur:
                row = await cur.fetchone()
            if role != Role.YOUTH:
                await self._conn.execute(
                    "DELETE FROM group_members WHERE person_id = ?", (telegram_id,)
                )
        assert row is not None
        return _person(row)

    @_writes
    async def mark_blocked(self, telegram_id: int) -> Person | None:
        """Telegram said this person blocked the bot: the person, if this is news (None if
        already marked, or not a person)."""
        async with self._conn.execute(
            f"""UPDATE people SET blocked_at = ? WHERE telegram_id = ? AND blocked_at IS NULL
                RETURNING {_COLUMNS}""",
            (to_text(self._clock()), telegram_id),
        ) as cur:
            row = await cur.fetchone()
        return _person(row) if row else None

    @_writes
    async def clear_blocked(self, telegram_id: int) -> bool:
        """They wrote again: the mark goes. True if there was one."""
        async with self._conn.execute(
            """UPDATE people SET blocked_at = NULL
               WHERE telegram_id = ? AND blocked_at IS NOT NULL RETURNING telegram_id""",
            (telegram_id,),
        ) as cur:
            return await cur.fetchone() is not None

    @_writes
    async def set_language(self, telegram_id: int, language: str) -> None:
        await self._conn.execute(
            "UPDATE people SET language = ? WHERE telegram_id = ?", (language, telegram_id)
        )

    @_writes
    async def set_active(self, telegram_id: int, active: bool) -> bool:
        async with self._conn.execute(
            "UPDATE people SET active = ? WHERE telegram_id = ? AND active != ?",
            (int(active), telegram_id, int(active)),
        ) as cur:
            return cur.rowcount == 1

    async def in_team(self, team_id: int) -> list[Person]:
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE team_id = ?
                ORDER BY role, active DESC, display_name COLLATE NOCASE""",
            (team_id,),
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    async def count_by_role(self, team_id: int) -> dict[Role, int]:
        async with self._conn.execute(
            "SELECT role, count(*) AS n FROM people WHERE team_id = ? GROUP BY role", (team_id,)
        ) as cur:
            return {Role(r["role"]): r["n"] for r in await cur.fetchall()}

    async def page_in_team(self, team_id: int, role: Role, offset: int, limit: int) -> list[Person]:
        """One page of a role in a team: active first, then by name."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE team_id = ? AND role = ?
                ORDER BY active DESC, lower(display_name), telegram_id LIMIT ? OFFSET ?""",
            (team_id, role, limit, offset),
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    async def search(
        self, team_ids: list[int] | None, text: str, limit: int
    ) -> tuple[int, list[Person]]:
        """How many people of these teams (None: all) have `text` in their name, and the
        first `limit` of them by name."""
        escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where = "lower(display_name) LIKE ? ESCAPE '\\'"
        params: list[Any] = [f"%{escaped}%"]
        if team_ids is not None:
            where += f" AND team_id IN ({', '.join('?' * len(team_ids))})"
            params += team_ids
        async with self._conn.execute(f"SELECT count(*) FROM people WHERE {where}", params) as cur:
            row = await cur.fetchone()
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE {where}
                ORDER BY lower(display_name), telegram_id LIMIT ?""",
            [*params, limit],
        ) as cur:
            return (row[0] if row else 0), [_person(r) for r in await cur.fetchall()]

    async def mentors_page(
        self, team_ids: list[int] | None, offset: int, limit: int, name: str | None = None
    ) -> tuple[int, list[tuple[Person, str | None]]]:
        """How many active mentors these teams (None: all) have (whose name holds `name`),
        and one page of them by name, each with their resource person's name (one query)."""
        where = "m.role = 'mentor' AND m.active = 1"
        params: list[Any] = []
        if team_ids is not None:
            where += f" AND m.team_id IN ({', '.join('?' * len(team_ids))})"
            params += team_ids
        if name:
            escaped = name.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where += " AND lower(m.display_name) LIKE ? ESCAPE '\\'"
            params.append(f"%{escaped}%")
        async with self._conn.execute(
            f"SELECT count(*) FROM people m WHERE {where}", params
        ) as cur:
            row = await cur.fetchone()
        columns = ", ".join(f"m.{c.strip()}" for c in _COLUMNS.split(","))
        # The resource person's name by a lookup for the page's ten, not a join of all
        # 5,000 mentors before the sort (PostgreSQL 35 -> 3 ms, SQLite 9 -> 6 ms).
        async with self._conn.execute(
            f"""SELECT {columns},
                       (SELECT c.display_name FROM resource_persons r
                        JOIN people c ON c.telegram_id = r.copil_id
                        WHERE r.mentor_id = m.telegram_id) AS copil_name
                FROM people m
                WHERE {where} ORDER BY lower(m.display_name), m.telegram_id LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        ) as cur:
            found = [(_person(r), r["copil_name"]) for r in await cur.fetchall()]
        return (row[0] if row else 0), found

    async def everyone(self) -> list[Person]:
        """Every person, in the order they joined (the sandbox shows a pane for each)."""
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM people ORDER BY created_at, telegram_id"
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    async def copil_count(self) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM people WHERE role = 'copil' AND active = 1"
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def age_band(self, telegram_id: int) -> str | None:
        async with self._conn.execute(
            "SELECT age_band FROM people WHERE telegram_id = ?", (telegram_id,)
        ) as cur:
            row = await cur.fetchone()
        return row["age_band"] if row else None

    @_writes
    async def join_team(self, telegram_id: int, team_id: int) -> None:
        """A youth belongs to the team they asked (its COPIL, news and figures)."""
        await self._conn.execute(
            "UPDATE people SET team_id = ? WHERE telegram_id = ? AND role = 'youth'",
            (team_id, telegram_id),
        )

    async def set_age_band(self, telegram_id: int, band: str) -> None:
        await self._conn.execute(
            "UPDATE people SET age_band = ? WHERE telegram_id = ?", (band, telegram_id)
        )

    async def active_in_team(self, team_id: int, role: Role) -> list[Person]:
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE team_id = ? AND role = ? AND active = 1
                ORDER BY display_name COLLATE NOCASE""",
            (team_id, role),
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    async def copil_of(self, team_id: int | None) -> list[Person]:
        """The active COPIL members who manage this team (its own and programme-wide ones)."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE role = 'copil' AND active = 1
                AND (programme_wide = 1 OR team_id = ?) ORDER BY telegram_id""",
            (team_id,),
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    async def copil_everyone(self) -> list[Person]:
        """Every active COPIL member of the programme, whatever their team."""
        async with self._conn.execute(
            f"""SELECT {_COLUMNS} FROM people WHERE role = 'copil' AND active = 1
                ORDER BY telegram_id"""
        ) as cur:
            return [_person(row) for row in await cur.fetchall()]

    @_writes
    async def delete(self, telegram_id: int) -> bool:
        """Erase the person's profile (/forget); their other data goes with storage.personal."""
        async with self._conn.execute(
            "DELETE FROM people WHERE telegram_id = ?", (telegram_id,)
        ) as cur:
            return cur.rowcount == 1

    async def wants_news(self, telegram_id: int) -> bool:
        async with self._conn.execute(
            "SELECT wants_news FROM people WHERE telegram_id = ?", (telegram_id,)
        ) as cur:
            row = await cur.fetchone()
        return bool(row and row["wants_news"])

    async def set_wants_news(self, telegram_id: int, wanted: bool) -> None:
        """A youth's choice (/news) to receive the programme's news broadcasts."""
        await self._conn.execute(
            "UPDATE people SET wants_news = ? WHERE telegram_id = ?", (int(wanted), telegram_id)
        )
