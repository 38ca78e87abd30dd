"""Storage: migrations, durability pragmas, atomic invite redemption."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.database import Database
from storage.db import migrations
from storage.invites import InviteProblem
from storage.models import Invite, Role


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def test_schema_version_and_pragmas(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "x.db", _clock)
    try:
        async with db.conn.execute("PRAGMA user_version") as cur:
            assert (await cur.fetchone())[0] == len(migrations())
        async with db.conn.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"
        async with db.conn.execute("PRAGMA synchronous") as cur:
            assert (await cur.fetchone())[0] == 2  # FULL
        async with db.conn.execute("PRAGMA foreign_keys") as cur:
            assert (await cur.fetchone())[0] == 1
        assert [t.name for t in await db.teams.all()] == ["Équipe principale"]
    finally:
        await db.close()


@pytest.mark.both
async def test_reopening_applies_nothing_twice(database: Path | str) -> None:
    for _ in range(2):
        db = await Database.open(database, _clock)
        assert len(await db.teams.all()) == 1
        await db.close()


@pytest.mark.both
async def test_only_one_of_two_simultaneous_redemptions_wins(database: Path | str) -> None:
    db = await Database.open(database, _clock)
    try:
        token = await db.invites.create(
            Role.MENTOR, 1, created_by=None, valid_for=timedelta(days=7)
        )
        invite = await db.invites.check(token)
        assert isinstance(invite, Invite)
        results = await asyncio.gather(
            db.invites.redeem(invite.id, 1), db.invites.redeem(invite.id, 2)
        )
        assert sum(isinstance(r, Invite) for r in results) == 1
        assert InviteProblem.USED in results
    finally:
        await db.close()


async def test_token_is_stored_hashed(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "x.db", _clock)
    token = await db.invites.create(Role.MENTOR, 1, created_by=None, valid_for=timedelta(days=7))
    await db.checkpoint()
    await db.close()
    assert len(token) >= 32  # 24 random bytes, base64: 192 bits
    assert token.encode() not in (tmp_path / "x.db").read_bytes()


async def test_a_rollback_keeps_the_writes_of_other_tasks(tmp_path: Path) -> None:
    # Review item 19: a job's single statement, run between two awaits of another task's
    # transaction on the shared connection, joined it and was rolled back with it.
    import pytest

    from storage.db import connect
    from storage.tx import transaction

    conn = await connect(tmp_path / "tx.db")
    await conn.execute("CREATE TABLE t (v TEXT)")
    inside = asyncio.Event()

    async def job() -> None:
        await inside.wait()
        await conn.execute("INSERT INTO t VALUES ('job')")

    task = asyncio.create_task(job())
    try:
        with pytest.raises(RuntimeError):
            async with transaction(conn):
                await conn.execute("INSERT INTO t VALUES ('undone')")
                inside.set()
                for _ in range(5):  # let the job reach the connection meanwhile
                    await asyncio.sleep(0)
                await conn.execute("SELECT 1")
                raise RuntimeError("the body failed")
        await task
        async with conn.execute("SELECT v FROM t") as cur:
            assert [tuple(r) for r in await cur.fetchall()] == [("job",)]
    finally:
        await conn.close()  # its thread would keep the test run from ending


async def test_a_long_report_read_holds_up_nobody(tmp_path: Path) -> None:
    # aiosqlite runs one statement at a time per connection: a year of /stats or /hours on
    # the shared connection made every other answer wait for it. Reports have their own.
    import threading

    db = await Database.open(tmp_path / "x.db", _clock)
    release = threading.Event()
    try:
        await db.reader.create_function("held", 0, lambda: release.wait(10))
        report = asyncio.create_task(db.reader.execute("SELECT held()"))
        await asyncio.sleep(0.05)  # the report is running, held
        await asyncio.wait_for(db.teams.all(), timeout=2)  # others are answered meanwhile
        await db.teams.create("Littoral")  # and a write goes through
        assert not report.done()
        release.set()
        await report
        # The reader sees what was committed beside it.
        names = [row[0] for row in await db.reader.execute_fetchall("SELECT name FROM teams")]
        assert "Littoral" in names
    finally:
        release.set()
        await db.close()


async def test_a_transaction_cancelled_at_begin_or_commit_leaves_the_connection_clean(
    tmp_path: Path,
) -> None:
    # A stop cancels the updater's inbox flush; cancelled while BEGIN ran in SQLite's thread,
    # the shared connection stayed inside a transaction, and the writes after it (the inbox's
    # done marks) were rolled back at exit: updates ran twice after the restart.
    import pytest

    from storage.db import connect
    from storage.tx import transaction

    conn = await connect(tmp_path / "tx.db")
    await conn.execute("CREATE TABLE t (v TEXT)")

    async def write(value: str) -> None:
        async with transaction(conn):
            await conn.execute("INSERT INTO t VALUES (?)", (value,))

    try:
        for steps in range(6):  # cancelled at each await in turn: BEGIN, INSERT, COMMIT...
            task = asyncio.create_task(write(f"w{steps}"))
            for _ in range(steps + 1):
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert not conn.in_transaction
            await write("after")  # the next transaction opens and commits
        rows = [r[0] for r in await conn.execute_fetchall("SELECT v FROM t")]
        assert rows.count("after") == 6
    finally:
        await conn.close()
