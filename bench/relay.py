"""What the relay costs, and whether the first accept really wins, in one run.

1. Relay: a youth's messages copied to their mentor (routing lookups, the safety net,
   copyMessage, the routing row), next to the cheapest answer Lien gives (the hint to a
   stranger's stray text), through the real application and the in-process sandbox.
   Updates per second for a burst of N, and the ratio relay/hint.
2. Accept race: R requests, each accepted at the same moment by two mentors on two
   separate connections to the same file; counts requests with exactly one link.

    .venv/bin/python bench/relay.py [--n 300] [--rounds 3] [--races 200]

Figures are medians over the rounds; each round measures both, on a fresh database."""

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

from bot.app import build_application  # noqa: E402
from bot.settings import Settings  # noqa: E402
from sandbox import SandboxRequest, Telegram  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Role  # noqa: E402

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
YOUTH, MENTOR, STRANGER = 1001, 2001, 3001


def _clock() -> datetime:
    return datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def _burst(tg: Telegram, app: Any, sender: int, n: int, offset: int) -> tuple[float, int]:
    """Queue n messages, then time the application handling everything queued."""
    for i in range(n):
        await tg.send(sender, f"Message ordinaire numéro {i}")
    start = time.perf_counter()
    while updates := await app.bot.get_updates(offset=offset, timeout=0):
        for update in updates:
            offset = update.update_id + 1
            await app.process_update(update)
    return n / max(time.perf_counter() - start, 1e-9), offset


async def relay_round(n: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            bot_token=SecretStr(TOKEN),
            bot_api_url="http://sandbox.invalid/bot",
            database=Path(folder) / "lien.db",
        )
        tg = Telegram(token=TOKEN)
        # No flood limits (the default): Telegram's pacing is not what we measure.
        app = build_application(settings, request=SandboxRequest(tg), clock=_clock)
        await app.initialize()
        db = app.bot_data.db
        for person, role in ((YOUTH, Role.YOUTH), (MENTOR, Role.MENTOR)):
            await db.people.add_or_update(
                person, role=role, team_id=1, programme_wide=False, display_name="P", language="fr"
            )
        request = await db.requests.create(
            YOUTH, team_id=1, mentor_id=None, met=None, themes=("work",), age_band=None,
            first_name="Zoé", message=None,
        )  # fmt: skip
        await db.requests.accept(request.id, MENTOR)
        for person in (YOUTH, MENTOR, STRANGER):
            await tg.user(person, first_name=f"P{person}")
        try:
            # Telegram lets a bot write only to people who wrote first.
            await tg.send(MENTOR, "/help")
            _rate, offset = await _burst(tg, app, MENTOR, 0, 0)
            before = len(tg.bot_messages(MENTOR))
            relay, offset = await _burst(tg, app, YOUTH, n, offset)
            hint, _ = await _burst(tg, app, STRANGER, n, offset)
            assert len(tg.bot_messages(MENTOR)) == before + n, "every message relayed"
        finally:
            await app.shutdown()
            await db.close()  # aiosqlite's thread would keep the process alive
        return relay, hint


async def accept_races(races: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "race.db"
        first, second = await Database.open(path, _clock), await Database.open(path, _clock)
        try:
            return await _races(first, second, races)
        finally:
            await first.close()
            await second.close()


async def _races(first: Database, second: Database, races: int) -> int:
    for person, role in ((YOUTH, Role.YOUTH), (MENTOR, Role.MENTOR), (2002, Role.MENTOR)):
        await first.people.add_or_update(
            person, role=role, team_id=1, programme_wide=False, display_name="P", language="fr"
        )
    exactly_one = 0
    for _ in range(races):
        request = await first.requests.create(
            YOUTH, team_id=1, mentor_id=None, met=None, themes=("work",), age_band=None,
            first_name="Zoé", message=None,
        )  # fmt: skip
        won = await asyncio.gather(
            first.requests.accept(request.id, MENTOR), second.requests.accept(request.id, 2002)
        )
        async with first.conn.execute(
            "SELECT count(*) FROM links WHERE request_id = ?", (request.id,)
        ) as cur:
            links = (await cur.fetchone())[0]
        exactly_one += links == 1 and sorted(won) == [False, True]
        link = await first.links.of_request(request.id)
        await first.links.end(link.id, YOUTH, "stopped")
    return exactly_one


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--races", type=int, default=200)
    args = parser.parse_args()
    relays, hints = [], []
    for _ in range(args.rounds):
        relay, hint = await relay_round(args.n)
        relays.append(relay)
        hints.append(hint)
    relay, hint = statistics.median(relays), statistics.median(hints)
    print(f"burst of {args.n} updates, median of {args.rounds} rounds (updates/s):")
    print(f"  {'relay (youth -> mentor)':<28}{relay:8.0f}")
    print(f"  {'hint (stranger stray text)':<28}{hint:8.0f}")
    print(f"  {'ratio relay/hint':<28}{relay / hint:8.2f}")
    ok = await accept_races(args.races)
    print(f"accept races: {ok}/{args.races} requests with exactly one link and one winner")


if __name__ == "__main__":
    asyncio.run(main())
