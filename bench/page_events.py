"""How soon the sandbox page hears of what the bot sent: server-sent events next to a long
poll of /sandbox/events, in one run.

A Bot API client sends a message over HTTP on 127.0.0.1; we time from just before that
request to the moment its event reaches (a) an open event stream (/sandbox/stream, what the
page uses) and (b) a long poll (/sandbox/events, what scripts may use). The two alternate
send by send, so a noisy neighbour on a shared machine hits both alike.

    .venv/bin/python bench/page_events.py [--n 300]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import ClientSession  # noqa: E402

from sandbox import Telegram, start_server  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
CHAT = 1001  # fictitious


async def main(n: int) -> None:
    tg = Telegram(token=TOKEN)
    runner, url = await start_server(tg, port=0)
    await tg.send(CHAT, "/start")
    stream_ms: list[float] = []
    poll_ms: list[float] = []
    async with ClientSession() as session:
        since = f"{tg.epoch}.{len(tg.events)}"
        async with session.get(f"{url}/sandbox/stream", params={"since": since}) as stream:

            async def by_stream() -> float:
                while not (await stream.content.readline()).startswith(b"data:"):
                    pass
                return time.perf_counter()

            async def by_poll(after: int) -> float:
                params = {"after": after, "timeout": 10}
                async with session.get(f"{url}/sandbox/events", params=params) as answer:
                    assert (await answer.json())["events"]
                return time.perf_counter()

            for i in range(2 * n):
                after = len(tg.events)
                waiter = asyncio.create_task(by_stream() if i % 2 == 0 else by_poll(after))
                await asyncio.sleep(0.005)  # the waiter is listening before the send
                start = time.perf_counter()
                body = {"chat_id": CHAT, "text": f"message {i}"}
                async with session.post(f"{url}/bot{TOKEN}/sendMessage", json=body) as answer:
                    assert answer.status == 200
                await waiter
                (stream_ms if i % 2 == 0 else poll_ms).append((time.perf_counter() - start) * 1000)
                if i % 2 == 1:
                    # The stream also saw the polled send: read it so the next wait is fresh.
                    await by_stream()
    await runner.cleanup()

    def line(name: str, values: list[float]) -> str:
        p90 = statistics.quantiles(values, n=10)[-1]
        return f"| {name} | {statistics.median(values):.2f} | {p90:.2f} |"

    print(f"{n} sends each, alternating; ms from the send to the page hearing of it")
    print("| channel | median ms | p90 ms |\n|---|---|---|")
    print(line("server-sent events (/sandbox/stream)", stream_ms))
    print(line("long poll (/sandbox/events)", poll_ms))
    ratio = statistics.median(poll_ms) / statistics.median(stream_ms)
    print(f"long poll / stream, medians: {ratio:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    asyncio.run(main(parser.parse_args().n))
