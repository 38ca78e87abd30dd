"""JSON values by kind and key, for python-telegram-bot's persistence."""

from __future__ import annotations

from storage.tx import Conn


class KeyValues:
    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    async def all(self, kind: str) -> dict[str, str]:
        async with self._conn.execute(
            "SELECT key, value FROM persistence WHERE kind = ?", (kind,)
        ) as cur:
            return {row["key"]: row["value"] for row in await cur.fetchall()}

    async def put(self, kind: str, key: str, value: str) -> None:
        await self._conn.execute(
            "INSERT INTO persistence (kind, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
            (kind, key, value),
        )

    async def delete(self, kind: str, key: str) -> None:
        await self._conn.execute("DELETE FROM persistence WHERE kind = ? AND key = ?", (kind, key))
