"""The same repository calls on SQLite and on PostgreSQL, side by side, on one programme:
a SQLite file (bench/national.py builds a national one) and its copy into PostgreSQL made
with `python -m storage.transfer`.

    .venv/bin/python bench/databases.py --sqlite copy-of-national.db \\
        --database postgresql://lien@127.0.0.1:5432/lien_national [--runs 200]

It writes (new youths, their requests, outbox states): give it copies. Steps, each call
timed, the two databases alternating call by call:
- person: read a person (people.get), as every update does;
- accept: a new youth's request created and accepted (requests.create, then the
  first-accept-wins UPDATE and the link its trigger makes), as the bot does them;
- events: the next events of every team (events.of_teams);
- outbox: a claim of 30 due rows and their final states (claim_many, finish);
- person, in a transaction: the first step inside `db.atomic()`, which adds BEGIN (with
  the write lock) and COMMIT, two round trips on PostgreSQL.
Prints p50 and p99 in ms per step, the ratio PostgreSQL / SQLite of the medians, and
PostgreSQL's round trips in a call (of them BEGIN and COMMIT: bench/trips.py).
`--untuned` adds a third column, alternating with the others: PostgreSQL as session 2
left it (asyncpg's default pool: a reset query after every statement, 100 statements
cached, JIT on; BEGIN and the transaction lock in two round trips), to measure the tuning
of storage/pg.py side by side on the same data."""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from bench.trips import Trips  # noqa: E402
from storage import pg  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Role  # noqa: E402

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class Untuned(pg.PgConnection):
    """storage/pg.py's connection before its tuning: BEGIN, then the lock, then the body."""

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._holding.get() is not None:
            yield
            return
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", pg.TRANSACTION_LOCK)
            token = self._holding.set(conn)
            try:
                yield
            finally:
                self._holding.reset(token)


async def _untuned(url: str) -> Database:
    pool = await asyncpg.create_pool(url, min_size=1, max_size=10, init=pg._setup)
    return Database(Untuned(pool), lambda: NOW)


async def _steps(db: Database, first_youth: int) -> dict[str, Callable[[], Awaitable[object]]]:
    async with db.conn.execute(
        "SELECT telegram_id, team_id FROM people WHERE role = 'mentor' AND active = 1"
        " ORDER BY telegram_id LIMIT 1"
    ) as cur:
        mentor, team = await cur.fetchone()
    async with db.conn.execute("SELECT telegram_id FROM people WHERE role = 'youth'") as cur:
        youths = [r[0] for r in await cur.fetchall()]
    rng, new = random.Random(13), iter(range(first_youth, first_youth + 10**6))

    async def person() -> object:
        return await db.people.get(rng.choice(youths))

    async def bracketed() -> object:
        async with db.atomic():  # what BEGIN (and the lock) and COMMIT add to a read
            return await db.people.get(rng.choice(youths))

    async def accept() -> object:
        youth = next(new)
        await db.people.add_or_update(
            youth,
            role=Role.YOUTH,
            team_id=team,
            programme_wide=False,
            display_name="Bench",
            language="fr",
        )
        request = await db.requests.create(
            youth,
            team_id=team,
            mentor_id=None,
            met="sport",
            themes=("work",),
            age_band="18_25",
            first_name="Bench",
            message=None,
        )
        assert await db.requests.accept(request.id, mentor)
        return request

    async def events() -> object:
        return await db.events.of_teams(None, NOW)

    async def outbox() -> object:
        items = await db.outbox.claim_many(30)
        await db.outbox.finish([(item.id, "sent", 1) for item in items])
        return items

    return {
        "person": person,
        "person, in a transaction": bracketed,
        "accept": accept,
        "events": events,
        "outbox": outbox,
    }


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", type=Path, required=True)
    parser.add_argument("--database", required=True, help="postgresql://... with the same rows")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--untuned", action="store_true", help="also PostgreSQL untuned")
    args = parser.parse_args()
    dbs = {
        "SQLite": await Database.open(args.sqlite, lambda: NOW),
        "PostgreSQL": await Database.open(args.database, lambda: NOW),
    }
    if args.untuned:
        dbs["untuned"] = await _untuned(args.database)
    first = 900_000_000 + int(time.time()) % 1000 * 10_000  # new youths, fresh each run
    # Each connection its own new youths (the two PostgreSQL ones share the database).
    steps = {
        name: await _steps(db, first + i * 100_000) for i, (name, db) in enumerate(dbs.items())
    }
    timings: dict[tuple[str, str], list[float]] = {}
    trips: dict[str, str] = {}  # PostgreSQL's round trips in a call (of them BEGIN, COMMIT)
    Trips.install()
    for step in steps["SQLite"]:
        for _ in range(args.runs):
            for name in dbs:  # alternating: the machine's noise falls on both
                Trips.count = Trips.brackets = 0
                started = time.perf_counter()
                await steps[name][step]()
                timings.setdefault((step, name), []).append(time.perf_counter() - started)
                if name == "PostgreSQL":
                    trips[step] = f"{Trips.count} ({Trips.brackets})"
    head = f"{args.runs} calls a step, ms          SQLite p50   p99   PostgreSQL p50   p99   ratio"
    head += " trips (b+c)"
    print(head + ("   untuned p50    p99   untuned/tuned" if args.untuned else ""))
    for step in steps["SQLite"]:
        lite, tuned = timings[step, "SQLite"], timings[step, "PostgreSQL"]
        ratio = statistics.median(tuned) / statistics.median(lite)
        line = (
            f"{step:<28} {_ms(lite, 0.5):>10.2f} {_ms(lite, 0.99):>6.2f}"
            f" {_ms(tuned, 0.5):>14.2f} {_ms(tuned, 0.99):>6.2f} {ratio:>7.2f} {trips[step]:>11}"
        )
        if args.untuned:
            old = timings[step, "untuned"]
            line += (
                f" {_ms(old, 0.5):>13.2f} {_ms(old, 0.99):>6.2f}"
                f" {statistics.median(old) / statistics.median(tuned):>15.2f}"
            )
        print(line)
    for db in dbs.values():
        await db.close()


if __name__ == "__main__":
    asyncio.run(main())
