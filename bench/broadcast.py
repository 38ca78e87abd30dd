"""A broadcast to 10,000 people through the sandbox with Telegram's flood limits on.

The bot runs as its own process (`python -m bot`) polling the sandbox over HTTP on
127.0.0.1; a COPIL member sends the broadcast through the real `/broadcast` conversation.
2 % of the recipients have blocked the bot, and a few 429s are injected while sending. We
print the achieved rate over the limit, the 429s the bot received, duplicates and losses;
then a second broadcast during which the bot is killed (SIGKILL) at about half and
restarted, with duplicates and losses again.

    .venv/bin/python bench/broadcast.py [--n 10000] [--speedup 4]

The speed-up runs the sandbox's clock faster: its limits (30 messages a second overall,
1 a second per chat) and the bot's pace are both multiplied by the same factor, and a
`retry_after` of 1 s lasts 1/speedup real seconds. Rates are printed in sandbox time.
Targets: rate >= 0.97 of the limit, 0 duplicates, 0 losses."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sandbox import FloodLimits, Telegram, start_server  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
COPIL = 9001
FIRST = 100_000  # recipients' Telegram ids (fictitious)
LIMIT = 30.0  # Telegram's messages per second overall


class Bot:
    def __init__(self, url: str, database: Path, speedup: float) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
        self.env.update(
            LIEN_BOT_TOKEN=TOKEN,
            LIEN_BOT_API_URL=f"{url}/bot",
            LIEN_DATABASE=str(database),
            LIEN_COPIL_IDS=str(COPIL),
            LIEN_BROADCAST_SPEEDUP=str(speedup),
        )
        self.cwd = database.parent
        self.log = (database.parent / "bot.log").open("ab")
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.cwd,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    async def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process and self.process.returncode is None:
            self.process.send_signal(sig)
            await self.process.wait()


async def wait_until(check: Callable[[], Any], timeout: float = 900) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        await asyncio.sleep(0.05)
    raise SystemExit(f"timed out waiting for {check}")


def seed(database: Path, tg: Telegram, n: int) -> tuple[list[int], set[int]]:
    """n mentors of team 1 who opened a chat with the bot; every 50th blocked it (2 %)."""
    people = list(range(FIRST, FIRST + n))
    with sqlite3.connect(database) as db:
        db.executemany(
            """INSERT INTO people (telegram_id, role, team_id, display_name, language,
                                   consented_at, created_at)
               VALUES (?, 'mentor', 1, ?, 'fr', '2026-11-01T09:00:00+00:00',
                       '2026-11-01T09:00:00+00:00')""",
            [(p, f"Mentor {p}") for p in people],
        )
    for p in people:
        tg.users[p] = {"id": p, "is_bot": False, "first_name": f"Mentor {p}"}
        tg.chats[p] = {"id": p, "type": "private", "first_name": f"Mentor {p}"}
    blocked = set(people[::50])
    tg.blocked |= blocked
    return people, blocked


async def compose(tg: Telegram, text: str) -> None:
    """The COPIL's /broadcast: mentors, team 1, the text, Send now."""

    def message(message_id: int) -> dict[str, Any]:
        return tg.messages[COPIL][message_id]

    async def press(message_id: int, data: str, expect: str) -> None:
        await tg.press(COPIL, message_id, data)
        await wait_until(lambda: expect in message(message_id).get("text", ""), 60)

    def newer(than: int, expect: str) -> int | None:
        found = [m for m in tg.bot_messages(COPIL) if m["message_id"] > than]
        return next((m["message_id"] for m in found if expect in m.get("text", "")), None)

    asked = await tg.send(COPIL, "/broadcast")
    menu = await wait_until(lambda: newer(asked["message_id"], "À qui envoyer"), 60)
    await press(menu, "bc:aud:mentors", "Pour quelle équipe")
    await press(menu, "bc:team:1", "Envoyez le message")
    sent = await tg.send(COPIL, text)
    choice = await wait_until(lambda: newer(sent["message_id"], "personnes"), 60)
    await press(choice, "bc:now", "C'est parti")


def delivered(tg: Telegram, people: list[int], text: str) -> Counter[int]:
    found: Counter[int] = Counter()
    for p in people:
        for message in tg.messages.get(p, {}).values():
            if message.get("text") == text:
                found[p] += 1
    return found


def sent_times(tg: Telegram, recipients: set[int], start: int) -> list[float]:
    return [t for t, chat, _ in tg.sent_log[start:] if chat in recipients]


def verdict(tg: Telegram, people: list[int], blocked: set[int], text: str) -> tuple[int, int]:
    found = delivered(tg, people, text)
    duplicates = sum(n - 1 for n in found.values() if n > 1)
    losses = sum(1 for p in people if p not in blocked and found[p] == 0)
    return duplicates, losses


async def reported(tg: Telegram, number: int) -> None:
    needle = f"Diffusion n° {number} terminée"
    await wait_until(lambda: any(needle in m.get("text", "") for m in tg.bot_messages(COPIL)))


async def main(n: int, speedup: float) -> None:
    limit = LIMIT * speedup
    tg = Telegram(token=TOKEN, flood_limits=FloodLimits(limit, 1.0 * speedup))
    runner, url = await start_server(tg, port=0)
    folder = Path(tempfile.mkdtemp(prefix="lien-bench-"))
    database = folder / "lien.db"
    await tg.user(COPIL, first_name="Sofia")
    bot = Bot(url, database, speedup)
    await bot.start()  # creates the database
    await wait_until(lambda: tg.stats["getUpdates"] > 0, 60)
    people, blocked = seed(database, tg, n)
    reachable = set(people) - blocked
    print(
        f"{n} recipients ({len(blocked)} blocked the bot); speed-up x{speedup:g}: the sandbox"
        f" allows {limit:g} messages/s overall and {speedup:g}/s per chat (real time)."
    )

    # 1. A whole broadcast, with 3 injected 429s (retry_after 1 s of sandbox time).
    start_log = len(tg.sent_log)
    await compose(tg, "Bench 1 : formation jeudi")
    start_429 = tg.stats["429"]  # from here on, only the broadcast's sends
    await wait_until(lambda: len(tg.sent_log) - start_log > n // 10)
    tg.inject_429(3, retry_after=1)
    await reported(tg, 1)
    times = sent_times(tg, reachable, start_log)
    rate = (len(times) - 1) / (times[-1] - times[0]) / speedup
    duplicates, losses = verdict(tg, people, blocked, "Bench 1 : formation jeudi")
    print(
        f"run 1: {len(times)} delivered in {(times[-1] - times[0]) * speedup:.1f} s (sandbox"
        f" time): {rate:.2f} msg/s = {rate / LIMIT:.3f} of the limit; 429s received:"
        f" {tg.stats['429'] - start_429} (3 injected); duplicates: {duplicates};"
        f" losses: {losses}"
    )

    # 2. The same, with the bot killed at about half and restarted.
    start_log = len(tg.sent_log)
    await compose(tg, "Bench 2 : intervision mardi")
    await wait_until(lambda: len(tg.sent_log) - start_log >= n // 2)
    await bot.stop(signal.SIGKILL)
    at_kill = len(tg.sent_log) - start_log
    await bot.start()
    await reported(tg, 2)
    duplicates, losses = verdict(tg, people, blocked, "Bench 2 : intervision mardi")
    print(
        f"run 2: killed (SIGKILL) after {at_kill} sent, restarted: duplicates: {duplicates};"
        f" losses: {losses}"
    )
    await bot.stop()
    await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--speedup", type=float, default=4.0)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.n, arguments.speedup))
