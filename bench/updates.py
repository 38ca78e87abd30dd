"""How fast Lien answers, next to a bare python-telegram-bot echo bot, in one run.

Both bots run as their own process and poll the same sandbox over HTTP on 127.0.0.1. Each
gets the same updates: `/start` and `/help` from new people, and a press on the button of
the reply to `/start` (for Lien: the language choice). We print updates per second for a
burst of N updates (all queued at once), the ratio Lien/echo, and Lien's latency measured
one update at a time, from the update entering the sandbox to the reply leaving the bot.

    .venv/bin/python bench/updates.py [--n 600] [--rounds 3]

Figures are medians over the rounds; the two bots alternate within each round so that a
noisy neighbour on a shared machine hits both alike."""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sandbox import Telegram, start_server  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"


class Contender:
    def __init__(self, name: str, command: list[str], env: dict[str, str]) -> None:
        self.name = name
        self.command = command
        self.env = env
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *self.command,
            env=self.env,
            cwd=self.env.get("LIEN_HOME", str(ROOT)),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )

    async def stop(self) -> None:
        if self.process and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()


def replies(tg: Telegram, chat_id: int) -> list[dict[str, Any]]:
    return tg.bot_messages(chat_id)


async def wait_until(check: Any, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the bot stopped answering")
        await asyncio.sleep(0.002)


async def burst(tg: Telegram, users: range) -> tuple[int, float]:
    """Queue /start, then /help, then a button press from every user; time all answers."""
    count = 0
    began = time.perf_counter()
    for user in users:
        await tg.user(user, first_name=f"Bench{user}", language_code="fr")
        await tg.send(user, "/start")
    count += len(users)
    await wait_until(lambda: all(len(replies(tg, u)) >= 1 for u in users))
    for user in users:
        await tg.send(user, "/help")
    count += len(users)
    await wait_until(lambda: all(len(replies(tg, u)) >= 2 for u in users))
    for user in users:
        first = replies(tg, user)[0]
        await tg.press(user, first["message_id"], "lang:fr")
    count += len(users)
    await wait_until(lambda: all(replies(tg, u)[0].get("edit_date") for u in users))
    return count, time.perf_counter() - began


async def latencies(tg: Telegram, users: range) -> list[float]:
    """One update at a time: from entering the sandbox to the reply arriving there."""
    found = []
    for user in users:
        await tg.user(user, first_name=f"Bench{user}", language_code="fr")
        for step in ("/start", "/help", "press"):
            before = len(replies(tg, user))
            began = time.perf_counter()
            if step == "press":
                await tg.press(user, replies(tg, user)[0]["message_id"], "lang:fr")
                await wait_until(lambda u=user: replies(tg, u)[0].get("edit_date"))
            else:
                await tg.send(user, step)
                await wait_until(lambda u=user, b=before: len(replies(tg, u)) > b)
            found.append(time.perf_counter() - began)
    return found


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=600, help="updates per burst (a multiple of 3)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency-updates", type=int, default=150)
    args = parser.parse_args()

    tg = Telegram(token=TOKEN)
    runner, url = await start_server(tg, port=0)
    workdir = Path(tempfile.mkdtemp(prefix="lien-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
    lien = Contender(
        "lien",
        [sys.executable, "-m", "bot"],
        {
            **env,
            "LIEN_BOT_TOKEN": TOKEN,
            "LIEN_BOT_API_URL": f"{url}/bot",
            "LIEN_DATABASE": str(workdir / "lien.db"),
            "LIEN_COPIL_IDS": "1",
            "PYTHONPATH": str(ROOT),
        },
    )
    echo = Contender(
        "echo", [sys.executable, str(ROOT / "bench" / "echo_bot.py"), f"{url}/bot", TOKEN], env
    )
    per_user = args.n // 3
    rates: dict[str, list[float]] = {"lien": [], "echo": []}
    next_user = 100_000
    try:
        for round_number in range(args.rounds):
            order = (lien, echo) if round_number % 2 == 0 else (echo, lien)
            for contender in order:
                await contender.start()
                await asyncio.sleep(0)  # warm-up below waits for the first answer
                warm = range(next_user, next_user + 3)
                next_user += 3
                await burst(tg, warm)
                users = range(next_user, next_user + per_user)
                next_user += per_user
                count, seconds = await burst(tg, users)
                rates[contender.name].append(count / seconds)
                await contender.stop()
        await lien.start()
        await burst(tg, range(next_user, next_user + 3))
        next_user += 3
        lat = await latencies(tg, range(next_user, next_user + args.latency_updates // 3))
        await lien.stop()
    finally:
        await lien.stop()
        await echo.stop()
        await runner.cleanup()

    lien_rate = statistics.median(rates["lien"])
    echo_rate = statistics.median(rates["echo"])
    lat_ms = sorted(x * 1000 for x in lat)
    p50 = statistics.median(lat_ms)
    p99 = lat_ms[min(len(lat_ms) - 1, round(0.99 * (len(lat_ms) - 1)))]
    print(f"updates per burst: {per_user * 3}, rounds: {args.rounds} (medians)")
    print(
        f"echo bot : {echo_rate:8.1f} updates/s  (rounds: "
        + ", ".join(f"{r:.1f}" for r in rates["echo"])
        + ")"
    )
    print(
        f"Lien     : {lien_rate:8.1f} updates/s  (rounds: "
        + ", ".join(f"{r:.1f}" for r in rates["lien"])
        + ")"
    )
    print(f"ratio Lien/echo: {lien_rate / echo_rate:.2f}  (target >= 0.6)")
    print(
        f"Lien latency, one update at a time ({len(lat_ms)} updates): "
        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
