"""One active bot process per PostgreSQL database; the others wait as hot standbys.

Telegram gives updates to one poller (or one webhook), and the jobs must run once. On
PostgreSQL the active process holds a session advisory lock on a connection of its own for
its whole life; a second process started against the same database waits here, trying the
lock every second, and starts the moment the first one's connection closes (it died, was
killed, or its machine went away: TCP keepalives end the session within about 30 s). The
durable inbox (bot.inbox) lives in the same database, so what the first process had taken
in and not finished is taken up by the next: nothing is lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import asyncpg

from storage.pg import TRANSACTION_LOCK

logger = logging.getLogger("lien")  # no address in any line: it may hold a password

ACTIVE_LOCK = TRANSACTION_LOCK + 1  # held by the active process for its whole life
EVERY = 1.0  # seconds between two tries of the lock


async def become_active(
    url: str, stopping: asyncio.Event, lost: Callable[[], None]
) -> asyncpg.Connection | None:
    """The lock's connection once this process is the active one; None if asked to stop
    while waiting. `lost` is called if that connection ever drops (the lock with it)."""
    conn = await asyncpg.connect(
        url,
        server_settings={
            # The server ends the session of a machine that vanished, freeing the lock.
            "tcp_keepalives_idle": "10",
            "tcp_keepalives_interval": "5",
            "tcp_keepalives_count": "3",
        },
    )
    told = False
    while not await conn.fetchval("SELECT pg_try_advisory_lock($1)", ACTIVE_LOCK):
        if not told:
            logger.info("standby: another Lien process is active on this database; waiting")
            told = True
        try:
            await asyncio.wait_for(stopping.wait(), EVERY)
        except TimeoutError:
            continue
        await conn.close()
        return None
    if told:
        logger.info("active: the other process stopped; this one takes over")
    conn.add_termination_listener(lambda _conn: lost())
    return conn
