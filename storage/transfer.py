"""Copy a SQLite database into an empty PostgreSQL one, every row kept.

    python -m storage.transfer lien.db postgresql://lien@db.example/lien

For a programme that outgrows one machine: stop the bot, copy, then start it with
LIEN_DATABASE=postgresql://... and the same notes key (LIEN_NOTES_KEY, or the key file
lien.db.notes-key copied to lien-postgresql.notes-key in the bot's folder): notes and kept
updates stay sealed with it. Both schemas are brought to the same migration first; the
copy is one transaction, so a failure leaves the PostgreSQL database empty."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

import asyncpg

from storage import pg
from storage.db import connect


async def transfer(source: Path, target: str) -> dict[str, int]:
    """Rows copied, by table."""
    await (await connect(source)).close()  # the file's schema up to date
    conn = await pg.connect(target)
    copied: dict[str, int] = {}
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as lite:
            async with conn.pool.acquire() as into, into.transaction():
                tables = await _parents_first(into)
                counts = [await into.fetchval(f"SELECT count(*) FROM {t}") for t in tables]
                if sum(counts) > 1:  # the migrations' first team alone
                    raise SystemExit("transfer: the PostgreSQL database is not empty")
                # The copied rows fire no trigger of ours (foreign keys are still checked):
                # the statistics' triggers (migration 027) would drop the kept totals of
                # each row's day, two deletes a row, and those totals are copied exact, as
                # SQLite's own triggers kept them. Only the tables' owner may do this, the
                # role that ran the migrations; the lock it takes is the transaction's.
                for table in tables:
                    await into.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
                for table in tables:
                    cursor = lite.execute(f"SELECT * FROM {table}")
                    columns = [d[0] for d in cursor.description]
                    rows = cursor.fetchall()
                    await into.execute(f"DELETE FROM {table}")  # the migrations' own rows
                    await into.copy_records_to_table(table, records=rows, columns=columns)
                    copied[table] = len(rows)
                for table in tables:
                    await into.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
                await pg.sync_identities(into)
            async with conn.pool.acquire() as into:
                # Now, not when autovacuum comes by: the planner's statistics (without them
                # it guesses every condition's selectivity) and the visibility map (without
                # it no index-only scan: the covering indexes of /hours and /people read the
                # table too). 6 s for the national programme.
                await into.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return copied


async def _parents_first(into: asyncpg.Connection) -> list[str]:
    """The tables, each after those its foreign keys point to."""
    names = await into.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        " AND tablename != 'schema_version' ORDER BY tablename"
    )
    edges = await into.fetch(
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
        " WHERE contype = 'f' AND conrelid != confrelid"
    )
    parents = {r[0]: {e[1] for e in edges if e[0] == r[0]} for r in names}
    ordered: list[str] = []
    while parents:
        ready = sorted(t for t, p in parents.items() if not p - set(ordered))
        if not ready:
            raise RuntimeError(f"foreign keys in a cycle: {sorted(parents)}")
        ordered += ready
        for table in ready:
            del parents[table]
    return ordered


def main() -> None:
    if len(sys.argv) != 3 or not pg.is_postgres(sys.argv[2]) or not Path(sys.argv[1]).is_file():
        raise SystemExit("usage: python -m storage.transfer lien.db postgresql://user@host/db")
    copied = asyncio.run(transfer(Path(sys.argv[1]), sys.argv[2]))
    for table, count in copied.items():
        print(f"{table}: {count}")


if __name__ == "__main__":
    main()
