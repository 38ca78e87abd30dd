"""Resource persons: the COPIL member who supports each mentor."""

from __future__ import annotations

from storage.clock import Clock, to_text
from storage.models import Person
from storage.people import joined
from storage.tx import Conn

_PERSON, _person = joined("p", "")


class ResourcePersons:
    def __init__(self, conn: Conn, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def assign(self, mentor_id: int, copil_id: int, by: int) -> None:
        await self._conn.execute(
            """INSERT INTO resource_persons (mentor_id, copil_id, assigned_by, assigned_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT (mentor_id) DO UPDATE SET copil_id = excluded.copil_id,
                   assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""",
            (mentor_id, copil_id, by, to_text(self._clock())),
        )

    async def of(self, mentor_id: int) -> int | None:
        async with self._conn.execute(
            "SELECT copil_id FROM resource_persons WHERE mentor_id = ?", (mentor_id,)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def person_of(self, mentor_id: int) -> Person | None:
        """The mentor's resource person, read with the assignment."""
        rows = await self._conn.execute_fetchall(
            f"""SELECT {_PERSON} FROM resource_persons r
                JOIN people p ON p.telegram_id = r.copil_id WHERE r.mentor_id = ?""",
            (mentor_id,),
        )
        return next((_person(row) for row in rows), None)

    async def mentors_of(self, copil_id: int) -> list[Person]:
        """The mentors this COPIL member supports (some 25 each at national size: one
        statement, not a read per mentor)."""
        rows = await self._conn.execute_fetchall(
            f"""SELECT {_PERSON} FROM resource_persons r
                JOIN people p ON p.telegram_id = r.mentor_id WHERE r.copil_id = ?
                ORDER BY r.mentor_id""",
            (copil_id,),
        )
        return [_person(row) for row in rows]
