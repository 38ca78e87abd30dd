"""Resource persons: the COPIL member who supports each mentor."""

from __future__ import annotations

from storage.clock import Clock, to_text
from storage.tx import Conn


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

    async def mentors_of(self, copil_id: int) -> list[int]:
        """The mentors this COPIL member supports."""
        async with self._conn.execute(
            "SELECT mentor_id FROM resource_persons WHERE copil_id = ? ORDER BY mentor_id",
            (copil_id,),
        ) as cur:
            return [int(row[0]) for row in await cur.fetchall()]
