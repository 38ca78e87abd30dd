"""The durable inbox and per-person processing (issue 11 part A, issue 13's "nobody waits").

Polling and webhook run PTB's real Updater against the in-process sandbox; "a crash" is an
application that kept updates but never processed them, followed by a new one on the same
database."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import LienApp, build_application
from bot.settings import Settings
from sandbox import SandboxRequest, Telegram
from tests.conftest import TOKEN, FakeClock, Flow
from tests.youth_steps import ask, make_mentor, notice_of

pytestmark = pytest.mark.both  # the atomic steps hold on both databases

YOUTH, YOUTH_2, MARC, NADIA = 1001, 1002, 2001, 2002


async def _started(settings: Settings, tg: Telegram, clock: FakeClock) -> LienApp:
    app = build_application(settings, request=SandboxRequest(tg), clock=clock)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    return app


async def _crash(app: LienApp) -> None:
    """Stop without processing what was queued (the process died; the database stays)."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    await app.shutdown()
    assert app.post_shutdown is not None
    await app.post_shutdown(app)


async def _rows(db: Any) -> list[tuple[int, bool, bool]]:
    """(update id, processed, content still kept) of every inbox row."""
    async with db.conn.execute(
        "SELECT update_id, done_at IS NOT NULL, payload IS NOT NULL FROM inbox ORDER BY 1"
    ) as cur:
        return [(r[0], bool(r[1]), bool(r[2])) for r in await cur.fetchall()]


@pytest.fixture
async def tg() -> AsyncIterator[Telegram]:
    telegram = Telegram(token=TOKEN)
    yield telegram
    assert telegram.unknown_methods == []


async def test_polling_keeps_each_update_before_confirming_it(
    tg: Telegram, settings: Settings, clock: FakeClock
) -> None:
    app = await _started(settings, tg, clock)
    assert app.updater is not None
    app.bot_data.inbox.batch_until_next_poll()  # as python -m bot polls: a batch, one commit
    await app.updater.start_polling(timeout=timedelta(seconds=0), poll_interval=0.01)
    await tg.user(YOUTH, first_name="Aline")
    await tg.send(YOUTH, "/start")
    # Telegram forgets the update once the next getUpdates offset confirms it...
    for _ in range(500):
        if not tg.pending and tg.delivered:
            break
        await asyncio.sleep(0.01)
    assert not tg.pending
    # ...and by then it is in the inbox, not processed yet (the application never started).
    assert await _rows(app.bot_data.db) == [(1, False, True)]
    assert tg.bot_messages(YOUTH) == []
    await _crash(app)

    # The next start processes it, once, and keeps only its id.
    again = await _started(settings, tg, clock)
    await Flow(tg, again, clock).process_queue()
    assert "Choisis ta langue" in tg.last(YOUTH)["text"]
    assert await _rows(again.bot_data.db) == [(1, True, False)]
    await _crash(again)
    third = await _started(settings, tg, clock)
    await Flow(tg, third, clock).process_queue()
    assert len(tg.bot_messages(YOUTH)) == 1
    await _crash(third)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_keeps_each_update_before_answering_200(
    tg: Telegram, settings: Settings, clock: FakeClock
) -> None:
    app = await _started(settings, tg, clock)
    assert app.updater is not None
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    await app.updater.start_webhook(
        listen="127.0.0.1", port=port, url_path="telegram", webhook_url=url, secret_token="s3cr3t"
    )
    assert tg.webhook == {"url": url, "secret": "s3cr3t"}
    await tg.user(YOUTH, first_name="Aline")
    await tg.send(YOUTH, "/start")
    update = tg.pending[1]
    async with ClientSession() as session:
        # Without the secret: 403, nothing kept.
        async with session.post(url, json=update) as answer:
            assert answer.status == 403
        assert await _rows(app.bot_data.db) == []
        headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cr3t"}
        async with session.post(url, json=update, headers=headers) as answer:
            assert answer.status == 200
            # Answered 200: it is kept.
            assert await _rows(app.bot_data.db) == [(1, False, True)]
        # Telegram did not hear the 200 and sends it again: still one.
        async with session.post(url, json=update, headers=headers) as answer:
            assert answer.status == 200
    assert await _rows(app.bot_data.db) == [(1, False, True)]
    await _crash(app)

    again = await _started(settings, tg, clock)
    await Flow(tg, again, clock).process_queue()
    assert "Choisis ta langue" in tg.last(YOUTH)["text"]
    assert len(tg.bot_messages(YOUTH)) == 1
    await _crash(again)


async def test_processed_updates_keep_no_message_text(flow: Flow) -> None:
    await flow.send(YOUTH, "/start un secret")
    async with flow.db.conn.execute("SELECT * FROM inbox") as cur:
        rows = [dict(r) for r in await cur.fetchall()]
    assert len(rows) == 1 and rows[0]["done_at"] and rows[0]["payload"] is None
    assert "secret" not in json.dumps(rows)


async def test_another_update_under_a_known_id_is_dropped_with_a_warning(
    flow: Flow, caplog: pytest.LogCaptureFixture
) -> None:
    await flow.send(YOUTH, "/start")
    before = len(flow.tg.bot_messages(YOUTH))
    # A sandbox started afresh numbers its updates from 1 again.
    flow.tg._update_ids = iter(range(1, 100))  # type: ignore[assignment]
    flow.offset = 0
    with caplog.at_level(logging.WARNING, logger="bot.inbox"):
        await flow.send(YOUTH, "/help")
    assert len(flow.tg.bot_messages(YOUTH)) == before
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "update ids went back" in warnings[0]


# ---------------------------------------------------------------- each person in order


def _gate(flow: Flow, hold: set[int]) -> tuple[list[tuple[str, int]], asyncio.Event]:
    """A first handler that notes each update's start and end and holds `hold` updates'
    first step until released: a slow export, a busy group."""
    seen: list[tuple[str, int]] = []
    release = asyncio.Event()

    async def gate(update: Update, context: Any) -> None:
        seen.append(("start", update.update_id))
        if update.update_id in hold:
            await release.wait()
        seen.append(("end", update.update_id))

    flow.app.add_handler(TypeHandler(Update, gate), group=-99)
    return seen, release


async def _until(check: Any) -> None:
    for _ in range(500):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out")


async def test_each_persons_updates_in_order_and_nobody_waits_behind_another(
    flow: Flow,
) -> None:
    seen, release = _gate(flow, hold={1})
    await flow.tg.send(YOUTH, "/help")  # 1: held, as if slow
    await flow.tg.send(YOUTH, "/language")  # 2: the same person: waits for 1
    await flow.tg.send(YOUTH_2, "/help")  # 3: someone else: answered meanwhile
    pumping = asyncio.create_task(flow.pump())
    await _until(lambda: flow.tg.bot_messages(YOUTH_2))
    assert ("start", 2) not in seen and ("end", 1) not in seen
    release.set()
    await pumping
    assert seen.index(("end", 1)) < seen.index(("start", 2))
    assert "Choisis ta langue" in flow.text(YOUTH)


async def test_a_busy_group_never_delays_a_private_chat(flow: Flow) -> None:
    seen, release = _gate(flow, hold={1, 2})
    for _ in range(2):
        await flow.tg.send(YOUTH, "/mydata", chat_id=-100777, chat_type="group", chat_title="Foot")
    await flow.tg.send(YOUTH, "/help")  # the same person, privately
    pumping = asyncio.create_task(flow.pump())
    await _until(lambda: flow.tg.bot_messages(YOUTH))
    assert ("start", 2) not in seen
    release.set()
    await pumping


async def test_one_persons_rapid_steps_keep_their_conversation(flow: Flow) -> None:
    """Two people through /start, language and consent at once, each step queued together."""
    for person in (YOUTH, YOUTH_2):
        await flow.tg.user(person, first_name=f"P{person}")
        await flow.tg.send(person, "/start")
    await flow.pump()
    for person in (YOUTH, YOUTH_2):
        await flow.tg.press(person, flow.last(person)["message_id"], "lang:fr")
    await flow.pump()
    for person in (YOUTH, YOUTH_2):
        await flow.tg.press(person, flow.last(person)["message_id"], "consent:yes:fr")
        await flow.tg.send(person, "/help")  # typed right after, before the answer came
    await flow.pump()
    for person in (YOUTH, YOUTH_2):
        assert (await flow.db.people.get(person)) is not None
        texts = [m["text"] for m in flow.tg.bot_messages(person)]
        assert "Merci" in texts[-2] and "Pour commencer" not in texts[-1]


async def test_two_mentors_accepting_at_once_through_the_inbox_make_one_link(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    request = await ask(flow, YOUTH)
    for mentor in (MARC, NADIA):
        notice = notice_of(flow, mentor, request.id)
        await flow.tg.press(mentor, notice["message_id"], f"req:acc:{request.id}")
    await flow.pump()
    async with flow.db.conn.execute("SELECT count(*) FROM links") as cur:
        assert (await cur.fetchone())[0] == 1
    texts = [flow.tg.bot_messages(m)[-1]["text"] for m in (MARC, NADIA)]
    assert sum("Vous avez accepté" in t for t in texts) == 1


async def test_a_restart_processes_kept_updates_in_each_persons_order(
    tg: Telegram, settings: Settings, clock: FakeClock, tmp_path: Path
) -> None:
    app = await _started(settings, tg, clock)
    for person in (YOUTH, YOUTH_2):
        await tg.user(person)
    await tg.send(YOUTH, "/start")
    await tg.send(YOUTH_2, "/help")
    await tg.send(YOUTH, "/help")
    for update in await app.bot.get_updates(timeout=0):
        await app.update_queue.put(update)  # kept, never processed: the process dies here
    await _crash(app)

    again = await _started(settings, tg, clock)
    seen, _release = _gate(Flow(tg, again, clock), hold=set())
    await Flow(tg, again, clock).process_queue()
    starts = [u for what, u in seen if what == "start"]
    assert sorted(starts) == [1, 2, 3] and starts.index(1) < starts.index(3)
    assert all(done for _, done, _ in await _rows(again.bot_data.db))
    await _crash(again)


async def test_a_stop_waits_for_what_runs_and_leaves_the_backlog_kept_for_the_next_start(
    tg: Telegram, settings: Settings, clock: FakeClock
) -> None:
    """Ctrl+C with a backlog (a loaded machine, a burst of messages) waited for every queued
    update: a stop could take longer than a supervisor's patience. Now the updates not
    started stay in the inbox, undone, and run first at the next start, in order."""
    app = await _started(settings, tg, clock)
    seen, release = _gate(Flow(tg, app, clock), hold={1})
    await tg.user(YOUTH)
    await tg.send(YOUTH, "/help")  # 1: running when the stop comes
    await tg.send(YOUTH, "/language")  # 2 and 3: waiting for their turn
    await tg.send(YOUTH, "/help")
    await app.start()
    for update in await app.bot.get_updates(timeout=0):
        await app.update_queue.put(update)
    await _until(lambda: ("start", 1) in seen)
    stopping = asyncio.create_task(app.stop())
    await asyncio.sleep(0)  # the stop's first step, up to its first wait
    release.set()
    await stopping
    assert seen == [("start", 1), ("end", 1)]
    assert [(u, done) for u, done, _ in await _rows(app.bot_data.db)] == [
        (1, True),
        (2, False),
        (3, False),
    ]
    await _crash(app)

    again = await _started(settings, tg, clock)
    seen, _release = _gate(Flow(tg, again, clock), hold=set())
    await Flow(tg, again, clock).process_queue()
    assert seen == [("start", 2), ("end", 2), ("start", 3), ("end", 3)]
    assert "Choisis ta langue" in tg.bot_messages(YOUTH)[1]["text"]
    await _crash(again)


async def test_a_batch_that_could_not_be_kept_is_not_confirmed(
    tg: Telegram, settings: Settings, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = await _started(settings, tg, clock)
    inbox = app.bot_data.db.inbox
    keep, failures = inbox.keep, []

    async def failing_once(updates: Any) -> Any:
        if not failures:
            failures.append(updates)
            raise OSError("disk full")
        return await keep(updates)

    monkeypatch.setattr(inbox, "keep", failing_once)
    assert app.updater is not None
    app.bot_data.inbox.batch_until_next_poll()
    await app.updater.start_polling(
        timeout=timedelta(seconds=0), poll_interval=0.01, error_callback=lambda error: None
    )
    await tg.user(YOUTH)
    await tg.send(YOUTH, "/start")
    for _ in range(500):
        if failures and not tg.pending:
            break
        await asyncio.sleep(0.01)
    # Confirmed to Telegram only once kept, at the second try.
    assert failures and not tg.pending
    assert await _rows(app.bot_data.db) == [(1, False, True)]
    await _crash(app)


async def test_a_relayed_message_processed_again_after_a_crash_reaches_the_mentor_once(
    tg: Telegram, settings: Settings, clock: FakeClock
) -> None:
    app = await _started(settings, tg, clock)
    flow = Flow(tg, app, clock)
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, name="Zoé", message=None)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))

    async def dies_before_marking_done(update_id: int) -> None:
        pass

    app.update_queue.mark_done = dies_before_marking_done  # type: ignore[attr-defined]
    await tg.send(YOUTH, "Merci Marc, à jeudi")
    await flow.pump()
    await _crash(app)

    again = await _started(settings, tg, clock)
    await Flow(tg, again, clock).process_queue()
    copies = [m for m in tg.chat_messages(MARC) if m.get("text") == "Merci Marc, à jeudi"]
    assert len(copies) == 1
    assert all(done for _, done, _ in await _rows(again.bot_data.db))
    await _crash(again)
