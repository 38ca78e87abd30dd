"""Stopped with Ctrl+C (SIGINT) or SIGTERM while youths write to their mentor: each stop
ends with no traceback and exit code 0, and afterwards every update the sandbox gave was
processed exactly once (a clean stop finishes what it took; what it had not taken waits
with Telegram). tests/e2e/test_crash_e2e.py does the same under kill -9."""

from __future__ import annotations

import asyncio
import random
import signal
from collections import Counter

import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.test_crash_e2e import MENTOR, YOUTHS, _inbox, _seed

STOPS = 4


@pytest.mark.sqlite_file("seeds and reads the inbox with sqlite3")
async def test_sigint_and_sigterm_during_a_stream_stop_cleanly_and_lose_nothing(
    bot: BotProcess,
) -> None:
    tg = bot.tg
    await _seed(bot.database)
    for person in (MENTOR, *YOUTHS):
        await tg.user(person, first_name=f"P{person}")
        tg.open_chat(person)
    rng = random.Random(5)
    relayed: list[str] = []
    stops = 0
    await bot.start()

    async def stream() -> None:
        while stops < STOPS:
            youth = rng.choice(YOUTHS)
            text = f"message {len(relayed) + 1} de {youth}"
            relayed.append(text)
            await tg.send(youth, text)
            await asyncio.sleep(rng.uniform(0.03, 0.12))

    async def stopper() -> None:
        nonlocal stops
        while stops < STOPS:
            # Once the bot answers (its updates flow), stop it while messages keep coming.
            answered = len(tg.bot_messages(MENTOR))
            await bot.wait(lambda seen=answered: len(tg.bot_messages(MENTOR)) > seen)
            sig = signal.SIGINT if stops % 2 == 0 else signal.SIGTERM
            await bot.stop(sig)
            assert bot.process is not None and bot.process.returncode == 0, bot.output
            stops += 1
            await bot.start()

    await asyncio.gather(stream(), stopper())
    given = set(tg.updates)
    await bot.wait(
        lambda: not tg.pending and all(_inbox(bot.database).get(u) for u in given), timeout=60
    )
    received = Counter(m.get("text", "") for m in tg.bot_messages(MENTOR))
    assert [t for t in relayed if received[t] != 1] == []
    assert "Traceback" not in "".join(bot.output), "".join(bot.output)
