"""Moving to PostgreSQL keeps every row: the demo programme (a year of history, sealed
notes, an invitation waiting in the outbox) copied from SQLite by storage.transfer."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from cryptography.fernet import Fernet

from bot.demo import seed
from bot.notes import Notes
from storage.database import Database
from storage.transfer import transfer

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
