"""The repositories over one connection, opened and closed together."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from storage import pg
from storage.audit import Audit
from storage.broadcasts import Broadcasts
from storage.chats import GroupChats
from storage.checkins import Checkins
from storage.clock import Clock
from storage.copies import DecisionCopies
from storage.db import connect
from storage.events import Events, Reminders
from storage.groups import Groups
from storage.inbox import Inbox
from storage.invites import Invites
from storage.kv import KeyValues
from storage.links import Links, Relay
from storage.logs import Logs, OfflinePeople
from storage.outbox import Outbox
from storage.partners import Partners
from storage.people import People
from storage.personal import erase
from storage.ratings import Ratings
from storage.requests import MentorLinks, Requests
from storage.resource import ResourcePersons
from storage.safety import SafetyAlerts
from storage.silence import Silence
from storage.stats import Stats
from storage.teams import Teams
from storage.tx import Conn, transaction
from storage.wellbeing import Wellbeing


async def _reader(path: Path | str) -> Conn:
    """A read-only connection to the same SQLite file, for long reads."""
    conn = await aiosqlite.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA busy_timeout=5000")
    return conn


async def read_only(target: Path | str) -> Conn:
    """A connection of its own that only reads, for a report made in another process
    (bot.reports): the SQLite file read-only, or a small read-only PostgreSQL pool."""
    if pg.is_postgres(target):
        return await pg.connect(str(target), size=2, read_only=True)
    return await _reader(target)


class Database:
    def __init__(self, conn: Conn, clock: Clock, reader: Conn | None = None) -> None:
        self.conn = conn
        # Long reads (a year of /stats or /hours for the whole programme) have a connection
        # of their own: aiosqlite runs one statement at a time per connection, so on the
        # shared one a 1 s report would hold up every other person's answer for 1 s. In WAL
        # mode it reads the last committed state, beside the writer, on another core.
        # (PostgreSQL's connection is a pool: there, reads already run side by side.)
        self.reader = reader or conn
        self.people = People(conn, clock)
        self.teams = Teams(conn, clock)
        self.invites = Invites(conn, clock)
        self.inbox = Inbox(conn, clock)
        self.group_chats = GroupChats(conn, clock)
        self.audit = Audit(conn, clock)
        self.kv = KeyValues(conn)
        self.logs = Logs(conn, clock)
        self.offline = OfflinePeople(conn, clock)
        self.partners = Partners(conn, clock)
        self.resource = ResourcePersons(conn, clock)
        self.requests = Requests(conn, clock)
        self.mentor_links = MentorLinks(conn, clock)
        self.links = Links(conn, clock)
        self.relay = Relay(conn, clock)
        self.safety = SafetyAlerts(conn, clock)
        self.broadcasts = Broadcasts(conn, clock)
        self.outbox = Outbox(conn, clock)
        self.events = Events(conn, clock)
        self.reminders = Reminders(conn, clock)
        self.groups = Groups(conn, clock)
        self.copies = DecisionCopies(conn, clock)
        self.stats = Stats(self.reader, conn)
        self.silence = Silence(conn, clock)
        self.checkins = Checkins(conn, clock)
        self.ratings = Ratings(conn, clock)
        self.wellbeing = Wellbeing(conn, clock)

    @classmethod
    async def open(cls, target: Path | str, clock: Clock) -> Database:
        """A SQLite file, or a postgresql:// address (storage.pg)."""
        if pg.is_postgres(target):
            return cls(await pg.connect(str(target)), clock)
        conn = await connect(target)  # first: it creates the file and brings the schema up
        return cls(conn, clock, None if str(target) == ":memory:" else await _reader(target))

    @property
    def postgres(self) -> bool:
        return isinstance(self.conn, pg.PgConnection)

    @asynccontextmanager
    async def atomic(self) -> AsyncIterator[None]:
        """One transaction around several repositories' changes, e.g. a state change and
        the outbox rows that tell others of it: both are kept, or neither."""
        async with transaction(self.conn):
            yield

    async def checkpoint(self) -> None:
        """Fold the WAL into the main file (tests check that erased text is gone)."""
        if self.postgres:
            return  # PostgreSQL's own checkpoints; a deleted row's text goes with VACUUM
        await self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def forget(self, person: int) -> None:
        """Erase a person's data (storage.personal) and profile, in one transaction."""
        async with transaction(self.conn):
            await erase(self.conn, person)
            await self.people.delete(person)

    async def close(self) -> None:
        if self.reader is not self.conn:
            await self.reader.close()
        await self.conn.close()
