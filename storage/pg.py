"""PostgreSQL through asyncpg, behind the few aiosqlite calls the repositories make.

The repositories write SQL once, in the subset SQLite and PostgreSQL share (NOTES: `?` or
`:name` placeholders, ISO text timestamps, ON CONFLICT, RETURNING). This module gives them
a connection that answers like aiosqlite's: `execute` (awaited or used with `async with`),
`fetchone` / `fetchall` rows readable by name and by position, `rowcount`, `executemany`,
`execute_fetchall`. Behind it is a pool: statements outside a transaction take any pooled
connection; `transaction()` pins one connection to the task (joined by nested calls, as
`storage.tx.transaction` does on SQLite) and takes a transaction-level advisory lock first,
so that write transactions run one at a time across every process, as SQLite's BEGIN
IMMEDIATE makes them: a read-then-write inside a transaction stays safe on both.

Migrations are the same numbered files: `ddl()` turns the few SQLite-only words of their
DDL into PostgreSQL's (one source of truth), and the version lives in `schema_version`.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import (
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterable,
    Mapping,
    Sequence,
)
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import asyncpg

# Held for the length of every write transaction (pg_advisory_xact_lock); any number will do
# as long as nothing else in the database uses it. The standby lock is another (bot.standby).
TRANSACTION_LOCK = 0x4C69656E  # "Lien"

_BEGIN = f"BEGIN; SELECT pg_advisory_xact_lock({TRANSACTION_LOCK})"

_TOKEN = re.compile(r"'(?:[^']|'')*'|--[^\n]*|\?|(?<!:):([A-Za-z_]\w*)")


@lru_cache(maxsize=1024)
def placeholders(sql: str) -> tuple[str, tuple[str, ...]]:
    """`?` and `:name` placeholders as asyncpg's `$n` (string literals and comments left
    alone); with names, the order in which their values are passed."""
    names: list[str] = []
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        token = match.group(0)
        if token == "?":
            count += 1
            return f"${count}"
        if match.group(1):
            name = match.group(1)
            if name not in names:
                names.append(name)
            return f"${names.index(name) + 1}"
        return token

    return _TOKEN.sub(number, sql), tuple(names)


def _arguments(names: tuple[str, ...], parameters: Any) -> list[Any]:
    if parameters is None:
        return []
    if isinstance(parameters, Mapping):
        return [parameters[name] for name in names]
    return list(parameters)


def _returns_rows(sql: str) -> bool:
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    if head in ("SELECT", "VALUES"):
        return True
    return "RETURNING" in sql.upper() or (
        head == "WITH" and not re.search(r"\b(INSERT|UPDATE|DELETE)\b", sql, re.IGNORECASE)
    )


def _rowcount(status: str) -> int:
    # "UPDATE 3", "DELETE 0", "INSERT 0 1": the last number is the rows touched.
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


class Cursor:
    """The rows of one statement, already fetched (asyncpg Records: row["name"], row[0])."""

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount
        self.lastrowid = None  # use RETURNING id: there is no lastrowid on PostgreSQL
        self.row_factory: Any = None  # Records are tuples and mappings at once

    async def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[Any]:
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    async def close(self) -> None:
        pass


class Result:
    """What `execute` returns: awaited, a Cursor; or `async with ... as cur`."""

    def __init__(self, coro: Coroutine[Any, Any, Cursor]) -> None:
        self._coro = coro

    def __await__(self) -> Generator[Any, None, Cursor]:
        return self._coro.__await__()

    async def __aenter__(self) -> Cursor:
        return await self._coro

    async def __aexit__(self, *exc: object) -> None:
        pass


class PgConnection:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.row_factory: Any = None
        # The pooled connection this task's transaction holds (copied into tasks it starts).
        self._holding: ContextVar[asyncpg.Connection | None] = ContextVar(
            f"lien_pg_holding_{id(self)}", default=None
        )

    async def _with(self, use: Callable[[asyncpg.Connection], Coroutine[Any, Any, Any]]) -> Any:
        held = self._holding.get()
        if held is not None:
            return await use(held)
        async with self.pool.acquire() as conn:
            return await use(conn)

    def execute(self, sql: str, parameters: Any = None) -> Result:
        return Result(self._execute(sql, parameters))

    async def _execute(self, sql: str, parameters: Any) -> Cursor:
        query, names = placeholders(sql)
        args = _arguments(names, parameters)

        async def run(conn: asyncpg.Connection) -> Cursor:
            if _returns_rows(query):
                rows = await conn.fetch(query, *args)
                return Cursor(rows, len(rows))
            return Cursor([], _rowcount(await conn.execute(query, *args)))

        cursor: Cursor = await self._with(run)
        return cursor

    async def execute_fetchall(self, sql: str, parameters: Any = None) -> list[Any]:
        return await (await self._execute(sql, parameters)).fetchall()

    async def fetch_each(self, reads: Sequence[tuple[str, Any]]) -> list[list[Any]]:
        """Several reads at once, each on a pooled connection (in this task's transaction,
        on its connection one after the other)."""
        if self._holding.get() is not None:
            return [await self.execute_fetchall(sql, parameters) for sql, parameters in reads]
        return list(await asyncio.gather(*(self.execute_fetchall(sql, p) for sql, p in reads)))

    async def executemany(self, sql: str, seq: Iterable[Any]) -> None:
        query, names = placeholders(sql)
        rows = [_arguments(names, parameters) for parameters in seq]
        if rows:
            await self._with(lambda conn: conn.executemany(query, rows))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One transaction for this task (nested calls join it), write transactions one at a
        time (the advisory lock, held until commit or rollback)."""
        if self._holding.get() is not None:
            yield
            return
        async with self.pool.acquire() as conn:
            # BEGIN and the lock in one round trip (a simple query of two statements).
            await conn.execute(_BEGIN)
            token = self._holding.set(conn)
            try:
                yield
            except BaseException:
                # A connection that broke cannot roll back: the pool drops it (and the
                # server ends its transaction); the body's error is the one to raise.
                with suppress(Exception):
                    await conn.execute("ROLLBACK")
                raise
            else:
                await conn.execute("COMMIT")
            finally:
                self._holding.reset(token)

    async def close(self) -> None:
        await self.pool.close()


def is_postgres(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


async def _setup(conn: asyncpg.Connection) -> None:
    # sum() of integers is NUMERIC on PostgreSQL (Decimal in Python): read it as SQLite
    # gives it, an int (or a float), so the same arithmetic works on both.
    await conn.set_type_codec(
        "numeric", encoder=str, decoder=_number, schema="pg_catalog", format="text"
    )


async def _keep(conn: asyncpg.Connection) -> None:
    """Nothing to reset when a connection goes back to the pool: no session state is ever
    set on one (no SET, LISTEN or session lock; the standby's lock has its own connection).
    asyncpg's default reset is a round trip after every statement; an open transaction is
    still rolled back by the pool before this is called."""


async def connect(url: str, *, size: int = 10, read_only: bool = False) -> PgConnection:
    """A pool on this database, its schema brought up to date; or, read_only (a report in
    a child process, bot.reports), a pool whose transactions cannot write, schema untouched."""
    pool = await asyncpg.create_pool(
        url,
        min_size=1,
        max_size=size,
        init=_setup,
        reset=_keep,
        # Every statement the bot runs stays prepared on each connection (some 400 in
        # all): asyncpg's default 100 evicted them, and a miss is one more round trip.
        statement_cache_size=1024,
        # JIT compiles queries the planner guesses costly (reports over 1 M rows): tens of
        # ms of compilation for a bot's short statements, never repaid. A report's child
        # keeps it: its reads are the long ones.
        server_settings=({"default_transaction_read_only": "on"} if read_only else {"jit": "off"}),
    )
    conn = PgConnection(pool)
    if not read_only:
        await migrate(conn)
    return conn


# --- migrations ---------------------------------------------------------------------------

_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) (AFTER|BEFORE) (.+?) ON (\w+)(?:\s+WHEN (.+?))?\s+BEGIN\s+(.+?)\s+END;",
    re.DOTALL,
)


def _trigger(match: re.Match[str]) -> str:
    name, when, event, table, condition, body = match.groups()
    # SQLite runs the body per row; PostgreSQL wants a function and FOR EACH ROW.
    only = f" WHEN ({condition})" if condition else ""
    return (
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}\nRETURN NULL;\nEND $$;\n"
        f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW{only}\n"
        f"EXECUTE FUNCTION {name}_fn();"
    )


def ddl(sql: str, trigger_tables: Mapping[str, str]) -> str:
    """One migration's SQLite DDL in PostgreSQL's words. Telegram ids pass 2^31: every
    INTEGER is a BIGINT; a rowid key becomes an identity column (explicit ids still allowed)."""
    sql = re.sub(
        r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql
    )
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    sql = sql.replace(
        "datetime('now')", "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
    )
    # UNIQUE (a, b COLLATE NOCASE): PostgreSQL takes the collation on the column instead.
    for inside in re.findall(r"UNIQUE \(([^)]*COLLATE NOCASE[^)]*)\)", sql):
        for column in re.findall(r"(\w+) COLLATE NOCASE", inside):
            sql = re.sub(rf"\b{column} TEXT\b", f"{column} TEXT COLLATE nocase", sql)
        sql = sql.replace(inside, inside.replace(" COLLATE NOCASE", ""))
    sql = _TRIGGER.sub(_trigger, sql)
    return re.sub(
        r"DROP TRIGGER (\w+);", lambda m: f"DROP TRIGGER {m[1]} ON {trigger_tables[m[1]]};", sql
    )


def trigger_tables(scripts: Iterable[str]) -> dict[str, str]:
    return {m[1]: m[4] for sql in scripts for m in _TRIGGER.finditer(sql)}


async def migrate(conn: PgConnection) -> None:
    """Apply every migration above schema_version, each in its transaction (two processes
    starting at once: the second waits on the transaction lock, then finds them applied)."""
    from storage.db import migrations  # the numbered files, shared with SQLite

    found = migrations()
    tables = trigger_tables(sql for _, sql in found)
    async with conn.pool.acquire() as pg:
        await pg.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        # SQLite's COLLATE NOCASE (unique team names, names in order whatever their case),
        # so the same DDL and ORDER BY work on both.
        await pg.execute(
            "CREATE COLLATION IF NOT EXISTS nocase"
            " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
        )
        # Up to date (every start but the first): one read, not a locked transaction per file.
        applied = await pg.fetchval("SELECT max(version) FROM schema_version") or 0
        for number, sql in found:
            if number <= applied:
                continue
            async with pg.transaction():
                await pg.execute("SELECT pg_advisory_xact_lock($1)", TRANSACTION_LOCK)
                current = await pg.fetchval("SELECT max(version) FROM schema_version") or 0
                if number <= current:
                    continue
                await pg.execute(ddl(sql, tables))
                await pg.execute("INSERT INTO schema_version (version) VALUES ($1)", number)
                await sync_identities(pg)


async def sync_identities(pg: asyncpg.Connection) -> None:
    """Rows inserted with explicit ids (the first team, copied tables) leave an identity's
    sequence behind; move each past the largest id, as SQLite's rowid would."""
    columns = await pg.fetch(
        """SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND is_identity = 'YES'"""
    )
    for table, column in columns:
        await pg.execute(
            f"""SELECT setval(pg_get_serial_sequence('{table}', '{column}'),
                              coalesce(max({column}), 0) + 1, false) FROM {table}"""
        )
