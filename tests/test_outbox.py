"""The outbox sender: pace, 429s, back-off, give-up; its clock is injected, nothing sleeps."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest

from bot.outbox import MAX_ATTEMPTS
from bot.sending import ready
from storage.models import Role
from storage.outbox import OutboxItem
from tests.conftest import Flow
from tests.test_broadcast import TEAM_COPIL, person

pytestmark = pytest.mark.both  # the atomic steps hold on both databases

FIRST_MENTOR = 5000


@pytest.fixture
def arrivals(flow: Flow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, int]]:
    """(outbox clock, chat) of every message the sandbox accepted."""
    seen: list[tuple[float, int]] = []
    check = flow.tg._flood_check

    def spy(chat_id: int) -> None:
        check(chat_id)
        seen.append((flow.monotonic(), chat_id))

    monkeypatch.setattr(flow.tg, "_flood_check", spy)
    return seen


async def mentors(flow: Flow, count: int) -> list[int]:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    ids = list(range(FIRST_MENTOR, FIRST_MENTOR + count))
    for user_id in ids:
        await person(flow, user_id, Role.MENTOR, 1)
    return ids


async def news(flow: Flow, text: str) -> int:
    created = await flow.db.broadcasts.create(
        author_id=TEAM_COPIL, team_id=1, audience="mentors", text=text
    )
    return int(created.id)


def received(flow: Flow, chat: int, text: str) -> int:
    """How many times this news reached the chat (below its "📣 Le COPIL · …" line)."""
    return sum(1 for m in flow.tg.bot_messages(chat) if m.get("text", "").endswith(f"\n\n{text}"))


async def test_sends_are_evenly_spaced_under_the_overall_limit(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = await mentors(flow, 60)
    sender = flow.app.bot_data.outbox
    turns: list[float] = []
    wait_turn = sender._wait_turn

    async def spy() -> None:  # when each call is allowed to go
        await wait_turn()
        turns.append(flow.monotonic())

    monkeypatch.setattr(sender, "_wait_turn", spy)
    await news(flow, "Soixante")
    await flow.deliver()
    assert all(received(flow, chat, "Soixante") == 1 for chat in ids)
    times = turns[: len(ids)]
    assert len(times) == 60
    interval = 1 / flow.app.bot_data.settings.broadcast_rate
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # Evenly spaced; a turn the one-second guard held back is followed a little sooner.
    assert sorted(gaps)[len(gaps) // 2] == pytest.approx(interval)
    assert min(gaps) >= interval / 2 - 1e-9
    assert times[-1] - times[0] == pytest.approx(59 * interval, rel=0.02)
    # No 1-second window holds more than 30 sends.
    assert max(sum(1 for t in times if s <= t < s + 1) for s in times) <= 30


async def test_one_chat_gets_at_most_one_message_a_second(
    flow: Flow, arrivals: list[tuple[float, int]]
) -> None:
    ids = await mentors(flow, 2)
    arrivals.clear()
    await news(flow, "Premier")
    await news(flow, "Second")
    await flow.deliver()
    to_first = [t for t, chat in arrivals if chat == ids[0]]
    assert len(to_first) == 2 and to_first[1] - to_first[0] >= 1.0


async def test_a_429_pauses_the_whole_sender_and_the_row_goes_again(
    flow: Flow, arrivals: list[tuple[float, int]]
) -> None:
    ids = await mentors(flow, 5)
    await news(flow, "Après la pause")
    flow.tg.inject_429(1, retry_after=3)
    arrivals.clear()
    start = flow.monotonic()
    await flow.deliver()
    assert all(received(flow, chat, "Après la pause") == 1 for chat in ids)
    # The first call got the 429: every send came at least 3 s later.
    assert min(t for t, _ in arrivals) >= start + 3
    assert flow.app.bot_data.outbox.stats["429"] == 1
    async with flow.db.conn.execute("SELECT max(attempts) FROM outbox") as cur:
        row: Any = await cur.fetchone()
    assert row[0] == 1  # a 429 is not an attempt


async def test_a_transient_error_is_retried_after_back_off(flow: Flow) -> None:
    ids = await mentors(flow, 1)
    await news(flow, "Malgré la panne")
    flow.tg.inject_error(502, "Bad Gateway")
    await flow.deliver()
    assert received(flow, ids[0], "Malgré la panne") == 0
    await flow.deliver()  # not due yet: nothing goes
    assert received(flow, ids[0], "Malgré la panne") == 0
    flow.clock.advance(seconds=10)
    await flow.run_jobs("outbox:tick")
    await flow.deliver()
    assert received(flow, ids[0], "Malgré la panne") == 1
    assert "1 envoyé." in flow.text(TEAM_COPIL)


async def test_gives_up_after_a_bounded_number_of_attempts(flow: Flow) -> None:
    ids = await mentors(flow, 1)
    await news(flow, "Jamais")
    flow.tg.inject_error(500, "Internal Server Error", count=MAX_ATTEMPTS)
    for _ in range(MAX_ATTEMPTS):
        await flow.deliver()
        flow.clock.advance(minutes=10)
    assert received(flow, ids[0], "Jamais") == 0
    progress = await flow.db.broadcasts.progress(1)
    assert (progress.sent, progress.failed) == (0, 1)
    assert "1 en échec" in flow.text(TEAM_COPIL)


async def test_one_chat_reads_its_messages_in_order_when_the_first_is_slow_to_word(
    flow: Flow, arrivals: list[tuple[float, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    sender = flow.app.bot_data.outbox
    word = sender.kinds["ready"]

    async def slow_first(item: OutboxItem) -> Any:
        if item.key == "order:1":  # its wording waits on the database longer than the others
            for _ in range(50):
                await asyncio.sleep(0)
        return await word(item)

    monkeypatch.setitem(sender.kinds, "ready", slow_first)
    await flow.db.outbox.add([ready(TEAM_COPIL, f"N° {n}", key=f"order:{n}") for n in (1, 2, 3)])
    arrivals.clear()
    await flow.settle()
    texts = [m["text"] for m in flow.tg.bot_messages(TEAM_COPIL) if m["text"].startswith("N° ")]
    assert texts == ["N° 1", "N° 2", "N° 3"]
    times = [t for t, chat in arrivals if chat == TEAM_COPIL]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times)), times
