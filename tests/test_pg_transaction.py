"""PostgreSQL's transactions as storage/pg.py runs them by hand (BEGIN and the transaction
lock sent together, COMMIT or ROLLBACK at the end, no reset between two statements): a
failed body keeps nothing and leaves its pooled connection clean, and write transactions
still run one at a time."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from storage import pg
from storage.tx import transaction

pytestmark = pytest.mark.postgresql


async def test_a_failed_body_keeps_nothing_and_its_connection_is_clean(database: str) -> None:
    conn = await pg.connect(database, size=1)  # one connection: the next use is the same one
    try:
        with pytest.raises(RuntimeError, match="the body's own"):
            async with transaction(conn):
                await conn.execute("INSERT INTO teams (name, created_at) VALUES ('A', 'x')")
                raise RuntimeError("the body's own")
        rows = await conn.execute_fetchall("SELECT count(*) FROM teams WHERE name = 'A'")
        assert rows[0][0] == 0
        async with conn.pool.acquire() as held:
            assert not held.is_in_transaction()
        with pytest.raises(asyncpg.UndefinedTableError):  # a statement's error, as itself
            async with transaction(conn):
                await conn.execute("SELECT * FROM no_such_table")
        async with transaction(conn):
            await conn.execute("INSERT INTO teams (name, created_at) VALUES ('B', 'x')")
        rows = await conn.execute_fetchall("SELECT count(*) FROM teams WHERE name = 'B'")
        assert rows[0][0] == 1
    finally:
        await conn.close()


async def test_write_transactions_wait_for_each_other(database: str) -> None:
    conn = await pg.connect(database, size=3)
    other = await asyncpg.connect(database)
    try:
        free = "SELECT pg_try_advisory_xact_lock($1)"
        inside = asyncio.Event()
        leave = asyncio.Event()

        async def first() -> None:
            async with transaction(conn):
                inside.set()
                await leave.wait()

        task = asyncio.create_task(first())
        await inside.wait()
        async with other.transaction():  # another process: the lock is taken
            assert await other.fetchval(free, pg.TRANSACTION_LOCK) is False
        leave.set()
        await task
        async with other.transaction():  # committed: free again
            assert await other.fetchval(free, pg.TRANSACTION_LOCK) is True
    finally:
        await other.close()
        await conn.close()
