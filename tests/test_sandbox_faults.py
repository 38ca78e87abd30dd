"""Fault injection in the sandbox: a chosen share of calls per method fails as Telegram's do
(429 with retry_after, 500, 502, a timeout, an answer lost after the call took effect),
seeded so a run replays, and counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator

import pytest
from aiohttp import ClientSession
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from sandbox import SandboxRequest, Telegram, start_server

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
ALICE = 501  # fictitious


@pytest.fixture
async def tg() -> Telegram:
    telegram = Telegram(token=TOKEN)
    await telegram.user(ALICE, first_name="Alice")
    await telegram.send(ALICE, "/start")
    return telegram


@pytest.fixture
async def bot(tg: Telegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, request=SandboxRequest(tg), get_updates_request=SandboxRequest(tg)) as b:
        yield b


async def _send_many(bot: Bot, n: int) -> list[str]:
    """What the bot saw for each of n sends: ok, or the error's class."""
    seen = []
    for i in range(n):
        try:
            await bot.send_message(ALICE, f"n°{i}")
            seen.append("ok")
        except (RetryAfter, TimedOut, NetworkError) as error:
            seen.append(type(error).__name__)
    return seen


async def test_a_share_of_calls_fails_each_way_and_is_counted(tg: Telegram, bot: Bot) -> None:
    tg.inject_faults({"sendMessage": 0.5}, seed=7, retry_after=4)
    seen = await _send_many(bot, 200)
    counts = Counter(kind for (method, kind) in tg.fault_counts.elements())
    assert set(tg.fault_counts) <= {
        ("sendMessage", k) for k in ("429", "500", "502", "timeout", "lost")
    }
    assert 70 < sum(counts.values()) < 130  # about half
    assert set(counts) == {"429", "500", "502", "timeout", "lost"}
    assert seen.count("ok") == 200 - sum(counts.values())
    assert seen.count("RetryAfter") == counts["429"]
    assert seen.count("TimedOut") == counts["timeout"] + counts["lost"]
    # 500 and 502 reach python-telegram-bot as network errors (it retries nothing itself).
    assert seen.count("NetworkError") == counts["500"] + counts["502"]
    # A lost answer took effect: the message is in the chat although the bot saw an error.
    delivered = len(tg.bot_messages(ALICE))
    assert delivered == seen.count("ok") + counts["lost"]


async def test_retry_after_is_the_one_chosen(tg: Telegram, bot: Bot) -> None:
    tg.inject_faults({"sendMessage": 1.0}, kinds=("429",), retry_after=9)
    with pytest.raises(RetryAfter, match="Retry in 9"):
        await bot.send_message(ALICE, "x")
    assert tg.bot_messages(ALICE) == []


async def test_the_same_seed_replays_the_same_faults(tg: Telegram, bot: Bot) -> None:
    tg.inject_faults(0.3, seed=3)
    first = await _send_many(bot, 60)
    tg.inject_faults(0.3, seed=3)
    assert await _send_many(bot, 60) == first
    tg.inject_faults(0.3, seed=4)
    assert await _send_many(bot, 60) != first


async def test_one_rate_spares_fetching_updates_and_stopping_ends_faults(
    tg: Telegram, bot: Bot
) -> None:
    tg.inject_faults(1.0)
    assert len(await bot.get_updates(timeout=0)) == 1  # getUpdates is the inbox's business
    with pytest.raises((RetryAfter, TimedOut, NetworkError)):
        await bot.send_message(ALICE, "x")
    tg.stop_faults()
    await bot.send_message(ALICE, "y")
    assert sum(tg.fault_counts.values()) == 1  # the counts stay readable


def test_bad_settings_are_refused(tg: Telegram) -> None:
    with pytest.raises(ValueError, match="kinds"):
        tg.inject_faults(0.2, kinds=("418",))
    with pytest.raises(ValueError, match="fraction"):
        tg.inject_faults({"sendMessage": 2})


async def test_the_side_door_sets_and_counts_faults_over_http(tg: Telegram) -> None:
    runner, url = await start_server(tg, port=0)
    try:
        async with ClientSession() as session:
            async with session.post(
                f"{url}/sandbox/faults",
                json={"rate": {"sendMessage": 1}, "kinds": ["lost"], "hold": 0.3},
            ) as answer:
                assert (await answer.json())["active"] is True
            request = HTTPXRequest(read_timeout=0.1)
            async with Bot(TOKEN, base_url=f"{url}/bot", request=request) as bot:
                with pytest.raises(TimedOut):
                    await bot.send_message(ALICE, "perdu en route")
            assert tg.last(ALICE)["text"] == "perdu en route"  # it took effect
            async with session.get(f"{url}/sandbox/faults") as answer:
                assert await answer.json() == {
                    "active": True,
                    "counts": {"sendMessage": {"lost": 1}},
                    "total": 1,
                }
            async with session.post(f"{url}/sandbox/faults", json={"rate": 0}) as answer:
                assert (await answer.json())["active"] is False
            async with session.post(
                f"{url}/sandbox/faults", json={"rate": 0.2, "kinds": ["418"]}
            ) as answer:
                assert answer.status == 400
    finally:
        await runner.cleanup()
