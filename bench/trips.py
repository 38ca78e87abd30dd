"""Round trips to the database, counted (bench/scale.py, bench/databases.py): every
statement is a hop to SQLite's thread or a round trip to PostgreSQL, each a wait for a
processor on a loaded machine."""

from __future__ import annotations

from typing import Any

import asyncpg

from storage.tx import Connection


class Trips:
    """Round trips to the database: on SQLite each call into its thread (each statement,
    each fetch), a hop to aiosqlite's thread and back that waits for a processor on a
    loaded machine; on PostgreSQL each statement sent to the server (BEGIN and COMMIT
    included), a wake-up of a server process. `brackets`: those that open or end a
    transaction (BEGIN, with the write lock on PostgreSQL; COMMIT; ROLLBACK)."""

    count = 0
    brackets = 0

    @classmethod
    def install(cls) -> None:
        cls._count(Connection, "_execute")
        for name in ("execute", "executemany", "fetch", "fetchrow", "fetchval"):
            cls._count(asyncpg.Connection, name)
        for owner in (Connection, asyncpg.Connection):
            cls._bracket(owner)

    @classmethod
    def _bracket(cls, owner: Any) -> None:
        original = owner.execute
        if getattr(original, "bracketed", False):
            return

        def seen(self: Any, sql: Any, *args: Any, **kwargs: Any) -> Any:
            # Not a coroutine: SQLite's execute is also an async context manager.
            if isinstance(sql, str) and sql.lstrip().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
                cls.brackets += 1
            return original(self, sql, *args, **kwargs)

        seen.bracketed = True  # type: ignore[attr-defined]
        owner.execute = seen

    @classmethod
    def _count(cls, owner: Any, name: str) -> None:
        original = getattr(owner, name)
        if getattr(original, "counted", False):
            return

        async def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
            cls.count += 1
            return await original(self, *args, **kwargs)

        counted.counted = True  # type: ignore[attr-defined]
        setattr(owner, name, counted)
