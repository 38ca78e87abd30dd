"""Running the outbox from jobs: a kick sends what is due at once, a tick now and then picks
up rows whose back-off is over, and the author of a finished broadcast gets a report."""

from __future__ import annotations

import logging

from telegram.error import BadRequest
from telegram.ext import Application

from bot.context import BotData, Context
from bot.i18n import Texts
from storage.broadcasts import Broadcast

logger = logging.getLogger(__name__)

TICK_SECONDS = 30  # how often retries that waited (back-off) are looked at


def kick(app: Application) -> None:  # type: ignore[type-arg]
    """Ask the outbox to send what is due, at once (a job: tests run it by calling it)."""
    if app.job_queue is not None:
        app.job_queue.run_once(_drain_job, 0, name="outbox:kick")


async def _drain_job(context: Context) -> None:
    await drain(context.application)


async def _tick_job(context: Context) -> None:
    """Now and then: rows that wait for a retry. A kick, so the tick itself stays short."""
    if await context.bot_data.db.outbox.next_due() is not None:
        kick(context.application)


async def drain(app: Application) -> None:  # type: ignore[type-arg]
    """Send every due outbox row, then report finished broadcasts to their authors."""
    data: BotData = app.bot_data

    async def finished(done: Broadcast) -> None:
        await report(app, done)

    await data.outbox.drain(data.bulk_bot, data.db, finished)


async def report(app: Application, done: Broadcast) -> None:  # type: ignore[type-arg]
    """Tell the author how their news went: sent, unreachable (blocked the bot), failed."""
    if done.purpose not in ("news", "invitation"):
        return
    data: BotData = app.bot_data
    author = await data.db.people.get(done.author_id)
    if author is None:
        return
    _ = Texts(data.i18n, author.language, data.settings.zone)
    progress = await data.db.broadcasts.progress(done.id)
    try:
        await app.bot.send_message(
            author.telegram_id,
            _(
                "broadcast-report",
                id=done.id,
                sent=progress.sent,
                unreachable=progress.unreachable,
                failed=progress.failed,
            ),
        )
    except BadRequest:
        logger.warning("broadcast %s: could not report to its author", done.id)


def start(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: the tick, and a kick to resume what a stop interrupted."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(_tick_job, TICK_SECONDS, first=TICK_SECONDS, name="outbox:tick")
    kick(app)
