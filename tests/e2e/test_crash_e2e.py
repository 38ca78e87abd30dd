"""Nothing lost on the way in, under kill -9 (issue 11): the bot process is killed with
SIGKILL at random points while youths write to their mentor and strangers press /start.
Afterwards every update the sandbox gave is processed, every youth's message reached the
mentor, and nothing was done twice except what the killed process was doing at that instant
(at-least-once for in-flight updates: README, "Nothing lost").

    LIEN_CRASH_KILLS=200 .venv/bin/python -m pytest tests/e2e/test_crash_e2e.py -s

prints the figures (kills, updates, unprocessed, lost relays, duplicates)."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.demo import seed_cast
from storage.clock import system_clock
from storage.database import Database
from storage.models import Role
from tests.e2e.conftest import BotProcess

MENTOR = 2001  # Marc, in the sandbox's cast
YOUTHS = (1101, 1102, 1103, 1104, 1105)
KILLS = int(os.environ.get("LIEN_CRASH_KILLS", "20"))
SEED = int(os.environ.get("LIEN_CRASH_SEED", "11"))


async def _seed(path: Path) -> None:
    """Marc linked with five youths, as if each had asked and he had accepted."""
    db = await Database.open(path, system_clock)
    await seed_cast(db)
    team = (await db.teams.all())[0]
    for youth in YOUTHS:
        await db.people.add_or_update(
            youth,
            role=Role.YOUTH,
            team_id=team.id,
            programme_wide=False,
            display_name=f"Y{youth}",
            language="fr",
        )
        request = await db.requests.create(
            youth,
            team_id=team.id,
            mentor_id=None,
            met="sport",
            themes=("work",),
            age_band="18_25",
            first_name=f"Y{youth}",
            message=None,
        )
        assert await db.requests.accept(request.id, MENTOR)
    await db.close()


def _inbox(path: Path) -> dict[int, bool]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as conn:
        rows = conn.execute("SELECT update_id, done_at IS NOT NULL FROM inbox").fetchall()
    return {update_id: bool(done) for update_id, done in rows}


def _all_processed(bot: BotProcess) -> bool:
    """Everything the sandbox gave was confirmed by the bot and processed (the inbox read
    once per look: a read per update made each look as slow as the stream was long)."""
    if bot.tg.pending:
        return False
    inbox = _inbox(bot.database)
    return all(inbox.get(u) for u in bot.tg.updates)


@pytest.mark.sqlite_file("seeds and reads the inbox with sqlite3")
async def test_kill_9_during_a_stream_loses_nothing(bot: BotProcess) -> None:
    tg = bot.tg
    await _seed(bot.database)
    for person in (MENTOR, *YOUTHS):
        await tg.user(person, first_name=f"P{person}")
        tg.open_chat(person)
    rng = random.Random(SEED)
    relayed: list[str] = []
    strangers: list[int] = []
    kills = 0
    await bot.start()
    started = time.monotonic()

    async def stream() -> None:
        stranger = 5000
        while kills < KILLS:
            if rng.random() < 0.8:
                youth = rng.choice(YOUTHS)
                text = f"message {len(relayed) + 1} de {youth}"
                relayed.append(text)
                await tg.send(youth, text)
            else:
                stranger += 1
                strangers.append(stranger)
                await tg.user(stranger, first_name=f"S{stranger}")
                await tg.send(stranger, "/start")
            await asyncio.sleep(rng.uniform(0.03, 0.12))

    async def killer() -> None:
        nonlocal kills
        while kills < KILLS:
            # Anywhere from start-up (about a second) to well into the stream's backlog.
            await asyncio.sleep(rng.uniform(0.2, 1.8))
            assert bot.process is not None
            bot.process.send_signal(signal.SIGKILL)
            await bot.process.wait()
            kills += 1
            await bot.start()

    await asyncio.gather(stream(), killer())
    # The last process runs on: wait until it has processed everything the sandbox gave.
    given = set(tg.updates)
    await bot.wait(lambda: _all_processed(bot), timeout=120)
    elapsed = time.monotonic() - started

    inbox = _inbox(bot.database)
    unprocessed = sorted(u for u in given if not inbox.get(u))
    received = Counter(m.get("text", "") for m in tg.bot_messages(MENTOR))
    lost = [t for t in relayed if received[t] == 0]
    relay_duplicates = sum(received[t] - 1 for t in relayed if received[t] > 1)
    answers = {s: len(tg.bot_messages(s)) for s in strangers}
    unanswered = [s for s, n in answers.items() if n == 0]
    start_duplicates = sum(n - 1 for n in answers.values() if n > 1)
    print(
        f"\nkill -9: {kills} kills, {len(given)} updates ({len(relayed)} relayed messages, "
        f"{len(strangers)} /start) in {elapsed:.0f} s; unprocessed {len(unprocessed)}, "
        f"lost relays {len(lost)}, unanswered /start {len(unanswered)}, duplicates "
        f"{relay_duplicates} relayed + {start_duplicates} /start"
    )
    assert kills >= KILLS
    assert unprocessed == [] and lost == [] and unanswered == []
    # Only what a killed process was doing at that instant may run twice: a few updates
    # per kill (each person's one at a time), never the work done before it.
    assert relay_duplicates + start_duplicates <= kills * 8
