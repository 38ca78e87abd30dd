"""Hot standby on PostgreSQL (issue 13): two bot processes on one database. The second waits
on the first's advisory lock; the first is killed with SIGKILL during a stream of messages;
the second takes over within seconds, and every message reaches the mentor exactly once (the
durable inbox is in the same database: what the first had taken in, the second finishes)."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter

import asyncpg
import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.test_crash_e2e import MENTOR, YOUTHS, _seed

pytestmark = pytest.mark.postgresql
MESSAGES = 60


async def _unfinished(address: str, given: set[int]) -> set[int]:
    conn = await asyncpg.connect(address)
    try:
        rows = await conn.fetch("SELECT update_id FROM inbox WHERE done_at IS NOT NULL")
    finally:
        await conn.close()
    return given - {r[0] for r in rows}


async def test_the_standby_takes_over_when_the_active_one_is_killed(bot: BotProcess) -> None:
    tg = bot.tg
    await _seed(bot.database)  # type: ignore[arg-type]
    for person in (MENTOR, *YOUTHS):
        await tg.user(person, first_name=f"P{person}")
        tg.open_chat(person)
    await bot.start()
    await bot.wait_output("Application started")
    # The same folder: the same notes key (the inbox keeps updates sealed with it).
    standby = BotProcess(tg, bot.url, bot.database, bot.folder)
    await standby.start()
    await standby.wait_output("standby: another Lien process is active")
    texts: list[str] = []
    took_over = 0.0

    async def stream() -> None:
        for i in range(MESSAGES):
            youth = YOUTHS[i % len(YOUTHS)]
            texts.append(f"message {i + 1} de {youth}")
            await tg.send(youth, texts[-1])
            await asyncio.sleep(0.05)

    async def kill() -> None:
        nonlocal took_over
        await asyncio.sleep(1.0)  # a third of the stream in
        assert bot.process is not None
        bot.process.send_signal(signal.SIGKILL)
        await bot.process.wait()
        killed = time.monotonic()
        await standby.wait_output("active: the other process stopped", timeout=30)
        took_over = time.monotonic() - killed

    try:
        await asyncio.gather(stream(), kill())
        given = set(tg.updates)
        for _ in range(600):
            if not tg.pending and not await _unfinished(str(bot.database), given):
                break
            await asyncio.sleep(0.1)
        received = Counter(m.get("text", "") for m in tg.bot_messages(MENTOR))
        lost = [t for t in texts if received[t] == 0]
        twice = sum(received[t] - 1 for t in texts if received[t] > 1)
        print(
            f"\nfailover: {len(texts)} messages, the standby active {took_over:.1f} s after"
            f" the kill; lost {len(lost)}, handled twice {twice}"
        )
        assert await _unfinished(str(bot.database), given) == set()
        assert lost == [] and twice == 0
        assert took_over < 5
    finally:
        await standby.stop()
    assert "Traceback" not in "".join(standby.output), "".join(standby.output)
