"""Moving to PostgreSQL keeps every row: the demo programme (a year of history, sealed
notes, an invitation waiting in the outbox, the statistics' kept totals) copied from SQLite
by storage.transfer."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
import pytest
from cryptography.fernet import Fernet

from bot.demo import seed
from bot.notes import Notes
from storage.database import Database
from storage.logs import LogFields
from storage.stats import Period
from storage.transfer import transfer
from tests.test_stats_fast import same_as_recount

pytestmark = pytest.mark.postgresql
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def test_every_row_is_copied_and_new_ids_follow(tmp_path: Path, database: str) -> None:
    source = tmp_path / "lien.db"
    db = await Database.open(source, lambda: NOW)
    await seed(db, lambda: NOW, invitations=True, notes=Notes(Fernet.generate_key()))
    people = await db.people.everyone()
    await db.close()

    copied = await transfer(source, database)

    with sqlite3.connect(source) as lite:
        expected = {t: lite.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in copied}
        notes = lite.execute("SELECT note FROM logs WHERE note IS NOT NULL ORDER BY id").fetchall()
    assert copied == expected and copied["logs"] > 100 and copied["outbox"] > 0
    conn = await asyncpg.connect(database)
    try:
        for table, count in expected.items():
            assert await conn.fetchval(f"SELECT count(*) FROM {table}") == count, table
        kept = await conn.fetch("SELECT note FROM logs WHERE note IS NOT NULL ORDER BY id")
        assert [r[0] for r in kept] == [n[0] for n in notes]  # sealed notes byte for byte
        # Statistics and visibility map at once (VACUUM ANALYZE), not when autovacuum passes.
        unknown = await conn.fetch(
            "SELECT relname FROM pg_stat_user_tables"
            " WHERE (last_analyze IS NULL OR last_vacuum IS NULL)"
            " AND relname = ANY($1::text[])",
            [t for t, count in copied.items() if count],
        )
        assert not unknown
    finally:
        await conn.close()
    moved = await Database.open(database, lambda: NOW)
    try:
        assert await moved.people.everyone() == people
        team = await moved.teams.create("Nouvelle équipe")  # its id after the copied ones
        assert team.id > max(t.id for t in await moved.teams.all() if t.id != team.id)
    finally:
        await moved.close()


async def test_a_database_in_use_is_refused(tmp_path: Path, database: str) -> None:
    source = tmp_path / "lien.db"
    await (await Database.open(source, lambda: NOW)).close()
    target = await Database.open(database, lambda: NOW)
    await target.teams.create("Déjà là")
    await target.close()
    with pytest.raises(SystemExit, match="not empty"):
        await transfer(source, database)


async def test_the_kept_totals_come_across_and_equal_a_recount(
    tmp_path: Path, database: str
) -> None:
    """The copied rows fire none of the statistics' triggers (migration 027), which dropped
    the kept totals of every copied row's day, two deletes a row: the closed days' totals
    come across as SQLite kept them, nothing is left to refill, and the figures read from
    them equal a row-by-row recount of the copied rows."""
    source = tmp_path / "lien.db"
    db = await Database.open(source, lambda: NOW)
    await seed(db, lambda: NOW, notes=Notes(Fernet.generate_key()))
    assert await db.stats.fill(NOW) > 50  # closed months, and the days of this month
    kept = await _kept(db)
    await db.close()

    await transfer(source, database)

    moved = await Database.open(database, lambda: NOW)
    try:
        assert await _kept(moved) == kept
        assert await moved.stats.fill(NOW) == 0
        zone = ZoneInfo("Europe/Zurich")
        for first, last in (
            (date(2025, 12, 1), date(2026, 11, 30)),
            (date(2026, 1, 1), date(2026, 3, 31)),
        ):
            await same_as_recount(moved, Period.of(first, last, zone, NOW))
        # The triggers are on again: a follow-up logged for a kept day drops its totals.
        assert ("followups", "2026-03") in kept
        async with moved.conn.execute(
            "SELECT mentor_id, team_id, youth_id FROM logs WHERE youth_id IS NOT NULL LIMIT 1"
        ) as cur:
            mentor, team, youth = await cur.fetchone()
        march = LogFields("long_term", date(2026, 3, 2), 30, ("work",), youth)
        await moved.logs.add(mentor, team, march)
        assert ("followups", "2026-03") not in await _kept(moved)
    finally:
        await moved.close()


async def _kept(db: Database) -> set[tuple[str, str]]:
    async with db.conn.execute("SELECT section, day FROM stat_days") as cur:
        return {(r[0], r[1]) for r in await cur.fetchall()}
