"""What the durable inbox costs, and who waits behind whom, in one run.

1. Cost: N strangers' /help (Lien's cheapest answer) through the real application and the
   in-process sandbox, either kept in the inbox first as when polling (the getUpdates batch
   encrypted and committed in one transaction with synchronous=FULL, each update marked done
   after its handlers, finishing ones sharing a commit) or handed to process_update directly
   as before the inbox. Updates per second for each and the ratio, the two alternating.
2. Waiting: one person's update is slow (a 2 s stand-in for a big export under Telegram's
   per-chat pacing) while P other people each send /help. Their wait (update queued ->
   answer), p50 and p99, with the per-person processor, and with one update at a time as
   before.

    .venv/bin/python bench/inbox.py [--n 300] [--people 50] [--rounds 3]

Figures are medians over the rounds, on a fresh database each."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import SecretStr  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import TypeHandler  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.settings import Settings  # noqa: E402
from sandbox import SandboxRequest, Telegram  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
SLOW = 4001
SLOW_SECONDS = 2.0


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def _app(folder: str) -> tuple[Telegram, Any]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(TOKEN),
        bot_api_url="http://sandbox.invalid/bot",
        database=Path(folder) / "lien.db",
        copil_ids=frozenset({9001}),  # no setup link printed
    )
    tg = Telegram(token=TOKEN)
    app = build_application(settings, request=SandboxRequest(tg), clock=_clock)
    await app.initialize()
    await app.post_init(app)
    return tg, app


async def _close(app: Any) -> None:
    await app.shutdown()
    await app.post_shutdown(app)


async def _through_inbox(app: Any, updates: list[Update]) -> None:
    """As in production: the Updater puts each update (kept first), the Application's
    fetcher hands each to the update processor."""
    app.update_queue.batch_until_next_poll()  # as `python -m bot` polls
    for update in updates:
        await app.update_queue.put(update)
    await app.update_queue.flush()  # what the next getUpdates does before it leaves
    queue, running = app.update_queue, []
    while not queue.empty():
        update = queue.get_nowait()
        queue.task_done()
        running.append(
            asyncio.create_task(
                app.update_processor.process_update(update, app.process_update(update))
            )
        )
    await asyncio.gather(*running)


async def _directly(app: Any, updates: list[Update]) -> None:
    """As before the inbox: straight to process_update, one at a time."""
    for update in updates:
        await app.process_update(update)


async def cost_round(n: int, kept: bool) -> float:
    with tempfile.TemporaryDirectory() as folder:
        tg, app = await _app(folder)
        for i in range(n):
            await tg.user(10_000 + i)
            await tg.send(10_000 + i, "/help")
        updates = await app.bot.get_updates(timeout=0, limit=n)
        while len(updates) < n:
            updates += await app.bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
        start = time.perf_counter()
        await (_through_inbox if kept else _directly)(app, updates)
        rate = n / (time.perf_counter() - start)
        await _close(app)
        return rate


async def wait_round(people: int, per_person: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        tg, app = await _app(folder)

        async def slow(update: Update, context: Any) -> None:
            if update.effective_user and update.effective_user.id == SLOW:
                await asyncio.sleep(SLOW_SECONDS)

        app.add_handler(TypeHandler(Update, slow), group=-99)
        await tg.user(SLOW)
        await tg.send(SLOW, "/hours")
        for i in range(people):
            await tg.user(20_000 + i)
            await tg.send(20_000 + i, "/help")
        updates = await app.bot.get_updates(timeout=0)
        queued = time.perf_counter()
        answered: dict[int, float] = {}

        def seen() -> None:
            for i in range(people):
                if 20_000 + i not in answered and tg.bot_messages(20_000 + i):
                    answered[20_000 + i] = time.perf_counter() - queued

        async def watch() -> None:
            while len(answered) < people:
                seen()
                await asyncio.sleep(0.001)

        watcher = asyncio.create_task(watch())
        await (_through_inbox if per_person else _directly)(app, updates)
        await watcher
        await _close(app)
        return list(answered.values())


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(n: int, people: int, rounds: int) -> None:
    kept, direct = [], []
    for _ in range(rounds):
        direct.append(await cost_round(n, kept=False))
        kept.append(await cost_round(n, kept=True))
    k, d = statistics.median(kept), statistics.median(direct)
    print(f"cost, {n} strangers' /help, median of {rounds} rounds:")
    print(f"  kept in the inbox first : {k:7.0f} updates/s")
    print(f"  straight to handlers    : {d:7.0f} updates/s   (inbox/direct = {k / d:.2f})")
    ours, before = [], []
    for _ in range(rounds):
        before += await wait_round(people, per_person=False)
        ours += await wait_round(people, per_person=True)
    print(f"waiting behind one {SLOW_SECONDS:.0f} s update, {people} people, {rounds} rounds:")
    for label, waits in (("per person, in parallel", ours), ("one at a time (before) ", before)):
        p50, p99 = _p(waits, 0.5) * 1000, _p(waits, 0.99) * 1000
        print(f"  {label}: p50 {p50:6.0f} ms  p99 {p99:6.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(main(args.n, args.people, args.rounds))
