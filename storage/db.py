"""One aiosqlite connection, its pragmas, and numbered migrations."""

from __future__ import annotations

import logging
import re
import sqlite3
from importlib import resources
from pathlib import Path

import aiosqlite

from storage.tx import Connection

logger = logging.getLogger(__name__)

_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """The numbered migrations shipped in storage/migrations, in order."""
    found = []
    for entry in resources.files("storage").joinpath("migrations").iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, got {numbers}")
    return found


async def connect(path: Path | str) -> aiosqlite.Connection:
    """Open the database, set durability pragmas and bring the schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # storage.tx.Connection: aiosqlite's, but statements wait while a transaction is open.
    conn = await Connection(lambda: sqlite3.connect(str(path), isolation_level=None), 64)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA journal_mode=WAL")
    # An acknowledged write must survive a power cut.
    await conn.execute("PRAGMA synchronous=FULL")
    await conn.execute("PRAGMA foreign_keys=ON")
    await conn.execute("PRAGMA busy_timeout=5000")
    # Erased personal data is overwritten with zeros, not left in free pages (/forget).
    await conn.execute("PRAGMA secure_delete=ON")
    await migrate(conn)
    return conn


async def migrate(conn: aiosqlite.Connection) -> None:
    """Apply every migration above PRAGMA user_version, each in its own transaction."""
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    current = int(row[0]) if row else 0
    for number, sql in migrations():
        if number <= current:
            continue
        logger.info("applying migration %03d", number)
        await conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
