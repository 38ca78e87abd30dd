"""Starting and stopping the bot (SIGINT, SIGTERM, the sandbox page's restart) with the real
job queue: a late start drops no job; at a stop jobs end quietly, the outbox ends its drain
after the calls in flight, and what waits goes out at the next start."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent

from bot.context import Context
from bot.settings import Settings
from storage.models import Role
from tests.conftest import FakeClock, running
from tests.test_broadcast import TEAM_COPIL, person
from tests.test_outbox import FIRST_MENTOR, news, received


async def test_the_start_up_kick_runs_however_late_the_scheduler_starts(
    settings: Settings, clock: FakeClock
) -> None:
    """post_init kicks the outbox (what waited in it goes out) before the scheduler runs.
    APScheduler dropped a job over a second late as missed: on a loaded machine the sandbox's
    demo invitations then waited for the next tick, and its page test failed."""
    async with running(settings, clock) as flow:
        app = flow.app
        assert app.job_queue is not None
        kick = next(job.job for job in app.job_queue.jobs() if job.name == "outbox:kick")
        kick.trigger.run_date -= timedelta(seconds=5)  # as if the start had taken 5 s more
        outcome: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def told(event: JobEvent) -> None:
            if event.job_id == kick.id and not outcome.done():
                outcome.set_result(event.code)

        app.job_queue.scheduler.add_listener(
            told, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED | EVENT_JOB_ERROR
        )
        await app.start()
        try:
            assert await outcome == EVENT_JOB_EXECUTED
        finally:
            await app.stop()


async def test_a_job_falling_due_while_the_bot_stops_waits_for_the_next_start(
    settings: Settings, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """PTB's stop waited for the jobs running when it began, then shut the scheduler down,
    cancelling whatever had started meanwhile (an `outbox:retry` falling due): a
    CancelledError traceback, and its work going on while the database closed."""
    late: list[str] = []
    stopping = asyncio.Event()
    busy_started = asyncio.Event()

    async def retry(context: Context) -> None:
        late.append("ran")

    async def busy(context: Context) -> None:  # running when the stop begins
        busy_started.set()
        await stopping.wait()
        assert context.job_queue is not None
        context.job_queue.run_once(retry, 0, name="outbox:retry")
        # run_once asked the scheduler to look at its jobs (call_soon): this comes after.
        looked = asyncio.Event()
        asyncio.get_running_loop().call_soon(looked.set)
        await looked.wait()

    async with running(settings, clock) as flow:
        app = flow.app
        assert app.job_queue is not None
        await app.start()
        app.job_queue.run_once(busy, 0, name="busy")
        await busy_started.wait()
        stop = asyncio.create_task(app.stop())
        await asyncio.sleep(0)  # the stop's first step, up to its first wait
        stopping.set()
        await stop
    assert late == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_drain_stopped_midway_sends_the_rest_once_at_the_next_start(
    settings: Settings, clock: FakeClock
) -> None:
    mentors = range(FIRST_MENTOR, FIRST_MENTOR + 16)
    async with running(settings, clock) as flow:
        await person(flow, TEAM_COPIL, Role.COPIL, 1)
        for mentor in mentors:
            await person(flow, mentor, Role.MENTOR, 1)
        sender = flow.app.bot_data.outbox
        check = flow.tg._flood_check

        def stop_at_the_fourth(chat_id: int) -> None:
            check(chat_id)
            if sum(received(flow, m, "Avant l'arrêt") for m in mentors) == 3:
                sender.close()  # what the bot's stop does, with calls in flight

        flow.tg._flood_check = stop_at_the_fourth  # type: ignore[method-assign]
        await news(flow, "Avant l'arrêt")
        await flow.deliver()
        first = sum(received(flow, m, "Avant l'arrêt") for m in mentors)
        assert 4 <= first < 16
        async with flow.db.conn.execute(
            "SELECT status, attempts, count(*) FROM outbox WHERE broadcast_id IS NOT NULL"
            " GROUP BY status, attempts ORDER BY status"
        ) as cursor:
            rows = [tuple(r) for r in await cursor.fetchall()]
        # Nothing left in flight; what was claimed ahead went back untried.
        assert rows == [("pending", 0, 16 - first), ("sent", 1, first)]
        tg = flow.tg
    async with running(settings, clock, tg) as again:
        await again.settle()
        assert all(received(again, m, "Avant l'arrêt") == 1 for m in mentors)
