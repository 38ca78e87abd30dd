"""Explicit transactions on the one shared connection, one at a time.

Every repository shares one aiosqlite connection. Two coroutines opening a transaction at
once would collide ("cannot start a transaction within a transaction"), so they queue on a
lock per connection. A single statement from another coroutine (a job closing a reminder,
claiming outbox rows) would otherwise slip into an open transaction between two of its
awaits, and be rolled back with it: `Connection` makes such statements wait for the lock
too, while the transaction's own statements (same task context) go straight through."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any
from weakref import WeakKeyDictionary

import aiosqlite
import asyncpg
from aiosqlite.context import contextmanager

from storage.pg import PgConnection

# The one connection interface the repositories use: aiosqlite's on SQLite, storage.pg's
# (the same calls over an asyncpg pool) on PostgreSQL.
Conn = aiosqlite.Connection | PgConnection
# A row read by name or position: sqlite3.Row or asyncpg.Record.
Row = Any
# A constraint said no (unique, check, foreign key), on either database.
IntegrityError = (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)

_locks: WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = WeakKeyDictionary()
# The connection whose transaction the current task context holds (copied into tasks it
# starts), so its statements never wait for its own lock.
_holding: ContextVar[aiosqlite.Connection | None] = ContextVar("lien_tx_holding", default=None)


def _lock(conn: aiosqlite.Connection) -> asyncio.Lock:
    return _locks.setdefault(conn, asyncio.Lock())


class Connection(aiosqlite.Connection):
    """An aiosqlite connection whose statements wait while another task's transaction is
    open (every statement goes through `_execute`), and whose `execute` reads the rows in
    the same call into SQLite's thread."""

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if _holding.get() is self:
            return await super()._execute(fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        async with _lock(self):
            return await super()._execute(fn, *args, **kwargs)  # type: ignore[no-untyped-call]

    @contextmanager
    async def execute(self, sql: str, parameters: Any = None) -> aiosqlite.Cursor:
        """The statement and all its rows in one hop to SQLite's thread and back, where
        aiosqlite's cursor makes three (execute, fetch, close): each hop waits for a
        processor on a loaded machine. Every statement the bot runs reads a few rows;
        storage.pg's cursor is read whole in the same way."""

        def run() -> tuple[sqlite3.Cursor, list[Any]]:
            cursor = self._conn.execute(sql, () if parameters is None else parameters)
            return cursor, cursor.fetchall()

        cursor, rows = await self._execute(run)
        return Fetched(self, cursor, rows)

    async def fetch_each(self, reads: Sequence[tuple[str, Any]]) -> list[list[Any]]:
        """The rows of several reads in one call into SQLite's thread."""

        def run() -> list[list[Any]]:
            return [
                self._conn.execute(sql, () if parameters is None else parameters).fetchall()
                for sql, parameters in reads
            ]

        rows: list[list[Any]] = await self._execute(run)
        return rows


async def fetch_each(conn: Conn, reads: Sequence[tuple[str, Any]]) -> list[list[Row]]:
    """The rows of several reads that do not depend on each other (statement, parameters):
    on SQLite in one call into its thread, on PostgreSQL at once on pooled connections;
    one round trip's wait instead of one per read."""
    if isinstance(conn, PgConnection):
        return await conn.fetch_each(reads)
    if isinstance(conn, Connection):
        return await conn.fetch_each(reads)
    return [list(await conn.execute_fetchall(sql, parameters)) for sql, parameters in reads]


class Fetched(aiosqlite.Cursor):
    """A cursor whose rows were read with its statement: fetching and closing stay here."""

    def __init__(self, conn: aiosqlite.Connection, cursor: sqlite3.Cursor, rows: list[Any]):
        super().__init__(conn, cursor)
        self._rows = rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        taken = self._rows[: size or self.arraysize]
        del self._rows[: len(taken)]
        return taken

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def close(self) -> None:
        pass  # the statement ended when its rows were read


@asynccontextmanager
async def transaction(conn: Conn) -> AsyncIterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK if the body raises. Inside another
    transaction of the same task it joins it: a handler can wrap a repository's change and
    the outbox rows it causes in one transaction (Database.atomic)."""
    if isinstance(conn, PgConnection):
        async with conn.transaction():
            yield
        return
    if _holding.get() is conn:
        yield
        return
    async with _lock(conn):
        token = _holding.set(conn)
        try:
            if await _through(conn, "BEGIN IMMEDIATE"):
                await _through(conn, "ROLLBACK")
                raise asyncio.CancelledError
            try:
                yield
            except BaseException:
                await _through(conn, "ROLLBACK")
                raise
            if await _through(conn, "COMMIT"):
                raise asyncio.CancelledError  # committed; the task still stops as asked
        finally:
            _holding.reset(token)


async def _through(conn: aiosqlite.Connection, statement: str) -> bool:
    """Run a BEGIN, COMMIT or ROLLBACK to its end even if the task is cancelled meanwhile
    (a stop cancels the updater's flush): SQLite's thread runs it anyway, and a cancelled
    BEGIN left the shared connection inside a transaction whose later writes (the inbox's
    done marks) were rolled back at exit, so updates ran twice. True if a cancel came."""
    running = asyncio.ensure_future(conn.execute(statement))
    cancelled = False
    while True:
        try:
            await asyncio.shield(running)
            return cancelled
        except asyncio.CancelledError:
            if running.cancelled():
                raise  # the statement itself was cancelled, not us
            cancelled = True
            if running.done():  # it ended just as the cancel came
                running.result()  # its own error, if it failed
                return True
