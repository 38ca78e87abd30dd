"""Explicit transactions on the one shared connection, one at a time.

Every repository shares one aiosqlite connection; two coroutines opening a transaction at
once would collide ("cannot start a transaction within a transaction"), so they queue on
a lock per connection. Single statements need none: each is its own transaction."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from weakref import WeakKeyDictionary

import aiosqlite

_locks: WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = WeakKeyDictionary()


@asynccontextmanager
async def transaction(conn: aiosqlite.Connection) -> AsyncIterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK if the body raises."""
    lock = _locks.setdefault(conn, asyncio.Lock())
    async with lock:
        await conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")
